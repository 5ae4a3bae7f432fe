import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// Maureen's lists and the end of the conversation, each as she typed it: ending a list
/// ("dun", "thats it now ta"), taking items off by where they sit ("take off number 2"), "change
/// my questions", "can i see it agen", and a pick by number with a hedge ("1 and 3 i spose").
/// Each failed before its fix; the lines that must still be items are here too.
@Suite struct MaureensListsTests {
  static func engine() throws -> Engine { try ReadingLittleFollowUpTests.engine() }

  static func linesBefore(_ question: String) -> [String] {
    DialogueActEngineTests.linesBefore(question)
  }

  /// The same lines with none of the three stock questions picked, so her own list is the only
  /// one holding questions and "change my questions" opens it at once.
  static func withoutPicks(_ lines: [String]) -> [String] {
    lines.map { $0 == "1 and 2 and 3" ? "skip" : $0 }
  }

  static let questions = [
    "will i need an xray", "how long will it hurt", "can i have a home visit",
  ]

  // MARK: Ending a list

  @Test(arguments: [
    "dun", "thats it now ta", "thats all", "thats it thanks", "nothing else", "no more", "finished",
    "im done", "that's the lot", "Dun ta", "thats the lot now thanks",
  ])
  func aClosingEndsTheList(line: String) throws {
    let lines = Self.linesBefore("anything_else") + ["will i need an xray", line]
    let (state, _) = converse(try Self.engine(), lines)
    #expect(state.value("anything_else") == .list(["will i need an xray"]))
    #expect(state.current?.question == "ready")
  }

  @Test(arguments: [
    "dun know what to ask", "the lot of them hurt", "is it done by a nurse",
    "finished my tablets what now", "no more tablets please",
  ])
  func aLineWithMoreIsStillAnItem(line: String) throws {
    let lines = Self.linesBefore("anything_else") + ["will i need an xray", line, "done"]
    let (state, _) = converse(try Self.engine(), lines)
    #expect(state.value("anything_else") == .list(["will i need an xray", line]))
  }

  @Test func aServiceCanAddItsOwnClosings() {
    var words = ActWords()
    #expect(!DialogueActReader(words: words).endsTheList("all good ta"))
    words.endList = [["all", "good"]]
    words.spellings["ta"] = ["thanks"]
    #expect(DialogueActReader(words: words).endsTheList("all good ta"))
    #expect(!DialogueActReader(words: words).endsTheList("all good food"))
    #expect(BuiltIn.lexicon.acts.endList.contains(["dun"]))
  }

  // MARK: Taking items off by where they sit

  @Test(arguments: [
    ("take out just the first 2", [2], ["will i need an xray", "how long will it hurt"]),
    ("take off number 2", [0, 2], ["how long will it hurt"]),
    ("remove the last one", [0, 1], ["can i have a home visit"]),
    ("get rid of the second one", [0, 2], ["how long will it hurt"]),
    ("delete 1 and 3", [1], ["will i need an xray", "can i have a home visit"]),
    ("can u take the first one off please", [1, 2], ["will i need an xray"]),
  ])
  func placesNamedAreTakenOffAndSaidBack(line: String, left: [Int], gone: [String]) throws {
    let lines = Self.linesBefore("anything_else") + Self.questions + [line]
    let (before, outputs) = converse(try Self.engine(), lines)
    let shown = gone.map { "'\($0)'" }.joined(separator: " and ")
    #expect(outputs.text.contains("I've taken \(shown) off the list."))
    let kept = left.map { Self.questions[$0] }
    let soFar = kept.count == 1 ? kept[0] : kept.dropLast().joined(separator: ", ")
    #expect(outputs.text.contains("So far: \(soFar)"))
    #expect(before.current?.question == "anything_else")
    let (state, _) = converse(try Self.engine(), lines + ["done"])
    #expect(state.value("anything_else") == .list(kept))
    #expect(state.answers[AnswerKey("anything_else")]?.words == kept.joined(separator: "\n"))
  }

  @Test(arguments: [
    "remove the stitches", "take 2 paracetamol", "drop in to see the nurse",
    "delete my old address", "take my tablets off the shelf", "get rid of the pain",
  ])
  func aLineThatNamesNoPlaceIsStillAnItem(line: String) throws {
    let lines = Self.linesBefore("anything_else") + Self.questions + [line, "done"]
    let (state, _) = converse(try Self.engine(), lines)
    #expect(state.value("anything_else") == .list(Self.questions + [line]))
  }

