--liquibase formatted sql

--changeset motcua:006-dossier-processing
-- What the life cycle needs to continue after a restart: the legal deadline and calendar it is measured by, and
-- its full state (pauses, apology, result, return) as JSON. The columns beside it are copies kept for queries.
ALTER TABLE dossier
  ADD COLUMN province_code   varchar(10),
  ADD COLUMN deadline_unit   varchar(20),
  ADD COLUMN deadline_amount integer,
  ADD COLUMN state_json      text,
  ADD COLUMN assignee        varchar(64),
  ADD COLUMN step_role       varchar(40),
  ADD COLUMN appointment_at  timestamptz,
  ADD COLUMN ended_at        timestamptz,
  ADD COLUMN counted_late    boolean NOT NULL DEFAULT false;

-- Inbox "mine" and "my role's": open dossiers by person or by the role of their current step, soonest due first.
CREATE INDEX dossier_tenant_assignee_due ON dossier (tenant_id, assignee, due_at)
  WHERE status IN ('RECEIVED', 'IN_PROGRESS', 'WAITING_SUPPLEMENT', 'WAITING_FINANCIAL_OBLIGATION');
CREATE INDEX dossier_tenant_role_due ON dossier (tenant_id, step_role, due_at)
  WHERE status IN ('RECEIVED', 'IN_PROGRESS', 'WAITING_SUPPLEMENT', 'WAITING_FINANCIAL_OBLIGATION');
-- Dossier search lists newest first; reuse of digitized papers looks up the applicant's earlier dossiers.
CREATE INDEX dossier_tenant_received ON dossier (tenant_id, received_at DESC);
CREATE INDEX dossier_tenant_applicant ON dossier (tenant_id, applicant_id);

-- INPUT: scanned at intake (số hóa đầu vào); RESULT: the digitized result (số hóa kết quả).
-- reused_from: the earlier document of the same applicant whose stored file this one points at.
-- checklist names in the national catalog run past 500 characters (whole legal sentences)
ALTER TABLE dossier_document ALTER COLUMN name TYPE varchar(4000);
ALTER TABLE dossier_document
  ADD COLUMN kind        varchar(10) NOT NULL DEFAULT 'INPUT' CHECK (kind IN ('INPUT', 'RESULT')),
  ADD COLUMN reused_from bigint,
  -- a reused paper points at a paper of the same center, whatever the code above the database does
  ADD CONSTRAINT dossier_document_reused_fk FOREIGN KEY (tenant_id, reused_from) REFERENCES dossier_document (tenant_id, id);
CREATE INDEX dossier_document_dossier ON dossier_document (tenant_id, dossier_id);

-- Ý kiến trao đổi giữa các cán bộ về một hồ sơ.
CREATE TABLE dossier_comment (
  tenant_id   bigint       NOT NULL,
  id          bigint       GENERATED ALWAYS AS IDENTITY,
  dossier_id  bigint       NOT NULL,
  author      varchar(64)  NOT NULL,
  body        text         NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  created_at  timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT dossier_comment_dossier_fk FOREIGN KEY (tenant_id, dossier_id) REFERENCES dossier (tenant_id, id)
);
CREATE INDEX dossier_comment_dossier ON dossier_comment (tenant_id, dossier_id);
SELECT motcua_protect_tenant_table('dossier_comment');

-- Phí, lệ phí collected for a dossier: how and under which receipt (biên lai) number.
CREATE TABLE dossier_fee (
  tenant_id       bigint       NOT NULL,
  id              bigint       GENERATED ALWAYS AS IDENTITY,
  dossier_id      bigint       NOT NULL,
  amount_vnd      bigint       NOT NULL CHECK (amount_vnd > 0),
  method          varchar(16)  NOT NULL CHECK (method IN ('CASH', 'TRANSFER', 'QR')),
  receipt_number  varchar(40)  NOT NULL,
  recorded_by     varchar(64)  NOT NULL,
  recorded_at     timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT dossier_fee_receipt_uk UNIQUE (tenant_id, receipt_number),
  CONSTRAINT dossier_fee_dossier_fk FOREIGN KEY (tenant_id, dossier_id) REFERENCES dossier (tenant_id, id)
);
SELECT motcua_protect_tenant_table('dossier_fee');

-- Đánh giá mức độ hài lòng of the applicant, once per dossier, given at return (kiosk or tablet, no login).
CREATE TABLE dossier_rating (
  tenant_id   bigint       NOT NULL,
  dossier_id  bigint       NOT NULL,
  level       varchar(24)  NOT NULL CHECK (level IN ('VERY_SATISFIED', 'SATISFIED', 'ACCEPTABLE', 'NOT_SATISFIED')),
  comment     varchar(1000),
  rated_at    timestamptz  NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, dossier_id),
  CONSTRAINT dossier_rating_dossier_fk FOREIGN KEY (tenant_id, dossier_id) REFERENCES dossier (tenant_id, id)
);
SELECT motcua_protect_tenant_table('dossier_rating');
