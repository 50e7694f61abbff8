--liquibase formatted sql

--changeset motcua:016-dossier-applicant-in-vietnamese-order
-- The dossier list sorts by applicant name too: the column takes the Vietnamese collation of 012. search_key is
-- generated from it, so it is dropped (with the two indexes over it) and added again with the same expression; the
-- trigger of 011 that learns the center's words names the column too, so it is made again the same way.
DROP TRIGGER dossier_learn_words ON dossier;
ALTER TABLE dossier DROP COLUMN search_key;
ALTER TABLE dossier ALTER COLUMN applicant_name TYPE varchar(200) COLLATE vi;
ALTER TABLE dossier ADD COLUMN search_key text
  GENERATED ALWAYS AS (motcua_search_key(code || ' ' || applicant_name || ' ' || procedure_name)) STORED;
CREATE INDEX dossier_tenant_received_search ON dossier (tenant_id, received_at DESC) INCLUDE (status, search_key);
CREATE INDEX dossier_search_words ON dossier USING gin (motcua_dossier_words(tenant_id, search_key, applicant_phone));
CREATE TRIGGER dossier_learn_words AFTER INSERT OR UPDATE OF applicant_name, procedure_name ON dossier
  FOR EACH ROW EXECUTE FUNCTION motcua_dossier_learn_words();
