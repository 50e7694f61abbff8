package vn.motcua.core.dossier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.motcua.core.export.SpreadsheetCells;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** The dossier list as a spreadsheet opens it: UTF-8 with a byte-order mark (Excel), Vietnamese headers, no cell read as a formula. */
public final class DossierCsvWriter {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(vn.motcua.core.context.BusinessTime.ZONE);

    private DossierCsvWriter() {
    }

    public static void write(Iterable<Dossier> dossiers, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord("Mã hồ sơ", "Mã thủ tục", "Thủ tục", "Người nộp", "Kênh", "Tình trạng", "Ngày tiếp nhận",
                "Hẹn trả", "Kết thúc", "Người xử lý");
        for (Dossier d : dossiers) {
            // names come from applicants and provinces: never let one become a formula (SpreadsheetCells)
            printer.printRecord(SpreadsheetCells.neutralise(java.util.Arrays.asList(d.code(), d.procedureCode(),
                    d.procedureName(), d.applicantName(), d.channel().label(), d.status().label(), time(d.receivedAt()),
                    time(d.appointment()), time(d.endedAt()), d.assignee() == null ? "" : d.assignee())));
        }
        printer.flush();
    }

    private static String time(Instant t) {
        return t == null ? "" : SHOWN.format(t);
    }
}
