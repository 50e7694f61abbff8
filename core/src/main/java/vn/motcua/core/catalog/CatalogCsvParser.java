package vn.motcua.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.motcua.core.export.SpreadsheetCells;

/**
 * Reads the provinces' exchange sheet saved as CSV (UTF-8, with or without BOM). The delimiter is
 * taken from the header line: Excel with Vietnamese regional settings saves ";" because "," is the
 * decimal separator there. Returns every draft or a report, never part.
 */
public final class CatalogCsvParser extends CatalogFileParser {

    public CatalogCsvParser() {
        this(ImportOptions.defaults());
    }

    public CatalogCsvParser(ImportOptions options) {
        super(options);
    }

    @Override
    protected ImportResult read(InputStream in, long sizeBytes) {
        Utf8Lines lines = new Utf8Lines(in, options.maxBytes());
        CatalogSheet sheet = new CatalogSheet(options, sizeBytes);
        List<Long> lineStarts = new ArrayList<>();
        long rows = 0;
        try {
            String headerLine = lines.nextLine();
            if (headerLine == null) {
                return ImportCollector.rejectFile(ImportMessages.empty());
            }
            Reader reader = lines.asReader(headerLine, lineStarts);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(delimiter(headerLine))
                    .setIgnoreEmptyLines(false)
                    .get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                Iterator<CSVRecord> records = parser.iterator();
                boolean headerRead = false;
                while (!sheet.full() && records.hasNext()) {
                    CSVRecord record = records.next();
                    long line = lineOf(lineStarts, record.getCharacterPosition());
                    // a quote our writer put before a formula character (SpreadsheetCells) is not part of the value
                    List<String> cells = SpreadsheetCells.restore(record.toList());
                    checkEncoding(line, cells, sheet);
                    if (!headerRead) {
                        headerRead = true;
                        if (!sheet.header(cells)) {
                            break;
                        }
                    } else {
                        sheet.row(line, cells);
                    }
                    sheet.progress(++rows, lines.bytesRead());
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } catch (IllegalStateException e) {
                // Commons CSV signals a broken quote this way; the line is where reading stopped
                sheet.error(ImportMessages.malformedCsv(Math.max(1, lineStarts.size()), e.getMessage()));
            }
        } catch (NotUtf8Exception e) {
            return ImportCollector.rejectFile(ImportMessages.notUtf8(e.line()));
        } catch (FileTooLargeException e) {
            return ImportCollector.rejectFile(ImportMessages.fileTooLarge(lines.bytesRead(), e.limit()));
        } catch (IOException e) {
            if (e.getCause() instanceof NotUtf8Exception notUtf8) {
                return ImportCollector.rejectFile(ImportMessages.notUtf8(notUtf8.line()));
            }
            sheet.error(ImportMessages.malformedCsv(Math.max(1, lineStarts.size()), e.getMessage()));
        }
        return sheet.finish(rows, lines.bytesRead());
    }

    /** A file saved in a legacy code page but decoding by luck still shows U+FFFD after a bad conversion. */
    private static void checkEncoding(long line, List<String> cells, CatalogSheet sheet) {
        if (cells.stream().anyMatch(CatalogText::hasReplacementCharacter)) {
            sheet.error(ImportMessages.replacementCharacter(line));
        }
    }

    static char delimiter(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static long lineOf(List<Long> lineStarts, long characterPosition) {
        int found = Collections.binarySearch(lineStarts, characterPosition);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
