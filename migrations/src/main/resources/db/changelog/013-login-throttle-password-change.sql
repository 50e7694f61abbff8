--liquibase formatted sql

--changeset motcua:013-login-throttle-password-change
-- Lock-outs are gone (LoginService throttles in memory by account and address instead), so the lock-out columns go.
-- must_change_password: set when a director or provincial IT resets a password to a one-time password; the person
-- can do nothing but choose a new password until it is cleared.
ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN locked_until;
ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
--rollback ALTER TABLE app_user DROP COLUMN must_change_password;
--rollback ALTER TABLE app_user ADD COLUMN locked_until timestamptz;
--rollback ALTER TABLE app_user ADD COLUMN failed_logins integer NOT NULL DEFAULT 0;
