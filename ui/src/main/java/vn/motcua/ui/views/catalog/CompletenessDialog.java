package vn.motcua.ui.views.catalog;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.motcua.core.catalog.CatalogCompleteness;
import vn.motcua.core.catalog.Checklist;
import vn.motcua.core.catalog.DeadlineUnit;
import vn.motcua.core.catalog.Fee;
import vn.motcua.core.catalog.ProcedureDetail;
import vn.motcua.core.catalog.ProcedureDraft;
import vn.motcua.core.catalog.RequiredDocument;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Messages;
import vn.motcua.ui.security.CallContexts;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The correction of one procedure's missing facts, prefilled with its current version: the deadline (a number and a
 * unit, or "no fixed deadline"), the fee lines and the checklist lines with their counts, kind and form. Saving
 * publishes a new version through the catalog's publishing path; nothing is saved until the whole form is accepted.
 */
class CompletenessDialog extends Dialog {
    final Checkbox noDeadline = new Checkbox(Texts.t("completeness.noFixedDeadline"));
    final IntegerField deadline = new IntegerField(Texts.t("procedure.field.deadline"));
    final ComboBox<DeadlineUnit> unit = new ComboBox<>(Texts.t("procedureEdit.deadlineUnit"));
    final VerticalLayout fees = new VerticalLayout();
    final VerticalLayout papers = new VerticalLayout();
    final List<FeeRow> feeRows = new ArrayList<>();
    final List<PaperRow> paperRows = new ArrayList<>();
    final Button save = new Button(Texts.t("completeness.save"));

    private final CallContexts calls;

