import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// A plan's questions come from two answers: the stock questions picked ("1 and 3") and the
/// person's own list. "change my questions" must reach both, and a list being typed can be
/// read back ("wats on me list now") without that line becoming one more item.
@Suite struct QuestionsPickedAndTypedTests {
  static let own = MaureensListsTests.questions

  /// Up to the end, with the first and third stock questions picked and her own three typed.
  static func bothKinds() -> [String] {
    let before = MaureensListsTests.linesBefore("ask_three")
    let after = Array(
      MaureensListsTests.linesBefore("anything_else").dropFirst(before.count + 1))
    return before + ["1 and 3"] + after + own + ["done"]
  }

  static func run(_ lines: [String]) throws -> (ConversationState, [Output]) {
    converse(try MaureensListsTests.engine(), lines)
  }

  @Test func bothKindsAreOfferedWithWhatEachHolds() throws {
    let (state, outputs) = try Self.run(Self.bothKinds() + ["change my questions"])
    #expect(state.value("ask_three") == .choices(["options", "decision_support"]))
    let last = try #require(
      outputs.compactMap { output -> Prompt? in
        if case .ask(let prompt) = output { return prompt }
        return nil
      }.last)
    #expect(last.choices.count == 3)
    #expect(last.choices[0].hasPrefix("questions to take: What are my options?"))
    #expect(last.choices[1].hasPrefix("other questions: will i need an xray"))
    #expect(last.text == "Your questions are in two places. Which do you want to change?")
  }

  @Test(arguments: ["keep it as it is", "none", "keep"])
  func keepingThemAtTheChoiceChangesNothing(line: String) throws {
    let (state, outputs) = try Self.run(Self.bothKinds() + ["change my questions", line])
    #expect(outputs.text.contains("OK, nothing has been changed."))
    #expect(state.value("ask_three") == .choices(["options", "decision_support"]))
    #expect(state.value("anything_else") == .list(Self.own))
    #expect(state.current?.question == "ready")
  }

  @Test func thePickedOnesCanBeChanged() throws {
    let (state, _) = try Self.run(Self.bothKinds() + ["change my questions", "1"])
    #expect(state.current?.question == "ask_three")
    let changed = try Self.run(Self.bothKinds() + ["change my questions", "1", "1"]).0
    #expect(changed.value("ask_three") == .choices(["options"]))
    #expect(changed.value("anything_else") == .list(Self.own))
  }

  @Test func herOwnListIsStillOpenedWhenChosen() throws {
    let lines = Self.bothKinds() + ["change my questions", "2", "take off 1", "done"]
    let (state, _) = try Self.run(lines)
    #expect(state.value("anything_else") == .list(Array(Self.own.dropFirst())))
    #expect(state.value("ask_three") == .choices(["options", "decision_support"]))
  }

  /// Maureen changed her questions twice; the second time the two lists had swapped numbers,
  /// and her "2" opened the other one.
  @Test func theListsKeepTheirNumbersAfterAChange() throws {
    let lines = Self.bothKinds() + ["change my questions", "2", "can they check my feet", "done"]
    let (_, outputs) = try Self.run(lines + ["change my questions"])
    let offered = outputs.compactMap { output -> Prompt? in
      if case .ask(let prompt) = output, prompt.text.hasPrefix("Your questions are in") {
        return prompt
      }
      return nil
    }
    #expect(offered.count == 2)
    #expect(offered.map { $0.choices[0].hasPrefix("questions to take") } == [true, true])
  }

  /// Only picked ones and nothing typed: those are her questions, and they open.
  @Test func onlyPickedOnesOpenAtOnce() throws {
    let before = MaureensListsTests.linesBefore("ask_three")
    let after = Array(
      MaureensListsTests.linesBefore("anything_else").dropFirst(before.count + 1))
    let lines = before + ["1 and 3"] + after + ["nothing", "change my questions"]
    let (state, outputs) = try Self.run(lines)
    #expect(state.current?.question == "ask_three")
    #expect(outputs.text.contains("What are my options?"))
  }

  // MARK: Reading the list back while it is typed

  @Test(arguments: [
    "wats on me list now", "what's on my list", "what have i got so far", "read me the list back",
    "whats on the list so far", "what did i say so far",
  ])
  func askingWhatIsOnTheListShowsItAndAddsNothing(line: String) throws {
    let lines = MaureensListsTests.linesBefore("anything_else") + Array(Self.own.prefix(2))
    let (state, outputs) = try Self.run(lines + [line])
    #expect(
      outputs.text.hasSuffix(
        "Your list so far:\n  1. will i need an xray\n  2. how long will it hurt\n"
          + "Anything else? Say done when you have finished."))
    #expect(state.current?.question == "anything_else")
    let kept = try Self.run(lines + [line, "done"]).0
    #expect(kept.value("anything_else") == .list(Array(Self.own.prefix(2))))
  }

  @Test(arguments: [
    "what is a list of side effects", "my shopping list is too long",
    "what have they put on the waiting list", "what is normal so far from home", "show me",
  ])
  func otherLinesAboutListsAreItems(line: String) {
    #expect(!SeeAgainWords.asksForTheList(line))
  }
}

