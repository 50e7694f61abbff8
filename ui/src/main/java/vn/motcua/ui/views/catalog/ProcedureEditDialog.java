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

import java.util.Map;
import java.util.function.Consumer;

/** Edits a procedure; saving publishes a new version. Nothing is saved until the whole form is accepted. */
class ProcedureEditDialog extends Dialog {
    final TextField name = new TextField("Tên thủ tục");
    final TextField field = new TextField("Lĩnh vực");
    final CheckboxGroup<Level> levels = new CheckboxGroup<>("Cấp thực hiện");
    final IntegerField deadline = new IntegerField("Thời hạn giải quyết");
    final ComboBox<DeadlineUnit> unit = new ComboBox<>("Đơn vị thời hạn");
    final ComboBox<OnlineLevel> online = new ComboBox<>("Mức độ DVC trực tuyến");
    final ComboBox<String> interAgency = new ComboBox<>("Liên thông");
    final TextField agency = new TextField("Cơ quan thực hiện");
    final TextField suffix = new TextField("Mã tỉnh (hậu tố)");
    final TextArea legalBasis = new TextArea("Căn cứ pháp lý");
    final TextArea documents = new TextArea("Thành phần hồ sơ (mỗi dòng một giấy tờ)");
    final TextArea fees = new TextArea("Phí, lệ phí (mỗi dòng một khoản)");
    final Button save = new Button("Đăng phiên bản mới");

    private final CallContexts calls;

    ProcedureEditDialog(CatalogAdministration administration, ProcedureDetail detail, Consumer<ProcedureDetail> onSaved, CallContexts calls) {
        this.calls = calls;
        ProcedureForm initial = ProcedureForm.of(detail.current());
        setHeaderTitle("Sửa " + detail.procedure().nationalCode());
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
        interAgency.setItems("Có", "Không", "Chưa xác định");
        deadline.setMin(0);
        deadline.setStepButtonsVisible(true);
        deadline.setHelperText("Để trống nếu văn bản không quy định");
        documents.setHelperText("Ví dụ: Tờ khai đăng ký khai sinh [1 bản chính] [mẫu: TK.docx]");
        fees.setHelperText("Ví dụ: Lệ phí cấp bản sao: 8.000 đồng — hoặc: Miễn phí");

        name.setValue(initial.name());
        field.setValue(nvl(initial.field()));
        levels.setValue(initial.levels());
        if (initial.deadlineValue() != null) {
            deadline.setValue(initial.deadlineValue());
        }
        unit.setValue(initial.deadlineUnit());
        online.setValue(initial.onlineLevel());
        interAgency.setValue(initial.interAgency() == null ? "Chưa xác định" : initial.interAgency() ? "Có" : "Không");
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
                    "Có".equals(interAgency.getValue()) ? Boolean.TRUE : "Không".equals(interAgency.getValue()) ? Boolean.FALSE : null,
                    agency.getValue(), legalBasis.getValue(), documents.getValue(), fees.getValue(), suffix.getValue(),
                    initial.baseVersion());
            try {
                ProcedureDetail saved = administration.publish(calls.current(), detail.procedure().id(), edited);
                Notices.success("Đã đăng phiên bản v" + saved.current().versionNumber());
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
        Button cancel = new Button("Hủy", e -> close());
        getFooter().add(cancel, save);
    }

    private static String nvl(String value) {
        return value == null ? "" : value;
    }
}
