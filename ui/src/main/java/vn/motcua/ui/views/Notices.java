package vn.motcua.ui.views;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;

import java.util.Map;

/** How pages tell people what happened, always in Vietnamese. */
public final class Notices {
    private Notices() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Puts each problem on its field; problems without a field go to a notification. */
    public static void show(InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        StringBuilder rest = new StringBuilder();
        for (Problem p : e.problems()) {
            HasValidation field = fields.get(p.field());
            if (field != null) {
                field.setErrorMessage(p.message());
                field.setInvalid(true);
            } else {
                rest.append(p.message()).append('\n');
            }
        }
        error(rest.length() > 0 ? rest.toString().trim() : Texts.t("notices.fixMarkedFields"));
    }
}
