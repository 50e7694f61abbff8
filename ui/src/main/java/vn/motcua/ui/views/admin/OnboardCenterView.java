package vn.motcua.ui.views.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.slip.HandoverSheet;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.tenants.onboarding.OfficialUnit;
import vn.motcua.tenants.onboarding.Onboarded;
import vn.motcua.tenants.onboarding.OnboardingForm;
import vn.motcua.tenants.onboarding.OnboardingService;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Provincial IT opens one commune center: the unit picked from the official list (searchable without diacritics;
 * units that already have a center are marked and cannot be picked), everything the list knows prefilled, then the
 * profile and the first director and clerks. Afterwards the handover sheet with the one-time passwords can be
 * downloaded on this page only; leaving asks for confirmation, since the passwords are never shown again.
 */
@Route(value = "tinh/trung-tam/moi", layout = MainLayout.class)
@RequiresPermission(Permission.ADMINISTER_PROVINCE)
@Prototype
public class OnboardCenterView extends VerticalLayout implements HasDynamicTitle, BeforeLeaveObserver {
    final ComboBox<OfficialUnit> unit = new ComboBox<>(Texts.t("onboard.unit"));
    final TextField name = readOnly(Texts.t("onboard.name"));
    final TextField unitCode = readOnly(Texts.t("onboard.unitCode"));
    final TextField provinceName = readOnly(Texts.t("center.field.province"));
    final TextArea lineage = new TextArea(Texts.t("center.field.mergedFrom"));
    final TextField agencyCode = new TextField(Texts.t("center.field.agencyCode"));
    final TextField address = new TextField(Texts.t("center.field.address"));
    final TextField phone = new TextField(Texts.t("center.field.phone"));
    final TextField openingHours = new TextField(Texts.t("center.field.openingHours"));
    final TextField directorName = new TextField(Texts.t("onboard.directorName"));
    final TextField directorPosition = new TextField(Texts.t("onboard.position"));
    final VerticalLayout clerks = new VerticalLayout();
    final List<TextField[]> clerkFields = new ArrayList<>();
    final Button create = new Button(Texts.t("onboard.create"));
    final VerticalLayout form = new VerticalLayout();
    final VerticalLayout result = new VerticalLayout();
    /** The created center whose handover sheet the person may still need: leaving asks first. */
    Onboarded created;
    private final HandoverSheetDownload handover = new HandoverSheetDownload("onboard");
    /** The sheet as rendered, for this page's download link only. */
    byte[] sheetPdf;

    private final String province;
    private final OnboardingService onboarding;
    private final CallContexts calls;

    public OnboardCenterView(OnboardingService onboarding, CallContexts calls) {
        this.onboarding = onboarding;
        this.calls = calls;
        CallContext ctx = calls.current();
        List<OfficialUnit> units = onboarding.officialUnits(ctx);
        province = onboarding.provinceName(ctx);

        unit.setItems((item, filter) -> item.matches(filter), units);
        unit.setItemLabelGenerator(u -> u.displayName() + " (" + u.code() + ")"
                + (u.onboarded() ? " — " + Texts.t("onboard.alreadyOnboarded") : ""));
        unit.setPlaceholder(Texts.t("onboard.unitPlaceholder"));
        unit.setWidth("28em");
        unit.setId("onboard-unit");
        unit.addValueChangeListener(e -> picked(e.getValue()));
        lineage.setReadOnly(true);
        lineage.setWidthFull();
        agencyCode.setPlaceholder("000.00.00.H56");
        agencyCode.setHelperText(Texts.t("center.agencyCode.help"));
        agencyCode.setId("onboard-agency-code");
        address.setId("onboard-address");
        phone.setId("onboard-phone");
        openingHours.setId("onboard-hours");
        openingHours.setValue(Texts.t("onboard.defaultHours"));
        directorName.setId("onboard-director");
        directorPosition.setValue(Texts.t("onboard.directorPosition"));
        Button addClerk = new Button(Texts.t("onboard.addClerk"), e -> addClerk());
        addClerk.setId("onboard-add-clerk");
        clerks.setPadding(false);

        FormLayout fields = new FormLayout(name, unitCode, provinceName, agencyCode, address, phone, openingHours);
        fields.add(lineage, 2);
        FormLayout director = new FormLayout(directorName, directorPosition);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("onboard-create");
        create.addClickListener(e -> create());
        form.setPadding(false);
        form.add(unit, fields, new H3(Texts.t("onboard.firstStaff")), director, clerks, addClerk, create);
        result.setPadding(false);
        result.setVisible(false);
        add(new H2(Texts.t("onboard.heading")), new Paragraph(Texts.t("onboard.help")), form, result);
    }

