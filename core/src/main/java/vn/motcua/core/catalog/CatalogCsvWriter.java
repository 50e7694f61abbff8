package vn.motcua.core.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.motcua.core.export.SpreadsheetCells;

/**
 * Writes drafts in the exchange format, so a province can start from the national catalog and re-import it. Cells
 * that would start a formula get a leading quote ({@link SpreadsheetCells}); {@link CatalogCsvParser} takes it away.
 */
public final class CatalogCsvWriter {

    private CatalogCsvWriter() {
    }

    /** UTF-8 with a byte-order mark: without it Excel opens Vietnamese text as Windows-1252 mojibake. */
    public static void write(List<ProcedureDraft> drafts, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(CatalogRowFormatter.headers());
        for (ProcedureDraft draft : drafts) {
            printer.printRecord(SpreadsheetCells.neutralise(CatalogRowFormatter.cells(draft)));
        }
        printer.flush();
    }
}
