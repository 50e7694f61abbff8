package vn.motcua.core.dossier;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.text.SearchKey;

import java.time.Instant;
import java.util.List;

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

    /** The statuses the inbox shows, from {@link DossierStatus}: one definition of "open". */
    private static final List<String> OPEN = DossierStatus.open().stream().map(Enum::name).toList();

    private final DossierRepository dossiers;
    private final TenantTransactions tx;

    public DossierInbox(DossierRepository dossiers, TenantTransactions tx) {
        this.dossiers = dossiers;
        this.tx = tx;
    }

    /**
     * Soonest due first: what needs doing next is on top. "Due soon" (due within the next 24 hours, not yet overdue)
     * and "overdue" are {@link BusinessTime#urgency}'s rule at the call's instant, so the tabs and the colours agree.
     */
    public Page<Dossier> page(CallContext ctx, Bucket bucket, String query, int page, int size) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        Pageable pageable = Pageable.from(Math.max(page, 0), Math.min(Math.max(size, 1), 200), Sort.of(Sort.Order.asc("dueAt")));
        return tx.read(ctx.tenant(), () -> find(ctx, bucket, SearchKey.likeAll(query), pageable));
    }

    public Counts counts(CallContext ctx) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        return tx.read(ctx.tenant(), () -> new Counts(count(ctx, Bucket.OPEN), count(ctx, Bucket.MINE),
                count(ctx, Bucket.MY_ROLE), count(ctx, Bucket.DUE_SOON), count(ctx, Bucket.OVERDUE)));
    }

    /**
     * Tra cứu hồ sơ: every dossier of the center whatever its status, newest first unless {@code sort} says
     * otherwise (a property of {@link Dossier}, e.g. "dueAt").
     */
    public Page<Dossier> search(CallContext ctx, @Nullable DossierStatus status, String query, int page, int size,
                                @Nullable Sort sort) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        TenantId tenant = ctx.tenant();
        Pageable pageable = Pageable.from(Math.max(page, 0), Math.min(Math.max(size, 1), 1000),
                sort == null || !sort.isSorted() ? Sort.of(Sort.Order.desc("receivedAt")) : sort);
        return tx.read(tenant, () -> dossiers.search(tenant.value(), status == null ? null : status.name(),
                SearchKey.likeAll(query), pageable));
    }

    private long count(CallContext ctx, Bucket bucket) {
        return find(ctx, bucket, "%", Pageable.from(0, 1)).getTotalSize();
    }

    private Page<Dossier> find(CallContext ctx, Bucket bucket, String patterns, Pageable pageable) {
        Instant now = ctx.now();
        return dossiers.inbox(ctx.tenant().value(), OPEN, bucket == Bucket.DUE_SOON ? now : null, dueBefore(bucket, now),
                bucket == Bucket.MINE ? ctx.username() : null,
                bucket == Bucket.MY_ROLE ? ctx.role().name() : null, patterns, pageable);
    }

    private static Instant dueBefore(Bucket bucket, Instant now) {
        return switch (bucket) {
            case OPEN, MINE, MY_ROLE -> null;
            case DUE_SOON -> BusinessTime.dueSoonLimit(now);
            case OVERDUE -> now;
        };
    }
}
