--liquibase formatted sql

--changeset motcua:001-service-center
-- A service center is a tenant: its own row is keyed by tenant_id.
CREATE SEQUENCE service_center_seq START 1000;
CREATE TABLE service_center (
  tenant_id           bigint PRIMARY KEY DEFAULT nextval('service_center_seq'),
  code                varchar(32)  NOT NULL,
  name                varchar(200) NOT NULL,
  type                varchar(16)  NOT NULL CHECK (type IN ('XA', 'PHUONG', 'DAC_KHU', 'TINH')),
  status              varchar(16)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'MERGED', 'INACTIVE')),
  successor_tenant_id bigint REFERENCES service_center (tenant_id),
  province_code       varchar(8)   NOT NULL,
  province_name       varchar(100) NOT NULL,
  agency_code         varchar(32),
  address             varchar(300),
  phone               varchar(20),
  email               varchar(120),
  merged_from         text,
  search_key          text GENERATED ALWAYS AS (motcua_search_key(code || ' ' || name)) STORED,
  version             bigint       NOT NULL DEFAULT 0,
  created_at          timestamptz  NOT NULL DEFAULT now(),
  updated_at          timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT service_center_code_uk UNIQUE (code)
);
CREATE INDEX service_center_search_trgm ON service_center USING gin (search_key gin_trgm_ops);
SELECT motcua_protect_tenant_table('service_center');

--changeset motcua:001-app-user
-- A login account. Usernames are unique across the deployment (one login page for everyone).
CREATE TABLE app_user (
  tenant_id       bigint       NOT NULL REFERENCES service_center (tenant_id),
  id              bigint       GENERATED ALWAYS AS IDENTITY,
  username        varchar(64)  NOT NULL,
  password_hash   varchar(255) NOT NULL,
  role            varchar(32)  NOT NULL CHECK (role IN ('PROVINCIAL_ADMIN', 'DIRECTOR', 'CLERK')),
  active          boolean      NOT NULL DEFAULT true,
  failed_logins   integer      NOT NULL DEFAULT 0,
  locked_until    timestamptz,
  last_login_at   timestamptz,
  version         bigint       NOT NULL DEFAULT 0,
  created_at      timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX app_user_username_uk ON app_user (lower(username));
SELECT motcua_protect_tenant_table('app_user');

--changeset motcua:001-staff-member
-- A person working at a center; each has exactly one login account.
CREATE TABLE staff_member (
  tenant_id   bigint       NOT NULL,
  id          bigint       GENERATED ALWAYS AS IDENTITY,
  user_id     bigint       NOT NULL,
  full_name   varchar(120) NOT NULL,
  position    varchar(120),
  phone       varchar(20),
  email       varchar(120),
  active      boolean      NOT NULL DEFAULT true,
  search_key  text GENERATED ALWAYS AS (motcua_search_key(full_name || ' ' || coalesce(position, ''))) STORED,
  version     bigint       NOT NULL DEFAULT 0,
  created_at  timestamptz  NOT NULL DEFAULT now(),
  updated_at  timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT staff_member_user_uk UNIQUE (tenant_id, user_id),
  CONSTRAINT staff_member_user_fk FOREIGN KEY (tenant_id, user_id) REFERENCES app_user (tenant_id, id)
);
SELECT motcua_protect_tenant_table('staff_member');

--changeset motcua:001-audit-log
-- Who did what, per center. Cross-tenant actions are written to the center they touched.
CREATE TABLE audit_log (
  tenant_id        bigint       NOT NULL,
  id               bigint       GENERATED ALWAYS AS IDENTITY,
  at               timestamptz  NOT NULL DEFAULT now(),
  actor_user_id    bigint,
  actor_username   varchar(64),
  actor_tenant_id  bigint,
  action           varchar(64)  NOT NULL,
  target_type      varchar(64),
  target_id        varchar(64),
  detail           text,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_log_tenant_at ON audit_log (tenant_id, at DESC);
SELECT motcua_protect_tenant_table('audit_log');
