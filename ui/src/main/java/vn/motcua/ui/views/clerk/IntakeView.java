package vn.motcua.ui.views.clerk;

import vn.motcua.core.context.BusinessTime;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.core.context.Permission;
import vn.motcua.ui.security.CallContexts;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.Checklist;
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
import vn.motcua.core.context.Role;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

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
@RequiresPermission(Permission.RECEIVE_DOSSIERS)
@Prototype
public class IntakeView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {
    /** The query parameter naming the queue ticket being served: the received dossier is linked to it. */
    public static final String TICKET_PARAMETER = "so";
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern(Texts.t("intake.dateTimePattern"));
    static final int MAX_FILE = 20 * 1024 * 1024;

    private final DossierIntake intake;
    private final Principal principal;
    final ComboBox<Procedure> procedure = new ComboBox<>(Texts.t("intake.procedure"));
    final VerticalLayout checklist = new VerticalLayout();
    final Select<Dossier.Channel> channel = new Select<>();
    final TextField fullName = new TextField(Texts.t("intake.fullName"));
    final TextField citizenId = new TextField(Texts.t("intake.citizenId"));
    final DatePicker dateOfBirth = new DatePicker(Texts.t("intake.dateOfBirth"));
    final TextField phone = new TextField(Texts.t("intake.phone"));
    final TextField address = new TextField(Texts.t("intake.address"));
    final com.vaadin.flow.component.radiobutton.RadioButtonGroup<String> applicantKind =
            new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>(Texts.t("intake.applicantKind"));
    final TextField orgName = new TextField(Texts.t("intake.orgName"));
    final TextField taxCode = new TextField(Texts.t("intake.taxCode"));
    final Button guidance = new Button(Texts.t("intake.guidance"));
    final Button refuse = new Button(Texts.t("intake.refuse"));
    /** Earlier digitized papers of this applicant chosen for reuse, by checklist name. */
    final Map<String, IntakeRequest.ReusedDocument> reuse = new LinkedHashMap<>();
    private final Map<String, com.vaadin.flow.component.checkbox.Checkbox> reuseBoxes = new LinkedHashMap<>();
    private final vn.motcua.tenants.dossier.DossierDesk desk;
    private List<Checklist.Line> lines = List.of();
    /** Conditional checklist lines the clerk marked "Không áp dụng", by name. */
    private final java.util.Set<String> notApplicable = new java.util.HashSet<>();
    final Button receive = new Button(Texts.t("intake.receive"));
    final Div result = new Div();
    /** Scans by checklist name, in checklist order: name -> (file name, bytes). */
    final Map<String, IntakeRequest.IncomingDocument> scans = new LinkedHashMap<>();

    private final CallContexts calls;

    private final vn.motcua.core.queue.TicketService tickets;
    /** The ticket served at the counter (from the counter panel), or null. */
    Long ticketId;
    private final CenterCatalogService centerCatalog;

    public IntakeView(DossierIntake intake, CenterCatalogService centerCatalog, CatalogService catalog,
                      vn.motcua.tenants.dossier.DossierDesk desk, CallContexts calls, vn.motcua.core.queue.TicketService tickets) {
        this.calls = calls;
        this.tickets = tickets;
        this.centerCatalog = centerCatalog;
        this.intake = intake;
        this.desk = desk;
        this.principal = Session.require();
        setWidthFull();
        procedure.setId("intake-procedure");
        procedure.setWidth("44em");
        procedure.setItemLabelGenerator(p -> p.nationalCode() + " — " + p.name());
        procedure.setItems(q -> centerCatalog.list(calls.current(), true, q.getFilter().orElse(""), q.getPage(), q.getPageSize(),
                "name", true).getContent().stream());
        procedure.addValueChangeListener(e -> showChecklist(centerCatalog, e.getValue()));
        channel.setLabel(Texts.t("intake.channel"));
        channel.setItems(Dossier.Channel.values());
        channel.setItemLabelGenerator(Dossier.Channel::label);
        channel.setValue(Dossier.Channel.IN_PERSON);
        fullName.setId("intake-fullName");
        citizenId.setId("intake-citizenId");
        phone.setId("intake-phone");
        address.setId("intake-address");
        dateOfBirth.setId("intake-dob");
        receive.setId("intake-receive");
        result.setId("intake-result");
        receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        receive.addClickListener(e -> receive());
        dateOfBirth.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy"));
        checklist.setPadding(false);
        applicantKind.setId("intake-kind");
        applicantKind.setItems(Texts.t("intake.person"), Texts.t("intake.organisation"));
        applicantKind.setValue(Texts.t("intake.person"));
        orgName.setId("intake-orgName");
        taxCode.setId("intake-taxCode");
        FormLayout person = new FormLayout(fullName, citizenId, dateOfBirth);
        FormLayout organisation = new FormLayout(orgName, taxCode);
        organisation.setVisible(false);
        applicantKind.addValueChangeListener(e -> {
            person.setVisible(Texts.t("intake.person").equals(e.getValue()));
            organisation.setVisible(Texts.t("intake.organisation").equals(e.getValue()));
            offerReuse();
        });
        citizenId.addValueChangeListener(e -> offerReuse());
        taxCode.addValueChangeListener(e -> offerReuse());
        guidance.setId("intake-guidance");
        guidance.addClickListener(e -> printGuidance());
        refuse.setId("intake-refuse");
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refuse.addClickListener(e -> askRefusal());
        add(new H2(Texts.t("intake.heading")));
        if (intake.outsideWorkingTime(calls.current())) {
            Span outOfHours = new Span(Texts.t("intake.outOfHours"));
            outOfHours.setId("intake-out-of-hours");
            outOfHours.getElement().getThemeList().add("badge contrast");
            add(outOfHours);
        }
        add(new HorizontalLayout(procedure, channel), new H3(Texts.t("intake.applicant")), applicantKind,
                person, organisation, new FormLayout(phone, address), new H3(Texts.t("intake.documents")), checklist,
                new HorizontalLayout(receive, guidance, refuse), result);
    }

