package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.calendar.DeadlineService;
import vn.motcua.core.catalog.DeadlineUnit;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.storage.DocumentStore;
import vn.motcua.core.storage.DocumentWrites;
import vn.motcua.core.storage.StoredObject;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.validation.Problem;
import vn.motcua.core.workflow.WorkflowRules;
import vn.motcua.core.workflow.WorkflowStep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Processing after intake: each command restores the dossier's {@link DossierLifecycle} from its row, applies
 * one command at the call's instant with the working time used since the last control-sheet line, and writes
 * the new state, the new control-sheet line and the audit record in one transaction. The caller passes the
 * version it showed the person; if someone saved the dossier since, nothing is applied
 * ({@link ConcurrentChangeException}).
 */
@Singleton
public class DossierProcessing {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM");
    private static final int MAX_TEXT = 2000;
    /** dossier_fee.receipt_number is varchar(40). */
    private static final int MAX_RECEIPT = 40;

    private final DossierRepository dossiers;
    private final DossierDocumentRepository documents;
    private final DossierEventRepository events;
    private final DossierCommentRepository comments;
    private final DossierFeeRepository fees;
    private final DossierRatingRepository ratings;
    private final TenantTransactions tx;
    private final DocumentStore store;
    private final DeadlineService deadlines;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final UploadCheck uploads = UploadCheck.withDefaultLimit();
    private final DocumentWrites writes;
    private final PortalEvents portal;
    private final IndicatorTallies tallies;

    public DossierProcessing(DossierRepository dossiers, DossierDocumentRepository documents, DossierEventRepository events,
                             DossierCommentRepository comments, DossierFeeRepository fees, DossierRatingRepository ratings,
                             TenantTransactions tx, DocumentStore store, DeadlineService deadlines, AuditLog audit,
                             ObjectMapper json, DocumentWrites writes, PortalEvents portal, IndicatorTallies tallies) {
        this.writes = writes;
        this.portal = portal;
        this.tallies = tallies;
        this.dossiers = dossiers;
        this.documents = documents;
        this.events = events;
        this.comments = comments;
        this.fees = fees;
        this.ratings = ratings;
        this.tx = tx;
        this.store = store;
        this.deadlines = deadlines;
        this.audit = audit;
        this.json = json;
    }

