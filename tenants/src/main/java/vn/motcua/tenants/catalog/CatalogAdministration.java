package vn.motcua.tenants.catalog;

import jakarta.inject.Singleton;
import vn.motcua.core.catalog.CatalogImportOutcome;
import vn.motcua.core.catalog.CatalogImportService;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.ImportProgressListener;
import vn.motcua.core.catalog.ProcedureDetail;
import vn.motcua.core.catalog.ProcedureForm;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
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

    public CatalogImportOutcome importFile(CallContext ctx, String fileName, InputStream in, long sizeBytes,
                                           ImportProgressListener progress) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        return importer.importFile(ctx, fileName, in, sizeBytes, progress);
    }

    public ProcedureDetail publish(CallContext ctx, long procedureId, ProcedureForm form) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        return catalog.publish(ctx, procedureId, form);
    }
}
