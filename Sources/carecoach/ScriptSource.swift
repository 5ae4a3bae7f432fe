import ArgumentParser
import DefaultScripts
import Dialogue
import Foundation

/// Finds and loads a script with its lexicon: a built-in script by id, or a file by path.
///
/// A script file's lexicon is the `lexicon.yaml` beside it when there is one, and the built-in
/// lexicon otherwise, so a service can replace its questions without copying the vocabulary.
/// The glossary is found the same way.
struct ScriptSource {
  /// The text and a name for messages.
  struct File {
    var name: String
    var text: String
    var directory: URL?
  }

  static let defaultScriptID = "care-planning"

  static var builtInScriptIDs: [String] {
    DefaultScripts.files.keys.filter { name in
      name.hasSuffix(".yaml") && !dataFileNames.contains(name)
    }.map { String($0.dropLast(5)) }.sorted()
  }

  /// Files in Prompts/ that are not conversation scripts.
  static let dataFileNames: Set<String> = ["lexicon.yaml", "safety.yaml", "glossary.yaml"]

  /// Reads a script by built-in id or path; the error is a sentence for the person.
  static func file(for reference: String) throws -> File {
    if let text = DefaultScripts.text(of: "\(reference).yaml") {
      return File(name: "Prompts/\(reference).yaml", text: text, directory: nil)
    }
    let url = URL(fileURLWithPath: reference)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      let ids = builtInScriptIDs
      throw ValidationError(
        "There is no script '\(reference)'. Give the path of a script file, or one of the "
          + "built-in scripts: \(ids.joined(separator: ", ")).")
    }
    if isDirectory.boolValue {
      throw ValidationError("'\(reference)' is a folder. Give the path of a script file inside it.")
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw ValidationError("CareCoach cannot read '\(reference)'. Check that it can be read.")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ValidationError("'\(reference)' is not UTF-8 text, so it cannot be a script.")
    }
    return File(name: reference, text: text, directory: url.deletingLastPathComponent())
  }

  /// The lexicon for a script: beside it, or built in.
  static func lexiconFile(besides directory: URL?) -> File? {
    if let directory {
      let url = directory.appendingPathComponent("lexicon.yaml")
      if let data = FileManager.default.contents(atPath: url.path) {
        return File(
          name: url.path, text: String(decoding: data, as: UTF8.self), directory: directory)
      }
    }
    return DefaultScripts.text(of: "lexicon.yaml").map {
      File(name: "Prompts/lexicon.yaml", text: $0, directory: nil)
    }
  }

  static func loadLexicon(besides directory: URL?) -> (Lexicon, [Diagnostic]) {
    guard let file = lexiconFile(besides: directory) else { return (Lexicon(concepts: []), []) }
    let result = Lexicon.load(yaml: file.text, file: file.name)
    return (result.lexicon ?? Lexicon(concepts: []), result.diagnostics)
  }

  /// The glossary for a script: beside it, or built in.
  static func glossaryFile(besides directory: URL?) -> File? {
    if let directory {
      let url = directory.appendingPathComponent("glossary.yaml")
      if let data = FileManager.default.contents(atPath: url.path) {
        return File(
          name: url.path, text: String(decoding: data, as: UTF8.self), directory: directory)
      }
    }
    return DefaultScripts.text(of: "glossary.yaml").map {
      File(name: "Prompts/glossary.yaml", text: $0, directory: nil)
    }
  }

  static func loadGlossary(besides directory: URL?) -> (Glossary, [Diagnostic]) {
    guard let file = glossaryFile(besides: directory) else { return (.empty, []) }
    let result = Glossary.load(yaml: file.text, file: file.name)
    return (result.glossary ?? .empty, result.diagnostics)
  }

  /// A script ready to run, or an error listing every problem in it.
  static func load(_ reference: String) throws -> (script: Script, lexicon: Lexicon) {
    let loaded = try loadAll(reference)
    return (loaded.script, loaded.lexicon)
  }

  /// A script with everything it runs with; a broken glossary stops it as a broken lexicon
  /// does, since a wrong explanation is worse than none.
  static func loadAll(_ reference: String) throws -> (
    script: Script, lexicon: Lexicon, glossary: Glossary
  ) {
    let file = try file(for: reference)
    let (lexicon, lexiconProblems) = loadLexicon(besides: file.directory)
    let (glossary, glossaryProblems) = loadGlossary(besides: file.directory)
    let result = ScriptLoader.load(text: file.text, file: file.name, lexicon: lexicon)
    let problems = (lexiconProblems + glossaryProblems + result.diagnostics).filter {
      $0.severity == .error
    }
    guard let script = result.script, problems.isEmpty else {
      throw ValidationError(
        "The script has problems, so it cannot run:\n"
          + problems.map(\.description).joined(separator: "\n"))
    }
    return (script, lexicon, glossary)
  }
}
