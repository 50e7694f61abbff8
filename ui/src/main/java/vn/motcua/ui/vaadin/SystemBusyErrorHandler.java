package vn.motcua.ui.vaadin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.db.DatabaseUnavailableException;

/**
 * Every Vaadin session's error handler: when PostgreSQL cannot be reached, the person is told "Hệ thống đang bận, vui
 * lòng thử lại sau" (never "wrong password" at login), and a login form, which disables itself on submit, is enabled
 * again so they can retry. Anything else goes to Vaadin's default handler.
 */
public class SystemBusyErrorHandler implements ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SystemBusyErrorHandler.class);
    private final transient ErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void error(ErrorEvent event) {
        if (!DatabaseUnavailableException.isCause(event.getThrowable())) {
            fallback.error(event);
            return;
        }
        LOG.warn("Database unavailable: {}", String.valueOf(event.getThrowable().getMessage()));
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notice = Notification.show(DatabaseUnavailableException.vietnamese(), 8000,
                    Notification.Position.MIDDLE);
            notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
            ui.getPage().executeJs("document.querySelectorAll('vaadin-login-form, vaadin-login-overlay')"
                    + ".forEach(f => f.disabled = false)");
        }
    }
}
