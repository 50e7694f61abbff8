--liquibase formatted sql

--changeset motcua:026-merge-partial-successors
-- A source split in part (sáp nhập một phần) hands its staff, closed dossiers and most open ones to one successor
-- (successor_tenant_id) and some open dossiers to others: those are named here, so the stored objects those dossiers
-- keep under the source's key are still asked of the center that holds their rows (DocumentReferences).
ALTER TABLE service_center ADD COLUMN partial_successor_ids bigint[];
--rollback ALTER TABLE service_center DROP COLUMN partial_successor_ids;
