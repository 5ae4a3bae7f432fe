import Dialogue
import Foundation
import TestSupport
import Testing

/// The shipped safety file with its scored reader, in the small script: the engine a person
/// meets, for the check questions only the reader asks.
enum ReaderConversation {
  static let net: SafetyNet = {
    let reader = SafetyReader.load(
      text: UnderstandingFixtures.text("Prompts/safety-reader.yaml"),
      file: "Prompts/safety-reader.yaml",
      categoryIDs: Set(SafetyFixtures.rules.categories.map(\.id))
    ).reader
    return SafetyNet(rules: SafetyFixtures.rules, reader: reader)
  }()

  static func engine(_ audience: Audience = .person) throws -> Engine {
    let script = try #require(SafetyFixtures.smallScript)
    return Engine(script: script, lexicon: Lexicon(concepts: []), safety: net, audience: audience)
  }

  /// An everyday line no pattern or concept finds a sign in, which the reader asks about.
  static let readerOnly = "I cut my tablets in half with a pill cutter"
  /// An everyday line a pattern asks about first (breathlessness said with ordinary words).
  static let patternCheck =
    "breathless on the stairs, her ankles swell up. some nights she cant lie flat and sleeps in "
    + "the chair"

  static func checks(in outputs: [Output]) -> [String] {
    outputs.said.filter { $0.hasPrefix("Just to check: ") }
  }
}

@Suite("Safety: the scored reader's gentle check question")
struct SafetyReaderCheckTests {
  @Test("the line is one only the reader asks about, so the tests below test the reader")
  func theLinesAreWhatTheySay() throws {
    let found = ReaderConversation.net.check(ReaderConversation.readerOnly)
    #expect(!found.isEmpty && found.allSatisfy(\.byReader), "\(found)")
    let pattern = ReaderConversation.net.check(ReaderConversation.patternCheck)
    #expect(!pattern.isEmpty && !pattern.contains(where: \.byReader), "\(pattern)")
  }

  @Test(
    "a line only the reader asks about gets the category's general question, not its own",
    arguments: [Audience.person, .facilitator])
  func readerOnlyIsGentle(audience: Audience) throws {
    let engine = try ReaderConversation.engine(audience)
    let (state, outputs) = converse(engine, ["Sam", "1", ReaderConversation.readerOnly])
    let lead = try #require(ReaderConversation.net.check(ReaderConversation.readerOnly).first)
    let category = lead.category
    let asked = ReaderConversation.checks(in: outputs)
    let gentle = audience == .facilitator ? category.facilitatorReaderCheck : category.readerCheck
    #expect(asked == [try #require(gentle)])
    #expect(
      !asked.contains(category.check ?? "") && !asked.contains(category.facilitatorCheck ?? ""))
    #expect(state.safetyFlags.isEmpty)
    if audience == .facilitator {
      // The worker is told a general check was asked, without a crisis named.
      #expect(outputs.shownNotices == [SafetyFixtures.rules.wording.workerReaderCheck])
      #expect(!outputs.shownNotices.joined().contains(category.name))
    }
  }

  @Test("every category the reader asks about has a gentle question, for the person and a worker")
  func everyReaderCategoryHasOne() throws {
    let reader = try #require(ReaderConversation.net.reader)
    for model in reader.categories {
      let category = try #require(SafetyFixtures.rules.categories.first { $0.id == model.id })
      let person = try #require(category.readerCheck, "\(category.id)")
      let worker = try #require(category.facilitatorReaderCheck, "\(category.id)")
      for question in [person, worker] {
        #expect(question.hasPrefix("Just to check: is anything happening"), "\(question)")
        #expect(question.hasSuffix("If not, just say no."), "\(question)")
      }
      let words = worker.lowercased().split(whereSeparator: { !$0.isLetter })
      #expect(!words.contains("you") && !words.contains("your"), "\(worker)")
    }
  }

  @Test("no to the gentle question: back to the question, the line kept, nothing stored")
  func noCarriesOn() throws {
    let engine = try ReaderConversation.engine()
    let (state, outputs) = converse(engine, ["Sam", "1", ReaderConversation.readerOnly, "no"])
    #expect(outputs.said.contains(SafetyFixtures.rules.wording.checkAnswered))
    #expect(state.safetyFlags.isEmpty && outputs.notices.isEmpty)
    #expect(state.value("good_day") == .text(ReaderConversation.readerOnly))
  }

  @Test("what do you mean: the plainer general question, still naming no crisis")
  func plainerStaysGeneral() throws {
    let engine = try ReaderConversation.engine()
    let (_, outputs) = converse(
      engine, ["Sam", "1", ReaderConversation.readerOnly, "wat do u mean"])
    #expect(outputs.said.last == SafetyFixtures.rules.wording.readerCheckPlainly)
  }

  @Test("a check a pattern asks keeps its category's own question")
  func patternCheckKeepsItsOwn() throws {
    let engine = try ReaderConversation.engine()
    let (_, outputs) = converse(engine, ["Sam", "1", ReaderConversation.patternCheck])
    let breath = try #require(
      SafetyFixtures.rules.categories.first { $0.id == "severe-breathlessness" })
    #expect(ReaderConversation.checks(in: outputs) == [try #require(breath.check)])
  }
}

@Suite("Safety: a check question answered no is not asked again")
struct SafetyCheckOnceTests {
  @Test(
    "the same line given again after back is kept with no second check",
    arguments: [ReaderConversation.readerOnly, ReaderConversation.patternCheck])
  func sameLineAgain(line: String) throws {
    let engine = try ReaderConversation.engine(.facilitator)
    let (state, outputs) = converse(engine, ["Sam", "1", line, "no", "back", line])
    #expect(ReaderConversation.checks(in: outputs).count == 1, "\(outputs.said)")
    #expect(state.safetyFlags.isEmpty)
    #expect(state.value("good_day") == .text(line))
  }

  @Test("a line that repeats the words that asked is not asked about again")
  func repeatedWords() throws {
    let engine = try ReaderConversation.engine()
    let (_, outputs) = converse(
      engine,
      ["Sam", "1", ReaderConversation.patternCheck, "no", "back", "some nights she cant lie flat"])
    #expect(ReaderConversation.checks(in: outputs).count == 1, "\(outputs.said)")
  }

  @Test("after a no, a clear statement still shows the notice at once")
  func clearStillShows() throws {
    let engine = try ReaderConversation.engine()
    let (state, outputs) = converse(
      engine,
      [
        "Sam", "1", ReaderConversation.patternCheck, "no",
        "she cant breathe at all, her lips are blue",
      ])
    #expect(!outputs.notices.isEmpty)
    #expect(state.safetyFlags.contains { $0.category == "severe-breathlessness" })
  }

  @Test("a yes is no answered check: the same line asks again")
  func yesIsNotRemembered() throws {
    let engine = try ReaderConversation.engine()
    let (state, outputs) = converse(
      engine,
      [
        "Sam", "1", ReaderConversation.patternCheck, "yes", "carry on",
        ReaderConversation.patternCheck,
      ])
    #expect(!state.safetyFlags.isEmpty)
    #expect(ReaderConversation.checks(in: outputs).count == 2, "\(outputs.said)")
  }
}
