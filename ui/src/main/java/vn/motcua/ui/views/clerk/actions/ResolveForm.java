package vn.motcua.ui.views.clerk.actions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import vn.motcua.ui.views.Notices;
import vn.motcua.ui.views.Texts;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Hoàn thành giải quyết: the signed result is uploaded (số hóa kết quả). */
final class ResolveForm extends ActionForm {
    private String fileName;
    private byte[] content;

    ResolveForm(int maxFileBytes) {
        super(Texts.t("dossier.actions.resolve.title"));
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("resolve-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxFileBytes);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setUploadButton(new Button(Texts.t("dossier.actions.resolve.choose")));
        upload.setDropLabel(new Span(Texts.t("dossier.actions.resolve.drop")));
        upload.addSucceededListener(e -> {
            fileName = e.getFileName();
            try {
                content = buffer.getInputStream().readAllBytes();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        upload.addFileRejectedListener(e -> Notices.error(Texts.t("dossier.actions.resolve.fileRejected", e.getErrorMessage())));
        add(upload);
        footer("resolve-confirm", Texts.t("dossier.actions.resolve.confirm"));
    }

    @Override
    DossierRequest request() {
        if (content == null) {
            Notices.error(Texts.t("dossier.actions.resolve.missing"));
            return null;
        }
        return new DossierRequest.Resolve(fileName, content);
    }
}
