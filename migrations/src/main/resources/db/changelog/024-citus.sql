--liquibase formatted sql

-- Distribution of the schema on Citus (the PostgreSQL extension that shards tables by a column), applied ONLY in the
-- Liquibase context "citus": a start with MOTCUA_DB_CONTEXTS=citus on a Citus coordinator (DatabaseBootstrap always
-- names the context "motcua", so a default start never runs these; "@citus" also keeps the Liquibase command line
-- from running them when it is given no context). Without the citus extension the precondition stops the start.
--
-- Reference tables (a full copy on every node): the shared tables (catalog, calendars, default workflows, imports,
-- office hours) and the deployment's two registries, service_center and app_user, whose codes and usernames are
-- unique across centers. Every other tenant table is distributed by tenant_id, all colocated, so one center's rows
-- of every table live on one node and a center's transaction stays on it. Each call is skipped when its table is
-- already distributed, so a run cut halfway can be run again. CitusReadinessTest reads the catalog and checks that
-- this list is complete, in an order Citus accepts (a table after those it references), and colocated.
-- A new tenant table is added to the second changeset, a new shared table to the first (the test says where):
-- both changesets run again when they change (runOnChange) and skip what is already distributed.

--changeset motcua:024-citus-reference-tables context:@citus runInTransaction:false runOnChange:true
--preconditions onFail:HALT onError:HALT
--precondition-sql-check expectedResult:1 SELECT count(*) FROM pg_extension WHERE extname = 'citus'
SELECT create_reference_table('catalog_import') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'catalog_import'::regclass);
SELECT create_reference_table('procedure') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'procedure'::regclass);
SELECT create_reference_table('procedure_version') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'procedure_version'::regclass);
SELECT create_reference_table('province_calendar') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'province_calendar'::regclass);
SELECT create_reference_table('province_calendar_entry') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'province_calendar_entry'::regclass);
SELECT create_reference_table('province_calendar_release') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'province_calendar_release'::regclass);
SELECT create_reference_table('province_calendar_release_entry') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'province_calendar_release_entry'::regclass);
SELECT create_reference_table('province_office_hours') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'province_office_hours'::regclass);
SELECT create_reference_table('service_center') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'service_center'::regclass);
SELECT create_reference_table('app_user') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'app_user'::regclass);
SELECT create_reference_table('workflow_default') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'workflow_default'::regclass);

--changeset motcua:024-citus-distributed-tables context:@citus runInTransaction:false runOnChange:true
--preconditions onFail:HALT onError:HALT
--precondition-sql-check expectedResult:1 SELECT count(*) FROM pg_extension WHERE extname = 'citus'
SELECT create_distributed_table('api_client', 'tenant_id', colocate_with => 'none') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'api_client'::regclass);
SELECT create_distributed_table('audit_log', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'audit_log'::regclass);
SELECT create_distributed_table('center_lineage', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'center_lineage'::regclass);
SELECT create_distributed_table('center_procedure', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'center_procedure'::regclass);
SELECT create_distributed_table('center_workflow', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'center_workflow'::regclass);
SELECT create_distributed_table('counter', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'counter'::regclass);
SELECT create_distributed_table('counter_field', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'counter_field'::regclass);
SELECT create_distributed_table('counter_procedure', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'counter_procedure'::regclass);
SELECT create_distributed_table('dossier', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'dossier'::regclass);
SELECT create_distributed_table('dossier_comment', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'dossier_comment'::regclass);
SELECT create_distributed_table('dossier_day_sequence', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'dossier_day_sequence'::regclass);
SELECT create_distributed_table('dossier_document', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'dossier_document'::regclass);
SELECT create_distributed_table('dossier_event', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'dossier_event'::regclass);
SELECT create_distributed_table('dossier_fee', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'dossier_fee'::regclass);
SELECT create_distributed_table('dossier_import', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'dossier_import'::regclass);
SELECT create_distributed_table('dossier_rating', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'dossier_rating'::regclass);
SELECT create_distributed_table('dossier_search_word', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'dossier_search_word'::regclass);
SELECT create_distributed_table('equipment', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'equipment'::regclass);
SELECT create_distributed_table('event_subscription', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'event_subscription'::regclass);
SELECT create_distributed_table('indicator_day', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'indicator_day'::regclass);
SELECT create_distributed_table('indicator_day_detail', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'indicator_day_detail'::regclass);
SELECT create_distributed_table('indicator_month', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'indicator_month'::regclass);
SELECT create_distributed_table('indicator_month_detail', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'indicator_month_detail'::regclass);
SELECT create_distributed_table('indicator_step_day', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'indicator_step_day'::regclass);
SELECT create_distributed_table('indicator_queue_day', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'indicator_queue_day'::regclass);
SELECT create_distributed_table('indicator_queue_month', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'indicator_queue_month'::regclass);
SELECT create_distributed_table('merge_job', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'merge_job'::regclass);
SELECT create_distributed_table('merge_job_phase', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'merge_job_phase'::regclass);
SELECT create_distributed_table('outbox_event', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'outbox_event'::regclass);
SELECT create_distributed_table('outbox_delivery', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'outbox_delivery'::regclass);
SELECT create_distributed_table('queue_appointment', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'queue_appointment'::regclass);
SELECT create_distributed_table('queue_daily_stats', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'queue_daily_stats'::regclass);
SELECT create_distributed_table('queue_device', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'queue_device'::regclass);
SELECT create_distributed_table('queue_device_pairing', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'queue_device_pairing'::regclass);
SELECT create_distributed_table('queue_number', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'queue_number'::regclass);
SELECT create_distributed_table('queue_settings', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'queue_settings'::regclass);
SELECT create_distributed_table('queue_prefix', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'queue_prefix'::regclass);
SELECT create_distributed_table('queue_ticket', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'queue_ticket'::regclass);
SELECT create_distributed_table('queue_rating', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'queue_rating'::regclass);
SELECT create_distributed_table('queue_kiosk_procedure', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'queue_kiosk_procedure'::regclass);
SELECT create_distributed_table('queue_stats_closed', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'queue_stats_closed'::regclass);
SELECT create_distributed_table('staff_member', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'staff_member'::regclass);
SELECT create_distributed_table('counter_staff', 'tenant_id', colocate_with => 'api_client') WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'counter_staff'::regclass);
