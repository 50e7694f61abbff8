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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.dossier.DossierRating;
import vn.motcua.core.dossier.SatisfactionRatings;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.ui.security.PublicPage;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

/** Đánh giá mức độ hài lòng on the counter's tablet or kiosk, without login, once per dossier with a result. */
@Route("danh-gia")
@PublicPage
@Prototype
public class RatingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    final TextField code = DossierProofFields.code("rating-code");
    final TextField lastDigits = DossierProofFields.lastDigits("rating-digits");
    final RadioButtonGroup<DossierRating.Level> level = new RadioButtonGroup<>(Texts.t("rating.question"));
    final TextArea comment = new TextArea(Texts.t("rating.comment"));
    final Button send = new Button(Texts.t("rating.send"));
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
                thanks.setText(Texts.t("rating.thanks"));
                send.setEnabled(false);
            } catch (InvalidInputException ex) {
                Notices.error(ex.vietnamese());
            }
        });
        add(new H1(Texts.t("rating.heading")), new FormLayout(code, lastDigits), level, comment, send, thanks);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("ma").ifPresent(code::setValue);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.rating");
    }
}