    private void showChecklist(CenterCatalogService catalog, Procedure p) {
        checklist.removeAll();
        scans.clear();
        notApplicable.clear();
        if (p == null) {
            return;
        }
        reuse.clear();
        reuseBoxes.clear();
        List<RequiredDocument> documents = catalog.servedProcedure(calls.current(), p.id()).draft().documents();
        if (documents.isEmpty()) {
            documents = List.of(new RequiredDocument(Texts.t("intake.defaultDocument"), 1, 0, null));
        }
        lines = Checklist.of(documents);
        VerticalLayout notes = new VerticalLayout();
        notes.setPadding(false);
        notes.setSpacing(false);
        int paper = 0;
        for (Checklist.Line line : lines) {
            if (line.kind() == RequiredDocument.Kind.NOTE) {
                // guidance of the catalog ("0 bản chính"): read, not scanned
                Span note = new Span(line.name());
                note.addClassName("checklist-note");
                notes.add(note);
                continue;
            }
            checklist.add(paperRow(line, paper++));
        }
        if (notes.getComponentCount() > 0) {
            com.vaadin.flow.component.details.Details details = new com.vaadin.flow.component.details.Details(
                    Texts.t("intake.notes", notes.getComponentCount()), notes);
            details.setId("intake-notes");
            checklist.add(details);
        }
    }

