-- The audit chain is extended when a transaction commits, not while it runs (decision 0142).
-- Before, a transaction took the chain lock, read the last event and inserted its own, and held
-- the lock until the application sent COMMIT: a round trip through a busy event loop, during which
-- every other audited request in every instance waited. Now the transaction queues its event and a
-- deferred trigger appends it at COMMIT, inside the database: lock, read the last event, hash,
-- insert, commit. The lock is held for that alone.
--
-- The application builds the canonical form (lib/audit/hash-audit-event.ts, canonicalPieces) and
-- queues it in two pieces around the two values only the chain knows: the previous hash and the
-- sequence number. A queued row is deleted by the same trigger, so no one ever sees it; the table
-- is UNLOGGED because nothing in it outlives its transaction.
CREATE UNLOGGED TABLE audit_queue (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  canonical_head text NOT NULL,
  canonical_tail text NOT NULL,
  at timestamptz NOT NULL,
  actor_user_id text,
  actor_role text NOT NULL,
  org_id uuid,
  action text NOT NULL,
  target_type text,
  target_id text,
  ip text,
  user_agent text,
  details jsonb NOT NULL
);
--> statement-breakpoint
-- A VOLATILE function takes a fresh snapshot for every statement: the read after the lock is
-- granted sees every event committed before, so two transactions can never fork the chain.
-- Deferred triggers fire in the order the rows were queued, so a transaction's events keep theirs.
CREATE FUNCTION audit_queue_append() RETURNS trigger LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  last_seq bigint;
  last_hash text;
  next_seq bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(7226002);
  SELECT e.seq, e.hash INTO last_seq, last_hash FROM audit_events e ORDER BY e.seq DESC LIMIT 1;
  next_seq := coalesce(last_seq, 0) + 1;
  last_hash := coalesce(last_hash, repeat('0', 64));
  INSERT INTO audit_events (seq, at, actor_user_id, actor_role, org_id, action, target_type, target_id, ip, user_agent, details, prev_hash, hash)
  VALUES (next_seq, NEW.at, NEW.actor_user_id, NEW.actor_role, NEW.org_id, NEW.action, NEW.target_type, NEW.target_id, NEW.ip,
          NEW.user_agent, NEW.details, last_hash,
          encode(sha256(convert_to(NEW.canonical_head || last_hash || '","seq":' || next_seq::text || NEW.canonical_tail, 'UTF8')), 'hex'));
  DELETE FROM audit_queue WHERE id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER audit_queue_append AFTER INSERT ON audit_queue
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_queue_append();
