import Foundation
import Testing

/// In facilitator mode the worker types: nothing the person sees may speak as if they were
/// typing alone, and the plan says a worker helped prepare it.
@Suite("Facilitator wording")
struct FacilitatorWordingTests {
  /// Words that speak to a person typing alone, wrong when a worker types with them.
  static let selfTypingWords = [
    "Please make sure the answers are yours", "type for you", "If you get stuck, type help",
    "Just say skip", "If you need a hand at any time, ask", "Prepared by me",
    "Just type what is",
  ]

  /// Lines that speak to the person as "you", or as "I", wrong when a worker types for them:
  /// section titles and intros, reflections, the help screen, the glossary's words, a
  /// script's reprompt, and what is said at stop, finish and a resume declined.
  static let personAddressedWords = [
    " I'll call you", "About you", "Your goal", "Your plan", "your questions",
    "Your answers are saved", "You can answer in your own words", "What you want to know",
    "What you want to talk about", "How sure you feel", "First, a little about you.",
    "It helps to know what makes a good day for you.",
    "I'll put that in your plan as a question to ask.", "Thank you. Your list is:",
    "It should be something you want, not something someone else wants for you.",
    "let's think about how you could get there.",
    "You can talk about this at the appointment.",
    "You can change the step again at any time.", "That's fine. Take your time.",
    "It stays on your list of questions to ask.", "added it to your questions",
    "Which day would you like to start?", "It can be with you",
    "summary - see what you have said so far", "change my goal", "see them with",
  ]

  /// Ahmed's answers to the whole default conversation, typed by a worker with him alone:
  /// help at the first question, a glossary question asked outside and inside a question that
  /// collects questions, a goal whose confidence is low and then higher. The conversation is
  /// stopped at the ideas question and carried on with `resume`.
  static let beforeStop = [
    "just me", "help", "ahmed", "diabetes", "done", "my sister", "what is hba1c",
    "when I see my grandchildren", "when my feet hurt", "cooking for my family", "yes",
    "what is hba1c", "done", "how to check my feet", "done", "the nurse",
    "remembering my tablets", "my feet", "my feet", "my sugar", "done", "walk more",
    "I can walk to the mosque", "quit",
  ]

  /// After the worker says yes, this is the client: the rest, with a day it cannot read.
  static let afterResume = [
    "yes", "no", "walk to the shop", "ten minutes", "after lunch", "near home", "every day",
    "whenever", "tomorrow", "yes", "4", "the rain", "an umbrella", "no", "8", "my sister",
    "in two weeks", "no", "1 and 3", "skip", "yes",
  ]

  @Test("the whole default conversation in facilitator mode has no self-typing words")
  func wholeConversation() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let started = try run(
      ["start", "--mode", "facilitator", "--client", "C-3"], lines: Self.beforeStop,
      environment: store.environment)
    #expect(started.status == 0, "\(started.stderr)")
    #expect(started.stdout.contains("Part 2 of 12: About them"))
    #expect(started.stdout.contains("Thank you. I'll use the name Ahmed."))
    // A word explained to the worker is about the client's body, not the worker's.
    #expect(started.stdout.contains("It shows what their blood sugar has been like"))
    #expect(!started.stdout.contains("your blood sugar"))
    #expect(started.stdout.contains("They can answer in their own words"))
    #expect(started.stdout.contains("It stays on their list of questions to ask."))
    #expect(started.stdout.contains("Their answers are saved."))

