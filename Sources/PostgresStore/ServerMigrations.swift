/// The shared store's schema, roles and rules, as numbered migrations kept in the database.
///
/// `carecoach org init`, run by the database's owner, applies those not yet recorded in
/// `carecoach.schema_migration`, each in its own transaction with its record. A migration is
/// never edited once it has shipped: a server set up by an older version is brought up to date
/// by running only the ones it has not seen. Change the schema by adding one at the end.
///
/// Who sees what (see docs/organisation.md for the why):
/// - Every row of people's words carries its team, set from the worker who wrote it, and
///   row-level security (forced, so the tables' owner is held to it too unless a policy says
///   otherwise) lets a worker or lead see and change only their own team's rows. A client is
///   seen by several workers of a team over the months, so the team is the caseload.
/// - A lead may lead several teams (migration 2): they see, change and read the audit trail of
///   each. What anyone writes into a conversation takes the conversation's team, so a lead's
///   words in another team's conversation stay where that team sees them.
/// - A lead may also read the team's audit trail; an administrator manages accounts and reads
///   the whole audit trail, and has no privilege at all on the tables of words.
/// - The audit trail is written only by the tool's own functions, which run as the owner
///   (`SECURITY DEFINER`): creating, changing and deleting are recorded by triggers, so they
///   are recorded however the tables are reached; views are recorded by the tool. No role may
///   update or delete it, and a trigger refuses to even for the owner.
enum ServerMigrations {
  struct Migration {
    let version: Int
    let name: String
    let sql: String
  }

  static let all: [Migration] = [
    Migration(version: 1, name: "sessions, roles, row-level security and the audit trail", sql: v1),
    Migration(version: 2, name: "a lead may lead several teams", sql: v2),
    Migration(version: 3, name: "words are changed only through the tool, and audited", sql: v3),
    Migration(
      version: 4, name: "refused attempts are audited; history files keep their old names",
      sql: v4),
  ]

  static let bookkeeping = """
    CREATE SCHEMA IF NOT EXISTS carecoach;
    CREATE TABLE IF NOT EXISTS carecoach.schema_migration (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    );
    """

