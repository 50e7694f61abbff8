--liquibase formatted sql

--changeset motcua:015-counter
-- Quầy: a desk of the center. Never deleted: removal marks it inactive (active = false), and only active
-- counters hold a number (unique per center among active counters).
CREATE TABLE counter (
  tenant_id   bigint       NOT NULL REFERENCES service_center (tenant_id),
  id          bigint       GENERATED ALWAYS AS IDENTITY,
  number      integer      NOT NULL CHECK (number BETWEEN 1 AND 999),
  name        varchar(120) NOT NULL,
  open_now    boolean      NOT NULL DEFAULT false,
  active      boolean      NOT NULL DEFAULT true,
  version     bigint       NOT NULL DEFAULT 0,
  created_at  timestamptz  NOT NULL DEFAULT now(),
  updated_at  timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX counter_number_uk ON counter (tenant_id, number) WHERE active;
SELECT motcua_protect_tenant_table('counter');

--changeset motcua:015-counter-links
-- The fields (lĩnh vực, as the catalog names them) and procedures a counter serves; many to many.
CREATE TABLE counter_field (
  tenant_id   bigint       NOT NULL,
  counter_id  bigint       NOT NULL,
  field       varchar(300) NOT NULL,
  PRIMARY KEY (tenant_id, counter_id, field),
  CONSTRAINT counter_field_counter_fk FOREIGN KEY (tenant_id, counter_id) REFERENCES counter (tenant_id, id)
);
SELECT motcua_protect_tenant_table('counter_field');
CREATE TABLE counter_procedure (
  tenant_id     bigint NOT NULL,
  counter_id    bigint NOT NULL,
  procedure_id  bigint NOT NULL REFERENCES procedure (id),
  PRIMARY KEY (tenant_id, counter_id, procedure_id),
  CONSTRAINT counter_procedure_counter_fk FOREIGN KEY (tenant_id, counter_id) REFERENCES counter (tenant_id, id)
);
SELECT motcua_protect_tenant_table('counter_procedure');
-- Who staffs a counter on which weekday (1 = Monday … 7 = Sunday, ISO).
CREATE TABLE counter_staff (
  tenant_id   bigint   NOT NULL,
  counter_id  bigint   NOT NULL,
  staff_id    bigint   NOT NULL,
  weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  PRIMARY KEY (tenant_id, counter_id, weekday, staff_id),
  CONSTRAINT counter_staff_counter_fk FOREIGN KEY (tenant_id, counter_id) REFERENCES counter (tenant_id, id),
  CONSTRAINT counter_staff_staff_fk FOREIGN KEY (tenant_id, staff_id) REFERENCES staff_member (tenant_id, id)
);
SELECT motcua_protect_tenant_table('counter_staff');

--changeset motcua:015-equipment
-- Thiết bị: the center's inventory. Never deleted: removal marks it inactive.
CREATE TABLE equipment (
  tenant_id       bigint       NOT NULL REFERENCES service_center (tenant_id),
  id              bigint       GENERATED ALWAYS AS IDENTITY,
  kind            varchar(24)  NOT NULL CHECK (kind IN ('TICKET_KIOSK', 'DISPLAY_BOARD', 'RATING_TABLET', 'LOOKUP_KIOSK',
                                                        'SCANNER', 'PRINTER', 'CAMERA', 'OTHER')),
  model           varchar(120),
  serial          varchar(80),
  location        varchar(200),
  counter_id      bigint,
  status          varchar(16)  NOT NULL CHECK (status IN ('WORKING', 'BROKEN', 'IN_REPAIR')),
  purchased_on    date,
  warranty_until  date,
  notes           varchar(1000),
  active          boolean      NOT NULL DEFAULT true,
  search_key      text GENERATED ALWAYS AS (motcua_search_key(coalesce(model, '') || ' ' || coalesce(serial, '') || ' '
                                            || coalesce(location, '') || ' ' || coalesce(notes, ''))) STORED,
  version         bigint       NOT NULL DEFAULT 0,
  created_at      timestamptz  NOT NULL DEFAULT now(),
  updated_at      timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT equipment_counter_fk FOREIGN KEY (tenant_id, counter_id) REFERENCES counter (tenant_id, id)
);
CREATE INDEX equipment_tenant_kind ON equipment (tenant_id, kind, status);
SELECT motcua_protect_tenant_table('equipment');

--changeset motcua:015-queue-settings
-- Cài đặt hàng đợi: one row per center (none = the defaults: the province's office hours, no limit).
CREATE TABLE queue_settings (
  tenant_id             bigint       NOT NULL REFERENCES service_center (tenant_id),
  ticket_from           time         NOT NULL,
  ticket_until          time         NOT NULL,
  daily_reset           boolean      NOT NULL DEFAULT true,
  max_tickets_per_day   integer      CHECK (max_tickets_per_day BETWEEN 1 AND 99999),
  priority_groups       varchar(300) NOT NULL DEFAULT '',
  announcement          varchar(300) NOT NULL,
  voice_on              boolean      NOT NULL DEFAULT true,
  version               bigint       NOT NULL DEFAULT 0,
  updated_at            timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id)
);
SELECT motcua_protect_tenant_table('queue_settings');
-- The ticket number's prefix of each field ("A" → A001); fields without one use the settings' default.
CREATE TABLE queue_prefix (
  tenant_id  bigint       NOT NULL,
  field      varchar(300) NOT NULL,
  prefix     varchar(3)   NOT NULL,
  PRIMARY KEY (tenant_id, field),
  CONSTRAINT queue_prefix_settings_fk FOREIGN KEY (tenant_id) REFERENCES queue_settings (tenant_id)
);
SELECT motcua_protect_tenant_table('queue_prefix');
