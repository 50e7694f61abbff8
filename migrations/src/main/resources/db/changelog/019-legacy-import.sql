--liquibase formatted sql

--changeset motcua:019-legacy-import
-- Dossiers carried in from a province's previous one-stop system (tenants LegacyImportService, format in
-- tenants/LEGACY-IMPORT.md): one row per imported dossier, naming the archive it came from (SHA-256 of the zip) and
-- the fingerprint of its manifest entry with its files' checksums. Importing the same archive again finds every
-- dossier here with the same fingerprint and creates nothing; an entry whose fingerprint differs is left as it is
-- on MotCua (the dossier may have moved on since) and reported.
CREATE TABLE dossier_import (
  tenant_id       bigint       NOT NULL,
  id              bigint       GENERATED ALWAYS AS IDENTITY,
  dossier_id      bigint       NOT NULL,
  archive_sha256  char(64)     NOT NULL,
  entry_sha256    char(64)     NOT NULL,
  source_status   varchar(100) NOT NULL,
  imported_by     varchar(64)  NOT NULL,
  imported_at     timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT dossier_import_dossier_uk UNIQUE (tenant_id, dossier_id),
  CONSTRAINT dossier_import_dossier_fk FOREIGN KEY (tenant_id, dossier_id) REFERENCES dossier (tenant_id, id)
);
SELECT motcua_protect_tenant_table('dossier_import');

-- A dossier code across centers (the import's "held by another center" check, once per archive; the public look-up
-- DossierStatusLookup finds a code the same way): the unique index leads with tenant_id and cannot serve it.
CREATE INDEX dossier_code_any_center ON dossier (code);
