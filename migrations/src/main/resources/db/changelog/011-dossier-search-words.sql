--liquibase formatted sql

--changeset motcua:011-dossier-search-words splitStatements:false
-- Dossier search that does not read the whole center (ops/bench/README.md, DossierBench): every word of a dossier's
-- code, applicant, phone and procedure, without diacritics, becomes a lexeme prefixed with its center
-- ("t<tenant>x<word>"), in a GIN index. A search word is a prefix query on that lexeme ("t77xnguyen:*"), so the
-- index returns only the matching rows of that center: the cost follows the number of hits, not the size of the
-- center nor of the province (a trigram index on search_key reads posting lists of trigrams shared by every center,
-- ~20 ms per query at 1M dossiers and growing with them).
-- The words as they are (array_to_tsvector: no parser, no dictionary), half the cost of to_tsvector. PL/pgSQL and
-- COST 1000, not an inlined SQL function: the planner must know that computing it row by row over a center is dear
-- (20-60 microseconds a row here), or for a small center it prefers filtering every row to the index.
CREATE OR REPLACE FUNCTION motcua_dossier_words(tenant bigint, key text, phone text) RETURNS tsvector
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 1000
  AS $$ DECLARE p text := 't' || tenant || 'x';
  BEGIN
    RETURN array_to_tsvector(array_remove(string_to_array(
             p || regexp_replace(coalesce(key, '') || ' ' || coalesce(phone, ''), '[^a-z0-9]+', ' ' || p, 'g'), ' '), p));
  END $$;
CREATE INDEX dossier_search_words ON dossier USING gin (motcua_dossier_words(tenant_id, search_key, applicant_phone));

-- Row-level security lets the planner use an index for a condition only if every function in it is LEAKPROOF (it
-- cannot leak other centers' rows through an error before the policy has filtered them); otherwise the condition is
-- applied row by row after the policy, on the whole center: this is also why 005's trigram index was never used for
-- LIKE. Only a superuser may declare it: for the word match (ts_match_vq, the tsvector @@ tsquery operator) and the
-- function above, neither of which raises an error that depends on the row. Run by a non-superuser owner, search
-- stays correct but reads the whole center; an administrator then runs these two statements once.
DO $$
BEGIN
  IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    ALTER FUNCTION motcua_dossier_words(bigint, text, text) LEAKPROOF;
    ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) LEAKPROOF;
  ELSE
    RAISE WARNING 'dossier search: run as a superuser ALTER FUNCTION motcua_dossier_words(bigint, text, text) LEAKPROOF; ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) LEAKPROOF; (ops/bench/README.md)';
  END IF;
END $$;

-- The words of a center's applicants and procedures (letters only), for the typo fallback: when no dossier has
-- every word typed, each word is replaced by the center's nearest known words (trigram similarity) and the
-- result ranked by similarity. Small (a few thousand words per center), filled by a trigger on dossier.
CREATE TABLE dossier_search_word (
  tenant_id  bigint       NOT NULL,
  word       varchar(60)  NOT NULL,
  PRIMARY KEY (tenant_id, word)
);
SELECT motcua_protect_tenant_table('dossier_search_word');

CREATE OR REPLACE FUNCTION motcua_dossier_learn_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO dossier_search_word (tenant_id, word)
  SELECT DISTINCT NEW.tenant_id, w
    FROM regexp_split_to_table(motcua_search_key(NEW.applicant_name || ' ' || NEW.procedure_name), '[^a-z]+') w
   WHERE length(w) BETWEEN 2 AND 60
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER dossier_learn_words AFTER INSERT OR UPDATE OF applicant_name, procedure_name ON dossier
  FOR EACH ROW EXECUTE FUNCTION motcua_dossier_learn_words();

-- Existing dossiers (row-level security lets only a role that bypasses it, such as the owner when superuser, see them all).
INSERT INTO dossier_search_word (tenant_id, word)
SELECT DISTINCT d.tenant_id, w
  FROM dossier d, regexp_split_to_table(motcua_search_key(d.applicant_name || ' ' || d.procedure_name), '[^a-z]+') w
 WHERE length(w) BETWEEN 2 AND 60
ON CONFLICT DO NOTHING;
--rollback DROP TRIGGER dossier_learn_words ON dossier;
--rollback DROP FUNCTION motcua_dossier_learn_words();
--rollback DROP TABLE dossier_search_word;
--rollback DROP INDEX dossier_search_words;
--rollback DROP FUNCTION motcua_dossier_words(bigint, text, text);
