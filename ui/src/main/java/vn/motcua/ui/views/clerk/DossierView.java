package vn.motcua.ui.views.clerk;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierCommand;
import vn.motcua.core.dossier.DossierDocument;
import vn.motcua.core.dossier.DossierEvent;
import vn.motcua.core.dossier.DossierFee;
import vn.motcua.core.dossier.DossierFile;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.ReturnMethod;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.workflow.WorkflowStep;
import vn.motcua.tenants.dossier.DossierDesk;
import vn.motcua.tenants.dossier.DossierSlips;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.security.Role;
import vn.motcua.tenants.staff.StaffView;
import vn.motcua.ui.security.AllowedRoles;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * One dossier as its center's staff work on it (/ho-so/&lt;id&gt;): where it stands, its papers, the control
 * sheet, notes and fees, and the actions its status allows. Every action sends the version shown, so a
 * colleague's change made meanwhile is reported instead of overwritten.
 */
@Route(value = "ho-so", layout = MainLayout.class)
@PageTitle("Hồ sơ — MotCua")
@AllowedRoles({Role.CLERK, Role.DIRECTOR, Role.PROVINCIAL_ADMIN})
@Prototype
public class DossierView extends VerticalLayout implements HasUrlParameter<Long> {
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final DossierDesk desk;
    private final DossierSlips slips;
    private final Principal principal;
    private long dossierId;
    DossierFile file;
    final Div slip = new Div();