    /** One paper of the checklist: its name and counts, what kind of line it is, reuse, "Không áp dụng", the scan. */
    private VerticalLayout paperRow(Checklist.Line line, int index) {
        RequiredDocument d = line.document();
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setMaxFiles(1);
        upload.setId("upload-" + index);
        upload.setMaxFileSize(MAX_FILE);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setDropLabel(new Span(Texts.t("intake.scanDrop")));
        upload.setUploadButton(new Button(Texts.t("intake.scanChoose")));
        upload.addSucceededListener(e -> {
            try {
                scans.put(d.name(), new IntakeRequest.IncomingDocument(d.name(), e.getFileName(),
                        buffer.getInputStream().readAllBytes()));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        upload.addFileRemovedListener(e -> scans.remove(d.name()));
        upload.addFileRejectedListener(e -> Notices.error(Texts.t("intake.fileRejected", e.getErrorMessage())));
        String counts = Texts.t("intake.originals", d.originalsOrDefault())
                + (d.copiesOrDefault() == 0 ? "" : ", " + Texts.t("intake.copies", d.copiesOrDefault()));
        Span name = new Span(d.name() + " (" + counts + ")");
        VerticalLayout row = new VerticalLayout();
        row.setId("paper-" + index);
        row.setPadding(false);
        row.setSpacing(false);
        if (line.kind() == RequiredDocument.Kind.ALTERNATIVE) {
            boolean groupStart = line.group() == line.index();
            long groupSize = lines.stream().filter(l -> l.group() == line.group()).count();
            String label = groupSize == 1 ? Texts.t("intake.kind.alternative")
                    : groupStart ? Texts.t("intake.kind.alternativeGroup") : Texts.t("intake.kind.alternativeOr");
            Span kind = new Span(label);
            kind.getElement().getThemeList().add("badge contrast");
            row.add(kind);
        }
        row.add(name);
        com.vaadin.flow.component.checkbox.Checkbox reuseBox = new com.vaadin.flow.component.checkbox.Checkbox();
        reuseBox.setVisible(false);
        reuseBoxes.put(d.name(), reuseBox);
        row.add(reuseBox);
        if (line.kind() == RequiredDocument.Kind.CONDITIONAL) {
            Span kind = new Span(Texts.t("intake.kind.conditional"));
            kind.getElement().getThemeList().add("badge");
            com.vaadin.flow.component.checkbox.Checkbox notApplies = new com.vaadin.flow.component.checkbox.Checkbox(
                    Texts.t("intake.notApplicable"));
            notApplies.setId("na-" + index);
            notApplies.addValueChangeListener(e -> {
                if (e.getValue()) {
                    notApplicable.add(d.name());
                    scans.remove(d.name());
                    upload.clearFileList();
                } else {
                    notApplicable.remove(d.name());
                }
                upload.setVisible(!e.getValue());
            });
            row.addComponentAtIndex(0, kind);
            row.add(notApplies);
        }
        row.add(upload);
        return row;
    }

    /**
     * Papers this applicant already had digitized here, offered on the checklist lines of the same name: ticking
     * one answers the line without a new scan (the reuse is counted).
     */
    private void offerReuse() {
        String id = Texts.t("intake.person").equals(applicantKind.getValue()) ? citizenId.getValue().trim() : taxCode.getValue().trim();
        List<vn.motcua.core.dossier.DossierDocument> earlier = id.matches("\\d{10,12}(-\\d{3})?")
                ? desk.digitized(calls.current(), id) : List.of();
        reuse.clear();
        reuseBoxes.forEach((name, box) -> {
            var match = earlier.stream().filter(doc -> doc.name().equals(name)).findFirst();
            box.setVisible(match.isPresent());
            box.setValue(false);
            match.ifPresent(doc -> {
                box.setLabel(Texts.t("intake.reuse", SHOWN.format(doc.createdAt().atZone(BusinessTime.ZONE))));
                box.setId("reuse-" + doc.id());
                box.addValueChangeListener(e -> {
                    if (e.getValue()) {
                        reuse.put(name, new IntakeRequest.ReusedDocument(name, doc.id()));
                    } else {
                        reuse.remove(name);
                    }
                });
            });
        });
    }

    private Applicant applicant() {
        if (Texts.t("intake.organisation").equals(applicantKind.getValue())) {
            return new Applicant.Organisation(orgName.getValue().trim(), taxCode.getValue().trim(), phone.getValue().trim(),
                    address.getValue().trim());
        }
        return new Applicant.Individual(fullName.getValue().trim(), citizenId.getValue().trim(),
                dateOfBirth.getValue(), phone.getValue().trim(), address.getValue().trim());
    }

    /**
     * What keeps the dossier from being received: required lines with neither a scan nor a reused paper,
     * conditional lines neither answered nor marked not applicable, one-of groups with none answered.
     */
    private List<List<Checklist.Line>> missing() {
        java.util.Set<String> answered = new java.util.HashSet<>(scans.keySet());
        answered.addAll(reuse.keySet());
        return Checklist.unmet(lines, answered, notApplicable);
    }

    /** A missing requirement as the applicant reads it: a group's papers joined by "hoặc". */
    private static String described(List<Checklist.Line> unmet) {
        return String.join(" " + Texts.t("intake.or") + " ", unmet.stream().map(Checklist.Line::name).toList());
    }

    private void printGuidance() {
        Procedure p = procedure.getValue();
        if (p == null) {
            Notices.error(Texts.t("intake.chooseProcedureFirst"));
            return;
        }
        try {
            List<vn.motcua.core.slip.SupplementItem> items = missing().stream().map(u -> new vn.motcua.core.slip.SupplementItem(
                    described(u), Texts.t("intake.notInDossier"), u.get(0).document().originalsOrDefault(),
                    u.get(0).document().copiesOrDefault())).toList();
            byte[] pdf = intake.supplementGuidance(calls.current(), p.id(), applicant(), items, Texts.t("intake.incompleteReason"));
            showSlip("phieu-huong-dan-bo-sung.pdf", Texts.t("intake.guidanceSlip"), pdf);
        } catch (InvalidInputException e) {
            Notices.error(e.vietnamese());
        }
    }

    private void askRefusal() {
        Procedure p = procedure.getValue();
        if (p == null) {
            Notices.error(Texts.t("intake.chooseProcedureFirst"));
            return;
        }
        com.vaadin.flow.component.confirmdialog.ConfirmDialog dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        dialog.setHeader(Texts.t("intake.refuseQuestion"));
        com.vaadin.flow.component.textfield.TextArea reason = new com.vaadin.flow.component.textfield.TextArea(Texts.t("intake.refuseReason"));
        reason.setId("refusal-reason");
        reason.setWidth("30em");
        dialog.add(reason);
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        dialog.setConfirmText(Texts.t("intake.refuseConfirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                showSlip("phieu-tu-choi.pdf", Texts.t("intake.refuseSlip"),
                        intake.refusal(calls.current(), p.id(), applicant(), reason.getValue()));
            } catch (InvalidInputException ex) {
                Notices.error(ex.vietnamese());
            }
        });
        dialog.open();
    }

    private void showSlip(String fileName, String label, byte[] pdf) {
        result.removeAll();
        StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(pdf));
        resource.setContentType("application/pdf");
        Anchor link = new Anchor(resource, label);
        link.setTarget("_blank");
        link.setId("intake-slip");
        result.add(link);
    }

