package vn.motcua.tenants.dossier;

import jakarta.inject.Singleton;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.ApplicantJson;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.catalog.DeadlineUnit;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.dossier.ControlSheetEntry;
import vn.motcua.core.dossier.DossierDocument;
import vn.motcua.core.dossier.DossierEvent;
import vn.motcua.core.dossier.DossierFile;
import vn.motcua.core.slip.ApologySlip;
import vn.motcua.core.slip.ControlSheetSlip;
import vn.motcua.core.slip.DocumentLine;
import vn.motcua.core.slip.FeeLine;
import vn.motcua.core.slip.ReceiptSlip;
import vn.motcua.core.slip.SlipHeader;
import vn.motcua.core.slip.SlipRenderer;
import vn.motcua.core.slip.StopSlip;
import vn.motcua.core.slip.SupplementItem;
import vn.motcua.core.slip.SupplementSlip;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.core.context.CallContext;
import vn.motcua.tenants.security.Principal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The slips printed while a dossier is processed (forms 02, 04, 05) and those printed again from its page (01, 06), for a dossier of the caller's own center:
 * each loads the dossier through {@link DossierDesk}, so another center's id is not found. Also the center
 * header and applicant block every slip shares (intake's forms 01–03 use them too).
 */
@Singleton
public class DossierSlips {
    private final DossierDesk desk;
    private final CenterService centers;
    private final SlipRenderer slips;
    private final ApplicantJson applicants;

    public DossierSlips(DossierDesk desk, CenterService centers, SlipRenderer slips, ApplicantJson applicants) {
        this.desk = desk;
        this.centers = centers;
        this.slips = slips;
        this.applicants = applicants;
    }

    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (form 02) for a dossier whose supplement was just requested. */
    public byte[] supplementRequest(CallContext ctx, long dossierId, String reason) {
        Dossier d = desk.file(ctx, dossierId).dossier();
        return slips.supplement(new SupplementSlip(header(centers.current(ctx)), d.code(), applicant(applicants.of(d)),
                d.procedureName(), List.of(new SupplementItem("Theo nội dung yêu cầu", reason, 0, 0)), reason,
                BusinessTime.local(ctx.now()), ctx.fullName()));
    }

    /** Văn bản xin lỗi và hẹn lại ngày trả kết quả (form 04) for a dossier whose apology was recorded. */
    public byte[] apologyLetter(CallContext ctx, long dossierId, String reason) {
        Dossier d = desk.file(ctx, dossierId).dossier();
        if (d.appointmentAt() == null) {
            throw new InvalidInputException(List.of(new Problem("newDate", "Hồ sơ chưa có văn bản xin lỗi, hẹn lại",
                    "the dossier has no apology")));
        }
        return slips.apology(new ApologySlip(header(centers.current(ctx)), d.code(), applicant(applicants.of(d)),
                d.procedureName(), local(d.dueAt()), local(d.appointmentAt()), reason, BusinessTime.local(ctx.now()),
                ctx.fullName()));
    }

    /** Thông báo dừng giải quyết hồ sơ (form 05) for a dossier just stopped. */
    public byte[] stopNotice(CallContext ctx, long dossierId, String reason) {
        Dossier d = desk.file(ctx, dossierId).dossier();
        return slips.stop(new StopSlip(header(centers.current(ctx)), d.code(), applicant(applicants.of(d)),
                d.procedureName(), local(d.receivedAt()), reason, local(d.endedAt() == null ? ctx.now() : d.endedAt()),
                ctx.fullName()));
    }

    /**
     * Giấy tiếp nhận hồ sơ và hẹn trả kết quả (form 01) printed again from the dossier as stored: its papers as
     * received, the legal deadline it was received under, its current appointment and the fees recorded.
     */
    public byte[] receipt(CallContext ctx, long dossierId, String publicBaseUrl) {
        DossierFile file = desk.file(ctx, dossierId);
        Dossier d = file.dossier();
        List<DocumentLine> papers = file.documents().stream().filter(x -> x.kind() != DossierDocument.Kind.RESULT)
                .map(x -> new DocumentLine(x.name(), 1, 0)).toList();
        List<FeeLine> fees = file.fees().stream()
                .map(f -> new FeeLine(f.method().label() + " (biên lai " + f.receiptNumber() + ")", f.amountVnd(), null)).toList();
        String deadline = d.deadlineUnit() == null || d.deadlineAmount() == null ? LegalDeadline.UNKNOWN.toString()
                : LegalDeadline.of(d.deadlineAmount(), DeadlineUnit.valueOf(d.deadlineUnit())).toString();
        ServiceCenter center = centers.current(ctx);
        return slips.receipt(new ReceiptSlip(header(center), d.code(), applicant(applicants.of(d)), d.procedureName(),
                d.procedureCode(), papers, deadline, local(d.receivedAt()), local(d.appointment()),
                "Trực tiếp tại Trung tâm Phục vụ hành chính công " + center.displayName(), fees,
                d.receivedBy() == null ? ctx.fullName()
                        : desk.fullNames(ctx, List.of(d.receivedBy())).getOrDefault(d.receivedBy(), d.receivedBy()),
                d.lookupSecret()), publicBaseUrl);
    }

    /** Phiếu kiểm soát quá trình giải quyết hồ sơ (form 06) of the dossier as it stands. */
    public byte[] controlSheet(CallContext ctx, long dossierId) {
        DossierFile file = desk.file(ctx, dossierId);
        Dossier d = file.dossier();
        Map<String, String> names = desk.fullNames(ctx, file.controlSheet().stream().map(DossierEvent::actor).toList());
        List<ControlSheetSlip.Line> lines = file.controlSheet().stream().map(e -> new ControlSheetSlip.Line(e.number(),
                actionLabel(e.action()), stepLabel(file, e.fromStep()) + " → " + stepLabel(file, e.toStep()),
                names.getOrDefault(e.actor(), e.actor()),
                local(e.at()), e.usedMin() == null || e.stepBudgetMin() == null ? ""
                        : hours(e.usedMin()) + " / " + hours(e.stepBudgetMin()), e.note() == null ? "" : e.note())).toList();
        return slips.controlSheet(new ControlSheetSlip(header(centers.current(ctx)), d.code(), applicant(applicants.of(d)),
                d.procedureName(), local(d.receivedAt()), local(d.appointment()), lines, local(ctx.now()), ctx.fullName()));
    }

    private static String stepLabel(DossierFile file, Integer step) {
        return step == null ? "—" : step < file.steps().size() ? (step + 1) + ". " + file.steps().get(step).name() : "";
    }

    private static String actionLabel(String action) {
        try {
            return ControlSheetEntry.Action.valueOf(action).label();
        } catch (IllegalArgumentException e) {
            return action;
        }
    }

    private static String hours(long minutes) {
        return minutes % 60 == 0 ? (minutes / 60) + " giờ" : (minutes / 60) + " giờ " + (minutes % 60) + " phút";
    }

    static SlipHeader header(ServiceCenter center) {
        return new SlipHeader("ỦY BAN NHÂN DÂN " + center.displayName().toUpperCase(Locale.forLanguageTag("vi")),
                "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", center.name(), center.phone());
    }

    static vn.motcua.core.slip.Applicant applicant(Applicant a) {
        if (a instanceof Applicant.Individual i) {
            return new vn.motcua.core.slip.Applicant(i.fullName(), i.address(), i.phone(), null);
        }
        Applicant.Organisation o = (Applicant.Organisation) a;
        return new vn.motcua.core.slip.Applicant(o.name(), o.address(), o.phone(), null);
    }

    private static LocalDateTime local(Instant t) {
        return BusinessTime.local(t);
    }
}
