package vn.motcua.ui.views.clerk;

import vn.motcua.core.context.BusinessTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierStatusLookup;
import vn.motcua.ui.security.PublicPage;
import vn.motcua.ui.views.Texts;

import java.time.format.DateTimeFormatter;

/** Public status look-up (the receipt's QR code opens it with the code filled in). */
@Route("tra-cuu-ho-so")
@PublicPage
@Prototype
public class StatusLookupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    final TextField code = DossierProofFields.code("lookup-code");
    final TextField lastDigits = DossierProofFields.lastDigits("lookup-digits");
    final Button search = new Button(Texts.t("lookup.search"));
    final Div result = new Div();

    public StatusLookupView(DossierStatusLookup lookup) {
        setMaxWidth("60em");
        search.setId("lookup-search");
        result.setId("lookup-result");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        search.addClickListener(e -> {
            result.removeAll();
            lookup.find(code.getValue(), lastDigits.getValue()).ifPresentOrElse(s -> result.add(
                    new Paragraph(Texts.t("lookup.procedure", s.procedureName())),
                    new Paragraph(s.currentStep().isBlank() ? Texts.t("lookup.status", s.status().label())
                            : Texts.t("lookup.statusAndStep", s.status().label(), s.currentStep())),
                    new Paragraph(Texts.t("lookup.received", SHOWN.format(s.receivedAt().atZone(BusinessTime.ZONE)))),
                    new Paragraph(Texts.t("lookup.due", SHOWN.format(s.dueAt().atZone(BusinessTime.ZONE))))),
                    () -> result.add(new Paragraph(Texts.t("lookup.notFound"))));
        });
        add(new H1(Texts.t("lookup.heading")), new FormLayout(code, lastDigits), search, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("ma").ifPresent(code::setValue);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.lookup");
    }
}
