package vn.motcua.ui.views.clerk.actions;

import com.vaadin.flow.component.combobox.ComboBox;
import vn.motcua.core.context.Role;
import vn.motcua.core.text.VietnameseOrder;
import vn.motcua.core.workflow.WorkflowStep;
import vn.motcua.tenants.staff.StaffView;
import vn.motcua.ui.views.Texts;

import java.util.List;
import java.util.Locale;

/** Picking the colleague who takes a step: people of the step's role (and directors), in Vietnamese name order. */
final class Colleagues {
    private Colleagues() {
    }

    static ComboBox<StaffView> picker(WorkflowStep step, List<StaffView> all) {
        ComboBox<StaffView> who = new ComboBox<>(Texts.t("dossier.actions.assignee"));
        who.setWidth("28em");
        List<StaffView> fit = all.stream().filter(s -> step.role() == null || s.role().name().equals(step.role())
                || s.role() == Role.DIRECTOR).sorted(VietnameseOrder.by(StaffView::fullName)).toList();
        who.setItems(fit.isEmpty() ? all.stream().sorted(VietnameseOrder.by(StaffView::fullName)).toList() : fit);
        who.setItemLabelGenerator(s -> s.fullName() + " (" + s.username() + ", " + s.role().label() + ")");
        who.setClearButtonVisible(true);
        return who;
    }

    /** "cán bộ tiếp nhận" for a stored role name; the name itself if it names no role. */
    static String roleLabel(String role) {
        return role == null ? "" : Role.parse(role).map(r -> r.label().toLowerCase(Locale.forLanguageTag("vi"))).orElse(role);
    }
}
