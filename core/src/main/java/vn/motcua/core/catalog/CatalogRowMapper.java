package vn.motcua.core.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One exchange-sheet row → draft, collecting the row's own errors (the shared checks come later). */
final class CatalogRowMapper {

    private static final Pattern FULL_CODE = Pattern.compile("(\\d\\.\\d{6})(?:\\.(.+))?");

    private CatalogRowMapper() {
    }

    static ProcedureDraft map(long line, Map<CatalogColumn, String> row, List<ImportError> errors) {
        for (CatalogColumn column : CatalogColumn.values()) {
            if (column.requiredValue() && column != CatalogColumn.CODE && column != CatalogColumn.NAME
                    && CatalogText.isBlank(row.get(column))) {
                // code and name are checked for every format in ImportCollector
                errors.add(ImportMessages.missingValue(line, column.header()));
            }
        }
        String code = CatalogText.clean(row.get(CatalogColumn.CODE));
        String suffix = null;
        Matcher full = code == null ? null : FULL_CODE.matcher(code);
        if (full != null && full.matches()) {
            code = full.group(1);
            suffix = full.group(2);
        }
        return new ProcedureDraft(
                code,
                suffix,
                CatalogText.name(row.get(CatalogColumn.NAME)),
                row.get(CatalogColumn.FIELD),
                Level.parseAll(row.get(CatalogColumn.LEVEL)),
                deadline(line, row, errors),
                RequiredDocumentText.parseList(row.get(CatalogColumn.DOCUMENTS)),
                FeeTextParser.parseList(row.get(CatalogColumn.FEES)),
                onlineLevel(line, row.get(CatalogColumn.ONLINE_LEVEL), errors),
                interAgency(line, row.get(CatalogColumn.INTER_AGENCY), errors),
                row.get(CatalogColumn.AGENCY),
                row.get(CatalogColumn.LEGAL_BASIS),
                CatalogText.key(row.get(CatalogColumn.DEADLINE_UNIT)).contains(CatalogRowFormatter.UNIT_ASSUMED),
                CatalogText.key(row.get(CatalogColumn.DEADLINE)).equals(CatalogRowFormatter.NO_FIXED_DEADLINE));
    }

    private static LegalDeadline deadline(long line, Map<CatalogColumn, String> row, List<ImportError> errors) {
        String value = row.get(CatalogColumn.DEADLINE);
        String unit = row.get(CatalogColumn.DEADLINE_UNIT);
        if (CatalogText.key(value).equals(CatalogRowFormatter.NO_FIXED_DEADLINE) && CatalogText.clean(unit) == null) {
            return LegalDeadline.UNKNOWN;
        }
        Optional<LegalDeadline> parsed = DeadlineTextParser.parseColumns(value, unit);
        if (parsed.isEmpty()) {
            errors.add(ImportMessages.deadlineNotUnderstood(line, CatalogColumn.DEADLINE.header(),
                    CatalogText.clean(value), CatalogText.clean(unit)));
            return LegalDeadline.UNKNOWN;
        }
        return parsed.get();
    }

    private static OnlineLevel onlineLevel(long line, String text, List<ImportError> errors) {
        Optional<OnlineLevel> level = OnlineLevel.parse(text);
        if (level.isEmpty()) {
            errors.add(ImportMessages.invalidValue(line, CatalogColumn.ONLINE_LEVEL.header(), CatalogText.clean(text),
                    "Toàn trình, Một phần, Không hoặc để trống"));
            return OnlineLevel.UNKNOWN;
        }
        return level.get();
    }

    private static Boolean interAgency(long line, String text, List<ImportError> errors) {
        return switch (CatalogText.key(text)) {
            case "" -> null;
            case "có", "x", "liên thông", "yes", "true", "1" -> Boolean.TRUE;
            case "không", "no", "false", "0" -> Boolean.FALSE;
            default -> {
                errors.add(ImportMessages.invalidValue(line, CatalogColumn.INTER_AGENCY.header(), CatalogText.clean(text),
                        "Có, Không hoặc để trống"));
                yield null;
            }
        };
    }
}
