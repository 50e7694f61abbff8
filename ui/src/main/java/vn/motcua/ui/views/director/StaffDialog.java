package vn.motcua.ui.views.director;

import vn.motcua.ui.security.CallContexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Messages;
import vn.motcua.tenants.security.Principal;
import vn.motcua.core.context.Role;
import vn.motcua.tenants.staff.StaffForm;
import vn.motcua.tenants.staff.StaffService;
import vn.motcua.tenants.staff.StaffView;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.util.Map;

/** Add or edit one staff member. Nothing is saved until the service accepts the whole form. */
class StaffDialog extends Dialog {
    final TextField fullName = new TextField(Texts.t("staff.field.fullName"));
    final TextField username = new TextField(Texts.t("staff.field.username"));
    final PasswordField password = new PasswordField(Texts.t("staff.dialog.password"));
    final ComboBox<Role> role = new ComboBox<>(Texts.t("staff.field.role"));
    final TextField position = new TextField(Texts.t("staff.field.position"));
    final TextField phone = new TextField(Texts.t("staff.field.phone"));
    final EmailField email = new EmailField(Texts.t("staff.field.email"));
    final Button save = new Button(Texts.t("common.save"));

    private final CallContexts calls;

    StaffDialog(StaffService staff, CallContexts calls, StaffView existing, Runnable onSaved) {
        this.calls = calls;
        setHeaderTitle(existing == null ? Texts.t("staff.add") : Texts.t("staff.edit"));
        fullName.setId("staff-fullName");
        username.setId("staff-username");
        password.setId("staff-password");
        role.setId("staff-role");
        save.setId("staff-save");
        role.setItems(Role.DIRECTOR, Role.CLERK);
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.CLERK);
        password.setHelperText(Texts.t("staff.dialog.passwordHelp"));
        // the system names new accounts (no oracle for other centers' usernames): shown, never typed
        username.setReadOnly(true);
        username.setHelperText(Texts.t("staff.field.usernameHelp"));
        if (existing == null) {
            fullName.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
            fullName.addValueChangeListener(e -> username.setValue(e.getValue().isBlank() ? ""
                    : staff.proposeUsername(calls.current(), e.getValue())));
        }
        if (existing != null) {
            fullName.setValue(existing.fullName());
            username.setValue(existing.username());
            password.setVisible(false);
            role.setValue(existing.role());
            position.setValue(existing.position() == null ? "" : existing.position());
            phone.setValue(existing.phone() == null ? "" : existing.phone());
            email.setValue(existing.email() == null ? "" : existing.email());
        }
        add(new FormLayout(fullName, username, password, role, position, phone, email));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            StaffForm form = new StaffForm(fullName.getValue(), username.getValue(),
                    existing == null ? password.getValue() : null, role.getValue(), position.getValue(),
                    phone.getValue(), email.getValue(), existing == null ? null : existing.version());
            try {
                if (existing == null) {
                    StaffView created = staff.create(calls.current(), form);
                    Notices.success(Texts.t("staff.dialog.added", form.fullName()) + " — "
                            + Texts.t("staff.oneTimeUsername", created.username()));
                } else {
                    staff.update(calls.current(), existing.id(), form);
                    Notices.success(Texts.t("staff.dialog.saved", form.fullName()));
                }
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                Notices.show(ex, Map.of("fullName", fullName, "username", username, "password", password,
                        "role", role, "position", position, "phone", phone, "email", email));
            } catch (ConcurrentChangeException ex) {
                Notices.error(Messages.vi("concurrent.change"));
            }
        });
        getFooter().add(new Button(Texts.t("common.cancel"), e -> close()), save);
    }
}
