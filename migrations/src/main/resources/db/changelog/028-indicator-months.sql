--liquibase formatted sql

--changeset motcua:028-indicator-months
-- Issue 14, speed at 1M dossiers: what the dashboards read without touching a dossier row.
-- The daily tallies of 021 summed per calendar month (Vietnam time), kept in the same transaction as the days
-- (IndicatorTallies recounts the months of the days it recounted): a year is 12 rows per center instead of 365, the
-- 12-month trend 12 rows, "open now" (received − ended − withdrawn since the start) about 24 rows per center.
CREATE TABLE indicator_month (
  tenant_id            bigint      NOT NULL,
  month                date        NOT NULL,
  received              integer     NOT NULL DEFAULT 0,
  received_online       integer     NOT NULL DEFAULT 0,
  with_papers           integer     NOT NULL DEFAULT 0,
  papers                integer     NOT NULL DEFAULT 0,
  reused_papers         integer     NOT NULL DEFAULT 0,
  early                 integer     NOT NULL DEFAULT 0,
  on_time               integer     NOT NULL DEFAULT 0,
  late_apology          integer     NOT NULL DEFAULT 0,
  late                  integer     NOT NULL DEFAULT 0,
  resolved              integer     NOT NULL DEFAULT 0,
  stopped               integer     NOT NULL DEFAULT 0,
  result_digitized      integer     NOT NULL DEFAULT 0,
  withdrawn             integer     NOT NULL DEFAULT 0,
  apologies             integer     NOT NULL DEFAULT 0,
  fees                  integer     NOT NULL DEFAULT 0,
  fees_cashless         integer     NOT NULL DEFAULT 0,
  fee_cash_vnd          bigint      NOT NULL DEFAULT 0,
  fee_transfer_vnd      bigint      NOT NULL DEFAULT 0,
  fee_qr_vnd            bigint      NOT NULL DEFAULT 0,
  rating_very_satisfied integer     NOT NULL DEFAULT 0,
  rating_satisfied      integer     NOT NULL DEFAULT 0,
  rating_acceptable     integer     NOT NULL DEFAULT 0,
  rating_not_satisfied  integer     NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, month),
  CONSTRAINT indicator_month_first_day CHECK (extract(day FROM month) = 1)
);
CREATE INDEX indicator_month_month ON indicator_month (month, tenant_id);
SELECT motcua_protect_tenant_table('indicator_month');

CREATE TABLE indicator_month_detail (
  tenant_id            bigint      NOT NULL,
  month                date        NOT NULL,
  procedure_code       varchar(40) NOT NULL,
  channel              varchar(16) NOT NULL,
  received              integer     NOT NULL DEFAULT 0,
  with_papers           integer     NOT NULL DEFAULT 0,
  papers                integer     NOT NULL DEFAULT 0,
  reused_papers         integer     NOT NULL DEFAULT 0,
  early                 integer     NOT NULL DEFAULT 0,
  on_time               integer     NOT NULL DEFAULT 0,
  late_apology          integer     NOT NULL DEFAULT 0,
  late                  integer     NOT NULL DEFAULT 0,
  resolved              integer     NOT NULL DEFAULT 0,
  stopped               integer     NOT NULL DEFAULT 0,
  result_digitized      integer     NOT NULL DEFAULT 0,
  withdrawn             integer     NOT NULL DEFAULT 0,
  apologies             integer     NOT NULL DEFAULT 0,
  fees                  integer     NOT NULL DEFAULT 0,
  fees_cashless         integer     NOT NULL DEFAULT 0,
  fee_cash_vnd          bigint      NOT NULL DEFAULT 0,
  fee_transfer_vnd      bigint      NOT NULL DEFAULT 0,
  fee_qr_vnd            bigint      NOT NULL DEFAULT 0,
  rating_very_satisfied integer     NOT NULL DEFAULT 0,
  rating_satisfied      integer     NOT NULL DEFAULT 0,
  rating_acceptable     integer     NOT NULL DEFAULT 0,
  rating_not_satisfied  integer     NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, month, procedure_code, channel),
  CONSTRAINT indicator_month_detail_first_day CHECK (extract(day FROM month) = 1)
);
SELECT motcua_protect_tenant_table('indicator_month_detail');

