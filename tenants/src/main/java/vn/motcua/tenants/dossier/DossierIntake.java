package vn.motcua.tenants.dossier;

import jakarta.inject.Singleton;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.catalog.ProcedureDetail;
import vn.motcua.core.catalog.ProcedureDraft;
import vn.motcua.core.catalog.RequiredDocument;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.Intake;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.dossier.IntakeService;
import vn.motcua.core.slip.DocumentLine;
import vn.motcua.core.slip.FeeLine;
import vn.motcua.core.slip.ReceiptSlip;
import vn.motcua.core.slip.SlipHeader;
import vn.motcua.core.slip.SlipRenderer;
import vn.motcua.core.slip.RefusalSlip;
import vn.motcua.core.slip.SupplementItem;
import vn.motcua.core.slip.SupplementSlip;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.calendar.DeadlineService;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.Permission;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;
import vn.motcua.tenants.catalog.CenterCatalogService;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.core.context.CallContext;
import vn.motcua.tenants.security.Principal;

import java.util.List;

/** The counter: a clerk of a center receives a dossier for a procedure the center serves, and prints form 01. */
@Singleton
public class DossierIntake {
    private final IntakeService intake;
    private final CenterCatalogService catalog;
    private final CenterService centers;
    private final SlipRenderer slips;
    private final AuditLog audit;
    private final DeadlineService deadlines;

    public DossierIntake(IntakeService intake, CenterCatalogService catalog, CenterService centers, SlipRenderer slips,
                         AuditLog audit, DeadlineService deadlines) {
        this.audit = audit;
        this.deadlines = deadlines;
        this.intake = intake;
        this.catalog = catalog;
        this.centers = centers;
        this.slips = slips;
    }

    /**
     * Whether the call falls outside the center's working time (a weekend, a holiday, before or after office hours):
     * the counter is told, and the deadline of a dossier received now counts from the next working time.
     */
    public boolean outsideWorkingTime(CallContext ctx) {
        ctx.require(Permission.RECEIVE_DOSSIERS);
        return !deadlines.isWorkingTime(centers.current(ctx).provinceCode(), ctx.now());
    }

    public Intake receive(CallContext ctx, long procedureId, Dossier.Channel channel, Applicant applicant,
                          List<IntakeRequest.IncomingDocument> documents) {
        return receive(ctx, procedureId, channel, applicant, documents, List.of());
    }

    /** As above, with checklist lines answered by papers this applicant already had digitized here. */
    public Intake receive(CallContext ctx, long procedureId, Dossier.Channel channel, Applicant applicant,
                          List<IntakeRequest.IncomingDocument> documents, List<IntakeRequest.ReusedDocument> reused) {
        return receive(ctx, procedureId, channel, applicant, documents, reused, List.of());
    }

    /** As above, with the conditional checklist lines the clerk marked not applicable (core checks the checklist). */
    public Intake receive(CallContext ctx, long procedureId, Dossier.Channel channel, Applicant applicant,
                          List<IntakeRequest.IncomingDocument> documents, List<IntakeRequest.ReusedDocument> reused,
                          List<String> notApplicable) {
        ctx.require(Permission.RECEIVE_DOSSIERS);
        ProcedureDetail procedure = catalog.servedProcedure(ctx, procedureId);
        LegalDeadline deadline = deadlineOf(procedure.draft());
        if (deadline == null) {
            throw new InvalidInputException(List.of(new Problem("procedure",
                    "Thủ tục chưa có thời hạn giải quyết trong danh mục; đề nghị cấp tỉnh bổ sung trước khi tiếp nhận",
                    "the procedure has no legal deadline in the catalog")));
        }
        ServiceCenter center = centers.current(ctx);
        return intake.receive(ctx, new IntakeRequest(procedure.procedure().nationalCode(),
                procedure.procedure().currentVersion(), procedure.procedure().name(), deadline, center.provinceCode(),
                center.agencyCode(), channel, applicant, documents, reused, notApplicable));
    }

