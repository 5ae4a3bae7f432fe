import Foundation
import Testing

@testable import CarePlan

/// The package's folder: the nearest above this file that holds Package.swift.
private let root: URL = {
  var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  while folder.path != "/",
    !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
  {
    folder.deleteLastPathComponent()
  }
  return folder
}()

/// Margaret's agreed plan with a standing safety notice (Samaritans and Shout), a withdrawn one
/// (999), a long answer and a goal she has done: every kind of line the Easy Read plan has.
private func easyReadPlan() throws -> Plan {
  let url = root.appendingPathComponent("Tests/Fixtures/plans/easy-read.plan.json")
  return try PlanJSON.decode(String(contentsOf: url, encoding: .utf8))
}

/// The words of a sentence, as a reader counts them: "116 123" is two, a dash is none.
private func words(_ sentence: String) -> Int {
  sentence.split(whereSeparator: \.isWhitespace).filter {
    $0.contains { $0.isLetter || $0.isNumber }
  }
  .count
}

/// The sentences of a line: a stop, question mark or exclamation mark and a space end one.
private func sentences(_ line: String) -> [String] {
  line.replacingOccurrences(of: #"([.?!]) "#, with: "$1\n", options: .regularExpression)
    .split(separator: "\n").map(String.init)
}

/// Every line the plan itself says (not the person's words), title to footer.
private func framing(_ outline: EasyReadOutline) -> [String] {
  let blocks = outline.preface + outline.parts.flatMap(\.blocks)
  return blocks.flatMap { $0 }.filter { $0.kind == .framing }.map(\.text)
    + outline.footer(testFooter).map(\.text) + outline.parts.map(\.heading)
}

@Suite("The Easy Read plan")
struct EasyReadTests {
  @Test("every heading is a question, and the parts come in the order the plan is read")
  func headings() throws {
    let outline = EasyReadOutline(plan: try easyReadPlan())
    let headings = outline.parts.map(\.heading)
    #expect(headings.allSatisfy { $0.hasSuffix("?") }, "\(headings)")
    #expect(
      headings == [
        "Who can help me now?", "What matters to me?", "What will I do?", "What has changed?",
        "What do I want to talk about?", "What do I want to ask?", "What answers did I get?",
        "What about my health?", "Who helps me?", "What care helps me?",
        "When will I look at my plan again?",
      ])
  }

  @Test("several goals each have their own part, numbered, headed by a question")
  func severalGoals() throws {
    var plan = try easyReadPlan()
    plan.goals[1].status = .active
    let headings = EasyReadOutline(plan: plan).parts.map(\.heading)
    #expect(headings.contains("Goal 1: what will I do?"))
    #expect(headings.contains("Goal 2: what will I do?"))
    #expect(!headings.contains("What has changed?"))
  }

  @Test("no sentence of the plan's own is over 15 words, however long the answers are")
  func shortFraming() throws {
    var plan = try easyReadPlan()
    plan.agreement?.with.organisation = "Riverside Surgery and Community Health Centre, North Wing"
    plan.notes = [
      Plan.Note(
        text: "Rang on Monday.", at: Date(timeIntervalSince1970: 1_795_341_600), author: "worker",
        shared: false)
    ]
    for copy in [Plan.Copy.person, .worker] {
      let lines = framing(EasyReadOutline(plan: plan, copy: copy))
      #expect(lines.count > 30)
      let long = lines.flatMap(sentences).filter { words($0) > 15 }
      #expect(long.isEmpty, "\(long)")
    }
  }

  @Test("the check of sentence length can fail")
  func lengthCheckCanFail() {
    let long = "This sentence has far too many words in it for an Easy Read plan to print."
    #expect(words(long) > 15)
    #expect(
      sentences("Call 111. Or go to 111.nhs.uk now.") == ["Call 111.", "Or go to 111.nhs.uk now."])
  }

  @Test("the person's words are kept whole, a line each, and never cut")
  func ownWordsKept() throws {
    let plan = try easyReadPlan()
    let long = try #require(plan.whatMatters.last?.text)
    #expect(words(long) > 30)
    let outline = EasyReadOutline(plan: plan)
    let said = outline.parts.flatMap(\.blocks).flatMap { $0 }.filter { $0.kind == .words }
      .map(\.text)
    for text in [long, "walk to the end of the road with Bess", "after breakfast", "on our road"] {
      #expect(said.contains(text), "\(text)")
    }
    let page = EasyReadText.render(plan, width: 60, footer: testFooter)
    #expect(page.split(separator: "\n").allSatisfy { $0.count <= 60 })
    let joined = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .joined(separator: " ")
    #expect(joined.contains(long))
  }

  @Test("the urgent numbers come first, before what the plan is; a withdrawn notice adds none")
  func safetyFirst() throws {
    let plan = try easyReadPlan()
    let outline = EasyReadOutline(plan: plan)
    let urgent = try #require(outline.parts.first)
    #expect(urgent.urgent && urgent.heading == "Who can help me now?")
    let contacts = urgent.blocks.flatMap { $0 }.filter { $0.kind == .contact }.map(\.text)
    #expect(contacts == ["Samaritans: call 116 123", "Shout: text 85258"])
    for page in [
      EasyReadText.render(plan, footer: testFooter), EasyReadHTML.render(plan, footer: testFooter),
    ] {
      let help = try #require(page.range(of: "Who can help me now?"))
      let about = try #require(page.range(of: "I made this plan with CareCoach."))
      #expect(help.lowerBound < about.lowerBound)
      #expect(!page.contains("Emergency services"))
    }
  }

  @Test("a plan with no standing notice has no urgent part")
  func noSafety() throws {
    var plan = try easyReadPlan()
    plan.safety.removeLast()
    let outline = EasyReadOutline(plan: plan)
    #expect(!outline.parts.contains { $0.urgent })
    #expect(!EasyReadText.render(plan, footer: testFooter).contains("116 123"))
  }

  @Test("agreement, version and dates in words; the review date in words too")
  func agreementAndDates() throws {
    let text = EasyReadText.render(try easyReadPlan(), footer: testFooter)
    for line in [
      "I agreed this plan with:", "    Sam Patel, practice nurse",
      "We agreed it on Monday 14 December 2026.", "This is version 2 of my plan.",
      "I first made it on Sunday 22 November 2026.",
      "I will look at my plan again on Monday 25 January 2027.",
      "I will check how it went on Sunday 6 December 2026.",
      "I will start on Monday 23 November 2026.", "Sam Patel, practice nurse, will:",
      "This goal was agreed with some changes.", "I am 8 out of 10 sure I can do it.",
    ] {
      #expect(text.contains(line + "\n"), "\(line)")
    }
    #expect(!text.contains("2027-01-25"))
  }

  @Test("the web page: no table, 16pt text in print and on screen, big headings, nothing to fetch")
  func page() throws {
    let html = EasyReadHTML.render(try easyReadPlan(), footer: testFooter)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
    #expect(!html.contains("<table") && !html.contains("<td") && !html.contains("<th"))
    #expect(!html.contains("<script") && !html.contains("http"))
    let print = try #require(html.range(of: "@media print"))
    #expect(html[print.upperBound...].contains("body { font-size: 16pt;"))
    #expect(html.contains("font-size: 16pt; line-height: 1.5;"))
    #expect(html.contains("h1 { font-size: 28pt;") && html.contains("font-size: 22pt;"))
    #expect(html.components(separatedBy: "<h1>").count == 2)
    #expect(html.contains("<p class=\"words\">walk Bess to the park twice a week</p>"))
    #expect(html.contains("<p class=\"contact\">Samaritans: call 116 123</p>"))
  }

  @Test("the person's words are escaped in the web page")
  func escaped() throws {
    var plan = try easyReadPlan()
    plan.whatMatters[0].text = "<b>my</b> & \"garden\""
    let html = EasyReadHTML.render(plan, footer: testFooter)
    #expect(html.contains("&lt;b&gt;my&lt;/b&gt; &amp; &quot;garden&quot;"))
    #expect(!html.contains("<b>my</b>"))
  }

  @Test("a plan with nothing in it says so; an unfinished one says it is not finished")
  func emptyAndUnfinished() throws {
    var plan = try easyReadPlan()
    plan.status = .inProgress
    plan.agreement = nil
    let text = EasyReadText.render(plan, footer: testFooter)
    #expect(text.contains("This plan is not finished yet.\nSome parts may be missing.\n"))
    plan.whatMatters = []
    plan.goals = []
    plan.priorities = []
    plan.informationNeeds = []
    plan.conditions = []
    plan.person.support = []
    plan.life = .init(goodDay: [], hardDay: [], careThatHelps: [], careThatIsHard: [])
    plan.reviewDate = nil
    plan.safety = []
    #expect(EasyReadText.render(plan, footer: testFooter).contains("Nothing is written down yet."))
  }
}

