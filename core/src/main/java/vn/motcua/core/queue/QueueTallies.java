package vn.motcua.core.queue;

import jakarta.inject.Singleton;
import vn.motcua.core.tenancy.TenantId;
import vn.motcua.core.tenancy.TenantTransactions;

import java.time.LocalDate;

/**
 * Keeps the queue's figures for the indicators ({@code indicator_queue_day}, summed per month in
 * {@code indicator_queue_month}) equal to what the center's tickets say: after a ticket is taken, finished or skipped,
 * {@link #refresh} recounts the center's day of tickets in the same transaction (call-next, the hot path, does not:
 * the waits count when the ticket ends). {@link #rebuild} recounts any span of days the same way.
 */
@Singleton
public class QueueTallies {
    private static final String COLUMNS = "tickets, served, no_shows, waited, wait_seconds, service_timed, service_seconds";
    private static final String DAYS = """
            INSERT INTO indicator_queue_day (tenant_id, day, %s)
            SELECT tenant_id, day, count(*), count(*) FILTER (WHERE status = 'DONE'), count(*) FILTER (WHERE status = 'NO_SHOW'),
                   count(wait_seconds) FILTER (WHERE status IN ('DONE', 'NO_SHOW')),
                   coalesce(sum(wait_seconds) FILTER (WHERE status IN ('DONE', 'NO_SHOW')), 0),
                   count(service_seconds) FILTER (WHERE status = 'DONE'),
                   coalesce(sum(service_seconds) FILTER (WHERE status = 'DONE'), 0)
            FROM queue_ticket WHERE tenant_id = ? AND day >= ? AND day < ? GROUP BY tenant_id, day
            """.formatted(COLUMNS);
    private static final String MONTHS = """
            INSERT INTO indicator_queue_month (tenant_id, month, %s)
            SELECT tenant_id, make_date(extract(year FROM day)::int, extract(month FROM day)::int, 1), sum(tickets),
                   sum(served), sum(no_shows), sum(waited), sum(wait_seconds), sum(service_timed), sum(service_seconds)
            FROM indicator_queue_day WHERE tenant_id = ? AND day >= ? AND day < ? GROUP BY 1, 2
            """.formatted(COLUMNS);

    private final Sql sql;
    private final TenantTransactions tx;

    public QueueTallies(Sql sql, TenantTransactions tx) {
        this.sql = sql;
        this.tx = tx;
    }

    /** Recounts the center's {@code day}; call inside the tenant transaction that changed a ticket of that day. */
    public void refresh(TenantId tenant, LocalDate day) {
        recount(tenant, day, day.plusDays(1));
    }

    /** Recounts the days {@code from} (inclusive) to {@code until} (exclusive) from the tickets, in its own transaction. */
    public void rebuild(TenantId tenant, LocalDate from, LocalDate until) {
        tx.run(tenant, () -> recount(tenant, from, until));
    }

    /** Recounts every day of the center in the caller's transaction (the merge, which moved tickets between centers). */
    public void recountAll(TenantId tenant) {
        sql.update("DELETE FROM indicator_queue_day WHERE tenant_id = ?", tenant.value());
        sql.update("DELETE FROM indicator_queue_month WHERE tenant_id = ?", tenant.value());
        recount(tenant, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
    }

    private void recount(TenantId tenant, LocalDate from, LocalDate until) {
        long t = tenant.value();
        // one recount of a center at a time (the same lock class as the dossier tallies', another key space)
        sql.one("SELECT pg_advisory_xact_lock(?, ?)", rs -> 1, LOCK_CLASS, (int) t);
        sql.update("DELETE FROM indicator_queue_day WHERE tenant_id = ? AND day >= ? AND day < ?", t, from, until);
        sql.update(DAYS, t, from, until);
        LocalDate firstMonth = from.withDayOfMonth(1);
        LocalDate endMonth = until.minusDays(1).withDayOfMonth(1).plusMonths(1);
        sql.update("DELETE FROM indicator_queue_month WHERE tenant_id = ? AND month >= ? AND month < ?", t, firstMonth, endMonth);
        sql.update(MONTHS, t, firstMonth, endMonth);
    }

    /** The advisory lock class of a center's queue recount ("MQ" + 0x14). */
    static final int LOCK_CLASS = 0x4D510014;
}
