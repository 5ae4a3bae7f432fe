import Dialogue
import Foundation
import TestSupport
import Testing

/// A category's `patterns` are clear statements and show the notice at once; its `ask-first`
/// patterns could be everyday words, and ask the check question first.
@Suite("Safety tiers")
struct SafetyTierTests {
  static let yaml = """
    services:
      - id: samaritans
        name: Samaritans
        contact: call 116 123
        say: Call Samaritans on 116 123.
    categories:
      - id: overdose
        title: Please get help now
        level: emergency
        message: Get help now.
        signpost: [samaritans]
        check: "Just to check: have you taken too much?"
        patterns:
          - took an overdose
        ask-first:
          - too many tablets
    """

  static func net() throws -> SafetyNet {
    let loaded = SafetyRules.load(yaml: yaml, file: "safety.yaml")
    let rules = try #require(loaded.rules, "\(loaded.diagnostics)")
    return SafetyNet(rules: rules)
  }

  @Test(
    "the tier follows the kind of pattern that matched, and a clear one wins",
    arguments: [
      ("I took an overdose", SafetyTier.clear),
      ("that is too many tablets", .check),
      ("too many tablets so I took an overdose", .clear),
    ])
  func tier(line: String, tier: SafetyTier) throws {
    let matches = try Self.net().check(line)
    #expect(matches.map(\.tier) == [tier])
  }

  @Test("the check question is read from the file")
  func checkQuestion() throws {
    let category = try #require(Self.net().rules.categories.first)
    #expect(category.check == "Just to check: have you taken too much?")
    #expect(category.askFirst == ["too many tablets"])
  }

  @Test("a line that matches nothing has no tier")
  func nothing() throws {
    #expect(try Self.net().check("I like my tablets").isEmpty)
  }
}
