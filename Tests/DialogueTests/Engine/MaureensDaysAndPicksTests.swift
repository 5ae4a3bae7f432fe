import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// Maureen's second run: her step's days put right where she said so, the one thing kept when
/// she said her two things were the same, and a wrong step typed at its versions taken back.
@Suite struct MaureensDaysAndPicksTests {
  static let step = "walk to the gate and back mondy and wensdy nite after tea, 5 minits"

  static func run(_ lines: [String]) throws -> (ConversationState, [Output]) {
    converse(try MaureensListsTests.engine(), lines)
  }

  /// "no its tuesdy and thursdy" to the day to start, just after the days were said back:
  /// the days change, and the day to start is asked again. It was the day to start.
  @Test func daysPutRightAtTheDayToStart() throws {
    let lines =
      MaureensListsTests.linesBefore("step_what") + [
        Self.step, "outside", "no its tuesdy and thursdy",
      ]
    let (state, outputs) = try Self.run(lines)
    #expect(outputs.text.contains("I've changed how often to: Tuesday and Thursday night."))
    #expect(state.value("step_start_date") == nil)
    #expect(state.current?.question == "step_start_date")
  }

  /// "no. its tuesdy and thursdy not mondy wensdy" at the read-back: the days before "not" are
  /// the right ones, and the day to start moves to the first of them. It changed only the day
  /// to start, and the wrong days stayed.
  @Test func daysPutRightWithTheWrongOnesNamed() throws {
    let lines =
      MaureensListsTests.linesBefore("step_what") + [
        Self.step, "outside", "tomorrow", "no. its tuesdy and thursdy not mondy wensdy",
      ]
    let (state, outputs) = try Self.run(lines)
    #expect(outputs.text.contains("I've changed how often to: Tuesday and Thursday night."))
    // "tomorrow" was Monday 23 November, now no day of the step.
    #expect(outputs.text.contains("I've changed start date to: Tuesday 24 November 2026."))
    guard case .text(let often)? = state.value("step_how_often") else {
      Issue.record("no how often")
      return
    }
    #expect(!often.lowercased().contains("mon") && !often.lowercased().contains("wed"))
  }

  @Test(arguments: ["the days", "days"])
  func theDaysInThePartMenuAreHowOften(line: String) throws {
    let lines =
      MaureensListsTests.linesBefore("step_what") + [Self.step, "outside", "tomorrow", "no", line]
    let (state, _) = try Self.run(lines)
    #expect(state.current?.question == "step_how_often")
  }

  /// "its the same thing" to "Which one matters most?": kept together, never the one thing.
  @Test(arguments: ["its the same thing", "theyre the same", "same thing really"])
  func sameThingKeepsThemTogether(line: String) throws {
    let lines =
      MaureensListsTests.linesBefore("one_thing") + ["me knees. will they get beter", line]
    let (state, outputs) = try Self.run(lines)
    #expect(outputs.text.contains("I've kept it as one thing."))
    guard case .text(let kept)? = state.value("one_thing") else {
      Issue.record("no one thing")
      return
    }
    #expect(kept.contains("me knees") && !kept.contains("same"))
  }

  /// "no thats wrong" to versions of a step she typed by mistake: none is kept, and the step
  /// is asked for again. It was taken as keeping her words.
  @Test func thatsWrongAtTheVersionsAsksForTheStepAgain() throws {
    let engine = try MaureensListsTests.engine()
    var lines = MaureensListsTests.linesBefore("step_what")
    lines += ["make it simpler", "see the grandkids more", "no thats wrong"]
    let (state, outputs) = converse(engine, lines)
    #expect(outputs.text.contains("Let's put that right."))
    #expect(state.value("step_what") == nil)
    #expect(state.current?.question == "step_what")
  }

  /// "dont no" is "don't know" spelt as it sounds: the "yes" at the start stands.
  @Test(arguments: [
    ("yes i got a leter but i dont no wat it means", true), ("i dont no", nil),
    ("no i didnt", false),
  ])
  func dontNoIsDontKnow(line: String, reply: Bool?) throws {
    #expect(try MaureensListsTests.engine().acts.yesNo(line) == reply)
  }

  /// "wat do u mean easier", asked of "Shall we make the step a bit easier?" in the easier way:
  /// what an easier step is, not the same words again.
  @Test func whatAnEasierStepIsWhenAsked() throws {
    var lines = MaureensListsTests.linesBefore("confidence")
    lines += ["make it simpler", "3", "wat do u mean easier"]
    let (state, outputs) = try Self.run(lines)
    #expect(state.current?.question == "make_smaller")
    #expect(
      outputs.text.hasSuffix("You can do more later.")
        || outputs.text.contains(
          "An easier step is a smaller bit of the same thing.")
    )
  }
}
