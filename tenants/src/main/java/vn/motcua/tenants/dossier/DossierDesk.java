package vn.motcua.tenants.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.dossier.DossierComment;
import vn.motcua.core.dossier.DossierCsvWriter;
import vn.motcua.core.dossier.DossierDocument;
import vn.motcua.core.dossier.DossierFee;
import vn.motcua.core.dossier.DossierFile;
import vn.motcua.core.dossier.DossierInbox;
import vn.motcua.core.dossier.DossierProcessing;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;
import vn.motcua.tenants.security.AppUser;
import vn.motcua.tenants.security.AppUserRepository;
import vn.motcua.tenants.staff.StaffRepository;
import vn.motcua.tenants.staff.StaffService;
import vn.motcua.tenants.staff.StaffView;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;

/**
 * The processing desk of a center's staff. Every call takes the {@link CallContext} of the signed-in person
 * (never a tenant id from the request), so another center's dossier is simply not found; the rights and the
 * audit of each command are checked and written once, in core's command path ({@link DossierProcessing#apply}).
 */
@Singleton
public class DossierDesk {
    /** At most this many rows per export: a center's year is far below it, a province's all-time list is not. */
    public static final int EXPORT_LIMIT = 50_000;

    private final DossierProcessing processing;
    private final DossierInbox inbox;
    private final StaffService staff;
    private final AuditLog audit;
    private final AppUserRepository users;
    private final TenantTransactions tx;
    private final StaffRepository staffNames;

    public DossierDesk(DossierProcessing processing, DossierInbox inbox, StaffService staff, AuditLog audit,
                       AppUserRepository users, StaffRepository staffNames, TenantTransactions tx) {
        this.staffNames = staffNames;
        this.users = users;
        this.tx = tx;
        this.processing = processing;
        this.inbox = inbox;
        this.staff = staff;
        this.audit = audit;
    }

    /** The dossier with the actions the caller may take on it now. */
    public DossierFile file(CallContext ctx, long dossierId) {
        return processing.file(ctx, dossierId);
    }

    public Dossier apply(CallContext ctx, long dossierId, long expectedVersion, DossierCommand command) {
        if (command instanceof DossierCommand.HandOver h) {
            requireColleague(ctx, h.assignee());
        }
        return processing.apply(ctx, dossierId, expectedVersion, command);
    }

    public Dossier resolve(CallContext ctx, long dossierId, long expectedVersion, String fileName, byte[] content) {
        return processing.resolve(ctx, dossierId, expectedVersion, fileName, content);
    }

    public Dossier assign(CallContext ctx, long dossierId, long expectedVersion, @Nullable String assignee) {
        requireColleague(ctx, assignee);
        return processing.assign(ctx, dossierId, expectedVersion, assignee);
    }

    public DossierComment comment(CallContext ctx, long dossierId, String body) {
        return processing.comment(ctx, dossierId, body);
    }

    public DossierFee recordFee(CallContext ctx, long dossierId, long amountVnd, @Nullable DossierFee.Method method,
                                String receiptNumber) {
        return processing.recordFee(ctx, dossierId, amountVnd, method, receiptNumber);
    }

    public DossierProcessing.Download download(CallContext ctx, long documentId) {
        return processing.download(ctx, documentId);
    }

    public Page<Dossier> inbox(CallContext ctx, DossierInbox.Bucket bucket, @Nullable String query, int page, int size) {
        return inbox.page(ctx, bucket, query, page, size);
    }

    public DossierInbox.Counts counts(CallContext ctx) {
        return inbox.counts(ctx);
    }

    public Page<Dossier> search(CallContext ctx, @Nullable DossierStatus status, @Nullable String query, int page,
                                int size, @Nullable Sort sort) {
        return inbox.search(ctx, status, query, page, size, sort);
    }

    /** The center's dossiers by the API's filters (status, procedure, received between, changed since). */
    public Page<Dossier> filter(CallContext ctx, DossierInbox.Filter filter, int page, int size) {
        return inbox.filter(ctx, filter, page, size);
    }

    /** The search result as CSV (first {@link #EXPORT_LIMIT} rows), audited: an export leaves the building. */
    public byte[] export(CallContext ctx, @Nullable DossierStatus status, @Nullable String query) {
        List<Dossier> rows = new ArrayList<>();
        for (int page = 0; rows.size() < EXPORT_LIMIT; page++) {
            List<Dossier> chunk = inbox.search(ctx, status, query, page, 1000, null).getContent();
            rows.addAll(chunk);
            if (chunk.size() < 1000) {
                break;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            DossierCsvWriter.write(rows.subList(0, Math.min(rows.size(), EXPORT_LIMIT)), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(ctx, AuditAction.DOSSIER_EXPORTED, "dossier", "csv",
                rows.size() + " hồ sơ, tình trạng " + (status == null ? "tất cả" : status.label())
                        + (auditedQuery(query).isEmpty() ? "" : ", tìm «" + auditedQuery(query) + "»"));
        return out.toByteArray();
    }

    /** The search as the audit log keeps it: printable (PostgreSQL refuses NUL in text) and at most 200 characters. */
    private static String auditedQuery(@Nullable String query) {
        String text = query == null ? "" : vn.motcua.core.text.SearchKey.printable(query);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** Active staff of the center, to hand a step to. */
    public List<StaffView> colleagues(CallContext ctx) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        return staff.list(ctx, null, true, 0, 500, "fullName", true).getContent();
    }

    /**
     * The full names of the caller's colleagues behind {@code usernames} (control sheet actors, assignee, receiving
     * clerk…), in one query; a login name that is no one's at this center is missing from the map.
     */
    public Map<String, String> fullNames(CallContext ctx, Collection<String> usernames) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        Set<String> wanted = new HashSet<>();
        usernames.stream().filter(u -> u != null && !u.isBlank()).forEach(wanted::add);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        tx.read(ctx.tenant(), () -> staffNames.namesOf(ctx.tenant().value(), wanted))
                .forEach(n -> names.put(n.username(), n.fullName()));
        return names;
    }

    /** A step is handed only to active staff of the caller's center: one indexed look-up of that account. */
    private void requireColleague(CallContext ctx, @Nullable String username) {
        if (username == null || username.isBlank()) {
            return;
        }
        String name = username.strip();
        boolean active = tx.read(ctx.tenant(), () -> users.findByTenantIdAndUsername(ctx.tenant().value(), name)
                .filter(AppUser::active).isPresent());
        if (!active) {
            throw new InvalidInputException(List.of(new Problem("assignee", "«" + name
                    + "» không phải cán bộ đang làm việc tại trung tâm", name + " is not active staff of this center")));
        }
    }

    /** Papers this applicant already had digitized at this center (for reuse at intake). */
    public List<DossierDocument> digitized(CallContext ctx, String applicantId) {
        return processing.digitizedFor(ctx, applicantId);
    }
}