-- Time spent at each workflow step, on the day the dossier left it (a control-sheet line with from_step): the
-- dossiers that left it that day, the working minutes they used and the step's budget. The director's "time per step"
-- read these instead of the control-sheet lines joined to the dossiers with their workflow JSON.
CREATE TABLE indicator_step_day (
  tenant_id            bigint       NOT NULL,
  day                  date         NOT NULL,
  procedure_code       varchar(40)  NOT NULL,
  step                 integer      NOT NULL,
  procedure_name       text         NOT NULL,
  step_name            text         NOT NULL,
  dossiers             integer      NOT NULL,
  minutes              bigint       NOT NULL,
  budget_min           bigint,
  PRIMARY KEY (tenant_id, day, procedure_code, step)
);
SELECT motcua_protect_tenant_table('indicator_step_day');

-- What the step recount reads: a center's control-sheet lines that leave a step, by time.
CREATE INDEX dossier_event_tenant_step_at ON dossier_event (tenant_id, at) WHERE from_step IS NOT NULL;
-- Overdue now of one center: its running dossiers by due date (021's index leads with the due date, for the province).
CREATE INDEX dossier_running_tenant_due ON dossier (tenant_id, due_at) WHERE status IN ('RECEIVED', 'IN_PROGRESS');

-- The months and step days of what is already there (the owner reads past row-level security for this copy only).
ALTER TABLE indicator_day NO FORCE ROW LEVEL SECURITY;
ALTER TABLE indicator_day_detail NO FORCE ROW LEVEL SECURITY;
ALTER TABLE dossier NO FORCE ROW LEVEL SECURITY;
ALTER TABLE dossier_event NO FORCE ROW LEVEL SECURITY;
ALTER TABLE indicator_month NO FORCE ROW LEVEL SECURITY;
ALTER TABLE indicator_month_detail NO FORCE ROW LEVEL SECURITY;
ALTER TABLE indicator_step_day NO FORCE ROW LEVEL SECURITY;
INSERT INTO indicator_month (tenant_id, month, received, received_online, with_papers, papers, reused_papers, early, on_time, late_apology, late, resolved, stopped, result_digitized, withdrawn, apologies, fees, fees_cashless, fee_cash_vnd, fee_transfer_vnd, fee_qr_vnd, rating_very_satisfied, rating_satisfied, rating_acceptable, rating_not_satisfied)
SELECT tenant_id, make_date(extract(year FROM day)::int, extract(month FROM day)::int, 1), sum(received), sum(received_online), sum(with_papers), sum(papers), sum(reused_papers), sum(early), sum(on_time), sum(late_apology), sum(late), sum(resolved), sum(stopped), sum(result_digitized), sum(withdrawn), sum(apologies), sum(fees), sum(fees_cashless), sum(fee_cash_vnd), sum(fee_transfer_vnd), sum(fee_qr_vnd), sum(rating_very_satisfied), sum(rating_satisfied), sum(rating_acceptable), sum(rating_not_satisfied)
FROM indicator_day GROUP BY 1, 2;
INSERT INTO indicator_month_detail (tenant_id, month, procedure_code, channel, received, with_papers, papers, reused_papers, early, on_time, late_apology, late, resolved, stopped, result_digitized, withdrawn, apologies, fees, fees_cashless, fee_cash_vnd, fee_transfer_vnd, fee_qr_vnd, rating_very_satisfied, rating_satisfied, rating_acceptable, rating_not_satisfied)
SELECT tenant_id, make_date(extract(year FROM day)::int, extract(month FROM day)::int, 1), procedure_code, channel, sum(received), sum(with_papers), sum(papers), sum(reused_papers), sum(early), sum(on_time), sum(late_apology), sum(late), sum(resolved), sum(stopped), sum(result_digitized), sum(withdrawn), sum(apologies), sum(fees), sum(fees_cashless), sum(fee_cash_vnd), sum(fee_transfer_vnd), sum(fee_qr_vnd), sum(rating_very_satisfied), sum(rating_satisfied), sum(rating_acceptable), sum(rating_not_satisfied)
FROM indicator_day_detail GROUP BY 1, 2, 3, 4;
INSERT INTO indicator_step_day (tenant_id, day, procedure_code, step, procedure_name, step_name, dossiers, minutes, budget_min)
SELECT e.tenant_id, (e.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.procedure_code, e.from_step, max(d.procedure_name),
       coalesce(max((d.steps_json::json -> e.from_step) ->> 'name'), ''), count(DISTINCT e.dossier_id),
       coalesce(sum(e.used_min), 0), max(e.step_budget_min)
FROM dossier_event e JOIN dossier d ON d.tenant_id = e.tenant_id AND d.id = e.dossier_id
WHERE e.from_step IS NOT NULL GROUP BY 1, 2, 3, 4;
ALTER TABLE indicator_day FORCE ROW LEVEL SECURITY;
ALTER TABLE indicator_day_detail FORCE ROW LEVEL SECURITY;
ALTER TABLE dossier FORCE ROW LEVEL SECURITY;
ALTER TABLE dossier_event FORCE ROW LEVEL SECURITY;
ALTER TABLE indicator_month FORCE ROW LEVEL SECURITY;
ALTER TABLE indicator_month_detail FORCE ROW LEVEL SECURITY;
ALTER TABLE indicator_step_day FORCE ROW LEVEL SECURITY;
--rollback DROP INDEX dossier_running_tenant_due; DROP INDEX dossier_event_tenant_step_at; DROP TABLE indicator_step_day; DROP TABLE indicator_month_detail; DROP TABLE indicator_month;

--changeset motcua:028-indicator-queue
-- The queue's operational figures for the indicators (issue 14; not scored): per center and day of the tickets, how
-- many were taken, served, no-shows, and of those ended (served or no-show) the waits and of the served the service
-- times, in seconds, summed so an average over any period is a division. Kept by QueueTallies in the transaction of
-- each ticket taken, finished or skipped (not at call-next, the hot path: a called ticket counts when it ends), and
-- rebuildable from queue_ticket with the same result. The month table sums the days, as indicator_month does.
CREATE TABLE indicator_queue_day (
  tenant_id            bigint      NOT NULL,
  day                  date        NOT NULL,
  tickets              integer     NOT NULL DEFAULT 0,
  served               integer     NOT NULL DEFAULT 0,
  no_shows             integer     NOT NULL DEFAULT 0,
  waited               integer     NOT NULL DEFAULT 0,
  wait_seconds         bigint      NOT NULL DEFAULT 0,
  service_timed        integer     NOT NULL DEFAULT 0,
  service_seconds      bigint      NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, day)
);
CREATE INDEX indicator_queue_day_day ON indicator_queue_day (day, tenant_id);
SELECT motcua_protect_tenant_table('indicator_queue_day');

CREATE TABLE indicator_queue_month (
  tenant_id            bigint      NOT NULL,
  month                date        NOT NULL,
  tickets              integer     NOT NULL DEFAULT 0,
  served               integer     NOT NULL DEFAULT 0,
  no_shows             integer     NOT NULL DEFAULT 0,
  waited               integer     NOT NULL DEFAULT 0,
  wait_seconds         bigint      NOT NULL DEFAULT 0,
  service_timed        integer     NOT NULL DEFAULT 0,
  service_seconds      bigint      NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, month),
  CONSTRAINT indicator_queue_month_first_day CHECK (extract(day FROM month) = 1)
);
CREATE INDEX indicator_queue_month_month ON indicator_queue_month (month, tenant_id);
SELECT motcua_protect_tenant_table('indicator_queue_month');

