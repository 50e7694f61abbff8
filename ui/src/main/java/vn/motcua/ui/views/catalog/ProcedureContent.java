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
        fields.addFormItem(text(d.fullCode()), "Mã thủ tục");
        fields.addFormItem(text(d.field()), "Lĩnh vực");
        fields.addFormItem(text(detail.procedure().levelsLabel()), "Cấp thực hiện");
        fields.addFormItem(text(CatalogTexts.deadline(d.legalDeadline())), "Thời hạn giải quyết");
        fields.addFormItem(text(CatalogService.onlineLabel(d.onlineLevel())), "Mức độ DVC trực tuyến");
        fields.addFormItem(text(d.interAgency() == null ? null : d.interAgency() ? "Có" : "Không"), "Liên thông");
        fields.addFormItem(text(d.implementingAgency()), "Cơ quan thực hiện");
        fields.addFormItem(text(d.legalBasis()), "Căn cứ pháp lý");
        fields.addFormItem(text("v" + detail.current().versionNumber()), "Phiên bản hiện hành");

        Grid<RequiredDocument> documents = new Grid<>();
        documents.addColumn(RequiredDocument::name).setHeader("Giấy tờ").setFlexGrow(3);
        documents.addColumn(doc -> doc.originalCount() == null ? "" : String.valueOf(doc.originalCount())).setHeader("Bản chính").setAutoWidth(true);
        documents.addColumn(doc -> doc.copyCount() == null ? "" : String.valueOf(doc.copyCount())).setHeader("Bản sao").setAutoWidth(true);
        documents.addColumn(RequiredDocument::formTemplate).setHeader("Mẫu đơn, tờ khai").setFlexGrow(1);
        documents.setItems(d.documents());
        documents.setAllRowsVisible(true);
        documents.setId("procedure-documents");

        Grid<Fee> fees = new Grid<>();
        fees.addColumn(Fee::description).setHeader("Nội dung").setFlexGrow(3);
        fees.addColumn(ProcedureContent::amount).setHeader("Mức thu").setAutoWidth(true);
        fees.setItems(d.fees());
        fees.setAllRowsVisible(true);
        fees.setId("procedure-fees");

        VerticalLayout layout = new VerticalLayout(fields, new H3("Thành phần hồ sơ (" + d.documents().size() + ")"),
                d.documents().isEmpty() ? new Span("Không có thông tin") : documents,
                new H3("Phí, lệ phí"), d.fees().isEmpty() ? new Span("Không có thông tin") : fees);
        layout.setPadding(false);
        return layout;
    }

    static String amount(Fee fee) {
        if (fee.free()) {
            return "Miễn phí";
        }
        return fee.amountVnd() == null ? "Theo văn bản" : NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"))
                .format(fee.amountVnd()) + " đồng";
    }

    private static Span text(String value) {
        Span span = new Span(value == null || value.isBlank() ? "—" : value);
        span.getStyle().set("white-space", "pre-wrap");
        return span;
    }
}
