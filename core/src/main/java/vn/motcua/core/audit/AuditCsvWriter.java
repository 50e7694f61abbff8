package vn.motcua.core.audit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.export.SpreadsheetCells;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The audit log as a spreadsheet opens it: UTF-8 with a byte-order mark, Vietnamese headers and words, no formulas;
 * the actor as a full name and as a login name. */
public final class AuditCsvWriter {
    private AuditCsvWriter() {
    }

    public static void write(Iterable<AuditEntry> entries, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord("Thời điểm", "Người thực hiện", "Tên đăng nhập", "Thao tác", "Đối tượng", "Mã đối tượng", "Chi tiết");
        for (AuditEntry e : entries) {
            printer.printRecord(SpreadsheetCells.neutralise(Arrays.asList(BusinessTime.format(e.at()),
                    e.actorUsername() == null ? "hệ thống" : e.actorDisplayName(),
                    e.actorUsername() == null ? "" : e.actorUsername(),
                    AuditAction.parse(e.action()).map(AuditAction::label).orElse(e.action()),
                    e.targetType() == null ? "" : e.targetType(), e.targetId() == null ? "" : e.targetId(),
                    e.detail() == null ? "" : e.detail())));
        }
        printer.flush();
    }
}
