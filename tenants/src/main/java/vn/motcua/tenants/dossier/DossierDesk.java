package vn.motcua.tenants.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.dossier.DossierComment;
import vn.motcua.core.dossier.DossierDocument;
import vn.motcua.core.dossier.DossierFee;
import vn.motcua.core.dossier.DossierFile;
import vn.motcua.core.dossier.DossierInbox;
import vn.motcua.core.dossier.DossierProcessing;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;
import vn.motcua.tenants.security.AccessDeniedException;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.security.Role;
import vn.motcua.tenants.staff.StaffService;
import vn.motcua.tenants.staff.StaffView;

import java.util.List;

/**
 * The processing desk of a center's staff: every call takes the logged-in {@link Principal} (never a tenant id
 * from the request), so another center's dossier is simply not found. A clerk acts on the steps of the clerk
 * role; the director (or provincial IT acting as the center) on any step.
 */
@Singleton
public class DossierDesk {
    private final DossierProcessing processing;
    private final DossierInbox inbox;
    private final StaffService staff;
    private final vn.motcua.core.audit.AuditLog audit;

    public DossierDesk(DossierProcessing processing, DossierInbox inbox, StaffService staff, vn.motcua.core.audit.AuditLog audit) {
        this.audit = audit;
        this.processing = processing;
        this.inbox = inbox;
        this.staff = staff;
    }

    public DossierFile file(Principal principal, long dossierId) {
        requireStaff(principal, "read dossiers");
        return processing.file(principal.tenant(), dossierId);
    }

    public Dossier apply(Principal principal, long dossierId, long expectedVersion, DossierCommand command) {
        DossierFile file = file(principal, dossierId);
        requireStepRole(principal, file);
        if (command instanceof DossierCommand.HandOver h && h.assignee() != null && !h.assignee().isBlank()) {
            requireColleague(principal, h.assignee(), "assignee");
        }
        return processing.apply(principal.tenant(), principal.actor(), dossierId, expectedVersion, command);
    }

    public Dossier resolve(Principal principal, long dossierId, long expectedVersion, String fileName, byte[] content) {
        requireStepRole(principal, file(principal, dossierId));
        return processing.resolve(principal.tenant(), principal.actor(), dossierId, expectedVersion, fileName, content);
    }

    public Dossier assign(Principal principal, long dossierId, long expectedVersion, @Nullable String assignee) {
        requireStepRole(principal, file(principal, dossierId));
        if (assignee != null && !assignee.isBlank()) {
            requireColleague(principal, assignee, "assignee");
        }
        return processing.assign(principal.tenant(), principal.actor(), dossierId, expectedVersion, assignee);
    }

    public DossierComment comment(Principal principal, long dossierId, String body) {
        requireStaff(principal, "comment on dossiers");
        return processing.comment(principal.tenant(), principal.actor(), dossierId, body);
    }

    public DossierFee recordFee(Principal principal, long dossierId, long amountVnd, @Nullable DossierFee.Method method,
                                String receiptNumber) {
        requireStaff(principal, "record fees");
        return processing.recordFee(principal.tenant(), principal.actor(), dossierId, amountVnd, method, receiptNumber);
    }

    public DossierProcessing.Download download(Principal principal, long documentId) {
        requireStaff(principal, "download dossier documents");
        return processing.download(principal.tenant(), documentId);
    }

    public Page<Dossier> inbox(Principal principal, DossierInbox.Bucket bucket, @Nullable String query, int page, int size) {
        requireStaff(principal, "read the inbox");
        return inbox.page(principal.tenant(), reader(principal), bucket, query, page, size);
    }

    public DossierInbox.Counts counts(Principal principal) {
        requireStaff(principal, "read the inbox");
        return inbox.counts(principal.tenant(), reader(principal));
    }

    public Page<Dossier> search(Principal principal, @Nullable DossierStatus status, @Nullable String query, int page,
                                int size, @Nullable Sort sort) {
        requireStaff(principal, "search dossiers");
        return inbox.search(principal.tenant(), status, query, page, size, sort);
    }

    /** At most this many rows per export: a center's year is far below it, a province's all-time list is not. */
    public static final int EXPORT_LIMIT = 50_000;

    /** The search result as CSV (first {@link #EXPORT_LIMIT} rows), audited: an export leaves the building. */
    public byte[] export(Principal principal, @Nullable DossierStatus status, @Nullable String query) {
        requireStaff(principal, "export dossiers");
        List<Dossier> rows = new java.util.ArrayList<>();
        for (int page = 0; rows.size() < EXPORT_LIMIT; page++) {
            List<Dossier> chunk = inbox.search(principal.tenant(), status, query, page, 1000, null).getContent();
            rows.addAll(chunk);
            if (chunk.size() < 1000) {
                break;
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            vn.motcua.core.dossier.DossierCsvWriter.write(rows.subList(0, Math.min(rows.size(), EXPORT_LIMIT)), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        audit.record(principal.tenant(), principal.actor(), "DOSSIER_EXPORTED", "dossier", "csv",
                rows.size() + " rows, status " + status + ", query " + (query == null ? "" : query));
        return out.toByteArray();
    }

    /** Active staff of the center, to hand a step to. */
    public List<StaffView> colleagues(Principal principal) {
        requireStaff(principal, "list colleagues");
        return staff.list(principal, null, true, 0, 500, "fullName", true).getContent();
    }

    /** Papers this applicant already had digitized at this center (for reuse at intake). */
    public List<DossierDocument> digitized(Principal principal, String applicantId) {
        requireStaff(principal, "read digitized papers");
        return processing.digitizedFor(principal.tenant(), applicantId);
    }

    public boolean mayAct(Principal principal, DossierFile file) {
        String stepRole = file.dossier().stepRole();
        return principal.managesCenter() || stepRole == null || stepRole.equals(principal.role().name());
    }

    private static DossierInbox.Reader reader(Principal principal) {
        return new DossierInbox.Reader(principal.username(), principal.role().name());
    }

    private void requireStepRole(Principal principal, DossierFile file) {
        if (!mayAct(principal, file)) {
            throw new InvalidInputException(List.of(new Problem("status", "Bước «" + file.currentStepName()
                    + "» do " + Role.valueOf(file.dossier().stepRole()).label().toLowerCase(java.util.Locale.forLanguageTag("vi"))
                    + " thực hiện; bạn chỉ xem được hồ sơ này", "the current step belongs to role " + file.dossier().stepRole())));
        }
    }

    private void requireColleague(Principal principal, String username, String field) {
        boolean known = colleagues(principal).stream().anyMatch(s -> s.username().equals(username.strip()));
        if (!known) {
            throw new InvalidInputException(List.of(new Problem(field, "«" + username + "» không phải cán bộ đang làm việc tại trung tâm",
                    username + " is not active staff of this center")));
        }
    }

    private static void requireStaff(Principal principal, String action) {
        if (principal.role() != Role.CLERK && !principal.managesCenter()) {
            throw new AccessDeniedException(action);
        }
    }
}
