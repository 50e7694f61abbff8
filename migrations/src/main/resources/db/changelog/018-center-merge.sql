--liquibase formatted sql

--changeset motcua:018-center-lineage
-- Lineage as data: the centers (or official units that never were on MotCua) a center was formed from, with the
-- day it took effect and whether the predecessor came whole or in part. Kept by the successor (its tenant_id). The
-- predecessor's side is service_center.successor_tenant_id ("đã sáp nhập vào"). The official 2025 lineage written by
-- onboarding as service_center.merged_from text is read beside these rows (CenterLineage).
CREATE TABLE center_lineage (
  tenant_id              bigint       NOT NULL REFERENCES service_center (tenant_id),
  id                     bigint       GENERATED ALWAYS AS IDENTITY,
  predecessor_tenant_id  bigint       REFERENCES service_center (tenant_id),
  predecessor_code       varchar(32),
  predecessor_name       varchar(200) COLLATE vi NOT NULL,
  kind                   varchar(8)   NOT NULL CHECK (kind IN ('FULL', 'PARTIAL')),
  effective_on           date         NOT NULL,
  merge_job_id           bigint,
  PRIMARY KEY (tenant_id, id)
);
SELECT motcua_protect_tenant_table('center_lineage');
--rollback DROP TABLE center_lineage;

--changeset motcua:018-merge-job
-- A merge (sáp nhập) of centers already on MotCua into one of them, as a job with recorded phases (MergeJobs).
-- Kept by the target center (its tenant_id), so its own people may read it and row-level security hides it from
-- every other center; written only on the provincial path. At most one job is unfinished at any time.
CREATE TABLE merge_job (
  tenant_id      bigint       NOT NULL REFERENCES service_center (tenant_id),
  id             bigint       GENERATED ALWAYS AS IDENTITY,
  source_ids     bigint[]     NOT NULL,
  phase          varchar(16)  NOT NULL CHECK (phase IN ('PLANNED', 'FROZEN', 'DONE', 'ROLLED_BACK')),
  choices_json   text         NOT NULL,
  counts_json    text,
  error          text,
  effective_on   date         NOT NULL,
  started_by     varchar(64)  NOT NULL,
  started_at     timestamptz  NOT NULL,
  finished_at    timestamptz,
  PRIMARY KEY (tenant_id, id)
);
-- one unfinished merge at a time in the deployment: MergeJobs checks it under an advisory lock (a unique index
-- without tenant_id would stop the table from being distributed by tenant_id, CitusReadinessTest)
CREATE INDEX merge_job_unfinished ON merge_job (tenant_id) WHERE phase IN ('PLANNED', 'FROZEN');
SELECT motcua_protect_tenant_table('merge_job');

-- Every phase a job went through, with its time and what it did (counts, the error of a rollback).
CREATE TABLE merge_job_phase (
  tenant_id  bigint       NOT NULL,
  job_id     bigint       NOT NULL,
  number     integer      NOT NULL,
  phase      varchar(24)  NOT NULL,
  at         timestamptz  NOT NULL,
  detail     text,
  PRIMARY KEY (tenant_id, job_id, number),
  CONSTRAINT merge_job_phase_job_fk FOREIGN KEY (tenant_id, job_id) REFERENCES merge_job (tenant_id, id)
);
SELECT motcua_protect_tenant_table('merge_job_phase');

-- A source under a running merge is read-only: its id names the job (null: not frozen).
ALTER TABLE service_center ADD COLUMN frozen_by_job bigint;
--rollback DROP TABLE merge_job_phase; DROP TABLE merge_job; ALTER TABLE service_center DROP COLUMN frozen_by_job;

--changeset motcua:018-merge-deferrable-keys
-- A merge rewrites tenant_id of a source's rows (ids come from one identity per table, so (tenant_id, id) never
-- collides at the target). Parents and children change in one transaction: the keys between the moved tables are
-- checked at its commit (SET CONSTRAINTS ALL DEFERRED), every other transaction still checks them at once.
ALTER TABLE staff_member ALTER CONSTRAINT staff_member_user_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE dossier_document ALTER CONSTRAINT dossier_document_dossier_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE dossier_document ALTER CONSTRAINT dossier_document_reused_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE dossier_event ALTER CONSTRAINT dossier_event_dossier_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE dossier_comment ALTER CONSTRAINT dossier_comment_dossier_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE dossier_fee ALTER CONSTRAINT dossier_fee_dossier_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE dossier_rating ALTER CONSTRAINT dossier_rating_dossier_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE counter_field ALTER CONSTRAINT counter_field_counter_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE counter_procedure ALTER CONSTRAINT counter_procedure_counter_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE counter_staff ALTER CONSTRAINT counter_staff_counter_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE counter_staff ALTER CONSTRAINT counter_staff_staff_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE equipment ALTER CONSTRAINT equipment_counter_fk DEFERRABLE INITIALLY IMMEDIATE;
-- Changing a parent's key makes PostgreSQL look for children still pointing at the old one, row by row: without an
-- index leading on the child's key that is a scan of the child table per moved parent (MergeBench: 69 s at commit for
-- 30,000 papers, from dossier_document_reused_fk alone).
CREATE INDEX dossier_document_reused ON dossier_document (tenant_id, reused_from) WHERE reused_from IS NOT NULL;
CREATE INDEX dossier_fee_dossier ON dossier_fee (tenant_id, dossier_id);
CREATE INDEX counter_staff_staff ON counter_staff (tenant_id, staff_id);
CREATE INDEX equipment_counter ON equipment (tenant_id, counter_id) WHERE counter_id IS NOT NULL;

--changeset motcua:018-merge-write-guard splitStatements:false
-- Every tenant write transaction begins with this (TenantTransactions.write): a shared advisory lock on the center,
-- then, in a fresh snapshot, whether the center may still be written. A merge holds the exclusive lock on its
-- sources and target while it moves their rows, so a write that began before the freeze finishes first and one that
-- begins after it sees the freeze (or the merged status) and is refused: nothing is written to a source behind the
-- move's back. Returns null when the center may be written, else the reason ('FROZEN', 'MERGED').
CREATE OR REPLACE FUNCTION motcua_enter_tenant_write(tenant bigint) RETURNS text
  LANGUAGE plpgsql VOLATILE AS $$
DECLARE reason text;
BEGIN
  PERFORM pg_advisory_xact_lock_shared(19789, tenant::int);
  SELECT CASE WHEN status = 'MERGED' THEN 'MERGED' WHEN frozen_by_job IS NOT NULL THEN 'FROZEN' END
    INTO reason FROM service_center WHERE tenant_id = tenant;
  RETURN reason;
END $$;
