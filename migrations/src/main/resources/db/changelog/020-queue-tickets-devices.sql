--liquibase formatted sql

--changeset motcua:020-queue-number
-- The last number given per center, day and prefix (prefix '*' counts every ticket of the day, for the daily maximum).
-- Taken with one INSERT … ON CONFLICT DO UPDATE … RETURNING: two kiosks never get the same number.
CREATE TABLE queue_number (
  tenant_id  bigint      NOT NULL REFERENCES service_center (tenant_id),
  day        date        NOT NULL,
  prefix     varchar(3)  NOT NULL,
  last       integer     NOT NULL,
  PRIMARY KEY (tenant_id, day, prefix)
);
SELECT motcua_protect_tenant_table('queue_number');

--changeset motcua:020-queue-appointment
-- Lịch hẹn: a citizen's booked slot for a procedure; checked in, it becomes a ticket served ahead of walk-ins.
CREATE TABLE queue_appointment (
  tenant_id     bigint       NOT NULL REFERENCES service_center (tenant_id),
  id            bigint       GENERATED ALWAYS AS IDENTITY,
  code          varchar(12)  NOT NULL,
  procedure_id  bigint       NOT NULL REFERENCES procedure (id),
  field         varchar(300) NOT NULL,
  slot_start    timestamptz  NOT NULL,
  status        varchar(12)  NOT NULL CHECK (status IN ('BOOKED', 'CHECKED_IN', 'CANCELLED')),
  ticket_id     bigint,
  booked_at     timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT queue_appointment_code_uk UNIQUE (tenant_id, code)
);
CREATE INDEX queue_appointment_slot ON queue_appointment (tenant_id, field, slot_start) WHERE status <> 'CANCELLED';
SELECT motcua_protect_tenant_table('queue_appointment');

--changeset motcua:020-queue-ticket
-- Phiếu số thứ tự. status: WAITING → CALLED (a counter took it) → SERVING → DONE, or NO_SHOW; a transfer puts it back to
-- WAITING for another field or one counter. counter_id is set by the one conditional UPDATE that calls it.
CREATE TABLE queue_ticket (
  tenant_id          bigint       NOT NULL REFERENCES service_center (tenant_id),
  id                 bigint       GENERATED ALWAYS AS IDENTITY,
  day                date         NOT NULL,
  number             varchar(10)  NOT NULL,
  field              varchar(300) NOT NULL,
  procedure_id       bigint       REFERENCES procedure (id),
  priority_group     varchar(24),
  appointment_id     bigint,
  due_at             timestamptz,
  status             varchar(10)  NOT NULL CHECK (status IN ('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW')),
  target_counter_id  bigint,
  counter_id         bigint,
  staff_user_id      bigint,
  calls              integer      NOT NULL DEFAULT 0,
  taken_at           timestamptz  NOT NULL,
  called_at          timestamptz,
  serving_at         timestamptz,
  finished_at        timestamptz,
  wait_seconds       integer,
  service_seconds    integer,
  transfer_note      varchar(500),
  dossier_id         bigint,
  public_token       varchar(32)  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT queue_ticket_number_uk UNIQUE (tenant_id, day, number),
  CONSTRAINT queue_ticket_token_uk UNIQUE (tenant_id, public_token),
  CONSTRAINT queue_ticket_counter_fk FOREIGN KEY (tenant_id, counter_id) REFERENCES counter (tenant_id, id),
  CONSTRAINT queue_ticket_target_fk FOREIGN KEY (tenant_id, target_counter_id) REFERENCES counter (tenant_id, id),
  CONSTRAINT queue_ticket_appointment_fk FOREIGN KEY (tenant_id, appointment_id) REFERENCES queue_appointment (tenant_id, id),
  CONSTRAINT queue_ticket_dossier_fk FOREIGN KEY (tenant_id, dossier_id) REFERENCES dossier (tenant_id, id)
);
CREATE INDEX queue_ticket_waiting ON queue_ticket (tenant_id, day, field, taken_at) WHERE status = 'WAITING';
CREATE INDEX queue_ticket_counter ON queue_ticket (tenant_id, counter_id, called_at) WHERE counter_id IS NOT NULL;
CREATE UNIQUE INDEX queue_ticket_dossier_uk ON queue_ticket (tenant_id, dossier_id) WHERE dossier_id IS NOT NULL;
SELECT motcua_protect_tenant_table('queue_ticket');
-- queue_appointment.ticket_id has no foreign key back to queue_ticket: the ticket holds the key to its appointment,
-- and a cycle of keys could not be distributed on Citus table by table (CitusReadinessTest); tickets are never deleted

