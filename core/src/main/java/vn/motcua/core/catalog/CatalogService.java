package vn.motcua.core.catalog;

import vn.motcua.core.context.CallContext;
import vn.motcua.core.audit.AuditAction;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import vn.motcua.core.context.Actor;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.db.DataErrors;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.text.SearchKey;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.FormValidator;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Messages;
import vn.motcua.core.validation.NotFoundException;
import vn.motcua.core.validation.Problem;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The central catalog: search, detail, version history and diff, and publishing an edit as a new
 * version. The catalog is reference data without tenant: reads need no tenant (they join the caller's
 * transaction when there is one); an edit runs in the audit tenant's transaction and is audited there.
 * Role checks are the caller's (the catalog is edited by provincial IT only).
 */
@Singleton
public class CatalogService {
    private static final Set<String> SORTABLE = Set.of("nationalCode", "name", "field", "onlineLevel",
            "deadlineValue", "currentVersion", "updatedAt");

    private final ProcedureRepository procedures;
    private final ProcedureVersionRepository versions;
    private final TransactionOperations<Connection> transactions;
    private final ProvincialScope province;
    private final AuditLog audit;
    private final FormValidator validator;

    public CatalogService(ProcedureRepository procedures, ProcedureVersionRepository versions,
                          TransactionOperations<Connection> transactions, ProvincialScope province, AuditLog audit,
                          FormValidator validator) {
        this.procedures = procedures;
        this.versions = versions;
        this.transactions = transactions;
        this.province = province;
        this.audit = audit;
        this.validator = validator;
    }

    /** Paged search: code or name without diacritics and in any word order, plus field, level and online level. */
    public Page<Procedure> search(CatalogQuery query, int page, int size, @Nullable String sortProperty,
                                  boolean ascending) {
        Pageable pageable = pageable(page, size, sortProperty, ascending);
        String phrase = rankedPhrase(query.text(), sortProperty, ascending);
        if (phrase != null) {
            Pageable unsorted = Pageable.from(pageable.getNumber(), pageable.getSize());
            return read(() -> procedures.searchRanked(SearchKey.likeAll(query.text()), phrase, phrase + "%", "%" + phrase + "%",
                    blank(query.field()), query.level() == null ? null : query.level().name(),
                    query.onlineLevel() == null ? null : query.onlineLevel().name(), unsorted));
        }
        return read(() -> procedures.search(SearchKey.likeAll(query.text()), blank(query.field()),
                query.level() == null ? null : query.level().name(),
                query.onlineLevel() == null ? null : query.onlineLevel().name(), pageable));
    }

    public long count() {
        return read(procedures::count);
    }

    /** Lĩnh vực present in the catalog, for the filter. */
    public List<String> fields() {
        return read(procedures::findDistinctFields);
    }

    public ProcedureDetail get(long procedureId) {
        return read(() -> {
            Procedure p = find(procedureId);
            return new ProcedureDetail(p, version(p.id(), p.currentVersion()));
        });
    }

    public ProcedureDetail getByCode(String nationalCode) {
        return read(() -> {
            Procedure p = procedures.findByNationalCode(nationalCode == null ? "" : nationalCode.trim())
                    .orElseThrow(() -> new NotFoundException("procedure", nationalCode));
            return new ProcedureDetail(p, version(p.id(), p.currentVersion()));
        });
    }

    /** Whether the catalog has a procedure with this national code. */
    public boolean exists(String nationalCode) {
        return nationalCode != null && read(() -> procedures.findByNationalCode(nationalCode.trim()).isPresent());
    }

    /** Version {@code versionNumber} of the procedure with this code, or its current version when the number is null. */
    public java.util.Optional<ProcedureVersion> findVersion(String nationalCode, @Nullable Integer versionNumber) {
        if (nationalCode == null) {
            return java.util.Optional.empty();
        }
        return read(() -> procedures.findByNationalCode(nationalCode.trim()).flatMap(p ->
                versions.findByProcedureIdAndVersionNumber(p.id(), versionNumber == null ? p.currentVersion() : versionNumber)));
    }