    /**
     * The whole dossier as staff of its center see it, with the actions the caller may take on it now; another
     * center's id is simply not found.
     */
    public DossierFile file(CallContext ctx, long dossierId) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        TenantId tenant = ctx.tenant();
        return tx.read(tenant, () -> {
            Dossier d = load(tenant, dossierId);
            List<WorkflowStep> steps = steps(d);
            return new DossierFile(d, steps, documents.findByTenantIdAndDossierIdOrderById(tenant.value(), d.id()),
                    events.findByTenantIdAndDossierIdOrderByNumber(tenant.value(), d.id()),
                    comments.findByTenantIdAndDossierIdOrderById(tenant.value(), d.id()),
                    fees.findByTenantIdAndDossierIdOrderById(tenant.value(), d.id()),
                    ratings.findByTenantIdAndDossierId(tenant.value(), d.id()).orElse(null),
                    DossierRights.allowed(ctx, d, restore(d, steps).allowedActions(ctx.now())));
        });
    }

    /**
     * The one path of every life-cycle command: in one transaction the dossier is loaded (at the version the
     * person saw), the caller's right to the command is checked, the command applied at the call's instant, and
     * the new state, its control-sheet line and the audit record written. Whether an assignee works at the center
     * is the caller's check (the accounts live in the tenants module: {@code DossierDesk}).
     */
    public Dossier apply(CallContext ctx, long dossierId, long expectedVersion, DossierCommand command) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        return tx.write(ctx.tenant(), () -> {
            Dossier d = loadAt(ctx.tenant(), dossierId, expectedVersion);
            List<WorkflowStep> steps = steps(d);
            DossierRights.check(ctx, command.action(), d, steps);
            String override = DossierRights.overrideNote(ctx, command.action(), d);
            String assignee = d.assignee();
            String stepRole = d.stepRole();
            if (command instanceof DossierCommand.HandOver h) {
                assignee = blankToNull(h.assignee());
            }
            DossierLifecycle life = restore(d, steps);
            ControlSheetEntry entry = command.applyTo(life, act(ctx, d, life));
            if (command instanceof DossierCommand.HandOver h) {
                stepRole = steps.get(h.toStep()).role();
            } else if (command instanceof DossierCommand.SendBack b) {
                assignee = null;
                stepRole = steps.get(b.toStep()).role();
            }
            return save(ctx, d, life, entry, assignee, stepRole, command.action().audit(), override,
                    command instanceof DossierCommand.ReturnResult r ? r.method() : null);
        });
    }

    /**
     * Hoàn thành giải quyết with the digitized result (số hóa kết quả): the file is checked by its content and
     * stored first ({@link DocumentWrites}); if the dossier surely was not resolved the stored object is removed again.
     */
    public Dossier resolve(CallContext ctx, long dossierId, long expectedVersion, String fileName, byte[] content) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        TenantId tenant = ctx.tenant();
        UploadCheck.Verdict verdict = uploads.check(fileName, content == null ? new byte[0] : content);
        if (!verdict.accepted()) {
            throw new InvalidInputException(verdict.problems());
        }
        String folder = "results/" + MONTH.format(ctx.now().atZone(BusinessTime.ZONE));
        return writes.write(tenant, List.of(new DocumentWrites.NewObject(folder, content, verdict.kind().orElseThrow().mediaType())),
                e -> new InvalidInputException(List.of(new Problem("result",
                        "Không lưu được văn bản kết quả (kho lưu trữ không phản hồi); vui lòng thử lại",
                        "document store unavailable: " + e.getMessage()))),
                objects -> {
                    StoredObject stored = objects.get(0);
                    Dossier d = loadAt(tenant, dossierId, expectedVersion);
                    List<WorkflowStep> steps = steps(d);
                    DossierRights.check(ctx, DossierAction.RESOLVE, d, steps);
                    DossierLifecycle life = restore(d, steps);
                    ControlSheetEntry entry = life.resolve(new ResultDocument(stored.key(), stored.sha256()), act(ctx, d, life));
                    documents.save(new DossierDocument(null, tenant.value(), d.id(), "Kết quả giải quyết", fileName,
                            stored.key(), stored.size(), stored.sha256(), stored.contentType(), DossierDocument.Kind.RESULT, null, null));
                    return save(ctx, d, life, entry, d.assignee(), d.stepRole(), DossierAction.RESOLVE.audit(),
                            DossierRights.overrideNote(ctx, DossierAction.RESOLVE, d), null);
                });
    }

    /** Giao xử lý: who takes the current step (null: anyone of the step's role). No control-sheet line: nothing moved. */
    public Dossier assign(CallContext ctx, long dossierId, long expectedVersion, @Nullable String assignee) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        return tx.write(ctx.tenant(), () -> {
            Dossier d = loadAt(ctx.tenant(), dossierId, expectedVersion);
            DossierRights.check(ctx, DossierAction.ASSIGN, d, steps(d));
            if (!d.status().isOpen()) {
                throw DossierProblems.refused("assignee", "Hồ sơ " + d.status().label().toLowerCase(java.util.Locale.ROOT)
                        + ", không thể giao xử lý", "Only open dossiers can be assigned");
            }
            String who = blankToNull(assignee);
            Dossier updated = update(d.withAssignee(who));
            audit.record(ctx, DossierAction.ASSIGN.audit(), "dossier", d.code(), (who == null ? "bỏ giao, mọi người của vai trò" : "giao cho " + who)
                    + DossierRights.overrideNote(ctx, DossierAction.ASSIGN, d));
            return updated;
        });
    }

    public DossierComment comment(CallContext ctx, long dossierId, String body) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        TenantId tenant = ctx.tenant();
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw DossierProblems.refused("body", text.isEmpty() ? "Chưa nhập nội dung ý kiến"
                            : "Ý kiến dài quá " + MAX_TEXT + " ký tự",
                    text.isEmpty() ? "The comment is empty" : "The comment is longer than " + MAX_TEXT + " characters");
        }
        return tx.write(tenant, () -> {
            Dossier d = load(tenant, dossierId);
            DossierComment saved = comments.save(new DossierComment(null, tenant.value(), d.id(), ctx.username(), text, null));
            audit.record(ctx, DossierAction.COMMENT.audit(), "dossier", d.code(), text.length() + " ký tự");
            return saved;
        });
    }

    /** Records a fee paid for the dossier; a receipt (biên lai) number is used once per center. */
    public DossierFee recordFee(CallContext ctx, long dossierId, long amountVnd,
                                @Nullable DossierFee.Method method, String receiptNumber) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        TenantId tenant = ctx.tenant();
        List<Problem> problems = new ArrayList<>();
        if (amountVnd <= 0) {
            problems.add(new Problem("amount", "Số tiền phải lớn hơn 0 đồng", "The amount must be positive"));
        } else if (amountVnd > 10_000_000_000L) {
            problems.add(new Problem("amount", "Số tiền quá lớn", "The amount is too large"));
        }
        if (method == null) {
            problems.add(new Problem("method", "Chưa chọn hình thức thu", "The payment method is missing"));
        }
        String receipt = receiptNumber == null ? "" : receiptNumber.strip();
        if (receipt.isEmpty() || receipt.length() > MAX_RECEIPT) {
            problems.add(new Problem("receiptNumber", receipt.isEmpty() ? "Chưa nhập số biên lai"
                    : "Số biên lai dài quá " + MAX_RECEIPT + " ký tự",
                    receipt.isEmpty() ? "The receipt number is missing"
                            : "The receipt number is longer than " + MAX_RECEIPT + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return tx.write(tenant, () -> {
            Dossier d = load(tenant, dossierId);
            if (!DossierAction.RECORD_FEE.statuses().contains(d.status())) {
                throw DossierProblems.refused("amount", "Hồ sơ chưa được tiếp nhận, không thu phí", "The dossier was not received");
            }
            if (fees.existsByTenantIdAndReceiptNumber(tenant.value(), receipt)) {
                throw DossierProblems.refused("receiptNumber", "Số biên lai " + receipt + " đã được dùng cho một khoản thu khác",
                        "Receipt number " + receipt + " is already used");
            }
            DossierFee fee = fees.save(new DossierFee(null, tenant.value(), d.id(), amountVnd, method, receipt,
                    ctx.username(), ctx.now()));
            audit.record(ctx, DossierAction.RECORD_FEE.audit(), "dossier", d.code(),
                    amountVnd + " đồng, " + method.label() + ", biên lai " + receipt);
            tallies.refresh(tenant, ctx.now());
            return fee;
        });
    }

    /** A paper of the dossier, with its bytes verified against the SHA-256 stored at upload. */
    public Download download(CallContext ctx, long documentId) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        TenantId tenant = ctx.tenant();
        DossierDocument doc = tx.read(tenant, () -> documents.findByTenantIdAndId(tenant.value(), documentId)
                .orElseThrow(() -> new NotFoundException("document", documentId)));
        return new Download(doc, store.get(doc.objectKey(), doc.sha256()));
    }

    /** Papers scanned for this applicant's earlier dossiers at this center, to reuse instead of scanning again. */
    public List<DossierDocument> digitizedFor(CallContext ctx, String applicantId) {
        ctx.require(Permission.WORK_ON_DOSSIERS);
        TenantId tenant = ctx.tenant();
        if (applicantId == null || applicantId.isBlank()) {
            return List.of();
        }
        return tx.read(tenant, () -> documents.digitizedFor(tenant.value(), applicantId.strip()));
    }

    public record Download(DossierDocument document, byte[] content) {
    }

    // ---- internals ------------------------------------------------------------------------------------------

    private Dossier save(CallContext ctx, Dossier d, DossierLifecycle life, ControlSheetEntry entry,
                         @Nullable String assignee, @Nullable String stepRole, AuditAction auditAction, String override,
                         @Nullable ReturnMethod returned) {
        Dossier updated = update(d.progressed(life, write(StoredLifecycle.of(life.snapshot())), assignee, stepRole));
        events.save(DossierEvent.of(ctx.tenant().value(), d.id(), entry));
        // the portal's event, in this transaction: written exactly when the change is (Outbox)
        portal.changed(ctx.tenant(), updated, entry, returned);
        tallies.refresh(ctx.tenant(), entry.at());
        audit.record(ctx, auditAction, "dossier", d.code(), entry.action().label()
                + ": " + d.status().label() + " → " + updated.status().label() + (entry.note() == null ? "" : " (" + entry.note() + ")") + override);
        return updated;
    }

    private Dossier update(Dossier d) {
        try {
            return dossiers.update(d);
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException("Dossier " + d.code());
        }
    }

    private Dossier load(TenantId tenant, long id) {
        return dossiers.findByTenantIdAndId(tenant.value(), id).orElseThrow(() -> new NotFoundException("dossier", id));
    }

    private Dossier loadAt(TenantId tenant, long id, long expectedVersion) {
        Dossier d = load(tenant, id);
        if (d.version() == null || d.version() != expectedVersion) {
            throw new ConcurrentChangeException("Dossier " + d.code());
        }
        return d;
    }

    private DossierLifecycle restore(Dossier d, List<WorkflowStep> steps) {
        List<StepPlan> plan = steps.stream()
                .map(s -> new StepPlan(s.name(), Duration.ofHours(s.budgetHours(WorkflowRules.HOURS_PER_DAY)))).toList();
        DueDateFunction due = d.provinceCode() == null || d.deadlineUnit() == null || d.deadlineAmount() == null
                ? (at, pauses) -> d.dueAt()
                : (at, pauses) -> deadlines.due(d.provinceCode(), at,
                LegalDeadline.of(d.deadlineAmount(), DeadlineUnit.valueOf(d.deadlineUnit())), pauses).toInstant();
        DossierLifecycle.State state = d.stateJson() != null ? read(d.stateJson(), StoredLifecycle.class).toState()
                : new DossierLifecycle.State(d.status(), d.currentStep(), Duration.ZERO, d.receivedAt(), d.dueAt(), null,
                List.of(), null, 0, d.countedLate(), null, null, null, null, null,
                events.findByTenantIdAndDossierIdOrderByNumber(d.tenantId(), d.id()).size(), d.receivedAt());
        return DossierLifecycle.restore(DossierCode.parse(d.code()), plan, due, state);
    }

    /** The act now, with the working time the dossier spent at its step since the last control-sheet line. */
    private Act act(CallContext ctx, Dossier d, DossierLifecycle life) {
        Instant now = ctx.now();
        Instant since = life.snapshot().lastEntryAt();
        Duration used = Duration.ZERO;
        if (d.provinceCode() != null && since != null && now.isAfter(since)) {
            used = deadlines.workingTimeBetween(d.provinceCode(), since, now, life.pausesUntil(now));
        }
        return new Act(ctx.username(), now, used);
    }

    private static String blankToNull(@Nullable String username) {
        return username == null || username.isBlank() ? null : username.strip();
    }

    private List<WorkflowStep> steps(Dossier d) {
        return Arrays.asList(read(d.stepsJson(), WorkflowStep[].class));
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
