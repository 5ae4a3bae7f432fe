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
        clear-with:
          - on purpose
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
      // Words that ask first, with words that say it is no accident: a clear statement.
      ("I took too many tablets on purpose", .clear),
      ("too many tablets, on purpose", .clear),
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

  @Test("clear-with words alone raise nothing, and cannot undo a frame")
  func clearWithAlone() throws {
    #expect(try Self.net().check("I left the door open on purpose").isEmpty)
    // Words that ask first, let go by a frame, stay gone.
    let framed = try Self.net().check("years ago I took too many tablets on purpose")
    #expect(framed.isEmpty, "\(framed)")
  }

  @Test(
    "in the default file, a sign that could be everyday, said to be going on now, is clear",
    arguments: [
      ("my son had a seizure and its still going", "collapse-fits-bleeding-allergy"),
      ("blood wont stop coming from my leg", "collapse-fits-bleeding-allergy"),
      ("my dad fainted and hasnt woken up", "collapse-fits-bleeding-allergy"),
      ("breathless even sitting down", "severe-breathlessness"),
      ("Burnt my arm with the iron on purpose.", "self-harm-overdose"),
      ("I fainted twice today", "urgent-worsening"),
      // Two signs of one category: each could be everyday, both together are not.
      ("my dad had a tia last week and now he's slurring again", "stroke-signs"),
      ("I've given the dog to my neighbour and paid for my funeral", "suicidal-thoughts"),
    ])
  func goingOnNowIsClear(line: String, category: String) {
    let found = SafetyFixtures.net.check(line)
    #expect(found.contains { $0.category.id == category && $0.tier == .clear }, "\(found)")
  }

  @Test(
    "the same signs in the past, or stopped, still ask first or go",
    arguments: [
      "I had a seizure years ago, it still bothers me",
      "I fainted once years ago when I gave blood",
    ])
  func pastIsNotMadeClear(line: String) {
    let found = SafetyFixtures.net.check(line)
    #expect(found.allSatisfy { $0.tier == .check }, "\(found)")
  }
}
