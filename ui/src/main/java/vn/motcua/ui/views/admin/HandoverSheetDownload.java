package vn.motcua.ui.views.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.server.StreamResource;
import vn.motcua.ui.views.Texts;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

/**
 * The handover sheet(s) with one-time passwords on the page that created them (one center, or a bulk run): the
 * warning that they are shown only here, the PDF's download link, and, once shown, the confirmation asked before
 * leaving the page (the passwords are never shown again). One per page; ids {@code <prefix>-once},
 * {@code <prefix>-leave} and the link's own.
 */
final class HandoverSheetDownload implements Serializable {
    private final String idPrefix;
    private boolean shown;
    private boolean leaveConfirmed;

    HandoverSheetDownload(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /**
     * The warning and the link to the PDF {@code pdf} gives (asked at each download, so it may render the first time
     * and keep it); from now on leaving the page asks first.
     */
    Component[] show(String fileName, String label, String linkId, SerializableSupplier<byte[]> pdf) {
        StreamResource resource = new StreamResource(fileName, () -> new ByteArrayInputStream(pdf.get()));
        resource.setContentType("application/pdf");
        Anchor download = new Anchor(resource, label);
        download.setTarget("_blank");
        download.setId(linkId);
        Paragraph once = new Paragraph(Texts.t("onboard.sheetOnce"));
        once.setId(idPrefix + "-once");
        once.getElement().getThemeList().add("badge error");
        shown = true;
        return new Component[] {once, download};
    }

    /** The page's {@code beforeLeave}: while a sheet is shown, leaving waits for a confirmation. */
    void beforeLeave(BeforeLeaveEvent event) {
        if (!shown || leaveConfirmed) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(Texts.t("onboard.leaveQuestion"));
        dialog.setText(Texts.t("onboard.sheetOnce"));
        dialog.setCancelable(true);
        dialog.setCancelText(Texts.t("onboard.stay"));
        dialog.setConfirmText(Texts.t("onboard.leave"));
        dialog.setId(idPrefix + "-leave");
        dialog.addConfirmListener(e -> {
            leaveConfirmed = true;
            action.proceed();
        });
        dialog.open();
    }
}
