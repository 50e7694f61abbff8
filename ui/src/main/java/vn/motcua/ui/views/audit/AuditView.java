package vn.motcua.ui.views.audit;

import vn.motcua.core.context.BusinessTime;
import vn.motcua.ui.security.RequiresPermission;
import vn.motcua.core.context.Permission;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.model.Page;
import vn.motcua.core.audit.AuditEntry;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.tenants.security.Principal;
import vn.motcua.core.context.Role;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.MainLayout;
import vn.motcua.ui.views.Texts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Nhật ký: who did what in the center (or, for provincial IT, in the province's own log), newest first. */
@Route(value = "nhat-ky", layout = MainLayout.class)
@RequiresPermission(Permission.READ_AUDIT)
@Prototype
public class AuditView extends VerticalLayout implements HasDynamicTitle {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy")
            .withZone(BusinessTime.ZONE);
    static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("LOGIN", Texts.t("audit.action.LOGIN")), Map.entry("LOGOUT", Texts.t("audit.action.LOGOUT")),
            Map.entry("LOGIN_FAILED", Texts.t("audit.action.LOGIN_FAILED")), Map.entry("ACCOUNT_LOCKED", Texts.t("audit.action.ACCOUNT_LOCKED")),
            Map.entry("LOGIN_REFUSED_LOCKED", Texts.t("audit.action.LOGIN_REFUSED_LOCKED")),
            Map.entry("LOGIN_REFUSED_INACTIVE", Texts.t("audit.action.LOGIN_REFUSED_INACTIVE")),
            Map.entry("LOGIN_FAILED_UNKNOWN_USER", Texts.t("audit.action.LOGIN_FAILED_UNKNOWN_USER")),
            Map.entry("CENTER_ONBOARDED", Texts.t("audit.action.CENTER_ONBOARDED")), Map.entry("CENTER_PROFILE_UPDATED", Texts.t("audit.action.CENTER_PROFILE_UPDATED")),
            Map.entry("CENTER_REGISTRY_VIEWED", Texts.t("audit.action.CENTER_REGISTRY_VIEWED")), Map.entry("CENTER_OPENED", Texts.t("audit.action.CENTER_OPENED")),
            Map.entry("ACT_AS_CENTER", Texts.t("audit.action.ACT_AS_CENTER")),
            Map.entry("PROVINCIAL_ADMIN_ACTING", Texts.t("audit.action.PROVINCIAL_ADMIN_ACTING")),
            Map.entry("STAFF_CREATED", Texts.t("audit.action.STAFF_CREATED")), Map.entry("STAFF_UPDATED", Texts.t("audit.action.STAFF_UPDATED")),
            Map.entry("STAFF_DEACTIVATED", Texts.t("audit.action.STAFF_DEACTIVATED")), Map.entry("STAFF_REACTIVATED", Texts.t("audit.action.STAFF_REACTIVATED")),
            Map.entry("CATALOG_IMPORTED", Texts.t("audit.action.CATALOG_IMPORTED")), Map.entry("CATALOG_IMPORT_REFUSED", Texts.t("audit.action.CATALOG_IMPORT_REFUSED")),
            Map.entry("CATALOG_PROCEDURE_PUBLISHED", Texts.t("audit.action.CATALOG_PROCEDURE_PUBLISHED")),
            Map.entry("CENTER_PROCEDURE_ADDED", Texts.t("audit.action.CENTER_PROCEDURE_ADDED")), Map.entry("CENTER_PROCEDURE_REMOVED", Texts.t("audit.action.CENTER_PROCEDURE_REMOVED")),
            Map.entry("CALENDAR_PROPOSED", Texts.t("audit.action.CALENDAR_PROPOSED")), Map.entry("CALENDAR_DRAFT_SAVED", Texts.t("audit.action.CALENDAR_DRAFT_SAVED")),
            Map.entry("CALENDAR_ENTRY_PUT", Texts.t("audit.action.CALENDAR_ENTRY_PUT")), Map.entry("CALENDAR_ENTRY_REMOVED", Texts.t("audit.action.CALENDAR_ENTRY_REMOVED")),
            Map.entry("CALENDAR_PUBLISHED", Texts.t("audit.action.CALENDAR_PUBLISHED")), Map.entry("OFFICE_HOURS_SAVED", Texts.t("audit.action.OFFICE_HOURS_SAVED")),
            Map.entry("WORKFLOW_SAVED", Texts.t("audit.action.WORKFLOW_SAVED")), Map.entry("WORKFLOW_DEFAULT_SAVED", Texts.t("audit.action.WORKFLOW_DEFAULT_SAVED")));

    public AuditView(AuditLog audit) {
        Principal principal = Session.require();
        setSizeFull();
        Span total = new Span();
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(e -> e.at() == null ? "" : WHEN.format(e.at())).setHeader(Texts.t("audit.at")).setAutoWidth(true);
        grid.addColumn(e -> e.actorUsername() == null ? Texts.t("audit.system") : e.actorUsername()).setHeader(Texts.t("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> ACTIONS.getOrDefault(e.action(), e.action())).setHeader(Texts.t("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.targetId() == null ? "" : e.targetType() + " " + e.targetId()).setHeader(Texts.t("audit.target"));
        grid.addColumn(AuditEntry::detail).setHeader(Texts.t("audit.detail")).setFlexGrow(2);
        grid.setItems(query -> {
            Page<AuditEntry> page = audit.page(principal.tenant(), query.getPage(), query.getPageSize());
            total.setText(Texts.t("audit.total", page.getTotalSize()));
            return page.getContent().stream();
        }, query -> (int) audit.page(principal.tenant(), 0, 1).getTotalSize());
        add(new H2(Texts.t("audit.heading", principal.centerName())), total, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.audit");
    }
}
