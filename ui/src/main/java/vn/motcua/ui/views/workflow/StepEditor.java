package vn.motcua.ui.views.workflow;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.motcua.core.workflow.WorkflowStep;
import vn.motcua.core.context.Role;
import vn.motcua.ui.views.Texts;

/** One step as a row of fields: name, who, time budget, signature, automatic, and move/remove buttons. */
class StepEditor extends HorizontalLayout {
    final Span number = new Span();
    final TextField name = new TextField();
    final ComboBox<Role> role = new ComboBox<>();
    final IntegerField budget = new IntegerField();
    final Select<WorkflowStep.BudgetUnit> unit = new Select<>();
    final Checkbox signature = new Checkbox(Texts.t("workflow.step.signature"));
    final Checkbox automatic = new Checkbox(Texts.t("workflow.step.automatic"));
    final Button up = new Button(VaadinIcon.ARROW_UP.create());
    final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());

    StepEditor(WorkflowStep step, Runnable changed) {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        // at 1366–1400 px beside the menu the row would run past the window: the name gives way, then the row wraps
        setWidthFull();
        setSpacing(false);
        getThemeList().add("spacing-s");
        getStyle().set("flex-wrap", "wrap");
        name.setPlaceholder(Texts.t("workflow.step.name"));
        name.setWidth("18em");
        name.setMinWidth("10em");
        name.getStyle().set("flex", "1 1 10em");
        name.setValueChangeMode(ValueChangeMode.EAGER);
        role.setItems(Role.CLERK, Role.DIRECTOR);
        role.setItemLabelGenerator(Role::label);
        role.setPlaceholder(Texts.t("workflow.step.role"));
        budget.setMin(1);
        budget.setStepButtonsVisible(true);
        budget.setWidth("7em");
        budget.setValueChangeMode(ValueChangeMode.EAGER);
        unit.setItems(WorkflowStep.BudgetUnit.values());
        unit.setItemLabelGenerator(WorkflowStep.BudgetUnit::label);
        unit.setWidth("9em");
        for (Button b : new Button[]{up, down, remove}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        up.setAriaLabel(Texts.t("workflow.step.up"));
        down.setAriaLabel(Texts.t("workflow.step.down"));
        remove.setAriaLabel(Texts.t("workflow.step.remove"));
        name.setValue(step.name() == null ? "" : step.name());
        try {
            role.setValue(step.role() == null ? null : Role.valueOf(step.role()));
        } catch (IllegalArgumentException e) {
            role.clear();
        }
        budget.setValue(step.budget());
        unit.setValue(step.unit() == null ? WorkflowStep.BudgetUnit.HOURS : step.unit());
        signature.setValue(step.needsSignature());
        automatic.setValue(step.automatic());
        name.addValueChangeListener(e -> changed.run());
        role.addValueChangeListener(e -> changed.run());
        budget.addValueChangeListener(e -> changed.run());
        unit.addValueChangeListener(e -> changed.run());
        signature.addValueChangeListener(e -> changed.run());
        automatic.addValueChangeListener(e -> changed.run());
        add(number, name, role, budget, unit, signature, automatic, up, down, remove);
    }

    WorkflowStep step() {
        return new WorkflowStep(name.getValue(), role.getValue() == null ? null : role.getValue().name(), null,
                budget.getValue() == null ? 0 : budget.getValue(), unit.getValue(), signature.getValue(),
                automatic.getValue());
    }
}
