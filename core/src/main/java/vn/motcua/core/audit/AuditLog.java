package vn.motcua.core.audit;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import vn.motcua.core.context.Actor;
import io.micronaut.core.annotation.Nullable;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.tenancy.TenantContext;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.text.SearchKey;

import java.time.Instant;

/** Records who did what. Joins the caller's transaction, so an action and its record commit together. */
@Singleton
public class AuditLog {
    private final AuditRepository repository;
    private final TenantTransactions transactions;

    public AuditLog(AuditRepository repository, TenantTransactions transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    public void record(TenantId tenant, Actor actor, AuditAction action, String targetType, Object targetId, String detail) {
        record(tenant, actor, null, action, targetType, targetId, detail);
    }

    private void record(TenantId tenant, Actor actor, String fullName, AuditAction action, String targetType,
                        Object targetId, String detail) {
        AuditEntry entry = new AuditEntry(null, tenant.value(), null, actor.userId(), actor.username(),
                actor.homeTenant() == null ? null : actor.homeTenant().value(), action.name(), targetType,
                targetId == null ? null : String.valueOf(targetId), detail,
                fullName == null || fullName.isBlank() || actor.userId() == null || fullName.equals(actor.username())
                        ? null : fullName.strip());
        if (TenantContext.provincial() || TenantContext.current().map(tenant::equals).orElse(false)) {
            repository.save(entry);
        } else {
            transactions.bookkeeping(tenant, () -> repository.save(entry));
        }
    }

    /** {@code action} by the caller, in the log of the center the caller works on. */
    public void record(CallContext ctx, AuditAction action, String targetType, Object targetId,
                       String detail) {
        record(ctx.tenant(), ctx.actor(), ctx.fullName(), action, targetType, targetId, detail);
    }

    /** {@code action} by the caller, in the log of {@code tenant} (e.g. the caller's home center), with their name. */
    public void record(TenantId tenant, CallContext ctx, AuditAction action, String targetType, Object targetId,
                       String detail) {
        record(tenant, ctx.actor(), ctx.fullName(), action, targetType, targetId, detail);
    }

    /**
     * What a director (or provincial IT) filters the log by; each part may be empty. {@code actor} is a login name
     * (exact) or part of a full name (without diacritics: "tran thi" finds Trần Thị Bình).
     */
    public record Filter(@Nullable String actor, @Nullable AuditAction action, @Nullable Instant from, @Nullable Instant until) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /** The log of the caller's center, newest first, filtered. */
    public Page<AuditEntry> search(CallContext ctx, Filter filter, int page, int size) {
        ctx.require(Permission.READ_AUDIT);
        TenantId tenant = ctx.tenant();
        String actor = filter.actor() == null || filter.actor().isBlank() ? null : filter.actor().strip();
        String actorKey = actor == null ? null : "%" + SearchKey.of(actor).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return transactions.read(tenant, () -> repository.search(tenant.value(), actor, actorKey,
                filter.action() == null ? null : filter.action().name(), filter.from(), filter.until(),
                Pageable.from(Math.max(page, 0), Math.min(Math.max(size, 1), 1000), Sort.of(Sort.Order.desc("at")))));
    }

    /** At most this many lines per export. */
    public static final int EXPORT_LIMIT = 50_000;

    /** The filtered log as CSV (newest first, at most {@link #EXPORT_LIMIT} lines); the export itself is audited. */
    public byte[] export(CallContext ctx, Filter filter) {
        java.util.List<AuditEntry> rows = new java.util.ArrayList<>();
        for (int page = 0; rows.size() < EXPORT_LIMIT; page++) {
            java.util.List<AuditEntry> chunk = search(ctx, filter, page, 1000).getContent();
            rows.addAll(chunk);
            if (chunk.size() < 1000) {
                break;
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            AuditCsvWriter.write(rows.subList(0, Math.min(rows.size(), EXPORT_LIMIT)), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        record(ctx, AuditAction.AUDIT_EXPORTED, "audit_log", null, rows.size() + " dòng");
        return out.toByteArray();
    }

    public Page<AuditEntry> page(TenantId tenant, int page, int size) {
        return transactions.read(tenant, () -> repository.findByTenantId(tenant.value(),
                Pageable.from(page, size, Sort.of(Sort.Order.desc("at")))));
    }

    public long count(TenantId tenant, AuditAction action) {
        return transactions.read(tenant, () -> repository.countByTenantIdAndAction(tenant.value(), action.name()));
    }
}
