package vn.motcua.ui.views.clerk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.Procedure;
import vn.motcua.core.catalog.RequiredDocument;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.Intake;
import vn.motcua.core.dossier.IntakeRequest;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.tenants.catalog.CenterCatalogService;
import vn.motcua.tenants.dossier.DossierIntake;
import vn.motcua.tenants.security.Principal;
import vn.motcua.tenants.security.Role;
import vn.motcua.ui.security.AllowedRoles;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tiếp nhận hồ sơ at the counter: choose a served procedure (no diacritics needed), scan each paper of its
 * checklist, type the applicant, receive — then print the receipt with the code and the appointment.
 */
@Route(value = "tiep-nhan/moi", layout = MainLayout.class)
@PageTitle("Tiếp nhận hồ sơ — MotCua")
@AllowedRoles({Role.CLERK, Role.DIRECTOR})
@Prototype
public class IntakeView extends VerticalLayout {
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    static final int MAX_FILE = 20 * 1024 * 1024;

    private final DossierIntake intake;
    private final Principal principal;
    final ComboBox<Procedure> procedure = new ComboBox<>("Thủ tục hành chính");
    final VerticalLayout checklist = new VerticalLayout();
    final Select<Dossier.Channel> channel = new Select<>();
    final TextField fullName = new TextField("Họ và tên người nộp");
    final TextField citizenId = new TextField("Số định danh cá nhân (CCCD, 12 số)");
    final DatePicker dateOfBirth = new DatePicker("Ngày sinh");
    final TextField phone = new TextField("Số điện thoại");
    final TextField address = new TextField("Địa chỉ");
    final Button receive = new Button("Tiếp nhận hồ sơ");
    final Div result = new Div();
    /** Scans by checklist name, in checklist order: name -> (file name, bytes). */
    final Map<String, IntakeRequest.IncomingDocument> scans = new LinkedHashMap<>();

    public IntakeView(DossierIntake intake, CenterCatalogService centerCatalog, CatalogService catalog) {
        this.intake = intake;
        this.principal = Session.require();
        setWidthFull();
        procedure.setId("intake-procedure");
        procedure.setWidth("44em");
        procedure.setItemLabelGenerator(p -> p.nationalCode() + " — " + p.name());
        procedure.setItems(q -> centerCatalog.list(principal, true, q.getFilter().orElse(""), q.getPage(), q.getPageSize(),
                "name", true).getContent().stream());
        procedure.addValueChangeListener(e -> showChecklist(centerCatalog, e.getValue()));
        channel.setLabel("Kênh tiếp nhận");
        channel.setItems(Dossier.Channel.values());
        channel.setItemLabelGenerator(Dossier.Channel::label);
        channel.setValue(Dossier.Channel.IN_PERSON);
        fullName.setId("intake-fullName");
        citizenId.setId("intake-citizenId");
        phone.setId("intake-phone");
        receive.setId("intake-receive");
        result.setId("intake-result");
        receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        receive.addClickListener(e -> receive());
        dateOfBirth.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy"));
        checklist.setPadding(false);
        add(new H2("Tiếp nhận hồ sơ"), new HorizontalLayout(procedure, channel), new H3("Thành phần hồ sơ"), checklist,
                new H3("Người nộp hồ sơ"), new FormLayout(fullName, citizenId, dateOfBirth, phone, address), receive, result);
    }

    private void showChecklist(CenterCatalogService catalog, Procedure p) {
        checklist.removeAll();
        scans.clear();
        if (p == null) {
            return;
        }
        List<RequiredDocument> documents = catalog.servedProcedure(principal, p.id()).draft().documents();
        if (documents.isEmpty()) {
            documents = List.of(new RequiredDocument("Đơn/tờ khai", 1, 0, null));
        }
        for (RequiredDocument d : documents) {
            MemoryBuffer buffer = new MemoryBuffer();
            Upload upload = new Upload(buffer);
            upload.setMaxFiles(1);
            upload.setMaxFileSize(MAX_FILE);
            upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
            upload.setDropLabel(new Span("Kéo thả bản quét vào đây"));
            upload.setUploadButton(new Button("Chọn tệp quét"));
            upload.addSucceededListener(e -> {
                try {
                    attach(d.name(), e.getFileName(), buffer.getInputStream().readAllBytes());
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            upload.addFileRejectedListener(e -> Notices.error("Tệp không được nhận: " + e.getErrorMessage()));
            String counts = (d.originalCount() == null ? "" : d.originalCount() + " bản chính")
                    + (d.copyCount() == null || d.copyCount() == 0 ? "" : ", " + d.copyCount() + " bản sao");
            VerticalLayout row = new VerticalLayout(new Span(d.name() + (counts.isEmpty() ? "" : " (" + counts + ")")), upload);
            row.setPadding(false);
            row.setSpacing(false);
            checklist.add(row);
        }
    }

    /** A scanned paper for a checklist line (also how tests attach files without a browser). */
    void attach(String documentName, String fileName, byte[] content) {
        scans.put(documentName, new IntakeRequest.IncomingDocument(documentName, fileName, content));
    }

    void receive() {
        Procedure p = procedure.getValue();
        if (p == null) {
            Notices.error("Chọn thủ tục hành chính trước");
            return;
        }
        Applicant applicant = new Applicant.Individual(fullName.getValue().trim(), citizenId.getValue().trim(),
                dateOfBirth.getValue(), phone.getValue().trim(), address.getValue().trim());
        try {
            Intake received = intake.receive(principal, p.id(), channel.getValue(), applicant, new ArrayList<>(scans.values()));
            byte[] pdf = intake.receipt(principal, p.id(), received, applicant, publicBaseUrl());
            showResult(received, pdf);
            Notices.success("Đã tiếp nhận hồ sơ " + received.code());
        } catch (InvalidInputException e) {
            Notices.show(e, Map.of("fullName", fullName, "citizenId", citizenId, "dateOfBirth", dateOfBirth,
                    "phone", phone, "address", address));
        }
    }

    private void showResult(Intake received, byte[] pdf) {
        result.removeAll();
        Span code = new Span("Mã hồ sơ: " + received.code());
        code.setId("intake-code");
        Span due = new Span("Hẹn trả kết quả: " + SHOWN.format(received.dueAt().atZone(DossierCode.ZONE)));
        due.setId("intake-due");
        StreamResource resource = new StreamResource("giay-tiep-nhan-" + received.code() + ".pdf",
                () -> new ByteArrayInputStream(pdf));
        resource.setContentType("application/pdf");
        Anchor print = new Anchor(resource, "In giấy tiếp nhận và hẹn trả kết quả (Mẫu 01)");
        print.setTarget("_blank");
        print.setId("intake-receipt");
        VerticalLayout box = new VerticalLayout(code, due, print);
        box.getElement().getThemeList().add("badge success");
        result.add(box);
        receive.setEnabled(false);
        receipt = pdf;
    }

    /** The last receipt printed on this page (for tests and re-printing). */
    byte[] receipt;

    private static String publicBaseUrl() {
        String configured = System.getenv("MOTCUA_PUBLIC_URL");
        return configured == null || configured.isBlank() ? "http://localhost:8080" : configured;
    }
}
