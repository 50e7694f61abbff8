package vn.motcua.core.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Drafts and sheets shared by the exchange-format tests. */
final class CatalogFixtures {

    static final String HEADER = String.join(",", CatalogRowFormatter.headers());

    private CatalogFixtures() {
    }

    static ProcedureDraft birthRegistration() {
        return new ProcedureDraft("1.001193", "000.00.00.H56", "Thủ tục đăng ký khai sinh", "Hộ tịch",
                Set.of(Level.COMMUNE), LegalDeadline.of(8, DeadlineUnit.WORKING_HOURS),
                List.of(new RequiredDocument("Tờ khai đăng ký khai sinh theo mẫu", 1, null, "TK khai sinh.docx"),
                        new RequiredDocument("Giấy chứng sinh; trường hợp không có thì văn bản của người làm chứng", 1, 1, null),
                        new RequiredDocument("Giấy tờ tùy thân (nếu có)", null, null, null)),
                List.of(Fee.free("Miễn lệ phí đăng ký khai sinh đúng hạn"), Fee.amount("Cấp bản sao trích lục", 8_000)),
                OnlineLevel.FULL, Boolean.TRUE, "Ủy ban nhân dân cấp xã",
                "Luật Hộ tịch 60/2014/QH13; Nghị định 123/2015/NĐ-CP");
    }

    static ProcedureDraft landRegistration() {
        return new ProcedureDraft("1.012782", null, "Đăng ký biến động đất đai, tài sản gắn liền với đất", "Đất đai",
                EnumSet.of(Level.PROVINCE, Level.COMMUNE), LegalDeadline.of(30, DeadlineUnit.WORKING_DAYS),
                List.of(), List.of(new Fee("100 USD/thẻ", null, false)), OnlineLevel.PARTIAL, Boolean.FALSE, null, null);
    }

    static ProcedureDraft minimal() {
        return new ProcedureDraft("2.000635", null, "Cấp bản sao Trích lục hộ tịch", null, Set.of(Level.OTHER),
                LegalDeadline.UNKNOWN, List.of(), List.of(), OnlineLevel.UNKNOWN, null, null, null);
    }

    static List<ProcedureDraft> sample() {
        return List.of(birthRegistration(), landRegistration(), minimal());
    }

    /** A sheet with the given rows; row 1 is the header, cells as typed. */
    static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "MotCua", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Danh mục TTHC");
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static List<List<Object>> rowsOf(List<ProcedureDraft> drafts) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(List.copyOf(CatalogRowFormatter.headers()));
        for (ProcedureDraft d : drafts) {
            rows.add(new java.util.ArrayList<>(CatalogRowFormatter.cells(d)));
        }
        return rows;
    }
}
