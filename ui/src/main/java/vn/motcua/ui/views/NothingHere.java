package vn.motcua.ui.views;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The one "not found" page body: the same words for a missing page, a missing record and another center's record. */
abstract class NothingHere extends VerticalLayout {
    NothingHere() {
        add(new H2(Texts.t("notFound.heading")), new Paragraph(Texts.t("notFound.text")),
                new Anchor("", Texts.t("notFound.home")));
        addClassName("not-found");
    }
}
