package vn.motcua.core.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.core.validation.Problem;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadCheckTest {
    static final UploadCheck CHECK = new UploadCheck(5L * 1024 * 1024);
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    static final byte[] WINDOWS_EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    static final byte[] LINUX_ELF = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};

    static List<String> messages(UploadCheck.Verdict v) {
        return v.problems().stream().map(Problem::message).toList();
    }

    @Test
    void aScannedPdfJpegOrPngIsAcceptedByItsContent() {
        assertEquals(UploadCheck.Kind.PDF, CHECK.check("giay-khai-sinh.pdf", PDF).kind().orElseThrow());
        assertEquals(UploadCheck.Kind.JPEG, CHECK.check("cccd-mat-truoc.jpg", JPEG).kind().orElseThrow());
        assertEquals("image/png", CHECK.check("so-do.png", PNG).kind().orElseThrow().mediaType());
    }

    @Test
    void theNameDoesNotMatterAPngCalledPdfIsStoredAsPng() {
        UploadCheck.Verdict v = CHECK.check("scan.pdf", PNG);
        assertTrue(v.accepted());
        assertEquals(UploadCheck.Kind.PNG, v.kind().orElseThrow());
    }

    @Test
    void aWindowsProgramRenamedToPdfIsRefused() {
        UploadCheck.Verdict v = CHECK.check("don-de-nghi.pdf", WINDOWS_EXE);
        assertFalse(v.accepted());
        assertEquals(List.of("Tệp «don-de-nghi.pdf» là tệp chương trình chạy được, không phải tài liệu; hệ thống chỉ nhận "
                + "PDF, JPEG hoặc PNG"), messages(v));
        assertTrue(v.problems().get(0).detail().contains("MZ"));
    }

    @Test
    void aLinuxProgramRenamedToPdfIsRefused() {
        UploadCheck.Verdict v = CHECK.check("ket-qua.pdf", LINUX_ELF);
        assertFalse(v.accepted());
        assertTrue(v.problems().get(0).detail().contains("ELF"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals(List.of("Tệp «to-khai.pdf» rỗng (0 byte), vui lòng quét hoặc chọn lại tệp"),
                messages(CHECK.check("to-khai.pdf", new byte[0])));
        assertFalse(CHECK.check("to-khai.pdf", null).accepted());
    }

    @Test
    void aWordDocumentOrAZipIsRefused() {
        byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertEquals(List.of("Tệp «don.docx» không phải PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp, không theo tên tệp)"),
                messages(CHECK.check("don.docx", docx)));
    }

    @Test
    void aFileOverTheLimitIsRefusedFromItsDeclaredSize() {
        UploadCheck.Verdict v = CHECK.check("ban-ve.pdf", 6L * 1024 * 1024 + 512 * 1024, PDF);
        assertEquals(List.of("Tệp «ban-ve.pdf» có dung lượng 6,5 MB, vượt quá giới hạn 5 MB"), messages(v));
        assertTrue(v.kind().isEmpty());
    }

    @Test
    void aFileExactlyAtTheLimitIsAccepted() {
        assertTrue(CHECK.check("ban-ve.pdf", 5L * 1024 * 1024, PDF).accepted());
    }

    @Test
    void aPdfHeaderMissingItsDashOrATruncatedHeadIsNotAPdf() {
        assertTrue(UploadCheck.detect("%PDF".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(UploadCheck.detect(new byte[] {(byte) 0xFF, (byte) 0xD8}).isEmpty());
    }
}