    CompletenessDialog(CatalogCompleteness completeness, ProcedureDetail detail, CallContexts calls,
                       Consumer<ProcedureDetail> onSaved) {
        this.calls = calls;
        ProcedureDraft draft = detail.draft();
        setHeaderTitle(Texts.t("completeness.dialogTitle", detail.procedure().nationalCode()));
        setWidth("min(76em, 96vw)");
        setId("completeness-dialog");

        noDeadline.setId("fix-no-deadline");
        deadline.setId("fix-deadline");
        unit.setId("fix-unit");
        save.setId("fix-save");
        deadline.setMin(1);
        deadline.setStepButtonsVisible(true);
        unit.setItems(DeadlineUnit.WORKING_DAYS, DeadlineUnit.CALENDAR_DAYS, DeadlineUnit.WORKING_HOURS);
        unit.setItemLabelGenerator(u -> Texts.t("completeness.unit." + u.name()));
        if (draft.legalDeadline().isKnown()) {
            deadline.setValue(draft.legalDeadline().value());
            unit.setValue(draft.legalDeadline().unit());
        }
        noDeadline.setValue(draft.noFixedDeadline());
        noDeadline.addValueChangeListener(e -> {
            deadline.setEnabled(!e.getValue());
            unit.setEnabled(!e.getValue());
        });
        deadline.setEnabled(!draft.noFixedDeadline());
        unit.setEnabled(!draft.noFixedDeadline());
        HorizontalLayout deadlineRow = new HorizontalLayout(deadline, unit, noDeadline);
        deadlineRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        deadlineRow.setWrap(true);

        Paragraph name = new Paragraph(detail.procedure().name());
        name.getStyle().set("margin-top", "0").set("font-weight", "600");
        add(name, new H4(Texts.t("completeness.section.deadline")));
        if (draft.deadlineUnitAssumed()) {
            Paragraph assumed = new Paragraph(Texts.t("completeness.assumedHelp"));
            assumed.setId("fix-assumed");
            assumed.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
            add(assumed);
        }
        add(deadlineRow);

        fees.setPadding(false);
        fees.setSpacing(false);
        fees.setId("fix-fees");
        draft.fees().forEach(this::addFee);
        if (draft.fees().isEmpty()) {
            addFee(null);
        }
        Button addFee = new Button(Texts.t("completeness.addFee"), VaadinIcon.PLUS.create(), e -> addFee(null));
        addFee.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addFee.setId("fix-add-fee");
        add(new H4(Texts.t("completeness.section.fees")), fees, addFee);

        papers.setPadding(false);
        papers.setSpacing(false);
        papers.setId("fix-papers");
        Checklist.of(draft.documents()).forEach(line -> addPaper(line.document(), line.kind()));
        if (draft.documents().isEmpty()) {
            addPaper(null, RequiredDocument.Kind.REQUIRED);
        }
        Button addPaper = new Button(Texts.t("completeness.addPaper"), VaadinIcon.PLUS.create(),
                e -> addPaper(null, RequiredDocument.Kind.REQUIRED));
        addPaper.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addPaper.setId("fix-add-paper");
        Paragraph papersHelp = new Paragraph(Texts.t("completeness.papersHelp"));
        papersHelp.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
        add(new H4(Texts.t("completeness.section.papers")), papersHelp, papers, addPaper);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            List<Fee> feeList = new ArrayList<>();
            for (FeeRow row : feeRows) {
                boolean free = row.free.getValue();
                Integer amount = row.amount.getValue();
                feeList.add(new Fee(blankToNull(row.description.getValue()), free || amount == null ? null : amount.longValue(), free));
            }
            List<RequiredDocument> documents = paperRows.stream().map(r -> new RequiredDocument(
                    oneLine(r.name.getValue()), r.originals.getValue(), r.copies.getValue(),
                    blankToNull(oneLine(r.form.getValue())), r.kind.getValue())).toList();
            CatalogCompleteness.Correction correction = new CatalogCompleteness.Correction(
                    detail.procedure().currentVersion(), noDeadline.getValue(),
                    noDeadline.getValue() ? null : deadline.getValue(), noDeadline.getValue() ? null : unit.getValue(),
                    feeList, documents);
            try {
                ProcedureDetail saved = completeness.correct(calls.current(), detail.procedure().id(), correction);
                Notices.success(Texts.t("procedureEdit.published", saved.current().versionNumber()));
                close();
                onSaved.accept(saved);
            } catch (InvalidInputException ex) {
                Map<String, HasValidation> fields = new HashMap<>();
                fields.put("deadlineValue", deadline);
                for (int i = 0; i < feeRows.size(); i++) {
                    fields.put("fees[" + i + "]", feeRows.get(i).amount);
                }
                for (int i = 0; i < paperRows.size(); i++) {
                    fields.put("documents[" + i + "]", paperRows.get(i).name);
                }
                Notices.show(ex, fields);
            } catch (ConcurrentChangeException ex) {
                Notices.error(Messages.vi("concurrent.change"));
            }
        });
        Button cancel = new Button(Texts.t("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void addFee(Fee fee) {
        FeeRow row = new FeeRow();
        if (fee != null) {
            row.description.setValue(fee.description() == null ? "" : fee.description());
            if (fee.amountVnd() != null && fee.amountVnd() <= Integer.MAX_VALUE) {
                row.amount.setValue(fee.amountVnd().intValue());
            }
            row.free.setValue(fee.free());
        }
        feeRows.add(row);
        fees.add(row.layout);
        row.remove.addClickListener(e -> {
            feeRows.remove(row);
            fees.remove(row.layout);
        });
    }

    private void addPaper(RequiredDocument document, RequiredDocument.Kind kind) {
        PaperRow row = new PaperRow();
        if (document != null) {
            row.name.setValue(document.name() == null ? "" : document.name());
            row.originals.setValue(document.originalCount());
            row.copies.setValue(document.copyCount());
            row.form.setValue(document.formTemplate() == null ? "" : document.formTemplate());
        }
        row.kind.setValue(kind);
        paperRows.add(row);
        papers.add(row.layout);
        row.remove.addClickListener(e -> {
            paperRows.remove(row);
            papers.remove(row.layout);
        });
    }

    /** One fee line: what it is, its amount in đồng or free. */
    static final class FeeRow {
        final TextField description = new TextField();
        final IntegerField amount = new IntegerField();
        final Checkbox free = new Checkbox(Texts.t("completeness.free"));
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final HorizontalLayout layout = new HorizontalLayout(description, amount, free, remove);

        FeeRow() {
            description.setPlaceholder(Texts.t("completeness.feeDescription"));
            description.setAriaLabel(Texts.t("completeness.feeDescription"));
            amount.setPlaceholder(Texts.t("completeness.amount"));
            amount.setAriaLabel(Texts.t("completeness.amount"));
            amount.setMin(0);
            amount.setWidth("10em");
            free.addValueChangeListener(e -> amount.setEnabled(!e.getValue()));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(Texts.t("completeness.removeLine"));
            layout.setWidthFull();
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            layout.setFlexGrow(1, description);
            layout.addClassName("fix-fee-row");
        }
    }

    /** One checklist line: its name, originals and copies, what it asks (kind) and its form. */
    static final class PaperRow {
        final TextArea name = new TextArea();
        final IntegerField originals = new IntegerField();
        final IntegerField copies = new IntegerField();
        final ComboBox<RequiredDocument.Kind> kind = new ComboBox<>();
        final TextField form = new TextField();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final HorizontalLayout layout = new HorizontalLayout(name, originals, copies, kind, form, remove);

        PaperRow() {
            name.setPlaceholder(Texts.t("completeness.paperName"));
            name.setAriaLabel(Texts.t("completeness.paperName"));
            originals.setPlaceholder(Texts.t("completeness.originals"));
            originals.setAriaLabel(Texts.t("completeness.originals"));
            originals.setTooltipText(Texts.t("completeness.originals"));
            copies.setPlaceholder(Texts.t("completeness.copies"));
            copies.setAriaLabel(Texts.t("completeness.copies"));
            copies.setTooltipText(Texts.t("completeness.copies"));
            originals.setMin(0);
            copies.setMin(0);
            originals.setWidth("6.5em");
            copies.setWidth("6.5em");
            name.setMinWidth("12em");
            kind.setItems(RequiredDocument.Kind.values());
            kind.setItemLabelGenerator(k -> Texts.t("completeness.kind." + k.name()));
            kind.setAriaLabel(Texts.t("completeness.kindLabel"));
            kind.setWidth("12em");
            form.setPlaceholder(Texts.t("completeness.form"));
            form.setAriaLabel(Texts.t("completeness.form"));
            form.setWidth("9em");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(Texts.t("completeness.removeLine"));
            layout.setWidthFull();
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            layout.setFlexGrow(1, name);
            layout.addClassName("fix-paper-row");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String oneLine(String value) {
        return value == null ? null : value.replaceAll("\\s+", " ").strip();
    }
}
