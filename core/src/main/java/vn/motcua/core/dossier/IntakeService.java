package vn.motcua.core.dossier;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import vn.motcua.core.context.Actor;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.context.BusinessTime;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.calendar.DeadlineService;
import vn.motcua.core.catalog.CatalogService;
import vn.motcua.core.catalog.Checklist;
import vn.motcua.core.catalog.ProcedureVersion;
import vn.motcua.core.storage.DocumentWrites;
import vn.motcua.core.storage.StoredObject;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;
import vn.motcua.core.workflow.WorkflowRules;
import vn.motcua.core.workflow.WorkflowService;
import vn.motcua.core.workflow.WorkflowVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Tiếp nhận: checks the applicant and every scan, stores the scans (object first, rows after, so a row
 * never points at nothing), numbers the dossier for the day, fixes its due date with the one deadline
 * function and the workflow in force, and writes the first line of the control sheet — all or nothing.
 */
@Singleton
public class IntakeService {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM");

    private final DossierRepository dossiers;
    private final DossierDocumentRepository documents;
    private final DossierEventRepository events;
    private final TenantTransactions tx;
    private final JdbcOperations jdbc;
    private final DeadlineService deadlines;
    private final WorkflowService workflows;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final ApplicantJson applicants;
    private final UploadCheck uploads = UploadCheck.withDefaultLimit();
    private final DocumentWrites writes;
    private final CatalogService catalog;
    private final PortalEvents portal;
    private final IndicatorTallies tallies;

    public IntakeService(DossierRepository dossiers, DossierDocumentRepository documents, DossierEventRepository events,
                         TenantTransactions tx, JdbcOperations jdbc, DocumentWrites writes, DeadlineService deadlines,
                         WorkflowService workflows, AuditLog audit, ObjectMapper json, ApplicantJson applicants,
                         CatalogService catalog, PortalEvents portal, IndicatorTallies tallies) {
        this.portal = portal;
        this.catalog = catalog;
        this.tallies = tallies;
        this.applicants = applicants;
        this.dossiers = dossiers;
        this.documents = documents;
        this.events = events;
        this.tx = tx;
        this.jdbc = jdbc;
        this.writes = writes;
        this.deadlines = deadlines;
        this.workflows = workflows;
        this.audit = audit;
        this.json = json;
    }

