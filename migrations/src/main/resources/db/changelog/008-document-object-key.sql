--liquibase formatted sql

--changeset motcua:008-document-object-key
-- "Does a row of this center point at this stored object?" — asked by DocumentWrites after a failed write
-- and by DocumentSweeper for every object older than its grace period.
CREATE INDEX dossier_document_object_key ON dossier_document (tenant_id, object_key);
--rollback DROP INDEX dossier_document_object_key;
