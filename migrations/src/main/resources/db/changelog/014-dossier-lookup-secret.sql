--liquibase formatted sql

--changeset motcua:014-dossier-lookup-secret splitStatements:false
-- Mã tra cứu: the unguessable secret printed on the receipt (form 01, and in its QR code) that opens the dossier's
-- public status and its rating page. 13 characters of Crockford base32 = 65 random bits. Kept as is, not hashed:
-- whoever can read this table already reads the applicant's name, phone and ID number, and the center must be able
-- to print the receipt again with the same code. New dossiers get theirs from Java's SecureRandom at intake
-- (IntakeService, LookupSecret). The dossiers received before this change get one here, and so does a row inserted
-- by SQL alone (benchmark generators, fixtures), from the column's default: gen_random_uuid() (PostgreSQL 13+, a
-- strong random source, no extension needed), 13 of its random bytes each taken modulo 32 (uniform: 256 = 8 × 32),
-- skipping byte 6 (version) and byte 8 (variant). A volatile default is evaluated for every existing row.
CREATE FUNCTION motcua_new_lookup_secret() RETURNS text VOLATILE LANGUAGE plpgsql AS $$
DECLARE
  b bytea := uuid_send(gen_random_uuid());
  s text := '';
  i int;
BEGIN
  FOREACH i IN ARRAY ARRAY[0, 1, 2, 3, 4, 5, 7, 9, 10, 11, 12, 13, 14] LOOP
    s := s || substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ', (get_byte(b, i) % 32) + 1, 1);
  END LOOP;
  RETURN s;
END
$$;
ALTER TABLE dossier ADD COLUMN lookup_secret varchar(16) NOT NULL DEFAULT motcua_new_lookup_secret();
--rollback ALTER TABLE dossier DROP COLUMN lookup_secret; DROP FUNCTION motcua_new_lookup_secret();
