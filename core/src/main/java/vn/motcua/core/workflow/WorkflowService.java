package vn.motcua.core.workflow;

import vn.motcua.core.context.CallContext;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import vn.motcua.core.context.Actor;
import vn.motcua.core.audit.AuditAction;
import vn.motcua.core.audit.AuditLog;
import vn.motcua.core.catalog.LegalDeadline;
import vn.motcua.core.db.DataErrors;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.province.ProvincialScope;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.validation.ConcurrentChangeException;
import vn.motcua.core.validation.InvalidInputException;
import vn.motcua.core.validation.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A center's workflows: the one in force for a procedure (the center's own latest version, else the
 * province's default, else the standard one sized to the deadline), saving a new version, history, and
 * the warnings a center must act on when a procedure's deadline became shorter than its workflow.
 */
@Singleton
public class WorkflowService {
    private final CenterWorkflowRepository centerWorkflows;
    private final DefaultWorkflowRepository defaults;
    private final TenantTransactions tx;
    private final ProvincialScope province;
    private final AuditLog audit;
    private final ObjectMapper json;

    public WorkflowService(CenterWorkflowRepository centerWorkflows, DefaultWorkflowRepository defaults,
                           TenantTransactions tx, ProvincialScope province, AuditLog audit, ObjectMapper json) {
        this.centerWorkflows = centerWorkflows;
        this.defaults = defaults;
        this.tx = tx;
        this.province = province;
        this.audit = audit;
        this.json = json;
    }

    public WorkflowVersion current(TenantId tenant, String procedureCode, LegalDeadline deadline) {
        return tx.read(tenant, () -> centerWorkflows.findFirstByTenantIdAndProcedureCodeOrderByVersionDesc(tenant.value(), procedureCode)
                .map(this::version)
                .or(() -> defaults.findFirstByProcedureCodeOrderByVersionDesc(procedureCode).map(this::version))
                .orElseGet(() -> standard(procedureCode, deadline)));
    }

    /**
     * Saves the center's next version after the rules accept it. {@code basedOnVersion} is the center
     * version the editor started from (0 for none): if someone saved meanwhile, the save is refused.
     */
    public WorkflowVersion save(CallContext ctx, String procedureCode, Integer procedureVersion, LegalDeadline deadline,
                                List<WorkflowStep> steps, StaffAvailability staff, int basedOnVersion) {
        TenantId tenant = ctx.tenant();
        Actor actor = ctx.actor();
        List<Problem> problems = WorkflowRules.check(steps, deadline, staff);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return writeNextVersion(tenant, actor, false, AuditAction.WORKFLOW_SAVED, "center_workflow", procedureCode, steps, () -> {
            int latest = centerWorkflows.findFirstByTenantIdAndProcedureCodeOrderByVersionDesc(tenant.value(), procedureCode)
                    .map(CenterWorkflow::version).orElse(0);
            if (latest != basedOnVersion) {
                throw new ConcurrentChangeException("workflow");
            }
            return version(centerWorkflows.save(new CenterWorkflow(null, tenant.value(), procedureCode,
                    procedureVersion, latest + 1, write(steps), WorkflowRules.totalHours(steps), actor.username(), null)));
        });
    }

    /** The province's default for a procedure (what every center runs until it saves its own), else the standard. */
    public WorkflowVersion currentDefault(TenantId auditTenant, String procedureCode, LegalDeadline deadline) {
        return tx.read(auditTenant, () -> defaults.findFirstByProcedureCodeOrderByVersionDesc(procedureCode)
                .map(this::version)
                .orElseGet(() -> standard(procedureCode, deadline)));
    }

    public List<WorkflowVersion> defaultHistory(TenantId auditTenant, String procedureCode) {
        return tx.read(auditTenant, () -> defaults.findByProcedureCodeOrderByVersionDesc(procedureCode).stream()
                .map(this::version).toList());
    }

