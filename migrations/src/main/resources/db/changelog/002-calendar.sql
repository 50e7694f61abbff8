--liquibase formatted sql

--changeset motcua:002-province-calendar
-- A province's working calendar for one year (lịch làm việc): provincial shared data, no tenant_id.
-- This row and its entries are the working copy the provincial IT edits; status DRAFT while it differs
-- from the last publication, PUBLISHED right after publishing. Deadlines use publications only.
CREATE TABLE province_calendar (
  id                bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  province_code     varchar(8)   NOT NULL,
  year              integer      NOT NULL CHECK (year BETWEEN 1900 AND 2100),
  status            varchar(16)  NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
  published_version integer      NOT NULL DEFAULT 0,
  published_at      timestamptz,
  published_by      varchar(64),
  version           bigint       NOT NULL DEFAULT 0,
  created_at        timestamptz  NOT NULL DEFAULT now(),
  updated_at        timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT province_calendar_uk UNIQUE (province_code, year)
);

-- The dated entries of the working copy: holidays, days off, weekend days worked.
CREATE TABLE province_calendar_entry (
  id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  calendar_id bigint       NOT NULL REFERENCES province_calendar (id) ON DELETE CASCADE,
  entry_date  date         NOT NULL,
  kind        varchar(32)  NOT NULL CHECK (kind IN ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'WORKING_DAY_MOVED')),
  name        varchar(200) NOT NULL,
  CONSTRAINT province_calendar_entry_uk UNIQUE (calendar_id, entry_date)
);

--changeset motcua:002-province-calendar-release
-- Every publication of a province's year, kept as history (phiên bản 1, 2, …); the highest one is in force.
CREATE TABLE province_calendar_release (
  id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  calendar_id    bigint       NOT NULL REFERENCES province_calendar (id),
  province_code  varchar(8)   NOT NULL,
  year           integer      NOT NULL,
  release_no     integer      NOT NULL CHECK (release_no > 0),
  working_days   integer      NOT NULL,
  published_at   timestamptz  NOT NULL DEFAULT now(),
  published_by   varchar(64)  NOT NULL,
  CONSTRAINT province_calendar_release_uk UNIQUE (province_code, year, release_no)
);

CREATE TABLE province_calendar_release_entry (
  id          bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  release_id  bigint       NOT NULL REFERENCES province_calendar_release (id) ON DELETE CASCADE,
  entry_date  date         NOT NULL,
  kind        varchar(32)  NOT NULL CHECK (kind IN ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'WORKING_DAY_MOVED')),
  name        varchar(200) NOT NULL,
  CONSTRAINT province_calendar_release_entry_uk UNIQUE (release_id, entry_date)
);

--changeset motcua:002-province-office-hours
-- A province's office hours (giờ làm việc); a province without a row uses these defaults.
CREATE TABLE province_office_hours (
  province_code    varchar(8)  PRIMARY KEY,
  morning_start    time        NOT NULL DEFAULT '07:00',
  morning_end      time        NOT NULL DEFAULT '11:30',
  afternoon_start  time        NOT NULL DEFAULT '13:30',
  afternoon_end    time        NOT NULL DEFAULT '17:00',
  same_day_cutoff  time        NOT NULL DEFAULT '15:00',
  version          bigint      NOT NULL DEFAULT 0,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT province_office_hours_order CHECK (morning_start < morning_end AND morning_end <= afternoon_start
                                                AND afternoon_start < afternoon_end)
);
