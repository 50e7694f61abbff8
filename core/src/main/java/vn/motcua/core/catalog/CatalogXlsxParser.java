package vn.motcua.core.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the exchange sheet from the first worksheet of an .xlsx workbook; the first non-empty row is
 * the header and line numbers in the report are Excel's row numbers. Returns every draft or a report.
 * A workbook that would expand too much (zip bomb) is refused before it is read ({@link XlsxExpansionCheck}).
 */
public final class CatalogXlsxParser extends CatalogFileParser {

    public CatalogXlsxParser() {
        this(ImportOptions.defaults());
    }

    public CatalogXlsxParser(ImportOptions options) {
        super(options);
    }

    @Override
    protected ImportResult read(InputStream in, long sizeBytes) {
        CountingInputStream counted = new CountingInputStream(in, options.maxBytes());
        CatalogSheet sheet = new CatalogSheet(options, sizeBytes);
        long rows = 0;
        byte[] bytes;
        try {
            // the reader holds the whole workbook in memory anyway; the upload limit bounds it
            bytes = counted.readAllBytes();
            Optional<ImportError> bomb = XlsxExpansionCheck.check(bytes);
            if (bomb.isPresent()) {
                return ImportCollector.rejectFile(bomb.get());
            }
        } catch (FileTooLargeException e) {
            return ImportCollector.rejectFile(ImportMessages.fileTooLarge(counted.count(), e.limit()));
        } catch (IOException | RuntimeException e) {
            return ImportCollector.rejectFile(ImportMessages.notXlsx(String.valueOf(e.getMessage())));
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = stream.iterator();
            boolean headerRead = false;
            while (!sheet.full() && iterator.hasNext()) {
                Row row = iterator.next();
                List<String> cells = cells(row, sheet.indexOf(CatalogColumn.CODE));
                if (cells.stream().allMatch(CatalogText::isBlank)) {
                    continue;
                }
                if (cells.stream().anyMatch(CatalogText::hasReplacementCharacter)) {
                    sheet.error(ImportMessages.replacementCharacter(row.getRowNum()));
                }
                if (!headerRead) {
                    headerRead = true;
                    if (!sheet.header(cells)) {
                        break;
                    }
                } else {
                    sheet.row(row.getRowNum(), cells);
                }
                sheet.progress(++rows, counted.count());
            }
        } catch (FileTooLargeException e) {
            return ImportCollector.rejectFile(ImportMessages.fileTooLarge(counted.count(), e.limit()));
        } catch (IOException | ExcelReaderException e) {
            return ImportCollector.rejectFile(ImportMessages.notXlsx(String.valueOf(e.getMessage())));
        }
        return sheet.finish(rows, counted.count());
    }

    private static List<String> cells(Row row, int codeIndex) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            boolean code = i == codeIndex;
            cells.add(row.getOptionalCell(i).map(cell -> text(cell, code)).orElse(null));
        }
        return cells;
    }

    private static String text(Cell cell, boolean codeColumn) {
        return switch (cell.getType()) {
            case NUMBER -> codeColumn ? code(cell.asNumber()) : plain(cell.asNumber());
            case STRING -> cell.asString();
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "Có" : "Không";
            case EMPTY -> null;
            default -> cell.getRawValue();
        };
    }

    /**
     * A code typed into a number cell loses its trailing zeros (1.000230 → 1.00023); codes have six
     * decimals, so numbers with one digit before the point and up to six after are padded back.
     */
    private static String code(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 0 && stripped.scale() <= 6 && stripped.precision() - stripped.scale() == 1) {
            return stripped.setScale(6).toPlainString();
        }
        return plain(value);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