    /**
     * Provincial IT saves the next version of a procedure's default workflow. Roles are checked as roles
     * only: the province does not know each center's staff, so named staff pools are for centers.
     */
    public WorkflowVersion saveDefault(CallContext ctx, String procedureCode, Integer procedureVersion,
                                       LegalDeadline deadline,
                                       List<WorkflowStep> steps, StaffAvailability roles, int basedOnVersion) {
        TenantId auditTenant = ctx.homeTenant();
        Actor actor = ctx.actor();
        List<Problem> problems = new java.util.ArrayList<>(WorkflowRules.check(steps, deadline, roles));
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).pool().isEmpty()) {
                problems.add(new Problem("steps[" + i + "].staffPool", "Bước " + (i + 1)
                        + ": quy trình mặc định của tỉnh chỉ giao theo vai trò, không chỉ định cán bộ",
                        "step " + (i + 1) + ": a provincial default assigns roles, not named staff"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return writeNextVersion(auditTenant, actor, true, AuditAction.WORKFLOW_DEFAULT_SAVED, "workflow_default", procedureCode, steps, () -> {
            int latest = defaults.findFirstByProcedureCodeOrderByVersionDesc(procedureCode)
                    .map(DefaultWorkflow::version).orElse(0);
            if (latest != basedOnVersion) {
                throw new ConcurrentChangeException("workflow");
            }
            return version(defaults.save(new DefaultWorkflow(null, procedureCode, procedureVersion, latest + 1, write(steps),
                    WorkflowRules.totalHours(steps), actor.username(), null)));
        });
    }

    /**
     * Writes the next version (as {@code save} builds it) in one transaction with its audit line. Two
     * saves that took the same next number meet the unique key: the later one is a concurrent change. A
     * {@code shared} (provincial default) version is written on the provincial path: the tenant role only reads it.
     */
    private WorkflowVersion writeNextVersion(TenantId tenant, Actor actor, boolean shared, AuditAction action, String entity,
                                             String procedureCode, List<WorkflowStep> steps, Supplier<WorkflowVersion> save) {
        Supplier<WorkflowVersion> work = () -> {
            WorkflowVersion saved = save.get();
            audit.record(tenant, actor, action, entity, procedureCode,
                    "phiên bản " + saved.version() + ", " + steps.size() + " bước, " + saved.totalHours() + " giờ");
            return saved;
        };
        try {
            return shared ? province.sharedWrite(work) : tx.write(tenant, work);
        } catch (RuntimeException e) {
            if (DataErrors.violatedUniqueConstraint(e).isPresent()) {
                throw new ConcurrentChangeException("workflow");
            }
            throw e;
        }
    }

    /** The standard workflow sized to the deadline, for a procedure with no center or provincial version. */
    private static WorkflowVersion standard(String procedureCode, LegalDeadline deadline) {
        List<WorkflowStep> steps = WorkflowRules.standard(deadline);
        return new WorkflowVersion(procedureCode, null, WorkflowVersion.Source.STANDARD, 0, steps,
                WorkflowRules.totalHours(steps), null, null);
    }

    public List<WorkflowVersion> history(TenantId tenant, String procedureCode) {
        return tx.read(tenant, () -> centerWorkflows.findByTenantIdAndProcedureCodeOrderByVersionDesc(tenant.value(), procedureCode)
                .stream().map(this::version).toList());
    }

    /** The center's workflows (latest versions) whose budgets exceed the procedure's current deadline. */
    public List<Problem> deadlineWarnings(TenantId tenant, Function<String, LegalDeadline> currentDeadline) {
        return tx.read(tenant, () -> {
            List<CenterWorkflow> all = centerWorkflows.findByTenantIdOrderByVersionDesc(tenant.value());
            java.util.Map<String, CenterWorkflow> latest = new java.util.LinkedHashMap<>();
            all.forEach(w -> latest.putIfAbsent(w.procedureCode(), w));
            return latest.values().stream().flatMap(w -> {
                LegalDeadline deadline = currentDeadline.apply(w.procedureCode());
                if (deadline == null || w.totalHours() <= WorkflowRules.deadlineHours(deadline)) {
                    return java.util.stream.Stream.<Problem>empty();
                }
                int over = w.totalHours() - WorkflowRules.deadlineHours(deadline);
                return java.util.stream.Stream.of(new Problem(w.procedureCode(),
                        "Thủ tục " + w.procedureCode() + ": quy trình phiên bản " + w.version() + " cần " + w.totalHours()
                                + " giờ làm việc, thời hạn mới là " + deadline + "; cần rút ngắn " + over + " giờ",
                        "procedure " + w.procedureCode() + ": workflow needs " + w.totalHours() + " h, " + over
                                + " h over the new deadline"));
            }).toList();
        });
    }

    private WorkflowVersion version(DefaultWorkflow d) {
        return new WorkflowVersion(d.procedureCode(), d.procedureVersion(), WorkflowVersion.Source.PROVINCE, d.version(), steps(d.stepsJson()),
                d.totalHours(), d.createdBy(), d.createdAt());
    }

    private WorkflowVersion version(CenterWorkflow w) {
        return new WorkflowVersion(w.procedureCode(), w.procedureVersion(), WorkflowVersion.Source.CENTER, w.version(), steps(w.stepsJson()),
                w.totalHours(), w.createdBy(), w.createdAt());
    }

    private String write(List<WorkflowStep> steps) {
        try {
            return json.writeValueAsString(steps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<WorkflowStep> steps(String stepsJson) {
        try {
            return Arrays.asList(json.readValue(stepsJson, WorkflowStep[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
