import CarePlan
import Foundation
import TestSupport
import Testing

/// Priya's plan as drafted (version 1), reviewed with a changed goal (version 2) and agreed
/// with her nurse (version 3): the check-in reads the same way in all three, in every format
/// and in the changes between them. Before, an agreed version said its next review twice (a
/// line under the title and the section at the end), and `show --changes` named it in words of
/// its own.
@Suite("The check-in reads the same across versions")
struct CheckInAcrossVersionsTests {
  static func version(_ name: String) throws -> Plan {
    let url = TranscriptTests.folder.appendingPathComponent("\(name).plan.json")
    return try PlanJSON.decode(try String(contentsOf: url, encoding: .utf8))
  }

  static func versions() throws -> [Plan] {
    try [
      "people-2-sugars", "reviewed-11-priya-changes-a-goal",
      "agree-11-priya-agrees-the-changed-goal",
    ].map(version)
  }

  static let footer = PlanFooter(help: [])
  static let heading = "When I will check in"

  /// The section headings in the order the plan shows them.
  static func headings(_ plan: Plan) -> [String] {
    PlanMarkdown.render(plan, footer: footer).split(separator: "\n")
      .filter { $0.hasPrefix("## ") }.map { String($0.dropFirst(3)) }
  }

  @Test("the three versions are a draft, a review and an agreement of one plan")
  func theVersions() throws {
    let plans = try Self.versions()
    #expect(plans.map(\.version) == [1, 2, 3])
    #expect(plans[0].agreement == nil && plans[1].agreement == nil)
    #expect(plans[2].agreement?.reviewDate == plans[1].reviewDate)
    #expect(plans[1].reviewDate != nil)
  }

  @Test("one next review, under the same heading, last before the notes, in every version")
  func oneNextReview() throws {
    for plan in try Self.versions() {
      let text = PlanText.render(plan, width: 200, footer: Self.footer)
      let markdown = PlanMarkdown.render(plan, footer: Self.footer)
      let html = PlanHTML.render(plan, footer: Self.footer)
      for shown in [text, markdown, html] {
        #expect(!shown.contains("Next review"), "version \(plan.version)")
        let times = plan.reviewDate == nil ? 1 : 2
        #expect(
          shown.components(separatedBy: Self.heading).count == times, "version \(plan.version)")
      }
      // After the goals and what else was agreed: only the notes may follow it.
      let headings = Self.headings(plan)
      // The draft has no next review yet: only its goal's check-in.
      guard let at = headings.firstIndex(of: Self.heading) else {
        #expect(plan.reviewDate == nil)
        continue
      }
      #expect(!headings[..<at].contains(Self.heading))
      #expect(
        headings[(at + 1)...].allSatisfy {
          $0 == "Notes from the worker" || $0.hasPrefix("Other things I said")
        }, "version \(plan.version): \(headings)")
      #expect(headings[..<at].last?.hasPrefix("My goal") == true, "version \(plan.version)")
    }
  }

  @Test("the reviewed and agreed versions show the same check-in section, in each format")
  func sameSection() throws {
    let plans = try Self.versions()
    #expect(plans[1].reviewDate == "2027-01-28")
    let day = "Thursday 28 January 2027"
    for plan in plans.dropFirst() {
      let text = PlanText.render(plan, width: 200, footer: Self.footer)
      let rule = String(repeating: "-", count: Self.heading.count)
      #expect(text.contains("\(Self.heading)\n\(rule)\n  - \(day)\n"), "version \(plan.version)")
      let markdown = PlanMarkdown.render(plan, footer: Self.footer)
      #expect(markdown.contains("## \(Self.heading)\n\n- \(day)\n"), "version \(plan.version)")
      let html = PlanHTML.render(plan, footer: Self.footer)
      #expect(
        html.contains(">\(Self.heading)</h2>\n<ul>\n<li>\(day)</li>\n"), "version \(plan.version)")
    }
  }

  @Test("a goal's check-in on another day is the step's, in every version that has both")
  func theStepsCheckIn() throws {
    let plans = try Self.versions()
    let goal = try #require(plans[1].goals.last)
    #expect(goal.reviewDate == "2027-01-10")
    let day = "Sunday 10 January 2027"
    #expect(goal.reviewDate != plans[1].reviewDate)
    for plan in plans.dropFirst() {
      let markdown = PlanMarkdown.render(plan, footer: Self.footer)
      #expect(markdown.contains("- Check in on this step: \(day)"), "version \(plan.version)")
      let html = PlanHTML.render(plan, footer: Self.footer)
      #expect(html.contains("<strong>Check in on this step:</strong> \(day)"))
      let text = PlanText.render(plan, width: 200, footer: Self.footer)
      #expect(text.contains("Check in on this step: \(day)"))
    }
    // The draft has no next review: its goal's day is simply the check-in.
    let draft = PlanMarkdown.render(plans[0], footer: Self.footer)
    #expect(draft.contains("- Check in: "))
    #expect(!draft.contains("Check in on this step"))
  }

  @Test("show --changes names the check-in as the versions do")
  func changesSayTheSame() throws {
    let plans = try Self.versions()
    let reviewed = PlanChanges.lines(from: plans[0], to: plans[1])
    let review = "Thursday 28 January 2027"
    let step = "Sunday 10 January 2027"
    #expect(reviewed.contains("\(Self.heading): \(review) (was not set)"))
    #expect(reviewed.contains("  Check in on this step: \(step)"))
    #expect(!reviewed.contains { $0.contains("Next look at the whole plan") })
    // Agreed on the same day: nothing about the check-in changed.
    let agreed = PlanChanges.lines(from: plans[1], to: plans[2])
    #expect(!agreed.contains { $0.contains(Self.heading) || $0.contains("Check in") })
  }
}
