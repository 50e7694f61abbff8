package vn.motcua.core.dossier;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.text.SearchKey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A center's open dossiers as a clerk reads them at a glance: all open, due within a day, overdue. */
@Singleton
public class DossierInbox {
    public enum Bucket {
        OPEN("Đang giải quyết"), DUE_SOON("Sắp đến hạn (trong 24 giờ)"), OVERDUE("Quá hạn");

        private final String label;

        Bucket(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Counts(long open, long dueSoon, long overdue) {
    }

    private final DossierRepository dossiers;
    private final TenantTransactions tx;
    private final Clock clock = Clock.systemUTC();

    public DossierInbox(DossierRepository dossiers, TenantTransactions tx) {
        this.dossiers = dossiers;
        this.tx = tx;
    }

    /** Soonest due first: what needs doing next is on top. */
    public Page<Dossier> page(TenantId tenant, Bucket bucket, String query, int page, int size) {
        Pageable pageable = Pageable.from(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.of(Sort.Order.asc("dueAt")));
        return tx.read(tenant, () -> dossiers.inbox(tenant.value(), dueBefore(bucket), SearchKey.likeAll(query), pageable));
    }

    public Counts counts(TenantId tenant) {
        return tx.read(tenant, () -> new Counts(
                dossiers.inbox(tenant.value(), null, "%", Pageable.from(0, 1)).getTotalSize(),
                dossiers.inbox(tenant.value(), dueBefore(Bucket.DUE_SOON), "%", Pageable.from(0, 1)).getTotalSize(),
                dossiers.inbox(tenant.value(), dueBefore(Bucket.OVERDUE), "%", Pageable.from(0, 1)).getTotalSize()));
    }

    private Instant dueBefore(Bucket bucket) {
        return switch (bucket) {
            case OPEN -> null;
            case DUE_SOON -> clock.instant().plus(Duration.ofHours(24));
            case OVERDUE -> clock.instant();
        };
    }
}
