import GRDB

/// The store's schema, as a list of migrations.
///
/// A migration is never edited once it has shipped: a store written by an older version must
/// open in a newer one by running only the migrations it has not seen. Change the schema by
/// adding a new migration at the end.
enum Migrations {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: sessions, events and notes") { db in
      try db.create(table: "session") { table in
        table.primaryKey("id", .text)
        table.column("kind", .text).notNull()
        table.column("scriptReference", .text).notNull()
        table.column("scriptID", .text).notNull()
        table.column("scriptVersion", .text).notNull()
        table.column("scriptText", .text).notNull()
        table.column("mode", .text).notNull()
        table.column("clientRef", .text).indexed()
        table.column("createdAt", .datetime).notNull()
        table.column("updatedAt", .datetime).notNull()
        table.column("status", .text).notNull()
        table.column("planID", .text)
      }
      try db.create(table: "event") { table in
        table.column("sessionID", .text).notNull()
          .references("session", onDelete: .cascade)
        table.column("sequence", .integer).notNull()
        table.column("kind", .text).notNull()
        table.column("text", .text)
        table.column("at", .double).notNull()
        table.primaryKey(["sessionID", "sequence"])
      }
      try db.create(table: "note") { table in
        table.autoIncrementedPrimaryKey("rowid")
        table.column("sessionID", .text).notNull().indexed()
          .references("session", onDelete: .cascade)
        table.column("text", .text).notNull()
        table.column("author", .text)
        table.column("at", .datetime).notNull()
      }
    }
    // Each version of a plan as it was agreed, so a review can make version 2, 3, ... while the
    // earlier versions stay readable. The plan is kept as its contract JSON: it is what
    // `export` writes and what other tools read, and keeping it whole means an older version
    // reads back exactly as it was, whatever the code that builds plans does later.
    migrator.registerMigration("v2: plan versions") { db in
      try db.create(table: "plan_version") { table in
        table.column("planID", .text).notNull()
        table.column("version", .integer).notNull()
        table.column("json", .text).notNull()
        table.column("createdAt", .datetime).notNull()
        // The conversation or review that produced this version; deleting it deletes the
        // version, since the plan holds that conversation's words.
        table.column("sessionID", .text).notNull().indexed()
          .references("session", onDelete: .cascade)
        table.primaryKey(["planID", "version"])
      }
    }
    // A review follows up one particular version of a plan. Which one is kept with the review,
    // so replaying it (to resume it, or to rebuild the version it made) starts from the same
    // goals it was run against, even after later reviews have added versions.
    migrator.registerMigration("v3: the plan version a review starts from") { db in
      try db.alter(table: "session") { table in
        table.add(column: "planVersion", .integer)
      }
    }
    // A worker's note is the worker's: it goes on the person's own copy of the plan only when
    // the worker shares it. Notes written before this was asked were never shared on purpose,
    // so they start as not shared.
    migrator.registerMigration("v4: whether a worker's note is shared") { db in
      try db.alter(table: "note") { table in
        table.add(column: "shared", .boolean).notNull().defaults(to: false)
      }
    }
    // A secret of this store's own, made once, that names the files of line history kept for
    // each client: a name made from the client's reference alone could be tested by anyone
    // who can list the folder and guess references. SQLite's randomblob comes from its own
    // cryptographic generator.
    // A secret already there is kept: a new one would leave every client's history file under
    // a name nothing finds.
    migrator.registerMigration("v5: a secret for naming history files") { db in
      try db.create(table: "history_secret", options: .ifNotExists) { table in
        table.column("secret", .blob).notNull()
      }
      try db.execute(
        sql: """
          INSERT INTO history_secret (secret)
          SELECT randomblob(32) WHERE NOT EXISTS (SELECT 1 FROM history_secret)
          """)
    }
    // A plan gone through with a professional (`carecoach agree`) is a review whose answers
    // are the agreement. Who it was agreed with is given on the command line, not typed into
    // the conversation, so it is kept with the session, and a replay builds the same version.
    migrator.registerMigration("v6: the professional a plan is agreed with") { db in
      try db.alter(table: "session") { table in
        table.add(column: "agreedWith", .text)
      }
    }
    // An agreement typed in afterwards, by a worker, happened on an earlier day than it was
    // typed: the day of the appointment is kept with it, from `agree --on`.
    migrator.registerMigration("v7: the day of the appointment an agreement records") { db in
      try db.alter(table: "session") { table in
        table.add(column: "agreedOn", .text)
      }
    }
    return migrator
  }
}
