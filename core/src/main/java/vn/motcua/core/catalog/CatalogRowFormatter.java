package vn.motcua.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Draft → exchange-sheet cells, the exact inverse of {@link CatalogRowMapper}. */
final class CatalogRowFormatter {

    /** The deadline cell of a procedure whose law fixes no deadline (key form, lower case). */
    static final String NO_FIXED_DEADLINE = "không quy định thời hạn";
    /** What the unit cell carries after the unit when the parser assumed it (key form). */
    static final String UNIT_ASSUMED = "(giả định)";

    private CatalogRowFormatter() {
    }

    static List<String> headers() {
        List<String> headers = new ArrayList<>();
        for (CatalogColumn column : CatalogColumn.values()) {
            headers.add(column.header());
        }
        return headers;
    }

    static List<String> cells(ProcedureDraft d) {
        List<String> cells = new ArrayList<>();
        for (CatalogColumn column : CatalogColumn.values()) {
            cells.add(cell(d, column));
        }
        return cells;
    }

    private static String cell(ProcedureDraft d, CatalogColumn column) {
        return switch (column) {
            case CODE -> d.fullCode();
            case NAME -> d.name();
            case FIELD -> d.field();
            case LEVEL -> d.levels().stream().map(Level::label).collect(Collectors.joining(", "));
            case DEADLINE -> d.legalDeadline().isKnown() ? String.valueOf(d.legalDeadline().value())
                    : d.noFixedDeadline() ? "Không quy định thời hạn" : "";
            // "Ngày làm việc (giả định)": the unit column ignores what is in parentheses, the flag survives a round trip
            case DEADLINE_UNIT -> d.legalDeadline().isKnown()
                    ? d.legalDeadline().unit().label() + (d.deadlineUnitAssumed() ? " (giả định)" : "") : "";
            case FEES -> d.fees().stream().map(FeeTextParser::format).collect(Collectors.joining("\n"));
            case ONLINE_LEVEL -> d.onlineLevel().label();
            case INTER_AGENCY -> d.interAgency() == null ? "" : d.interAgency() ? "Có" : "Không";
            case AGENCY -> d.implementingAgency();
            case LEGAL_BASIS -> d.legalBasis();
            case DOCUMENTS -> d.documents().stream().map(RequiredDocumentText::format).collect(Collectors.joining("\n"));
        };
    }
}
