import Dialogue
import Foundation
import Store

/// The per-turn cost of the durable store: the default conversation's events appended to a
/// fresh store in a temporary folder, one committed transaction each (as `carecoach start` does
/// before each step), timed apart from the engine's step so the two can be compared.
enum StoreBench {
  static func run(conversations: Int, json: Bool) throws {
    let (script, lexicon) = try ConversationBench.loadDefault()
    let engine = Engine(script: script, lexicon: lexicon)
    let events = ConversationBench.events(ConversationBench.answers(engine: engine))
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-store-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try SQLiteSessionStore(path: folder.appendingPathComponent("store.sqlite").path)
    var appends = Timings()
    var steps = Timings()
    var opens = Timings()
    for number in 0..<conversations {
      let id = "bench\(number)"
      let begin = Measure.now()
      try store.create(
        SessionRecord(
          id: id, scriptReference: "care-planning", scriptID: script.id,
          scriptVersion: script.version, scriptText: "", mode: "self",
          createdAt: ConversationBench.start))
      opens.add(nanoseconds: Measure.now() - begin)
      var state = ConversationState()
      for event in events {
        let saved = Measure.now()
        try store.append(event, to: id)
        let stepped = Measure.now()
        state = engine.step(state, event).state
        appends.add(nanoseconds: stepped - saved)
        steps.add(nanoseconds: Measure.now() - stepped)
      }
    }
    let figures: [String: Any] = [
      "conversations": conversations, "turns": events.count,
      "append_median_us": appends.median, "append_p99_us": appends.p99,
      "step_median_us": steps.median, "create_session_median_us": opens.median,
    ]
    if json {
      print(Measure.json(figures))
      return
    }
    print(
      "Store: \(conversations) default conversations of \(events.count) turns, each event "
        + "committed (SQLite WAL, through GRDB) before the engine steps")
    print(
      "  per turn: append and commit median \(Measure.format(appends.median, 1)) µs, p99 "
        + "\(Measure.format(appends.p99, 1)) µs; the engine's step median "
        + "\(Measure.format(steps.median, 1)) µs; a new session \(Measure.format(opens.median, 1)) µs"
    )
  }
}