  @Test func placesPastTheEndOfTheListAreNotRead() {
    #expect(Turn.placesTakenOff("delete 5", count: 3) == nil)
    #expect(Turn.placesTakenOff("take the fourth one off", count: 3) == nil)
    #expect(Turn.placesTakenOff("take the first 2 off", count: 3) == [0, 1])
  }

  // MARK: The end

  @Test func changeMyQuestionsOpensHerOwnList() throws {
    let lines =
      Self.withoutPicks(Self.linesBefore("anything_else")) + Self.questions
      + ["done", "change my questions"]
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(state.current?.question == "anything_else")
    #expect(outputs.text.contains("Your list:\n  1. will i need an xray"))
    #expect(!outputs.text.hasSuffix("What are my options?"))
    // "keep it as it is" leaves her list as it was.
    let kept = converse(try Self.engine(), lines + ["keep it as it is"]).state
    #expect(kept.value("anything_else") == .list(Self.questions))
  }

  @Test func theStockQuestionsNamedByTheirLabelStillOpenThem() throws {
    let lines =
      Self.linesBefore("anything_else") + Self.questions + ["done", "change questions to take"]
    let (state, _) = converse(try Self.engine(), lines)
    #expect(state.current?.question == "ask_three")
  }

  @Test(arguments: [
    "can i see it agen", "can i see my plan", "show me it again", "see it agin pls",
  ])
  func askingToSeeThePlanShowsItAgain(line: String) throws {
    let lines = Self.linesBefore("anything_else") + ["will i need an xray", "done", line]
    let (state, outputs) = converse(try Self.engine(), lines)
    #expect(outputs.text.contains("Here it is again."))
    #expect(state.current?.question == "ready")
    #expect(state.value("anything_else") == .list(["will i need an xray"]))
  }

  @Test func seeingSomethingElseIsNoAskToSeeThePlan() {
    #expect(!SeeAgainWords.asks("i cant see my feet agen"))
    #expect(!SeeAgainWords.asks("look after me knees"))
  }

  // MARK: Picking by position with a hedge

  @Test(arguments: [
    ("1 and 3 i spose", ["options", "decision_support"]),
    ("1 n 3", ["options", "decision_support"]),
    ("the 1st and 3rd", ["options", "decision_support"]),
    ("1,3 please", ["options", "decision_support"]),
    ("2 i think", ["pros_cons"]),
    ("i spose 1 and 2", ["options", "pros_cons"]),
  ])
  func aHedgedPickIsReadAndSaidBack(line: String, ids: [String]) throws {
    let (state, outputs) = converse(try Self.engine(), Self.linesBefore("ask_three") + [line])
    #expect(state.value("ask_three") == .choices(ids))
    let texts = ["options": "What are my options?", "pros_cons": "What are the pros and cons"]
    for id in ids { if let text = texts[id] { #expect(outputs.text.contains(text)) } }
    #expect(outputs.text.contains("to your questions:"))
  }

  @Test func hedgesDoNotMakeWordsAPick() {
    #expect(PositionalChoice.positions("the first time i think", count: 3) == nil)
    #expect(PositionalChoice.positions("i think my knees", count: 3) == nil)
    #expect(PositionalChoice.positions("2 i think so", count: 3) == [1])
    #expect(PositionalChoice.positions("1 n 3", count: 3) == [0, 2])
  }
}

extension MaureensListsTests {
  /// "nothing" to the questions she wants to know about is an empty list, not a list of hers:
  /// "change my questions" opens the one she typed, not a choice with "(nothing)" in it.
  @Test func anEmptyListIsNotOneOfHerQuestions() throws {
    var lines = Self.withoutPicks(Self.linesBefore("anything_else"))
    let asked = try #require(lines.firstIndex(of: "skip"))
    lines[asked] = "nothing"
    let (state, outputs) = converse(
      try Self.engine(), lines + Self.questions + ["done", "change my questions"])
    #expect(state.current?.question == "anything_else")
    #expect(!outputs.text.contains("(nothing)"))
  }
}
