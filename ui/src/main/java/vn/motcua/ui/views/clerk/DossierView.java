package vn.motcua.ui.views.clerk;

import vn.motcua.core.context.BusinessTime;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.core.context.Permission;
import vn.motcua.ui.security.CallContexts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamRegistration;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.VaadinSession;
import org.jsoup.nodes.Entities;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierAction;
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
import vn.motcua.core.context.Role;
import vn.motcua.tenants.staff.StaffView;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;
import vn.motcua.ui.views.clerk.actions.DossierActionBar;
import vn.motcua.ui.views.clerk.actions.DossierRequest;
import vn.motcua.ui.views.clerk.actions.RequestEvent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One dossier as its center's staff work on it (/ho-so/&lt;id&gt;): where it stands, its papers, the control
 * sheet, notes and fees, and an action bar with exactly the actions the life cycle and the caller's rights allow
 * ({@link DossierActionBar}). Every action sends the version shown, so a colleague's change made meanwhile is
 * reported instead of overwritten.
 */
@Route(value = "ho-so", layout = MainLayout.class)
@RequiresPermission(Permission.WORK_ON_DOSSIERS)
@Prototype
public class DossierView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    /** The read-only tables' look (Lumo's colours and spacing), opening the one root element an Html needs. */
    private static final String TABLE_STYLE = "<div style=\"width:100%;overflow-x:auto\"><style>"
            + ".dossier-table{border-collapse:collapse;width:100%;font-size:var(--lumo-font-size-s)}"
            + ".dossier-table th{text-align:left;font-weight:500;color:var(--lumo-secondary-text-color)}"
            + ".dossier-table th,.dossier-table td{padding:var(--lumo-space-xs) var(--lumo-space-s);"
            + "border-bottom:1px solid var(--lumo-contrast-10pct);vertical-align:top}"
            + "</style>";
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final DossierDesk desk;
    private final DossierSlips slips;
    private final CallContexts calls;
    private long dossierId;
    DossierFile file;
    DossierActionBar actions;
    final Div slip = new Div();
    private final List<StreamRegistration> downloads = new ArrayList<>();
    private Map<String, String> names = Map.of();

    public DossierView(DossierDesk desk, DossierSlips slips, CallContexts calls) {
        this.desk = desk;
        this.slips = slips;
        this.calls = calls;
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    /** Shows dossier {@code id}; another center's id throws NotFoundException and the page shows "not found". */
    void show(long id) {
        dossierId = id;
        reload();
    }

    private void reload() {
        file = desk.file(calls.current(), dossierId);
        render();
    }

    private void render() {
        removeAll();
        releaseDownloads();
        Dossier d = file.dossier();
        names = people();
        H2 title = new H2(Texts.t("dossier.heading", d.code()));
        title.setId("dossier-code");
        Span status = badge(d.status().label(), statusTheme(d, calls.time().now()));
        status.setId("dossier-status");
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        facts.addFormItem(new Span(d.procedureName()), Texts.t("dossier.field.procedure"));
        facts.addFormItem(new Span(d.applicantName()), Texts.t("dossier.field.applicant"));
        facts.addFormItem(new Span(d.channel().label()), Texts.t("dossier.field.channel"));
        Span received = new Span(time(d.receivedAt()) + (d.receivedBy() == null ? "" : " — " + nameOf(d.receivedBy())));
        if (d.receivedBy() != null) {
            received.getElement().setAttribute("title", d.receivedBy());
        }
        received.setId("dossier-received");
        facts.addFormItem(received, Texts.t("dossier.field.received"));
        Span due = badge(time(d.appointment()), !d.status().isOpen() ? "" : urgencyTheme(d, calls.time().now()));
        due.setId("dossier-due");
        facts.addFormItem(due, d.appointmentAt() != null ? Texts.t("dossier.rescheduledDue") : Texts.t("dossier.due"));
        Span step = new Span(d.currentStep() == null ? "" : (d.currentStep() + 1) + "/" + file.steps().size() + ": "
                + file.currentStepName());
        step.setId("dossier-step");
        facts.addFormItem(step, Texts.t("dossier.currentStep"));
        Span assignee = new Span(d.assignee() == null ? Texts.t("dossier.unassigned", roleLabel(d.stepRole())) : nameOf(d.assignee()));
        if (d.assignee() != null) {
            assignee.getElement().setAttribute("title", d.assignee());
        }
        assignee.setId("dossier-assignee");
        facts.addFormItem(assignee, Texts.t("dossier.field.assignee"));
        if (d.countedLate()) {
            facts.addFormItem(badge(Texts.t("dossier.lateSupplement"), "error"), Texts.t("dossier.note"));
        }
        HorizontalLayout head = new HorizontalLayout(title, status);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        slip.setId("dossier-slip");
        actions = new DossierActionBar(file, () -> desk.colleagues(calls.current()), IntakeView.MAX_FILE, this::carryOut,
                d.assignee() == null ? null : nameOf(d.assignee()));
        add(head, facts, actions, slip, documents(), controlSheet(), comments(), fees());
        if (file.rating() != null) {
            add(new Paragraph(Texts.t("dossier.rating", file.rating().level().label())
                    + (file.rating().comment() == null ? "" : " — " + file.rating().comment())));
        }
    }

    // ---- carrying out what the action bar asks ----------------------------------------------------------------

    private void carryOut(RequestEvent event) {
        DossierRequest request = event.request();
        boolean done;
        if (request instanceof DossierRequest.Command c) {
            Dossier updated = act(c.command());
            if (updated != null) {
                offerSlip(c, updated);
            }
            done = updated != null;
        } else if (request instanceof DossierRequest.Assign a) {
            done = run(() -> {
                desk.assign(calls.current(), dossierId, file.dossier().version(), a.assignee());
                Notices.success(Texts.t("dossier.assigned"));
                return true;
            });
        } else {
            DossierRequest.Resolve r = (DossierRequest.Resolve) request;
            done = resolve(r.fileName(), r.content());
        }
        if (done) {
            event.done();
        }
    }

    /** Runs a life-cycle command on the version shown; tells the person plainly what happened. */
    Dossier act(DossierCommand command) {
        Dossier[] updated = new Dossier[1];
        run(() -> {
            updated[0] = desk.apply(calls.current(), dossierId, file.dossier().version(), command);
            Notices.success(Texts.t("dossier.updated", updated[0].status().label()));
            return true;
        });
        return updated[0];
    }

    /** Resolves with an uploaded result (also how view tests resolve without a browser). */
    boolean resolve(String fileName, byte[] content) {
        return run(() -> {
            desk.resolve(calls.current(), dossierId, file.dossier().version(), fileName, content);
            Notices.success(Texts.t("dossier.resolved"));
            return true;
        });
    }

    private void offerSlip(DossierRequest.Command c, Dossier updated) {
        switch (c.slip()) {
            case SUPPLEMENT_REQUEST -> {
                String reason = ((DossierCommand.RequestSupplement) c.command()).reason();
                offerSlip("phieu-yeu-cau-bo-sung-" + updated.code() + ".pdf", Texts.t("dossier.slip.supplement"),
                        () -> slips.supplementRequest(calls.current(), updated.id(), reason));
            }
            case APOLOGY_LETTER -> {
                String reason = ((DossierCommand.RecordApology) c.command()).reason().strip();
                offerSlip("van-ban-xin-loi-" + updated.code() + ".pdf", Texts.t("dossier.slip.apology"),
                        () -> slips.apologyLetter(calls.current(), updated.id(), reason));
            }
            case STOP_NOTICE -> {
                String reason = ((DossierCommand.Reject) c.command()).reason().strip();
                offerSlip("thong-bao-dung-" + updated.code() + ".pdf", Texts.t("dossier.slip.stop"),
                        () -> slips.stopNotice(calls.current(), updated.id(), reason));
            }
            case NONE -> {
            }
        }
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
            Notices.error(Texts.t("dossier.conflict"));
            reload();
            return false;
        }
    }

    // ---- sections -------------------------------------------------------------------------------------------

    /**
     * The papers as one server-built table (a grid costs a state node per column and per link): each download
     * link points at a resource registered in the session for as long as the table is shown.
     */
    private Component documents() {
        StringBuilder html = new StringBuilder(TABLE_STYLE + "<table id=\"dossier-documents\" class=\"dossier-table\"><thead><tr>");
        head(html, Texts.t("dossier.documents.name"), Texts.t("dossier.documents.kind"), Texts.t("dossier.documents.size"), "");
        html.append("</tr></thead><tbody>");
        for (DossierDocument d : file.documents()) {
            StreamResource resource = new StreamResource(d.fileName() == null ? "giay-to-" + d.id() : d.fileName(),
                    () -> new ByteArrayInputStream(desk.download(calls.current(), d.id()).content()));
            resource.setContentType(d.contentType());
            StreamRegistration registration = VaadinSession.getCurrent().getResourceRegistry().registerResource(resource);
            downloads.add(registration);
            html.append("<tr>");
            cell(html, d.name());
            cell(html, d.kind() == DossierDocument.Kind.RESULT ? Texts.t("dossier.documents.result")
                    : d.reusedFrom() != null ? Texts.t("dossier.documents.reused") : Texts.t("dossier.documents.scan"));
            cell(html, String.format(Locale.ROOT, "%,d KB", Math.max(1, d.sizeBytes() / 1024)));
            html.append("<td><a target=\"_blank\" href=\"").append(escape(registration.getResourceUri().toString()))
                    .append("\">").append(escape(Texts.t("dossier.documents.download"))).append("</a></td></tr>");
        }
        html.append("</tbody></table></div>");
        return section(Texts.t("dossier.documents.heading"), new Html(html.toString()));
    }

    /** The control sheet (form 06), read-only: one server-built table. */
    private Component controlSheet() {
        StringBuilder html = new StringBuilder(TABLE_STYLE + "<table id=\"dossier-control-sheet\" class=\"dossier-table\"><thead><tr>");
        head(html, "TT", Texts.t("dossier.events.action"), Texts.t("dossier.events.step"), Texts.t("dossier.events.actor"),
                Texts.t("dossier.events.at"), Texts.t("dossier.events.timeUsed"), Texts.t("dossier.events.note"));
        html.append("</tr></thead><tbody>");
        for (DossierEvent e : file.controlSheet()) {
            html.append("<tr>");
            cell(html, String.valueOf(e.number()));
            cell(html, actionLabel(e.action()));
            cell(html, stepLabel(e.fromStep()) + " → " + stepLabel(e.toStep()));
            person(html, e.actor());
            cell(html, time(e.at()));
            if (e.usedMin() == null || e.stepBudgetMin() == null) {
                cell(html, "");
            } else {
                boolean over = e.usedMin() > e.stepBudgetMin();
                html.append("<td><span theme=\"badge ").append(over ? "error" : "success").append("\">")
                        .append(escape(hours(e.usedMin()) + " / " + hours(e.stepBudgetMin()))).append("</span></td>");
            }
            cell(html, e.note() == null ? "" : e.note());
            html.append("</tr>");
        }
        html.append("</tbody></table></div>");
        return section(Texts.t("dossier.events.heading"), printouts(), new Html(html.toString()));
    }

    /** Re-printing the receipt (form 01) and printing the control sheet (form 06); each PDF is made on the click. */
    private Component printouts() {
        Dossier d = file.dossier();
        Anchor receipt = pdfLink("giay-tiep-nhan-" + d.code() + ".pdf", Texts.t("dossier.print.receipt"),
                () -> slips.receipt(calls.current(), dossierId, publicBaseUrl()));
        receipt.setId("print-receipt");
        Anchor sheet = pdfLink("phieu-kiem-soat-" + d.code() + ".pdf", Texts.t("dossier.print.controlSheet"),
                () -> slips.controlSheet(calls.current(), dossierId));
        sheet.setId("print-control-sheet");
        HorizontalLayout links = new HorizontalLayout(receipt, sheet);
        links.setSpacing(true);
        return links;
    }

    private static Anchor pdfLink(String fileName, String label, Supplier<byte[]> pdf) {
        StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(pdf.get()));
        resource.setContentType("application/pdf");
        Anchor link = new Anchor(resource, label);
        link.setTarget("_blank");
        return link;
    }

    /** Where the public status lookup is (the receipt's QR code): MOTCUA_PUBLIC_URL, as at intake. */
    private static String publicBaseUrl() {
        String configured = System.getenv("MOTCUA_PUBLIC_URL");
        return configured == null || configured.isBlank() ? "http://localhost:8080" : configured;
    }

    /** The notes as one block of text; the form to write one is built when its button is clicked. */
    private Component comments() {
        StringBuilder html = new StringBuilder("<div id=\"dossier-comments\">");
        file.comments().forEach(c -> {
            html.append("<p>").append(escape(time(c.createdAt()) + " — "));
            personText(html, c.author());
            html.append(escape(": " + c.body())).append("</p>");
        });
        html.append("</div>");
        VerticalLayout box = section(Texts.t("dossier.comments.heading"), new Html(html.toString()));
        if (file.allows(DossierAction.COMMENT)) {
            Button open = new Button(Texts.t("dossier.comments.add"), VaadinIcon.COMMENT_O.create());
            open.setId("comment-open");
            open.addClickListener(e -> {
                box.remove(open);
                box.add(commentForm());
            });
            box.add(open);
        }
        return box;
    }

    private Component commentForm() {
        TextArea body = new TextArea();
        body.setId("comment-body");
        body.setPlaceholder(Texts.t("dossier.comments.placeholder"));
        body.setWidth("40em");
        Button send = new Button(Texts.t("dossier.comments.send"), e -> run(() -> {
            desk.comment(calls.current(), dossierId, body.getValue());
            return true;
        }));
        send.setId("comment-send");
        return new HorizontalLayout(body, send);
    }

    /** The fees as one server-built table; recording one opens a dialog built on the click. */
    private Component fees() {
        StringBuilder html = new StringBuilder(TABLE_STYLE + "<table id=\"dossier-fees\" class=\"dossier-table\"><thead><tr>");
        head(html, Texts.t("dossier.fees.amount"), Texts.t("dossier.fees.method"), Texts.t("dossier.fees.receipt"),
                Texts.t("dossier.fees.recordedBy"));
        html.append("</tr></thead><tbody>");
        for (DossierFee f : file.fees()) {
            html.append("<tr>");
            cell(html, Texts.t("dossier.fees.amountValue", String.format(Locale.ROOT, "%,d", f.amountVnd()).replace(',', '.')));
            cell(html, f.method().label());
            cell(html, f.receiptNumber());
            html.append("<td>");
            personText(html, f.recordedBy());
            html.append(escape(" — " + time(f.recordedAt()))).append("</td></tr>");
        }
        html.append("</tbody></table></div>");
        VerticalLayout box = section(Texts.t("dossier.fees.heading"), new Html(html.toString()));
        if (file.allows(DossierAction.RECORD_FEE)) {
            Button open = new Button(Texts.t("dossier.fees.record"), VaadinIcon.MONEY.create(), e -> feeForm().open());
            open.setId("fee-open");
            box.add(open);
        }
        return box;
    }

    /** The fee form, in a dialog (ids fee-amount, fee-method, fee-receipt, fee-record). */
    Dialog feeForm() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Texts.t("dossier.fees.record"));
        IntegerField amount = new IntegerField(Texts.t("dossier.fees.amountField"));
        amount.setId("fee-amount");
        Select<DossierFee.Method> method = new Select<>();
        method.setId("fee-method");
        method.setLabel(Texts.t("dossier.fees.methodField"));
        method.setItems(DossierFee.Method.values());
        method.setItemLabelGenerator(DossierFee.Method::label);
        TextField receipt = new TextField(Texts.t("dossier.fees.receipt"));
        receipt.setId("fee-receipt");
        Button record = new Button(Texts.t("dossier.fees.record"), e -> {
            try {
                desk.recordFee(calls.current(), dossierId, amount.getValue() == null ? 0 : amount.getValue(), method.getValue(),
                        receipt.getValue());
                Notices.success(Texts.t("dossier.fees.recorded"));
                dialog.close();
                reload();
            } catch (InvalidInputException ex) {
                Notices.show(ex, java.util.Map.of("amount", amount, "method", method, "receiptNumber", receipt));
            }
        });
        record.setId("fee-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(amount, method, receipt));
        dialog.getFooter().add(new Button(Texts.t("common.cancel"), e -> dialog.close()), record);
        return dialog;
    }

    // ---- server-built tables ---------------------------------------------------------------------------------

    private static void head(StringBuilder html, String... headers) {
        for (String h : headers) {
            html.append("<th>").append(escape(h)).append("</th>");
        }
    }

    private static void cell(StringBuilder html, String text) {
        html.append("<td>").append(escape(text == null ? "" : text)).append("</td>");
    }

    private void person(StringBuilder html, String login) {
        html.append("<td>");
        personText(html, login);
        html.append("</td>");
    }

    /** A person as shown in a table: the full name, the login name (what the record holds) on hover. */
    private void personText(StringBuilder html, String login) {
        if (login == null || login.isBlank()) {
            return;
        }
        html.append("<span title=\"").append(escape(login)).append("\">").append(escape(nameOf(login))).append("</span>");
    }

    /** The person's full name, or the login name when it is no one's at this center. */
    String nameOf(String login) {
        return names.getOrDefault(login, login);
    }

    /** The full names of everyone the page names, in one query. */
    private Map<String, String> people() {
        List<String> logins = new ArrayList<>();
        logins.add(file.dossier().assignee());
        logins.add(file.dossier().receivedBy());
        file.controlSheet().forEach(e -> logins.add(e.actor()));
        file.fees().forEach(f -> logins.add(f.recordedBy()));
        file.comments().forEach(c -> logins.add(c.author()));
        return desk.fullNames(calls.current(), logins);
    }

    /** Text made safe for HTML content and attribute values alike. */
    static String escape(String text) {
        return Entities.escape(text).replace("\"", "&quot;").replace("'", "&#39;");
    }

    private void releaseDownloads() {
        downloads.forEach(StreamRegistration::unregister);
        downloads.clear();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        releaseDownloads();
        super.onDetach(detachEvent);
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
        return role == null ? "" : Role.parse(role).map(r -> r.label().toLowerCase(Locale.forLanguageTag("vi"))).orElse(role);
    }

    private static String hours(long minutes) {
        return minutes % 60 == 0 ? Texts.t("dossier.hours", minutes / 60) : Texts.t("dossier.hoursMinutes", minutes / 60, minutes % 60);
    }

    static String time(Instant t) {
        return t == null ? "" : SHOWN.format(t.atZone(BusinessTime.ZONE));
    }

    static String statusTheme(Dossier d, Instant now) {
        DossierStatus s = d.status();
        if (s == DossierStatus.RETURNED || s == DossierStatus.RESOLVED) {
            return "success";
        }
        if (s == DossierStatus.STOPPED || s == DossierStatus.REJECTED || s == DossierStatus.WITHDRAWN) {
            return "contrast";
        }
        return BusinessTime.urgency(d.dueAt(), now) == BusinessTime.Urgency.OVERDUE ? "error" : "";
    }

    /** The due date's colour: the same {@link BusinessTime#urgency} rule the inbox tabs count by. */
    public static String urgencyTheme(Dossier d, Instant now) {
        return switch (BusinessTime.urgency(d.dueAt(), now)) {
            case OVERDUE -> "error";
            case DUE_SOON -> "contrast";
            case ON_TRACK -> "success";
        };
    }

    static Span badge(String text, String theme) {
        Span span = new Span(text);
        span.getElement().getThemeList().add(("badge " + theme).trim());
        return span;
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.dossier");
    }
}
