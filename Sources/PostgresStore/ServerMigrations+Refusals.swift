extension ServerMigrations {
  /// Migration 4: refused attempts are audited, and history files named under the server's
  /// old secret can still be found.
  ///
  /// - A worker who asks for a conversation they may not see (another team's, or none at all)
  ///   is told only that there is none; `carecoach.record_refusal` writes a 'refused' line with
  ///   the id they asked for, so a lead or an administrator sees the attempt. The id is kept as
  ///   typed, cut to 64 characters and without control characters.
  /// - Before migration 3 a server store named each client's history file on a worker's
  ///   computer with the server's secret, which workers may no longer read.
  ///   `carecoach.former_history_name` gives that name for a client the caller may see, and
  ///   nothing else, so `delete` can still find the file and a conversation can carry its
  ///   history over to the computer's own secret. The code is HMAC-SHA256 of the client's key,
  ///   as before, worked out here with the server's own SHA-256.
  static let v4 = """
    ALTER TABLE carecoach.audit DROP CONSTRAINT audit_action_check;
    ALTER TABLE carecoach.audit ADD CONSTRAINT audit_action_check
      CHECK (action IN ('create', 'view', 'change', 'export', 'delete', 'list', 'refused'));

    CREATE FUNCTION carecoach.record_refusal(asked text) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$
      BEGIN
        INSERT INTO carecoach.audit (action, session_id, team)
          VALUES ('refused', left(regexp_replace(coalesce(asked, ''), '[[:cntrl:]]', '', 'g'), 64),
            carecoach.my_team());
      END $f$;
    REVOKE ALL ON FUNCTION carecoach.record_refusal(text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION carecoach.record_refusal(text) TO carecoach_worker;

    CREATE FUNCTION carecoach.former_history_name(client text) RETURNS text
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, carecoach
      AS $f$
      DECLARE
        key bytea;
        inner_pad bytea;
        outer_pad bytea;
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM carecoach.session s
            WHERE s.client_key = client AND s.team = ANY (carecoach.my_teams())) THEN
          RETURN NULL;
        END IF;
        SELECT secret INTO key FROM carecoach.history_secret LIMIT 1;
        IF key IS NULL THEN
          RETURN NULL;
        END IF;
        IF length(key) > 64 THEN
          key := sha256(key);
        END IF;
        key := key || decode(repeat('00', 64 - length(key)), 'hex');
        inner_pad := key;
        outer_pad := key;
        FOR i IN 0..63 LOOP
          inner_pad := set_byte(inner_pad, i, get_byte(key, i) # 54);
          outer_pad := set_byte(outer_pad, i, get_byte(key, i) # 92);
        END LOOP;
        RETURN encode(sha256(outer_pad || sha256(inner_pad || convert_to(client, 'UTF8'))), 'hex');
      END $f$;
    REVOKE ALL ON FUNCTION carecoach.former_history_name(text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION carecoach.former_history_name(text) TO carecoach_worker;
    """
}
