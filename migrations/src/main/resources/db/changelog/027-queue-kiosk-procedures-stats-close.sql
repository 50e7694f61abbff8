--liquibase formatted sql

--changeset motcua:027-queue-kiosk-procedure
-- The common procedures the director puts on the ticket kiosk next to the fields, in the kiosk's order. A center with
-- none chosen shows its most received procedures (QueueKiosk.offered).
CREATE TABLE queue_kiosk_procedure (
  tenant_id     bigint   NOT NULL REFERENCES service_center (tenant_id),
  procedure_id  bigint   NOT NULL REFERENCES procedure (id),
  position      integer  NOT NULL,
  PRIMARY KEY (tenant_id, procedure_id)
);
SELECT motcua_protect_tenant_table('queue_kiosk_procedure');

--changeset motcua:027-queue-stats-closed
-- The days whose queue figures the nightly close stored for good (QueueStatsClose): a day is closed once per center,
-- so a second node's or a second night's run finds nothing left to do.
CREATE TABLE queue_stats_closed (
  tenant_id  bigint       NOT NULL REFERENCES service_center (tenant_id),
  day        date         NOT NULL,
  closed_at  timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, day)
);
SELECT motcua_protect_tenant_table('queue_stats_closed');
