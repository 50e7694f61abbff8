package vn.motcua.tenants.legacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.catalog.ProcedureVersion;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.dossier.Applicant;
import vn.motcua.core.dossier.Dossier;
import vn.motcua.core.dossier.DossierCode;
import vn.motcua.core.dossier.DossierImports;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.ImportedDossier;
import vn.motcua.core.dossier.IndicatorTallies;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.storage.DocumentReferences;
import vn.motcua.core.storage.DocumentStore;
import vn.motcua.core.storage.StoredObject;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.validation.Problem;
import vn.motcua.core.workflow.WorkflowService;
import vn.motcua.core.workflow.WorkflowVersion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Importing a previous one-stop system's dossiers into one commune center (format: {@code tenants/LEGACY-IMPORT.md}).
 * Provincial IT only, on the audited provincial path: the import writes into the chosen center's rows.
 *
 * <p>{@link #preview} reads the whole archive (every file inflated once, hashed, never kept) and says what would
 * happen; {@link #run} checks everything again — it never trusts an earlier preview — and then, all or nothing,
 * stores the scans first (keys {@code <center>/dossiers/imported/<uuid>}, which {@code DocumentSweeper} removes
 * after its grace hour if no row ever refers to them) and writes every row in one provincial transaction. If that
 * transaction's own work fails, the objects it would have referred to are deleted at once (as
 * {@code DocumentWrites} does); a failure at or after the commit leaves them to the sweeper.
 *
 * <p>Idempotent: a dossier already imported from an entry with the same fingerprint (the entry's manifest text and
 * its files' checksums) is counted unchanged and skipped, so the same archive again creates nothing. An entry whose
 * dossier was imported before with another fingerprint is kept as it is on MotCua (it may have moved on since) and
 * reported as a note; a code the center already holds from its own intake is a problem.
 */
@Singleton
public class LegacyImportService {
    private static final Logger LOG = LoggerFactory.getLogger(LegacyImportService.class);
    /** The largest archive the page and the API accept. */
    public static final long MAX_ARCHIVE_BYTES = 1024L * 1024 * 1024;
    private static final DateTimeFormatter VN_DATE_TIME = DateTimeFormatter.ofPattern("d/M/uuuu H:mm[:ss]")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    /** What the import reports while it runs (phase in Vietnamese, done of total). */
    public interface Progress {
        void at(String phase, long done, long total);

        Progress NONE = (phase, done, total) -> {
        };
    }

    /** What a run did. */
    @io.micronaut.serde.annotation.Serdeable
    public record Outcome(LegacyImportReport report, int created, int documentsStored) {
    }

    private final ProvincialScope province;
    private final JdbcOperations jdbc;
    private final DossierImports imports;
    private final CatalogService catalog;
    private final WorkflowService workflows;
    private final DocumentStore store;
    private final DocumentReferences references;
    private final AuditLog audit;
    private final IndicatorTallies tallies;

    public LegacyImportService(ProvincialScope province, JdbcOperations jdbc,
                               DossierImports imports, CatalogService catalog, WorkflowService workflows,
                               DocumentStore store, DocumentReferences references, AuditLog audit, IndicatorTallies tallies) {
        this.tallies = tallies;
        this.province = province;
        this.jdbc = jdbc;
        this.imports = imports;
        this.catalog = catalog;
        this.workflows = workflows;
        this.store = store;
        this.references = references;
        this.audit = audit;
    }

    /** The commune centers one may import into, by name (id, display name, agency code). */
    public record Target(long id, String name, String agencyCode) {
    }

    public List<Target> targets(CallContext ctx) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        return province.unaudited(() -> centers().values().stream().filter(c -> !c.province() && c.successor() == null)
                .map(c -> new Target(c.id(), c.name(), c.agencyCode()))
                .sorted(vn.motcua.core.text.VietnameseOrder.by(Target::name)).toList());
    }

    /** What importing {@code archive} into center {@code centerId} would do; changes nothing (audited as a read). */
    public LegacyImportReport preview(CallContext ctx, long centerId, Path archive, Progress progress) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        Plan plan = plan(ctx, centerId, archive, progress);
        LegacyImportReport report = plan.report();
        province.run(ctx, AuditAction.LEGACY_IMPORT_PREVIEWED, report.centerName() + ": " + report.dossiers() + " hồ sơ, "
                + report.toCreate() + " sẽ nhập, " + report.problems().size() + " lỗi; tệp " + report.archiveSha256(), () -> null);
        return report;
    }

    /**
     * Imports {@code archive} into center {@code centerId}: all or nothing, refused with every problem in Vietnamese
     * (naming the entry) when the archive has any.
     */
    public Outcome run(CallContext ctx, long centerId, Path archive, Progress progress) {
        ctx.require(Permission.ADMINISTER_PROVINCE);
        Plan plan = plan(ctx, centerId, archive, progress);
        LegacyImportReport report = plan.report();
        if (!report.acceptable()) {
            throw refusal(report);
        }
        TenantId tenant = TenantId.of(centerId);
        Map<String, WorkflowVersion> flows = new HashMap<>();
        for (Planned p : plan.planned()) {
            flows.computeIfAbsent(p.procedure().nationalCode(), code -> workflows.current(tenant, code, deadline(p.procedure())));
        }
        List<StoredObject> stored = new ArrayList<>();
        List<ImportedDossier> rows = new ArrayList<>();
        boolean[] rowsWritten = {false};
        try (LegacyArchive zip = LegacyArchive.open(archive)) {
            int done = 0;
            for (Planned p : plan.planned()) {
                List<ImportedDossier.Document> docs = new ArrayList<>();
                for (LegacyManifest.Document d : p.entry().documents() == null ? List.<LegacyManifest.Document>of() : p.entry().documents()) {
                    LegacyArchive.Content content = zip.read(d.path(), true);
                    if (!content.sha256().equalsIgnoreCase(d.sha256().strip())) {
                        throw new InvalidInputException(List.of(new Problem("archive", "Tệp «" + d.path()
                                + "» đã thay đổi trong lúc nhập", "file " + d.path() + " changed during the import")));
                    }
                    StoredObject o = store.put(centerId + "/dossiers/imported/" + UUID.randomUUID(), content.bytes(),
                            content.mediaType().orElseThrow());
                    stored.add(o);
                    docs.add(new ImportedDossier.Document(d.name().strip(), fileName(d.path()), o));
                }
                rows.add(p.toRow(centerId, flows.get(p.procedure().nationalCode()), docs, report.archiveSha256(), ctx));
                progress.at("Lưu tệp quét", ++done, plan.planned().size());
            }
            progress.at("Ghi hồ sơ", 0, rows.size());
            int created = province.run(ctx, AuditAction.LEGACY_IMPORTED, detail(report, rows.size(), stored.size()), () -> {
                for (ImportedDossier row : rows) {
                    // a dossier of that code may have appeared since the check (intake, another import)
                    if (imports.find(centerId, row.code()).isPresent()) {
                        throw new InvalidInputException(List.of(new Problem("code", "Mã hồ sơ " + row.code()
                                + " vừa được tạo tại trung tâm trong lúc nhập; không có gì thay đổi, hãy thử lại",
                                "code " + row.code() + " appeared during the import")));
                    }
                    imports.insert(row);
                }
                // the imported dossiers count in the center's indicators from their own dates
                tallies.recountAll(tenant, BusinessTime.localDate(ctx.now()).plusDays(1));
                audit.record(tenant, ctx, AuditAction.LEGACY_IMPORTED, "service_center", centerId,
                        detail(report, rows.size(), stored.size()));
                rowsWritten[0] = true;
                return rows.size();
            });
            progress.at("Ghi hồ sơ", rows.size(), rows.size());
            return new Outcome(report, created, stored.size());
        } catch (LegacyArchive.Refused e) {
            cleanUp(tenant, stored, rowsWritten[0]);
            throw new InvalidInputException(List.of(e.problem));
        } catch (RuntimeException e) {
            cleanUp(tenant, stored, rowsWritten[0]);
            throw e;
        }
    }

    private static String detail(LegacyImportReport report, int created, int documents) {
        return report.centerName() + ": nhập " + created + " hồ sơ (" + report.open() + " đang giải quyết), "
                + documents + " tệp quét, " + report.unchanged() + " đã nhập trước đó; tệp " + report.archiveSha256();
    }

    /** As {@code DocumentWrites}: delete what was stored only when no commit was attempted and no row refers to it. */
    private void cleanUp(TenantId tenant, List<StoredObject> stored, boolean rowsWritten) {
        if (stored.isEmpty() || rowsWritten) {
            if (!stored.isEmpty()) {
                LOG.warn("Legacy import into {} failed at or after its commit; {} objects left for the sweeper", tenant, stored.size());
            }
            return;
        }
        List<String> keys = stored.stream().map(StoredObject::key).toList();
        try {
            if (!references.referenced(tenant, keys).isEmpty()) {
                return;
            }
        } catch (RuntimeException e) {
            LOG.warn("Legacy import into {}: cannot tell whether its objects are referenced ({}); left for the sweeper", tenant,
                    e.getMessage());
            return;
        }
        for (String key : keys) {
            try {
                store.delete(key);
            } catch (RuntimeException e) {
                LOG.warn("Orphaned object {} left for the sweeper: {}", key, e.getMessage());
            }
        }
    }

    static InvalidInputException refusal(LegacyImportReport report) {
        return new InvalidInputException(report.problems().stream()
                .map(i -> new Problem(i.entry() == 0 ? "archive" : "dossiers[" + i.entry() + "]", i.describe(),
                        (i.code() == null ? "" : i.code() + ": ") + i.detail())).toList());
    }

    // ---- checking ------------------------------------------------------------------------------------------------

    private record Center(long id, String name, String agencyCode, Long successor, boolean province, String provinceCode) {
    }

    private record Plan(LegacyImportReport report, List<Planned> planned) {
    }

    /** An entry that will become a dossier, with what the check read from it. */
    private record Planned(int index, LegacyManifest.Entry entry, String code, ProcedureVersion procedure,
                           DossierStatus status, Dossier.Channel channel, Applicant applicant, Instant received,
                           Instant due, Instant resolved, Instant returned, Instant ended, Instant pausedSince,
                           List<ImportedDossier.Line> lines, String fingerprint, String provinceCode) {

        ImportedDossier toRow(long centerId, WorkflowVersion workflow, List<ImportedDossier.Document> docs,
                              String archiveSha256, CallContext ctx) {
            return new ImportedDossier(centerId, code, procedure.nationalCode(), procedure.versionNumber(), procedure.name(),
                    workflow, channel, applicant, status, received, due, resolved, returned, ended, pausedSince,
                    provinceCode, lines, docs, new ImportedDossier.Provenance(archiveSha256, fingerprint,
                    entry.status().strip(), ctx.username(), ctx.now(), "Nhập từ hệ thống cũ với trạng thái «"
                    + entry.status().strip() + "»; hẹn trả " + BusinessTime.format(due)));
        }
    }

    private Map<Long, Center> centers() {
        return jdbc.prepareStatement("SELECT tenant_id, name, type, agency_code, successor_tenant_id, province_code FROM service_center",
                ps -> {
                    Map<Long, Center> all = new LinkedHashMap<>();
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long successor = rs.getLong(5);
                            String type = rs.getString(3);
                            all.put(rs.getLong(1), new Center(rs.getLong(1), displayName(type, rs.getString(2)), rs.getString(4),
                                    rs.wasNull() || successor == 0 ? null : successor, "TINH".equals(type), rs.getString(6)));
                        }
                    }
                    return all;
                });
    }

    private static String displayName(String type, String name) {
        return vn.motcua.tenants.center.CenterType.valueOf(type).label() + " " + name;
    }

    private Plan plan(CallContext ctx, long centerId, Path archive, Progress progress) {
        Map<Long, Center> all = province.unaudited(this::centers);
        Center target = all.get(centerId);
        if (target == null || target.province()) {
            throw new NotFoundException("center", centerId);
        }
        Collector c = new Collector();
        if (target.successor() != null) {
            Center successor = all.get(target.successor());
            c.problem(0, null, target.name() + " đã sáp nhập vào " + (successor == null ? "trung tâm khác" : successor.name())
                    + "; hãy nhập hồ sơ vào trung tâm đó", "center " + centerId + " was merged into " + target.successor());
        }
        String archiveSha = sha256(archive);
        List<Planned> planned = new ArrayList<>();
        int unchanged = 0;
        int kept = 0;
        int documents = 0;
        long documentBytes = 0;
        Map<String, Integer> statusCounts = new LinkedHashMap<>();
        Map<String, DossierStatus> statusMap = new LinkedHashMap<>();
        Set<String> unknownProcedures = new TreeSet<>();
        int open = 0;
        int closed = 0;
        int total = 0;
        try (LegacyArchive zip = LegacyArchive.open(archive)) {
            LegacyManifest manifest = manifest(zip.manifest());
            List<LegacyManifest.Entry> entries = manifest.dossiers() == null ? List.of() : manifest.dossiers();
            total = entries.size();
            if (entries.isEmpty()) {
                c.problem(0, null, "Danh sách hồ sơ trong manifest.json trống", "no dossiers in the manifest");
            }
            Map<String, Integer> seen = new HashMap<>();
            Map<String, Optional<ProcedureVersion>> procedures = new HashMap<>();
            List<String> codes = new ArrayList<>();
            for (LegacyManifest.Entry e : entries) {
                codes.add(e == null || e.code() == null ? null : e.code().strip().toUpperCase(java.util.Locale.ROOT));
            }
            Map<String, DossierImports.Existing> existing = new HashMap<>();
            Map<String, Long> elsewhere = new HashMap<>();
            List<String> valid = codes.stream().filter(code -> code != null && DossierCode.isValid(code)).distinct().toList();
            province.unaudited(() -> {
                for (String code : valid) {
                    imports.find(centerId, code).ifPresent(x -> existing.put(code, x));
                }
                // one query for the whole archive, on the code index of migration 019
                jdbc.prepareStatement("SELECT code, min(tenant_id) FROM dossier WHERE code = ANY (?) AND tenant_id <> ? GROUP BY code",
                        ps -> {
                            ps.setArray(1, ps.getConnection().createArrayOf("varchar", valid.toArray(String[]::new)));
                            ps.setLong(2, centerId);
                            try (var rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    elsewhere.put(rs.getString(1), rs.getLong(2));
                                }
                            }
                            return null;
                        });
                return null;
            });
            for (int i = 0; i < entries.size(); i++) {
                int n = i + 1;
                LegacyManifest.Entry e = entries.get(i);
                progress.at("Kiểm tra hồ sơ", n, entries.size());
                if (e == null) {
                    c.problem(n, null, "Mục trống", "null entry");
                    continue;
                }
                String code = codes.get(i);
                int before = c.problems.size();
                // --- code
                Optional<DossierCode> parsed = DossierCode.tryParse(code);
                if (code == null || code.isBlank()) {
                    c.problem(n, null, "Thiếu mã hồ sơ (code)", "code missing");
                } else if (parsed.isEmpty()) {
                    c.problem(n, code, "Mã hồ sơ không đúng định dạng <mã cơ quan>-YYMMDD-NNNN (ví dụ 000.00.00.H25-250612-0001)",
                            "code is not <agency>-YYMMDD-NNNN");
                } else {
                    Integer first = seen.putIfAbsent(code, n);
                    if (first != null) {
                        c.problem(n, code, "Trùng mã với hồ sơ thứ " + first + " trong cùng tệp", "duplicate of entry " + first);
                    }
                    ownerProblem(c, n, code, parsed.get(), target, all, elsewhere.get(code));
                }
                // --- procedure
                String procedureCode = e.procedureCode() == null ? "" : e.procedureCode().strip();
                Optional<ProcedureVersion> procedure = procedureCode.isEmpty() ? Optional.empty()
                        : procedures.computeIfAbsent(procedureCode, pc -> catalog.findVersion(pc, null));
                if (procedureCode.isEmpty()) {
                    c.problem(n, code, "Thiếu mã thủ tục (procedureCode)", "procedure code missing");
                } else if (procedure.isEmpty()) {
                    unknownProcedures.add(procedureCode);
                    c.problem(n, code, "Mã thủ tục «" + procedureCode + "» không có trong danh mục thủ tục của tỉnh",
                            "unknown procedure " + procedureCode);
                }
                // --- status
                String statusText = e.status() == null ? "" : e.status().strip();
                Optional<DossierStatus> status = LegacyStatuses.map(statusText);
                if (statusText.isEmpty()) {
                    c.problem(n, code, "Thiếu trạng thái (status)", "status missing");
                } else if (status.isEmpty()) {
                    c.problem(n, code, "Trạng thái «" + statusText + "» không có trong bảng chuyển đổi trạng thái",
                            "unknown status " + statusText);
                } else if (status.get() == DossierStatus.SUBMITTED) {
                    c.problem(n, code, "Hồ sơ «" + statusText + "» chưa được tiếp nhận ở hệ thống cũ: hãy tiếp nhận lại trên MotCua",
                            "status " + statusText + " means not yet received");
                } else {
                    statusCounts.merge(statusText, 1, Integer::sum);
                    statusMap.putIfAbsent(statusText, status.get());
                }
                // --- channel, applicant
                Dossier.Channel channel = channel(c, n, code, e.channel());
                Applicant applicant = applicant(c, n, code, e.applicant());
                // --- dates
                Instant now = ctx.now();
                Instant received = date(c, n, code, "received", "ngày tiếp nhận", e.received(), true, now);
                Instant due = date(c, n, code, "due", "hạn trả kết quả", e.due(), true, null);
                Instant resolved = date(c, n, code, "resolved", "ngày có kết quả", e.resolved(), false, now);
                Instant returned = date(c, n, code, "returned", "ngày trả kết quả", e.returned(), false, now);
                if (received != null && due != null && due.isBefore(received)) {
                    c.problem(n, code, "Hạn trả kết quả (" + BusinessTime.format(due) + ") trước ngày tiếp nhận ("
                            + BusinessTime.format(received) + ")", "due before received");
                }
                if (received != null && resolved != null && resolved.isBefore(received)) {
                    c.problem(n, code, "Ngày có kết quả trước ngày tiếp nhận", "resolved before received");
                }
                if (resolved != null && returned != null && returned.isBefore(resolved)) {
                    c.problem(n, code, "Ngày trả kết quả trước ngày có kết quả", "returned before resolved");
                }
                if (status.isPresent() && (status.get() == DossierStatus.RESOLVED || status.get() == DossierStatus.RETURNED)
                        && resolved == null && e.resolved() == null) {
                    c.problem(n, code, "Hồ sơ «" + statusText + "» thiếu ngày có kết quả (resolved)", "resolved date missing");
                }
                if (status.isPresent() && status.get() == DossierStatus.RETURNED && returned == null && e.returned() == null) {
                    c.problem(n, code, "Hồ sơ «" + statusText + "» thiếu ngày trả kết quả (returned)", "returned date missing");
                }
                // --- control sheet
                List<ImportedDossier.Line> lines = lines(c, n, code, e.controlSheet(), received, now);
                // --- documents
                List<LegacyManifest.Document> docs = e.documents() == null ? List.of() : e.documents();
                DossierImports.Existing already = code == null ? null : existing.get(code);
                boolean create = already == null;
                for (int d = 0; d < docs.size(); d++) {
                    LegacyManifest.Document doc = docs.get(d);
                    String what = "Giấy tờ thứ " + (d + 1);
                    if (doc == null || doc.name() == null || doc.name().isBlank()) {
                        c.problem(n, code, what + ": thiếu tên giấy tờ (name)", "document " + (d + 1) + " has no name");
                        continue;
                    }
                    if (doc.name().strip().length() > 500) {
                        c.problem(n, code, what + ": tên dài quá 500 ký tự", "document name too long");
                    }
                    if (doc.path() == null || doc.path().isBlank()) {
                        c.problem(n, code, what + " «" + doc.name() + "»: thiếu đường dẫn tệp (path)", "document path missing");
                        continue;
                    }
                    if (doc.sha256() == null || !doc.sha256().strip().matches("[0-9a-fA-F]{64}")) {
                        c.problem(n, code, what + " «" + doc.name() + "»: thiếu mã kiểm tra SHA-256 (64 ký tự hệ 16)",
                                "document sha256 missing or malformed");
                        continue;
                    }
                    String path = doc.path().strip();
                    if (!LegacyArchive.safe(path)) {
                        c.problem(n, code, what + ": đường dẫn «" + path + "» không an toàn", "unsafe path " + path);
                        continue;
                    }
                    if (!zip.has(path)) {
                        c.problem(n, code, what + " «" + doc.name() + "»: thiếu tệp «" + path + "» trong tệp zip",
                                "missing file " + path);
                        continue;
                    }
                    LegacyArchive.Content content = zip.read(path, false);
                    if (!content.sha256().equalsIgnoreCase(doc.sha256().strip())) {
                        c.problem(n, code, what + ": tệp «" + path + "» không khớp mã kiểm tra SHA-256 (tệp hỏng hoặc bị thay)",
                                "checksum mismatch for " + path);
                    } else if (content.mediaType().isEmpty()) {
                        c.problem(n, code, what + ": tệp «" + path + "» không phải PDF, JPEG hay PNG", "not a PDF/JPEG/PNG: " + path);
                    } else if (content.size() == 0) {
                        c.problem(n, code, what + ": tệp «" + path + "» rỗng", "empty file " + path);
                    }
                    if (create) {
                        documents++;
                        documentBytes += content.size();
                    }
                }
                if (c.problems.size() > before) {
                    continue;
                }
                String fingerprint = fingerprint(e);
                if (already != null) {
                    if (!already.imported()) {
                        c.problem(n, code, "Trung tâm đã có hồ sơ mã này (tiếp nhận trên MotCua); không nhập trùng",
                                "the center already has a dossier with this code");
                    } else if (already.entrySha256().equals(fingerprint)) {
                        unchanged++;
                        c.note(n, code, "Đã nhập trước đây, không đổi: bỏ qua", "already imported, unchanged");
                    } else {
                        kept++;
                        c.note(n, code, "Đã nhập trước đây với nội dung khác: giữ nguyên hồ sơ trên MotCua, không ghi đè",
                                "imported before with other content: kept as it is");
                    }
                    continue;
                }
                DossierStatus s = status.orElseThrow();
                // as the life cycle's endedAt: the result, its return, or the stop; a withdrawal or refusal has none
                Instant ended = returned != null ? returned : resolved != null ? resolved
                        : s == DossierStatus.STOPPED ? (lines.isEmpty() ? received : lines.get(lines.size() - 1).at()) : null;
                if (s == DossierStatus.WITHDRAWN && DossierImports.withdrawal(s, lines) == null) {
                    c.note(n, code, "Hồ sơ đã rút nhưng phiếu kiểm soát không có dòng rút hồ sơ: không tính vào số hồ sơ rút theo ngày",
                            "withdrawn, but no line of its control sheet says when: not counted among the day's withdrawals");
                }
                Instant pausedSince = null;
                if (s.isPaused()) {
                    pausedSince = received;
                    for (ImportedDossier.Line l : lines) {
                        if (l.toStatus() == s && (l.fromStatus() == null || l.fromStatus() != s)) {
                            pausedSince = l.at();
                        }
                    }
                }
                if (s.isOpen()) {
                    open++;
                } else {
                    closed++;
                }
                planned.add(new Planned(n, e, code, procedure.orElseThrow(), s, channel, applicant, received, due, resolved,
                        returned, ended, pausedSince, lines, fingerprint, target.provinceCode()));
            }
        } catch (LegacyArchive.Refused r) {
            c.problems.add(new LegacyImportReport.Issue(0, null, r.problem.message(), r.problem.detail()));
            planned.clear();
        }
        List<LegacyImportReport.StatusMapping> mappings = statusCounts.entrySet().stream()
                .map(s -> new LegacyImportReport.StatusMapping(s.getKey(), statusMap.get(s.getKey()), s.getValue())).toList();
        LegacyImportReport report = new LegacyImportReport(centerId, target.name(), archiveSha, total, planned.size(), unchanged,
                kept, open, closed, documents, documentBytes, mappings, List.copyOf(unknownProcedures), List.copyOf(c.problems),
                List.copyOf(c.notes));
        return new Plan(report, c.problems.isEmpty() ? planned : List.of());
    }

    /**
     * A code belongs to another center when its prefix is another center's agency code (or provisional number) —
     * unless that center was merged into the target — or another center holds a dossier with that very code.
     */
    private static void ownerProblem(Collector c, int n, String code, DossierCode parsed, Center target, Map<Long, Center> all,
                                     Long holder) {
        String prefix = parsed.prefix();
        for (Center other : all.values()) {
            if (other.id() == target.id() || (other.successor() != null && other.successor() == target.id())) {
                continue;
            }
            boolean agency = other.agencyCode() != null && other.agencyCode().equalsIgnoreCase(prefix);
            boolean provisional = parsed.provisional() && prefix.equals(DossierCode.provisionalPrefix(other.id()));
            if (agency || provisional) {
                c.problem(n, code, "Mã hồ sơ mang mã cơ quan " + prefix + " của " + other.name() + ", không phải của "
                        + target.name(), "code prefix " + prefix + " belongs to center " + other.id());
                return;
            }
        }
        if (holder != null) {
            Center other = all.get(holder);
            c.problem(n, code, "Mã hồ sơ đã có tại " + (other == null ? "trung tâm khác" : other.name()),
                    "code already used by center " + holder);
        }
    }

    private static LegacyManifest manifest(byte[] bytes) throws LegacyArchive.Refused {
        try {
            LegacyManifest m = JSON.readValue(bytes, LegacyManifest.class);
            if (m == null || !LegacyManifest.FORMAT.equals(m.format())) {
                throw new LegacyArchive.Refused(new Problem("archive", "manifest.json không ghi định dạng «"
                        + LegacyManifest.FORMAT + "» (trường format)", "format is not " + LegacyManifest.FORMAT));
            }
            return m;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (dòng " + e.getLocation().getLineNr() + ", cột "
                    + e.getLocation().getColumnNr() + ")";
            throw new LegacyArchive.Refused(new Problem("archive", "manifest.json không đúng cú pháp JSON của định dạng" + where,
                    "manifest is not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new LegacyArchive.Refused(new Problem("archive", "Không đọc được manifest.json", e.getMessage()));
        }
    }

    private static Dossier.Channel channel(Collector c, int n, String code, String text) {
        if (text == null || text.isBlank()) {
            return Dossier.Channel.IN_PERSON;
        }
        String key = vn.motcua.core.text.SearchKey.of(text);
        for (Dossier.Channel ch : Dossier.Channel.values()) {
            if (key.equals(vn.motcua.core.text.SearchKey.of(ch.label())) || key.equals(ch.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                    || text.strip().equalsIgnoreCase(ch.name())) {
                return ch;
            }
        }
        c.problem(n, code, "Kênh tiếp nhận «" + text + "» không rõ (Trực tiếp, Trực tuyến hoặc Bưu chính)", "unknown channel " + text);
        return Dossier.Channel.IN_PERSON;
    }

    private static Applicant applicant(Collector c, int n, String code, LegacyManifest.Applicant a) {
        if (a == null || a.name() == null || a.name().isBlank()) {
            c.problem(n, code, "Thiếu họ tên người nộp (applicant.name)", "applicant name missing");
            return null;
        }
        String name = a.name().strip().replaceAll("\\s+", " ");
        if (name.length() > 200) {
            c.problem(n, code, "Họ tên người nộp dài quá 200 ký tự", "applicant name too long");
        }
        String phone = a.phone() == null || a.phone().isBlank() ? null : a.phone().replaceAll("[ .-]", "");
        if (phone != null && !phone.matches("\\+?[0-9]{9,15}")) {
            c.problem(n, code, "Số điện thoại người nộp «" + a.phone() + "» không hợp lệ", "bad phone");
        }
        String id = a.idNumber() == null || a.idNumber().isBlank() ? null : a.idNumber().strip();
        if (id != null && !id.matches("[0-9]{9,12}")) {
            c.problem(n, code, "Số giấy tờ tùy thân «" + id + "» không hợp lệ (CMND 9 hoặc CCCD 12 chữ số)", "bad id number");
        }
        String tax = a.taxCode() == null || a.taxCode().isBlank() ? null : a.taxCode().strip();
        if (tax != null && !tax.matches("[0-9]{10}(-[0-9]{3})?")) {
            c.problem(n, code, "Mã số thuế «" + tax + "» không hợp lệ", "bad tax code");
        }
        String address = a.address() == null || a.address().isBlank() ? null : a.address().strip();
        return tax != null ? new Applicant.Organisation(name, tax, phone, address)
                : new Applicant.Individual(name, id == null ? "" : id, null, phone, address);
    }

    private static List<ImportedDossier.Line> lines(Collector c, int n, String code, List<LegacyManifest.Line> sheet,
                                                    Instant received, Instant now) {
        List<ImportedDossier.Line> lines = new ArrayList<>();
        if (sheet == null) {
            return lines;
        }
        DossierStatus previous = DossierStatus.RECEIVED;
        Instant last = null;
        for (int l = 0; l < sheet.size(); l++) {
            LegacyManifest.Line line = sheet.get(l);
            String what = "Dòng phiếu kiểm soát thứ " + (l + 1);
            if (line == null || line.action() == null || line.action().isBlank()) {
                c.problem(n, code, what + ": thiếu nội dung xử lý (action)", "control-sheet line " + (l + 1) + " has no action");
                continue;
            }
            if (line.actor() == null || line.actor().isBlank()) {
                c.problem(n, code, what + ": thiếu người xử lý (actor)", "control-sheet line " + (l + 1) + " has no actor");
                continue;
            }
            Instant at = date(c, n, code, "controlSheet[" + (l + 1) + "].at", what.toLowerCase(java.util.Locale.ROOT) + " (at)",
                    line.at(), true, now);
            DossierStatus from = null;
            if (line.fromStatus() != null && !line.fromStatus().isBlank()) {
                from = LegacyStatuses.map(line.fromStatus()).orElse(null);
                if (from == null) {
                    c.problem(n, code, what + ": trạng thái «" + line.fromStatus() + "» không có trong bảng chuyển đổi",
                            "unknown status " + line.fromStatus());
                }
            }
            DossierStatus to = previous;
            if (line.toStatus() != null && !line.toStatus().isBlank()) {
                to = LegacyStatuses.map(line.toStatus()).orElse(null);
                if (to == null) {
                    c.problem(n, code, what + ": trạng thái «" + line.toStatus() + "» không có trong bảng chuyển đổi",
                            "unknown status " + line.toStatus());
                    to = previous;
                }
            }
            if (at == null) {
                continue;
            }
            if (last != null && at.isBefore(last)) {
                c.problem(n, code, what + ": thời điểm " + BusinessTime.format(at) + " trước dòng trước đó", "lines out of order");
            }
            if (received != null && at.isBefore(received.minusSeconds(60))) {
                c.problem(n, code, what + ": thời điểm " + BusinessTime.format(at) + " trước ngày tiếp nhận", "line before received");
            }
            last = at;
            previous = to;
            String note = line.note() == null || line.note().isBlank() ? null : line.note().strip();
            if (note != null && note.length() > 2000) {
                note = note.substring(0, 2000);
            }
            lines.add(new ImportedDossier.Line(cut(line.action().strip(), 300), from, to, line.actor().strip(), at, note));
        }
        return lines;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /**
     * A date and time: ISO-8601 with an offset ({@code 2025-06-12T08:30:00+07:00}), or local to Vietnam as ISO
     * ({@code 2025-06-12T08:30:00}) or as written there ({@code 12/06/2025 08:30}), kept to the second. A date without
     * a time is refused: a due date at midnight would make dossiers overdue a day early.
     */
    static Instant date(Collector c, int n, String code, String field, String label, String text, boolean required,
                        Instant notAfter) {
        if (text == null || text.isBlank()) {
            if (required) {
                c.problem(n, code, "Thiếu " + label + " (" + field + ")", field + " missing");
            }
            return null;
        }
        String t = text.strip();
        Instant at = null;
        try {
            at = OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e1) {
            try {
                at = LocalDateTime.parse(t).atZone(BusinessTime.ZONE).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    at = LocalDateTime.parse(t, VN_DATE_TIME).atZone(BusinessTime.ZONE).toInstant();
                } catch (DateTimeParseException e3) {
                    c.problem(n, code, label.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + label.substring(1) + " «" + t
                            + "» không đọc được (cần ngày và giờ, ví dụ 12/06/2025 08:30 hoặc 2025-06-12T08:30:00+07:00)",
                            field + " unreadable: " + t);
                    return null;
                }
            }
        }
        at = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (at.atZone(BusinessTime.ZONE).getYear() < 2000 || at.atZone(BusinessTime.ZONE).getYear() > 2099) {
            c.problem(n, code, label.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + label.substring(1) + " «" + t
                    + "» nằm ngoài các năm 2000–2099", field + " out of range: " + t);
            return null;
        }
        if (notAfter != null && at.isAfter(notAfter)) {
            c.problem(n, code, label.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + label.substring(1) + " "
                    + BusinessTime.format(at) + " ở tương lai", field + " in the future: " + t);
            return null;
        }
        return at;
    }

    private static String fingerprint(LegacyManifest.Entry e) {
        try {
            return HexFormat.of().formatHex(LegacyArchive.sha256().digest(JSON.writeValueAsBytes(e)));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    private static String sha256(Path file) {
        MessageDigest sha = LegacyArchive.sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static LegalDeadline deadline(ProcedureVersion p) {
        return p.deadlineValue() == null || p.deadlineUnit() == null ? LegalDeadline.UNKNOWN
                : LegalDeadline.of(p.deadlineValue(), p.deadlineUnit());
    }

    private static String fileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }

    static final class Collector {
        final List<LegacyImportReport.Issue> problems = new ArrayList<>();
        final List<LegacyImportReport.Issue> notes = new ArrayList<>();

        void problem(int n, String code, String vi, String en) {
            problems.add(new LegacyImportReport.Issue(n, code, vi, en));
        }

        void note(int n, String code, String vi, String en) {
            notes.add(new LegacyImportReport.Issue(n, code, vi, en));
        }
    }
}