extension QuestionsPickedAndTypedTests {
  /// Maureen's "take off what are my options" at her own list: the picked question is on her
  /// plan, so it is taken off there and said back, and her list is left as it was.
  @Test func aPickedQuestionNamedAtHerListIsTakenOffThePlan() throws {
    let lines = Self.bothKinds() + ["change my questions", "2", "take off what are my options"]
    let (state, outputs) = try Self.run(lines + ["done"])
    #expect(outputs.text.contains("I've taken 'What are my options?' off your plan."))
    #expect(state.value("ask_three") == .choices(["decision_support"]))
    #expect(state.value("anything_else") == .list(Self.own))
  }

  @Test func aPickedQuestionNamedAtTheEndIsTakenOffThePlan() throws {
    let lines = Self.bothKinds() + ["take out the one about support"]
    let (state, outputs) = try Self.run(lines)
    #expect(outputs.text.contains("off your plan."))
    #expect(state.value("ask_three") == .choices(["options"]))
  }
}

// MARK: Putting back what was just taken off

extension QuestionsPickedAndTypedTests {
  static func typed() -> [String] {
    MaureensListsTests.linesBefore("anything_else") + Self.own
  }

  /// "no put them back i still got them" was kept as one more item, and the two she had
  /// taken off stayed off.
  @Test(arguments: [
    "no put them back i still got them", "put it back", "oh no bring it back please",
  ])
  func whatWasJustTakenOffComesBack(line: String) throws {
    let (state, outputs) = try Self.run(Self.typed() + ["take off number 2", line, "done"])
    #expect(outputs.text.contains("I've put 'how long will it hurt' back."))
    #expect(state.value("anything_else") == .list(Self.own))
  }

  @Test func backThenPutItBackRestoresTheLastLine() throws {
    let (state, _) = try Self.run(Self.typed() + ["back", "put it back", "done"])
    #expect(state.value("anything_else") == .list(Self.own))
  }

  /// Without a take-off just before, the words are an item like any other.
  @Test func putBackWithNothingTakenOffIsAnItem() throws {
    let lines =
      Self.typed() + ["take off number 2", "can i get a wheelchair", "put back my tablets"]
    let (state, _) = try Self.run(lines + ["done"])
    #expect(
      state.value("anything_else")
        == .list([Self.own[0], Self.own[2], "can i get a wheelchair", "put back my tablets"]))
  }
}

extension QuestionsPickedAndTypedTests {
  /// "Your answer was: ... right for me?. What would you like it to be?"
  @Test func anAnswerEndingInAQuestionMarkHasNoFullStopAfterIt() throws {
    let (_, outputs) = try Self.run(Self.bothKinds() + ["change my questions", "1"])
    #expect(outputs.text.contains("right for me? What would you like it to be?"))
    #expect(!outputs.text.contains("?."))
  }
}
