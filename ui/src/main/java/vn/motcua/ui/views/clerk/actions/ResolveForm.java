package vn.motcua.ui.views.clerk.actions;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import vn.motcua.ui.views.Notices;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Hoàn thành giải quyết: the signed result is uploaded (số hóa kết quả). */
final class ResolveForm extends ActionForm {
    private String fileName;
    private byte[] content;

    ResolveForm(int maxFileBytes) {
        super("Hoàn thành giải quyết: tải lên văn bản kết quả (số hóa kết quả)");
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("resolve-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxFileBytes);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setUploadButton(new Button("Chọn tệp kết quả"));
        upload.setDropLabel(new Span("Kéo thả văn bản kết quả đã ký vào đây"));
        upload.addSucceededListener(e -> {
            fileName = e.getFileName();
            try {
                content = buffer.getInputStream().readAllBytes();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        upload.addFileRejectedListener(e -> Notices.error("Tệp không được nhận: " + e.getErrorMessage()));
        add(upload);
        footer("resolve-confirm", "Hoàn thành");
    }

    @Override
    DossierRequest request() {
        if (content == null) {
            Notices.error("Chưa tải lên văn bản kết quả");
            return null;
        }
        return new DossierRequest.Resolve(fileName, content);
    }
}
