package vn.motcua.ui.views.catalog;

import vn.motcua.ui.security.CallContexts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.DeadlineUnit;
import vn.motcua.core.catalog.Level;
import vn.motcua.core.catalog.OnlineLevel;
import vn.motcua.core.catalog.ProcedureDetail;
import vn.motcua.core.catalog.ProcedureForm;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Messages;
import vn.motcua.tenants.catalog.CatalogAdministration;
import vn.motcua.tenants.security.Principal;
import vn.motcua.ui.security.Session;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.util.Map;
import java.util.function.Consumer;

/** Edits a procedure; saving publishes a new version. Nothing is saved until the whole form is accepted. */
class ProcedureEditDialog extends Dialog {
    final TextField name = new TextField(Texts.t("procedure.field.name"));
    final TextField field = new TextField(Texts.t("procedure.field.field"));
    final CheckboxGroup<Level> levels = new CheckboxGroup<>(Texts.t("procedure.field.levels"));
    final IntegerField deadline = new IntegerField(Texts.t("procedure.field.deadline"));
    final ComboBox<DeadlineUnit> unit = new ComboBox<>(Texts.t("procedureEdit.deadlineUnit"));
    final ComboBox<OnlineLevel> online = new ComboBox<>(Texts.t("procedure.field.online"));
    final ComboBox<String> interAgency = new ComboBox<>(Texts.t("procedure.field.interAgency"));
    final TextField agency = new TextField(Texts.t("procedure.field.agency"));
    final TextField suffix = new TextField(Texts.t("procedureEdit.suffix"));
    final TextArea legalBasis = new TextArea(Texts.t("procedure.field.legalBasis"));
    final TextArea documents = new TextArea(Texts.t("procedureEdit.documents"));
    final TextArea fees = new TextArea(Texts.t("procedureEdit.fees"));
    final Button save = new Button(Texts.t("procedureEdit.publish"));

    private final CallContexts calls;

    ProcedureEditDialog(CatalogAdministration administration, ProcedureDetail detail, Consumer<ProcedureDetail> onSaved, CallContexts calls) {
        this.calls = calls;
        ProcedureForm initial = ProcedureForm.of(detail.current());
        setHeaderTitle(Texts.t("procedureEdit.title", detail.procedure().nationalCode()));
        setWidth("min(70em, 95vw)");
        name.setId("edit-name");
        deadline.setId("edit-deadline");
        save.setId("edit-save");
        levels.setItems(Level.COMMUNE, Level.PROVINCE, Level.OTHER);
        levels.setItemLabelGenerator(Level::label);
        unit.setItems(DeadlineUnit.values());
        unit.setItemLabelGenerator(DeadlineUnit::label);
        unit.setClearButtonVisible(true);
        online.setItems(OnlineLevel.values());
        online.setItemLabelGenerator(CatalogService::onlineLabel);
        interAgency.setItems(Texts.t("common.yes"), Texts.t("common.no"), Texts.t("procedureEdit.interAgencyUnknown"));
        deadline.setMin(0);
        deadline.setStepButtonsVisible(true);
        deadline.setHelperText(Texts.t("procedureEdit.deadlineHelp"));
        documents.setHelperText(Texts.t("procedureEdit.documentsHelp"));
        fees.setHelperText(Texts.t("procedureEdit.feesHelp"));

        name.setValue(initial.name());
        field.setValue(nvl(initial.field()));
        levels.setValue(initial.levels());
        if (initial.deadlineValue() != null) {
            deadline.setValue(initial.deadlineValue());
        }
        unit.setValue(initial.deadlineUnit());
        online.setValue(initial.onlineLevel());
        interAgency.setValue(initial.interAgency() == null ? Texts.t("procedureEdit.interAgencyUnknown") : initial.interAgency() ? Texts.t("common.yes") : Texts.t("common.no"));
        agency.setValue(nvl(initial.implementingAgency()));
        suffix.setValue(nvl(initial.provinceSuffix()));
        legalBasis.setValue(nvl(initial.legalBasis()));
        documents.setValue(nvl(initial.documentsText()));
        fees.setValue(nvl(initial.feesText()));

        FormLayout form = new FormLayout(name, field, levels, online, deadline, unit, interAgency, suffix, agency,
                legalBasis, documents, fees);
        form.setColspan(name, 2);
        form.setColspan(agency, 2);
        form.setColspan(legalBasis, 2);
        form.setColspan(documents, 2);
        form.setColspan(fees, 2);
        add(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            ProcedureForm edited = new ProcedureForm(name.getValue(), field.getValue(), levels.getValue(),
                    deadline.getValue(), unit.getValue(), online.getValue(),
                    Texts.t("common.yes").equals(interAgency.getValue()) ? Boolean.TRUE : Texts.t("common.no").equals(interAgency.getValue()) ? Boolean.FALSE : null,
                    agency.getValue(), legalBasis.getValue(), documents.getValue(), fees.getValue(), suffix.getValue(),
                    initial.baseVersion());
            try {
                ProcedureDetail saved = administration.publish(calls.current(), detail.procedure().id(), edited);
                Notices.success(Texts.t("procedureEdit.published", saved.current().versionNumber()));
                close();
                onSaved.accept(saved);
            } catch (InvalidInputException ex) {
                Map<String, HasValidation> fieldsByName = Map.of("name", name, "field", field, "levels", levels,
                        "deadlineValue", deadline, "onlineLevel", online, "implementingAgency", agency,
                        "legalBasis", legalBasis, "documentsText", documents, "feesText", fees, "provinceSuffix", suffix);
                Notices.show(ex, fieldsByName);
            } catch (ConcurrentChangeException ex) {
                Notices.error(Messages.vi("concurrent.change"));
            }
        });
        Button cancel = new Button(Texts.t("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private static String nvl(String value) {
        return value == null ? "" : value;
    }
}
