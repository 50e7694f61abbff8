--liquibase formatted sql

--changeset motcua:005-dossier
-- Daily numbering of dossier codes per center (<agency>-YYMMDD-NNNN).
CREATE TABLE dossier_day_sequence (
  tenant_id   bigint   NOT NULL,
  day         date     NOT NULL,
  last_value  integer  NOT NULL,
  PRIMARY KEY (tenant_id, day)
);
SELECT motcua_protect_tenant_table('dossier_day_sequence');

-- Hồ sơ: one application, with the procedure and workflow versions it was received under.
CREATE TABLE dossier (
  tenant_id          bigint        NOT NULL,
  id                 bigint        GENERATED ALWAYS AS IDENTITY,
  code               varchar(40)   NOT NULL,
  procedure_code     varchar(40)   NOT NULL,
  procedure_version  integer,
  procedure_name     varchar(1000) NOT NULL,
  workflow_version   integer       NOT NULL,
  steps_json         text          NOT NULL,
  channel            varchar(16)   NOT NULL CHECK (channel IN ('IN_PERSON', 'ONLINE', 'POSTAL')),
  applicant_name     varchar(200)  NOT NULL,
  applicant_id       varchar(20),
  applicant_phone    varchar(20),
  applicant_json     text          NOT NULL,
  status             varchar(40)   NOT NULL,
  current_step       integer,
  received_at        timestamptz   NOT NULL,
  due_at             timestamptz   NOT NULL,
  received_by        varchar(64),
  search_key         text GENERATED ALWAYS AS (motcua_search_key(code || ' ' || applicant_name || ' ' || procedure_name)) STORED,
  version            bigint        NOT NULL DEFAULT 0,
  created_at         timestamptz   NOT NULL DEFAULT now(),
  updated_at         timestamptz   NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT dossier_code_uk UNIQUE (tenant_id, code)
);
CREATE INDEX dossier_tenant_status_due ON dossier (tenant_id, status, due_at);
CREATE INDEX dossier_search_trgm ON dossier USING gin (search_key gin_trgm_ops);
SELECT motcua_protect_tenant_table('dossier');

-- Scanned papers of a dossier (số hóa đầu vào): the object in S3 and the proof it is unchanged.
CREATE TABLE dossier_document (
  tenant_id     bigint        NOT NULL,
  id            bigint        GENERATED ALWAYS AS IDENTITY,
  dossier_id    bigint        NOT NULL,
  name          varchar(500)  NOT NULL,
  file_name     varchar(255),
  object_key    varchar(300)  NOT NULL,
  size_bytes    bigint        NOT NULL,
  sha256        char(64)      NOT NULL,
  content_type  varchar(60)   NOT NULL,
  created_at    timestamptz   NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT dossier_document_dossier_fk FOREIGN KEY (tenant_id, dossier_id) REFERENCES dossier (tenant_id, id)
);
SELECT motcua_protect_tenant_table('dossier_document');

-- Phiếu kiểm soát quá trình giải quyết hồ sơ: every hand-over, who, when, budget and time used.
CREATE TABLE dossier_event (
  tenant_id        bigint       NOT NULL,
  id               bigint       GENERATED ALWAYS AS IDENTITY,
  dossier_id       bigint       NOT NULL,
  number           integer      NOT NULL,
  action           varchar(40)  NOT NULL,
  from_status      varchar(40),
  to_status        varchar(40)  NOT NULL,
  from_step        integer,
  to_step          integer,
  actor            varchar(64)  NOT NULL,
  at               timestamptz  NOT NULL,
  step_budget_min  bigint,
  used_min         bigint,
  note             text,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT dossier_event_number_uk UNIQUE (tenant_id, dossier_id, number),
  CONSTRAINT dossier_event_dossier_fk FOREIGN KEY (tenant_id, dossier_id) REFERENCES dossier (tenant_id, id)
);
SELECT motcua_protect_tenant_table('dossier_event');
