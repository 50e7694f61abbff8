package vn.motcua.tenants.catalog;

import jakarta.inject.Singleton;
import vn.motcua.core.catalog.CatalogImportOutcome;
import vn.motcua.core.catalog.CatalogImportService;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.ImportProgressListener;
import vn.motcua.core.catalog.ProcedureDetail;
import vn.motcua.core.catalog.ProcedureForm;
import vn.motcua.tenants.security.AccessDeniedException;
import vn.motcua.tenants.security.Principal;

import java.io.InputStream;

/** The catalog's writes for provincial IT: import a file, publish an edit. Audited in the provincial center. */
@Singleton
public class CatalogAdministration {
    private final CatalogImportService importer;
    private final CatalogService catalog;

    public CatalogAdministration(CatalogImportService importer, CatalogService catalog) {
        this.importer = importer;
        this.catalog = catalog;
    }

    public CatalogImportOutcome importFile(Principal principal, String fileName, InputStream in, long sizeBytes,
                                           ImportProgressListener progress) {
        requireProvincial(principal);
        return importer.importFile(principal.actor(), principal.homeTenant(), fileName, in, sizeBytes, progress);
    }

    public ProcedureDetail publish(Principal principal, long procedureId, ProcedureForm form) {
        requireProvincial(principal);
        return catalog.publish(principal.actor(), principal.homeTenant(), procedureId, form);
    }

    private static void requireProvincial(Principal principal) {
        if (!principal.isProvincial()) {
            throw new AccessDeniedException("edit the procedure catalog");
        }
    }
}
