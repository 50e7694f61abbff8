package vn.motcua.ui.views;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.core.validation.NotFoundException;

/**
 * What anyone sees for a record or page that does not exist for them — including another center's
 * records and pages of another role: the same words, so nothing is revealed.
 */
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {
    public NotFoundView() {
        add(new H2("Không tìm thấy"), new Paragraph("Trang hoặc dữ liệu bạn tìm không tồn tại."),
                new Anchor("", "Về trang chủ"));
        addClassName("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
