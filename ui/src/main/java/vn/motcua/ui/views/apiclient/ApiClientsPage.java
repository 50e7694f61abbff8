package vn.motcua.ui.views.apiclient;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.tenants.apiclient.ApiClient;
import vn.motcua.tenants.apiclient.ApiClientView;
import vn.motcua.tenants.apiclient.ApiClients;
import vn.motcua.tenants.center.CenterService;
import vn.motcua.tenants.center.CenterStatus;
import vn.motcua.tenants.center.ServiceCenter;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ứng dụng API: the clients other systems use, created with a secret shown once, revoked after a confirmation.
 * Provincial IT ({@link ProvinceApiClientsView}) sees and manages every center's and the province's; a director
 * ({@link CenterApiClientsView}) their own center's.
 */
abstract class ApiClientsPage extends VerticalLayout implements HasDynamicTitle {
    /** The state column: the revoked badge with its date, or the revoke button. */
    static final String STATE_WIDTH = "13em";
    /** The client id column: "mc" + the center's id + "_" + 16 letters and digits. */
    static final String ID_WIDTH = "15.5em";

    final Grid<ApiClientView> grid = new Grid<>(ApiClientView.class, false);
    final TextField name = new TextField(Texts.t("apiClients.name"));
    final RadioButtonGroup<ApiClient.Access> access = new RadioButtonGroup<>(Texts.t("apiClients.access"));
    final ComboBox<ServiceCenter> center = new ComboBox<>(Texts.t("apiClients.center"));
    final Button create = new Button(Texts.t("apiClients.create"), VaadinIcon.PLUS.create());
    /** The dialog that shows a new client's secret, the one time it is shown. */
    Dialog secretDialog;

    private final ApiClients clients;
    private final CallContexts calls;
    private final boolean province;

