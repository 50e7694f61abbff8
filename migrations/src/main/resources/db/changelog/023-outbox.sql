--liquibase formatted sql

--changeset motcua:023-outbox-event
-- Events out (issue 15): every dossier event the national portal or the province's LGSP must know, written by the
-- transaction that changes the dossier (same commit or none). seq numbers the dossier's events 1, 2, 3 … in the
-- order their transactions committed (each locks the dossier row first). event_uid is the receiver's
-- idempotency key. fanned_out: the delivery worker has made this event's delivery rows (one per matching
-- subscription); until then it is pending, whatever its id, so a transaction that commits late is never skipped.
CREATE TABLE outbox_event (
  tenant_id   bigint       NOT NULL REFERENCES service_center (tenant_id),
  id          bigint       GENERATED ALWAYS AS IDENTITY,
  event_uid   uuid         NOT NULL,
  dossier_id  bigint       NOT NULL,
  seq         integer      NOT NULL CHECK (seq > 0),
  type        varchar(32)  NOT NULL,
  occurred_at timestamptz  NOT NULL,
  payload     text         NOT NULL,
  fanned_out  boolean      NOT NULL DEFAULT false,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT outbox_event_seq_uk UNIQUE (tenant_id, dossier_id, seq),
  CONSTRAINT outbox_event_uid_uk UNIQUE (tenant_id, event_uid),
  CONSTRAINT outbox_event_dossier_fk FOREIGN KEY (tenant_id, dossier_id) REFERENCES dossier (tenant_id, id)
);
CREATE INDEX outbox_event_not_fanned_out ON outbox_event (tenant_id, id) WHERE NOT fanned_out;
SELECT motcua_protect_tenant_table('outbox_event');

--changeset motcua:023-event-subscription
-- A receiver of events (the national portal's adapter, the LGSP, a test endpoint), configured by provincial IT and
-- kept in the provincial center's tenant. scope_center_id null: every center of province_code; else that center.
-- secret: the HMAC-SHA256 key of the signature header (the sender needs it in clear; readable only by this tenant
-- and the provincial role). event_types: comma-separated OutboxEventType names.
CREATE TABLE event_subscription (
  tenant_id       bigint       NOT NULL REFERENCES service_center (tenant_id),
  id              bigint       GENERATED ALWAYS AS IDENTITY,
  name            varchar(120) NOT NULL,
  endpoint        varchar(500) NOT NULL,
  secret          varchar(100) NOT NULL,
  event_types     varchar(500) NOT NULL,
  province_code   varchar(8)   NOT NULL,
  scope_center_id bigint,
  enabled         boolean      NOT NULL DEFAULT true,
  created_by      varchar(100) NOT NULL,
  created_at      timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
SELECT motcua_protect_tenant_table('event_subscription');

--changeset motcua:023-outbox-delivery
-- One event for one subscription, kept in the event's center (so it lives beside its event when the schema is
-- distributed by tenant_id); subscription_tenant_id/subscription_id name the subscription in the provincial
-- center (no foreign key across centers: deleting a subscription deletes its deliveries in the same transaction).
-- PENDING until a 2xx answer (DELIVERED) or max attempts (DEAD, the dead-letter list; "gửi lại" makes it PENDING).
-- The row is also the delivery log: attempts, last answer, when.
CREATE TABLE outbox_delivery (
  tenant_id              bigint       NOT NULL,
  id                     bigint       GENERATED ALWAYS AS IDENTITY,
  event_id               bigint       NOT NULL,
  dossier_id             bigint       NOT NULL,
  subscription_tenant_id bigint       NOT NULL,
  subscription_id        bigint       NOT NULL,
  status                 varchar(16)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD')),
  attempts               integer      NOT NULL DEFAULT 0,
  next_attempt_at        timestamptz  NOT NULL,
  last_attempt_at        timestamptz,
  last_http_status       integer,
  last_error             varchar(500),
  delivered_at           timestamptz,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT outbox_delivery_uk UNIQUE (tenant_id, event_id, subscription_tenant_id, subscription_id),
  CONSTRAINT outbox_delivery_event_fk FOREIGN KEY (tenant_id, event_id) REFERENCES outbox_event (tenant_id, id)
);
-- the head of each (subscription, dossier) queue: its oldest event not yet delivered
CREATE INDEX outbox_delivery_open ON outbox_delivery (subscription_tenant_id, subscription_id, tenant_id, dossier_id, event_id)
  WHERE status <> 'DELIVERED';
CREATE INDEX outbox_delivery_log ON outbox_delivery (subscription_tenant_id, subscription_id, last_attempt_at DESC);
-- what the worker looks at each run: the waiting deliveries by when they are due (delivered rows stay for the log)
CREATE INDEX outbox_delivery_due ON outbox_delivery (next_attempt_at) WHERE status = 'PENDING';
SELECT motcua_protect_tenant_table('outbox_delivery');
