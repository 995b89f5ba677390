-- The shared cache (lib/core/shared-cache.ts) keeps what every visitor sees alike across requests;
-- these triggers tell every instance when it changed. NOTIFY is transactional: it is delivered
-- once the change has committed, and not at all when it rolls back. Statement-level, so a bulk
-- change sends one notification per table, and duplicates within a transaction are folded.
CREATE FUNCTION notify_cache_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('dpa_cache', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER settings_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_change();
--> statement-breakpoint
CREATE TRIGGER dpa_template_versions_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dpa_template_versions FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_change();
--> statement-breakpoint
CREATE TRIGGER toms_versions_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON toms_versions FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_change();
--> statement-breakpoint
CREATE TRIGGER subprocessors_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON subprocessors FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_change();
--> statement-breakpoint
CREATE TRIGGER subprocessor_services_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON subprocessor_services FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_change();
--> statement-breakpoint
CREATE TRIGGER services_cache AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON services FOR EACH STATEMENT EXECUTE FUNCTION notify_cache_change();
