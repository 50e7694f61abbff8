package vn.motcua.core.counter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.motcua.core.export.SpreadsheetCells;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.LongFunction;

/** The equipment list as a spreadsheet opens it: UTF-8 with a byte-order mark (Excel), Vietnamese headers, no formulas. */
public final class EquipmentCsvWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private EquipmentCsvWriter() {
    }

    public static void write(Iterable<Equipment> devices, LongFunction<String> counterName, LocalDate today, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord("Loại thiết bị", "Model", "Số sê-ri", "Vị trí", "Tình trạng", "Ngày mua", "Hạn bảo hành",
                "Sắp hết bảo hành", "Ghi chú");
        for (Equipment e : devices) {
            String location = e.counterId() != null ? counterName.apply(e.counterId()) : e.location();
            // model, serial and notes are typed by people: never let one become a formula
            printer.printRecord(SpreadsheetCells.neutralise(Arrays.asList(e.kind().label(), e.model(), e.serial(), location,
                    e.status().label(), date(e.purchasedOn()), date(e.warrantyUntil()),
                    e.warrantyEndsWithin(today, EquipmentService.WARRANTY_WARNING_DAYS) ? "Có" : "", e.notes())));
        }
        printer.flush();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }
}
