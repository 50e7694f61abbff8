package vn.motcua.ui.views.catalog;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.CatalogTexts;
import vn.motcua.core.catalog.Fee;
import vn.motcua.core.catalog.ProcedureDetail;
import vn.motcua.core.catalog.ProcedureDraft;
import vn.motcua.core.catalog.RequiredDocument;
import vn.motcua.ui.views.Texts;

import java.text.NumberFormat;
import java.util.Locale;

/** A procedure's content as citizens and staff read it: fields, documents, fees. Shared by admin and kiosk pages. */
public final class ProcedureContent {
    private ProcedureContent() {
    }

    public static VerticalLayout of(ProcedureDetail detail) {
        ProcedureDraft d = detail.draft();
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.addFormItem(text(d.fullCode()), Texts.t("procedure.field.code"));
        fields.addFormItem(text(d.field()), Texts.t("procedure.field.field"));
        fields.addFormItem(text(detail.procedure().levelsLabel()), Texts.t("procedure.field.levels"));
        fields.addFormItem(text(CatalogTexts.deadline(d.legalDeadline())), Texts.t("procedure.field.deadline"));
        fields.addFormItem(text(CatalogService.onlineLabel(d.onlineLevel())), Texts.t("procedure.field.online"));
        fields.addFormItem(text(d.interAgency() == null ? null : d.interAgency() ? Texts.t("common.yes") : Texts.t("common.no")), Texts.t("procedure.field.interAgency"));
        fields.addFormItem(text(d.implementingAgency()), Texts.t("procedure.field.agency"));
        fields.addFormItem(text(d.legalBasis()), Texts.t("procedure.field.legalBasis"));
        fields.addFormItem(text("v" + detail.current().versionNumber()), Texts.t("procedure.currentVersion"));

        Grid<RequiredDocument> documents = new Grid<>();
        documents.addColumn(RequiredDocument::name).setHeader(Texts.t("procedure.document")).setFlexGrow(3);
        documents.addColumn(doc -> doc.originalCount() == null ? "" : String.valueOf(doc.originalCount())).setHeader(Texts.t("procedure.originals")).setAutoWidth(true);
        documents.addColumn(doc -> doc.copyCount() == null ? "" : String.valueOf(doc.copyCount())).setHeader(Texts.t("procedure.copies")).setAutoWidth(true);
        documents.addColumn(RequiredDocument::formTemplate).setHeader(Texts.t("procedure.formTemplate")).setFlexGrow(1);
        documents.setItems(d.documents());
        documents.setAllRowsVisible(true);
        documents.setId("procedure-documents");

        Grid<Fee> fees = new Grid<>();
        fees.addColumn(Fee::description).setHeader(Texts.t("procedure.feeDescription")).setFlexGrow(3);
        fees.addColumn(ProcedureContent::amount).setHeader(Texts.t("procedure.feeAmount")).setAutoWidth(true);
        fees.setItems(d.fees());
        fees.setAllRowsVisible(true);
        fees.setId("procedure-fees");

        VerticalLayout layout = new VerticalLayout(fields, new H3(Texts.t("procedure.documents", d.documents().size())),
                d.documents().isEmpty() ? new Span(Texts.t("procedure.noInformation")) : documents,
                new H3(Texts.t("procedure.fees")), d.fees().isEmpty() ? new Span(Texts.t("procedure.noInformation")) : fees);
        layout.setPadding(false);
        return layout;
    }

    static String amount(Fee fee) {
        if (fee.free()) {
            return Texts.t("procedure.free");
        }
        return fee.amountVnd() == null ? Texts.t("procedure.amountByLaw") : Texts.t("procedure.amount", NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"))
                .format(fee.amountVnd()));
    }

    private static Span text(String value) {
        Span span = new Span(value == null || value.isBlank() ? "—" : value);
        span.getStyle().set("white-space", "pre-wrap");
        return span;
    }
}
