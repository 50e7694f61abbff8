package vn.motcua.ui.views.catalog;

import vn.motcua.ui.security.CallContexts;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.core.context.Permission;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.FieldChange;
import vn.motcua.core.catalog.ProcedureDetail;
import vn.motcua.core.catalog.ProcedureVersion;
import vn.motcua.tenants.catalog.CatalogAdministration;
import vn.motcua.core.context.Role;
import vn.motcua.ui.views.MainLayout;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.motcua.ui.views.Texts;
import java.util.List;

/** One procedure: its current content, its version history and a side-by-side comparison of two versions. */
@Route(value = "tinh/thu-tuc", layout = MainLayout.class)
@RequiresPermission(Permission.ADMINISTER_PROVINCE)
@Prototype
public class ProcedureDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(BusinessTime.ZONE);

    private final CatalogService catalog;
    private final CatalogAdministration administration;
    final ComboBox<ProcedureVersion> from = new ComboBox<>(Texts.t("procedure.compareFrom"));
    final ComboBox<ProcedureVersion> to = new ComboBox<>(Texts.t("procedure.compareTo"));
    final Grid<FieldChange> diff = new Grid<>();

    private final CallContexts calls;

    public ProcedureDetailView(CatalogService catalog, CatalogAdministration administration, CallContexts calls) {
        this.calls = calls;
        this.catalog = catalog;
        this.administration = administration;
    }

    @Override
    public void setParameter(BeforeEvent event, Long procedureId) {
        show(catalog.get(procedureId));
    }

    private void show(ProcedureDetail detail) {
        removeAll();
        long id = detail.procedure().id();
        add(new H2(detail.procedure().nationalCode() + " — " + detail.procedure().name()));
        Button edit = new Button(Texts.t("procedure.edit"), e -> new ProcedureEditDialog(administration, detail,
                saved -> show(catalog.get(id)), calls).open());
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setId("procedure-edit");
        Button back = new Button(Texts.t("procedure.backToCatalog"), e -> getUI().ifPresent(ui -> ui.navigate(CatalogView.class)));
        add(new HorizontalLayout(edit, back));
        add(ProcedureContent.of(detail));

        List<ProcedureVersion> versions = catalog.history(id);
        add(new H3(Texts.t("procedure.history")));
        Grid<ProcedureVersion> history = new Grid<>();
        history.addColumn(v -> "v" + v.versionNumber()).setHeader(Texts.t("procedure.field.version")).setAutoWidth(true);
        history.addColumn(v -> v.publishedAt() == null ? "" : WHEN.format(v.publishedAt())).setHeader(Texts.t("procedure.publishedAt")).setAutoWidth(true);
        history.addColumn(ProcedureVersion::publishedBy).setHeader(Texts.t("procedure.publishedBy")).setAutoWidth(true);
        history.addColumn(ProcedureVersion::source).setHeader(Texts.t("procedure.source")).setFlexGrow(1);
        history.setItems(versions);
        history.setAllRowsVisible(true);
        history.setId("procedure-history");
        add(history);

        add(new H3(Texts.t("procedure.compare")));
        from.setItems(versions);
        to.setItems(versions);
        from.setItemLabelGenerator(v -> "v" + v.versionNumber());
        to.setItemLabelGenerator(v -> "v" + v.versionNumber());
        from.setId("compare-from");
        to.setId("compare-to");
        diff.addColumn(FieldChange::label).setHeader(Texts.t("procedure.diffItem")).setAutoWidth(true);
        diff.addComponentColumn(c -> pre(c.before())).setHeader(Texts.t("procedure.diffBefore")).setFlexGrow(1);
        diff.addComponentColumn(c -> pre(c.after())).setHeader("Sau").setFlexGrow(1);
        diff.setAllRowsVisible(true);
        diff.setId("compare-grid");
        Span same = new Span();
        Runnable compare = () -> {
            if (from.getValue() != null && to.getValue() != null) {
                List<FieldChange> changes = catalog.diff(id, from.getValue().versionNumber(), to.getValue().versionNumber());
                diff.setItems(changes);
                same.setText(changes.isEmpty() ? Texts.t("procedure.sameVersions") : Texts.t("procedure.differences", changes.size()));
            }
        };
        from.addValueChangeListener(e -> compare.run());
        to.addValueChangeListener(e -> compare.run());
        if (versions.size() >= 2) {
            from.setValue(versions.get(1));
            to.setValue(versions.get(0));
        } else if (!versions.isEmpty()) {
            from.setValue(versions.get(0));
            to.setValue(versions.get(0));
        }
        add(new HorizontalLayout(from, to, same), diff);
    }

    private static Component pre(String text) {
        Span span = new Span(text);
        span.getStyle().set("white-space", "pre-wrap");
        return span;
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.procedure");
    }
}
