import Dialogue
import Foundation
import Testing

@testable import CarePlan

@Suite("What was said after the yes")
struct SaidWithAnAnswerTests {
  @Test(
    "the words after the yes are kept; a yes alone, or words that were the answer, keep nothing",
    arguments: [
      ("yes, I've got my first session on the 20th", "I've got my first session on the 20th"),
      ("she did it - physio is booked for January", "physio is booked for January"),
      ("Yes.", nil),
      ("done", nil),
      ("yesterday they rang me", nil),
      ("all done!", nil),
    ] as [(String, String?)])
  func wordsAfterTheYes(typed: String, kept: String?) {
    #expect(SaidWithAnAnswer.words(typed) == kept)
  }
}

@Suite("What was said after a number, a yes or no, or a choice")
struct AnswerNoteTests {
  static let at = Date(timeIntervalSince1970: 0)

  static func answer(_ value: AnswerValue, _ words: String) -> Answer {
    Answer(value: value, words: words, concepts: [], at: at)
  }

  @Test(
    "the words after the number are its note; a number alone, or with only a hedge, has none",
    arguments: [
      ("7, unless it's cold", "unless it's cold"),
      ("8 out of 10 - if my knee holds up", "if my knee holds up"),
      ("seven, maybe less on a bad day", "maybe less on a bad day"),
      ("7", nil),
      ("7 I think", nil),
      ("7/10.", nil),
    ] as [(String, String?)])
  func afterTheNumber(typed: String, kept: String?) {
    #expect(AnswerNote.note(of: Self.answer(.number(7), typed), question: nil) == kept)
  }

  @Test(
    "the words after a yes or no are its note",
    arguments: [
      ("yes, but only mornings", "but only mornings"),
      ("no - it's the cold now", "it's the cold now"),
      ("yes please", nil),
      ("yes", nil),
    ] as [(String, String?)])
  func afterYesOrNo(typed: String, kept: String?) {
    #expect(SaidWithAnAnswer.note(of: Self.answer(.yesNo(true), typed), question: nil) == kept)
  }

  @Test("the words after a choice's name are its note, as the choice was picked")
  func afterAChoice() {
    let question = Question(
      id: "their_action_1", text: Template(literal: "Has that been done?"), kind: .choice,
      choices: [
        Choice(id: "done", text: "Yes, it has been done", synonyms: ["yes", "done"]),
        Choice(id: "open", text: "Not yet, it is still to do", synonyms: ["no", "not yet"]),
      ], location: SourceLocation(file: "test", line: 1, column: 1))
    let open = Self.answer(.choice("open"), "not yet - Jo will ring me on Monday")
    #expect(SaidWithAnAnswer.note(of: open, question: question) == "Jo will ring me on Monday")
    #expect(SaidWithAnAnswer.note(of: Self.answer(.choice("open"), "2"), question: question) == nil)
  }

  @Test("a number picked in words in the easier way has no note: the words are the answer")
  func easierWords() {
    var answer = Self.answer(.number(3), "a bit sure, I suppose")
    answer.inWords = "a bit sure"
    #expect(SaidWithAnAnswer.note(of: answer, question: nil) == nil)
  }
}
