package vn.motcua.core.dossier;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.text.SearchKey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A center's open dossiers as a clerk reads them at a glance: all open, assigned to me, at a step of my role,
 * due within a day, overdue.
 */
@Singleton
public class DossierInbox {
    public enum Bucket {
        OPEN("Đang giải quyết"), MINE("Của tôi"), MY_ROLE("Theo vai trò"), DUE_SOON("Sắp đến hạn (trong 24 giờ)"), OVERDUE("Quá hạn");

        private final String label;

        Bucket(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Counts(long open, long mine, long myRole, long dueSoon, long overdue) {
        public long of(Bucket bucket) {
            return switch (bucket) {
                case OPEN -> open;
                case MINE -> mine;
                case MY_ROLE -> myRole;
                case DUE_SOON -> dueSoon;
                case OVERDUE -> overdue;
            };
        }
    }

    /** Whose inbox: the person (assignee) and the role whose steps they take. */
    public record Reader(String username, String role) {
    }

    private final DossierRepository dossiers;
    private final TenantTransactions tx;
    private final Clock clock;

    public DossierInbox(DossierRepository dossiers, TenantTransactions tx, Clock clock) {
        this.dossiers = dossiers;
        this.tx = tx;
        this.clock = clock;
    }

    /** Soonest due first: what needs doing next is on top. */
    public Page<Dossier> page(TenantId tenant, Reader reader, Bucket bucket, String query, int page, int size) {
        Pageable pageable = Pageable.from(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.of(Sort.Order.asc("dueAt")));
        return tx.read(tenant, () -> find(tenant, reader, bucket, SearchKey.likeAll(query), pageable));
    }

    public Counts counts(TenantId tenant, Reader reader) {
        return tx.read(tenant, () -> new Counts(count(tenant, reader, Bucket.OPEN), count(tenant, reader, Bucket.MINE),
                count(tenant, reader, Bucket.MY_ROLE), count(tenant, reader, Bucket.DUE_SOON),
                count(tenant, reader, Bucket.OVERDUE)));
    }

    /**
     * Tra cứu hồ sơ: every dossier of the center whatever its status, newest first unless {@code sort} says
     * otherwise (a property of {@link Dossier}, e.g. "dueAt").
     */
    public Page<Dossier> search(TenantId tenant, @Nullable DossierStatus status, String query, int page, int size,
                                @Nullable Sort sort) {
        Pageable pageable = Pageable.from(Math.max(page, 0), Math.min(Math.max(size, 1), 1000),
                sort == null || !sort.isSorted() ? Sort.of(Sort.Order.desc("receivedAt")) : sort);
        return tx.read(tenant, () -> dossiers.search(tenant.value(), status == null ? null : status.name(),
                SearchKey.likeAll(query), pageable));
    }

    private long count(TenantId tenant, Reader reader, Bucket bucket) {
        return find(tenant, reader, bucket, "%", Pageable.from(0, 1)).getTotalSize();
    }

    private Page<Dossier> find(TenantId tenant, Reader reader, Bucket bucket, String patterns, Pageable pageable) {
        return dossiers.inbox(tenant.value(), dueBefore(bucket), bucket == Bucket.MINE ? reader.username() : null,
                bucket == Bucket.MY_ROLE ? reader.role() : null, patterns, pageable);
    }

    private Instant dueBefore(Bucket bucket) {
        return switch (bucket) {
            case OPEN, MINE, MY_ROLE -> null;
            case DUE_SOON -> clock.instant().plus(Duration.ofHours(24));
            case OVERDUE -> clock.instant();
        };
    }
}