  static let v1 = """
    -- Roles belong to the whole server, and another database's init may be making them at the
    -- same moment: one that is there already, or appears meanwhile, is taken as it is.
    DO $roles$ BEGIN
      BEGIN
        CREATE ROLE carecoach_worker NOLOGIN;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END;
      BEGIN
        CREATE ROLE carecoach_lead NOLOGIN IN ROLE carecoach_worker;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END;
      BEGIN
        CREATE ROLE carecoach_admin NOLOGIN;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END;
    END $roles$;

    REVOKE ALL ON SCHEMA carecoach FROM PUBLIC;
    GRANT USAGE ON SCHEMA carecoach TO carecoach_worker, carecoach_admin;
    GRANT SELECT ON carecoach.schema_migration TO carecoach_worker, carecoach_admin;

    CREATE TABLE carecoach.worker (
      role_name text PRIMARY KEY,
      team text NOT NULL CHECK (team <> ''),
      lead boolean NOT NULL DEFAULT false,
      added_at timestamptz NOT NULL DEFAULT now()
    );
    GRANT SELECT, INSERT, UPDATE, DELETE ON carecoach.worker TO carecoach_admin;

    -- The team of whoever is logged in: the login (session_user), never a role taken on later.
    CREATE FUNCTION carecoach.my_team() RETURNS text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$ SELECT team FROM carecoach.worker WHERE role_name = session_user $f$;
    CREATE FUNCTION carecoach.i_lead() RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$ SELECT coalesce((SELECT lead FROM carecoach.worker
                              WHERE role_name = session_user), false) $f$;

    CREATE TABLE carecoach.session (
      id text PRIMARY KEY,
      kind text NOT NULL,
      script_reference text NOT NULL,
      script_id text NOT NULL,
      script_version text NOT NULL,
      script_text text NOT NULL,
      mode text NOT NULL,
      client_ref text,
      client_key text,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      status text NOT NULL,
      plan_id text,
      plan_version integer,
      agreed_with text,
      agreed_on text,
      team text NOT NULL DEFAULT carecoach.my_team(),
      created_by text NOT NULL DEFAULT session_user
    );
    CREATE INDEX session_client ON carecoach.session (team, client_key, updated_at DESC);
    CREATE INDEX session_plan ON carecoach.session (plan_id);

    CREATE TABLE carecoach.event (
      session_id text NOT NULL REFERENCES carecoach.session ON DELETE CASCADE,
      sequence integer NOT NULL,
      kind text NOT NULL,
      text text,
      at double precision NOT NULL,
      team text NOT NULL DEFAULT carecoach.my_team(),
      PRIMARY KEY (session_id, sequence)
    );

    CREATE TABLE carecoach.note (
      id bigserial PRIMARY KEY,
      session_id text NOT NULL REFERENCES carecoach.session ON DELETE CASCADE,
      text text NOT NULL,
      author text,
      at timestamptz NOT NULL,
      shared boolean NOT NULL DEFAULT false,
      team text NOT NULL DEFAULT carecoach.my_team()
    );
    CREATE INDEX note_session ON carecoach.note (session_id);

    CREATE TABLE carecoach.plan_version (
      plan_id text NOT NULL,
      version integer NOT NULL,
      json text NOT NULL,
      created_at timestamptz NOT NULL,
      session_id text NOT NULL REFERENCES carecoach.session ON DELETE CASCADE,
      team text NOT NULL DEFAULT carecoach.my_team(),
      PRIMARY KEY (plan_id, version)
    );
    CREATE INDEX plan_version_session ON carecoach.plan_version (session_id);

    -- Names the history files on workers' laptops (see HistoryLocation); no one's words.
    CREATE TABLE carecoach.history_secret (secret bytea NOT NULL);
    INSERT INTO carecoach.history_secret SELECT decode(md5(random()::text || clock_timestamp()::text)
      || md5(random()::text || clock_timestamp()::text), 'hex');
    GRANT SELECT ON carecoach.history_secret TO carecoach_worker;

    GRANT SELECT, INSERT, UPDATE, DELETE
      ON carecoach.session, carecoach.event, carecoach.note, carecoach.plan_version
      TO carecoach_worker;
    GRANT USAGE ON SEQUENCE carecoach.note_id_seq TO carecoach_worker;

    CREATE TABLE carecoach.audit (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT clock_timestamp(),
      who text NOT NULL DEFAULT session_user,
      action text NOT NULL
        CHECK (action IN ('create', 'view', 'change', 'export', 'delete', 'list')),
      session_id text,
      client_ref text,
      team text
    );
    CREATE INDEX audit_client ON carecoach.audit (client_ref);
    CREATE INDEX audit_session ON carecoach.audit (session_id, who, action, at);
    GRANT SELECT ON carecoach.audit TO carecoach_lead, carecoach_admin;

    -- The only way into the audit trail. A sitting's turns are one 'change' line an hour for
    -- each worker and conversation, not one per line typed.
    CREATE FUNCTION carecoach.record_access(what text, session text, client text) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$
      BEGIN
        IF what = 'change' AND EXISTS (
          SELECT 1 FROM carecoach.audit WHERE session_id = session AND who = session_user
            AND action = 'change' AND at > clock_timestamp() - interval '1 hour') THEN
          RETURN;
        END IF;
        INSERT INTO carecoach.audit (action, session_id, client_ref, team)
          VALUES (what, session, client, carecoach.my_team());
      END $f$;
    REVOKE ALL ON FUNCTION carecoach.record_access(text, text, text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION carecoach.record_access(text, text, text) TO carecoach_worker;

    CREATE FUNCTION carecoach.audit_session_row() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM carecoach.record_access('create', NEW.id, NEW.client_ref);
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM carecoach.record_access('delete', OLD.id, OLD.client_ref);
        END IF;
        RETURN NULL;
      END $f$;
    CREATE TRIGGER audit_session AFTER INSERT OR DELETE ON carecoach.session
      FOR EACH ROW EXECUTE FUNCTION carecoach.audit_session_row();

    CREATE FUNCTION carecoach.audit_change() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$
      BEGIN
        PERFORM carecoach.record_access('change', NEW.session_id,
          (SELECT client_ref FROM carecoach.session WHERE id = NEW.session_id));
        RETURN NULL;
      END $f$;
    CREATE TRIGGER audit_event AFTER INSERT ON carecoach.event
      FOR EACH ROW EXECUTE FUNCTION carecoach.audit_change();
    CREATE TRIGGER audit_note AFTER INSERT ON carecoach.note
      FOR EACH ROW EXECUTE FUNCTION carecoach.audit_change();
    CREATE TRIGGER audit_plan_version AFTER INSERT ON carecoach.plan_version
      FOR EACH ROW EXECUTE FUNCTION carecoach.audit_change();

    CREATE FUNCTION carecoach.audit_is_kept() RETURNS trigger
      LANGUAGE plpgsql AS $f$
      BEGIN
        RAISE EXCEPTION 'the audit trail is never changed or deleted';
      END $f$;
    CREATE TRIGGER audit_kept BEFORE UPDATE OR DELETE ON carecoach.audit
      FOR EACH ROW EXECUTE FUNCTION carecoach.audit_is_kept();
    CREATE TRIGGER audit_kept_whole BEFORE TRUNCATE ON carecoach.audit
      FOR EACH STATEMENT EXECUTE FUNCTION carecoach.audit_is_kept();

    -- Row-level security, forced so the owner is held to it too.
    ALTER TABLE carecoach.session ENABLE ROW LEVEL SECURITY;
    ALTER TABLE carecoach.session FORCE ROW LEVEL SECURITY;
    ALTER TABLE carecoach.event ENABLE ROW LEVEL SECURITY;
    ALTER TABLE carecoach.event FORCE ROW LEVEL SECURITY;
    ALTER TABLE carecoach.note ENABLE ROW LEVEL SECURITY;
    ALTER TABLE carecoach.note FORCE ROW LEVEL SECURITY;
    ALTER TABLE carecoach.plan_version ENABLE ROW LEVEL SECURITY;
    ALTER TABLE carecoach.plan_version FORCE ROW LEVEL SECURITY;
    ALTER TABLE carecoach.audit ENABLE ROW LEVEL SECURITY;
    ALTER TABLE carecoach.audit FORCE ROW LEVEL SECURITY;

    CREATE POLICY team_rows ON carecoach.session TO carecoach_worker
      USING (team = carecoach.my_team()) WITH CHECK (team = carecoach.my_team());
    CREATE POLICY team_rows ON carecoach.event TO carecoach_worker
      USING (team = carecoach.my_team()) WITH CHECK (team = carecoach.my_team());
    CREATE POLICY team_rows ON carecoach.note TO carecoach_worker
      USING (team = carecoach.my_team()) WITH CHECK (team = carecoach.my_team());
    CREATE POLICY team_rows ON carecoach.plan_version TO carecoach_worker
      USING (team = carecoach.my_team()) WITH CHECK (team = carecoach.my_team());
    -- The owner's functions read a session's reference for the audit trail, and write it.
    CREATE POLICY owner_reads ON carecoach.session FOR SELECT TO CURRENT_USER USING (true);
    CREATE POLICY owner_writes ON carecoach.audit FOR INSERT TO CURRENT_USER WITH CHECK (true);
    CREATE POLICY owner_reads ON carecoach.audit FOR SELECT TO CURRENT_USER USING (true);
    CREATE POLICY lead_reads ON carecoach.audit FOR SELECT TO carecoach_lead
      USING (carecoach.i_lead() AND team = carecoach.my_team());
    CREATE POLICY admin_reads ON carecoach.audit FOR SELECT TO carecoach_admin USING (true);
    """

