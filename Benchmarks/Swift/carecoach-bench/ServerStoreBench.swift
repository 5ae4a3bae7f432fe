import Dialogue
import Foundation
import PostgresStore
import Store

/// The organisation's store on PostgreSQL, against the file: the commit of one turn, twenty
/// workers saving turns at once, and `list --client` among many conversations. The database
/// at `address` (as its owner) must be new; `Benchmarks/server.sh` makes one on a throwaway
/// server.
enum ServerStoreBench {
  static let workers = 20

  /// Sets the database up, then times turns for one worker and for twenty at once.
  static func turns(address: String, conversations: Int, json: Bool) throws {
    let (script, lexicon) = try ConversationBench.loadDefault()
    let engine = Engine(script: script, lexicon: lexicon)
    let events = ConversationBench.events(ConversationBench.answers(engine: engine))
    let organisation = try Organisation(address: address)
    _ = try organisation.initialise()
    let logins = (0..<workers).map { "bench_worker_\($0)" }
    for login in logins { _ = try organisation.add(login, as: .worker(team: "north")) }

    let (scriptID, scriptVersion) = (script.id, script.version)
    @Sendable func record(_ id: String) -> SessionRecord {
      SessionRecord(
        id: id, scriptReference: "care-planning", scriptID: scriptID,
        scriptVersion: scriptVersion, scriptText: "", mode: "facilitator",
        clientRef: "C-\(id)", createdAt: ConversationBench.start)
    }

    let one = try PostgresSessionStore(address: login(address, user: logins[0]))
    var appends = Timings()
    for number in 0..<conversations {
      let id = "one\(number)"
      try one.create(record(id))
      for event in events {
        let begin = Measure.now()
        try one.append(event, to: id)
        appends.add(nanoseconds: Measure.now() - begin)
      }
    }

    // Twenty workers, each with a connection of their own, saving whole conversations at once.
    let stores = try logins.map { try PostgresSessionStore(address: login(address, user: $0)) }
    let perWorker = max(1, conversations / 4)
    let began = Measure.now()
    let failures = Failures()
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      do {
        for number in 0..<perWorker {
          let id = "w\(worker)c\(number)"
          try stores[worker].create(record(id))
          for event in events { try stores[worker].append(event, to: id) }
        }
      } catch {
        failures.add("\(error)")
      }
    }
    let seconds = Double(Measure.now() - began) / 1e9
    let turns = workers * perWorker * events.count
    let figures: [String: Any] = [
      "turns": events.count, "conversations": conversations,
      "append_median_us": appends.median, "append_p99_us": appends.p99,
      "concurrent_workers": workers, "concurrent_turns": turns,
      "concurrent_turns_per_second": Double(turns) / seconds, "failures": failures.count,
    ]
    if json {
      print(Measure.json(figures))
      return
    }
    print("Server store (PostgreSQL on a Unix socket, fsync on): \(conversations) conversations")
    print(
      "  per turn: append and commit median \(Measure.format(appends.median, 1)) µs, p99 "
        + "\(Measure.format(appends.p99, 1)) µs")
    print(
      "  \(workers) workers at once: \(turns) turns in \(Measure.format(seconds, 2)) s, "
        + "\(Measure.format(Double(turns) / seconds, 0)) turns/s, \(failures.count) failed")
  }

  /// Times a client's list among the conversations already there (the script that runs this
  /// fills the database first).
  static func list(address: String, client: String, repeats: Int, json: Bool) throws {
    let store = try PostgresSessionStore(address: login(address, user: "bench_worker_0"))
    var timings = Timings()
    var found = 0
    var total = 0
    for _ in 0..<repeats {
      let begin = Measure.now()
      found = try store.sessions(clientRef: client).count
      timings.add(nanoseconds: Measure.now() - begin)
    }
    total = try store.sessions(idPrefix: "").count
    let figures: [String: Any] = [
      "conversations": total, "found": found, "list_median_us": timings.median,
      "list_p99_us": timings.p99,
    ]
    if json {
      print(Measure.json(figures))
      return
    }
    print(
      "  list --client among \(total) conversations (\(found) found): median "
        + "\(Measure.format(timings.median / 1000, 2)) ms, p99 \(Measure.format(timings.p99 / 1000, 2)) ms"
    )
  }

  static func login(_ address: String, user: String) -> String {
    var components = URLComponents(string: address)!
    var items = (components.queryItems ?? []).filter { $0.name != "user" }
    items.append(URLQueryItem(name: "user", value: user))
    components.queryItems = items
    return components.string!
  }
}

/// Errors from the workers' threads, counted.
final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var said: [String] = []
  func add(_ text: String) { lock.withLock { said.append(text) } }
  var count: Int { lock.withLock { said.count } }
}
