--liquibase formatted sql

--changeset motcua:007-dossier-search-index
-- Measured with ops/bench DossierBench at 1M dossiers (ops/bench/README.md): the dossier search reads every row of
-- the center through (tenant_id, received_at) and filters search_key row by row. Carrying status and search_key
-- in the index lets the total be counted from the index alone (129 buffers instead of ~6,800).
-- The trigram index is dropped: a LIKE ALL (array) filter cannot use it, so it cost ~110 MB per million dossiers
-- and work at every intake for no query.
CREATE INDEX dossier_tenant_received_search ON dossier (tenant_id, received_at DESC) INCLUDE (status, search_key);
DROP INDEX dossier_tenant_received;
DROP INDEX dossier_search_trgm;
--rollback CREATE INDEX dossier_search_trgm ON dossier USING gin (search_key gin_trgm_ops);
--rollback CREATE INDEX dossier_tenant_received ON dossier (tenant_id, received_at DESC);
--rollback DROP INDEX dossier_tenant_received_search;
