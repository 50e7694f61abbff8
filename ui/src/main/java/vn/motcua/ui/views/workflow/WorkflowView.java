package vn.motcua.ui.views.workflow;

import vn.motcua.core.context.BusinessTime;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.core.context.Permission;
import vn.motcua.ui.security.CallContexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.catalog.CatalogQuery;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.Procedure;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Messages;
import vn.motcua.core.validation.Problem;
import vn.motcua.core.workflow.WorkflowRules;
import vn.motcua.core.workflow.WorkflowStep;
import vn.motcua.core.workflow.WorkflowVersion;
import vn.motcua.tenants.catalog.CenterCatalogService;
import vn.motcua.tenants.security.Principal;
import vn.motcua.core.context.Role;
import vn.motcua.tenants.workflow.WorkflowAdmin;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The director's workflow editor: pick a served procedure, edit its steps, see the total against the
 * legal deadline while typing; saving creates a new version (dossiers already running keep theirs).
 */
@Route(value = "trung-tam/quy-trinh", layout = MainLayout.class)
@RequiresPermission(Permission.EDIT_WORKFLOWS)
@Prototype
public class WorkflowView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(BusinessTime.ZONE);

    private final WorkflowAdmin workflows;
    private final Principal principal;
    final ComboBox<Procedure> procedure = new ComboBox<>(Texts.t("workflow.procedure"));
    private final Paragraph deadlineText = new Paragraph();
    private final Span source = new Span();
    final VerticalLayout stepList = new VerticalLayout();
    final Span total = new Span();
    private final ProgressBar gauge = new ProgressBar();
    final Div problems = new Div();
    final Button save = new Button(Texts.t("workflow.save"));
    private final Grid<WorkflowVersion> history = new Grid<>();
    private final List<StepEditor> editors = new ArrayList<>();
    private LegalDeadline deadline;
    private int basedOnVersion;

    private final CallContexts calls;

    public WorkflowView(WorkflowAdmin workflows, CenterCatalogService centerCatalog, CatalogService catalog, CallContexts calls) {
        this.calls = calls;
        this.workflows = workflows;
        this.principal = Session.require();
        setWidthFull();
        boolean province = WorkflowAdmin.editsProvinceDefault(calls.current());
        add(new H2(province ? Texts.t("workflow.provinceHeading") : Texts.t("workflow.centerHeading")));
        if (province) {
            add(new Paragraph(Texts.t("workflow.provinceNote")));
        }

        List<Problem> warnings = province ? List.of() : workflows.deadlineWarnings(calls.current(), code -> deadlineOf(catalog, code));
        if (!warnings.isEmpty()) {
            Div box = new Div();
            box.setId("workflow-warnings");
            box.getElement().getThemeList().add("badge error");
            box.getStyle().set("display", "block").set("padding", "var(--lumo-space-s)");
            box.add(new Span(Texts.t("workflow.shortenedDeadline")));
            warnings.forEach(w -> box.add(new Div(w.message())));
            add(box);
        }

        procedure.setId("workflow-procedure");
        procedure.setWidthFull();
        procedure.setMaxWidth("60em");
        procedure.setItemLabelGenerator(p -> p.nationalCode() + " — " + p.name());
        procedure.setItems(query -> (province
                ? catalog.search(CatalogQuery.text(query.getFilter().orElse("")), query.getPage(), query.getPageSize(), "name", true)
                : centerCatalog.list(calls.current(), true, query.getFilter().orElse(""), query.getPage(), query.getPageSize(),
                        "name", true)).getContent().stream());
        procedure.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load(e.getValue());
            }
        });

        stepList.setPadding(false);
        stepList.setId("workflow-steps");
        total.setId("workflow-total");
        problems.setId("workflow-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        gauge.setWidth("20em");
        Button addStep = new Button(Texts.t("workflow.addStep"), VaadinIcon.PLUS.create(), e -> {
            addEditor(new WorkflowStep("", Role.CLERK.name(), null, 4, WorkflowStep.BudgetUnit.HOURS, false, false));
            refresh();
        });
        addStep.setId("workflow-add-step");
        save.setId("workflow-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setEnabled(calls.current().managesCenter() || province);

        history.addColumn(WorkflowVersion::version).setHeader(Texts.t("workflow.history.version")).setAutoWidth(true);
        history.addColumn(v -> v.procedureVersion() == null ? "" : String.valueOf(v.procedureVersion()))
                .setHeader(Texts.t("workflow.history.procedureVersion")).setAutoWidth(true);
        history.addColumn(v -> Texts.t("workflow.history.hours", v.totalHours())).setHeader(Texts.t("workflow.history.total"));
        history.addColumn(v -> v.steps().size()).setHeader(Texts.t("workflow.history.steps"));
        history.addColumn(WorkflowVersion::createdBy).setHeader(Texts.t("workflow.history.by"));
        history.addColumn(v -> v.createdAt() == null ? "" : WHEN.format(v.createdAt())).setHeader(Texts.t("workflow.history.at"));
        history.setAllRowsVisible(true);

        VerticalLayout editor = new VerticalLayout(deadlineText, source, stepList, addStep,
                new HorizontalLayout(total, gauge), problems, save, new H3(Texts.t("workflow.history.heading")), history);
        editor.setPadding(false);
        editor.setVisible(false);
        procedure.addValueChangeListener(e -> editor.setVisible(e.getValue() != null));
        add(procedure, editor);
    }

    static LegalDeadline deadlineOf(CatalogService catalog, String code) {
        try {
            return deadlineOf(catalog.getByCode(code).procedure());
        } catch (RuntimeException e) {
            return null;
        }
    }

    static LegalDeadline deadlineOf(Procedure p) {
        LegalDeadline d = p.legalDeadline();
        return d.isCountable() ? d : null;
    }

    private void load(Procedure p) {
        deadline = deadlineOf(p);
        deadlineText.setText(deadline == null ? Texts.t("workflow.noDeadline")
                : Texts.t("workflow.deadline", deadline, WorkflowRules.deadlineHours(deadline)));
        WorkflowVersion current = workflows.current(calls.current(), p.nationalCode(), deadline);
        boolean own = WorkflowAdmin.editsProvinceDefault(calls.current()) ? current.source() == WorkflowVersion.Source.PROVINCE
                : current.source() == WorkflowVersion.Source.CENTER;
        basedOnVersion = own ? current.version() : 0;
        source.setText(current.source().label() + (current.version() > 0 ? Texts.t("workflow.sourceVersion", current.version()) : ""));
        editors.clear();
        stepList.removeAll();
        current.steps().forEach(this::addEditor);
        history.setItems(workflows.history(calls.current(), p.nationalCode()));
        refresh();
    }

    private void addEditor(WorkflowStep step) {
        StepEditor row = new StepEditor(step, this::refresh);
        row.up.addClickListener(e -> move(row, -1));
        row.down.addClickListener(e -> move(row, 1));
        row.remove.addClickListener(e -> {
            editors.remove(row);
            stepList.remove(row);
            refresh();
        });
        editors.add(row);
        stepList.add(row);
    }

    private void move(StepEditor row, int by) {
        int at = editors.indexOf(row);
        int to = at + by;
        if (to < 0 || to >= editors.size()) {
            return;
        }
        editors.remove(at);
        editors.add(to, row);
        stepList.removeAll();
        editors.forEach(stepList::add);
        refresh();
    }

    List<WorkflowStep> steps() {
        return editors.stream().map(StepEditor::step).toList();
    }

    /** Recomputes the total and the rules' verdict as the director types. */
    void refresh() {
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).number.setText((i + 1) + ".");
        }
        List<WorkflowStep> steps = steps();
        int sum = steps.stream().filter(s -> s.unit() != null && s.budget() > 0)
                .mapToInt(s -> s.budgetHours(WorkflowRules.HOURS_PER_DAY)).sum();
        int limit = deadline == null ? 0 : WorkflowRules.deadlineHours(deadline);
        total.setText(limit > 0 ? Texts.t("workflow.totalOfLimit", sum, limit) : Texts.t("workflow.total", sum));
        gauge.setValue(limit > 0 ? Math.min(1.0, sum / (double) limit) : 0);
        gauge.getElement().getThemeList().set("error", limit > 0 && sum > limit);
        gauge.getElement().getThemeList().set("success", limit > 0 && sum <= limit);
        problems.removeAll();
        workflows.check(calls.current(), steps, deadline).forEach(p -> problems.add(new Div(p.message())));
    }

    void save() {
        Procedure p = procedure.getValue();
        try {
            WorkflowVersion saved = workflows.save(calls.current(), p.nationalCode(), p.currentVersion(), deadline, steps(), basedOnVersion);
            Notices.success(Texts.t("workflow.saved", saved.version()));
            load(p);
        } catch (InvalidInputException e) {
            Notices.error(e.vietnamese());
        } catch (ConcurrentChangeException e) {
            Notices.error(Messages.vi("concurrent.change"));
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.workflow");
    }
}
