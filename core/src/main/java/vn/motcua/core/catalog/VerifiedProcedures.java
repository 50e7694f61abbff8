package vn.motcua.core.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The commonly used commune procedures whose deadline, fees and checklist were checked against the legal texts
 * ({@value #RESOURCE}: every fact with its sources, a fact not confirmed on a stored page keeps the national file's
 * value and says so), and their application as provincial IT would: one completeness correction per procedure,
 * published as a new version through the catalog's one publishing path and audited, with the source
 * {@value #SOURCE}. The demo applies it after importing the national file; a real province uses the same
 * correction page.
 */
@Singleton
public class VerifiedProcedures {

    public static final String RESOURCE = "/catalog/verified-common-procedures.json";
    public static final String SOURCE = "Đối chiếu văn bản pháp luật";
    /** The status of a source that confirms its fact. */
    public static final String CONFIRMED = "đã đối chiếu";
    /** The status of a fact kept from the national file because no stored page confirmed it. */
    public static final String NOT_CONFIRMED = "chưa đối chiếu được";

    /** Where a fact comes from: the legal document and article, and the stored public page read. */
    public record Source(String document, String article, String url, String status) {
        public boolean confirmed() {
            return CONFIRMED.equals(status);
        }
    }

    public record Deadline(int value, DeadlineUnit unit, String text, List<Source> sources) {
    }

    public record FeeLine(String description, @Nullable Long amountVnd, boolean free) {
    }

    public record Fees(List<FeeLine> lines, List<Source> sources) {
    }

    /** One checklist line: what it asks ({@code kind}), originals and copies (none for a note), its form if any. */
    public record Line(String name, RequiredDocument.Kind kind, @Nullable Integer originals, @Nullable Integer copies,
                       @Nullable String form) {
    }

    public record Papers(List<Line> lines, List<Source> sources) {
    }

    /** One procedure of the national file, by its code, and its checked facts. */
    public record Entry(String code, String name, Deadline deadline, Fees fees, Papers checklist) {

        /** The completeness correction that states these facts, on top of {@code baseVersion}. */
        public CatalogCompleteness.Correction correction(@Nullable Integer baseVersion) {
            return new CatalogCompleteness.Correction(baseVersion, false, deadline.value(), deadline.unit(),
                    fees.lines().stream().map(f -> new Fee(f.description(), f.amountVnd(), f.free())).toList(),
                    checklist.lines().stream().map(l -> new RequiredDocument(l.name(), l.originals(), l.copies(),
                            l.form(), l.kind())).toList());
        }
    }

    record File(String about, List<Entry> procedures) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final CatalogService catalog;
    private final CatalogCompleteness completeness;

    public VerifiedProcedures(CatalogService catalog, CatalogCompleteness completeness) {
        this.catalog = catalog;
        this.completeness = completeness;
    }

    /** The bundled entries, in file order. */
    public static List<Entry> entries() {
        try (InputStream in = Objects.requireNonNull(VerifiedProcedures.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            return List.copyOf(JSON.readValue(in, File.class).procedures());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Publishes each bundled entry whose procedure is in the catalog as the next version of that procedure (the
     * completeness correction, audited, source {@value #SOURCE}); an entry already applied (the current version has
     * the same facts) is left as it is. Returns how many versions were published.
     */
    public int apply(CallContext ctx) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        int published = 0;
        for (Entry entry : entries()) {
            if (!catalog.exists(entry.code())) {
                continue;
            }
            ProcedureDetail current = catalog.getByCode(entry.code());
            CatalogCompleteness.Correction correction = entry.correction(current.procedure().currentVersion());
            ProcedureDraft draft = current.current().draft();
            if (draft.legalDeadline().equals(LegalDeadline.of(entry.deadline().value(), entry.deadline().unit()))
                    && !draft.deadlineUnitAssumed() && draft.fees().equals(correction.fees())
                    && draft.documents().equals(correction.documents())) {
                continue;
            }
            completeness.correct(ctx, current.procedure().id(), correction, SOURCE);
            published++;
        }
        return published;
    }
}
