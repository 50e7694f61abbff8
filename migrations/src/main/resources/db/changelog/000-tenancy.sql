--liquibase formatted sql

--changeset motcua:000-extensions
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

--changeset motcua:000-functions splitStatements:false
-- Diacritics-insensitive search key: "Đào Xá" -> "dao xa". IMMUTABLE wrapper so it can back indexes and generated columns.
CREATE OR REPLACE FUNCTION motcua_search_key(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, input)) $$;

-- The tenant of the current connection, set by the application per connection checkout.
-- No tenant set -> NULL -> every policy comparison is false: fails closed.
CREATE OR REPLACE FUNCTION motcua_current_tenant() RETURNS bigint
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::bigint $$;

-- Applies row-level security to a tenant-owned table: enabled, forced (owner too), one policy for
-- the tenant in context and one for the provincial role that only the audited provincial path assumes.
CREATE OR REPLACE FUNCTION motcua_protect_tenant_table(tbl regclass) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('DROP POLICY IF EXISTS tenant_rows ON %s', tbl);
  EXECUTE format('CREATE POLICY tenant_rows ON %s USING (tenant_id = motcua_current_tenant()) '
                 'WITH CHECK (tenant_id = motcua_current_tenant())', tbl);
  EXECUTE format('DROP POLICY IF EXISTS province_rows ON %s', tbl);
  EXECUTE format('CREATE POLICY province_rows ON %s TO %I USING (true) WITH CHECK (true)',
                 tbl, '${province_role}');
END $$;