    public DossierView(DossierDesk desk, DossierSlips slips) {
        this.desk = desk;
        this.slips = slips;
        this.principal = Session.require();
        if (principal.role() == Role.PROVINCIAL_ADMIN && !principal.managesCenter()) {
            // provincial IT works on a center's dossiers only while acting as that center
            throw new vn.motcua.core.validation.NotFoundException("page", "dossiers");
        }
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    /** Shows dossier {@code id}; another center's id throws NotFoundException and the page shows "not found". */
    void show(long id) {
        dossierId = id;
        file = desk.file(principal, id);
        render();
    }

    private void reload() {
        file = desk.file(principal, dossierId);
        render();
    }

    private void render() {
        removeAll();
        Dossier d = file.dossier();
        H2 title = new H2("Hồ sơ " + d.code());
        title.setId("dossier-code");
        Span status = badge(d.status().label(), statusTheme(d));
        status.setId("dossier-status");
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        facts.addFormItem(new Span(d.procedureName()), "Thủ tục");
        facts.addFormItem(new Span(d.applicantName()), "Người nộp");
        facts.addFormItem(new Span(d.channel().label()), "Kênh tiếp nhận");
        facts.addFormItem(new Span(time(d.receivedAt()) + (d.receivedBy() == null ? "" : " — " + d.receivedBy())), "Tiếp nhận");
        Span due = badge(time(d.appointment()), !d.status().isOpen() ? "" : d.appointment().isBefore(Instant.now()) ? "error"
                : d.appointment().isBefore(Instant.now().plusSeconds(86_400)) ? "contrast" : "success");
        due.setId("dossier-due");
        facts.addFormItem(due, d.appointmentAt() != null ? "Hẹn trả (đã hẹn lại)" : "Hẹn trả kết quả");
        Span step = new Span(d.currentStep() == null ? "" : (d.currentStep() + 1) + "/" + file.steps().size() + ": "
                + file.currentStepName());
        step.setId("dossier-step");
        facts.addFormItem(step, "Bước hiện tại");
        Span assignee = new Span(d.assignee() == null ? "(chưa giao — " + roleLabel(d.stepRole()) + ")" : d.assignee());
        assignee.setId("dossier-assignee");
        facts.addFormItem(assignee, "Người xử lý");
        if (d.countedLate()) {
            facts.addFormItem(badge("Đã yêu cầu bổ sung từ lần 2: tính là trễ hạn", "error"), "Lưu ý");
        }
        HorizontalLayout head = new HorizontalLayout(title, status);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        slip.setId("dossier-slip");
        add(head, facts, actions(d), slip, documents(), controlSheet(), comments(), fees());
        if (file.rating() != null) {
            add(new Paragraph("Đánh giá của người nộp: " + file.rating().level().label()
                    + (file.rating().comment() == null ? "" : " — " + file.rating().comment())));
        }
    }

    // ---- actions --------------------------------------------------------------------------------------------

    private Component actions(Dossier d) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("dossier-actions");
        bar.getStyle().set("flex-wrap", "wrap");
        if (!desk.mayAct(principal, file)) {
            bar.add(new Span("Bước hiện tại do " + roleLabel(d.stepRole()) + " thực hiện; bạn chỉ xem hồ sơ."));
            return bar;
        }
        DossierStatus s = d.status();
        if (s == DossierStatus.RECEIVED || s == DossierStatus.IN_PROGRESS) {
            if (!file.atLastStep()) {
                bar.add(button("action-next", "Chuyển bước tiếp theo", VaadinIcon.ARROW_RIGHT, true, this::handOverDialog));
            }
            if (d.currentStep() != null && d.currentStep() > 0) {
                bar.add(button("action-back", "Trả lại bước trước", VaadinIcon.ARROW_LEFT, false, this::sendBackDialog));
            }
            if (file.atLastStep()) {
                bar.add(button("action-resolve", "Hoàn thành giải quyết", VaadinIcon.CHECK, true, this::resolveDialog));
            }
        }
        if (s == DossierStatus.IN_PROGRESS) {
            bar.add(button("action-supplement", "Yêu cầu bổ sung", VaadinIcon.FILE_ADD, false, () -> textDialog(
                    "Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)", "Nội dung cần bổ sung, hoàn thiện", reason -> {
                        Dossier updated = act(new DossierCommand.RequestSupplement(reason));
                        if (updated != null) {
                            offerSlip("phieu-yeu-cau-bo-sung-" + updated.code() + ".pdf",
                                    "In phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)",
                                    () -> slips.supplementRequest(principal, updated.id(), reason));
                        }
                        return updated != null;
                    })));
            bar.add(button("action-obligation", "Yêu cầu nghĩa vụ tài chính", VaadinIcon.MONEY, false, () -> textDialog(
                    "Yêu cầu thực hiện nghĩa vụ tài chính", "Nghĩa vụ tài chính phải thực hiện",
                    text -> act(new DossierCommand.RequestFinancialObligation(text)) != null)));
        }
        if (s == DossierStatus.WAITING_SUPPLEMENT) {
            bar.add(button("action-supplement-received", "Đã nhận hồ sơ bổ sung", VaadinIcon.CHECK, true,
                    () -> act(new DossierCommand.SupplementReceived())));
        }
        if (s == DossierStatus.WAITING_FINANCIAL_OBLIGATION) {
            bar.add(button("action-obligation-done", "Đã thực hiện nghĩa vụ tài chính", VaadinIcon.CHECK, true,
                    () -> act(new DossierCommand.FinancialObligationFulfilled())));
        }
        if (s.isOpen()) {
            bar.add(button("action-assign", "Giao xử lý", VaadinIcon.USER, false, this::assignDialog));
            bar.add(button("action-apology", "Xin lỗi, hẹn lại ngày trả", VaadinIcon.CALENDAR_CLOCK, false, this::apologyDialog));
            bar.add(button("action-stop", "Dừng giải quyết", VaadinIcon.BAN, false, () -> confirmWithReason(
                    "Dừng giải quyết hồ sơ?", "Lý do dừng giải quyết (ghi cụ thể)", "Dừng giải quyết",
                    reason -> {
                        Dossier stopped = act(new DossierCommand.Reject(reason));
                        if (stopped != null) {
                            offerSlip("thong-bao-dung-" + stopped.code() + ".pdf", "In thông báo dừng giải quyết hồ sơ (Mẫu 05)",
                                    () -> slips.stopNotice(principal, stopped.id(), reason.strip()));
                        }
                        return stopped != null;
                    })));
            bar.add(button("action-withdraw", "Công dân rút hồ sơ", VaadinIcon.EXIT, false, () -> confirmWithReason(
                    "Ghi nhận công dân rút hồ sơ?", "Lý do (nếu có)", "Rút hồ sơ",
                    reason -> act(new DossierCommand.Withdraw(reason)) != null)));
        }
        if (s == DossierStatus.RESOLVED) {
            bar.add(button("action-return", "Trả kết quả", VaadinIcon.HANDSHAKE, true, this::returnDialog));
        }
        if (bar.getComponentCount() == 0) {
            bar.add(new Span("Hồ sơ " + s.label().toLowerCase(Locale.forLanguageTag("vi")) + ": không còn thao tác xử lý."));
        }
        return bar;
    }

