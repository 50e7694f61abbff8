package vn.motcua.ui.views.clerk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.dossier.DossierRating;
import vn.motcua.core.dossier.SatisfactionRatings;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.ui.security.PublicPage;
import vn.motcua.ui.views.Notices;

/** Đánh giá mức độ hài lòng on the counter's tablet or kiosk, without login, once per dossier with a result. */
@Route("danh-gia")
@PageTitle("Đánh giá mức độ hài lòng — MotCua")
@PublicPage
@Prototype
public class RatingView extends VerticalLayout implements BeforeEnterObserver {
    final TextField code = DossierProofFields.code("rating-code");
    final TextField lastDigits = DossierProofFields.lastDigits("rating-digits");
    final RadioButtonGroup<DossierRating.Level> level = new RadioButtonGroup<>("Ông/Bà có hài lòng với việc giải quyết hồ sơ?");
    final TextArea comment = new TextArea("Góp ý (không bắt buộc)");
    final Button send = new Button("Gửi đánh giá");
    final Paragraph thanks = new Paragraph();

    public RatingView(SatisfactionRatings ratings) {
        setMaxWidth("50em");
        level.setId("rating-level");
        level.setItems(DossierRating.Level.values());
        level.setItemLabelGenerator(DossierRating.Level::label);
        comment.setId("rating-comment");
        comment.setMaxLength(1000);
        comment.setWidthFull();
        send.setId("rating-send");
        thanks.setId("rating-thanks");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClickListener(e -> {
            try {
                ratings.rate(code.getValue(), lastDigits.getValue(), level.getValue(), comment.getValue());
                thanks.setText("Cảm ơn Ông/Bà đã đánh giá. Ý kiến của Ông/Bà giúp chúng tôi phục vụ tốt hơn.");
                send.setEnabled(false);
            } catch (InvalidInputException ex) {
                Notices.error(ex.vietnamese());
            }
        });
        add(new H1("Đánh giá mức độ hài lòng"), new FormLayout(code, lastDigits), level, comment, send, thanks);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("ma").ifPresent(code::setValue);
    }
}
