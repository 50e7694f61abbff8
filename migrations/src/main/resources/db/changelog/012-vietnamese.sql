--liquibase formatted sql

--changeset motcua:012-vietnamese-collation
-- Vietnamese alphabetical order (a ă â b c d đ e ê …; tones after the letter) for every sorted name: an ICU
-- collation, available in any PostgreSQL built with ICU (the default since PostgreSQL 16; Debian/Ubuntu, RHEL and
-- the zonky embedded binaries 17.6 all are, the latter with ICU 60). "vi-VN-x-icu" exists only where initdb
-- imported the ICU locales, so we define our own name, the same everywhere.
CREATE COLLATION IF NOT EXISTS vi (provider = icu, locale = 'vi-VN');
--rollback DROP COLLATION IF EXISTS vi;

--changeset motcua:012-names-in-vietnamese-order
-- The name columns the lists sort by take the collation, so every ORDER BY (derived sorts of Micronaut Data
-- included) is Vietnamese without a COLLATE in each query. A column used by a generated column cannot change
-- type or collation in place: the search keys are dropped and added again with the same expression.
ALTER TABLE service_center DROP COLUMN search_key;
ALTER TABLE service_center ALTER COLUMN name TYPE varchar(200) COLLATE vi;
ALTER TABLE service_center ADD COLUMN search_key text GENERATED ALWAYS AS (motcua_search_key(code || ' ' || name)) STORED;
CREATE INDEX service_center_search_trgm ON service_center USING gin (search_key gin_trgm_ops);

ALTER TABLE staff_member DROP COLUMN search_key;
ALTER TABLE staff_member ALTER COLUMN full_name TYPE varchar(120) COLLATE vi;
ALTER TABLE staff_member ADD COLUMN search_key text
  GENERATED ALWAYS AS (motcua_search_key(full_name || ' ' || coalesce(position, ''))) STORED;

ALTER TABLE procedure DROP COLUMN search_key;
ALTER TABLE procedure ALTER COLUMN name TYPE text COLLATE vi;
ALTER TABLE procedure ALTER COLUMN field TYPE varchar(300) COLLATE vi;
ALTER TABLE procedure ADD COLUMN search_key text GENERATED ALWAYS AS (motcua_search_key(national_code || ' ' || name)) STORED;
CREATE INDEX procedure_search_trgm ON procedure USING gin (search_key gin_trgm_ops);

--changeset motcua:012-center-profile
-- Giờ làm việc of the center as shown to citizens; the agency code (mã định danh, QCVN 102:2016) names one center.
ALTER TABLE service_center ADD COLUMN opening_hours varchar(200);
CREATE UNIQUE INDEX service_center_agency_code_uk ON service_center (agency_code) WHERE agency_code IS NOT NULL;
--rollback DROP INDEX service_center_agency_code_uk; ALTER TABLE service_center DROP COLUMN opening_hours;

--changeset motcua:012-audit-actor-name
-- The actor's full name as it was when they acted (the login name stays the key).
ALTER TABLE audit_log ADD COLUMN actor_full_name varchar(120) COLLATE vi;
--rollback ALTER TABLE audit_log DROP COLUMN actor_full_name;
