package vn.motcua.core.storage;

import vn.motcua.core.cluster.ClusterOnce;
import vn.motcua.core.context.BusinessTime;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.tenancy.TenantContext;
import vn.motcua.core.tenancy.TenantId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Removes stored objects that no row refers to — left behind when a write failed at or after its commit, or when
 * a delete after a failed write did not go through ({@link DocumentWrites}). An object is removed only when it is
 * older than the grace period ({@code motcua.documents.sweeper.grace}, 1 hour by default: longer than any write
 * takes between storing it and committing its row) and a transaction of the center named by its key finds no
 * row referring to it ({@link DocumentReferences}); keys that do not start with a center id are never touched.
 *
 * <p>One node sweeps at a time: the sweep is the {@link ClusterOnce} job {@link #JOB}, whose PostgreSQL advisory lock
 * it holds for its whole run; a node that does not get the lock skips that run. A lock freed early (see
 * {@link ClusterOnce}) costs only a second, overlapping sweep (deletes are idempotent and each is decided by its own
 * reference check).
 *
 * <p>The grace period is measured between the store's last-modified time and the application clock, so it also
 * absorbs clock skew between the two. Each run checks every object older than the grace period, 500 keys per
 * query of one center on the {@code (tenant_id, object_key)} index.
 */
@Singleton
public class DocumentSweeper {
    /** The sweep's {@link ClusterOnce} job name. */
    public static final String JOB = "document-sweep";
    private static final Logger LOG = LoggerFactory.getLogger(DocumentSweeper.class);
    private static final int BATCH = 500;

    /** What one run did; {@code ran} is false when another node held the lock. */
    public record Sweep(boolean ran, int young, int referenced, int deleted, int failed, int foreign) {
        static Sweep skipped() {
            return new Sweep(false, 0, 0, 0, 0, 0);
        }
    }

    private final DocumentStore store;
    private final DocumentReferences references;
    private final ClusterOnce cluster;
    private final BusinessTime time;
    private final Duration grace;

    public DocumentSweeper(DocumentStore store, DocumentReferences references, ClusterOnce cluster, BusinessTime time,
                           @Value("${motcua.documents.sweeper.grace:1h}") Duration grace) {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("motcua.documents.sweeper.grace must not be negative: " + grace);
        }
        this.store = store;
        this.references = references;
        this.cluster = cluster;
        this.time = time;
        this.grace = grace;
    }

    /** One sweep of the whole bucket, unless another node is sweeping. */
    public Sweep sweep() {
        if (TenantContext.current().isPresent() || TenantContext.provincial()) {
            throw new IllegalStateException("the sweep reads each center in a transaction of its own");
        }
        Sweep sweep = cluster.call(JOB, this::sweepAll).orElseGet(Sweep::skipped);
        if (!sweep.ran()) {
            LOG.debug("Document sweep skipped: another node holds the lock");
        } else if (sweep.deleted() > 0 || sweep.failed() > 0) {
            LOG.info("Document sweep: {} orphaned objects removed, {} could not be removed, {} referenced, {} younger than {}",
                    sweep.deleted(), sweep.failed(), sweep.referenced(), sweep.young(), grace);
        }
        return sweep;
    }

    private Sweep sweepAll() {
        Instant cutoff = time.now().minus(grace);
        Counts counts = new Counts();
        List<ListedObject> batch = new ArrayList<>();
        TenantId batchOwner = null;
        try (Stream<ListedObject> listed = store.list("")) {
            Iterator<ListedObject> objects = listed.iterator();
            while (objects.hasNext()) {
                ListedObject o = objects.next();
                TenantId owner = DocumentReferences.owner(o.key());
                if (owner == null) {
                    counts.foreign++;
                    continue;
                }
                if (o.lastModified() == null || o.lastModified().isAfter(cutoff)) {
                    counts.young++;
                    continue;
                }
                if (!owner.equals(batchOwner) || batch.size() >= BATCH) {
                    removeUnreferenced(batchOwner, batch, counts);
                    batch.clear();
                    batchOwner = owner;
                }
                batch.add(o);
            }
        }
        removeUnreferenced(batchOwner, batch, counts);
        return new Sweep(true, counts.young, counts.referenced, counts.deleted, counts.failed, counts.foreign);
    }

    private void removeUnreferenced(TenantId owner, List<ListedObject> batch, Counts counts) {
        if (batch.isEmpty()) {
            return;
        }
        Set<String> referenced;
        try {
            referenced = references.referenced(owner, batch.stream().map(ListedObject::key).toList());
        } catch (RuntimeException e) {
            LOG.warn("Document sweep: cannot read the references of center {}, its objects are kept: {}", owner, e.getMessage());
            counts.failed += batch.size();
            return;
        }
        for (ListedObject o : batch) {
            if (referenced.contains(o.key())) {
                counts.referenced++;
                continue;
            }
            try {
                store.delete(o.key());
                counts.deleted++;
                LOG.debug("Document sweep removed {} ({} bytes, stored {})", o.key(), o.size(), o.lastModified());
            } catch (RuntimeException e) {
                counts.failed++;
                LOG.warn("Document sweep could not remove {}: {}", o.key(), e.getMessage());
            }
        }
    }

    private static final class Counts {
        int young;
        int referenced;
        int deleted;
        int failed;
        int foreign;
    }
}