    private void handOverDialog() {
        int next = file.dossier().currentStep() + 1;
        handOver(next, "Chuyển sang bước " + (next + 1) + ": " + file.steps().get(next).name());
    }

    private void sendBackDialog() {
        Dialog dialog = dialog("Trả lại bước trước");
        Select<Integer> step = new Select<>();
        step.setId("back-step");
        step.setLabel("Trả lại bước");
        List<Integer> earlier = new ArrayList<>();
        for (int i = 0; i < file.dossier().currentStep(); i++) {
            earlier.add(i);
        }
        step.setItems(earlier);
        step.setItemLabelGenerator(i -> (i + 1) + ". " + file.steps().get(i).name());
        step.setValue(earlier.get(earlier.size() - 1));
        dialog.add(step);
        dialog.getFooter().add(cancel(dialog), confirm("back-confirm", "Trả lại", () -> {
            if (act(new DossierCommand.HandOver(step.getValue(), null)) != null) {
                dialog.close();
            }
        }));
        dialog.open();
    }

    private void handOver(int toStep, String heading) {
        Dialog dialog = dialog(heading);
        ComboBox<StaffView> who = colleagues(file.steps().get(toStep));
        who.setId("handover-assignee");
        dialog.add(new Paragraph("Thời hạn của bước: " + file.steps().get(toStep).budget() + " "
                + file.steps().get(toStep).unit().label() + ". Bỏ trống người nhận: mọi " + roleLabel(file.steps().get(toStep).role())
                + " đều thấy hồ sơ trong hộp việc của vai trò."), who);
        dialog.getFooter().add(cancel(dialog), confirm("handover-confirm", "Chuyển", () -> {
            if (act(new DossierCommand.HandOver(toStep, who.getValue() == null ? null : who.getValue().username())) != null) {
                dialog.close();
            }
        }));
        dialog.open();
    }

    private void assignDialog() {
        Dialog dialog = dialog("Giao xử lý bước «" + file.currentStepName() + "»");
        ComboBox<StaffView> who = colleagues(file.steps().get(file.dossier().currentStep()));
        who.setId("assign-assignee");
        dialog.add(who);
        dialog.getFooter().add(cancel(dialog), confirm("assign-confirm", "Giao", () -> run(() -> {
            desk.assign(principal, dossierId, file.dossier().version(), who.getValue() == null ? null : who.getValue().username());
            Notices.success("Đã giao xử lý");
            dialog.close();
            return true;
        })));
        dialog.open();
    }

    private void apologyDialog() {
        Dialog dialog = dialog("Văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)");
        DateTimePicker newDate = new DateTimePicker("Ngày hẹn trả mới");
        newDate.setId("apology-date");
        newDate.setValue(LocalDateTime.ofInstant(file.dossier().appointment(), DossierCode.ZONE).plusDays(3));
        TextArea reason = new TextArea("Lý do chậm trả kết quả");
        reason.setId("apology-reason");
        reason.setWidthFull();
        dialog.add(new Paragraph("Văn bản phải được lập trước khi hết hạn (" + time(file.dossier().appointment()) + ")."),
                newDate, reason);
        dialog.getFooter().add(cancel(dialog), confirm("apology-confirm", "Lập văn bản", () -> {
            Instant at = newDate.getValue() == null ? null : newDate.getValue().atZone(DossierCode.ZONE).toInstant();
            Dossier updated = act(new DossierCommand.RecordApology(at, reason.getValue()));
            if (updated != null) {
                offerSlip("van-ban-xin-loi-" + updated.code() + ".pdf", "In văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)",
                        () -> slips.apologyLetter(principal, updated.id(), reason.getValue().strip()));
                dialog.close();
            }
        }));
        dialog.open();
    }

