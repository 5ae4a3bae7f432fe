import Foundation
import Testing

@testable import Dialogue

/// Issue 18: a worker in facilitator mode was told about their client as "you": "Who helps
/// you", "I'll use your own idea", "You don't have to say." Each test failed before the fix.
@Suite struct WorkerVoiceTests {
  /// True when `words` speak to someone as "you" or "your".
  static func saysYou(_ words: String) -> Bool {
    // "Thank you" is said to the worker, and is about no one.
    let tokens = words.lowercased().replacingOccurrences(of: "thank you", with: "thanks")
      .split(whereSeparator: { !$0.isLetter && $0 != "'" })
    return tokens.contains { ["you", "your", "yours", "yourself", "you'll"].contains($0) }
  }

  @Test func aScriptLabelIsAboutThemToAWorker() {
    #expect(Phrases.aboutThem("who helps you") == "who helps them")
    #expect(Phrases.aboutThem("who is with you") == "who is with them")
    #expect(Phrases.aboutThem("how you'll know") == "how they'll know")
    #expect(Phrases.aboutThem("how you will know now") == "how they will know now")
    #expect(Phrases.aboutThem("news about your care") == "news about their care")
    // Precision: a label with no "you" in it is left as it is, word for word.
    #expect(Phrases.aboutThem("a good day") == "a good day")
    #expect(Phrases.aboutThem("youth club") == "youth club")
  }

  @Test func theEnginesReadBacksSpeakOfTheirAnswersToAWorker() {
    let worker: [String] = [
      Phrases.ratherNotSay(for: .facilitator),
      Phrases.summaryTitle(for: .facilitator),
      Phrases.nothingYet(for: .facilitator),
      Phrases.ownIdeaKept("walk to the shop", as: "step", for: .facilitator),
      Phrases.contentKept("15 minutes", as: "how you'll know", for: .facilitator),
      Phrases.stepAmended("only round the block", for: .facilitator),
      Phrases.keptAsItWas("on her road", for: .facilitator),
      Phrases.answerTakenOut("on her road", for: .facilitator),
      Phrases.correctionUnreadable(label: "who helps you", kept: "Shazia", for: .facilitator),
      Phrases.goOnSayWhat(for: .facilitator),
      Phrases.listChanged("who helps you", to: ["Shazia"], for: .facilitator),
    ]
    for words in worker { #expect(!Self.saysYou(words), "\(words)") }
    #expect(Phrases.ratherNotSay(for: .facilitator) == "That's fine. They don't have to say.")
    #expect(
      Phrases.ownIdeaKept("walk to the shop", as: "step", for: .facilitator)
        == "Thank you. I'll use their own idea as their step: walk to the shop.")
    // Precision: the person on their own is still spoken to as "you".
    #expect(Phrases.ratherNotSay(for: .person) == "That's fine. You don't have to say.")
    #expect(Phrases.ownIdeaKept("walk", as: "step").contains("your own idea as your step"))
    #expect(Phrases.summaryTitle(for: .person) == "What you have said so far")
  }

  @Test func aChangedAnswerIsTheirsToAWorker() {
    let question = Question(
      id: "support", text: Template(literal: "Who helps you?"), label: "who helps you",
      kind: .text, location: SourceLocation(file: "test", line: 1, column: 1))
    for previous in [AnswerValue.skipped(.skipped), .text("Shazia")] {
      let worker = Phrases.changePrompt(
        previous, shown: "Shazia", question: question, for: .facilitator)
      #expect(!Self.saysYou(worker), "\(worker)")
      #expect(Self.saysYou(Phrases.changePrompt(previous, shown: "Shazia", question: question)))
    }
  }
}

extension WorkerVoiceTests {
  /// After the last try at a question, a worker was told "I've put down that you don't know":
  /// the "don't know" is the client's. The change is still the worker's to make.
  @Test func movingOnAfterTheLastTryIsAboutThem() {
    #expect(
      Phrases.movingOnAfterTries(for: .facilitator)
        == "Let's leave that one for now. I've put down that they don't know. "
        + "You can change it later if you like.")
    #expect(Phrases.movingOnAfterTries(for: .person).contains("that you don't know."))
  }
}
