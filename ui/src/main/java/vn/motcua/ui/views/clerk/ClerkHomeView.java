package vn.motcua.ui.views.clerk;

import vn.motcua.core.context.BusinessTime;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.core.context.Permission;
import vn.motcua.ui.security.CallContexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierInbox;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.tenants.security.Principal;
import vn.motcua.core.context.Role;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Texts;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A clerk's working page: who and where, the counts read at a glance, and the open dossiers soonest due first. */
@Route(value = "tiep-nhan", layout = MainLayout.class)
@RequiresPermission(Permission.WORK_ON_DOSSIERS)
@Prototype
public class ClerkHomeView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    final Grid<Dossier> inbox = new Grid<>();
    final TextField search = new TextField();
    final Tabs buckets = new Tabs();
    private DossierInbox.Bucket bucket = DossierInbox.Bucket.OPEN;

    private final CallContexts calls;

    public ClerkHomeView(CenterService centers, vn.motcua.tenants.dossier.DossierDesk dossiers, CallContexts calls,
                         vn.motcua.core.queue.TicketService tickets, vn.motcua.core.counter.CounterService counters) {
        this.calls = calls;
        Principal p = Session.require();
        ServiceCenter center = centers.current(calls.current());
        setSizeFull();
        H2 title = new H2(Texts.t("home.greeting", p.fullName()));
        title.setId("clerk-greeting");
        Paragraph where = new Paragraph(Texts.t("home.center", center.displayName(), center.provinceName()));
        where.setId("clerk-center");

        DossierInbox.Counts counts = dossiers.counts(calls.current());
        java.util.Map<Tab, DossierInbox.Bucket> tabs = new java.util.LinkedHashMap<>();
        for (DossierInbox.Bucket b : List.of(DossierInbox.Bucket.MINE, DossierInbox.Bucket.MY_ROLE,
                DossierInbox.Bucket.DUE_SOON, DossierInbox.Bucket.OVERDUE, DossierInbox.Bucket.OPEN)) {
            long n = counts.of(b);
            String theme = switch (b) {
                case OVERDUE -> n > 0 ? "error" : "success";
                case DUE_SOON -> n > 0 ? "contrast" : "success";
                default -> "";
            };
            Tab tab = new Tab(new Span(b.label() + " "), badge(String.valueOf(n), theme));
            tab.setId("bucket-" + b.name().toLowerCase(java.util.Locale.ROOT));
            tabs.put(tab, b);
            buckets.add(tab);
        }
        buckets.setId("inbox-buckets");
        bucket = DossierInbox.Bucket.MINE;
        buckets.addSelectedChangeListener(e -> {
            bucket = tabs.getOrDefault(e.getSelectedTab(), DossierInbox.Bucket.OPEN);
            inbox.getDataProvider().refreshAll();
        });

        search.setPlaceholder(Texts.t("home.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("30em");
        search.setId("inbox-search");
        search.addValueChangeListener(e -> inbox.getDataProvider().refreshAll());
        Button receive = new Button(Texts.t("home.receive"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class)));
        receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        inbox.setId("inbox-grid");
        inbox.addColumn(Dossier::code).setHeader(Texts.t("dossier.field.code")).setAutoWidth(true);
        inbox.addColumn(Dossier::applicantName).setHeader(Texts.t("dossier.field.applicant")).setAutoWidth(true);
        // long procedure names wrap instead of ending in "…" at 1366 px, and the whole name is on hover too
        inbox.addColumn(Dossier::procedureName).setHeader(Texts.t("dossier.field.procedure")).setFlexGrow(2)
                .setWidth("12em").setTooltipGenerator(Dossier::procedureName);
        inbox.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        inbox.addColumn(d -> d.status().label()).setHeader(Texts.t("dossier.field.status")).setWidth("8em").setFlexGrow(0);
        inbox.addComponentColumn(d -> badge(SHOWN.format(d.dueAt().atZone(BusinessTime.ZONE)),
                DossierView.urgencyTheme(d, calls.time().now())))
                .setHeader(Texts.t("dossier.field.due")).setAutoWidth(true);
        // people by their names (a center has a handful of staff: one look-up for the page), the login on hover
        java.util.Map<String, String> names = new java.util.HashMap<>();
        dossiers.colleagues(calls.current()).forEach(s -> names.put(s.username(), s.fullName()));
        inbox.addColumn(d -> d.assignee() == null ? "" : names.getOrDefault(d.assignee(), d.assignee()))
                .setTooltipGenerator(d -> d.assignee() == null ? "" : d.assignee())
                .setHeader(Texts.t("dossier.field.assignee")).setKey("assignee").setAutoWidth(true);
        inbox.setItems(q -> dossiers.inbox(calls.current(), bucket, search.getValue(), q.getPage(), q.getPageSize()).getContent().stream(),
                q -> (int) dossiers.inbox(calls.current(), bucket, search.getValue(), 0, 1).getTotalSize());
        inbox.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DossierView.class, e.getItem().id())));
        Button all = new Button(Texts.t("home.searchAll"), VaadinIcon.ARCHIVE.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(DossierSearchView.class)));

        Paragraph role = new Paragraph(Texts.t("home.role", p.role().label()));
        // who and where in two tight lines, so the counter panel and the inbox fit a 1366x768 window
        title.getStyle().set("margin", "0");
        where.getStyle().set("margin", "0");
        role.getStyle().set("margin", "0");
        inbox.setMinHeight("20em");
        add(title, where, role);
        if (calls.current().may(Permission.RECEIVE_DOSSIERS)) {
            add(new vn.motcua.ui.views.queue.CounterPanel(tickets, counters, calls));
        }
        add(new HorizontalLayout(receive, search, all), buckets, inbox);
        expand(inbox);
    }

    private static Span badge(String text, String theme) {
        Span span = new Span(text);
        span.getElement().getThemeList().add("badge " + theme);
        return span;
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.home");
    }
}