    private void resolveDialog() {
        Dialog dialog = dialog("Hoàn thành giải quyết: tải lên văn bản kết quả (số hóa kết quả)");
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("resolve-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(IntakeView.MAX_FILE);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setUploadButton(new Button("Chọn tệp kết quả"));
        upload.setDropLabel(new Span("Kéo thả văn bản kết quả đã ký vào đây"));
        String[] name = new String[1];
        byte[][] content = new byte[1][];
        upload.addSucceededListener(e -> {
            name[0] = e.getFileName();
            try {
                content[0] = buffer.getInputStream().readAllBytes();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        upload.addFileRejectedListener(e -> Notices.error("Tệp không được nhận: " + e.getErrorMessage()));
        dialog.add(upload);
        dialog.getFooter().add(cancel(dialog), confirm("resolve-confirm", "Hoàn thành", () -> {
            if (content[0] == null) {
                Notices.error("Chưa tải lên văn bản kết quả");
                return;
            }
            if (resolve(name[0], content[0])) {
                dialog.close();
            }
        }));
        dialog.open();
    }

    /** Resolves with an uploaded result (also how view tests resolve without a browser). */
    boolean resolve(String fileName, byte[] content) {
        return run(() -> {
            desk.resolve(principal, dossierId, file.dossier().version(), fileName, content);
            Notices.success("Đã hoàn thành giải quyết hồ sơ");
            return true;
        });
    }

    private void returnDialog() {
        Dialog dialog = dialog("Trả kết quả");
        Select<String> method = new Select<>();
        method.setId("return-method");
        method.setLabel("Hình thức trả");
        method.setItems("Trực tiếp", "Bưu chính công ích", "Trực tuyến");
        method.setValue("Trực tiếp");
        TextField detail = new TextField("Người nhận kết quả");
        detail.setId("return-detail");
        detail.setValue(file.dossier().applicantName());
        detail.setWidthFull();
        method.addValueChangeListener(e -> {
            detail.setVisible(!"Trực tuyến".equals(e.getValue()));
            detail.setLabel("Bưu chính công ích".equals(e.getValue()) ? "Số hiệu bưu gửi" : "Người nhận kết quả");
            detail.setValue("Trực tiếp".equals(e.getValue()) ? file.dossier().applicantName() : "");
        });
        dialog.add(method, detail);
        dialog.getFooter().add(cancel(dialog), confirm("return-confirm", "Trả kết quả", () -> run(() -> {
            ReturnMethod how = switch (method.getValue()) {
                case "Bưu chính công ích" -> new ReturnMethod.Post(detail.getValue());
                case "Trực tuyến" -> new ReturnMethod.Online();
                default -> new ReturnMethod.InPerson(detail.getValue());
            };
            if (act(new DossierCommand.ReturnResult(how)) != null) {
                dialog.close();
            }
            return true;
        })));
        dialog.open();
    }

    /** Runs a life-cycle command on the version shown; tells the person plainly what happened. */
    Dossier act(DossierCommand command) {
        Dossier[] updated = new Dossier[1];
        run(() -> {
            updated[0] = desk.apply(principal, dossierId, file.dossier().version(), command);
            Notices.success("Đã cập nhật hồ sơ: " + updated[0].status().label());
            return true;
        });
        return updated[0];
    }

    private boolean run(Supplier<Boolean> work) {
        try {
            boolean done = work.get();
            reload();
            return done;
        } catch (InvalidInputException e) {
            Notices.error(e.vietnamese());
            return false;
        } catch (ConcurrentChangeException e) {
            Notices.error("Hồ sơ vừa được người khác cập nhật trước bạn; thao tác của bạn chưa được ghi. "
                    + "Trang đã tải lại tình trạng mới nhất, vui lòng kiểm tra rồi thao tác lại.");
            reload();
            return false;
        }
    }

    // ---- sections -------------------------------------------------------------------------------------------

    private Component documents() {
        Grid<DossierDocument> grid = new Grid<>();
        grid.setId("dossier-documents");
        grid.setAllRowsVisible(true);
        grid.addColumn(DossierDocument::name).setHeader("Giấy tờ").setFlexGrow(2);
        grid.addColumn(d -> d.kind() == DossierDocument.Kind.RESULT ? "Kết quả" : d.reusedFrom() != null ? "Dùng lại bản số hóa" : "Bản quét")
                .setHeader("Loại").setAutoWidth(true);
        grid.addColumn(d -> String.format(Locale.ROOT, "%,d KB", Math.max(1, d.sizeBytes() / 1024))).setHeader("Dung lượng").setAutoWidth(true);
        grid.addComponentColumn(d -> {
            StreamResource resource = new StreamResource(d.fileName() == null ? "giay-to-" + d.id() : d.fileName(),
                    () -> new ByteArrayInputStream(desk.download(principal, d.id()).content()));
            resource.setContentType(d.contentType());
            Anchor link = new Anchor(resource, "Tải về");
            link.setTarget("_blank");
            return link;
        }).setHeader("").setAutoWidth(true);
        grid.setItems(file.documents());
        return section("Thành phần hồ sơ", grid);
    }

    private Component controlSheet() {
        Grid<DossierEvent> grid = new Grid<>();
        grid.setId("dossier-control-sheet");
        grid.setAllRowsVisible(true);
        grid.addColumn(DossierEvent::number).setHeader("TT").setAutoWidth(true);
        grid.addColumn(e -> actionLabel(e.action())).setHeader("Thao tác").setAutoWidth(true);
        grid.addColumn(e -> stepLabel(e.fromStep()) + " → " + stepLabel(e.toStep())).setHeader("Bước").setFlexGrow(2);
        grid.addColumn(DossierEvent::actor).setHeader("Người thực hiện").setAutoWidth(true);
        grid.addColumn(e -> time(e.at())).setHeader("Thời điểm").setAutoWidth(true);
        grid.addComponentColumn(e -> {
            if (e.usedMin() == null || e.stepBudgetMin() == null) {
                return new Span("");
            }
            boolean over = e.usedMin() > e.stepBudgetMin();
            return badge(hours(e.usedMin()) + " / " + hours(e.stepBudgetMin()), over ? "error" : "success");
        }).setHeader("Thời gian dùng / hạn của bước").setAutoWidth(true);
        grid.addColumn(e -> e.note() == null ? "" : e.note()).setHeader("Ghi chú").setFlexGrow(3);
        grid.setItems(file.controlSheet());
        return section("Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 06)", grid);
    }

    private Component comments() {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setId("dossier-comments");
        file.comments().forEach(c -> list.add(new Paragraph(time(c.createdAt()) + " — " + c.author() + ": " + c.body())));
        TextArea body = new TextArea();
        body.setId("comment-body");
        body.setPlaceholder("Ý kiến cho đồng nghiệp");
        body.setWidth("40em");
        Button send = new Button("Gửi ý kiến", e -> run(() -> {
            desk.comment(principal, dossierId, body.getValue());
            return true;
        }));
        send.setId("comment-send");
        return section("Ý kiến xử lý", list, new HorizontalLayout(body, send));
    }

    private Component fees() {
        Grid<DossierFee> grid = new Grid<>();
        grid.setId("dossier-fees");
        grid.setAllRowsVisible(true);
        grid.addColumn(f -> String.format(Locale.ROOT, "%,d đ", f.amountVnd()).replace(',', '.')).setHeader("Số tiền");
        grid.addColumn(f -> f.method().label()).setHeader("Hình thức");
        grid.addColumn(DossierFee::receiptNumber).setHeader("Số biên lai");
        grid.addColumn(f -> f.recordedBy() + " — " + time(f.recordedAt())).setHeader("Người thu");
        grid.setItems(file.fees());
        IntegerField amount = new IntegerField("Số tiền (đồng)");
        amount.setId("fee-amount");
        Select<DossierFee.Method> method = new Select<>();
        method.setId("fee-method");
        method.setLabel("Hình thức thu");
        method.setItems(DossierFee.Method.values());
        method.setItemLabelGenerator(DossierFee.Method::label);
        TextField receipt = new TextField("Số biên lai");
        receipt.setId("fee-receipt");
        Button record = new Button("Ghi nhận khoản thu", e -> {
            try {
                desk.recordFee(principal, dossierId, amount.getValue() == null ? 0 : amount.getValue(), method.getValue(),
                        receipt.getValue());
                Notices.success("Đã ghi nhận khoản thu");
                reload();
            } catch (InvalidInputException ex) {
                Notices.show(ex, java.util.Map.of("amount", amount, "method", method, "receiptNumber", receipt));
            }
        });
        record.setId("fee-record");
        HorizontalLayout form = new HorizontalLayout(amount, method, receipt, record);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return section("Phí, lệ phí", grid, form);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private void offerSlip(String fileName, String label, Supplier<byte[]> pdf) {
        byte[] bytes = pdf.get();
        StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(bytes));
        resource.setContentType("application/pdf");
        Anchor link = new Anchor(resource, label);
        link.setTarget("_blank");
        link.setId("slip-link");
        slip.removeAll();
        slip.add(link);
    }

    private ComboBox<StaffView> colleagues(WorkflowStep step) {
        ComboBox<StaffView> who = new ComboBox<>("Người nhận xử lý (không bắt buộc)");
        who.setWidth("28em");
        List<StaffView> all = desk.colleagues(principal);
        List<StaffView> fit = all.stream().filter(s -> step.role() == null || s.role().name().equals(step.role())
                || s.role() == Role.DIRECTOR).toList();
        who.setItems(fit.isEmpty() ? all : fit);
        who.setItemLabelGenerator(s -> s.fullName() + " (" + s.username() + ", " + s.role().label() + ")");
        who.setClearButtonVisible(true);
        return who;
    }

    private void textDialog(String heading, String label, java.util.function.Predicate<String> onConfirm) {
        Dialog dialog = dialog(heading);
        TextArea text = new TextArea(label);
        text.setId("dialog-text");
        text.setWidth("36em");
        dialog.add(text);
        dialog.getFooter().add(cancel(dialog), confirm("dialog-confirm", "Xác nhận", () -> {
            if (onConfirm.test(text.getValue())) {
                dialog.close();
            }
        }));
        dialog.open();
    }

    /** Destructive endings ask first, and take the reason in the same step. */
    private void confirmWithReason(String heading, String label, String confirmText, java.util.function.Predicate<String> onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(heading);
        TextArea reason = new TextArea(label);
        reason.setId("confirm-reason");
        reason.setWidth("30em");
        dialog.add(new Paragraph("Thao tác này kết thúc việc giải quyết hồ sơ và không hoàn tác được."), reason);
        dialog.setCancelable(true);
        dialog.setCancelText("Hủy");
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> onConfirm.test(reason.getValue()));
        dialog.open();
    }

    private static Dialog dialog(String heading) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(heading);
        dialog.setWidth("40em");
        return dialog;
    }

    private static Button cancel(Dialog dialog) {
        return new Button("Hủy", e -> dialog.close());
    }

    private static Button confirm(String id, String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private static Button button(String id, String text, VaadinIcon icon, boolean primary, Runnable action) {
        Button button = new Button(text, icon.create(), e -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private static VerticalLayout section(String heading, Component... content) {
        VerticalLayout box = new VerticalLayout(new H3(heading));
        box.add(content);
        box.setPadding(false);
        return box;
    }

    private String stepLabel(Integer step) {
        return step == null ? "—" : step < file.steps().size() ? (step + 1) + ". " + file.steps().get(step).name() : "";
    }

    private static String actionLabel(String action) {
        try {
            return vn.motcua.core.dossier.ControlSheetEntry.Action.valueOf(action).label();
        } catch (IllegalArgumentException e) {
            return action;
        }
    }

    private static String roleLabel(String role) {
        try {
            return role == null ? "" : Role.valueOf(role).label().toLowerCase(Locale.forLanguageTag("vi"));
        } catch (IllegalArgumentException e) {
            return role;
        }
    }

    private static String hours(long minutes) {
        return minutes % 60 == 0 ? (minutes / 60) + " giờ" : (minutes / 60) + " giờ " + (minutes % 60) + " phút";
    }

    static String time(Instant t) {
        return t == null ? "" : SHOWN.format(t.atZone(DossierCode.ZONE));
    }

    static String statusTheme(Dossier d) {
        DossierStatus s = d.status();
        if (s == DossierStatus.RETURNED || s == DossierStatus.RESOLVED) {
            return "success";
        }
        if (s == DossierStatus.STOPPED || s == DossierStatus.REJECTED || s == DossierStatus.WITHDRAWN) {
            return "contrast";
        }
        return d.appointment().isBefore(Instant.now()) ? "error" : "";
    }

    static Span badge(String text, String theme) {
        Span span = new Span(text);
        span.getElement().getThemeList().add(("badge " + theme).trim());
        return span;
    }
}