  static let v2 = """
    -- The teams each lead leads; their own team (carecoach.worker.team) is where the
    -- conversations they start go.
    CREATE TABLE carecoach.led_team (
      role_name text NOT NULL REFERENCES carecoach.worker ON DELETE CASCADE,
      team text NOT NULL CHECK (team <> ''),
      PRIMARY KEY (role_name, team)
    );
    GRANT SELECT, INSERT, UPDATE, DELETE ON carecoach.led_team TO carecoach_admin;
    INSERT INTO carecoach.led_team (role_name, team)
      SELECT role_name, team FROM carecoach.worker WHERE lead;

    -- Every team whose rows the login may see: their own, and each they lead.
    CREATE FUNCTION carecoach.my_teams() RETURNS text[]
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$ SELECT array(SELECT team FROM carecoach.worker WHERE role_name = session_user
                          UNION SELECT team FROM carecoach.led_team
                                WHERE role_name = session_user) $f$;

    -- A turn, note or plan written into a conversation belongs to the conversation's team.
    CREATE FUNCTION carecoach.take_session_team() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$
      BEGIN
        NEW.team := coalesce(
          (SELECT team FROM carecoach.session WHERE id = NEW.session_id), NEW.team);
        RETURN NEW;
      END $f$;
    CREATE TRIGGER session_team BEFORE INSERT ON carecoach.event
      FOR EACH ROW EXECUTE FUNCTION carecoach.take_session_team();
    CREATE TRIGGER session_team BEFORE INSERT ON carecoach.note
      FOR EACH ROW EXECUTE FUNCTION carecoach.take_session_team();
    CREATE TRIGGER session_team BEFORE INSERT ON carecoach.plan_version
      FOR EACH ROW EXECUTE FUNCTION carecoach.take_session_team();

    -- A line of the audit trail belongs to the conversation's team, so the lead of that team
    -- sees another team's lead reading it.
    CREATE OR REPLACE FUNCTION carecoach.record_access(what text, session text, client text)
      RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$
      BEGIN
        IF what = 'change' AND EXISTS (
          SELECT 1 FROM carecoach.audit WHERE session_id = session AND who = session_user
            AND action = 'change' AND at > clock_timestamp() - interval '1 hour') THEN
          RETURN;
        END IF;
        INSERT INTO carecoach.audit (action, session_id, client_ref, team)
          VALUES (what, session, client, coalesce(
            (SELECT s.team FROM carecoach.session s WHERE s.id = record_access.session),
            carecoach.my_team()));
      END $f$;

    ALTER POLICY team_rows ON carecoach.session
      USING (team = ANY (carecoach.my_teams())) WITH CHECK (team = ANY (carecoach.my_teams()));
    ALTER POLICY team_rows ON carecoach.event
      USING (team = ANY (carecoach.my_teams())) WITH CHECK (team = ANY (carecoach.my_teams()));
    ALTER POLICY team_rows ON carecoach.note
      USING (team = ANY (carecoach.my_teams())) WITH CHECK (team = ANY (carecoach.my_teams()));
    ALTER POLICY team_rows ON carecoach.plan_version
      USING (team = ANY (carecoach.my_teams())) WITH CHECK (team = ANY (carecoach.my_teams()));
    ALTER POLICY lead_reads ON carecoach.audit
      USING (carecoach.i_lead() AND team = ANY (carecoach.my_teams()));
    """
}
