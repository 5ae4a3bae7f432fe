extension ServerMigrations {
  /// Migration 3: a worker's login reaches people's words only the way the tool does.
  ///
  /// - A worker may add turns, notes and plan versions, and change a conversation's status and
  ///   when it was last touched; nothing else is updated, and no row is deleted by hand.
  ///   `delete` goes through `carecoach.delete_session`, which deletes only a conversation the
  ///   caller may see.
  /// - Any change or deletion of words, however made and by whom (the owner too), leaves an
  ///   audit line: who, when, what and which client, never the words.
  /// - `carecoach.record_access` writes only what the tool records that way (a view, an export,
  ///   a list), of a conversation the caller may see, under its own client reference; the
  ///   triggers write the rest through `carecoach.write_audit`, which no login may call.
  /// - The secret behind the names of history files is no longer readable by workers: a
  ///   server store names them with the computer's own secret (see `PostgresSessionStore`).
  static let v3 = """
    REVOKE UPDATE, DELETE
      ON carecoach.session, carecoach.event, carecoach.note, carecoach.plan_version
      FROM carecoach_worker;
    GRANT UPDATE (updated_at, status) ON carecoach.session TO carecoach_worker;
    REVOKE ALL ON carecoach.history_secret FROM carecoach_worker;

    -- Writes a line of the audit trail. 'change' lines from ordinary turns are spared to one an
    -- hour for each worker and conversation; deleting a conversation's rows is one line.
    CREATE FUNCTION carecoach.write_audit(
      what text, session text, client text, row_team text, sparing boolean) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$
      BEGIN
        IF sparing AND EXISTS (
          SELECT 1 FROM carecoach.audit WHERE session_id = session AND who = session_user
            AND action = what AND at > clock_timestamp() - interval '1 hour') THEN
          RETURN;
        END IF;
        IF what = 'delete' AND EXISTS (
          SELECT 1 FROM carecoach.audit WHERE session_id IS NOT DISTINCT FROM session
            AND who = session_user AND action = 'delete' AND at >= now()) THEN
          RETURN;
        END IF;
        INSERT INTO carecoach.audit (action, session_id, client_ref, team)
          VALUES (what, session, client, coalesce(row_team, carecoach.my_team()));
      END $f$;
    REVOKE ALL ON FUNCTION carecoach.write_audit(text, text, text, text, boolean) FROM PUBLIC;

    CREATE OR REPLACE FUNCTION carecoach.audit_session_row() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM carecoach.write_audit('create', NEW.id, NEW.client_ref, NEW.team, false);
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM carecoach.write_audit('delete', OLD.id, OLD.client_ref, OLD.team, false);
        ELSIF to_jsonb(OLD) - 'updated_at' - 'status' = to_jsonb(NEW) - 'updated_at' - 'status'
        THEN
          -- Only the two columns the tool changes as a conversation goes on.
          PERFORM carecoach.write_audit('change', NEW.id, OLD.client_ref, OLD.team, true);
        ELSE
          -- Anything else is not the tool's doing, so it is always a line.
          PERFORM carecoach.write_audit('change', NEW.id, OLD.client_ref, OLD.team, false);
        END IF;
        RETURN NULL;
      END $f$;
    DROP TRIGGER audit_session ON carecoach.session;
    CREATE TRIGGER audit_session AFTER INSERT OR UPDATE OR DELETE ON carecoach.session
      FOR EACH ROW EXECUTE FUNCTION carecoach.audit_session_row();

    -- A turn, note or plan version: added (the tool's way, spared), changed or deleted (never
    -- the tool's way, so each is a line). Rows deleted with their conversation are the
    -- conversation's one 'delete' line.
    CREATE OR REPLACE FUNCTION carecoach.audit_change() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$
      DECLARE
        client text;
        found_session boolean;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT client_ref INTO client FROM carecoach.session WHERE id = NEW.session_id;
          PERFORM carecoach.write_audit('change', NEW.session_id, client, NEW.team, true);
          RETURN NULL;
        END IF;
        SELECT client_ref, true INTO client, found_session
          FROM carecoach.session WHERE id = OLD.session_id;
        IF TG_OP = 'DELETE' AND found_session IS NULL THEN
          RETURN NULL;
        END IF;
        PERFORM carecoach.write_audit(
          CASE TG_OP WHEN 'DELETE' THEN 'delete' ELSE 'change' END,
          OLD.session_id, client, OLD.team, false);
        RETURN NULL;
      END $f$;
    DROP TRIGGER audit_event ON carecoach.event;
    DROP TRIGGER audit_note ON carecoach.note;
    DROP TRIGGER audit_plan_version ON carecoach.plan_version;
    CREATE TRIGGER audit_event AFTER INSERT OR UPDATE OR DELETE ON carecoach.event
      FOR EACH ROW EXECUTE FUNCTION carecoach.audit_change();
    CREATE TRIGGER audit_note AFTER INSERT OR UPDATE OR DELETE ON carecoach.note
      FOR EACH ROW EXECUTE FUNCTION carecoach.audit_change();
    CREATE TRIGGER audit_plan_version AFTER INSERT OR UPDATE OR DELETE ON carecoach.plan_version
      FOR EACH ROW EXECUTE FUNCTION carecoach.audit_change();

    -- Emptying a table of words at once (only its owner may) is one line, with no client.
    CREATE FUNCTION carecoach.audit_emptied() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$
      BEGIN
        PERFORM carecoach.write_audit('delete', NULL, NULL, NULL, false);
        RETURN NULL;
      END $f$;
    CREATE TRIGGER audit_emptied AFTER TRUNCATE ON carecoach.session
      FOR EACH STATEMENT EXECUTE FUNCTION carecoach.audit_emptied();
    CREATE TRIGGER audit_emptied AFTER TRUNCATE ON carecoach.event
      FOR EACH STATEMENT EXECUTE FUNCTION carecoach.audit_emptied();
    CREATE TRIGGER audit_emptied AFTER TRUNCATE ON carecoach.note
      FOR EACH STATEMENT EXECUTE FUNCTION carecoach.audit_emptied();
    CREATE TRIGGER audit_emptied AFTER TRUNCATE ON carecoach.plan_version
      FOR EACH STATEMENT EXECUTE FUNCTION carecoach.audit_emptied();

    -- What the tool records itself: a view, an export or a list, of a conversation the caller
    -- may see and under that conversation's own reference. A list names a client only when
    -- the caller may see a conversation of theirs, so no line carries another team's client.
    CREATE OR REPLACE FUNCTION carecoach.record_access(what text, session text, client text)
      RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$
      DECLARE
        seen carecoach.session%ROWTYPE;
      BEGIN
        IF what IS NULL OR what NOT IN ('view', 'export', 'list') THEN
          RAISE EXCEPTION 'the audit trail takes only a view, an export or a list from a login'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF session IS NULL THEN
          IF what <> 'list' THEN
            RAISE EXCEPTION 'a view or an export names its conversation'
              USING ERRCODE = 'insufficient_privilege';
          END IF;
          IF client IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM carecoach.session s
              WHERE s.team = ANY (carecoach.my_teams())
                AND (s.client_ref = client OR s.client_key = lower(btrim(client)))) THEN
            client := NULL;
          END IF;
          INSERT INTO carecoach.audit (action, client_ref, team)
            VALUES (what, client, carecoach.my_team());
          RETURN;
        END IF;
        SELECT * INTO seen FROM carecoach.session s
          WHERE s.id = session AND s.team = ANY (carecoach.my_teams());
        IF NOT FOUND OR seen.client_ref IS DISTINCT FROM client THEN
          RAISE EXCEPTION 'no conversation % with that client is yours to see', session
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        INSERT INTO carecoach.audit (action, session_id, client_ref, team)
          VALUES (what, session, client, seen.team);
      END $f$;

    -- Deleting a conversation the caller may see, with everything in it; the trigger on the
    -- conversation records it. True when there was one to delete.
    CREATE POLICY owner_deletes ON carecoach.session FOR DELETE TO CURRENT_USER USING (true);
    CREATE FUNCTION carecoach.delete_session(session text) RETURNS boolean
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$
      BEGIN
        DELETE FROM carecoach.session s
          WHERE s.id = session AND s.team = ANY (carecoach.my_teams());
        RETURN FOUND;
      END $f$;
    REVOKE ALL ON FUNCTION carecoach.delete_session(text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION carecoach.delete_session(text) TO carecoach_worker;
    """
}
