import Dialogue
import Foundation
import Testing

/// The default safety file, read from Prompts/, and the small script in Tests/Fixtures.
public enum SafetyFixtures {
  public static let rules: SafetyRules = {
    let loaded = SafetyRules.load(
      yaml: UnderstandingFixtures.text("Prompts/safety.yaml"), file: "Prompts/safety.yaml")
    return loaded.rules ?? .empty
  }()
  public static let net = SafetyNet(rules: rules)

  public static let smallScript: Script? = {
    ScriptLoader.load(
      text: UnderstandingFixtures.text("Tests/Fixtures/scripts/small.yaml"), file: "small.yaml",
      lexicon: Lexicon(concepts: [])
    ).script
  }()

  public static func engine(_ audience: Audience = .person) throws -> Engine {
    let script = try #require(smallScript)
    return Engine(script: script, lexicon: Lexicon(concepts: []), safety: net, audience: audience)
  }
}

extension [Output] {
  public var notices: [SafetyNotice] {
    compactMap {
      if case .safety(let notice) = $0 { return notice }
      return nil
    }
  }
}
