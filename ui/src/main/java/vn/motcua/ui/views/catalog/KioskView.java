package vn.motcua.ui.views.catalog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Page;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.CatalogTexts;
import vn.motcua.core.catalog.Procedure;
import vn.motcua.tenants.catalog.CenterCatalogService;
import vn.motcua.tenants.catalog.KioskCenter;
import vn.motcua.ui.security.PublicPage;
import vn.motcua.ui.views.Texts;

/**
 * Máy tra cứu: the public page of a center, without login. The procedures it serves, searchable without
 * diacritics; a row opens its documents, fees and deadline. An unknown center code is "not found".
 */
@Route("tra-cuu")
@PublicPage
@Prototype
public class KioskView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private final CenterCatalogService centerCatalog;
    final TextField search = new TextField();
    final Grid<Procedure> grid = new Grid<>();
    private final Span total = new Span();
    private String title = Texts.t("pageTitle.kiosk");

    public KioskView(CenterCatalogService centerCatalog) {
        this.centerCatalog = centerCatalog;
    }

    @Override
    public void setParameter(BeforeEvent event, String centerCode) {
        if (centerCatalog.suspended(centerCode)) {
            // suspended by provincial IT: said plainly, nothing of the center shown
            removeAll();
            H1 closed = new H1(Texts.t("kiosk.suspended"));
            closed.setId("kiosk-suspended");
            add(closed, new Paragraph(Texts.t("kiosk.suspendedHelp")));
            return;
        }
        KioskCenter center = centerCatalog.kioskCenter(centerCode); // unknown → NotFoundException → not-found page
        title = Texts.t("pageTitle.kioskCenter", center.displayName());
        removeAll();
        setSizeFull();
        search.setPlaceholder(Texts.t("kiosk.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.setId("kiosk-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        // a kiosk shows the whole procedure name: long names wrap (and are on hover) instead of ending in "…"
        grid.addColumn(Procedure::name).setHeader(Texts.t("procedure.field.procedure")).setFlexGrow(4)
                .setTooltipGenerator(Procedure::name);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Procedure::field).setHeader(Texts.t("procedure.field.field")).setFlexGrow(1);
        grid.addColumn(p -> CatalogTexts.deadline(p.legalDeadline())).setHeader(Texts.t("procedure.field.deadline")).setAutoWidth(true);
        grid.addColumn(p -> CatalogService.onlineLabel(p.onlineLevel())).setHeader(Texts.t("procedure.field.onlineShort")).setAutoWidth(true);
        grid.setId("kiosk-grid");
        grid.setPageSize(50);
        grid.setItems(query -> {
            Page<Procedure> page = centerCatalog.kioskProcedures(center.code(), search.getValue(), query.getPage(),
                    query.getPageSize());
            total.setText(Texts.t("kiosk.total", page.getTotalSize()));
            return page.getContent().stream();
        }, query -> (int) centerCatalog.kioskProcedures(center.code(), search.getValue(), 0, 1).getTotalSize());
        grid.addItemClickListener(e -> open(center, e.getItem()));

        H1 heading = new H1(Texts.t("kiosk.heading"));
        Paragraph where = new Paragraph(Texts.t("kiosk.center", center.displayName())
                + (center.address() == null ? "" : " — " + center.address())
                + (center.phone() == null ? "" : " — " + Texts.t("kiosk.phone", center.phone())));
        add(heading, where, search, total, grid);
        expand(grid);
    }

    private void open(KioskCenter center, Procedure p) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(p.name());
        dialog.setWidth("min(70em, 95vw)");
        dialog.add(ProcedureContent.of(centerCatalog.kioskProcedure(center.code(), p.id())));
        dialog.getFooter().add(new Button(Texts.t("common.close"), e -> dialog.close()));
        dialog.setId("kiosk-procedure");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
