--liquibase formatted sql

--changeset motcua:003-procedure
-- The central catalog (thủ tục hành chính): reference data shared by every center, no tenant_id.
-- One row per national code; the fields the grid filters and sorts on are copied from the current
-- version so a search touches one table.
CREATE TABLE procedure (
  id               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  national_code    varchar(16)  NOT NULL,
  name             text         NOT NULL,
  field            varchar(300),
  levels           varchar(64)  NOT NULL DEFAULT '',
  online_level     varchar(16)  NOT NULL DEFAULT 'UNKNOWN',
  deadline_value   integer,
  deadline_unit    varchar(16),
  current_version  integer      NOT NULL,
  fingerprint      varchar(64),
  search_key       text GENERATED ALWAYS AS (motcua_search_key(national_code || ' ' || name)) STORED,
  version          bigint       NOT NULL DEFAULT 0,
  created_at       timestamptz  NOT NULL DEFAULT now(),
  updated_at       timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT procedure_code_uk UNIQUE (national_code)
);
CREATE INDEX procedure_search_trgm ON procedure USING gin (search_key gin_trgm_ops);
CREATE INDEX procedure_field ON procedure (field);

--changeset motcua:003-procedure-version
-- Every published state of a procedure; never updated. Dossiers and workflows point at a version.
CREATE TABLE procedure_version (
  id                   bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  procedure_id         bigint       NOT NULL REFERENCES procedure (id),
  version_number       integer      NOT NULL CHECK (version_number > 0),
  national_code        varchar(16)  NOT NULL,
  province_suffix      varchar(64),
  name                 text         NOT NULL,
  field                varchar(300),
  levels               varchar(64)  NOT NULL DEFAULT '',
  deadline_value       integer      CHECK (deadline_value IS NULL OR deadline_value >= 0),
  deadline_unit        varchar(16)  CHECK (deadline_unit IN ('WORKING_DAYS', 'WORKING_HOURS', 'CALENDAR_DAYS')),
  documents            jsonb        NOT NULL DEFAULT '[]',
  fees                 jsonb        NOT NULL DEFAULT '[]',
  online_level         varchar(16)  NOT NULL DEFAULT 'UNKNOWN',
  inter_agency         boolean,
  implementing_agency  text,
  legal_basis          text,
  fingerprint          char(64)     NOT NULL,
  source               varchar(300),
  published_at         timestamptz  NOT NULL DEFAULT now(),
  published_by         varchar(64),
  CONSTRAINT procedure_version_uk UNIQUE (procedure_id, version_number)
);

--changeset motcua:003-catalog-import
-- One line per applied import file (refused files change nothing and are in the audit log only).
CREATE TABLE catalog_import (
  id              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  file_name       varchar(300) NOT NULL,
  size_bytes      bigint       NOT NULL,
  procedures      integer      NOT NULL,
  created         integer      NOT NULL,
  new_versions    integer      NOT NULL,
  unchanged       integer      NOT NULL,
  duration_ms     bigint       NOT NULL,
  imported_by     varchar(64),
  imported_at     timestamptz  NOT NULL DEFAULT now()
);

--changeset motcua:003-center-procedure
-- A center's departures from its default served set (every procedure of its level): served = true adds
-- a procedure, served = false removes one. No row = the default, so newly imported procedures of the
-- center's level are served without anyone seeding rows.
CREATE TABLE center_procedure (
  tenant_id     bigint       NOT NULL REFERENCES service_center (tenant_id),
  procedure_id  bigint       NOT NULL REFERENCES procedure (id),
  served        boolean      NOT NULL,
  changed_by    varchar(64),
  changed_at    timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, procedure_id)
);
SELECT motcua_protect_tenant_table('center_procedure');