    private static TextField readOnly(String label) {
        TextField field = new TextField(label);
        field.setReadOnly(true);
        return field;
    }

    void picked(OfficialUnit u) {
        if (u != null && u.onboarded()) {
            Notices.error(Texts.t("onboard.alreadyOnboardedError", u.displayName()));
            unit.clear();
            return;
        }
        name.setValue(u == null ? "" : u.displayName());
        unitCode.setValue(u == null ? "" : u.code());
        provinceName.setValue(u == null ? "" : province);
        lineage.setValue(u == null || u.mergedFrom() == null ? "" : u.mergedFrom());
    }

    void addClerk() {
        TextField clerkName = new TextField(Texts.t("onboard.clerkName"));
        TextField position = new TextField(Texts.t("onboard.position"));
        position.setValue(Texts.t("onboard.clerkPosition"));
        TextField[] pair = {clerkName, position};
        clerkName.setId("onboard-clerk-" + clerkFields.size());
        clerkFields.add(pair);
        HorizontalLayout row = new HorizontalLayout(clerkName, position);
        Button remove = new Button(Texts.t("onboard.removeClerk"), e -> {
            clerkFields.remove(pair);
            clerks.remove(row);
        });
        row.add(remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        clerks.add(row);
    }

    void create() {
        OfficialUnit u = unit.getValue();
        List<OnboardingForm.Person> staff = clerkFields.stream()
                .map(p -> new OnboardingForm.Person(p[0].getValue(), p[1].getValue())).toList();
        OnboardingForm f = new OnboardingForm(u == null ? null : u.code(), agencyCode.getValue(), address.getValue(),
                phone.getValue(), openingHours.getValue(),
                new OnboardingForm.Person(directorName.getValue(), directorPosition.getValue()), staff);
        try {
            created = onboarding.onboardOne(calls.current(), f);
            showResult();
            Notices.success(Texts.t("onboard.created", created.center().displayName()));
        } catch (InvalidInputException e) {
            Notices.show(e, Map.of("unitCode", unit, "agencyCode", agencyCode, "phone", phone, "address", address,
                    "openingHours", openingHours, "director", directorName));
        }
    }

    private void showResult() {
        CallContext ctx = calls.current();
        HandoverSheet sheet = created.sheet(loginUrl(), BusinessTime.local(ctx.now()), ctx.fullName());
        byte[] pdf = sheet.pdf();
        sheetPdf = pdf;
        Component[] download = handover.show("ban-giao-tai-khoan-" + created.center().code() + ".pdf",
                Texts.t("onboard.sheet"), "onboard-sheet", () -> pdf);
        Grid<HandoverSheet.Account> accounts = new Grid<>();
        accounts.addColumn(HandoverSheet.Account::fullName).setHeader(Texts.t("onboard.accountName"));
        accounts.addColumn(HandoverSheet.Account::position).setHeader(Texts.t("onboard.position"));
        accounts.addColumn(HandoverSheet.Account::username).setHeader(Texts.t("onboard.username"));
        accounts.setItems(created.accounts());
        accounts.setAllRowsVisible(true);
        accounts.setId("onboard-accounts");
        Button open = new Button(Texts.t("onboard.openCenter"), e -> getUI().ifPresent(ui ->
                ui.navigate(CenterDetailView.class, created.center().id())));
        open.setId("onboard-open-center");
        form.setVisible(false);
        result.removeAll();
        result.add(new H3(Texts.t("onboard.created", created.center().displayName())));
        result.add(download);
        result.add(accounts, open);
        result.setVisible(true);
    }

    /** The login page for the sheet's QR code: MOTCUA_PUBLIC_URL, as the receipts' lookup link. */
    public static String loginUrl() {
        String configured = System.getenv("MOTCUA_PUBLIC_URL");
        String base = configured == null || configured.isBlank() ? "http://localhost:8080" : configured.strip();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/dang-nhap";
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        handover.beforeLeave(event);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.onboard");
    }
}
