import DefaultScripts
import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// A kiosk's engines share one safety net and glossary, made once at start; what they remember
/// of one person's words must go when that person's session ends.
@Suite struct ForgettingTests {
  /// Words no lexicon knows, so every matcher works out corrections for them and remembers.
  static let words = ["quokkaflute", "xylobrand", "zorbleplex"]
  static let lines = [
    "Quokkaflute rehearsal on Tuesdays", "my Xylobrand knee", "what is a Zorbleplex?",
  ]

  /// An engine for the kiosk script with matchers of its own, so no other test's lines are in
  /// them.
  func kioskEngine() throws -> Engine {
    let lexicon = UnderstandingFixtures.lexicon
    let glossary = try #require(
      Glossary.load(yaml: UnderstandingFixtures.text("Prompts/glossary.yaml"), file: "g")
        .glossary)
    let script = try #require(
      loadScript(UnderstandingFixtures.text("Prompts/kiosk.yaml"), lexicon: lexicon))
    return Engine(
      script: script, lexicon: lexicon, glossary: glossary,
      safety: SafetyNet(rules: SafetyFixtures.rules), audience: .kiosk)
  }

  @Test func afterASessionTheMatchersRememberNoWordTyped() throws {
    let engine = try kioskEngine()
    _ = converse(engine, Self.lines)
    #expect(engine.safety.wordsRemembered > 0)
    #expect(engine.glossary.wordsRemembered > 0)
    #expect(engine.concepts.wordsRemembered > 0)
    for word in Self.words {
      // Worked out first: a failed expectation would describe the whole engine.
      let seen = Reachable.holds(word, from: engine)
      #expect(seen, "the test cannot see '\(word)'")
    }

    engine.forgetWhatWasTyped()

    #expect(engine.safety.wordsRemembered == 0)
    #expect(engine.glossary.wordsRemembered == 0)
    #expect(engine.concepts.wordsRemembered == 0)
    for word in Self.words {
      let places: [(String, Any)] = [
        ("safety net", engine.safety), ("glossary", engine.glossary),
        ("concept matcher", engine.concepts), ("rule matcher", engine.rules), ("engine", engine),
      ]
      for (name, place) in places {
        let held = Reachable.holds(word, from: place)
        #expect(!held, "the \(name) still holds '\(word)'")
      }
    }
  }

  /// Forgetting keeps what was built from the files: the next person is understood as well.
  @Test func afterForgettingTheNextPersonIsUnderstoodTheSame() throws {
    let engine = try kioskEngine()
    let fresh = try kioskEngine()
    _ = converse(engine, Self.lines)
    engine.forgetWhatWasTyped()
    let next = ["I want to keep walking the dog", "my chest feels tight", "what is a statin?"]
    #expect(converse(engine, next).outputs == converse(fresh, next).outputs)
  }
}

/// Finds text anywhere in an object graph, through every stored property (private ones too:
/// `Mirror` sees them all), so a test can say a word is held nowhere, not only not in the
/// places it knows of.
enum Reachable {
  static func holds(_ word: String, from root: Any) -> Bool {
    let needle = word.lowercased()
    var seen: Set<ObjectIdentifier> = []
    var pending: [Any] = [root]
    while let value = pending.popLast() {
      if let text = value as? String {
        if text.lowercased().contains(needle) { return true }
        continue
      }
      if let text = value as? Substring {
        if text.lowercased().contains(needle) { return true }
        continue
      }
      // Tables of numbers hold no text; skipping them keeps the walk quick.
      if value is [UInt64] || value is [Int32] || value is [Int] || value is [Bool]
        || value is [UInt8] || value is [UInt32] || value is [UInt64: Int32]
      {
        continue
      }
      let mirror = Mirror(reflecting: value)
      if mirror.displayStyle == .class,
        !seen.insert(ObjectIdentifier(value as AnyObject)).inserted
      {
        continue
      }
      var level: Mirror? = mirror
      while let current = level {
        pending.append(contentsOf: current.children.map(\.value))
        level = current.superclassMirror
      }
    }
    return false
  }
}
