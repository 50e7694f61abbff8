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
import vn.motcua.core.dossier.DossierStatusLookup;
import vn.motcua.core.dossier.SatisfactionRatings;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.ui.security.ClientAddress;
import vn.motcua.ui.security.PublicPage;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

/**
 * Đánh giá mức độ hài lòng on the counter's tablet, the kiosk or the citizen's phone, without login, once per dossier
 * with a result. The dossier is proven first through {@link DossierStatusLookup} — the receipt's secret (the status
 * page's link and the receipt's code bring it), or the throttled, audited phone-digits fallback — and the proof is
 * kept on the server for this page only.
 */
@Route("danh-gia")
@PublicPage
@Prototype
public class RatingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    final TextField code = DossierProofFields.code("rating-code");
    final TextField secret = DossierProofFields.secret("rating-secret");
    final TextField lastDigits = DossierProofFields.lastDigits("rating-digits");
    final FormLayout proofForm = new FormLayout(code, secret, lastDigits);
    final Paragraph dossier = new Paragraph();
    final RadioButtonGroup<DossierRating.Level> level = new RadioButtonGroup<>(Texts.t("rating.question"));
    final TextArea comment = new TextArea(Texts.t("rating.comment"));
    final Button send = new Button(Texts.t("rating.send"));
    final Paragraph thanks = new Paragraph();
    private final DossierStatusLookup lookup;
    private final ClientAddress clientAddress;
    private final SatisfactionRatings ratings;
    /** The dossier this page has proven; null until then. */
    private DossierStatusLookup.Proven proven;

    public RatingView(DossierStatusLookup lookup, SatisfactionRatings ratings, ClientAddress clientAddress) {
        this.lookup = lookup;
        this.clientAddress = clientAddress;
        this.ratings = ratings;
        setMaxWidth("50em");
        proofForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        dossier.setId("rating-dossier");
        dossier.setVisible(false);
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
            if (proven == null && !prove(true)) {
                return;
            }
            try {
                ratings.rate(proven, level.getValue(), comment.getValue());
                thanks.setText(Texts.t("rating.thanks"));
                send.setEnabled(false);
            } catch (InvalidInputException ex) {
                Notices.error(ex.vietnamese());
            }
        });
        add(new H1(Texts.t("rating.heading")), proofForm, dossier, level, comment, send, thanks);
    }

    /** Proves the dossier from the fields; tells why not when {@code tell}. */
    private boolean prove(boolean tell) {
        DossierStatusLookup.Answer answer = lookup.find(code.getValue(), DossierProofFields.proof(secret, lastDigits),
                clientAddress.current());
        proven = answer.found().orElse(null);
        if (proven == null) {
            if (tell) {
                Notices.error(DossierProofFields.refusal(answer));
            }
            return false;
        }
        proofForm.setVisible(false);
        dossier.setText(Texts.t("rating.dossier", proven.code(), proven.status().procedureName()));
        dossier.setVisible(true);
        return true;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("ma").ifPresent(code::setValue);
        query.getSingleParameter("k").ifPresent(secret::setValue);
        if (!code.getValue().isBlank() && !secret.getValue().isBlank()) {
            prove(false);
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.rating");
    }
}
