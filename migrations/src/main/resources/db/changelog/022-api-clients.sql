--liquibase formatted sql

--changeset motcua:022-api-client
-- Ứng dụng API: another system (the national portal, the province's LGSP, a payment gateway) that exchanges its
-- client id + secret for a short-lived bearer token. The row belongs to the center it may work on (scope CENTER), or
-- to the provincial center (scope PROVINCE: any center of the province, named per call). The client id begins with
-- the tenant id ("mc<tenant>_<random>"), so the token exchange finds the row in that tenant's own transaction.
-- Only the SHA-256 of the secret is kept (the secret is shown once); never deleted: revocation marks the row.
CREATE TABLE api_client (
  tenant_id        bigint        NOT NULL REFERENCES service_center (tenant_id),
  id               bigint        GENERATED ALWAYS AS IDENTITY,
  client_id        varchar(64)   NOT NULL,
  name             varchar(200)  NOT NULL,
  scope            varchar(16)   NOT NULL CHECK (scope IN ('CENTER', 'PROVINCE')),
  access           varchar(16)   NOT NULL CHECK (access IN ('READ', 'READ_WRITE')),
  secret_sha256    char(64)      NOT NULL,
  created_by       varchar(64)   NOT NULL,
  created_by_name  varchar(200),
  created_at       timestamptz   NOT NULL,
  revoked_by       varchar(64),
  revoked_at       timestamptz,
  last_used_at     timestamptz,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT api_client_client_id_uk UNIQUE (tenant_id, client_id)
);
SELECT motcua_protect_tenant_table('api_client');
--rollback DROP TABLE api_client;

--changeset motcua:022-dossier-changed-since
-- "What changed since": the API's changedSince filter reads a center's dossiers by their last update.
CREATE INDEX dossier_tenant_updated ON dossier (tenant_id, updated_at);
--rollback DROP INDEX dossier_tenant_updated;