--changeset motcua:020-queue-device
-- A page-showing device of the center (kiosk, board, tablet), paired once with a short-lived one-time code. The
-- browser then holds a long random credential whose SHA-256 only is stored; revoked_at ends it at the next request.
CREATE TABLE queue_device_pairing (
  tenant_id     bigint       NOT NULL REFERENCES service_center (tenant_id),
  id            bigint       GENERATED ALWAYS AS IDENTITY,
  equipment_id  bigint       NOT NULL,
  code_hash     varchar(64)  NOT NULL,
  expires_at    timestamptz  NOT NULL,
  used_at       timestamptz,
  created_by    varchar(100) NOT NULL,
  created_at    timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT queue_device_pairing_equipment_fk FOREIGN KEY (tenant_id, equipment_id) REFERENCES equipment (tenant_id, id)
);
-- by tenant too, so the table can be distributed by tenant_id (CitusReadinessTest); a code is found across centers
-- by its hash, the newest first (DeviceService.pair), and an 8-character code's collision is vanishingly rare
CREATE UNIQUE INDEX queue_device_pairing_code_uk ON queue_device_pairing (tenant_id, code_hash);
CREATE INDEX queue_device_pairing_code ON queue_device_pairing (code_hash);
SELECT motcua_protect_tenant_table('queue_device_pairing');
CREATE TABLE queue_device (
  tenant_id     bigint       NOT NULL REFERENCES service_center (tenant_id),
  id            bigint       GENERATED ALWAYS AS IDENTITY,
  equipment_id  bigint       NOT NULL,
  kind          varchar(24)  NOT NULL CHECK (kind IN ('TICKET_KIOSK', 'DISPLAY_BOARD', 'RATING_TABLET', 'LOOKUP_KIOSK')),
  counter_id    bigint,
  token_hash    varchar(64)  NOT NULL,
  paired_at     timestamptz  NOT NULL,
  last_seen_at  timestamptz,
  revoked_at    timestamptz,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT queue_device_token_uk UNIQUE (tenant_id, token_hash),
  CONSTRAINT queue_device_equipment_fk FOREIGN KEY (tenant_id, equipment_id) REFERENCES equipment (tenant_id, id),
  CONSTRAINT queue_device_counter_fk FOREIGN KEY (tenant_id, counter_id) REFERENCES counter (tenant_id, id)
);
SELECT motcua_protect_tenant_table('queue_device');

--changeset motcua:020-queue-rating
-- The citizen's rating at the counter tablet after a ticket is served: linked to the clerk, the ticket and the dossier.
CREATE TABLE queue_rating (
  tenant_id      bigint        NOT NULL,
  ticket_id      bigint        NOT NULL,
  level          varchar(24)   NOT NULL CHECK (level IN ('VERY_SATISFIED', 'SATISFIED', 'ACCEPTABLE', 'NOT_SATISFIED')),
  reason         varchar(1000),
  staff_user_id  bigint,
  counter_id     bigint,
  dossier_id     bigint,
  rated_at       timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, ticket_id),
  CONSTRAINT queue_rating_ticket_fk FOREIGN KEY (tenant_id, ticket_id) REFERENCES queue_ticket (tenant_id, id)
);
SELECT motcua_protect_tenant_table('queue_rating');

--changeset motcua:020-queue-daily-stats
-- The queue's figures per day, stored for the indicators: one row per day and dimension (FIELD, COUNTER, CLERK, HOUR)
-- and key (the field, the counter number, the clerk's user id, the hour 0–23).
CREATE TABLE queue_daily_stats (
  tenant_id          bigint       NOT NULL REFERENCES service_center (tenant_id),
  day                date         NOT NULL,
  dimension          varchar(8)   NOT NULL CHECK (dimension IN ('FIELD', 'COUNTER', 'CLERK', 'HOUR')),
  key                varchar(300) NOT NULL,
  tickets            integer      NOT NULL,
  served             integer      NOT NULL,
  no_shows           integer      NOT NULL,
  wait_p50_seconds   integer,
  wait_p90_seconds   integer,
  service_avg_seconds integer,
  appointments       integer      NOT NULL,
  appointments_kept  integer      NOT NULL,
  PRIMARY KEY (tenant_id, day, dimension, key)
);
SELECT motcua_protect_tenant_table('queue_daily_stats');
