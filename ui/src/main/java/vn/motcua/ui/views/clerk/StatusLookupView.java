package vn.motcua.ui.views.clerk;

import vn.motcua.core.context.BusinessTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
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
import vn.motcua.core.dossier.DossierStatusLookup;
import vn.motcua.core.dossier.LookupSecret;
import vn.motcua.core.slip.ReceiptSlip;
import vn.motcua.ui.security.ClientAddress;
import vn.motcua.ui.security.PublicPage;
import vn.motcua.ui.views.Texts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/**
 * Public status look-up. The receipt's QR code opens it with the code and the lookup secret filled in
 * ({@code ?ma=<code>&k=<secret>}), and the status shows at once; typed by hand, the secret or (lost receipt) the
 * phone's last 4 digits, throttled per address and per dossier. Nothing personal is shown.
 */
@Route("tra-cuu-ho-so")
@PublicPage
@Prototype
public class StatusLookupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    final TextField code = DossierProofFields.code("lookup-code");
    final TextField secret = DossierProofFields.secret("lookup-secret");
    final TextField lastDigits = DossierProofFields.lastDigits("lookup-digits");
    final Button search = new Button(Texts.t("lookup.search"));
    final Div result = new Div();
    private final DossierStatusLookup lookup;
    private final ClientAddress clientAddress;

    public StatusLookupView(DossierStatusLookup lookup, ClientAddress clientAddress) {
        this.lookup = lookup;
        this.clientAddress = clientAddress;
        setMaxWidth("60em");
        search.setId("lookup-search");
        result.setId("lookup-result");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        search.addClickListener(e -> search());
        FormLayout form = new FormLayout(code, secret, lastDigits);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        // the answer right under the heading: opened from the receipt's QR code on a phone, it is what shows first
        add(new H1(Texts.t("lookup.heading")), result, new Paragraph(Texts.t("lookup.hint")), form, search);
    }

    private void search() {
        result.removeAll();
        DossierStatusLookup.Answer answer = lookup.find(code.getValue(), DossierProofFields.proof(secret, lastDigits),
                clientAddress.current());
        answer.found().ifPresentOrElse(p -> {
            DossierStatusLookup.PublicStatus s = p.status();
            result.add(new Paragraph(Texts.t("lookup.procedure", s.procedureName())),
                    new Paragraph(s.currentStep().isBlank() ? Texts.t("lookup.status", s.status().label())
                            : Texts.t("lookup.statusAndStep", s.status().label(), s.currentStep())),
                    new Paragraph(Texts.t("lookup.received", SHOWN.format(s.receivedAt().atZone(BusinessTime.ZONE)))),
                    new Paragraph(Texts.t("lookup.due", SHOWN.format(s.dueAt().atZone(BusinessTime.ZONE)))));
            if (s.ratable()) {
                String link = "danh-gia?ma=" + URLEncoder.encode(s.code(), StandardCharsets.UTF_8)
                        + (p.bySecret() ? "&k=" + URLEncoder.encode(LookupSecret.read(secret.getValue()).orElse(""),
                        StandardCharsets.UTF_8) : "");
                Anchor rate = new Anchor(link, Texts.t("lookup.rate"));
                rate.setId("lookup-rate");
                result.add(rate);
            }
        }, () -> result.add(new Paragraph(DossierProofFields.refusal(answer))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter("ma").ifPresent(code::setValue);
        query.getSingleParameter("k").ifPresent(k -> secret.setValue(LookupSecret.read(k).map(ReceiptSlip::printed).orElse(k)));
        if (!code.getValue().isBlank() && !secret.getValue().isBlank()) {
            search();
        }
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.lookup");
    }
}
