--liquibase formatted sql

--changeset motcua:010-procedure-version-deadline-flags
-- What the catalog knows about a version's deadline besides its value and unit, for the completeness page:
-- deadline_unit_assumed: the national export lost the unit and the parser took the portal column's default
-- (working days), set at import, cleared when provincial IT saves a correction; no_fixed_deadline: provincial IT
-- stated that the law fixes no deadline (not the same as "not known"). Versions imported before this change get
-- false: a re-import of the national file publishes a new version of each procedure whose unit is assumed.
ALTER TABLE procedure_version ADD COLUMN deadline_unit_assumed boolean NOT NULL DEFAULT false;
ALTER TABLE procedure_version ADD COLUMN no_fixed_deadline boolean NOT NULL DEFAULT false;
ALTER TABLE procedure_version ADD CONSTRAINT procedure_version_deadline_flags_ck
  CHECK (NOT (deadline_unit_assumed AND deadline_unit IS NULL) AND NOT (no_fixed_deadline AND deadline_unit IS NOT NULL));
