package vn.motcua.tenants.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.Actor;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.context.Role;
import vn.motcua.core.dossier.DossierStatus;
import vn.motcua.core.dossier.IndicatorTallies;
import vn.motcua.core.queue.QueueTallies;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.storage.DocumentStore;
import vn.motcua.core.storage.ListedObject;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;
import vn.motcua.tenants.onboarding.Onboarded;
import vn.motcua.tenants.onboarding.OfficialUnit;
import vn.motcua.tenants.onboarding.OnboardingForm;
import vn.motcua.tenants.onboarding.OnboardingService;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Sáp nhập: centers already on MotCua merged into one of them, as a job with recorded phases, run only on the
 * audited provincial path ({@link ProvincialScope}) by provincial IT at the province.
 *
 * <h2>How the rows move</h2>
 * A source's rows move by rewriting their {@code tenant_id} to the target's. Ids come from one identity per table, so
 * {@code (tenant_id, id)} never collides at the target; the composite foreign keys between the moved tables are
 * {@code DEFERRABLE} (migration 018) and checked at the commit of the move. Dossier codes stay as printed on the
 * receipts (a code the target already has blocks the merge in the preview); a receipt (biên lai) number the target
 * already used gets the source's code in front. Stored objects do not move: their keys keep the source's id and the
 * sweeper asks the successor for them ({@code DocumentReferences}). What belongs to the source as a place or a record
 * stays with it, read-only: its audit log (append-only for every role), its dossier numbering, its queue settings, its
 * own served-procedure choices and workflows (copied to the target where chosen).
 *
 * <h2>Why it is crash-safe</h2>
 * Three transactions, each committing its phase record with its work:
 * <ol>
 * <li>PLANNED: the job row with the choices. Nothing else changed: a job found PLANNED at start is rolled back.</li>
 * <li>FROZEN: the sources become read-only ({@code frozen_by_job}); every tenant write checks this after taking the
 * center's shared advisory lock ({@code motcua_enter_tenant_write}). A job found FROZEN at start is resumed.</li>
 * <li>The move: one transaction takes the exclusive advisory lock of every source and of the target (writes that
 * began before the freeze finish first, later ones are refused or wait), counts every tenant table and the stored
 * objects, moves staff, counters, dossiers and their children of every source, writes one control-sheet line per open
 * dossier, counts again, compares, and marks the sources merged and the job DONE — or, on any difference or error,
 * rolls the whole transaction back and records ROLLED_BACK with the counts and unfreezes the sources. If the process
 * dies inside it, PostgreSQL discards it: the job is still FROZEN and the next start runs the move again from the
 * same rows. There is no state in which some rows of a source are at the target and others are not.</li>
 * </ol>
 * <h2>A source split in part, a new target</h2>
 * A source may be split in part ({@link MergeRequest.Split}): other successors, named in the preview, receive rows as
 * the target does (locked, counted with it, one {@code dossier@<code>} line each): its open dossiers each go, with all
 * their rows, to the successor chosen for them, the rest of the source to one chosen successor; the lineage is PARTIAL
 * at every successor. The target may be a new center from the official list ({@link #runIntoNewCenter}), onboarded
 * just before the merge's first phase.
 *
 * The phases inside the move (staff, dossiers, documents, counts) are written to {@code merge_job_phase} in the move's
 * transaction, so they are recorded exactly when their work is; the page learns them as they happen through
 * {@link MergeProgress}.
 */
@Singleton
public class MergeJobs {
    private static final Logger LOG = LoggerFactory.getLogger(MergeJobs.class);
    /** First key of the advisory locks of centers (migration 018, motcua_enter_tenant_write): "MM". */
    static final int LOCK_CLASS = 19789;
    /** Tables whose rows of a source move to the target, parents before children (keys deferred anyway). */
    static final List<String> MOVED_WITH_STAFF = List.of("app_user", "staff_member", "counter", "counter_field",
            "counter_procedure", "counter_staff", "equipment", "queue_device_pairing", "queue_device");
    static final List<String> MOVED_WITH_DOSSIERS = List.of("dossier", "dossier_event", "dossier_comment", "dossier_fee",
            "dossier_rating", "dossier_document", "dossier_import", "outbox_event", "outbox_delivery", "queue_appointment",
            "queue_ticket", "queue_rating");
    /** The dossier tables keyed by the dossier: what moves with an open dossier a split source sends to another successor. */
    static final List<String> MOVED_WITH_DOSSIER_KEY = List.of("dossier", "dossier_event", "dossier_comment", "dossier_fee",
            "dossier_rating", "dossier_document", "dossier_import", "outbox_event", "outbox_delivery");
    /**
     * A pause inside the move's transaction, between the staff and the dossiers: a test of a real process crash sets
     * {@code motcua.test.merge-pause-ms} in a child JVM to kill it there. Nothing in production sets it.
     */
    static final Runnable MOVE_PAUSE = () -> {
        long ms = Long.getLong("motcua.test.merge-pause-ms", 0L);
        if (ms > 0) {
            LOG.warn("merge move pausing {} ms (motcua.test.merge-pause-ms)", ms);
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    };
    static final List<String> MOVED = Stream.concat(MOVED_WITH_STAFF.stream(), MOVED_WITH_DOSSIERS.stream()).toList();
    /**
     * Not counted: the job's own bookkeeping, and the indicator tallies, which are derived from the moved rows and
     * recounted for the target and the sources in the move's transaction ({@link IndicatorTallies#recountAll}).
     */
    static final Set<String> NOT_COUNTED = Set.of("merge_job", "merge_job_phase", "service_center", "indicator_day",
            "indicator_day_detail", "indicator_month", "indicator_month_detail", "indicator_step_day",
            "indicator_queue_day", "indicator_queue_month");
    private static final String OPEN = DossierStatus.open().stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final ProvincialScope province;
    private final JdbcOperations jdbc;
    private final AuditLog audit;
    private final DocumentStore store;
    private final BusinessTime time;
    private final IndicatorTallies tallies;
    private final OnboardingService onboarding;
    private final QueueTallies queueTallies;

    public MergeJobs(ProvincialScope province, JdbcOperations jdbc, AuditLog audit, DocumentStore store, BusinessTime time,
                     IndicatorTallies tallies, QueueTallies queueTallies, OnboardingService onboarding) {
        this.tallies = tallies;
        this.queueTallies = queueTallies;
        this.onboarding = onboarding;
        this.province = province;
        this.jdbc = jdbc;
        this.audit = audit;
        this.store = store;
        this.time = time;
    }

    /** The target's id in the preview of a merge into a center not yet onboarded. */
    public static final long NEW_TARGET = 0;

    /** A job as the page and the tests read it. */
    public record Job(long id, long targetId, List<Long> sourceIds, String phase, List<PhaseLine> phases,
                      MergeCounts counts, String error) {
    }

    public record PhaseLine(int number, MergePhase phase, Instant at, String detail) {
    }

    /** The merge failed and was rolled back; {@link #job()} has the counts and phases. */
    public static class MergeFailedException extends InvalidInputException {
        private final transient Job job;

        MergeFailedException(Job job, String vi, String en) {
            super(List.of(new Problem("merge", vi, en)));
            this.job = job;
        }

        public Job job() {
            return job;
        }
    }

    /** A merge into a center onboarded in the same step: the new center with its first accounts, and the finished job. */
    public record IntoNewCenter(Onboarded onboarded, Job job) {
    }

    /**
     * The merge into a center just onboarded did not happen: the new center stays open, empty, with its accounts
     * ({@link #onboarded()}, whose one-time passwords are shown only now); the sources are unchanged. {@link #job()} is
     * null when the merge was refused before it was planned.
     */
    public static class MergeIntoNewCenterFailedException extends InvalidInputException {
        private final transient Onboarded onboarded;
        private final transient Job job;

        MergeIntoNewCenterFailedException(Onboarded onboarded, Job job, InvalidInputException cause) {
            super(List.of(new Problem("merge", "Trung tâm mới " + onboarded.center().displayName() + " (mã " + onboarded.center().code()
                    + ") đã được mở với " + onboarded.accounts().size() + " tài khoản và vẫn giữ nguyên (chưa có hồ sơ): in phiếu bàn giao ngay, "
                    + "mật khẩu chỉ hiện một lần. Việc sáp nhập không thực hiện, các trung tâm nguồn không thay đổi: " + cause.vietnamese()
                    + ". Có thể xem trước và sáp nhập lại, chọn " + onboarded.center().displayName() + " là trung tâm đích đã có.",
                    "the new center " + onboarded.center().code() + " was opened and stays (empty, with its accounts); the merge did not "
                            + "happen and the sources are unchanged: " + cause.getMessage())));
            this.onboarded = onboarded;
            this.job = job;
        }

        public Onboarded onboarded() {
            return onboarded;
        }

        public Job job() {
            return job;
        }
    }

    private record Center(long id, String code, String name, String type, String status, Long frozenBy, Long successor) {
        String shown() {
            return switch (type) {
                case "XA" -> "Xã " + name;
                case "PHUONG" -> "Phường " + name;
                case "DAC_KHU" -> "Đặc khu " + name;
                default -> name;
            };
        }
    }

    record Choices(Map<String, String> accounts, Map<String, Long> workflowFrom, Map<String, SplitChoice> splits) {
        Map<String, SplitChoice> splitsOrNone() {
            return splits == null ? Map.of() : splits;
        }
    }

    /** A split source as recorded in the job: its successors besides the target, the main one, the dossiers sent elsewhere. */
    record SplitChoice(List<Long> successors, long main, Map<String, Long> dossiers) {
    }

    // ---------------------------------------------------------------- preview

    /** What the merge would do, per source; refused (Vietnamese) for bad input. Audited as a preview. */
    public MergePreview preview(CallContext ctx, long targetId, List<Long> centerIds) {
        return preview(ctx, targetId, centerIds, Map.of());
    }

    /**
     * The preview where some sources are split in part: {@code splitWith} names per such source the successors besides
     * the target (centers on MotCua not among the chosen ones).
     */
    public MergePreview preview(CallContext ctx, long targetId, List<Long> centerIds, Map<Long, List<Long>> splitWith) {
        ctx.require(Permission.MERGE_CENTERS);
        return province.run(ctx, AuditAction.MERGE_PREVIEWED, "đích " + targetId + ", trung tâm " + centerIds
                        + (splitWith.isEmpty() ? "" : ", chia một phần " + splitWith),
                () -> previewIn(targetId, centerIds, splitWith));
    }

    private MergePreview previewIn(long targetId, List<Long> centerIds, Map<Long, List<Long>> splitWith) {
        return previewIn(targetId, centerIds, splitWith, null);
    }

    /** {@code newTarget}: the official unit of a center not yet onboarded, the target (id {@link #NEW_TARGET}); else null. */
    private MergePreview previewIn(long targetId, List<Long> centerIds, Map<Long, List<Long>> splitWith, OfficialUnit newTarget) {
        Map<Long, Center> centers = validate(targetId, centerIds, newTarget != null);
        Map<Long, Center> successors = validateSplits(targetId, centers, splitWith == null ? Map.of() : splitWith);
        Center target = newTarget == null ? centers.get(targetId)
                : new Center(NEW_TARGET, newTarget.code(), newTarget.name(), newTarget.type().name(), "NEW", null, null);
        List<Long> sources = centerIds.stream().filter(id -> id != targetId).distinct().toList();
        List<MergePreview.Source> previews = new ArrayList<>();
        List<Problem> blockers = new ArrayList<>();
        for (long s : sources) {
            Center source = centers.get(s);
            List<Long> others = new ArrayList<>(centerIds.stream().distinct().filter(id -> id != s).toList());
            List<MergePreview.Account> accounts = list("""
                    SELECT u.id, u.username, coalesce(m.full_name, u.username), u.role, u.active
                      FROM app_user u LEFT JOIN staff_member m ON m.tenant_id = u.tenant_id AND m.user_id = u.id
                     WHERE u.tenant_id = ? ORDER BY m.full_name, u.username""", rs -> new MergePreview.Account(rs.getLong(1),
                    rs.getString(2), rs.getString(3), Role.valueOf(rs.getString(4)), rs.getBoolean(5),
                    rs.getBoolean(5) ? AccountChoice.KEEP : AccountChoice.DEACTIVATE), s);
            Map<String, Long> byStatus = new LinkedHashMap<>();
            for (Object[] row : list("SELECT status, count(*) FROM dossier WHERE tenant_id = ? AND status IN " + OPEN
                    + " GROUP BY status ORDER BY status", rs -> new Object[]{rs.getString(1), rs.getLong(2)}, s)) {
                byStatus.put(DossierStatus.valueOf((String) row[0]).label(), (Long) row[1]);
            }
            Map<Integer, Long> byStep = new TreeMap<>();
            for (Object[] row : list("SELECT coalesce(current_step, -1), count(*) FROM dossier WHERE tenant_id = ? AND status IN "
                    + OPEN + " GROUP BY 1", rs -> new Object[]{rs.getInt(1), rs.getLong(2)}, s)) {
                byStep.put((Integer) row[0] + 1, (Long) row[1]);
            }
            long open = byStatus.values().stream().mapToLong(Long::longValue).sum();
            long all = one("SELECT count(*) FROM dossier WHERE tenant_id = ?", s);
            long documents = one("SELECT count(*) FROM dossier_document WHERE tenant_id = ?", s);
            long bytes = one("SELECT coalesce(sum(size_bytes), 0) FROM dossier_document WHERE tenant_id = ?", s);
            List<String> added = list("""
                    SELECT p.national_code || ' ' || p.name FROM center_procedure c JOIN procedure p ON p.id = c.procedure_id
                     WHERE c.tenant_id = ? AND c.served
                       AND NOT EXISTS (SELECT 1 FROM center_procedure t WHERE t.tenant_id = ? AND t.procedure_id = c.procedure_id)
                     ORDER BY p.national_code""", rs -> rs.getString(1), s, targetId);
            List<MergePreview.WorkflowDifference> workflows = list("""
                    WITH s AS (SELECT DISTINCT ON (procedure_code) procedure_code, version, steps_json FROM center_workflow
                                WHERE tenant_id = ? ORDER BY procedure_code, version DESC),
                         t AS (SELECT DISTINCT ON (procedure_code) procedure_code, version, steps_json FROM center_workflow
                                WHERE tenant_id = ? ORDER BY procedure_code, version DESC)
                    SELECT s.procedure_code, s.version, t.version FROM s LEFT JOIN t ON t.procedure_code = s.procedure_code
                     WHERE t.steps_json IS DISTINCT FROM s.steps_json ORDER BY s.procedure_code""",
                    rs -> new MergePreview.WorkflowDifference(rs.getString(1), s, rs.getInt(2), (Integer) rs.getObject(3)),
                    s, targetId);
            List<String> receipts = list("""
                    SELECT DISTINCT receipt_number FROM dossier_fee WHERE tenant_id = ?
                       AND receipt_number IN (SELECT receipt_number FROM dossier_fee WHERE tenant_id = ANY (?)) ORDER BY 1""",
                    rs -> rs.getString(1), s, others.toArray(Long[]::new));
            List<String> codes = list("""
                    SELECT code FROM dossier WHERE tenant_id = ?
                       AND code IN (SELECT code FROM dossier WHERE tenant_id = ANY (?)) ORDER BY 1 LIMIT 50""",
                    rs -> rs.getString(1), s, others.toArray(Long[]::new));
            // usernames are unique in the whole deployment (app_user_username_uk): asked anyway, so a change there shows
            List<String> usernames = list("""
                    SELECT a.username FROM app_user a JOIN app_user b ON lower(b.username) = lower(a.username)
                     WHERE a.tenant_id = ? AND b.tenant_id = ANY (?) ORDER BY 1""", rs -> rs.getString(1), s,
                    others.toArray(Long[]::new));
            int counters = (int) one("SELECT count(*) FROM counter WHERE tenant_id = ?", s);
            int equipment = (int) one("SELECT count(*) FROM equipment WHERE tenant_id = ?", s);
            if (!codes.isEmpty()) {
                blockers.add(new Problem("centers", source.shown() + " có " + codes.size() + " mã hồ sơ trùng với trung tâm khác ("
                        + String.join(", ", codes.subList(0, Math.min(3, codes.size()))) + "): kiểm tra mã định danh trước khi sáp nhập",
                        "center " + s + " has dossier codes another chosen center has"));
            }
            if (!usernames.isEmpty()) {
                blockers.add(new Problem("centers", source.shown() + " có tên đăng nhập trùng: " + String.join(", ", usernames),
                        "center " + s + " has colliding usernames"));
            }
            MergePreview.Split split = null;
            if (splitWith != null && splitWith.containsKey(s)) {
                List<MergePreview.Successor> named = new ArrayList<>();
                named.add(new MergePreview.Successor(targetId, target.shown()));
                splitWith.get(s).forEach(id -> named.add(new MergePreview.Successor(id, successors.get(id).shown())));
                MergePreview.Successor larger = named.stream().filter(n -> n.name().equals(source.shown())).findFirst()
                        .orElse(named.get(0));
                String why = larger.centerId() == targetId && !larger.name().equals(source.shown())
                        ? "trung tâm đích của cuộc sáp nhập (không trung tâm kế thừa nào mang tên " + source.shown() + ")"
                        : "mang tên " + source.shown() + " (nơi đặt trụ sở cũ)";
                List<MergePreview.OpenDossier> dossiers = list("SELECT id, code, applicant_name, status, received_at FROM dossier"
                        + " WHERE tenant_id = ? AND status IN " + OPEN + " ORDER BY received_at, id", rs -> new MergePreview.OpenDossier(
                        rs.getLong(1), rs.getString(2), rs.getString(3), DossierStatus.valueOf(rs.getString(4)).label(),
                        rs.getTimestamp(5).toInstant()), s);
                split = new MergePreview.Split(named, larger.centerId(), why, dossiers);
            }
            previews.add(new MergePreview.Source(s, source.shown(), accounts, byStatus, byStep, open, all - open, documents,
                    bytes, added, workflows, receipts, codes, usernames, counters, equipment, split));
        }
        return new MergePreview(targetId, target.shown(), previews, blockers);
    }

    /** Bad input, in Vietnamese: every problem at once. Runs on the provincial path. */
    private Map<Long, Center> validate(long targetId, List<Long> centerIds, boolean newTarget) {
        List<Problem> problems = new ArrayList<>();
        List<Long> chosen = centerIds == null ? List.of() : centerIds;
        Set<Long> seen = new HashSet<>();
        for (Long id : chosen) {
            if (id != null && !seen.add(id)) {
                problems.add(new Problem("centers", "Trung tâm #" + id + " được chọn hai lần",
                        "center " + id + " is chosen twice"));
            }
        }
        if (newTarget && seen.isEmpty()) {
            problems.add(new Problem("centers", "Cần chọn ít nhất một trung tâm nguồn để sáp nhập vào trung tâm mới",
                    "choose at least one source center"));
        } else if (!newTarget && seen.size() < 2) {
            problems.add(new Problem("centers", "Cần chọn ít nhất hai trung tâm (các trung tâm nguồn và trung tâm đích)",
                    "choose at least two centers"));
        }
        if (!newTarget && !seen.contains(targetId)) {
            problems.add(new Problem("target", "Trung tâm đích phải là một trong các trung tâm được chọn",
                    "the target must be one of the chosen centers"));
        }
        Map<Long, Center> centers = new LinkedHashMap<>();
        for (long id : new TreeSet<>(seen)) {
            Optional<Center> found = center(id);
            if (found.isEmpty()) {
                problems.add(new Problem("centers", "Không tìm thấy trung tâm #" + id, "no center " + id));
                continue;
            }
            Center c = found.get();
            centers.put(id, c);
            String role = id == targetId ? "Trung tâm đích " : "";
            if ("TINH".equals(c.type())) {
                problems.add(new Problem("centers", role + c.shown() + " là trung tâm cấp tỉnh, không sáp nhập được",
                        "the provincial center cannot be merged"));
            } else if ("MERGED".equals(c.status())) {
                String into = c.successor() == null ? "" : center(c.successor()).map(Center::shown).orElse("");
                problems.add(new Problem("centers", role + c.shown() + " đã sáp nhập vào " + into + " trước đây",
                        "center " + id + " was merged already"));
            } else if (c.frozenBy() != null) {
                problems.add(new Problem("centers", role + c.shown() + " đang trong một phiên sáp nhập khác",
                        "center " + id + " is being merged"));
            } else if (id == targetId && "INACTIVE".equals(c.status())) {
                problems.add(new Problem("target", "Trung tâm đích " + c.shown() + " đang tạm ngừng hoạt động: mở lại trước khi sáp nhập",
                        "the target is suspended"));
            }
        }
        List<Long> unfinished = list("SELECT id FROM merge_job WHERE phase IN ('PLANNED', 'FROZEN')", rs -> rs.getLong(1));
        if (!unfinished.isEmpty()) {
            problems.add(new Problem("centers", "Phiên sáp nhập #" + unfinished.get(0) + " chưa xong: chờ nó hoàn thành",
                    "merge job " + unfinished.get(0) + " is unfinished"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return centers;
    }

    /**
     * The successors of the split sources, checked: each split source is a chosen source, each successor a working
     * commune center on MotCua that is not among the chosen centers. Bad input in Vietnamese and English.
     */
    private Map<Long, Center> validateSplits(long targetId, Map<Long, Center> chosen, Map<Long, List<Long>> splitWith) {
        List<Problem> problems = new ArrayList<>();
        Map<Long, Center> out = new LinkedHashMap<>();
        splitWith.forEach((source, others) -> {
            Center s = chosen.get(source);
            if (s == null || source == targetId) {
                problems.add(new Problem("splits", "Chỉ trung tâm nguồn đã chọn mới chia một phần được (#" + source + ")",
                        "only a chosen source can be split (" + source + ")"));
                return;
            }
            if (others == null || others.isEmpty()) {
                problems.add(new Problem("splits", s.shown() + " chia một phần: chọn ít nhất một trung tâm kế thừa ngoài trung tâm đích",
                        "source " + source + " split: name at least one successor besides the target"));
                return;
            }
            for (Long id : others) {
                Optional<Center> found = id == null ? Optional.empty() : center(id);
                if (found.isEmpty()) {
                    problems.add(new Problem("splits", "Không tìm thấy trung tâm kế thừa #" + id, "no successor center " + id));
                    continue;
                }
                Center c = found.get();
                if (chosen.containsKey(id)) {
                    problems.add(new Problem("splits", c.shown() + " đã là trung tâm được chọn sáp nhập, không nhận phần chia được",
                            "successor " + id + " is one of the chosen centers"));
                } else if ("TINH".equals(c.type()) || !"ACTIVE".equals(c.status()) || c.frozenBy() != null) {
                    problems.add(new Problem("splits", c.shown() + " không nhận phần chia được (cấp tỉnh, tạm ngừng, đã sáp nhập hoặc đang sáp nhập)",
                            "successor " + id + " cannot take a part (province, suspended, merged or being merged)"));
                } else {
                    out.put(id, c);
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out;
    }

    private Optional<Center> center(long id) {
        return list("SELECT tenant_id, code, name, type, status, frozen_by_job, successor_tenant_id FROM service_center WHERE tenant_id = ?",
                rs -> new Center(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        (Long) rs.getObject(6), (Long) rs.getObject(7)), id).stream().findFirst();
    }

    // ---------------------------------------------------------------- into a new center

    /**
     * The preview of a merge of {@code sourceIds} into a center not yet on MotCua, the official unit {@code unitCode}
     * of the province (refused when it is not on the list or already has a center). The target's id in it is
     * {@link #NEW_TARGET}; nothing collides with a target that has nothing yet.
     */
    public MergePreview previewIntoNewCenter(CallContext ctx, String unitCode, List<Long> sourceIds) {
        ctx.require(Permission.MERGE_CENTERS);
        OfficialUnit unit = newUnit(ctx, unitCode);
        return province.run(ctx, AuditAction.MERGE_PREVIEWED, "trung tâm mới " + unit.code() + ", trung tâm " + sourceIds,
                () -> previewIn(NEW_TARGET, sourceIds, Map.of(), unit));
    }

    private OfficialUnit newUnit(CallContext ctx, String unitCode) {
        String code = unitCode == null ? "" : unitCode.strip();
        OfficialUnit unit = onboarding.officialUnits(ctx).stream().filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(new Problem("unitCode",
                        "Chọn trung tâm mới là một xã, phường trong danh sách chính thức của tỉnh",
                        "unit " + code + " is not on the official list"))));
        if (unit.onboarded()) {
            throw new InvalidInputException(List.of(new Problem("unitCode", unit.displayName() + " (mã " + unit.code()
                    + ") đã có trung tâm trên hệ thống: chọn nó là trung tâm đích đã có", "unit " + unit.code() + " is already onboarded")));
        }
        return unit;
    }

    /**
     * Onboards the new center of {@code form} ({@link OnboardingService#onboardOne}: all or nothing, its own
     * transaction, audited) and merges the sources of {@code request} ({@link MergeRequest#centerIds()}, its target id
     * is ignored) into it ({@link #run}). The sources are checked before anything is written, so a bad choice leaves
     * nothing behind. The two steps cannot share one transaction (the merge's phases are three transactions of their
     * own, and its job row belongs to the new center): if the merge then fails it is rolled back as any merge, and the
     * new center stays open and empty with its accounts — {@link MergeIntoNewCenterFailedException} says so and
     * carries the accounts for the handover sheet.
     */
    public IntoNewCenter runIntoNewCenter(CallContext ctx, OnboardingForm form, MergeRequest request, MergeProgress progress) {
        ctx.require(Permission.MERGE_CENTERS);
        List<Long> sources = request.centerIds().stream().distinct().toList();
        if (!request.splits().isEmpty()) {
            throw new InvalidInputException(List.of(new Problem("splits",
                    "Chia một phần trung tâm nguồn chỉ làm được khi trung tâm đích đã có trên hệ thống",
                    "a source can be split only into a target already on MotCua")));
        }
        OfficialUnit unit = newUnit(ctx, form.unitCode());
        MergePreview preview = province.unaudited(() -> previewIn(NEW_TARGET, sources, Map.of(), unit));
        if (preview.blocked()) {
            throw new InvalidInputException(preview.blockers());
        }
        List<Problem> problems = new ArrayList<>();
        Set<Long> known = new HashSet<>();
        preview.sources().forEach(s -> s.accounts().forEach(a -> known.add(a.userId())));
        request.accounts().keySet().stream().filter(id -> !known.contains(id)).forEach(id -> problems.add(new Problem("accounts",
                "Tài khoản #" + id + " không thuộc trung tâm nguồn nào", "account " + id + " belongs to no source")));
        request.workflowFrom().forEach((code, from) -> {
            if (preview.sources().stream().noneMatch(s -> s.centerId() == from
                    && s.workflows().stream().anyMatch(w -> w.procedureCode().equals(code)))) {
                problems.add(new Problem("workflows", "Quy trình thủ tục " + code + " không có ở trung tâm #" + from,
                        "no differing workflow " + code + " at center " + from));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Onboarded onboarded = onboarding.onboardOne(ctx, form);
        long target = onboarded.center().id();
        List<Long> all = new ArrayList<>(sources);
        all.add(target);
        try {
            return new IntoNewCenter(onboarded, run(ctx, new MergeRequest(target, all, request.effectiveOn(), request.accounts(),
                    request.workflowFrom()), progress));
        } catch (MergeFailedException e) {
            throw new MergeIntoNewCenterFailedException(onboarded, e.job(), e);
        } catch (InvalidInputException e) {
            throw new MergeIntoNewCenterFailedException(onboarded, null, e);
        } catch (RuntimeException e) {
            LOG.error("merge into the new center {} failed", target, e);
            throw new MergeIntoNewCenterFailedException(onboarded, null, new InvalidInputException(List.of(new Problem("merge",
                    "lỗi khi sáp nhập (" + e.getClass().getSimpleName() + ")", "merge failed: " + e.getMessage()))));
        }
    }

    // ---------------------------------------------------------------- run

    /**
     * Runs the merge as confirmed: plans, freezes the sources, moves and counts in one transaction (see the class
     * comment). Returns the finished job; a failure is rolled back and thrown as {@link MergeFailedException}.
     */
    public Job run(CallContext ctx, MergeRequest request, MergeProgress progress) {
        ctx.require(Permission.MERGE_CENTERS);
        MergePreview preview = province.unaudited(() -> previewIn(request.targetId(), request.centerIds(), request.splitWith()));
        if (preview.blocked()) {
            throw new InvalidInputException(preview.blockers());
        }
        Set<Long> known = new HashSet<>();
        preview.sources().forEach(s -> s.accounts().forEach(a -> known.add(a.userId())));
        List<Problem> problems = new ArrayList<>();
        request.accounts().keySet().stream().filter(id -> !known.contains(id)).forEach(id -> problems.add(new Problem("accounts",
                "Tài khoản #" + id + " không thuộc trung tâm nguồn nào", "account " + id + " belongs to no source")));
        request.workflowFrom().forEach((code, from) -> {
            if (from != request.targetId() && preview.sources().stream().noneMatch(s -> s.centerId() == from
                    && s.workflows().stream().anyMatch(w -> w.procedureCode().equals(code)))) {
                problems.add(new Problem("workflows", "Quy trình thủ tục " + code + " không có ở trung tâm #" + from,
                        "no differing workflow " + code + " at center " + from));
            }
        });
        Map<String, SplitChoice> splits = splitChoices(request, preview, problems);
        if (problems.isEmpty()) {
            province.unaudited(() -> {
                problems.addAll(inseparable(preview, splits));
                return null;
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, String> accounts = new TreeMap<>();
        request.accounts().forEach((id, choice) -> accounts.put(String.valueOf(id), choice.name()));
        String choices = json(new Choices(accounts, new TreeMap<>(request.workflowFrom()), splits));
        LocalDate effective = request.effectiveOn() == null ? time.today() : request.effectiveOn();
        long targetId = request.targetId();
        List<Long> sources = request.sourceIds();
        Actor actor = ctx.actor();
        long jobId = province.run(ctx, AuditAction.MERGE_STARTED, "sáp nhập " + sources + " vào " + targetId, () -> {
            // one unfinished merge at a time in the deployment, checked under the merges' own advisory lock
            one("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?, 0)) l", LOCK_CLASS);
            if (one("SELECT count(*) FROM merge_job WHERE phase IN ('PLANNED', 'FROZEN')") > 0) {
                throw new InvalidInputException(List.of(new Problem("centers",
                        "Đang có một cuộc sáp nhập chưa xong: hãy đợi nó kết thúc rồi xem trước lại",
                        "another merge is unfinished")));
            }
            long id = one("""
                    INSERT INTO merge_job (tenant_id, source_ids, phase, choices_json, effective_on, started_by, started_at)
                    VALUES (?, ?, 'PLANNED', ?, ?, ?, ?) RETURNING id""", targetId, sources.toArray(Long[]::new), choices,
                    effective, ctx.username(), Timestamp.from(time.now()));
            phase(targetId, id, MergePhase.PLANNED, preview.sources().size() + " trung tâm nguồn vào " + preview.targetName());
            audit.record(TenantId.of(targetId), actor, AuditAction.MERGE_STARTED, "merge_job", id,
                    "sáp nhập " + preview.sources().stream().map(MergePreview.Source::name).collect(Collectors.joining(", "))
                            + " vào trung tâm này, hiệu lực " + effective);
            return id;
        });
        progress.reached(MergePhase.PLANNED);
        province.unaudited(() -> {
            int frozen = update("UPDATE service_center SET frozen_by_job = ?, updated_at = now() WHERE tenant_id = ANY (?) "
                    + "AND status <> 'MERGED' AND frozen_by_job IS NULL", jobId, sources.toArray(Long[]::new));
            if (frozen != sources.size()) {
                throw new InvalidInputException(List.of(new Problem("centers", "Một trung tâm nguồn vừa thay đổi trạng thái: xem trước lại",
                        "a source changed state before the freeze")));
            }
            update("UPDATE merge_job SET phase = 'FROZEN' WHERE tenant_id = ? AND id = ?", targetId, jobId);
            phase(targetId, jobId, MergePhase.SOURCES_FROZEN, "chỉ xem: " + sources);
            for (long s : sources) {
                audit.record(TenantId.of(s), actor, AuditAction.MERGE_SOURCES_FROZEN, "merge_job", jobId,
                        "trung tâm chỉ xem trong khi chuyển dữ liệu sang " + preview.targetName());
            }
            return null;
        });
        progress.reached(MergePhase.SOURCES_FROZEN);
        return moveOrRollBack(targetId, jobId, actor, ctx.homeTenant(), progress);
    }

    /**
     * The destinations of a split source's open dossiers as chosen, checked against the preview: the main successor
     * and every destination must be one of the source's successors (the target or one named for it), every dossier an
     * open dossier of that source. Only the dossiers not going to the main successor are recorded.
     */
    private static Map<String, SplitChoice> splitChoices(MergeRequest request, MergePreview preview, List<Problem> problems) {
        Map<String, SplitChoice> out = new TreeMap<>();
        for (MergePreview.Source source : preview.sources()) {
            MergePreview.Split split = source.split();
            if (split == null) {
                continue;
            }
            MergeRequest.Split chosen = request.splits().get(source.centerId());
            Map<Long, String> allowed = new LinkedHashMap<>();
            split.successors().forEach(n -> allowed.put(n.centerId(), n.name()));
            String names = String.join(", ", allowed.values());
            long main = chosen.main() == null ? split.largerPart() : chosen.main();
            if (!allowed.containsKey(main)) {
                problems.add(new Problem("splits", "Trung tâm #" + main + " không phải trung tâm kế thừa của " + source.name()
                        + ": cán bộ và hồ sơ đã kết thúc chỉ chuyển được sang " + names,
                        "center " + main + " is not a successor of source " + source.centerId()));
                continue;
            }
            Set<Long> open = split.dossiers().stream().map(MergePreview.OpenDossier::id).collect(Collectors.toSet());
            Map<String, Long> away = new TreeMap<>();
            for (MergePreview.OpenDossier d : split.dossiers()) {
                Long to = chosen.dossiers().getOrDefault(d.id(), split.largerPart());
                if (to == null || !allowed.containsKey(to)) {
                    problems.add(new Problem("splits", "Hồ sơ " + d.code() + ": trung tâm #" + to + " không phải trung tâm kế thừa của "
                            + source.name() + "; chọn một trong: " + names,
                            "dossier " + d.code() + ": center " + to + " is not a successor of source " + source.centerId()));
                } else if (to != main) {
                    away.put(String.valueOf(d.id()), to);
                }
            }
            chosen.dossiers().keySet().stream().filter(id -> !open.contains(id)).forEach(id -> problems.add(new Problem("splits",
                    "Hồ sơ #" + id + " không phải hồ sơ đang giải quyết của " + source.name(),
                    "dossier " + id + " is not an open dossier of source " + source.centerId())));
            out.put(String.valueOf(source.centerId()), new SplitChoice(split.successors().stream()
                    .map(MergePreview.Successor::centerId).filter(id -> id != request.targetId()).toList(), main, away));
        }
        return out;
    }

    /**
     * Dossiers of a split source that cannot go apart from the rest as chosen: one holding a queue ticket (the ticket
     * belongs with the counters, at the main successor), and two dossiers sent to different successors where a paper
     * of one reuses a paper of the other. Refused before anything is written.
     */
    private List<Problem> inseparable(MergePreview preview, Map<String, SplitChoice> splits) {
        List<Problem> problems = new ArrayList<>();
        for (MergePreview.Source source : preview.sources()) {
            SplitChoice split = splits.get(String.valueOf(source.centerId()));
            if (split == null || split.dossiers().isEmpty()) {
                continue;
            }
            long s = source.centerId();
            Long[] away = split.dossiers().keySet().stream().map(Long::valueOf).toArray(Long[]::new);
            for (String code : list("""
                    SELECT DISTINCT d.code FROM queue_ticket t JOIN dossier d ON d.tenant_id = t.tenant_id AND d.id = t.dossier_id
                     WHERE t.tenant_id = ? AND t.dossier_id = ANY (?) ORDER BY 1""", rs -> rs.getString(1), s, away)) {
                problems.add(new Problem("splits", "Hồ sơ " + code + " gắn với một phiếu số thứ tự của " + source.name()
                        + ": chỉ chuyển được sang " + centerName(preview, split.main()) + " cùng quầy và phiếu số",
                        "dossier " + code + " has a queue ticket: it can only go with the counters"));
            }
            Map<Long, Long> destination = new HashMap<>();
            split.dossiers().forEach((d, to) -> destination.put(Long.valueOf(d), to));
            for (Object[] pair : list("""
                    SELECT x.dossier_id, r.dossier_id, dx.code, dr.code FROM dossier_document x
                      JOIN dossier_document r ON r.tenant_id = x.tenant_id AND r.id = x.reused_from
                      JOIN dossier dx ON dx.tenant_id = x.tenant_id AND dx.id = x.dossier_id
                      JOIN dossier dr ON dr.tenant_id = r.tenant_id AND dr.id = r.dossier_id
                     WHERE x.tenant_id = ? AND x.dossier_id <> r.dossier_id""",
                    rs -> new Object[]{rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)}, s)) {
                long one = destination.getOrDefault((Long) pair[0], split.main());
                long other = destination.getOrDefault((Long) pair[1], split.main());
                if (one != other) {
                    problems.add(new Problem("splits", "Hồ sơ " + pair[2] + " dùng lại giấy tờ của hồ sơ " + pair[3]
                            + ": hai hồ sơ phải chuyển sang cùng một trung tâm",
                            "dossier " + pair[2] + " reuses a paper of dossier " + pair[3] + ": both must go to the same center"));
                }
            }
        }
        return problems;
    }

    private static String centerName(MergePreview preview, long id) {
        return preview.sources().stream().map(MergePreview.Source::split).filter(java.util.Objects::nonNull)
                .flatMap(sp -> sp.successors().stream()).filter(n -> n.centerId() == id).map(MergePreview.Successor::name)
                .findFirst().orElse("#" + id);
    }

    /**
     * At start: every unfinished job is finished — a PLANNED one (nothing frozen yet) is rolled back, a FROZEN one is
     * moved again from the start of its move (its earlier attempt left nothing). Returns the jobs it touched.
     */
    public List<Job> recoverUnfinished() {
        List<long[]> unfinished = province.unaudited(() -> list(
                "SELECT tenant_id, id, CASE phase WHEN 'PLANNED' THEN 0 ELSE 1 END FROM merge_job WHERE phase IN ('PLANNED', 'FROZEN')",
                rs -> new long[]{rs.getLong(1), rs.getLong(2), rs.getLong(3)}));
        List<Job> done = new ArrayList<>();
        Actor system = Actor.system("khôi phục sáp nhập");
        for (long[] u : unfinished) {
            long target = u[0];
            long job = u[1];
            if (u[2] == 0) {
                LOG.warn("Merge job {} was stopped before its sources were frozen: rolled back", job);
                rollBack(target, job, system, "hệ thống dừng trước khi khóa trung tâm nguồn", null);
                done.add(job(target, job));
            } else {
                LOG.warn("Merge job {} was stopped after its sources were frozen: resumed", job);
                province.unaudited(() -> {
                    phase(target, job, MergePhase.RESUMED, "khởi động lại");
                    audit.record(TenantId.of(target), system, AuditAction.MERGE_RESUMED, "merge_job", job, "tiếp tục sau khi khởi động lại");
                    return null;
                });
                try {
                    done.add(moveOrRollBack(target, job, system, null, MergeProgress.NONE));
                } catch (MergeFailedException e) {
                    done.add(e.job());
                }
            }
        }
        return done;
    }

    /** The job as recorded. */
    public Job job(CallContext ctx, long targetId, long jobId) {
        ctx.require(Permission.MERGE_CENTERS);
        return job(targetId, jobId);
    }

    private Job job(long targetId, long jobId) {
        return province.unaudited(() -> {
            List<Job> jobs = list("SELECT id, tenant_id, source_ids, phase, counts_json, error FROM merge_job WHERE tenant_id = ? AND id = ?",
                    rs -> new Job(rs.getLong(1), rs.getLong(2), List.of((Long[]) rs.getArray(3).getArray()), rs.getString(4),
                            List.of(), rs.getString(5) == null ? null : read(rs.getString(5), MergeCounts.class), rs.getString(6)),
                    targetId, jobId);
            Job j = jobs.stream().findFirst().orElseThrow(() -> new IllegalStateException("no merge job " + jobId));
            List<PhaseLine> phases = list("SELECT number, phase, at, detail FROM merge_job_phase WHERE tenant_id = ? AND job_id = ? ORDER BY number",
                    rs -> new PhaseLine(rs.getInt(1), MergePhase.valueOf(rs.getString(2)), rs.getTimestamp(3).toInstant(), rs.getString(4)),
                    targetId, jobId);
            return new Job(j.id(), j.targetId(), j.sourceIds(), j.phase(), phases, j.counts(), j.error());
        });
    }

    /** Thrown inside the move when the counts differ: the transaction rolls back and the counts are recorded. */
    private static final class CountsDiffer extends RuntimeException {
        private final MergeCounts counts;

        CountsDiffer(MergeCounts counts) {
            super("counts differ: " + counts.differences());
            this.counts = counts;
        }
    }

    private Job moveOrRollBack(long targetId, long jobId, Actor actor, TenantId home, MergeProgress progress) {
        try {
            province.unaudited(() -> move(targetId, jobId, actor, home, progress));
        } catch (CountsDiffer e) {
            LOG.error("Merge job {} rolled back, counts differ:\n{}", jobId, e.counts.printed());
            rollBack(targetId, jobId, actor, "số liệu trước và sau không khớp: " + e.counts.differences().stream()
                    .map(MergeCounts.Line::table).collect(Collectors.joining(", ")), e.counts);
            throw failed(targetId, jobId, "Sáp nhập đã hủy vì số liệu trước và sau không khớp ("
                    + e.counts.differences().stream().map(MergeCounts.Line::table).collect(Collectors.joining(", "))
                    + "); không có gì bị thay đổi", "counts differ: rolled back");
        } catch (RuntimeException e) {
            LOG.error("Merge job {} rolled back", jobId, e);
            rollBack(targetId, jobId, actor, "lỗi khi chuyển dữ liệu: " + e.getMessage(), null);
            throw failed(targetId, jobId, "Sáp nhập đã hủy do lỗi khi chuyển dữ liệu; không có gì bị thay đổi",
                    "merge failed and was rolled back: " + e.getMessage());
        }
        progress.reached(MergePhase.DONE);
        Job done = job(targetId, jobId);
        LOG.info("Merge job {} done:\n{}", jobId, done.counts().printed());
        return done;
    }

    private MergeFailedException failed(long targetId, long jobId, String vi, String en) {
        return new MergeFailedException(job(targetId, jobId), vi, en);
    }

    private void rollBack(long targetId, long jobId, Actor actor, String reason, MergeCounts counts) {
        province.unaudited(() -> {
            List<Long> sources = list("SELECT unnest(source_ids) FROM merge_job WHERE tenant_id = ? AND id = ?", rs -> rs.getLong(1),
                    targetId, jobId);
            update("UPDATE service_center SET frozen_by_job = NULL, updated_at = now() WHERE frozen_by_job = ?", jobId);
            update("UPDATE merge_job SET phase = 'ROLLED_BACK', error = ?, counts_json = ?, finished_at = ? WHERE tenant_id = ? AND id = ?",
                    reason, counts == null ? null : json(counts), Timestamp.from(time.now()), targetId, jobId);
            phase(targetId, jobId, MergePhase.ROLLED_BACK, reason);
            for (long c : concat(sources, targetId)) {
                audit.record(TenantId.of(c), actor, AuditAction.MERGE_ROLLED_BACK, "merge_job", jobId, reason);
            }
            return null;
        });
    }

    private Void move(long targetId, long jobId, Actor actor, TenantId home, MergeProgress progress) {
        jdbc.prepareStatement("SET CONSTRAINTS ALL DEFERRED", PreparedStatement::execute);
        // a move of a few hundred thousand rows runs longer than the pools' statement and socket timeouts allow one
        // statement (the commit alone checks every deferred key): lifted for this transaction and this connection
        // only (the pool puts the network timeout back when the connection returns)
        jdbc.prepareStatement("SET LOCAL statement_timeout = 0", PreparedStatement::execute);
        try {
            jdbc.getConnection().setNetworkTimeout(Runnable::run, 0);
        } catch (SQLException e) {
            throw new IllegalStateException("could not lift the network timeout of the move", e);
        }
        List<Object[]> jobRow = list("SELECT source_ids, phase, choices_json, effective_on FROM merge_job WHERE tenant_id = ? AND id = ? FOR UPDATE",
                rs -> new Object[]{List.of((Long[]) rs.getArray(1).getArray()), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate()},
                targetId, jobId);
        if (jobRow.isEmpty() || !"FROZEN".equals(jobRow.get(0)[1])) {
            throw new IllegalStateException("merge job " + jobId + " is not frozen");
        }
        @SuppressWarnings("unchecked")
        List<Long> sources = (List<Long>) jobRow.get(0)[0];
        Choices choices = read((String) jobRow.get(0)[2], Choices.class);
        LocalDate effective = (LocalDate) jobRow.get(0)[3];
        Map<Long, SplitChoice> splits = new LinkedHashMap<>();
        choices.splitsOrNone().forEach((s, split) -> splits.put(Long.parseLong(s), split));
        // the centers that receive rows: the target and the successors of the split sources
        List<Long> receivers = new ArrayList<>(List.of(targetId));
        splits.values().forEach(split -> split.successors().stream().filter(id -> !receivers.contains(id)).forEach(receivers::add));
        List<Long> all = Stream.concat(sources.stream(), receivers.stream()).distinct().sorted().toList();
        for (long id : all) {
            one("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(?, ?)) l", LOCK_CLASS, (int) id);
        }
        for (long r : receivers) {
            Center c = center(r).orElseThrow();
            if (r != targetId && (!"ACTIVE".equals(c.status()) || c.frozenBy() != null)) {
                throw new IllegalStateException("successor " + c.shown() + " can no longer take a part (" + c.status() + ")");
            }
        }
        Center target = center(targetId).orElseThrow();
        Instant now = time.now();
        String by = actor.username();
        // per source: where its staff, counters and closed dossiers go, and which open dossiers go elsewhere
        Map<Long, Long> mainOf = new LinkedHashMap<>();
        Map<Long, Map<Long, List<Long>>> awayOf = new LinkedHashMap<>();
        for (long s : sources) {
            SplitChoice split = splits.get(s);
            mainOf.put(s, split == null ? targetId : split.main());
            Map<Long, List<Long>> away = new TreeMap<>();
            if (split != null) {
                split.dossiers().forEach((d, to) -> away.computeIfAbsent(to, k -> new ArrayList<>()).add(Long.parseLong(d)));
            }
            awayOf.put(s, away);
        }

        // before: every tenant table, the stored objects under the sources' keys
        List<String> tables = list("""
                SELECT c.table_name::text FROM information_schema.columns c
                  JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                 WHERE c.table_schema = current_schema() AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE'
                 ORDER BY 1""", rs -> rs.getString(1)).stream().filter(t -> !NOT_COUNTED.contains(t)).toList();
        Map<String, long[]> before = new LinkedHashMap<>();
        for (String t : tables) {
            before.put(t, count(t, sources, receivers));
        }
        // words are a set per center: a receiver's after the move are the union of its own and its senders'
        long wordsUnion = 0;
        Map<Long, Long> dossiersExpected = new LinkedHashMap<>();
        for (long r : receivers) {
            List<Long> withSenders = new ArrayList<>(List.of(r));
            long expected = one("SELECT count(*) FROM dossier WHERE tenant_id = ?", r);
            for (long s : sources) {
                long away = awayOf.get(s).values().stream().mapToLong(List::size).sum();
                long here = awayOf.get(s).getOrDefault(r, List.of()).size();
                if (mainOf.get(s) == r) {
                    expected += one("SELECT count(*) FROM dossier WHERE tenant_id = ?", s) - away;
                    withSenders.add(s);
                } else if (here > 0) {
                    expected += here;
                    withSenders.add(s);
                }
            }
            dossiersExpected.put(r, expected);
            wordsUnion += one("SELECT count(DISTINCT word) FROM dossier_search_word WHERE tenant_id = ANY (?)",
                    (Object) withSenders.toArray(Long[]::new));
        }
        StoredObjects objectsBefore = objects(sources);
        long rowsWithObjectBefore = rowsWithObject(sources, objectsBefore.keys);
        long rowsWithObjectTargetBefore = rowsWithObject(receivers, objectsBefore.keys);

        // staff, accounts, counters, equipment: to the target, or to the main successor of a split source
        long transferLines = 0;
        long proceduresAdded = 0;
        long workflowsCopied = 0;
        long lineageRows = 0;
        for (long s : sources) {
            long mainCenter = mainOf.get(s);
            List<Long> deactivate = new ArrayList<>();
            List<Long> asClerk = new ArrayList<>();
            choices.accounts().forEach((id, choice) -> {
                if (AccountChoice.valueOf(choice) == AccountChoice.DEACTIVATE) {
                    deactivate.add(Long.parseLong(id));
                } else if (AccountChoice.valueOf(choice) == AccountChoice.KEEP_AS_CLERK) {
                    asClerk.add(Long.parseLong(id));
                }
            });
            update("UPDATE app_user SET active = false, version = version + 1 WHERE tenant_id = ? AND id = ANY (?)", s, deactivate.toArray(Long[]::new));
            update("UPDATE staff_member SET active = false, updated_at = now() WHERE tenant_id = ? AND user_id = ANY (?)", s, deactivate.toArray(Long[]::new));
            update("UPDATE app_user SET role = 'CLERK', version = version + 1 WHERE tenant_id = ? AND id = ANY (?) AND role = 'DIRECTOR'", s,
                    asClerk.toArray(Long[]::new));
            // an active counter whose number the receiving center already uses gets the next free number
            Set<Integer> taken = new HashSet<>(list("SELECT number FROM counter WHERE tenant_id = ? AND active", rs -> rs.getInt(1), mainCenter));
            List<long[]> counters = list("SELECT id, number FROM counter WHERE tenant_id = ? AND active ORDER BY number",
                    rs -> new long[]{rs.getLong(1), rs.getLong(2)}, s);
            int next = taken.stream().mapToInt(Integer::intValue).max().orElse(0);
            for (long[] counter : counters) {
                if (taken.contains((int) counter[1])) {
                    do {
                        next++;
                    } while (taken.contains(next));
                    update("UPDATE counter SET number = ?, version = version + 1 WHERE tenant_id = ? AND id = ?", next, s, counter[0]);
                    taken.add(next);
                } else {
                    taken.add((int) counter[1]);
                }
            }
            for (String t : MOVED_WITH_STAFF) {
                update("UPDATE " + t + " SET tenant_id = ? WHERE tenant_id = ?", mainCenter, s);
            }
        }
        phase(targetId, jobId, MergePhase.STAFF_MOVED, "tài khoản: " + (before.get("app_user")[0]) + ", cán bộ: " + before.get("staff_member")[0]);
        progress.reached(MergePhase.STAFF_MOVED);
        MOVE_PAUSE.run();

        // dossiers and their children; one control-sheet line per open dossier; served procedures and workflows
        for (long s : sources) {
            Center source = center(s).orElseThrow();
            long mainCenter = mainOf.get(s);
            Map<Long, List<Long>> away = awayOf.get(s);
            Long[] awayIds = away.values().stream().flatMap(List::stream).toArray(Long[]::new);
            List<Long> gets = new ArrayList<>(List.of(mainCenter));
            away.keySet().stream().filter(r -> !gets.contains(r)).forEach(gets::add);
            update("""
                    UPDATE dossier_fee SET receipt_number = left(? || '/' || receipt_number, 40)
                     WHERE tenant_id = ? AND receipt_number IN (SELECT receipt_number FROM dossier_fee WHERE tenant_id = ANY (?))""",
                    source.code(), s, gets.toArray(Long[]::new));
            for (long r : gets) {
                Center to = center(r).orElseThrow();
                String which = r == mainCenter ? "AND NOT (d.id = ANY (?))" : "AND d.id = ANY (?)";
                Long[] ids = r == mainCenter ? awayIds : away.get(r).toArray(Long[]::new);
                transferLines += update("""
                        INSERT INTO dossier_event (tenant_id, dossier_id, number, action, from_status, to_status, from_step, to_step,
                                                   actor, at, note)
                        SELECT d.tenant_id, d.id, coalesce(e.last, 0) + 1, 'TRANSFER', d.status, d.status, d.current_step, d.current_step,
                               ?, ?, ?
                          FROM dossier d
                          LEFT JOIN (SELECT dossier_id, max(number) AS last FROM dossier_event WHERE tenant_id = ? GROUP BY dossier_id) e
                            ON e.dossier_id = d.id
                         WHERE d.tenant_id = ? AND d.status IN""" + " " + OPEN + " " + which, by, Timestamp.from(now),
                        "Chuyển từ " + source.shown() + " sang " + to.shown() + " khi sáp nhập" + (splits.containsKey(s) ? " một phần" : "")
                                + " (phiên #" + jobId + "); mã hồ sơ, hạn trả và thời gian tạm dừng giữ nguyên", s, s, ids);
            }
            // open dossiers a split source sends to another successor than its main one, with all their rows
            for (Map.Entry<Long, List<Long>> to : away.entrySet()) {
                Long[] ids = to.getValue().toArray(Long[]::new);
                for (String t : MOVED_WITH_DOSSIER_KEY) {
                    update("UPDATE " + t + " SET tenant_id = ? WHERE tenant_id = ? AND " + (t.equals("dossier") ? "id" : "dossier_id")
                            + " = ANY (?)", to.getKey(), s, ids);
                }
            }
            for (String t : MOVED_WITH_DOSSIERS) {
                long began = System.nanoTime();
                int rows = update("UPDATE " + t + " SET tenant_id = ? WHERE tenant_id = ?", mainCenter, s);
                LOG.info("merge job {}: {} rows of {} moved from {} in {} ms", jobId, rows, t, s, (System.nanoTime() - began) / 1_000_000);
            }
            for (long r : gets) {
                update("INSERT INTO dossier_search_word (tenant_id, word) SELECT ?, word FROM dossier_search_word WHERE tenant_id = ? ON CONFLICT DO NOTHING",
                        r, s);
                proceduresAdded += update("""
                        INSERT INTO center_procedure (tenant_id, procedure_id, served, changed_by)
                        SELECT ?, procedure_id, true, ? FROM center_procedure c WHERE c.tenant_id = ? AND c.served
                           AND NOT EXISTS (SELECT 1 FROM center_procedure t WHERE t.tenant_id = ? AND t.procedure_id = c.procedure_id)""",
                        r, by, s, r);
            }
            for (Map.Entry<String, Long> w : choices.workflowFrom().entrySet()) {
                if (w.getValue() == s) {
                    workflowsCopied += update("""
                            INSERT INTO center_workflow (tenant_id, procedure_code, procedure_version, version, steps_json, total_hours, created_by)
                            SELECT ?, procedure_code, procedure_version,
                                   (SELECT coalesce(max(version), 0) + 1 FROM center_workflow WHERE tenant_id = ? AND procedure_code = ?),
                                   steps_json, total_hours, ?
                              FROM center_workflow WHERE tenant_id = ? AND procedure_code = ? ORDER BY version DESC LIMIT 1""",
                            targetId, targetId, w.getKey(), by, s, w.getKey());
                }
            }
            SplitChoice split = splits.get(s);
            List<Long> partialTo = split == null ? List.of() : concat(split.successors(), targetId);
            update("""
                    UPDATE service_center SET status = 'MERGED', successor_tenant_id = ?, partial_successor_ids = ?, frozen_by_job = NULL,
                           version = version + 1, updated_at = now() WHERE tenant_id = ?""", mainCenter,
                    split == null ? null : partialTo.stream().filter(r -> r != mainCenter).toArray(Long[]::new), s);
            for (long r : split == null ? List.of(targetId) : partialTo) {
                lineageRows += update("""
                        INSERT INTO center_lineage (tenant_id, predecessor_tenant_id, predecessor_code, predecessor_name, kind, effective_on, merge_job_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""", r, s, source.code(), source.shown(), split == null ? "FULL" : "PARTIAL",
                        effective, jobId);
            }
        }
        phase(targetId, jobId, MergePhase.DOSSIERS_MOVED, "hồ sơ: " + before.get("dossier")[0] + ", đang giải quyết: " + transferLines);
        progress.reached(MergePhase.DOSSIERS_MOVED);

        StoredObjects objectsAfter = objects(sources);
        long rowsWithObjectAfter = rowsWithObject(sources, objectsBefore.keys);
        long rowsWithObjectTargetAfter = rowsWithObject(receivers, objectsBefore.keys);
        phase(targetId, jobId, MergePhase.DOCUMENTS_CHECKED, "đối tượng lưu trữ: " + objectsBefore.count + " → " + objectsAfter.count
                + ", " + objectsBefore.bytes + " → " + objectsAfter.bytes + " byte");
        progress.reached(MergePhase.DOCUMENTS_CHECKED);

        List<MergeCounts.Line> lines = new ArrayList<>();
        for (String t : tables) {
            long[] b = before.get(t);
            long[] a = count(t, sources, receivers);
            long expectedSources = b[0];
            long expectedTarget = b[1];
            boolean atLeast = false;
            if (MOVED.contains(t)) {
                expectedSources = 0;
                expectedTarget = b[1] + b[0] + (t.equals("dossier_event") ? transferLines : 0);
            } else if (t.equals("dossier_search_word")) {
                expectedTarget = wordsUnion;
            } else if (t.equals("center_procedure")) {
                expectedTarget = b[1] + proceduresAdded;
            } else if (t.equals("center_workflow")) {
                expectedTarget = b[1] + workflowsCopied;
            } else if (t.equals("center_lineage")) {
                expectedTarget = b[1] + lineageRows;
            } else if (t.equals("audit_log")) {
                atLeast = true;
            }
            lines.add(new MergeCounts.Line(t, b[0], b[1], a[0], a[1], expectedSources, expectedTarget, atLeast));
        }
        if (!splits.isEmpty()) {
            // a split source's dossiers checked per receiving center: each holds exactly what was sent to it
            for (long r : receivers) {
                long had = one("SELECT count(*) FROM dossier WHERE tenant_id = ?", r);
                lines.add(new MergeCounts.Line("dossier@" + center(r).orElseThrow().code(), 0, 0, 0, had, 0, dossiersExpected.get(r), false));
            }
        }
        lines.add(new MergeCounts.Line("s3:objects", objectsBefore.count, 0, objectsAfter.count, 0, objectsBefore.count, 0, false));
        lines.add(new MergeCounts.Line("s3:bytes", objectsBefore.bytes, 0, objectsAfter.bytes, 0, objectsBefore.bytes, 0, false));
        lines.add(new MergeCounts.Line("s3:rows-with-object", rowsWithObjectBefore, rowsWithObjectTargetBefore, rowsWithObjectAfter,
                rowsWithObjectTargetAfter, 0, rowsWithObjectTargetBefore + rowsWithObjectBefore, false));
        MergeCounts counts = new MergeCounts(lines);
        phase(targetId, jobId, MergePhase.COUNTED, counts.ok() ? "khớp" : "không khớp: " + counts.differences());
        progress.reached(MergePhase.COUNTED);
        if (!counts.ok()) {
            throw new CountsDiffer(counts);
        }
        LocalDate until = BusinessTime.localDate(now).plusDays(1);
        for (long c : all) {
            tallies.recountAll(TenantId.of(c), until);
            queueTallies.recountAll(TenantId.of(c));
        }
        update("UPDATE merge_job SET phase = 'DONE', counts_json = ?, finished_at = ? WHERE tenant_id = ? AND id = ?",
                json(counts), Timestamp.from(time.now()), targetId, jobId);
        phase(targetId, jobId, MergePhase.DONE, sources.size() + " trung tâm đã sáp nhập vào " + target.shown());
        String summary = "hồ sơ: " + before.get("dossier")[0] + " (đang giải quyết " + transferLines + "), tài khoản: "
                + before.get("app_user")[0] + ", giấy tờ: " + before.get("dossier_document")[0];
        audit.record(TenantId.of(targetId), actor, AuditAction.MERGE_COMPLETED, "merge_job", jobId, "nhận từ " + sources.size()
                + " trung tâm; " + summary);
        for (long r : receivers) {
            if (r != targetId) {
                audit.record(TenantId.of(r), actor, AuditAction.MERGE_COMPLETED, "merge_job", jobId, "nhận một phần khi sáp nhập vào "
                        + target.shown() + ": hồ sơ " + (dossiersExpected.get(r)));
            }
        }
        for (long s : sources) {
            audit.record(TenantId.of(s), actor, AuditAction.MERGE_COMPLETED, "merge_job", jobId, "đã sáp nhập vào " + target.shown()
                    + (splits.containsKey(s) ? " (một phần; cán bộ và hồ sơ đã kết thúc sang " + center(mainOf.get(s)).orElseThrow().shown() + ")" : ""));
        }
        if (home != null && !all.contains(home.value())) {
            audit.record(home, actor, AuditAction.MERGE_COMPLETED, "merge_job", jobId, "sáp nhập " + sources + " vào " + target.shown()
                    + "; " + summary);
        }
        return null;
    }

    private record StoredObjects(long count, long bytes, Set<String> keys) {
    }

    private StoredObjects objects(List<Long> sources) {
        long count = 0;
        long bytes = 0;
        Set<String> keys = new HashSet<>();
        for (long s : sources) {
            try (Stream<ListedObject> listed = store.list(s + "/")) {
                for (ListedObject o : (Iterable<ListedObject>) listed::iterator) {
                    count++;
                    bytes += o.size();
                    keys.add(o.key());
                }
            }
        }
        return new StoredObjects(count, bytes, keys);
    }

    /** Document rows of {@code tenants} whose object is among {@code keys}. */
    private long rowsWithObject(List<Long> tenants, Set<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        return one("SELECT count(*) FROM dossier_document WHERE tenant_id = ANY (?) AND object_key = ANY (?)",
                tenants.toArray(Long[]::new), keys.toArray(String[]::new));
    }

    /** Rows of {@code table} at the sources ([0]) and at the receiving centers ([1]). */
    private long[] count(String table, List<Long> sources, List<Long> receivers) {
        long[] result = new long[2];
        List<Long> all = new ArrayList<>(sources);
        all.addAll(receivers);
        for (Object[] row : list("SELECT tenant_id, count(*) FROM " + table + " WHERE tenant_id = ANY (?) GROUP BY tenant_id",
                rs -> new Object[]{rs.getLong(1), rs.getLong(2)}, (Object) all.toArray(Long[]::new))) {
            if (receivers.contains((Long) row[0])) {
                result[1] += (Long) row[1];
            } else {
                result[0] += (Long) row[1];
            }
        }
        return result;
    }

    private void phase(long targetId, long jobId, MergePhase phase, String detail) {
        update("""
                INSERT INTO merge_job_phase (tenant_id, job_id, number, phase, at, detail)
                VALUES (?, ?, (SELECT coalesce(max(number), 0) + 1 FROM merge_job_phase WHERE tenant_id = ? AND job_id = ?), ?, ?, ?)""",
                targetId, jobId, targetId, jobId, phase.name(), Timestamp.from(time.now()), detail);
    }

    // ---------------------------------------------------------------- plain JDBC on the provincial transaction

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> list(String sql, Row<T> row, Object... params) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.read(rs));
                }
            }
            return out;
        });
    }

    private long one(String sql, Object... params) {
        return list(sql, rs -> rs.getLong(1), params).get(0);
    }

    private int update(String sql, Object... params) {
        return jdbc.prepareStatement(sql, ps -> {
            bind(ps, params);
            return ps.executeUpdate();
        });
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof Long[] longs) {
                Array array = ps.getConnection().createArrayOf("bigint", longs);
                ps.setArray(i + 1, array);
            } else if (p instanceof String[] strings) {
                ps.setArray(i + 1, ps.getConnection().createArrayOf("varchar", strings));
            } else if (p instanceof LocalDate date) {
                ps.setObject(i + 1, date);
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    private static List<Long> concat(List<Long> sources, long target) {
        List<Long> all = new ArrayList<>(sources);
        all.add(target);
        return all;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String text, Class<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
