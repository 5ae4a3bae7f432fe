import Dialogue
import Foundation

/// The real default lexicon and fixtures, found from this file's place in the package.
public enum UnderstandingFixtures {
  public static var packageRoot: URL { TestSupport.packageRoot }

  public static func text(_ relativePath: String) -> String {
    let url = packageRoot.appendingPathComponent(relativePath)
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  }

  public static let lexicon: Lexicon = {
    let loaded = Lexicon.load(
      yaml: text("Prompts/lexicon.yaml"), file: "lexicon.yaml")
    return loaded.lexicon ?? Lexicon(concepts: [])
  }()

  public static let matcher = ConceptMatcher(lexicon: lexicon)
}

/// The default Prompts/ as the built binary carries them: the files themselves, which the
/// scenario tests prove are byte for byte what is embedded.
public enum BuiltIn {
  public static let glossary: Glossary = {
    let text = UnderstandingFixtures.text("Prompts/glossary.yaml")
    return Glossary.load(yaml: text, file: "Prompts/glossary.yaml").glossary ?? .empty
  }()

  public static var lexicon: Lexicon { UnderstandingFixtures.lexicon }

  public static let script: Script? = {
    let text = UnderstandingFixtures.text("Prompts/care-planning.yaml")
    return ScriptLoader.load(text: text, file: "Prompts/care-planning.yaml", lexicon: lexicon)
      .script
  }()
}
