package vn.motcua.ui.views;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import vn.motcua.ui.security.PublicPage;

/** "Quên mật khẩu?": who resets a password (no e-mail round trip: the center's director or provincial IT does it). */
@Route("quen-mat-khau")
@PublicPage
@Prototype
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {
    public ForgotPasswordView() {
        setAlignItems(FlexComponent.Alignment.CENTER);
        setMaxWidth("40em");
        getStyle().set("margin", "0 auto");
        RouterLink back = new RouterLink(Texts.t("forgot.back"), LoginView.class);
        back.setId("forgot-back");
        add(new H1(Texts.t("forgot.heading")), new Paragraph(Texts.t("forgot.intro")),
                new UnorderedList(new ListItem(Texts.t("forgot.staff")), new ListItem(Texts.t("forgot.director")),
                        new ListItem(Texts.t("forgot.oneTime"))),
                new Paragraph(Texts.t("forgot.noEmail")), back);
        setId("forgot-password");
    }

    @Override
    public String getPageTitle() {
        return Texts.t("pageTitle.forgot");
    }
}
