package vn.motcua.ui.views.catalog;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.catalog.CatalogCompleteness;
import vn.motcua.core.catalog.CatalogCoverage;
import vn.motcua.core.catalog.CatalogGap;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.context.Permission;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Texts;

import java.util.EnumMap;
import java.util.Map;

/**
 * Provincial IT: the procedures communes serve that lack a fact the counter needs (a countable deadline, fees, a
 * counted checklist, forms) or whose deadline unit the parser assumed — with the counts of each at the top, a filter
 * by missing fact, search without diacritics, paging, and a correction form per row that publishes a new version;
 * a procedure made complete leaves the list.
 */
@Route(value = "tinh/danh-muc/do-day-du", layout = MainLayout.class)
@RequiresPermission(Permission.ADMINISTER_PROVINCE)
@Prototype
public class CompletenessView extends VerticalLayout implements HasDynamicTitle {
    final Grid<CatalogCompleteness.Row> grid = new Grid<>();
    final TextField search = new TextField();
    final ComboBox<CatalogGap> gap = new ComboBox<>(Texts.t("completeness.filter"));
    final Span complete = new Span();
    final Span total = new Span();
    final Map<CatalogGap, Button> counts = new EnumMap<>(CatalogGap.class);
    private final CatalogCompleteness completeness;
    private final CatalogService catalog;
    private final CallContexts calls;

    public CompletenessView(CatalogCompleteness completeness, CatalogService catalog, CallContexts calls) {
        this.completeness = completeness;
        this.catalog = catalog;
        this.calls = calls;
        setSizeFull();

        complete.setId("completeness-complete");
        FlexLayout summary = new FlexLayout(complete);
        summary.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        summary.setAlignItems(FlexComponent.Alignment.CENTER);
        summary.getStyle().set("gap", "var(--lumo-space-s)");
        for (CatalogGap g : CatalogGap.values()) {
            Button count = new Button();
            count.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            count.setId("completeness-count-" + g.name());
            count.addClickListener(e -> gap.setValue(g));
            counts.put(g, count);
            summary.add(count);
        }

        search.setLabel(Texts.t("common.searchCodeOrName"));
        search.setPlaceholder(Texts.t("completeness.searchPlaceholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22em");
        search.setId("completeness-search");
        gap.setItems(CatalogGap.values());
        gap.setItemLabelGenerator(CompletenessView::label);
        gap.setClearButtonVisible(true);
        gap.setPlaceholder(Texts.t("completeness.filterAll"));
        gap.setWidth("22em");
        gap.setId("completeness-gap");
        total.setId("completeness-total");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        gap.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(CatalogCompleteness.Row::nationalCode).setHeader(Texts.t("procedure.field.nationalCode"))
                .setKey("code").setWidth("7em").setFlexGrow(0);
        grid.addColumn(CatalogCompleteness.Row::name).setHeader(Texts.t("procedure.field.name")).setKey("name").setFlexGrow(3);
        grid.addColumn(CatalogCompleteness.Row::field).setHeader(Texts.t("procedure.field.field")).setKey("field").setFlexGrow(1);
        grid.addComponentColumn(CompletenessView::badges).setHeader(Texts.t("completeness.missing")).setKey("gaps")
                .setFlexGrow(2);
        grid.addColumn(CatalogCompleteness.Row::centers).setHeader(Texts.t("completeness.centers")).setKey("centers")
                .setWidth("6.5em").setFlexGrow(0);
        grid.addComponentColumn(this::fixButton).setKey("fix").setWidth("7.5em").setFlexGrow(0);
        grid.setPageSize(50);
        grid.setId("completeness-grid");
        grid.setItems(query -> {
            CatalogCompleteness.Result result = completeness.incomplete(calls.current(), gap.getValue(), search.getValue(),
                    query.getPage(), query.getPageSize());
            show(result);
            return result.rows().stream();
        }, query -> {
            CatalogCompleteness.Result result = completeness.incomplete(calls.current(), gap.getValue(), search.getValue(), 0, 1);
            show(result);
            return result.total();
        });

        HorizontalLayout filters = new HorizontalLayout(search, gap, total);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(Texts.t("completeness.heading")), summary, filters, grid);
        expand(grid);
    }

    private void show(CatalogCompleteness.Result result) {
        CatalogCoverage c = result.coverage();
        complete.setText(Texts.t("completeness.complete", c.complete(), c.procedures()));
        for (CatalogGap g : CatalogGap.values()) {
            counts.get(g).setText(label(g) + ": " + c.missing(g));
        }
        total.setText(Texts.t("completeness.total", result.total()));
    }

    private Component fixButton(CatalogCompleteness.Row row) {
        Button fix = new Button(Texts.t("completeness.fix"), VaadinIcon.EDIT.create());
        fix.addThemeVariants(ButtonVariant.LUMO_SMALL);
        fix.setId("fix-" + row.nationalCode());
        fix.addClickListener(e -> new CompletenessDialog(completeness, catalog.get(row.procedureId()), calls,
                saved -> grid.getDataProvider().refreshAll()).open());
        return fix;
    }

    static Component badges(CatalogCompleteness.Row row) {
        FlexLayout badges = new FlexLayout();
        badges.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        badges.getStyle().set("gap", "var(--lumo-space-xs)");
        for (CatalogGap g : row.gaps()) {
            Span badge = new Span(label(g));
            badge.getElement().getThemeList().add(g == CatalogGap.DEADLINE_UNIT_ASSUMED ? "badge contrast small" : "badge error small");
            // a long label wraps inside the column instead of being cut at 1366 px
            badge.getStyle().set("white-space", "normal").set("max-width", "100%");
            badges.add(badge);
        }
        return badges;
    }

    static String label(CatalogGap gap) {
        return Texts.t("completeness.gap." + gap.name());
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.completeness");
    }
}
