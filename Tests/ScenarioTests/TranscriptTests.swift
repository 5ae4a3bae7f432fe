import CarePlan
import DefaultScripts
import Dialogue
import Foundation
import TestSupport
import Testing

/// Every `Tests/Transcripts/*.transcript` replays to exactly its own text.
///
/// Set `UPDATE_TRANSCRIPTS=1` to rewrite them after a deliberate change of wording; review the
/// diff before committing it.
@Suite("Transcripts")
struct TranscriptTests {
  static let folder = packageRoot.appendingPathComponent("Tests/Transcripts")

  static var files: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".transcript") }.sorted()
  }

  @Test("there are transcripts to check")
  func thereAreTranscripts() {
    #expect(Self.files.count >= 1)
  }

  @Test("each transcript replays exactly", arguments: files)
  func replays(file: String) throws {
    let url = Self.folder.appendingPathComponent(file)
    let text = try String(contentsOf: url, encoding: .utf8)
    let transcript = Transcript.parse(text)
    let engine = try #require(Self.engine(for: transcript))
    let replayed = transcript.render(with: engine, plan: Self.planText(for: transcript, engine))
    if ProcessInfo.processInfo.environment["UPDATE_TRANSCRIPTS"] == "1" {
      try replayed.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    if replayed != text {
      let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
      let actual = replayed.split(separator: "\n", omittingEmptySubsequences: false)
      let line =
        (0..<min(expected.count, actual.count)).first { expected[$0] != actual[$0] }
        ?? min(expected.count, actual.count)
      Issue.record(
        """
        \(file) differs first at line \(line + 1):
          expected: \(line < expected.count ? String(expected[line]) : "<end>")
          actual:   \(line < actual.count ? String(actual[line]) : "<end>")
        """)
    }
  }

  /// The engine for a transcript's `script:` (a path from the package root, or a built-in id)
  /// and `mode:` (person or facilitator), with the lexicon, glossary and safety file a real
  /// run would use: beside the script when there, else built in.
  static func engine(for transcript: Transcript) -> Engine? {
    guard let reference = transcript.header["script"] else {
      Issue.record("the transcript has no 'script:' line")
      return nil
    }
    let scriptText: String?
    var folder: URL?
    if let builtIn = DefaultScripts.text(of: "\(reference).yaml") {
      scriptText = builtIn
    } else {
      let url = packageRoot.appendingPathComponent(reference)
      scriptText = try? String(contentsOf: url, encoding: .utf8)
      folder = url.deletingLastPathComponent()
    }
    guard let scriptText else {
      Issue.record("no script '\(reference)'")
      return nil
    }
    func dataFile(_ name: String) -> String? {
      if let folder,
        let local = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      {
        return local
      }
      return DefaultScripts.text(of: name)
    }
    let lexicon =
      dataFile("lexicon.yaml").flatMap { Lexicon.load(yaml: $0, file: "lexicon.yaml").lexicon }
      ?? Lexicon(concepts: [])
    let glossary =
      dataFile("glossary.yaml").flatMap { Glossary.load(yaml: $0, file: "glossary.yaml").glossary }
      ?? .empty
    let reader = dataFile("safety-reader.yaml").flatMap {
      SafetyReader.load(text: $0, file: "safety-reader.yaml").reader
    }
    let safety =
      dataFile("safety.yaml").flatMap { SafetyRules.load(yaml: $0, file: "safety.yaml").rules }
      .map { SafetyNet(rules: $0, reader: reader) } ?? .empty
    guard let script = loadScript(scriptText, lexicon: lexicon) else { return nil }
    let audience = Audience(rawValue: transcript.header["mode"] ?? "person") ?? .person
    return Engine(
      script: script, lexicon: lexicon, glossary: glossary, safety: safety, audience: audience,
      background: reviewedPlan(transcript).map {
        PlanReviewer.background(for: $0, today: transcript.start)
      }
        ?? background(for: transcript))
  }

  /// The plan version a review transcript follows (`review-of:`, a `.plan.json` beside it).
  static func reviewedPlan(_ transcript: Transcript) -> Plan? {
    guard let name = transcript.header["review-of"] else { return nil }
    let url = folder.appendingPathComponent(name)
    guard let json = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("no plan '\(name)' to review")
      return nil
    }
    return try? PlanJSON.decode(json)
  }

  /// The next version a review transcript makes from the plan it follows.
  static func reviewPlan(
    _ previous: Plan, _ engine: Engine, _ state: ConversationState, at time: Date
  ) -> Plan {
    let builder = PlanBuilder(
      script: engine.script, concepts: engine.concepts, glossary: engine.glossary)
    return PlanReviewer(builder: builder).build(
      previous: previous, from: state,
      metadata: .init(
        planID: previous.planId, sessionID: "review", version: previous.version + 1,
        createdAt: previous.createdAt, updatedAt: time,
        mode: engine.audience == .facilitator ? "facilitator" : nil))
  }

  /// What a review made of `inputs`: the plan it followed, the next version, the answers and
  /// what was said, with the engine. `header` holds the review's `now`, `review-of` and any
  /// `mode`, one "key: value" to a line, as a transcript's header does.
  struct ReviewRun {
    var previous: Plan
    var next: Plan
    var state: ConversationState
    var said: String
    var engine: Engine
  }

  static func replayReview(_ header: String, _ inputs: [String]) throws -> ReviewRun {
    let text = header + "script: review\n---\n" + inputs.map { "> \($0)\n" }.joined()
    let transcript = Transcript.parse(text)
    let engine = try #require(Self.engine(for: transcript))
    let previous = try #require(Self.reviewedPlan(transcript))
    let (state, outputs) = engine.replay(transcript.events)
    let next = Self.reviewPlan(
      previous, engine, state, at: transcript.events.last?.at ?? transcript.start)
    let said = outputs.flatMap(Transcript.lines(for:)).joined(separator: "\n")
    return ReviewRun(previous: previous, next: next, state: state, said: said, engine: engine)
  }

  /// The plan as the program shows it when a conversation ends (`PlanText`, 80 columns), built
  /// from the answers so far. A review's plan also needs the version it follows, which a
  /// transcript does not hold, so a review transcript marks the place with `[plan]` instead.
  static func planText(for transcript: Transcript, _ engine: Engine) -> (ConversationState) ->
    String?
  {
    { state in
      if transcript.header["agree-plan"] != nil {
        return agreedPlan(for: transcript, engine, state).map {
          PlanText.render(
            $0.readyToCheck, width: 80, footer: PlanFooter(safety: engine.safety.rules))
        }
      }
      if let previous = reviewedPlan(transcript) {
        let plan = reviewPlan(previous, engine, state, at: transcript.start)
        return PlanText.render(
          plan.readyToCheck, width: 80, footer: PlanFooter(safety: engine.safety.rules))
      }
      guard transcript.header["review-goals"] == nil else { return nil }
      let plan = PlanBuilder(
        script: engine.script, concepts: engine.concepts, glossary: engine.glossary
      )
      .build(
        from: state,
        metadata: .init(
          planID: "plan", createdAt: transcript.start, updatedAt: transcript.start,
          mode: engine.audience == .facilitator ? "facilitator" : nil))
      // Before the end it is the plan shown for checking (`show: plan`), as the program shows it.
      return PlanText.render(
        plan.readyToCheck, width: 80, footer: PlanFooter(safety: engine.safety.rules))
    }
  }

  /// A review's goals from the header, as `goal => step | goal => step`: what a stored plan
  /// version would give the engine.
  static func background(_ line: String?) -> Background {
    guard let line else { return .empty }
    let goals = line.split(separator: "|").map { goal -> Background.Item in
      let parts = goal.components(separatedBy: "=>").map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      return [
        Background.GoalField.text: parts[0],
        Background.GoalField.step: parts.count > 1 ? parts[1] : "",
      ]
    }
    return Background(lists: ["goals": goals])
  }
}