    /**
     * Phiếu hướng dẫn bổ sung (form 02) for papers missing at the counter: nothing is received, the applicant
     * leaves with the list of what to bring. Audited.
     */
    public byte[] supplementGuidance(CallContext ctx, long procedureId, Applicant applicant, List<SupplementItem> missing,
                                     String reason) {
        ctx.require(Permission.RECEIVE_DOSSIERS);
        if (missing.isEmpty()) {
            throw new InvalidInputException(List.of(new Problem("documents", "Hồ sơ đã đủ thành phần, không cần hướng dẫn bổ sung",
                    "no paper is missing")));
        }
        ProcedureDraft draft = catalog.servedProcedure(ctx, procedureId).draft();
        byte[] pdf = slips.supplement(new SupplementSlip(DossierSlips.header(centers.current(ctx)), "Chưa tiếp nhận",
                DossierSlips.applicant(applicant), draft.name(), missing, reason, BusinessTime.local(ctx.now()), ctx.fullName()));
        audit.record(ctx, AuditAction.DOSSIER_SUPPLEMENT_GUIDANCE, "procedure", draft.nationalCode(),
                "thiếu " + missing.size() + " giấy tờ");
        return pdf;
    }

    /** Phiếu từ chối tiếp nhận (form 03) with the written reason: nothing is received. Audited. */
    public byte[] refusal(CallContext ctx, long procedureId, Applicant applicant, String reason) {
        ctx.require(Permission.RECEIVE_DOSSIERS);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(List.of(new Problem("reason", "Chưa ghi lý do từ chối tiếp nhận",
                    "a refusal needs a written reason")));
        }
        ProcedureDraft draft = catalog.servedProcedure(ctx, procedureId).draft();
        byte[] pdf = slips.refusal(new RefusalSlip(DossierSlips.header(centers.current(ctx)), "Không tiếp nhận",
                DossierSlips.applicant(applicant), draft.name(), reason.strip(), BusinessTime.local(ctx.now()), ctx.fullName()));
        audit.record(ctx, AuditAction.DOSSIER_REFUSED_AT_INTAKE, "procedure", draft.nationalCode(),
                reason.strip());
        return pdf;
    }

    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả (form 01) of a dossier just received. */
    public byte[] receipt(CallContext ctx, long procedureId, Intake received, Applicant applicant, String publicBaseUrl) {
        ServiceCenter center = centers.current(ctx);
        ProcedureDraft draft = catalog.servedProcedure(ctx, procedureId).draft();
        // the counts the catalog asks for this paper ("1 bản chính, 1 bản sao"), one original when it says nothing
        List<DocumentLine> lines = received.documents().stream().map(d -> catalogLine(draft, d.name())
                .map(c -> new DocumentLine(d.name(), c.originalsOrDefault(), c.copiesOrDefault()))
                .orElse(new DocumentLine(d.name(), 1, 0))).toList();
        List<FeeLine> fees = draft.fees().stream().filter(f -> f.amountVnd() != null && f.amountVnd() > 0)
                .map(f -> new FeeLine(f.description(), f.amountVnd(), null)).toList();
        ReceiptSlip slip = new ReceiptSlip(DossierSlips.header(center), received.code(), DossierSlips.applicant(applicant),
                draft.name(), draft.nationalCode(), lines, String.valueOf(deadlineOf(draft)),
                BusinessTime.local(received.dossier().receivedAt()),
                BusinessTime.local(received.dueAt()),
                "Trực tiếp tại Trung tâm Phục vụ hành chính công " + center.displayName(), fees, ctx.fullName(),
                received.dossier().lookupSecret());
        return slips.receipt(slip, publicBaseUrl);
    }

    private static java.util.Optional<RequiredDocument> catalogLine(ProcedureDraft draft, String name) {
        return draft.documents().stream().filter(d -> name.equals(d.name())).findFirst();
    }

    public static LegalDeadline deadlineOf(ProcedureDraft draft) {
        LegalDeadline d = draft.legalDeadline();
        return d != null && d.isCountable() ? d : null;
    }
}
