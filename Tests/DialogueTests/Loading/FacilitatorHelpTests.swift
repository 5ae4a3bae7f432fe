import Foundation
import Testing

@testable import Dialogue

/// A question's `facilitator_help` and a wording's `facilitator` are read from a script and said
/// in place of `help` and `text` only when a worker is typing.
@Suite("Facilitator help and wordings")
struct FacilitatorHelpTests {
  static let text = """
    id: small
    version: 1
    title: Small
    sections:
      - id: about
        title: About you
        questions:
          - id: name
            text: What would you like me to call you?
            help: You don't have to give one.
            facilitator_help: They don't have to give one.
          - id: ideas
            say:
              - when: name == "Sam"
                text: Ideas for you.
                facilitator: Ideas for them.
              - text: Other ideas for you.
          - id: done
            text: Is that all?
            kind: yesno
    """

  static func load(_ text: String = FacilitatorHelpTests.text) -> ScriptLoader.Result {
    ScriptLoader.load(text: text, file: "small.yaml", lexicon: Lexicon(concepts: []))
  }

  static func said(_ audience: Audience, _ lines: [String]) throws -> [Output] {
    let script = try #require(load().script)
    let engine = Engine(script: script, lexicon: Lexicon(concepts: []), audience: audience)
    let start = Date(timeIntervalSince1970: 1_780_000_000)
    var events: [Event] = [.start(at: start)]
    for (index, line) in lines.enumerated() {
      events.append(.input(line, at: start.addingTimeInterval(Double(index + 1) * 60)))
    }
    return engine.replay(events).1
  }

  @Test func loadsTheKeys() throws {
    let result = Self.load()
    #expect(result.diagnostics.map(\.description) == [])
    let script = try #require(result.script)
    let name = try #require(script.question("name"))
    #expect(name.help == "You don't have to give one.")
    #expect(name.facilitatorHelp == "They don't have to give one.")
    #expect(script.question("done")?.facilitatorHelp == nil)
  }

  @Test func aMisspeltKeyIsNamed() {
    let text = Self.text.replacingOccurrences(of: "facilitator_help:", with: "facilitator_hlp:")
    let messages = Self.load(text).diagnostics.map(\.description)
    #expect(
      messages.contains { $0.contains("did you mean 'facilitator_help'?") }, "\(messages)")
  }

  @Test func eachAudienceHearsItsOwnHelpAndWording() throws {
    let worker = try Self.said(.facilitator, ["help", "Sam"])
    #expect(worker.contains(.say("They don't have to give one.")))
    #expect(!worker.contains(.say("You don't have to give one.")))
    #expect(worker.contains(.say("Ideas for them.")))
    #expect(!worker.contains(.say("Ideas for you.")))

    let alone = try Self.said(.person, ["help", "Sam"])
    #expect(alone.contains(.say("You don't have to give one.")))
    #expect(!alone.contains(.say("They don't have to give one.")))
    #expect(alone.contains(.say("Ideas for you.")))

    // A wording without its own facilitator words says its text to a worker too.
    let other = try Self.said(.facilitator, ["Alex"])
    #expect(other.contains(.say("Other ideas for you.")))
  }
}
