package vn.motcua.core.storage;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.tenancy.TenantContext;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one way documents are written: the objects go to the store first, then the rows that point at them are
 * written in one tenant transaction, so a row never points at nothing.
 *
 * <p>When the rows fail, the objects just stored are deleted only when it is certain that transaction did not
 * commit: the rows' own work threw (so no commit was attempted) <em>and</em> a new transaction of the tenant finds
 * no row referring to them. If the failure came at or after the commit (the connection dropped while committing,
 * a hook threw afterwards) the outcome is unknown to this node — the dossier may well be saved — so the objects
 * stay; so they do when the check itself fails. What stays without a row is removed later by
 * {@link DocumentSweeper}, after its grace period.
 */
@Singleton
public class DocumentWrites {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentWrites.class);

    /** An object to store under {@code <tenant>/<folder>/<random id>}. */
    public record NewObject(String folder, byte[] content, String contentType) {
    }

    private final DocumentStore store;
    private final TenantTransactions tx;
    private final DocumentReferences references;

    public DocumentWrites(DocumentStore store, TenantTransactions tx, DocumentReferences references) {
        this.store = store;
        this.tx = tx;
        this.references = references;
    }

    /**
     * Stores {@code objects} (in order), then runs {@code rows} with what was stored in a write transaction of
     * {@code tenant} and returns its result. A store that fails is reported as {@code storeFailed} makes of its
     * exception (nothing of it is left behind); a failure of the rows is rethrown as it came.
     */
    public <T> T write(TenantId tenant, List<NewObject> objects, Function<RuntimeException, RuntimeException> storeFailed,
                       Function<List<StoredObject>, T> rows) {
        if (TenantContext.current().isPresent() || TenantContext.provincial()) {
            // joined to an outer transaction, "the rows failed" would not mean "nothing was committed"
            throw new IllegalStateException("a document write runs its own transaction, not inside other tenant work");
        }
        List<StoredObject> stored = store(tenant, objects, storeFailed);
        boolean[] rowsWritten = {false};
        try {
            return tx.write(tenant, () -> {
                T result = rows.apply(stored);
                rowsWritten[0] = true;
                return result;
            });
        } catch (RuntimeException e) {
            cleanUp(tenant, stored, rowsWritten[0], e);
            throw e;
        }
    }

    private List<StoredObject> store(TenantId tenant, List<NewObject> objects, Function<RuntimeException, RuntimeException> storeFailed) {
        List<StoredObject> stored = new ArrayList<>();
        try {
            for (NewObject o : objects) {
                String key = tenant.value() + "/" + o.folder() + "/" + UUID.randomUUID();
                stored.add(store.put(key, o.content(), o.contentType()));
            }
            return stored;
        } catch (RuntimeException e) {
            // no transaction has run: nothing can refer to these yet
            stored.forEach(o -> deleteQuietly(o.key()));
            throw storeFailed.apply(e);
        }
    }

    private void cleanUp(TenantId tenant, List<StoredObject> stored, boolean rowsWritten, RuntimeException failure) {
        if (stored.isEmpty()) {
            return;
        }
        List<String> keys = stored.stream().map(StoredObject::key).toList();
        Set<String> referenced;
        try {
            referenced = references.referenced(tenant, keys);
        } catch (RuntimeException e) {
            LOG.warn("Cannot tell whether {} of center {} were committed ({}); kept, left for the sweeper", keys, tenant,
                    e.getMessage());
            return;
        }
        if (rowsWritten || !referenced.isEmpty()) {
            LOG.warn("The write of {} in center {} failed at or after its commit ({}); {} of them referenced by a row. "
                    + "Objects kept; unreferenced ones are left for the sweeper", keys, tenant, failure.toString(),
                    referenced.size());
            return;
        }
        keys.forEach(this::deleteQuietly);
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (RuntimeException e) {
            LOG.warn("Orphaned object {} left for the sweeper: {}", key, e.getMessage());
        }
    }
}
