import Dialogue
import Foundation
import TestSupport
import Testing

/// A worker typing for someone is asked the check question about that person, never as if the
/// worker were the one who might be in danger.
@Suite("Safety: the check question put to a worker")
struct WorkerSafetyCheckTests {
  /// What a worker typed for Mrs Begum, which could be everyday words or a crisis.
  static let line =
    "breathless on the stairs, her ankles swell up. some nights she cant lie flat and sleeps in "
    + "the chair"

  static func checkAsked(_ audience: Audience) throws -> String? {
    let engine = try SafetyFixtures.engine(audience)
    let (state, outputs) = converse(engine, ["Sam", "1", Self.line])
    #expect(state.safetyFlags.isEmpty, "a check question is asked before any notice")
    return outputs.said.last { $0.hasPrefix("Just to check: ") }
  }

  @Test("the person is asked about themselves; the worker is asked about them")
  func aboutThePerson() throws {
    let person = try #require(try Self.checkAsked(.person))
    let worker = try #require(try Self.checkAsked(.facilitator))
    #expect(person.contains("you"))
    #expect(!worker.lowercased().split(whereSeparator: { !$0.isLetter }).contains("you"))
    #expect(worker.hasPrefix("Just to check: "))
    #expect(worker != person)
  }

  @Test("every check question that speaks to 'you' has a worker's wording that does not")
  func everyCategory() {
    for category in SafetyFixtures.rules.categories {
      let words = [category.check, category.checkPlainly].compactMap { $0 }.joined(separator: " ")
      let saysYou = words.lowercased().split(whereSeparator: { !$0.isLetter }).contains {
        $0 == "you" || $0 == "your"
      }
      // "You can say yes, no or not sure" speaks to whoever types, as it should.
      let aboutYou = words.replacingOccurrences(of: "You can say yes, no or not sure.", with: "")
        .lowercased().split(whereSeparator: { !$0.isLetter }).contains {
          $0 == "you" || $0 == "your"
        }
      guard saysYou, aboutYou else { continue }
      let worker = [category.facilitatorCheck, category.facilitatorCheckPlainly]
      #expect(worker.allSatisfy { $0 != nil }, "\(category.id) has no worker's check question")
      for text in worker.compactMap({ $0 }) {
        let about = text.replacingOccurrences(of: "You can say yes, no or not sure.", with: "")
        #expect(
          !about.lowercased().split(whereSeparator: { !$0.isLetter }).contains {
            $0 == "you" || $0 == "your"
          }, "\(category.id): \(text)")
      }
    }
  }
}
