--liquibase formatted sql

--changeset motcua:004-workflow-default
-- The province's default internal workflow of a procedure (shared by every center until it overrides it).
CREATE TABLE workflow_default (
  id              bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  procedure_code  varchar(40)  NOT NULL,
  procedure_version integer,
  version         integer      NOT NULL,
  steps_json      text         NOT NULL,
  total_hours     integer      NOT NULL,
  created_by      varchar(64),
  created_at      timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT workflow_default_version_uk UNIQUE (procedure_code, version)
);

--changeset motcua:004-center-workflow
-- A center's own version of a procedure's workflow. Every save is a new version; dossiers keep theirs.
CREATE TABLE center_workflow (
  tenant_id       bigint       NOT NULL,
  id              bigint       GENERATED ALWAYS AS IDENTITY,
  procedure_code  varchar(40)  NOT NULL,
  procedure_version integer,
  version         integer      NOT NULL,
  steps_json      text         NOT NULL,
  total_hours     integer      NOT NULL,
  created_by      varchar(64),
  created_at      timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT center_workflow_version_uk UNIQUE (tenant_id, procedure_code, version)
);
SELECT motcua_protect_tenant_table('center_workflow');
