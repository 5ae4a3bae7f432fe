#!/bin/sh
# Builds v1.sqlite: a store exactly as the first schema ("v1: sessions, events and notes" in
# Sources/Store/Migrations.swift) writes it, holding one unfinished conversation on
# Tests/Fixtures/scripts/small.yaml with a worker's note. Tests open a copy of it with the
# current code to prove an old store still opens, migrates and reads.
#
# The DDL is what GRDB generated for v1, copied from `sqlite3 store.sqlite .schema`. Never edit
# it: the point of the fixture is that it does not follow later changes.
set -eu
cd "$(dirname "$0")"
rm -f v1.sqlite
sqlite3 v1.sqlite <<'SQL'
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
CREATE TABLE "session" ("id" TEXT PRIMARY KEY NOT NULL, "kind" TEXT NOT NULL, "scriptReference" TEXT NOT NULL, "scriptID" TEXT NOT NULL, "scriptVersion" TEXT NOT NULL, "scriptText" TEXT NOT NULL, "mode" TEXT NOT NULL, "clientRef" TEXT, "createdAt" DATETIME NOT NULL, "updatedAt" DATETIME NOT NULL, "status" TEXT NOT NULL, "planID" TEXT);
CREATE INDEX "session_on_clientRef" ON "session"("clientRef");
CREATE TABLE "event" ("sessionID" TEXT NOT NULL REFERENCES "session"("id") ON DELETE CASCADE, "sequence" INTEGER NOT NULL, "kind" TEXT NOT NULL, "text" TEXT, "at" DOUBLE NOT NULL, PRIMARY KEY ("sessionID", "sequence"));
CREATE TABLE "note" ("rowid" INTEGER PRIMARY KEY AUTOINCREMENT, "sessionID" TEXT NOT NULL REFERENCES "session"("id") ON DELETE CASCADE, "text" TEXT NOT NULL, "author" TEXT, "at" DATETIME NOT NULL);
CREATE INDEX "note_on_sessionID" ON "note"("sessionID");
INSERT INTO grdb_migrations VALUES ('v1: sessions, events and notes');
INSERT INTO session VALUES ('v1sessn1', 'conversation', 'small', 'small', '1.0',
  CAST(readfile('../scripts/small.yaml') AS TEXT), 'facilitator', 'C-1',
  '2026-11-22 10:00:00.000', '2026-11-22 10:02:00.000', 'active', NULL);
INSERT INTO event VALUES ('v1sessn1', 0, 'start', NULL, 1795341600.0);
INSERT INTO event VALUES ('v1sessn1', 1, 'input', 'Sam', 1795341660.0);
INSERT INTO event VALUES ('v1sessn1', 2, 'input', '2', 1795341720.0);
INSERT INTO note (sessionID, text, author, at)
  VALUES ('v1sessn1', 'prefers mornings', 'worker', '2026-11-22 10:01:30.000');
SQL
