package vn.motcua.core.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.text.SearchKey;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Catalog completeness for provincial IT: the procedures served by communes (every commune's default served set,
 * plus any a center added) whose current version lacks a fact the counter needs ({@link CatalogGap#of}), with how
 * many commune centers serve each, and the correction that publishes a new version through the catalog's one
 * publishing path. The counts come from the same reading as the list, so the page's figures and the benchmark's
 * coverage lines agree.
 *
 * <p>Counting centers reads every center's served-set changes: a cross-center read through the provincial path,
 * unaudited (it shows no center's data, only how many centers serve a procedure).
 */
@Singleton
public class CatalogCompleteness {

    /**
     * Each procedure a commune center serves, or every commune would by default: whether by default, and how many
     * active commune centers serve it (the default set minus removals, or the centers that added it).
     */
    static final String SERVED_BY_COMMUNES = """
            WITH communes AS (SELECT tenant_id FROM service_center WHERE type <> 'TINH' AND status = 'ACTIVE'),
                 changes AS (SELECT cp.procedure_id, count(*) FILTER (WHERE cp.served) AS added,
                                    count(*) FILTER (WHERE NOT cp.served) AS removed
                               FROM center_procedure cp JOIN communes c ON c.tenant_id = cp.tenant_id
                              GROUP BY cp.procedure_id)
            SELECT procedure_.id, d.by_default,
                   CASE WHEN d.by_default THEN (SELECT count(*) FROM communes) - coalesce(ch.removed, 0)
                        ELSE coalesce(ch.added, 0) END AS centers
              FROM procedure procedure_
              LEFT JOIN changes ch ON ch.procedure_id = procedure_.id
              CROSS JOIN LATERAL (SELECT """
            + CenterProcedureRepository.DEFAULT_SERVED.replace("CAST(:defaultLevel AS text)", "'COMMUNE'")
            + """
             AS by_default) d
             WHERE d.by_default OR coalesce(ch.added, 0) > 0""";

    /** One procedure served by communes and what its current version lacks. */
    public record Row(long procedureId, String nationalCode, String name, @Nullable String field, int version,
                      Set<CatalogGap> gaps, int centers) {
        public boolean complete() {
            return gaps.isEmpty();
        }
    }

    /** A page of the incomplete procedures matching the filter, their number, and the counts of all served ones. */
    public record Result(List<Row> rows, int total, CatalogCoverage coverage) {
    }

    /**
     * A correction of what the completeness page lists: the deadline (a value and a unit, or explicitly none fixed
     * by law), the fees and the checklist with its forms. Everything else of the version is kept.
     */
    public record Correction(@Nullable Integer baseVersion, boolean noFixedDeadline, @Nullable Integer deadlineValue,
                             @Nullable DeadlineUnit deadlineUnit, List<Fee> fees, List<RequiredDocument> documents) {
        public Correction {
            fees = fees == null ? List.of() : List.copyOf(fees);
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    private final ProvincialScope province;
    private final JdbcOperations jdbc;
    private final ProcedureVersionRepository versions;
    private final CatalogService catalog;

    public CatalogCompleteness(ProvincialScope province, JdbcOperations jdbc, ProcedureVersionRepository versions,
                               CatalogService catalog) {
        this.province = province;
        this.jdbc = jdbc;
        this.versions = versions;
        this.catalog = catalog;
    }

    /**
     * The incomplete procedures served by communes, by code, {@code gap} ones only when given, matching
     * {@code query} (code or name, without diacritics, any word order); the coverage counts every served one.
     */
    public Result incomplete(CallContext ctx, @Nullable CatalogGap gap, @Nullable String query, int page, int size) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        List<Row> all = served();
        CatalogCoverage coverage = CatalogCoverage.of(all.stream().map(Row::gaps).toList());
        String[] words = SearchKey.words(query);
        List<Row> matching = all.stream()
                .filter(r -> !r.complete())
                .filter(r -> gap == null || r.gaps().contains(gap))
                .filter(r -> matches(r, words))
                .toList();
        int from = Math.min(Math.max(page, 0) * Math.max(size, 1), matching.size());
        int to = Math.min(from + Math.max(size, 1), matching.size());
        return new Result(matching.subList(from, to), matching.size(), coverage);
    }

    /** The counts alone: of the procedures served by communes, how many lack each fact (the benchmark prints them). */
    public CatalogCoverage coverage(CallContext ctx) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        return CatalogCoverage.of(served().stream().map(Row::gaps).toList());
    }

    /**
     * Publishes the correction as the next version of the procedure (the catalog's one publishing path, audited as
     * {@link AuditAction#CATALOG_PROCEDURE_COMPLETED}); a unit the parser assumed counts as checked once saved.
     * Refused with Vietnamese messages when a fact is still missing or wrong, or when someone published meanwhile.
     */
    public ProcedureDetail correct(CallContext ctx, long procedureId, Correction correction) {
        return correct(ctx, procedureId, correction, "Bổ sung thông tin còn thiếu");
    }

    /** {@link #correct(CallContext, long, Correction)} with the version's source stated, e.g. "Đối chiếu văn bản pháp luật". */
    public ProcedureDetail correct(CallContext ctx, long procedureId, Correction correction, String source) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        List<Problem> problems = problems(correction);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LegalDeadline deadline = correction.noFixedDeadline() ? LegalDeadline.UNKNOWN
                : LegalDeadline.of(correction.deadlineValue(), correction.deadlineUnit());
        return catalog.publish(ctx, procedureId, correction.baseVersion(), base -> {
            ProcedureDraft d = base.draft();
            return new ProcedureDraft(d.nationalCode(), d.provinceSuffix(), d.name(), d.field(), d.levels(), deadline,
                    correction.documents(), correction.fees(), d.onlineLevel(), d.interAgency(),
                    d.implementingAgency(), d.legalBasis(), false, correction.noFixedDeadline());
        }, AuditAction.CATALOG_PROCEDURE_COMPLETED, source);
    }

    static List<Problem> problems(Correction c) {
        List<Problem> problems = new ArrayList<>();
        if (!c.noFixedDeadline()) {
            if (c.deadlineValue() == null || c.deadlineUnit() == null) {
                problems.add(new Problem("deadlineValue",
                        "Nhập thời hạn giải quyết (số và đơn vị) hoặc chọn «Không quy định thời hạn»",
                        "give the deadline (number and unit) or state that none is fixed"));
            } else if (c.deadlineValue() <= 0 || LegalDeadline.of(c.deadlineValue(), c.deadlineUnit()).isOutOfRange()) {
                problems.add(new Problem("deadlineValue",
                        "Thời hạn giải quyết phải lớn hơn 0 và không quá " + LegalDeadline.MAX_DAYS + " ngày",
                        "the deadline must be above 0 and at most " + LegalDeadline.MAX_DAYS + " days"));
            }
        }
        if (c.fees().isEmpty()) {
            problems.add(new Problem("fees", "Nhập ít nhất một dòng phí, lệ phí (hoặc «Miễn phí»)",
                    "give at least one fee line, or a free one"));
        }
        for (int i = 0; i < c.fees().size(); i++) {
            Fee f = c.fees().get(i);
            if (!f.free() && (f.amountVnd() == null || f.amountVnd() < 0)) {
                problems.add(new Problem("fees[" + i + "]", "Dòng phí " + (i + 1) + ": nhập số tiền (đồng) hoặc chọn miễn phí",
                        "fee line " + (i + 1) + ": an amount in đồng, or free"));
            }
        }
        List<RequiredDocument> papers = c.documents().stream().filter(d -> d.kind() != RequiredDocument.Kind.NOTE).toList();
        if (papers.isEmpty()) {
            problems.add(new Problem("documents", "Thành phần hồ sơ cần ít nhất một giấy tờ phải nộp",
                    "the checklist needs at least one paper to hand in"));
        }
        for (int i = 0; i < c.documents().size(); i++) {
            RequiredDocument d = c.documents().get(i);
            String line = "Giấy tờ " + (i + 1);
            if (d.name() == null) {
                problems.add(new Problem("documents[" + i + "]", line + ": nhập tên giấy tờ", "document " + (i + 1) + ": a name"));
            } else if (d.name().length() > 2000 || d.name().contains("[") || d.name().contains("]")) {
                problems.add(new Problem("documents[" + i + "]", line + ": tên không quá 2000 ký tự và không có dấu ngoặc vuông",
                        "document " + (i + 1) + ": a name of at most 2000 characters without square brackets"));
            }
            if (d.declaredKind() == null) {
                problems.add(new Problem("documents[" + i + "]", line + ": chọn loại (bắt buộc, tùy trường hợp, một trong các giấy tờ, ghi chú)",
                        "document " + (i + 1) + ": a kind"));
            }
            if (d.declaredKind() != RequiredDocument.Kind.NOTE) {
                int originals = d.originalCount() == null ? 0 : d.originalCount();
                int copies = d.copyCount() == null ? 0 : d.copyCount();
                if (originals < 0 || copies < 0 || originals + copies == 0 || originals > 99 || copies > 99) {
                    problems.add(new Problem("documents[" + i + "]", line + ": số bản chính và bản sao từ 0 đến 99, ít nhất một bản",
                            "document " + (i + 1) + ": originals and copies between 0 and 99, at least one"));
                }
            }
        }
        return problems;
    }

    private List<Row> served() {
        return province.unaudited(() -> {
            Map<Long, Integer> centers = new LinkedHashMap<>();
            jdbc.prepareStatement(SERVED_BY_COMMUNES, ps -> {
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        centers.put(rs.getLong("id"), rs.getInt("centers"));
                    }
                }
                return null;
            });
            if (centers.isEmpty()) {
                return List.<Row>of();
            }
            Map<Long, ProcedureVersion> current = new HashMap<>();
            versions.findCurrent(centers.keySet()).forEach(v -> current.put(v.procedureId(), v));
            return centers.entrySet().stream()
                    .filter(e -> current.containsKey(e.getKey()))
                    .map(e -> {
                        ProcedureVersion v = current.get(e.getKey());
                        return new Row(v.procedureId(), v.nationalCode(), v.name(), v.field(), v.versionNumber(),
                                CatalogGap.of(v.draft()), e.getValue());
                    })
                    .sorted(Comparator.comparing(Row::nationalCode))
                    .toList();
        });
    }

    private static boolean matches(Row row, String[] words) {
        if (words.length == 0) {
            return true;
        }
        String key = SearchKey.of(row.nationalCode() + " " + row.name());
        for (String w : words) {
            if (!key.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