    void receive() {
        Procedure p = procedure.getValue();
        if (p == null) {
            Notices.error(Texts.t("intake.chooseProcedureFirst"));
            return;
        }
        Applicant applicant = applicant();
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("fullName", fullName, "citizenId", citizenId,
                "dateOfBirth", dateOfBirth, "phone", phone, "address", address, "name", orgName, "taxCode", taxCode);
        if (!missing().isEmpty()) {
            // an incomplete dossier is not received: the applicant gets the guidance slip (form 02) instead
            List<vn.motcua.core.validation.Problem> problems = new ArrayList<>(vn.motcua.core.dossier.ApplicantRules.check(
                    applicant, calls.time().today()));
            problems.add(new vn.motcua.core.validation.Problem("documents", Texts.t("intake.missing",
                    String.join("; ", missing().stream().map(IntakeView::described).toList())), "papers missing"));
            Notices.show(new InvalidInputException(problems), fields);
            return;
        }
        try {
            Intake received = intake.receive(calls.current(), p.id(), channel.getValue(), applicant, new ArrayList<>(scans.values()),
                    new ArrayList<>(reuse.values()), new ArrayList<>(notApplicable));
            byte[] pdf = intake.receipt(calls.current(), p.id(), received, applicant, publicBaseUrl());
            showResult(received, pdf);
            Notices.success(Texts.t("intake.received", received.code()));
            if (ticketId != null) {
                tickets.linkDossier(calls.current(), ticketId, received.dossier().id());
            }
        } catch (InvalidInputException e) {
            Notices.show(e, fields);
        }
    }

    private void showResult(Intake received, byte[] pdf) {
        result.removeAll();
        Span code = new Span(Texts.t("intake.code", received.code()));
        code.setId("intake-code");
        Span due = new Span(Texts.t("intake.due", SHOWN.format(received.dueAt().atZone(BusinessTime.ZONE))));
        due.setId("intake-due");
        StreamResource resource = new StreamResource("giay-tiep-nhan-" + received.code() + ".pdf",
                () -> new ByteArrayInputStream(pdf));
        resource.setContentType("application/pdf");
        Anchor print = new Anchor(resource, Texts.t("intake.receiptSlip"));
        print.setTarget("_blank");
        print.setId("intake-receipt");
        VerticalLayout box = new VerticalLayout(code, due, print);
        box.getElement().getThemeList().add("badge success");
        result.add(box);
        receive.setEnabled(false);
    }

    private static String publicBaseUrl() {
        String configured = System.getenv("MOTCUA_PUBLIC_URL");
        return configured == null || configured.isBlank() ? "http://localhost:8080" : configured;
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        ticketId = event.getLocation().getQueryParameters().getSingleParameter(TICKET_PARAMETER).map(v -> {
            try {
                return tickets.get(calls.current(), Long.parseLong(v)).id();
            } catch (RuntimeException e) {
                return null;
            }
        }).orElse(null);
        if (ticketId != null) {
            vn.motcua.core.queue.Ticket served = tickets.get(calls.current(), ticketId);
            Span linked = new Span(Texts.t("intake.fromTicket", served.number()));
            linked.setId("intake-ticket");
            linked.getElement().getThemeList().add("badge");
            addComponentAsFirst(linked);
            if (served.procedureId() != null && procedure.isEmpty()) {
                // the citizen chose the procedure at the kiosk (or booked it): intake opens with it chosen
                try {
                    procedure.setValue(centerCatalog.servedProcedure(calls.current(), served.procedureId()).procedure());
                } catch (vn.motcua.core.validation.NotFoundException notServed) {
                    // no longer served here: the clerk chooses
                }
            }
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.intake");
    }
}
