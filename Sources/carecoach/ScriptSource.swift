import ArgumentParser
import DefaultScripts
import Dialogue
import Foundation

/// Finds and loads a script with its lexicon: a built-in script by id, or a file by path.
///
/// A script file's lexicon is the `lexicon.yaml` beside it when there is one, and the built-in
/// lexicon otherwise, so a service can replace its questions without copying the vocabulary.
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

  /// The safety file for a script: `safety.yaml` beside it, or built in.
  static func safetyFile(besides directory: URL?) -> File? {
    if let directory {
      let url = directory.appendingPathComponent("safety.yaml")
      if let data = FileManager.default.contents(atPath: url.path) {
        return File(
          name: url.path, text: String(decoding: data, as: UTF8.self), directory: directory)
      }
    }
    return DefaultScripts.text(of: "safety.yaml").map {
      File(name: "Prompts/safety.yaml", text: $0, directory: nil)
    }
  }

  /// The safety net for a script. A safety file with errors stops the program rather than
  /// running without a safety net: a conversation must never quietly lose it.
  static func loadSafety(besides directory: URL?) throws -> SafetyNet {
    guard let file = safetyFile(besides: directory) else { return .empty }
    let result = SafetyRules.load(yaml: file.text, file: file.name)
    guard let rules = result.rules else {
      throw ValidationError(
        "The safety file has problems, so CareCoach cannot run:\n"
          + result.diagnostics.filter { $0.severity == .error }.map(\.description)
          .joined(separator: "\n"))
    }
    return SafetyNet(rules: rules)
  }

  /// A script with its lexicon and safety net.
  static func loadWithSafety(_ reference: String) throws -> (
    script: Script, lexicon: Lexicon, safety: SafetyNet
  ) {
    let (script, lexicon) = try load(reference)
    let directory = try file(for: reference).directory
    return (script, lexicon, try loadSafety(besides: directory))
  }

  /// A script ready to run, or an error listing every problem in it.
  static func load(_ reference: String) throws -> (script: Script, lexicon: Lexicon) {
    let file = try file(for: reference)
    let (lexicon, lexiconProblems) = loadLexicon(besides: file.directory)
    let result = ScriptLoader.load(text: file.text, file: file.name, lexicon: lexicon)
    let problems = (lexiconProblems + result.diagnostics).filter { $0.severity == .error }
    guard let script = result.script, problems.isEmpty else {
      throw ValidationError(
        "The script has problems, so it cannot run:\n"
          + problems.map(\.description).joined(separator: "\n"))
    }
    return (script, lexicon)
  }
}