    /**
     * Receives a dossier at the counter at the call's instant, for the caller's center. The procedure version's
     * checklist is checked again here, whoever calls: every required paper scanned or reused, one paper of each
     * one-of group, each conditional paper handed in or marked not applicable (notes ask for nothing); a dossier
     * that misses one is refused before anything is stored.
     */
    public Intake receive(CallContext ctx, IntakeRequest request) {
        ctx.require(Permission.RECEIVE_DOSSIERS);
        TenantId tenant = ctx.tenant();
        Instant receivedAt = ctx.now();
        List<Problem> problems = new ArrayList<>(ApplicantRules.check(request.applicant(),
                BusinessTime.localDate(receivedAt)));
        List<UploadCheck.Kind> kinds = new ArrayList<>();
        if (request.documents().isEmpty() && request.reused().isEmpty()) {
            problems.add(new Problem("documents", "Cần ít nhất một giấy tờ đã quét", "at least one scanned document is required"));
        }
        problems.addAll(checklistProblems(request));
        for (IntakeRequest.IncomingDocument d : request.documents()) {
            UploadCheck.Verdict verdict = uploads.check(d.fileName(), d.content());
            problems.addAll(verdict.problems());
            verdict.kind().ifPresent(kinds::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WorkflowVersion workflow = workflows.current(tenant, request.procedureCode(), request.deadline());
        String folder = "dossiers/" + MONTH.format(receivedAt.atZone(BusinessTime.ZONE));
        List<DocumentWrites.NewObject> scans = new ArrayList<>();
        for (int i = 0; i < request.documents().size(); i++) {
            scans.add(new DocumentWrites.NewObject(folder, request.documents().get(i).content(), kinds.get(i).mediaType()));
        }
        return writes.write(tenant, scans, e -> new InvalidInputException(List.of(new Problem("documents",
                        "Không lưu được bản quét (kho lưu trữ không phản hồi); hồ sơ chưa được tiếp nhận, vui lòng thử lại",
                        "document store unavailable: " + e.getMessage()))),
                stored -> persist(ctx, request, workflow, stored, receivedAt));
    }

    private Intake persist(CallContext ctx, IntakeRequest request, WorkflowVersion workflow,
                           List<StoredObject> stored, Instant receivedAt) {
        TenantId tenant = ctx.tenant();
        Actor actor = ctx.actor();
        int sequence = nextSequence(tenant, DossierCode.receptionDay(receivedAt));
        DossierCode code = AgencyCode.tryParse(request.agencyCode())
                .map(agency -> DossierCode.of(agency, receivedAt, sequence))
                .orElseGet(() -> DossierCode.provisional(tenant.value(), receivedAt, sequence));
        List<StepPlan> plan = workflow.steps().stream()
                .map(s -> new StepPlan(s.name(), Duration.ofHours(s.budgetHours(WorkflowRules.HOURS_PER_DAY)))).toList();
        DossierLifecycle life = DossierLifecycle.submitted(code, plan,
                (at, pauses) -> deadlines.due(request.provinceCode(), at, request.deadline(), pauses).toInstant());
        ControlSheetEntry received = life.receive(new Act(actor.username(), receivedAt, Duration.ZERO));
        Applicant a = request.applicant();
        List<DossierDocument> earlier = reusable(tenant, applicantId(a), request.reused());
        Dossier dossier = dossiers.save(new Dossier(null, tenant.value(), code.format(), request.procedureCode(),
                request.procedureVersion(), request.procedureName(), workflow.version(), write(workflow.steps()),
                request.channel(), applicantName(a), applicantId(a), applicantPhone(a), applicants.write(a), life.status(),
                life.step().orElse(null), receivedAt, life.dueAt().orElseThrow(), actor.username(),
                request.provinceCode(), request.deadline().unit().name(), request.deadline().value(),
                write(StoredLifecycle.of(life.snapshot())), null, workflow.steps().get(0).role(), null, null, false,
                null, null, null, LookupSecret.generate()));
        List<DossierDocument> saved = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            StoredObject o = stored.get(i);
            IntakeRequest.IncomingDocument d = request.documents().get(i);
            saved.add(documents.save(new DossierDocument(null, tenant.value(), dossier.id(), d.name(), d.fileName(),
                    o.key(), o.size(), o.sha256(), o.contentType(), DossierDocument.Kind.INPUT, null, null)));
        }
        for (int i = 0; i < earlier.size(); i++) {
            DossierDocument e = earlier.get(i);
            // the same stored object, a new row: the earlier dossier keeps its paper and the reuse is countable
            saved.add(documents.save(new DossierDocument(null, tenant.value(), dossier.id(), request.reused().get(i).name(),
                    e.fileName(), e.objectKey(), e.sizeBytes(), e.sha256(), e.contentType(), DossierDocument.Kind.INPUT,
                    e.id(), null)));
        }
        DossierEvent first = events.save(DossierEvent.of(tenant.value(), dossier.id(), received));
        portal.changed(tenant, dossier, received, null);
        tallies.refresh(tenant, receivedAt);
        audit.record(ctx, AuditAction.DOSSIER_RECEIVED, "dossier", dossier.code(),
                "Thủ tục " + request.procedureCode() + ", " + stored.size() + " giấy tờ quét, " + earlier.size()
                        + " giấy tờ dùng lại, hẹn trả " + BusinessTime.format(dossier.dueAt()));
        return new Intake(dossier, saved, List.of(first));
    }

    /**
     * What the catalog's checklist of the requested procedure version still asks for. A code the catalog does not
     * know has no checklist to check (the counter's path always names a served catalog procedure); a known code
     * with a version the catalog does not have is refused.
     */
    private List<Problem> checklistProblems(IntakeRequest request) {
        java.util.Optional<ProcedureVersion> version = catalog.findVersion(request.procedureCode(), request.procedureVersion());
        if (version.isEmpty()) {
            return catalog.exists(request.procedureCode())
                    ? List.of(new Problem("procedure", "Phiên bản thủ tục không có trong danh mục; vui lòng chọn lại thủ tục",
                            "procedure " + request.procedureCode() + " has no version " + request.procedureVersion()))
                    : List.of();
        }
        java.util.Set<String> answered = new java.util.HashSet<>();
        request.documents().forEach(d -> answered.add(d.name()));
        request.reused().forEach(d -> answered.add(d.name()));
        List<Problem> problems = new ArrayList<>();
        for (List<Checklist.Line> unmet : Checklist.unmet(Checklist.of(version.get().draft().documents()), answered,
                request.notApplicable())) {
            Checklist.Line line = unmet.get(0);
            if (unmet.size() > 1 || line.kind() == vn.motcua.core.catalog.RequiredDocument.Kind.ALTERNATIVE) {
                String names = String.join(" hoặc ", unmet.stream().map(l -> "«" + l.name() + "»").toList());
                problems.add(new Problem("documents", "Thiếu một trong các giấy tờ: " + names,
                        "missing one of the papers: " + String.join(" or ", unmet.stream().map(Checklist.Line::name).toList())));
            } else if (line.kind() == vn.motcua.core.catalog.RequiredDocument.Kind.CONDITIONAL) {
                problems.add(new Problem("documents", "Giấy tờ «" + line.name()
                        + "» chưa được nộp và chưa được đánh dấu không áp dụng",
                        "conditional paper neither handed in nor marked not applicable: " + line.name()));
            } else {
                problems.add(new Problem("documents", "Thiếu giấy tờ bắt buộc: «" + line.name() + "»",
                        "missing required paper: " + line.name()));
            }
        }
        return problems;
    }

    /** The earlier papers named by {@code reused}, each checked to be this applicant's, in this center. */
    private List<DossierDocument> reusable(TenantId tenant, String applicantId, List<IntakeRequest.ReusedDocument> reused) {
        if (reused.isEmpty()) {
            return List.of();
        }
        List<Long> ownIds = applicantId == null ? List.of()
                : documents.digitizedFor(tenant.value(), applicantId).stream().map(DossierDocument::id).toList();
        List<DossierDocument> found = new ArrayList<>();
        for (int i = 0; i < reused.size(); i++) {
            long id = reused.get(i).documentId();
            if (!ownIds.contains(id)) {
                throw new InvalidInputException(List.of(new Problem("reused[" + i + "]",
                        "Giấy tờ «" + reused.get(i).name() + "» không có trong kho số hóa của người nộp này tại trung tâm",
                        "document " + id + " is not a digitized paper of this applicant in this center")));
            }
            found.add(documents.findByTenantIdAndId(tenant.value(), id).orElseThrow());
        }
        return found;
    }

    private int nextSequence(TenantId tenant, LocalDate day) {
        return jdbc.prepareStatement("""
                INSERT INTO dossier_day_sequence (tenant_id, day, last_value) VALUES (?, ?, 1)
                ON CONFLICT (tenant_id, day) DO UPDATE SET last_value = dossier_day_sequence.last_value + 1
                RETURNING last_value""", ps -> {
            ps.setLong(1, tenant.value());
            ps.setObject(2, day);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static String applicantName(Applicant a) {
        return a instanceof Applicant.Individual i ? i.fullName() : ((Applicant.Organisation) a).name();
    }

    private static String applicantId(Applicant a) {
        return a instanceof Applicant.Individual i ? i.citizenId() : ((Applicant.Organisation) a).taxCode();
    }

    private static String applicantPhone(Applicant a) {
        return a instanceof Applicant.Individual i ? i.phone() : ((Applicant.Organisation) a).phone();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
