import CarePlan
import Dialogue
import Foundation
import TestSupport
import Testing

/// "What do you mean?" is never kept: no plan built from a person's conversation holds a line
/// that asked about the question, in any field.
@Suite struct NoQuestionAboutTheQuestionTests {
  /// Every text in a JSON value, however deep.
  static func strings(in value: Any) -> [String] {
    switch value {
    case let text as String: return [text]
    case let list as [Any]: return list.flatMap(strings)
    case let object as [String: Any]: return object.values.flatMap(strings)
    default: return []
    }
  }

  @Test("no plan field holds a question about the question", arguments: PeoplePlanTests.people)
  func noPlanFieldHoldsAQuestionAboutTheQuestion(file: String) throws {
    let url = TranscriptTests.folder.appendingPathComponent(file)
    let transcript = Transcript.parse(try String(contentsOf: url, encoding: .utf8))
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let reader = DialogueActReader(words: engine.concepts.lexicon.acts)
    let (state, _) = engine.replay(transcript.events)
    let plan = PlanBuilder(
      script: engine.script, concepts: engine.concepts, glossary: engine.glossary
    )
    .build(
      from: state,
      metadata: .init(planID: "p", createdAt: transcript.start, updatedAt: transcript.start))
    let json = try JSONSerialization.jsonObject(with: Data(PlanJSON.encode(plan).utf8))
    let asked = Self.strings(in: json).filter { reader.read($0).act == .clarify }
    #expect(asked.isEmpty, "\(file): the plan holds \(asked)")
    let answers = state.answers.values.map(\.words).filter { reader.read($0).act == .clarify }
    #expect(answers.isEmpty, "\(file): answers hold \(answers)")
  }

  /// The person who asks what most questions mean typed many such lines: the test above would
  /// catch one being kept.
  @Test func thePersonWhoAsksWhatItMeansAskedOften() throws {
    let url = TranscriptTests.folder.appendingPathComponent(
      "people-asks-what-it-means.transcript")
    let transcript = Transcript.parse(try String(contentsOf: url, encoding: .utf8))
    let engine = try #require(TranscriptTests.engine(for: transcript))
    let reader = DialogueActReader(words: engine.concepts.lexicon.acts)
    #expect(transcript.inputs.filter { reader.read($0).act == .clarify }.count >= 20)
  }
}
