package vn.motcua.core.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Header check and row handling shared by the CSV and the .xlsx reader. */
final class CatalogSheet {

    private final ImportCollector collector;
    private final Map<CatalogColumn, Integer> indexByColumn = new EnumMap<>(CatalogColumn.class);
    private final List<ImportError> headerErrors = new ArrayList<>();

    CatalogSheet(ImportOptions options, long totalBytes) {
        this.collector = new ImportCollector(options, totalBytes,
                CatalogColumn.CODE.header(), CatalogColumn.NAME.header(), CatalogColumn.DEADLINE.header());
    }

    /** Reads the header row; false when columns are missing or repeated, as no row can then be read. */
    boolean header(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            int index = i;
            CatalogColumn.ofHeader(cells.get(i)).ifPresent(column -> {
                if (indexByColumn.putIfAbsent(column, index) != null) {
                    headerErrors.add(ImportMessages.duplicateColumn(column.header()));
                }
            });
        }
        for (CatalogColumn column : CatalogColumn.values()) {
            if (column.requiredHeader() && !indexByColumn.containsKey(column)) {
                headerErrors.add(ImportMessages.missingColumn(column.header()));
            }
        }
        return headerErrors.isEmpty();
    }

    /** Position of a column once the header is read, -1 before or when absent. */
    int indexOf(CatalogColumn column) {
        return indexByColumn.getOrDefault(column, -1);
    }

    void row(long line, List<String> cells) {
        if (cells.stream().allMatch(CatalogText::isBlank)) {
            return;
        }
        Map<CatalogColumn, String> values = new EnumMap<>(CatalogColumn.class);
        indexByColumn.forEach((column, index) -> values.put(column, index < cells.size() ? cells.get(index) : null));
        List<ImportError> errors = new ArrayList<>();
        ProcedureDraft draft = CatalogRowMapper.map(line, values, errors);
        collector.accept(line, draft, errors);
    }

    void error(ImportError error) {
        collector.error(error);
    }

    boolean full() {
        return collector.full();
    }

    void progress(long lines, long bytesRead) {
        collector.progress(lines, bytesRead);
    }

    ImportResult finish(long lines, long bytesRead) {
        if (!headerErrors.isEmpty()) {
            return new ImportResult.Rejected(new ImportReport(headerErrors));
        }
        return collector.finish(lines, bytesRead);
    }
}
