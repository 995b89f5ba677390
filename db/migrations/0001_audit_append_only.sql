-- The audit log is append-only: nobody, not even the application's own role, may rewrite it.
CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
-- A published DPA template or TOMs version is evidence: its text can never change again.
CREATE OR REPLACE FUNCTION published_version_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION '% % is published and immutable', TG_TABLE_NAME, OLD.version USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER dpa_template_versions_immutable BEFORE UPDATE OR DELETE ON dpa_template_versions
  FOR EACH ROW EXECUTE FUNCTION published_version_refuse_change();
--> statement-breakpoint
CREATE TRIGGER toms_versions_immutable BEFORE UPDATE OR DELETE ON toms_versions
  FOR EACH ROW EXECUTE FUNCTION published_version_refuse_change();
--> statement-breakpoint
-- A signed PDF and the evidence it rests on never change; only the status may move on.
CREATE OR REPLACE FUNCTION agreements_refuse_evidence_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'agreements are evidence and cannot be deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (OLD.pdf_sha256 IS NOT NULL AND NEW.pdf_sha256 IS DISTINCT FROM OLD.pdf_sha256)
     OR (OLD.pdf IS NOT NULL AND NEW.pdf IS DISTINCT FROM OLD.pdf)
     OR NEW.signer_name IS DISTINCT FROM OLD.signer_name
     OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
     OR NEW.template_version_id IS DISTINCT FROM OLD.template_version_id
     OR NEW.annex_sha256 IS DISTINCT FROM OLD.annex_sha256 THEN
    RAISE EXCEPTION 'agreement % evidence is immutable', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER agreements_evidence_immutable BEFORE UPDATE OR DELETE ON agreements
  FOR EACH ROW EXECUTE FUNCTION agreements_refuse_evidence_change();
