import Dialogue
import Foundation

/// The real default lexicon and fixtures, found from this file's place in the package.
enum UnderstandingFixtures {
  static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func text(_ relativePath: String) -> String {
    let url = packageRoot.appendingPathComponent(relativePath)
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }

  static let lexicon: Lexicon = {
    let loaded = Lexicon.load(
      yaml: text("Prompts/lexicon.yaml"), file: "lexicon.yaml")
    return loaded.lexicon ?? Lexicon(concepts: [])
  }()

  static let matcher = ConceptMatcher(lexicon: lexicon)
}
