import Dialogue
import Foundation
import TestSupport
import Testing

/// The default safety file against phrases people really type: every must-flag phrase raises
/// its category, and no everyday phrase shows a notice. A check question on an everyday phrase
/// is not a false alarm, but the concept net must keep them few.
@Suite("Safety phrases")
struct SafetyCorpusTests {
  struct Case {
    var line: Int
    var category: String?
    var text: String
  }

  static func cases() -> [Case] {
    let source = UnderstandingFixtures.text("Tests/DialogueTests/Fixtures/safety-phrases.tsv")
    return source.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .compactMap { index, line in
        guard !line.hasPrefix("#"), !line.isEmpty else { return nil }
        let columns = line.split(separator: "\t").map(String.init)
        guard columns.count == 2 else {
          Issue.record("safety-phrases.tsv:\(index + 1): expected two columns")
          return nil
        }
        return Case(
          line: index + 1, category: columns[0] == "-" ? nil : columns[0], text: columns[1])
      }
  }

  @Test("the default safety file loads with no problems")
  func loads() {
    let loaded = SafetyRules.load(
      yaml: UnderstandingFixtures.text("Prompts/safety.yaml"), file: "Prompts/safety.yaml")
    #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
    let ids = Set(loaded.rules?.categories.map(\.id) ?? [])
    for id in [
      "suicidal-thoughts", "self-harm-overdose", "harm-to-others", "abuse-unsafe-home",
      "chest-pain", "stroke-signs", "severe-breathlessness", "collapse-fits-bleeding-allergy",
      "blood-sugar-confusion", "urgent-worsening", "mental-distress", "diagnosis-question",
      "medicine-change", "unsafe-goal",
    ] {
      #expect(ids.contains(id), "missing category \(id)")
    }
  }

  @Test("every must-flag phrase raises its category, and no everyday phrase shows a notice")
  func recallAndFalseAlarms() {
    let cases = Self.cases()
    let flagged = cases.filter { $0.category != nil }
    let everyday = cases.filter { $0.category == nil }
    #expect(flagged.count >= 150)
    #expect(everyday.count >= 100)
    var misses: [String] = []
    var alarms: [String] = []
    var checks: [String] = []
    for item in cases {
      let matches = SafetyFixtures.net.check(item.text)
      let found = matches.map(\.category.id)
      if let category = item.category {
        if !found.contains(category) {
          misses.append("line \(item.line): '\(item.text)' wanted \(category), found \(found)")
        }
      } else if matches.contains(where: { $0.tier == .clear }) {
        alarms.append("line \(item.line): '\(item.text)' raised \(found)")
      } else if !found.isEmpty {
        checks.append("line \(item.line): '\(item.text)' asks about \(found)")
      }
    }
    let recall = Double(flagged.count - misses.count) / Double(flagged.count)
    print(
      "safety corpus: \(flagged.count) must-flag, recall \(String(format: "%.1f", recall * 100))%; "
        + "\(everyday.count) must-not, \(alarms.count) false alarms, \(checks.count) check questions"
    )
    #expect(misses.isEmpty, "\(misses.joined(separator: "\n"))")
    #expect(alarms.isEmpty, "\(alarms.joined(separator: "\n"))")
    // These phrases were written to share words with emergencies, so more of them are asked
    // about than in everyday speech; one in six is the ceiling.
    #expect(checks.count * 6 <= everyday.count, "\(checks.joined(separator: "\n"))")
  }

