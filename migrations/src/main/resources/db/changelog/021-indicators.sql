--liquibase formatted sql

--changeset motcua:021-indicators
-- Indicator tallies (QĐ 766/QĐ-TTg, issue 14): what happened at a center on one day (Vietnam time), counted from the
-- dossier rows and kept up to date in the same transaction as each change (IndicatorTallies); rebuildable at any time
-- from the raw rows with the same result. Each count sits on the day its event happened: received on the day of
-- receipt (with its papers), early/on time/late on the day it ended, a withdrawal or an apology on its day, a fee on
-- the day it was recorded, a rating on the day it was given.
CREATE TABLE indicator_day_detail (
  tenant_id            bigint      NOT NULL,
  day                  date        NOT NULL,
  procedure_code       varchar(40) NOT NULL,
  channel              varchar(16) NOT NULL,
  received             integer     NOT NULL DEFAULT 0,
  with_papers          integer     NOT NULL DEFAULT 0,
  papers               integer     NOT NULL DEFAULT 0,
  reused_papers        integer     NOT NULL DEFAULT 0,
  early                integer     NOT NULL DEFAULT 0,
  on_time              integer     NOT NULL DEFAULT 0,
  late_apology         integer     NOT NULL DEFAULT 0,
  late                 integer     NOT NULL DEFAULT 0,
  resolved             integer     NOT NULL DEFAULT 0,
  stopped              integer     NOT NULL DEFAULT 0,
  result_digitized     integer     NOT NULL DEFAULT 0,
  withdrawn            integer     NOT NULL DEFAULT 0,
  apologies            integer     NOT NULL DEFAULT 0,
  fees                 integer     NOT NULL DEFAULT 0,
  fees_cashless        integer     NOT NULL DEFAULT 0,
  fee_cash_vnd         bigint      NOT NULL DEFAULT 0,
  fee_transfer_vnd     bigint      NOT NULL DEFAULT 0,
  fee_qr_vnd           bigint      NOT NULL DEFAULT 0,
  rating_very_satisfied integer    NOT NULL DEFAULT 0,
  rating_satisfied     integer     NOT NULL DEFAULT 0,
  rating_acceptable    integer     NOT NULL DEFAULT 0,
  rating_not_satisfied integer     NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, day, procedure_code, channel)
);
SELECT motcua_protect_tenant_table('indicator_day_detail');

-- The same counts summed over procedures and channels (plus the online receipts): what the dashboards read.
CREATE TABLE indicator_day (
  tenant_id            bigint      NOT NULL,
  day                  date        NOT NULL,
  received             integer     NOT NULL DEFAULT 0,
  received_online      integer     NOT NULL DEFAULT 0,
  with_papers          integer     NOT NULL DEFAULT 0,
  papers               integer     NOT NULL DEFAULT 0,
  reused_papers        integer     NOT NULL DEFAULT 0,
  early                integer     NOT NULL DEFAULT 0,
  on_time              integer     NOT NULL DEFAULT 0,
  late_apology         integer     NOT NULL DEFAULT 0,
  late                 integer     NOT NULL DEFAULT 0,
  resolved             integer     NOT NULL DEFAULT 0,
  stopped              integer     NOT NULL DEFAULT 0,
  result_digitized     integer     NOT NULL DEFAULT 0,
  withdrawn            integer     NOT NULL DEFAULT 0,
  apologies            integer     NOT NULL DEFAULT 0,
  fees                 integer     NOT NULL DEFAULT 0,
  fees_cashless        integer     NOT NULL DEFAULT 0,
  fee_cash_vnd         bigint      NOT NULL DEFAULT 0,
  fee_transfer_vnd     bigint      NOT NULL DEFAULT 0,
  fee_qr_vnd           bigint      NOT NULL DEFAULT 0,
  rating_very_satisfied integer    NOT NULL DEFAULT 0,
  rating_satisfied     integer     NOT NULL DEFAULT 0,
  rating_acceptable    integer     NOT NULL DEFAULT 0,
  rating_not_satisfied integer     NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, day)
);
CREATE INDEX indicator_day_day ON indicator_day (day, tenant_id);
SELECT motcua_protect_tenant_table('indicator_day');

-- What a day's recount reads: dossiers by the day they ended, withdrawals and apologies by their day, fees, ratings.
CREATE INDEX dossier_tenant_ended ON dossier (tenant_id, ended_at) WHERE ended_at IS NOT NULL;
CREATE INDEX dossier_event_tenant_exit_at ON dossier_event (tenant_id, at) WHERE action IN ('WITHDRAW', 'APOLOGY');
CREATE INDEX dossier_fee_tenant_recorded ON dossier_fee (tenant_id, recorded_at);
CREATE INDEX dossier_rating_tenant_rated ON dossier_rating (tenant_id, rated_at);
-- Overdue now: only the dossiers whose clock runs, by due date (the province counts those past it).
CREATE INDEX dossier_running_due ON dossier (due_at, tenant_id) WHERE status IN ('RECEIVED', 'IN_PROGRESS');
