--liquibase formatted sql

--changeset motcua:025-merge-deferrable-keys-of-later-tables
-- The tables added after the merge (018) whose rows move with a source's dossiers, counters and equipment: imports,
-- the outbox, queue tickets, appointments, ratings and paired devices. Their keys to the moved parents are checked
-- at the merge's commit like 018's (SET CONSTRAINTS ALL DEFERRED there), at once everywhere else.
ALTER TABLE dossier_import ALTER CONSTRAINT dossier_import_dossier_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE outbox_event ALTER CONSTRAINT outbox_event_dossier_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE outbox_delivery ALTER CONSTRAINT outbox_delivery_event_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE queue_ticket ALTER CONSTRAINT queue_ticket_counter_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE queue_ticket ALTER CONSTRAINT queue_ticket_target_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE queue_ticket ALTER CONSTRAINT queue_ticket_appointment_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE queue_ticket ALTER CONSTRAINT queue_ticket_dossier_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE queue_rating ALTER CONSTRAINT queue_rating_ticket_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE queue_device ALTER CONSTRAINT queue_device_equipment_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE queue_device ALTER CONSTRAINT queue_device_counter_fk DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE queue_device_pairing ALTER CONSTRAINT queue_device_pairing_equipment_fk DEFERRABLE INITIALLY IMMEDIATE;
