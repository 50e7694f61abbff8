package vn.motcua.ui.views;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** Vaadin's "no such route", in the same words as {@link NotFoundView}. */
public class RouteMissingView extends VerticalLayout implements HasErrorParameter<NotFoundException> {
    public RouteMissingView() {
        add(new H2("Không tìm thấy"), new Paragraph("Trang hoặc dữ liệu bạn tìm không tồn tại."),
                new Anchor("", "Về trang chủ"));
        addClassName("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
