package vn.motcua.ui.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.servlet.http.ServletHttpRequest;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;
import vn.motcua.tenants.legacy.LegacyImportReport;
import vn.motcua.tenants.legacy.LegacyImportService;
import vn.motcua.ui.security.CallContexts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Importing a previous system's dossiers by machine (provincial IT only): the zip is the request body
 * ({@code application/zip}), spooled to a temporary file as it arrives (never held in memory, at most
 * {@link LegacyImportService#MAX_ARCHIVE_BYTES}); the caller's right is checked before a byte is read.
 * {@code POST /api/legacy-imports/{center}/preview} answers the preview, {@code POST /api/legacy-imports/{center}}
 * imports (400 with every problem in Vietnamese when refused).
 */
@Controller("/api/legacy-imports")
@ProvincialApiErrors
@Secured(ApiRoles.PEOPLE_1) // provincial IT only: people of a center and API clients get 403 here
public class LegacyImportsController {
    private final LegacyImportService imports;
    private final CallContexts calls;

    public LegacyImportsController(LegacyImportService imports, CallContexts calls) {
        this.imports = imports;
        this.calls = calls;
    }

    @Post(uri = "/{centerId}/preview", consumes = {"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    public LegacyImportReport preview(Authentication auth, @PathVariable long centerId, HttpRequest<?> request) {
        CallContext ctx = calls.of(ApiPrincipal.of(auth)).require(Permission.ADMINISTER_PROVINCE);
        Path file = spool(request);
        try {
            return imports.preview(ctx, centerId, file, LegacyImportService.Progress.NONE);
        } finally {
            delete(file);
        }
    }

    @Post(uri = "/{centerId}", consumes = {"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    public LegacyImportService.Outcome run(Authentication auth, @PathVariable long centerId, HttpRequest<?> request) {
        CallContext ctx = calls.of(ApiPrincipal.of(auth)).require(Permission.ADMINISTER_PROVINCE);
        Path file = spool(request);
        try {
            return imports.run(ctx, centerId, file, LegacyImportService.Progress.NONE);
        } finally {
            delete(file);
        }
    }

    private static Path spool(HttpRequest<?> request) {
        if (!(request instanceof ServletHttpRequest<?, ?> servlet)) {
            throw new IllegalStateException("the API runs on the servlet container");
        }
        try {
            Path file = Files.createTempFile("motcua-legacy-api-", ".zip");
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = servlet.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > LegacyImportService.MAX_ARCHIVE_BYTES) {
                        delete(file);
                        throw new InvalidInputException(List.of(new Problem("archive", "Tệp zip lớn hơn 1 GB",
                                "archive larger than " + LegacyImportService.MAX_ARCHIVE_BYTES + " bytes")));
                    }
                    out.write(buffer, 0, n);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the temporary directory is cleaned with the machine
        }
    }
}
