import Foundation
import Testing

/// The small plan's two goals agreed with the nurse: the first with a referral of the nurse's
/// own, the second not now; then the review date, and yes to the plan shown.
let agreeAnswers = [
  "1", "refer me to physio", "done", "not now", "skip", "no", "next Tuesday", "yes",
]

private func json(_ text: String) throws -> [String: Any] {
  try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

@Suite("Agreeing a plan with a professional: carecoach agree")
struct AgreeCommandTests {
  let small = ["start", "--script", fixture("scripts/small.yaml")]

  /// The opening names the day the version being agreed was made, not the day of the first:
  /// version 2 made by a review weeks later was said to be "from" the first plan's day.
  @Test("the opening names the day of the version agreed")
  func openingNamesTheVersionsDay() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    var env = store.environment
    env["CARECOACH_NOW"] = "2026-12-07T10:00:00Z"
    #expect(try run(small, lines: twoGoalAnswers, environment: env).status == 0)
    env["CARECOACH_NOW"] = "2027-01-18T10:00:00Z"
    let agreedFirst = try run(
      ["agree", "latest", "--with", "Sam Patel, practice nurse"], lines: agreeAnswers,
      environment: env)
    #expect(
      agreedFirst.stdout.contains("Agreeing version 1 of the plan from Monday 7 December 2026"))
    env["CARECOACH_NOW"] = "2027-01-25T10:00:00Z"
    let agreedAgain = try run(
      ["agree", "latest", "--with", "Sam Patel, practice nurse"], lines: [], environment: env)
    #expect(
      agreedAgain.stdout.contains("Agreeing version 2 of the plan from Monday 18 January 2027"))
  }

  @Test("an agreement makes version 2, agreed with the nurse, with their action theirs")
  func agreementMakesVersionTwo() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let env = store.environment
    #expect(try run(small, lines: twoGoalAnswers, environment: env).status == 0)
    let agreed = try run(
      ["agree", "latest", "--with", "Sam Patel, practice nurse"], lines: agreeAnswers,
      environment: env)
    #expect(agreed.status == 0, "\(agreed.stderr)")
    #expect(agreed.stdout.contains("Agreeing version 1 of the plan"))
    #expect(agreed.stdout.contains("What did you and Sam Patel agree about this goal?"))
    #expect(agreed.stdout.contains("Your agreed plan is saved as version 2."))

    let plan = try json(
      try run(["export", "latest", "--format", "json"], lines: [], environment: env).stdout)
    #expect(plan["version"] as? Int == 2)
    let agreement = try #require(plan["agreement"] as? [String: Any])
    let with = try #require(agreement["with"] as? [String: Any])
    #expect(with["name"] as? String == "Sam Patel")
    #expect(with["role"] as? String == "practice nurse")
    let outcomes = (agreement["goals"] as? [[String: Any]])?.map { $0["outcome"] as? String }
    #expect(outcomes == ["agreed", "not-now"])
    #expect(agreement["reviewDate"] as? String != nil)
    let goals = try #require(plan["goals"] as? [[String: Any]])
    let actions = try #require(goals.first?["actions"] as? [[String: Any]])
    #expect(actions.last?["what"] as? String == "refer me to physio")
    #expect(actions.last?["by"] as? String == "Sam Patel, practice nurse")

    let shown = try run(["show", "latest"], lines: [], environment: env)
    #expect(shown.stdout.contains("Agreed with Sam Patel, practice nurse, on "))
    #expect(shown.stdout.contains("When I will check in"))
    #expect(!shown.stdout.contains("Next review"))
    let fhir = try json(
      try run(["export", "latest", "--format", "fhir"], lines: [], environment: env).stdout)
    let carePlan = try #require(
      (fhir["entry"] as? [[String: Any]])?.compactMap { $0["resource"] as? [String: Any] }
        .first { $0["resourceType"] as? String == "CarePlan" })
    #expect(carePlan["status"] as? String == "active")
    #expect(carePlan["intent"] as? String == "plan")
  }

  @Test("typed in afterwards by a worker: their words, and the plan says who wrote it down")
  func recordedByAWorker() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let env = store.environment
    #expect(try run(small, lines: twoGoalAnswers, environment: env).status == 0)
    let agreed = try run(
      ["agree", "latest", "--with", "Dr Khan", "--mode", "facilitator", "--on", "today"],
      lines: agreeAnswers, environment: env)
    #expect(agreed.status == 0, "\(agreed.stderr)")
    #expect(agreed.stdout.contains("You are writing down what was agreed with Dr Khan."))
    #expect(agreed.stdout.contains("What was agreed about this goal?"))
    let shown = try run(["show", "latest"], lines: [], environment: env)
    #expect(shown.stdout.contains("Agreed with Dr Khan on "))
    #expect(shown.stdout.contains("Written down afterwards by a"))
  }

  @Test(
    "a professional that cannot be read is said plainly, and nothing is started",
    arguments: [
      ("", "Say who the plan is agreed with"),
      (" , ", "The name is missing."),
      (String(repeating: "x", count: 200), "That is too long for a name and a role."),
    ])
  func unclearProfessional(with: String, message: String) throws {
    try refused(["--with", with], message)
  }

  @Test("an appointment day that cannot be read, or is still to come, is said plainly")
  func unclearDay() throws {
    try refused(["--with", "Dr Khan", "--on", "soonish"], "cannot read 'soonish' as a day")
    try refused(["--with", "Dr Khan", "--on", "2099-01-01"], "has not come yet")
    // The plan was made today: it cannot have been agreed years before.
    try refused(["--with", "Dr Khan", "--on", "2020-01-06"], "cannot have been agreed on")
  }

  func refused(_ options: [String], _ message: String) throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let env = store.environment
    #expect(try run(small, lines: twoGoalAnswers, environment: env).status == 0)
    let refused = try run(["agree", "latest"] + options, lines: [], environment: env)
    #expect(refused.status == 64)
    #expect(refused.stderr.contains(message))
    let listed = try run(["list", "--json"], lines: [], environment: env)
    let rows = try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [Any]
    #expect(rows?.count == 1)
  }

  @Test("list calls an agreement an agreement, in the table and in JSON")
  func listedAsAnAgreement() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let env = store.environment
    #expect(try run(small, lines: twoGoalAnswers, environment: env).status == 0)
    let agreed = try run(
      ["agree", "latest", "--with", "Sam Patel, practice nurse"], lines: agreeAnswers,
      environment: env)
    #expect(agreed.status == 0, "\(agreed.stderr)")
    let listed = try run(["list", "--json"], lines: [], environment: env)
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
    #expect(rows.map { $0["kind"] as? String } == ["agreement", "conversation"])
    let table = try run(["list"], lines: [], environment: env).stdout
    let lines = table.split(separator: "\n").map(String.init)
    #expect(lines.first?.contains("KIND") == true)
    #expect(lines.dropFirst().first?.contains(" agreement ") == true, "\(table)")
    #expect(!lines.dropFirst().first!.contains(" review "), "\(table)")
  }

  @Test("latest in a store with two clients' plans lists them and asks; --client picks one")
  func latestIsScopedToAClient() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let env = store.environment
    let worker = small + ["--mode", "facilitator"]
    #expect(
      try run(worker + ["--client", "C-1"], lines: twoGoalAnswers, environment: env).status == 0)
    #expect(
      try run(worker + ["--client", "C-2"], lines: twoGoalAnswers, environment: env).status == 0)
    for command in [["agree", "latest", "--with", "Dr Khan"], ["review", "latest"]] {
      let refused = try run(command, lines: agreeAnswers, environment: env)
      #expect(refused.status == 1, "\(command)")
      #expect(refused.stderr.contains("more than one person"), "\(refused.stderr)")
      #expect(refused.stderr.contains("client C-1"))
      #expect(refused.stderr.contains("client C-2"))
      #expect(refused.stdout.isEmpty)
    }
    let agreed = try run(
      ["agree", "latest", "--client", "c-1", "--with", "Dr Khan"], lines: agreeAnswers,
      environment: env)
    #expect(agreed.status == 0, "\(agreed.stderr)")
    let rows = try #require(
      try JSONSerialization.jsonObject(
        with: Data(
          try run(["list", "--json", "--client", "C-1"], lines: [], environment: env).stdout
            .utf8)) as? [[String: Any]])
    #expect(rows.map { $0["kind"] as? String } == ["agreement", "conversation"])
    let both = try run(
      ["agree", rows[1]["id"] as? String ?? "", "--client", "C-1", "--with", "Dr Khan"],
      lines: [], environment: env)
    #expect(both.status == 64)
  }

  @Test("a worker recording an agreement sees the choices worded for them")
  func workerWording() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let env = store.environment
    #expect(try run(small, lines: twoGoalAnswers, environment: env).status == 0)
    let agreed = try run(
      ["agree", "latest", "--with", "Dr Khan", "--mode", "facilitator"], lines: agreeAnswers,
      environment: env)
    #expect(agreed.stdout.contains("1. Agreed as it is"))
    #expect(agreed.stdout.contains("3. Not agreed now: it stays in their plan for later"))
    #expect(!agreed.stdout.contains("We agree with it"))
    #expect(!agreed.stdout.contains("in my plan"))
  }
}