    /** Newest first. */
    public List<ProcedureVersion> history(long procedureId) {
        return read(() -> {
            find(procedureId);
            return versions.findByProcedureIdOrderByVersionNumberDesc(procedureId);
        });
    }

    public ProcedureVersion version(long procedureId, int versionNumber) {
        return read(() -> versions.findByProcedureIdAndVersionNumber(procedureId, versionNumber)
                .orElseThrow(() -> new NotFoundException("procedure version", procedureId + "/" + versionNumber)));
    }

    /** Field by field, what changed from version {@code from} to version {@code to}. */
    public List<FieldChange> diff(long procedureId, int from, int to) {
        return diff(version(procedureId, from).draft(), version(procedureId, to).draft());
    }

    public static List<FieldChange> diff(ProcedureDraft a, ProcedureDraft b) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, a, b, "name", "Tên thủ tục", ProcedureDraft::name);
        compare(changes, a, b, "provinceSuffix", "Mã tỉnh", ProcedureDraft::provinceSuffix);
        compare(changes, a, b, "field", "Lĩnh vực", ProcedureDraft::field);
        compare(changes, a, b, "levels", "Cấp thực hiện", d -> Levels.label(d.levels()));
        compare(changes, a, b, "legalDeadline", "Thời hạn giải quyết", CatalogTexts::deadline);
        compare(changes, a, b, "onlineLevel", "Mức độ DVC trực tuyến", d -> onlineLabel(d.onlineLevel()));
        compare(changes, a, b, "interAgency", "Liên thông",
                d -> d.interAgency() == null ? "" : d.interAgency() ? "Có" : "Không");
        compare(changes, a, b, "implementingAgency", "Cơ quan thực hiện", ProcedureDraft::implementingAgency);
        compare(changes, a, b, "legalBasis", "Căn cứ pháp lý", ProcedureDraft::legalBasis);
        compare(changes, a, b, "documents", "Thành phần hồ sơ", d -> CatalogTexts.documents(d.documents()));
        compare(changes, a, b, "fees", "Phí, lệ phí", d -> CatalogTexts.fees(d.fees()));
        return changes;
    }

    /**
     * Publishes an edit as the next version. Refused (nothing changes) when the form is invalid, when it
     * changes nothing, or when someone published another version since {@code form.baseVersion()}.
     */
    public ProcedureDetail publish(CallContext ctx, long procedureId, ProcedureForm form) {
        List<Problem> problems = new ArrayList<>(validator.problems(form));
        if ((form.deadlineValue() == null) != (form.deadlineUnit() == null)) {
            problems.add(Messages.problem("deadlineValue", "catalog.deadline.incomplete"));
        } else if (form.deadlineValue() != null
                && new LegalDeadline(form.deadlineValue(), form.deadlineUnit()).isOutOfRange()) {
            problems.add(Messages.problem("deadlineValue", "catalog.deadline.range", LegalDeadline.MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return publish(ctx, procedureId, form.baseVersion(), base -> {
            ProcedureDraft before = base.draft();
            LegalDeadline deadline = form.deadlineUnit() == null ? LegalDeadline.UNKNOWN
                    : LegalDeadline.of(form.deadlineValue(), form.deadlineUnit());
            // an edit that leaves the deadline as it was keeps what was known of it (unit assumed, none fixed)
            boolean sameDeadline = deadline.equals(before.legalDeadline());
            return new ProcedureDraft(before.nationalCode(), form.provinceSuffix(), form.name(),
                    form.field(), form.levels(), deadline,
                    CatalogTexts.parseDocuments(form.documentsText()), CatalogTexts.parseFees(form.feesText()),
                    form.onlineLevel(), form.interAgency(), form.implementingAgency(), form.legalBasis(),
                    sameDeadline && before.deadlineUnitAssumed(), sameDeadline && before.noFixedDeadline());
        }, AuditAction.CATALOG_PROCEDURE_PUBLISHED, "Chỉnh sửa trực tiếp");
    }

    /**
     * The one path that publishes a version: {@code edit} turns the current version into the new content, which is
     * saved as the next version and audited as {@code action} in the caller's home center. Refused (nothing changes)
     * when it changes nothing, or when someone published another version since {@code baseVersion}.
     */
    ProcedureDetail publish(CallContext ctx, long procedureId, @Nullable Integer baseVersion,
                            Function<ProcedureVersion, ProcedureDraft> edit, AuditAction action, String source) {
        TenantId auditTenant = ctx.homeTenant();
        Actor actor = ctx.actor();
        // the catalog is shared: written on the provincial path, the tenant role only reads it
        return province.sharedWrite(() -> {
            Procedure current = find(procedureId);
            if (baseVersion != null && baseVersion != current.currentVersion()) {
                throw new ConcurrentChangeException("procedure " + current.nationalCode());
            }
            ProcedureVersion base = version(current.id(), current.currentVersion());
            ProcedureDraft draft = edit.apply(base);
            String fingerprint = draft.fingerprint();
            if (fingerprint.equals(current.fingerprint())) {
                throw InvalidInputException.of("name", "catalog.unchanged");
            }
            int next = current.currentVersion() + 1;
            ProcedureVersion saved = versions.save(ProcedureVersion.of(current.id(), next, draft, fingerprint,
                    source, actor.username()));
            Procedure updated = DataErrors.optimistic("procedure",
                    () -> procedures.update(current.published(draft, fingerprint, next)));
            List<FieldChange> changes = diff(base.draft(), draft);
            audit.record(auditTenant, actor, action, "procedure", current.id(),
                    current.nationalCode() + " v" + next + ": "
                            + changes.stream().map(FieldChange::field).reduce((x, y) -> x + ", " + y).orElse(""));
            return new ProcedureDetail(updated, saved);
        });
    }

    public static String onlineLabel(OnlineLevel level) {
        return level == null || level == OnlineLevel.UNKNOWN ? "Chưa xác định" : level.label();
    }

    private Procedure find(long procedureId) {
        return procedures.findById(procedureId).orElseThrow(() -> new NotFoundException("procedure", procedureId));
    }

    /** A read of the shared catalog: joins the caller's transaction, or opens a read-only one without tenant. */
    private <T> T read(Supplier<T> work) {
        return transactions.executeRead(status -> work.get());
    }

    /**
     * The typed words as one LIKE-escaped phrase when results should come most relevant first: a text was typed
     * and no other order was asked (none, or by name ascending, which is what a picker asks); null otherwise.
     */
    static String rankedPhrase(@Nullable String text, @Nullable String sortProperty, boolean ascending) {
        String[] words = SearchKey.words(text);
        if (words.length == 0 || !(sortProperty == null || "name".equals(sortProperty) && ascending)) {
            return null;
        }
        return String.join(" ", words).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Pageable pageable(int page, int size, @Nullable String sortProperty, boolean ascending) {
        String sort = sortProperty != null && SORTABLE.contains(sortProperty) ? sortProperty : "nationalCode";
        Sort.Order order = ascending ? Sort.Order.asc(sort) : Sort.Order.desc(sort);
        Sort sorting = sort.equals("nationalCode") ? Sort.of(order) : Sort.of(order, Sort.Order.asc("nationalCode"));
        return Pageable.from(Math.max(page, 0), Math.min(Math.max(size, 1), 500), sorting);
    }

    private static void compare(List<FieldChange> changes, ProcedureDraft a, ProcedureDraft b, String field,
                                String label, Function<ProcedureDraft, String> value) {
        String before = Objects.requireNonNullElse(value.apply(a), "");
        String after = Objects.requireNonNullElse(value.apply(b), "");
        if (!before.equals(after)) {
            changes.add(new FieldChange(field, label, before, after));
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
