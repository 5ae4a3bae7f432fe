import Foundation
import Testing

/// A conversation with two goals: "walk more" (7 out of 10) and "sleep better".
let twoGoalAnswers = [
  "Sam", "2", "walking the dog", "my hip, sleep", "done", "yes", "3", "1 and 3", "walk more",
  "7", "next Tuesday", "yes", "sleep better", "six or seven", "in a fortnight", "no",
]

/// A review of those goals: keep the first, whose step carries over, and change the second,
/// which had no step, so a new one is asked for part by part.
let reviewAnswers = [
  // walk more: kept, so only its check-in day is asked
  "7", "most days, not when it rained", "keep", "in two weeks",
  // sleep better
  "3", "hard to settle", "change", "wind down by ten", "no screens after ten", "skip",
  "at bedtime", "skip", "every night", "skip", "yes", "5", "my phone", "leave it downstairs",
  "skip", "6", "my neighbour", "skip",
  // what is new, when to look again, and the new plan checked
  "skip", "skip", "my knee, money worries", "done", "money worries", "can I drive?", "done",
  "next Tuesday", "yes",
]

private func json(_ text: String) throws -> [String: Any] {
  try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

@Suite("Reviewing a plan: carecoach review, plan versions, show --version and --changes")
struct ReviewCommandTests {
  let small = ["start", "--script", fixture("scripts/small.yaml")]

  @Test("a review makes version 2; version 1 stays readable; the changes are shown in words")
  func reviewMakesVersionTwo() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let env = store.environment
    #expect(try run(small, lines: twoGoalAnswers, environment: env).status == 0)
    let reviewed = try run(["review", "latest"], lines: reviewAnswers, environment: env)
    #expect(reviewed.status == 0, "\(reviewed.stderr)")
    #expect(reviewed.stdout.contains("Reviewing version 1 of the plan"))
    #expect(reviewed.stdout.contains("2 goals to look"))
    #expect(reviewed.stdout.contains("Your goal was: walk more"))
    #expect(reviewed.stdout.contains("Your goal was: sleep better"))
    #expect(reviewed.stdout.contains("Your plan is saved as version 2."))

    let listed = try run(["list", "--json"], lines: [], environment: env)
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
    #expect(rows.map { $0["kind"] as? String } == ["review", "conversation"])
    #expect(rows.map { $0["planVersion"] as? Int } == [2, 1])
    let conversation = try #require(rows.last?["id"] as? String)
    #expect(Set(rows.compactMap { $0["planId"] as? String }) == ["plan-\(conversation)"])

    // The conversation's id is version 1's own, and shows it (issue 18: it showed the
    // newest); latest, the review, is the newest version; --version picks one by number.
    let first = try json(
      try run(["export", conversation, "--format", "json"], lines: [], environment: env).stdout)
    #expect(first["version"] as? Int == 1)
    let newest = try json(
      try run(["export", "latest", "--format", "json"], lines: [], environment: env).stdout)
    #expect(newest["version"] as? Int == 2)
    let goals = try #require(newest["goals"] as? [[String: Any]])
    #expect(
      goals.map { $0["text"] as? String } == ["walk more", "sleep better", "wind down by ten"])
    #expect(goals.map { $0["status"] as? String } == ["active", "changed", "active"])
    let progress = try #require(goals.first?["progress"] as? [[String: Any]])
    #expect(progress.first?["rating"] as? Int == 7)
    #expect(progress.first?["text"] as? String == "most days, not when it rained")
    let priorities = try #require(newest["priorities"] as? [[String: Any]])
    #expect(priorities.first?["text"] as? String == "money worries")

    let old = try json(
      try run(
        ["export", conversation, "--format", "json", "--version", "1"], lines: [],
        environment: env
      ).stdout)
    #expect(old["version"] as? Int == 1)
    #expect((old["goals"] as? [[String: Any]])?.count == 2)
    #expect(((old["goals"] as? [[String: Any]])?.first?["progress"] as? [Any])?.isEmpty == true)

    let shownOld = try run(["show", conversation, "--version", "1"], lines: [], environment: env)
    #expect(shownOld.status == 0)
    #expect(!shownOld.stdout.contains("How it went"))
    #expect(shownOld.stdout.contains("This is version 1 of 2."))
    let shownNew = try run(["show", "latest"], lines: [], environment: env)
    #expect(shownNew.stdout.contains("Version 2, updated at a review"))
    #expect(shownNew.stdout.contains("sleep better (changed: see the new goal below)"))

    let changes = try run(["show", conversation, "--changes"], lines: [], environment: env)
    #expect(changes.status == 0)
    #expect(changes.stdout.contains("From version 1 to version 2"))
    #expect(changes.stdout.contains("- New goal: wind down by ten"))
    #expect(changes.stdout.contains("Now: changed to a new goal (was in progress)"))
    #expect(changes.stdout.contains("- New question: can I drive?"))

    let missing = try run(["show", conversation, "--version", "3"], lines: [], environment: env)
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("This plan has versions 1 to 2; there is no version 3."))
  }

  @Test("a review needs a finished plan, and only one review of a plan runs at a time")
  func refusals() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let env = store.environment
    _ = try run(small, lines: ["Sam"], environment: env)
    let early = try run(["review", "latest"], lines: [], environment: env)
    // Nothing was wrong with the command line: status 1 and no usage text.
    #expect(early.status == 1)
    #expect(early.stderr.contains("has not finished, so there is no plan to review yet"))
    #expect(!early.stderr.contains("Usage:"))

    let direct = try run(["start", "--script", "review"], lines: [], environment: env)
    // A script that cannot be started is a mistake in the command line: 64, with the usage.
    #expect(direct.status == 64)
    #expect(direct.stderr.contains("Usage:"))
    #expect(direct.stderr.contains("follows up an existing plan"))

    let other = try TemporaryStore()
    defer { other.remove() }
    #expect(try run(small, lines: twoGoalAnswers, environment: other.environment).status == 0)
    let stopped = try run(["review", "latest"], lines: ["7"], environment: other.environment)
    #expect(stopped.status != 0)
    #expect(stopped.stderr.contains("carecoach resume"))
    let second = try run(["review", "latest"], lines: [], environment: other.environment)
    #expect(second.status == 1)
    #expect(second.stderr.contains("A review of this plan is already under way"))
  }

  @Test("a review stopped part way resumes to the same version; the next review starts from it")
  func resumeAndReviewAgain() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let env = store.environment
    #expect(try run(small, lines: twoGoalAnswers, environment: env).status == 0)
    let part = try run(
      ["review", "latest"], lines: Array(reviewAnswers.prefix(5)), environment: env)
    #expect(part.status == 1)
    let draft = try run(["show", "latest"], lines: [], environment: env)
    #expect(draft.stdout.contains("A review under way: this becomes version 2"))
    let resumed = try run(
      ["resume", "latest"], lines: Array(reviewAnswers.dropFirst(5)), environment: env)
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stdout.contains("Your plan is saved as version 2."))

    // The second review goes through the goals in progress in version 2: walk more, and the
    // goal that replaced sleep better.
    let again = try run(
      ["review", "latest"],
      lines: [
        "9", "every day", "achieved", "4", "skip", "drop", "skip", "skip", "skip", "skip",
        "skip", "skip", "yes",
      ], environment: env)
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.contains("Reviewing version 2 of the plan"))
    #expect(again.stdout.contains("Your goal was: wind down by ten"))
    #expect(!again.stdout.contains("Your goal was: sleep better"))
    #expect(again.stdout.contains("Your plan is saved as version 3."))
    let v3 = try json(
      try run(["export", "latest", "--format", "json"], lines: [], environment: env).stdout)
    #expect(v3["version"] as? Int == 3)
    #expect(
      (v3["goals"] as? [[String: Any]])?.map { $0["status"] as? String }
        == ["achieved", "changed", "dropped"])
    let all = try run(["show", "latest", "--changes"], lines: [], environment: env)
    #expect(all.stdout.contains("From version 1 to version 2"))
    #expect(all.stdout.contains("From version 2 to version 3"))
    #expect(all.stdout.contains("Now: done (was in progress)"))
  }

  @Test("a worker sees a client's plans over time; deleting the plan deletes its reviews")
  func clientHistoryAndDelete() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let env = store.environment
    let started = try run(
      small + ["--mode", "facilitator", "--client", "C-17"], lines: twoGoalAnswers,
      environment: env)
    #expect(started.status == 0)
    let reviewed = try run(["review", "latest"], lines: reviewAnswers, environment: env)
    #expect(reviewed.status == 0, "\(reviewed.stderr)")
    #expect(reviewed.stdout.contains("Read their goal back to them: walk more"))

    let listed = try run(["list", "--client", "C-17"], lines: [], environment: env)
    #expect(listed.stdout.contains("PLANS OVER TIME FOR CLIENT C-17"))
    #expect(listed.stdout.contains("v1"))
    #expect(listed.stdout.contains("first conversation: 2 goals in progress"))
    #expect(listed.stdout.contains("v2"))
    #expect(listed.stdout.contains("2 goals in progress"))

    let rows = try #require(
      try JSONSerialization.jsonObject(
        with: Data(try run(["list", "--json"], lines: [], environment: env).stdout.utf8))
        as? [[String: Any]])
    let conversation = try #require(rows.last?["id"] as? String)
    let review = try #require(rows.first?["id"] as? String)
    // Version 2's goals are both kept; its one question still stands.
    let secondReview = [
      "7", "fine", "keep", "skip", "5", "ok", "keep", "yes", "skip", "2", "skip", "skip", "skip",
      "skip", "skip", "yes",
    ]
    #expect(try run(["review", "latest"], lines: secondReview, environment: env).status == 0)
    let refused = try run(["delete", review], lines: [], environment: env)
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("builds on this one"))
    let deleted = try run(["delete", conversation, "--yes"], lines: [], environment: env)
    #expect(deleted.status == 0, "\(deleted.stderr)")
    #expect(deleted.stdout.contains("its 2 reviews"))
    let empty = try run(["list"], lines: [], environment: env)
    #expect(empty.stdout.contains("There are no saved conversations yet."))
    let database = try Data(contentsOf: URL(fileURLWithPath: store.path))
    #expect(database.range(of: Data("wind down by ten".utf8)) == nil)
  }

  @Test("the new plan is shown and asked about before it is saved; a stop before yes resumes")
  func checkedBeforeSaving() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let env = store.environment
    #expect(try run(small, lines: twoGoalAnswers, environment: env).status == 0)
    let unsure = try run(
      ["review", "latest"], lines: Array(reviewAnswers.dropLast()) + ["no"], environment: env)
    #expect(unsure.status == 1, "input ended before yes: nothing is saved as a version")
    let shown = try #require(unsure.stdout.range(of: "Here is your new plan."))
    let asked = try #require(unsure.stdout.range(of: "Is this right?"))
    #expect(shown.lowerBound < asked.lowerBound)
    #expect(unsure.stdout.contains("To fix something, type change and what to change"))
    #expect(!unsure.stdout.contains("Your plan is saved as version 2."))
    let rows = try #require(
      try JSONSerialization.jsonObject(
        with: Data(try run(["list", "--json"], lines: [], environment: env).stdout.utf8))
        as? [[String: Any]])
    #expect(rows.map { $0["planVersion"] as? Int } == [nil, 1])

    let resumed = try run(
      ["resume", "latest"], lines: ["change the one thing", "my knee", "yes", "yes"],
      environment: env)
    #expect(resumed.status == 0, "\(resumed.stderr)")
    // After the change the new plan is shown again, with the change, and asked about again.
    let again = try #require(resumed.stdout.range(of: "Here is your new plan."))
    #expect(resumed.stdout[again.upperBound...].contains("1. my knee (the one thing)"))
    #expect(resumed.stdout.contains("Your plan is saved as version 2."))
    let v2 = try json(
      try run(["export", "latest", "--format", "json"], lines: [], environment: env).stdout)
    let priorities = try #require(v2["priorities"] as? [[String: Any]])
    #expect(priorities.first?["text"] as? String == "my knee")
    let goals = try #require(v2["goals"] as? [[String: Any]])
    #expect(goals.first?["confidence"] as? Int == 7, "a kept goal keeps how sure it was")
  }

  @Test("show --changes says what each changed part was, wrapped to the width")
  func changesWrapped() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    var env = store.environment
    #expect(try run(small, lines: twoGoalAnswers, environment: env).status == 0)
    #expect(try run(["review", "latest"], lines: reviewAnswers, environment: env).status == 0)
    env["COLUMNS"] = "40"
    let changes = try run(["show", "latest", "--changes"], lines: [], environment: env)
    #expect(changes.status == 0)
    let lines = changes.stdout.split(separator: "\n")
    #expect(lines.allSatisfy { $0.count <= 40 }, "\(changes.stdout)")
    #expect(changes.stdout.contains("(was not set)"))
    #expect(!changes.stdout.contains("(was no date)"))
    #expect(!changes.stdout.contains("->"))
  }
}
