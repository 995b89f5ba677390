-- Every column of an agreement is evidence, except the few that record what happened to it since:
-- status, superseded_at, superseded_by_id, terminated_at, and signer_user_id, which may only be
-- cleared (the account was deleted; the signer's name, e-mail and the PDF stay). Compared as whole
-- rows minus those columns, so a column added later is protected without touching this trigger.
-- Existing agreements keep no consent version: they predate consent_texts (the hash stays).
CREATE OR REPLACE FUNCTION agreements_refuse_evidence_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  mutable CONSTANT text[] := ARRAY['status', 'superseded_at', 'superseded_by_id', 'terminated_at', 'signer_user_id'];
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'agreements are evidence and cannot be deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (to_jsonb(NEW) - mutable) IS DISTINCT FROM (to_jsonb(OLD) - mutable)
     OR (NEW.signer_user_id IS DISTINCT FROM OLD.signer_user_id AND NEW.signer_user_id IS NOT NULL) THEN
    RAISE EXCEPTION 'agreement % evidence is immutable', OLD.id USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
-- A consent text, once stored, is what some agreement's hash was computed from.
CREATE OR REPLACE FUNCTION consent_texts_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consent texts are evidence and cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER consent_texts_immutable BEFORE UPDATE OR DELETE ON consent_texts
  FOR EACH ROW EXECUTE FUNCTION consent_texts_refuse_change();
