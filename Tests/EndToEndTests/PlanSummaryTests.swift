import Foundation
import Testing

/// Tom sets three goals with the default conversation (as Tests/Transcripts/people-7).
let threeGoalAnswers = [
  "on my own", "Tom", "heart failure, diabetes", "done", "my wife", "a round of golf",
  "when I'm out of breath", "playing golf again", "no", "done", "the heart nurse",
  "weighing myself", "my breathing", "done",
  "walk nine holes", "I can walk nine holes", "no", "walk round the park", "one lap",
  "in the morning", "every day", "tomorrow", "yes", "8", "my wife", "in three weeks", "yes",
  "eat less salt", "my ankles are less swollen", "no", "stop adding salt at the table",
  "no salt shaker", "every meal", "at home", "every day", "today", "yes", "9", "my wife",
  "in a month", "yes",
  "sleep better", "I wake up less", "no", "go to bed at the same time", "same time", "10pm",
  "at home", "every night", "tonight", "yes", "7", "nobody", "in a month",
  "no", "no", "yes",
]

@Suite("The plan at the end, and its exports")
struct PlanSummaryTests {
  @Test("a three-goal conversation ends with the whole plan, each step under its own goal")
  func threeGoals() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let result = try run(["start"], lines: threeGoalAnswers, environment: store.environment)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    func index(_ line: String) throws -> Int {
      try #require(lines.firstIndex(of: line), "no line '\(line)' in the output")
    }
    let plan = try index("My plan (Tom)")
    let goals = try ["My goal 1", "My goal 2", "My goal 3"].map(index)
    let steps = try [
      "  - My next step: walk",
      "  - My next step: stop adding salt at the table",
      "  - My next step: go to bed at the same time",
    ].map(index)
    let texts = try [
      "  - Goal: walk nine holes", "  - Goal: eat less salt", "  - Goal: sleep better",
    ].map(index)
    #expect(plan < goals[0])
    for goal in 0..<3 {
      let end = goal < 2 ? goals[goal + 1] : lines.count
      #expect((goals[goal]..<end).contains(texts[goal]), "goal \(goal + 1)'s words")
      #expect((goals[goal]..<end).contains(steps[goal]), "goal \(goal + 1)'s step")
    }
    // The plan, not the raw answers with their read-backs and yes/no questions.
    for raw in ["Your answers", "Step check:", "Ideas: no", "Another goal (2): yes"] {
      #expect(!result.stdout.contains(raw), "'\(raw)' is shown")
    }
    #expect(result.stdout.contains("Well done, Tom. Here is your plan."))
    // The plan is shown to be checked before "are you happy with it?", and again at the end.
    let checking = try index("Are you happy with your plan?")
    let soFar = try #require(
      lines.firstIndex { $0.hasPrefix("Here is your plan so far.") }, "no plan to check")
    #expect(soFar < plan && plan < checking)
    #expect(lines.filter { $0 == "My plan (Tom)" }.count == 2)
    #expect((plan..<checking).contains(steps[2]), "the plan to check holds every goal's step")
  }

  @Test(
    "export --format text|markdown -o FILE writes what export prints, readable by its owner only",
    arguments: ["text", "markdown"])
  func exportToFile(format: String) throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let started = try run(
      ["start", "--script", fixture("scripts/small.yaml")], lines: smallAnswers,
      environment: store.environment)
    #expect(started.status == 0, "\(started.stderr)")
    let file = store.folder.appendingPathComponent("plan.\(format == "text" ? "txt" : "md")")
    let written = try run(
      ["export", "latest", "--format", format, "-o", file.path], lines: [],
      environment: store.environment)
    #expect(written.status == 0, "\(written.stderr)")
    #expect(written.stdout.isEmpty)
    #expect(written.stderr.contains("Saved the plan to \(file.path)"))
    let printed = try run(
      ["export", "latest", "--format", format], lines: [], environment: store.environment)
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text == printed.stdout)
    #expect(text.contains(format == "text" ? "My plan (Sam)" : "# My plan (Sam)"))
    #expect(text.contains("walk more"))
    let mode =
      try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test("export -o to a folder that does not exist fails with a sentence, not a trace")
  func exportToMissingFolder() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(
      ["start", "--script", fixture("scripts/small.yaml")], lines: smallAnswers,
      environment: store.environment)
    let missing = store.folder.appendingPathComponent("no/such/folder/plan.txt").path
    let result = try run(
      ["export", "latest", "--format", "text", "-o", missing], lines: [],
      environment: store.environment)
    #expect(result.status == 1)
    #expect(result.stderr.contains("CareCoach cannot write '\(missing)'"))
  }

  @Test("show --why wraps each source to the terminal width, its later lines indented")
  func whyIsWrapped() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    _ = try run(["start"], lines: threeGoalAnswers, environment: store.environment)
    let width = 40
    let result = try run(
      ["show", "latest", "--why"], lines: [],
      environment: store.environment.merging(["COLUMNS": "\(width)"]) { $1 })
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let start = try #require(lines.firstIndex(of: "WHERE EACH PART CAME FROM"))
    let why = lines[(start + 1)...]
    #expect(why.count > 5)
    for line in lines {
      #expect(line.count <= width, "too wide: \(line)")
    }
    #expect(why.allSatisfy { $0.hasPrefix("- ") || $0.hasPrefix("  ") || $0.isEmpty })
    #expect(why.contains { $0.hasPrefix("  ") }, "a long source goes on to a second line")
  }
}