    // The worker first says this is not the client, then that it is.
    let declined = try run(["resume", "latest"], lines: ["no"], environment: store.environment)
    #expect(declined.status == 0, "\(declined.stderr)")
    #expect(declined.stdout.contains("Nothing has been changed."))
    let resumed = try run(
      ["resume", "latest"], lines: Self.afterResume, environment: store.environment)
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stdout.contains("Part 11 of 12: How sure they feel, and who can help (1)"))
    #expect(resumed.stdout.contains("Thank you. Their plan is saved."))
    #expect(
      resumed.stdout.contains(
        "Prepared by a support worker with Ahmed, using CareCoach."))

    for (name, output) in [
      ("start", started.stdout), ("resume declined", declined.stdout),
      ("resume", resumed.stdout),
    ] {
      for words in Self.selfTypingWords + Self.personAddressedWords {
        #expect(!output.contains(words), "\(name): \(words)")
      }
    }

    // The review that follows is typed with the worker too.
    let review = try run(
      ["review", "latest"], lines: Array(repeating: "skip", count: 60),
      environment: store.environment)
    #expect(review.status == 0, "\(review.stderr)")
    #expect(review.stdout.contains("Their plan is saved as version 2."))
    for words in Self.selfTypingWords + Self.personAddressedWords {
      #expect(!review.stdout.contains(words), "review: \(words)")
    }
    #expect(review.stdout.contains("Prepared by a support worker with"))
  }

  /// The default conversation as far as the ideas, typed by a worker, with help asked for at
  /// the name, the health conditions, what matters, the questions to ask and the ideas
  /// question, and a goal about tiredness so the ideas menu that fits is one that speaks most.
  static let helpAndIdeas = [
    "just me", "help", "ahmed", "help", "diabetes", "done", "my sister", "what is hba1c",
    "when I see my grandchildren", "when my feet hurt", "help", "cooking for my family", "yes",
    "help", "what is hba1c", "done", "how to check my feet", "done", "the nurse",
    "remembering my tablets", "my feet", "my feet", "my sugar", "done", "feel less tired",
    "I can walk to the mosque", "help", "yes", "quit",
  ]

  @Test("help and the ideas menu speak to the worker about the client")
  func helpAndIdeasMenu() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let result = try run(
      ["start", "--mode", "facilitator", "--client", "C-5"], lines: Self.helpAndIdeas,
      environment: store.environment)
    #expect(result.status == 0, "\(result.stderr)")
    let output = result.stdout
    for help in [
      "They don't have to give one.", "They don't need the medical name.",
      "Think about their life, not only their health.",
      "They can name a test, a number, or a word they did not understand.",
      "If they already have their own idea, say no.",
    ] {
      #expect(output.contains(help), "\(help)")
    }
    for help in [
      "You don't have to", "You don't need the medical name", "Think about your life",
      "You can name a test", "If you already have your own idea",
    ] {
      #expect(!output.contains(help), "\(help)")
    }

    // The whole menu, from its heading to the last idea, says "they", never "you".
    let lines = output.components(separatedBy: "\n")
    let heading = try #require(lines.firstIndex { $0.contains("Ideas for when they feel tired:") })
    let menu = lines[heading...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    #expect(menu.count >= 4, "\(menu)")
    let youWords = try NSRegularExpression(
      pattern: "\\b(you|your|yourself)\\b", options: .caseInsensitive)
    for line in menu {
      let range = NSRange(line.startIndex..., in: line)
      #expect(youWords.firstMatch(in: line, range: range) == nil, "\(line)")
    }
    #expect(!output.contains("Ideas for when you feel tired:"))
  }

  @Test("a plan typed with a worker says so in every format; one typed alone says 'by me'")
  func preparedBy() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let small = ["start", "--script", fixture("scripts/small.yaml")]
    let withWorker = try run(
      small + ["--mode", "facilitator", "--client", "C-4"], lines: smallAnswers,
      environment: store.environment)
    #expect(withWorker.status == 0, "\(withWorker.stderr)")
    for format in ["text", "markdown", "html"] {
      let exported = try run(
        ["export", "latest", "--format", format], lines: [], environment: store.environment)
      #expect(
        exported.stdout.contains("Prepared by a support worker with"), "\(format)")
      #expect(!exported.stdout.contains("Prepared by me"), "\(format)")
    }
    let json = try run(
      ["export", "latest", "--format", "json"], lines: [], environment: store.environment)
    let plan = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(plan?["mode"] as? String == "facilitator")
    let fhir = try run(
      ["export", "latest", "--format", "fhir"], lines: [], environment: store.environment)
    #expect(fhir.stdout.contains("\"contributor\""))
    #expect(fhir.stdout.contains("\"display\": \"support worker\""))

    let alone = try TemporaryStore()
    defer { alone.remove() }
    _ = try run(small, lines: smallAnswers, environment: alone.environment)
    let text = try run(
      ["export", "latest", "--format", "text"], lines: [], environment: alone.environment)
    #expect(text.stdout.contains("Prepared by me with CareCoach"))
    let aloneFHIR = try run(
      ["export", "latest", "--format", "fhir"], lines: [], environment: alone.environment)
    #expect(!aloneFHIR.stdout.contains("\"contributor\""))
  }
}