  @Test("a notice shows the numbers the category lists, in plain words")
  func noticeWording() throws {
    let matches = SafetyFixtures.net.check("I want to end it all")
    let notice = try #require(
      SafetyFixtures.net.notice(for: matches, audience: .person))
    let text = notice.lines.joined(separator: "\n")
    #expect(text.contains("999"))
    #expect(text.contains("116 123"))
    #expect(text.contains("85258"))
    #expect(text.contains("call 111 and choose option 2"))
    #expect(!text.contains("reception"))
    #expect(notice.signposting.contains("Samaritans: call 116 123"))
    let abuse = SafetyFixtures.net.check("my husband hits me")
    let abuseText = try #require(
      SafetyFixtures.net.notice(for: abuse, audience: .person)
    ).lines.joined(separator: "\n")
    #expect(abuseText.contains("0808 2000 247"))
    #expect(abuseText.contains("0800 1111"))
  }

  @Test("negation does not switch a crisis off; the words are gentler")
  func negationKeepsTheNumbers() throws {
    let text = "I'm not suicidal but I think about it"
    let notice = try #require(
      SafetyFixtures.net.notice(for: SafetyFixtures.net.check(text), audience: .person))
    #expect(notice.categories == ["suicidal-thoughts"])
    #expect(notice.lines[0].contains("Even if you are not in danger"))
    #expect(notice.lines.joined().contains("116 123"))
  }

  /// The first line of the notice for `text`.
  func message(_ text: String) throws -> String {
    try #require(
      SafetyFixtures.net.notice(for: SafetyFixtures.net.check(text), audience: .person)
    ).lines[0]
  }

  @Test(
    "the gentle words only where the not denies the crisis words themselves",
    arguments: [
      ("I'm not suicidal but I think about it", true),
      ("I'm not going to hurt myself but I think about it", true),
      ("I would never kill myself, but I've thought about it", true),
      ("no, I'm not suicidal", true),
      ("I can't go on like this, I want to die", false),
      ("there's nothing to live for", false),
      ("I don't want to live any more", false),
      ("I can't sleep, I want to die", false),
      ("I'm not suicidal, but I want to die", false),
    ])
  func gentleOnlyWhenDenied(text: String, gentle: Bool) throws {
    let category = try #require(SafetyFixtures.net.check(text).first).category
    let first = try message(text)
    #expect(category.gentle != nil && category.gentle != category.message)
    #expect(first == (gentle ? category.gentle : category.message), "\(text)")
  }

  @Test("the urgent advice line names 111 online and by phone")
  func nhs111Line() throws {
    let text = "my foot ulcer is smelly and oozing"
    let notice = try #require(
      SafetyFixtures.net.notice(for: SafetyFixtures.net.check(text), audience: .person))
    #expect(notice.categories == ["urgent-worsening"])
    #expect(notice.lines.contains("For urgent advice, go to 111.nhs.uk or call 111."))
  }

  @Test("in a kiosk the notice also says to speak to reception")
  func kioskLine() throws {
    let text = "crushing pain in my chest"
    let notice = try #require(
      SafetyFixtures.net.notice(for: SafetyFixtures.net.check(text), audience: .kiosk))
    #expect(notice.lines.last == SafetyFixtures.rules.wording.kiosk)
    #expect(notice.lines.last?.contains("reception") == true)
  }

  @Test("the words that set a category off are reported, as typed")
  func matchedWords() {
    let found = SafetyFixtures.net.check("Since Tuesday there's a tight band round my chest.")
    #expect(found.map(\.category.id) == ["chest-pain"])
    #expect(found.first?.matched == ["band round my chest"])
  }

  @Test(
    "a short word missing a letter counts only beside exact words, in a pattern of several",
    arguments: [
      ("i want to kil myself", ["suicidal-thoughts"]),
      ("hart attack", ["chest-pain"]),
      ("kil", []),
      ("hart", []),
      ("kil myslf", []),
      ("I want to dig the garden", []),
      ("I want to go on a diet", []),
      ("there's no reason to lie", []),
    ])
  func shortWordSlips(text: String, categories: [String]) {
    #expect(SafetyFixtures.net.check(text).map(\.category.id) == categories, "\(text)")
  }

  @Test("an idiom's words are read by a pattern only when it takes in the whole idiom and more")
  func idiomsInsidePatterns() {
    #expect(SafetyFixtures.net.check("my chest is killing me").map(\.category.id) == ["chest-pain"])
    #expect(SafetyFixtures.net.check("this weather is killing me").isEmpty)
    #expect(SafetyFixtures.net.check("I keep fit by swimming").isEmpty)
    #expect(SafetyFixtures.net.check("I wish I was dead tired at night, I can't sleep").isEmpty)
  }

  @Test("an empty safety net finds nothing")
  func emptyNet() {
    #expect(SafetyNet.empty.check("I want to kill myself").isEmpty)
  }
}
