package vn.motcua.core.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import vn.motcua.core.calendar.DeadlineService;
import vn.motcua.core.calendar.Pause;
import vn.motcua.core.context.CallContext;
import vn.motcua.core.context.Permission;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;
import vn.motcua.core.workflow.WorkflowRules;
import vn.motcua.core.workflow.WorkflowStep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Open dossiers likely to miss their due date (nguy cơ trễ hạn), while an apology (form 04) can still be issued:
 * the working time the remaining steps need — what is left of the current step's budget after the time already
 * spent at it, plus the budgets of the steps after it — against the working time left until the due date in the
 * province's published calendar. A dossier waiting for the applicant (clock stopped) is not at risk; one already past
 * its due date is overdue, not at risk. Each comes with its step and who holds it, by full name.
 */
@Singleton
public class LateRisk {
    private final JdbcOperations jdbc;
    private final TenantTransactions tx;
    private final DeadlineService deadlines;
    private final ObjectMapper json;

    public LateRisk(JdbcOperations jdbc, TenantTransactions tx, DeadlineService deadlines, ObjectMapper json) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.deadlines = deadlines;
        this.json = json;
    }

    /**
     * @param holder full name of whoever the step is assigned to; null when it waits for anyone of {@code role}
     */
    public record Item(long dossierId, String code, String procedureName, String applicantName, int stepNumber,
                       int steps, String stepName, String role, @Nullable String holderUsername, @Nullable String holder,
                       Instant dueAt, Duration needed, Duration left) {
        /** Working time missing to finish by the due date. */
        public Duration shortfall() {
            return needed.minus(left);
        }
    }

    /** The center's dossiers at risk now, the largest shortfall first. */
    public List<Item> atRisk(CallContext ctx) {
        ctx.require(Permission.MANAGE_CENTER);
        TenantId tenant = ctx.tenant();
        Instant now = ctx.now();
        return tx.read(tenant, () -> {
            Map<String, String> names = fullNames(tenant);
            List<Item> items = new ArrayList<>();
            jdbc.prepareStatement("""
                    SELECT id, code, procedure_name, applicant_name, current_step, steps_json, state_json, due_at, assignee,
                           province_code
                    FROM dossier WHERE tenant_id = ? AND status IN ('RECEIVED', 'IN_PROGRESS') AND due_at > ?
                      AND province_code IS NOT NULL AND state_json IS NOT NULL
                    """, ps -> {
                ps.setLong(1, tenant.value());
                ps.setTimestamp(2, java.sql.Timestamp.from(now));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Item item = assess(rs, now, names);
                        if (item != null) {
                            items.add(item);
                        }
                    }
                }
                return null;
            });
            items.sort(Comparator.comparing(Item::shortfall).reversed());
            return items;
        });
    }

    private Item assess(ResultSet rs, Instant now, Map<String, String> names) throws java.sql.SQLException {
        WorkflowStep[] steps = read(rs.getString("steps_json"), WorkflowStep[].class);
        StoredLifecycle state = read(rs.getString("state_json"), StoredLifecycle.class);
        int step = rs.getInt("current_step");
        if (rs.wasNull() || step < 0 || step >= steps.length) {
            return null;
        }
        String province = rs.getString("province_code");
        Instant due = rs.getTimestamp("due_at").toInstant();
        List<Pause> pauses = state.toState().pauses();
        Duration spent = Duration.ofSeconds(state.stepSecondsUsed());
        if (state.lastEntryAt() != null && now.isAfter(state.lastEntryAt())) {
            spent = spent.plus(deadlines.workingTimeBetween(province, state.lastEntryAt(), now, pauses));
        }
        Duration needed = Duration.ofHours(steps[step].budgetHours(WorkflowRules.HOURS_PER_DAY)).minus(spent);
        if (needed.isNegative()) {
            needed = Duration.ZERO;
        }
        for (int i = step + 1; i < steps.length; i++) {
            needed = needed.plusHours(steps[i].budgetHours(WorkflowRules.HOURS_PER_DAY));
        }
        Duration left = deadlines.workingTimeBetween(province, now, due, pauses);
        if (needed.compareTo(left) <= 0) {
            return null;
        }
        String assignee = rs.getString("assignee");
        return new Item(rs.getLong("id"), rs.getString("code"), rs.getString("procedure_name"),
                rs.getString("applicant_name"), step + 1, steps.length, steps[step].name(), steps[step].role(), assignee,
                assignee == null ? null : names.getOrDefault(assignee, assignee), due, needed, left);
    }

    private Map<String, String> fullNames(TenantId tenant) {
        Map<String, String> names = new HashMap<>();
        jdbc.prepareStatement("""
                SELECT u.username, s.full_name FROM app_user u
                JOIN staff_member s ON s.tenant_id = u.tenant_id AND s.user_id = u.id WHERE u.tenant_id = ?
                """, ps -> {
            ps.setLong(1, tenant.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2));
                }
            }
            return null;
        });
        return names;
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
