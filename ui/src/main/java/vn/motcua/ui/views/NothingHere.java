package vn.motcua.ui.views;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The one "not found" page body: the same words for a missing page, a missing record and another center's record. */
abstract class NothingHere extends VerticalLayout {
    NothingHere() {
        add(new H2("Không tìm thấy"), new Paragraph("Trang hoặc dữ liệu bạn tìm không tồn tại."),
                new Anchor("", "Về trang chủ"));
        addClassName("not-found");
    }
}
