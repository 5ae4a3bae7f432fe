import Foundation
import Testing

/// A worker's notes are the worker's: `/note` is private, `/share-note` goes on the person's
/// copy too. The person's copy (`show`, `export`) has only shared notes; `--worker` gives the
/// worker's copy with every note, each marked.
@Suite("A worker's notes")
struct WorkerNotesTests {
  let facilitator = [
    "start", "--script", fixture("scripts/small.yaml"), "--mode", "facilitator", "--client", "C-9",
  ]
  let privateNote = "Consider befriending referral"
  let sharedNote = "Ask about the walking group"

  /// A finished conversation with one private and one shared note, in a store of its own.
  func conversationWithNotes() throws -> TemporaryStore {
    let store = try TemporaryStore()
    let lines = ["/note \(privateNote)", "/share-note \(sharedNote)", "help"] + smallAnswers
    let result = try run(facilitator, lines: lines, environment: store.environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Their plan is saved."))
    return store
  }

  func export(_ format: String, worker: Bool = false, _ store: TemporaryStore) throws -> String {
    let result = try run(
      ["export", "latest", "--format", format] + (worker ? ["--worker"] : []), lines: [],
      environment: store.environment)
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
  }

  func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test("the worker is told which note is private and which is shared, and how to share one")
  func savedMessagesSayWhichIsWhich() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let result = try run(
      facilitator, lines: ["/note \(privateNote)", "/share-note \(sharedNote)", "help", "quit"],
      environment: store.environment)
    // The messages are wrapped to the width; read them as one line.
    let said = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(said.contains("It is your own note: it is not on their copy of the plan."))
    #expect(said.contains("To put a note on their copy, type /share-note and the note."))
    #expect(said.contains("Note saved. It is on their copy of the plan too"))
    #expect(said.contains("/note ... - a note for you only"))
    #expect(
      said.contains("/share-note ... - a note that is on their copy of the plan too"))
  }

  @Test("the person's copy has only the shared note, in every format and in show")
  func personsCopyHasOnlySharedNotes() throws {
    let store = try conversationWithNotes()
    defer { store.remove() }
    for format in ["text", "markdown", "html", "json", "fhir"] {
      let text = try export(format, store)
      #expect(!text.contains(privateNote), "\(format)")
      #expect(text.contains(sharedNote), "\(format)")
    }
    let shown = try run(["show", "latest"], lines: [], environment: store.environment)
    #expect(!shown.stdout.contains(privateNote))
    #expect(shown.stdout.contains(sharedNote))

    let notes = try #require(try json(export("json", store))["notes"] as? [[String: Any]])
    #expect(notes.count == 1)
    #expect(notes.first?["text"] as? String == sharedNote)
    #expect(notes.first?["shared"] as? Bool == true)
    #expect(notes.first?["author"] as? String == "worker")
  }

  @Test("the worker's copy has every note, each marked shared or private")
  func workersCopyHasEveryNote() throws {
    let store = try conversationWithNotes()
    defer { store.remove() }
    let notes = try #require(
      try json(export("json", worker: true, store))["notes"] as? [[String: Any]])
    #expect(notes.map { $0["text"] as? String } == [privateNote, sharedNote])
    #expect(notes.map { $0["shared"] as? Bool } == [false, true])
    let text = try export("text", worker: true, store)
    #expect(text.contains("worker: \(privateNote) (private: not on their copy)"))
    #expect(text.contains("worker: \(sharedNote) (shared: on their copy too)"))
    for format in ["markdown", "html", "fhir"] {
      let exported = try export(format, worker: true, store)
      #expect(exported.contains(privateNote), "\(format)")
      #expect(exported.contains(sharedNote), "\(format)")
    }
    let shown = try run(["show", "latest", "--worker"], lines: [], environment: store.environment)
    #expect(shown.stdout.contains("worker: \(privateNote) (private: not on their copy)"))
    // Said at the top, so the worker's copy is not printed for the person by mistake.
    for copy in [text, try export("markdown", worker: true, store), shown.stdout] {
      let top = copy.split(separator: "\n").prefix(6).joined(separator: "\n")
      #expect(top.contains("Worker's copy"), "\(top)")
    }
    for copy in ["text", "markdown", "html"] {
      #expect(!(try export(copy, store)).contains("Worker's copy"), "\(copy)")
    }
  }

  @Test("in FHIR a shared note is a CarePlan note by the worker")
  func fhirSharedNoteIsTheWorkers() throws {
    let store = try conversationWithNotes()
    defer { store.remove() }
    let bundle = try json(export("fhir", store))
    let entries = try #require(bundle["entry"] as? [[String: Any]])
    let carePlan = try #require(
      entries.compactMap { $0["resource"] as? [String: Any] }
        .first { $0["resourceType"] as? String == "CarePlan" })
    let notes = try #require(carePlan["note"] as? [[String: Any]])
    let worker = notes.filter { $0["authorString"] != nil }
    #expect(worker.count == 1)
    #expect(worker.first?["authorString"] as? String == "support worker")
    #expect(worker.first?["text"] as? String == sharedNote)
    #expect(worker.first?["time"] is String)
  }
}
