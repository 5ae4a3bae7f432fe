import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// The part finder: the parts a step's own words clearly say at their end, and what is left
/// for what the person will do. Only clear phrases count; anything less is left to be asked.
@Suite struct StepPartPhrasesTests {
  static let today = Day(year: 2026, month: 12, day: 7)

  static func find(_ text: String) -> StepPartsFound? {
    let acts = BuiltIn.lexicon.acts
    return acts.stepParts.find(
      in: text, today: today, spell: { acts.normalised([$0]) },
      namesADoing: StepSentence.namesAnAction)
  }

  @Test func theLexiconHasTheLists() {
    #expect(!BuiltIn.lexicon.acts.stepParts.isEmpty)
  }

  @Test(arguments: [
    (
      "walk up and down the hallway for 5 mins after lunch", "walk up and down the hallway",
      [ReadBackPart.howMuch: "5 mins", .when: "after lunch"]
    ),
    (
      "walk to the end of the road and back with Imran on sundays",
      "walk to the end of the road and back with Imran", [.howOften: "on sundays"]
    ),
    ("walk 10 minutes", "walk", [.howMuch: "10 minutes"]),
    ("swim 3 laps", "swim", [.howMuch: "3 laps"]),
    ("walk to the gate after me dinner", "walk to the gate", [.when: "after me dinner"]),
    ("do my stretches in the morning", "do my stretches", [.when: "in the morning"]),
    ("rest at 3pm", "rest", [.when: "at 3pm"]),
    ("walk every day except friday", "walk", [.howOften: "every day except friday"]),
    ("ring my sister twice a week", "ring my sister", [.howOften: "twice a week"]),
    ("walk round the park", "walk", [.where: "round the park"]),
    (
      "walk in the hallway at home every day", "walk",
      [.where: "in the hallway at home", .howOften: "every day"]
    ),
    ("do my exercises from tomorrow", "do my exercises", [.start: "tomorrow"]),
    ("walk to the shop starting monday", "walk to the shop", [.start: "monday"]),
    (
      "walk for 10 mins after breakfast, every day", "walk",
      [.howMuch: "10 mins", .when: "after breakfast", .howOften: "every day"]
    ),
  ])
  func partsAtTheEndAreTaken(text: String, what: String, parts: [ReadBackPart: String]) throws {
    let found = try #require(Self.find(text))
    #expect(found.what == what)
    #expect(found.parts == parts)
  }

  @Test(arguments: [
    // No clear part: a number that counts no unit, a word that only looks like an opening.
    "walk to the 5 shops", "walk to the shop after all", "every bit helps",
    "walk a bit more, every bit helps", "go to the Care at Home group", "ring Care At Home",
    "visit my friend at Home Farm",
    // A part in the middle, with the step going on after it, is left to be asked.
    "walk for 10 minutes to the shop",
    // One weekday may be the day to start: asked, not guessed.
    "walk with Imran on sunday",
    // Nothing to do is left once the parts are out.
    "10 minutes", "every day", "at home",
    // "1 to the gate and back": no unit.
    "1 to the gate and back",
    // Days after someone said apart may be when they come: asked.
    "walk to the end of the road and back, with me on tuesdays",
  ])
  func unclearWordsAreNotTaken(text: String) {
    #expect(Self.find(text) == nil)
  }

  /// Days as Maureen typed them: two or more days said together come round, so they are how
  /// often, with the time of day said straight after them. Failed before the fix.
  @Test(arguments: [
    ("walk to the gate tuesdy and thursdy nite", "tuesdy and thursdy nite"),
    ("walk to the gate mon and fri", "mon and fri"),
    ("walk wensday and satday", "wensday and satday"),
    ("walk tues, thurs and fri mornings", "tues, thurs and fri mornings"),
  ])
  func daysAsTypedAreHowOften(text: String, often: String) throws {
    let found = try #require(Self.find(text))
    #expect(found.parts == [.howOften: often])
  }

  /// Words that only look like days stay words: a short form alone, or one day that may be
  /// the day to start.
  @Test(arguments: [
    "walk in the sun", "sit out in the sun", "walk to the gate mon", "walk with Imran on tuesdy",
    "walk to the shop and back", "ring my mum and fri",
  ])
  func wordsThatAreNotDaysStayWords(text: String) {
    #expect(Self.find(text) == nil)
  }

  @Test func aPartSaidTwiceIsNotTaken() {
    #expect(Self.find("walk every day after lunch every day") == nil)
  }
}
