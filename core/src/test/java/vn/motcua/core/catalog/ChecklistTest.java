package vn.motcua.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.motcua.core.catalog.RequiredDocument.Kind.ALTERNATIVE;
import static vn.motcua.core.catalog.RequiredDocument.Kind.CONDITIONAL;
import static vn.motcua.core.catalog.RequiredDocument.Kind.NOTE;
import static vn.motcua.core.catalog.RequiredDocument.Kind.REQUIRED;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChecklistTest {

    private static final String HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";

    // verbatim lines of 1.001193 Thủ tục đăng ký khai sinh (thanh_phan_ho_so of the national file)
    static final String ABANDONED = "- Trường hợp trẻ em bị bỏ rơi thì phải có biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập.";
    static final String PROXY = "- Văn bản ủy quyền (được chứng thực) theo quy định của pháp luật trong trường hợp ủy quyền thực hiện việc "
            + "đăng ký khai sinh. Trường hợp người được ủy quyền là ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của "
            + "người ủy quyền thì văn bản ủy quyền không phải chứng thực.";
    static final String E_CERTIFICATE = "Trường hợp người yêu cầu đã nộp bản điện tử Giấy chứng sinh hoặc cơ quan đăng ký hộ tịch "
            + "đã khai thác được dữ liệu điện tử có ký số của Giấy chứng sinh thì không phải nộp bản giấy.";
    static final String SURROGACY = "- Trường hợp khai sinh cho trẻ em sinh ra do mang thai hộ phải có văn bản xác nhận của cơ sở "
            + "y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ.";
    static final String BIRTH_CERTIFICATE = "- Giấy chứng sinh; trường hợp không có Giấy chứng sinh thì nộp văn bản của người làm "
            + "chứng xác nhận về việc sinh; nếu không có người làm chứng thì phải có giấy cam đoan về việc sinh.";
    static final String IDENTITY = "- Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước/Căn cước điện tử/Giấy chứng nhận căn cước hoặc "
            + "các giấy tờ khác có dán ảnh và thông tin cá nhân do cơ quan có thẩm quyền cấp, còn giá trị sử dụng";
    static final String HEADING = "- Người có yêu cầu đăng ký khai sinh thực hiện việc nộp/xuất trình (theo hình thức trực tiếp) "
            + "hoặc tải lên (theo hình thức trực tuyến) các giấy tờ sau:";
    static final String PAPER_FORM = "- Tờ khai đăng ký khai sinh theo mẫu  (nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức "
            + "trực tiếp hoặc gửi hồ sơ qua hệ thống bưu chính);";
    static final String E_FORM = "- Mẫu hộ tịch điện tử tương tác đăng ký khai sinh (do người yêu cầu cung cấp thông tin theo hướng "
            + "dẫn trên Cổng dịch vụ công, nếu người có yêu cầu lựa chọn nộp hồ sơ theo hình thức trực tuyến)";

    private static RequiredDocument.Kind kind(String line, Integer originals, Integer copies) {
        return new RequiredDocument(line, originals, copies, null).kind();
    }

    @Test
    void birthRegistrationLinesAreClassified() {
        assertEquals(CONDITIONAL, kind(ABANDONED, 1, null));
        assertEquals(CONDITIONAL, kind(PROXY, 1, null));
        assertEquals(NOTE, kind(E_CERTIFICATE, 0, null)); // "0 bản chính": guidance, not a paper
        assertEquals(CONDITIONAL, kind(SURROGACY, 1, null));
        assertEquals(ALTERNATIVE, kind(BIRTH_CERTIFICATE, 1, null));
        assertEquals(ALTERNATIVE, kind(IDENTITY, 1, null));
        assertEquals(NOTE, kind(HEADING, 0, null));
        assertEquals(CONDITIONAL, kind(PAPER_FORM, 1, null));
        assertEquals(CONDITIONAL, kind(E_FORM, 1, null));
        assertEquals(REQUIRED, kind("Tờ khai đăng ký kết hôn", 1, null));
        assertEquals(REQUIRED, kind("Giấy phép khai thác", 0, 1)); // only a copy is asked: still a paper
        assertEquals(NOTE, kind("* Lưu ý: mang theo bản chính để đối chiếu", null, null));
    }

    @Test
    void theRealBirthRegistrationTableKeepsCountsAndClassifies() {
        List<RequiredDocument> documents = PortalDocumentTable.parse("* Giấy tờ phải nộp:" + HEADER
                + ABANDONED + "1 bản chính" + PROXY + "1 bản chính" + E_CERTIFICATE + "0 bản chính" + SURROGACY + "1 bản chính"
                + BIRTH_CERTIFICATE + "1 bản chính* Giấy tờ phải xuất trình:" + HEADER + IDENTITY + "1 bản chính--" + HEADER
                + HEADING + "0 bản chính" + PAPER_FORM + "1 bản chính" + E_FORM + "1 bản chính");
        List<Checklist.Line> lines = Checklist.of(documents);
        assertEquals(List.of(CONDITIONAL, CONDITIONAL, NOTE, CONDITIONAL, ALTERNATIVE, ALTERNATIVE, NOTE, CONDITIONAL, CONDITIONAL),
                lines.stream().map(Checklist.Line::kind).toList());
        assertEquals(1, documents.get(0).originalCount());
        assertEquals(0, documents.get(0).copiesOrDefault());

        Set<String> conditional = Set.of(documents.get(0).name(), documents.get(1).name(), documents.get(3).name(),
                documents.get(7).name(), documents.get(8).name());
        // nothing answered: the five conditional lines and the two one-of groups are unmet, the notes never
        assertEquals(7, Checklist.unmet(lines, Set.of(), Set.of()).size());
        // the birth certificate and an identity paper scanned, the paper form scanned, the rest not applicable
        Set<String> answered = Set.of(documents.get(4).name(), documents.get(5).name(), documents.get(7).name());
        assertEquals(List.of(), Checklist.unmet(lines, answered, conditional));
        // a conditional line must be answered or marked not applicable
        List<List<Checklist.Line>> unmet = Checklist.unmet(lines, answered, Set.of(documents.get(0).name()));
        assertEquals(3, unmet.size());
        assertTrue(unmet.stream().allMatch(u -> u.get(0).kind() == CONDITIONAL));
    }

    @Test
    void aLineStartingWithHoacJoinsThePreviousLinesGroup() {
        List<RequiredDocument> documents = List.of(
                new RequiredDocument("Giấy chứng nhận xuất xứ hàng hóa bản giấy", 1, null, null),
                new RequiredDocument("hoặc chứng từ dưới dạng dữ liệu điện tử.", 1, null, null),
                new RequiredDocument("Tờ khai hải quan", 1, null, null));
        List<Checklist.Line> lines = Checklist.of(documents);
        assertEquals(List.of(ALTERNATIVE, ALTERNATIVE, REQUIRED), lines.stream().map(Checklist.Line::kind).toList());
        assertEquals(0, lines.get(1).group());
        assertEquals(List.of(), Checklist.unmet(lines, Set.of(documents.get(1).name(), documents.get(2).name()), Set.of()));
        List<List<Checklist.Line>> unmet = Checklist.unmet(lines, Set.of(documents.get(2).name()), Set.of());
        assertEquals(1, unmet.size());
        assertEquals(2, unmet.get(0).size());
    }

    @Test
    void countsGluedToTheCellAreOneDigit() {
        // real cells: "…Mẫu 03" + "1 bản chính", "…năm 2025" + "1 bản chính,1 bản sao", "01 bản chính"
        List<RequiredDocument> documents = PortalDocumentTable.parse(HEADER + "Đơn theo Mẫu 031 bản chính"
                + "Quyết định số 12/QĐ năm 20251 bản chính,1 bản sao" + "Giấy xác nhận01 bản chính");
        assertEquals(List.of(
                new RequiredDocument("Đơn theo Mẫu 03", 1, null, null),
                new RequiredDocument("Quyết định số 12/QĐ năm 2025", 1, 1, null),
                new RequiredDocument("Giấy xác nhận", 1, null, null)), documents);
        assertEquals(1, documents.get(1).copiesOrDefault());
    }
}