ALTER TABLE queue_ticket NO FORCE ROW LEVEL SECURITY;
ALTER TABLE indicator_queue_day NO FORCE ROW LEVEL SECURITY;
ALTER TABLE indicator_queue_month NO FORCE ROW LEVEL SECURITY;
INSERT INTO indicator_queue_day (tenant_id, day, tickets, served, no_shows, waited, wait_seconds, service_timed, service_seconds)
SELECT tenant_id, day, count(*), count(*) FILTER (WHERE status = 'DONE'), count(*) FILTER (WHERE status = 'NO_SHOW'),
       count(wait_seconds) FILTER (WHERE status IN ('DONE', 'NO_SHOW')),
       coalesce(sum(wait_seconds) FILTER (WHERE status IN ('DONE', 'NO_SHOW')), 0),
       count(service_seconds) FILTER (WHERE status = 'DONE'), coalesce(sum(service_seconds) FILTER (WHERE status = 'DONE'), 0)
FROM queue_ticket GROUP BY tenant_id, day;
INSERT INTO indicator_queue_month (tenant_id, month, tickets, served, no_shows, waited, wait_seconds, service_timed, service_seconds)
SELECT tenant_id, make_date(extract(year FROM day)::int, extract(month FROM day)::int, 1), sum(tickets), sum(served),
       sum(no_shows), sum(waited), sum(wait_seconds), sum(service_timed), sum(service_seconds)
FROM indicator_queue_day GROUP BY 1, 2;
ALTER TABLE queue_ticket FORCE ROW LEVEL SECURITY;
ALTER TABLE indicator_queue_day FORCE ROW LEVEL SECURITY;
ALTER TABLE indicator_queue_month FORCE ROW LEVEL SECURITY;
--rollback DROP TABLE indicator_queue_month; DROP TABLE indicator_queue_day;