/// The Easy Read plan of the fixture, against copies reviewed by hand. `UPDATE_GOLDEN=1`
/// rewrites them after a deliberate change; review the diff.
@Suite("The Easy Read plan, golden")
struct EasyReadGoldenTests {
  static let folder = root.appendingPathComponent("Tests/Fixtures/plans")

  static func rendered(_ plan: Plan) -> [(file: String, text: String)] {
    [
      ("easy-read.txt", EasyReadText.render(plan, footer: testFooter)),
      ("easy-read.html", EasyReadHTML.render(plan, footer: testFooter)),
    ]
  }

  @Test("each format matches its golden copy, line by line")
  func golden() throws {
    for (file, actual) in Self.rendered(try easyReadPlan()) {
      let url = Self.folder.appendingPathComponent(file)
      if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        continue
      }
      let expected = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
      let lines = actual.components(separatedBy: "\n")
      for (index, line) in expected.enumerated() {
        let got = index < lines.count ? lines[index] : "(no line)"
        #expect(got == line, "\(file): line \(index + 1) differs")
        if got != line { break }
      }
      #expect(lines.count == expected.count, "\(file): line count differs")
    }
  }

  @Test("the golden check can fail")
  func goldenCanFail() throws {
    var plan = try easyReadPlan()
    plan.goals[0].text = "walk Bess to the shop"
    let expected = try String(
      contentsOf: Self.folder.appendingPathComponent("easy-read.txt"), encoding: .utf8)
    #expect(EasyReadText.render(plan, footer: testFooter) != expected)
  }
}