    ApiClientsPage(ApiClients clients, CenterService centers, CallContexts calls, boolean province) {
        this.clients = clients;
        this.calls = calls;
        this.province = province;
        setSizeFull();
        CallContext ctx = calls.current();

        name.setId("api-client-name");
        name.setPlaceholder(Texts.t("apiClients.namePlaceholder"));
        name.setWidth("22em");
        name.setMaxLength(200);
        access.setItems(ApiClient.Access.values());
        access.setItemLabelGenerator(ApiClient.Access::label);
        access.setValue(ApiClient.Access.READ);
        access.setId("api-client-access");
        create.setId("api-client-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        HorizontalLayout form = new HorizontalLayout(name, access);
        if (province) {
            List<ServiceCenter> choices = new ArrayList<>(centers.search(ctx, null, null, CenterStatus.ACTIVE, 0, 500,
                    "name", true).getContent());
            center.setItems(choices);
            center.setItemLabelGenerator(c -> c.tenantId().equals(ctx.homeTenant())
                    ? Texts.t("apiClients.wholeProvince") : c.displayName());
            choices.stream().filter(c -> c.tenantId().equals(ctx.homeTenant())).findFirst().ifPresent(center::setValue);
            center.setWidth("20em");
            center.setId("api-client-center");
            form.addComponentAtIndex(1, center);
        }
        form.add(create);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        form.setWrap(true);

        grid.addColumn(ApiClientView::name).setHeader(Texts.t("apiClients.name")).setFlexGrow(2)
                .setTooltipGenerator(ApiClientView::name);
        // a fixed width, as auto width measures only the rows of the first render (a longer id added later was cut);
        // an id wider than it breaks onto a second line rather than being cut
        grid.addColumn(LitRenderer.<ApiClientView>of("<span style=\"word-break: break-all\">${item.id}</span>")
                        .withProperty("id", ApiClientView::clientId))
                .setHeader(Texts.t("apiClients.clientId")).setWidth(ID_WIDTH).setFlexGrow(0);
        if (province) {
            grid.addColumn(v -> v.scope() == ApiClient.Scope.PROVINCE ? Texts.t("apiClients.wholeProvince")
                    : v.centerName()).setHeader(Texts.t("apiClients.center")).setFlexGrow(1);
        }
        grid.addColumn(v -> v.access().label()).setHeader(Texts.t("apiClients.access")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Texts.t("apiClients.createdLine", v.creator(), BusinessTime.formatDate(v.createdAt())))
                .setHeader(Texts.t("apiClients.created")).setFlexGrow(1).setTooltipGenerator(ApiClientView::createdBy);
        grid.addColumn(v -> v.lastUsedAt() == null ? Texts.t("apiClients.neverUsed") : BusinessTime.format(v.lastUsedAt()))
                .setHeader(Texts.t("apiClients.lastUsed")).setAutoWidth(true).setFlexGrow(0);
        // wide enough for "Đã thu hồi dd/MM/yyyy" on one line: auto width measured the button of an active client and
        // left a badge that appears later (revoked on this page) cramped against the grid's edge
        grid.addComponentColumn(this::stateOf).setHeader(Texts.t("apiClients.state")).setWidth(STATE_WIDTH).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("api-clients-grid");
        refresh();

        Paragraph help = new Paragraph(Texts.t("apiClients.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("max-width", "70em");
        add(new H2(Texts.t("apiClients.heading")), help);
        if (province) {
            Anchor docs = new Anchor("/swagger-ui/index.html", Texts.t("apiClients.docs"));
            docs.setTarget("_blank");
            docs.setId("api-docs-link");
            add(docs);
        }
        add(form, grid);
        expand(grid);
    }

    private com.vaadin.flow.component.Component stateOf(ApiClientView v) {
        if (v.revoked()) {
            Span revoked = new Span(Texts.t("apiClients.revokedOn", BusinessTime.formatDate(v.revokedAt())));
            revoked.getElement().getThemeList().add("badge contrast");
            revoked.getStyle().set("white-space", "nowrap");
            revoked.setId("api-client-revoked-" + v.id());
            return revoked;
        }
        Button revoke = new Button(Texts.t("apiClients.revoke"), e -> confirmRevoke(v));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setId("api-client-revoke-" + v.id());
        return revoke;
    }

    void create() {
        try {
            CallContext ctx = calls.current();
            ApiClient.Scope scope = ApiClient.Scope.CENTER;
            long target = ctx.tenant().value();
            if (province) {
                ServiceCenter chosen = center.getValue();
                if (chosen == null || chosen.tenantId().equals(ctx.homeTenant())) {
                    scope = ApiClient.Scope.PROVINCE;
                } else {
                    target = chosen.id();
                }
            }
            ApiClients.Issued issued = clients.create(ctx, target, scope, access.getValue(), name.getValue());
            name.clear();
            name.setInvalid(false);
            refresh();
            showSecret(issued);
        } catch (InvalidInputException e) {
            Notices.show(e, Map.of("name", name));
        }
    }

    private void showSecret(ApiClients.Issued issued) {
        secretDialog = new Dialog();
        secretDialog.setHeaderTitle(Texts.t("apiClients.secretTitle", issued.client().name()));
        TextField id = new TextField(Texts.t("apiClients.clientId"), issued.client().clientId(), "");
        id.setReadOnly(true);
        id.setWidthFull();
        id.setId("api-client-new-id");
        TextField secret = new TextField(Texts.t("apiClients.secret"), issued.secret(), "");
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("api-client-new-secret");
        Paragraph once = new Paragraph(Texts.t("apiClients.secretOnce"));
        once.getStyle().set("color", "var(--lumo-error-text-color)");
        VerticalLayout body = new VerticalLayout(once, id, secret);
        body.setPadding(false);
        body.setWidth("40em");
        secretDialog.add(body);
        Button close = new Button(Texts.t("common.close"), e -> secretDialog.close());
        close.setId("api-client-secret-close");
        secretDialog.getFooter().add(close);
        secretDialog.setCloseOnOutsideClick(false);
        secretDialog.open();
    }

    void confirmRevoke(ApiClientView v) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("api-client-revoke-confirm");
        dialog.setHeader(Texts.t("apiClients.revokeQuestion", v.name()));
        dialog.setText(Texts.t("apiClients.revokeWarning"));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("common.cancel"));
        dialog.setConfirmText(Texts.t("apiClients.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> revoke(v));
        dialog.open();
    }

    void revoke(ApiClientView v) {
        ApiClientView revoked = clients.revoke(calls.current(), v.tenantId(), v.id());
        Notices.success(Texts.t("apiClients.revoked", revoked.name()));
        refresh();
    }

    private void refresh() {
        grid.setItems(clients.list(calls.current()));
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.apiClients");
    }
}
