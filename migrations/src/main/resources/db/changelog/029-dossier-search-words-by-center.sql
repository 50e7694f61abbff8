--liquibase formatted sql

--changeset motcua:029-dossier-search-words-by-center
-- The word index of 011 with the center as its first column (btree_gin: a btree-like GIN key for bigint). The
-- row-level security policy's condition (tenant_id = motcua_current_tenant()) then becomes a key of this same index
-- scan instead of a bitmap of the whole center from another index: at 5M dossiers (~33,800 per center) the planner
-- ANDed the word index with a `dossier_pkey` bitmap of the center (132 buffers, 5-8 ms) whenever it estimated a
-- single word as frequent, which it cannot tell apart from a rare one (the lexemes already carry the center; the
-- estimate does not know it). The search's own center check is kept out of the index conditions
-- (DossierRepository.SEARCH_WHERE), so that only the policy's is used. btree_gin is a trusted extension (like
-- unaccent and pg_trgm of 000): the schema owner installs it without being a superuser.
CREATE EXTENSION IF NOT EXISTS btree_gin;
DROP INDEX dossier_search_words;
CREATE INDEX dossier_search_words ON dossier USING gin (tenant_id, motcua_dossier_words(tenant_id, search_key, applicant_phone));
--rollback DROP INDEX dossier_search_words;
--rollback CREATE INDEX dossier_search_words ON dossier USING gin (motcua_dossier_words(tenant_id, search_key, applicant_phone));
