import DefaultScripts
import Dialogue
import Foundation

/// Finds and loads a script with the files it runs with: a built-in script by id, or a file
/// by path.
///
/// The lexicon, glossary and safety file are each taken from beside the script file when one
/// is there, and built in otherwise, so a service can replace its questions without copying
/// the vocabulary, the explanations or the urgent-help numbers.
public struct ScriptSource {
  /// The text and a name for messages.
  public struct File {
    public var name: String
    public var text: String
    public var directory: URL?

    public init(name: String, text: String, directory: URL?) {
      self.name = name
      self.text = text
      self.directory = directory
    }
  }

  /// Everything a conversation runs with.
  public struct Loaded {
    public var file: File
    public var script: Script
    public var lexicon: Lexicon
    public var glossary: Glossary
    public var safety: SafetyNet

    public func engine(audience: Audience = .person, background: Background = .empty) -> Engine {
      Engine(
        script: script, lexicon: lexicon, glossary: glossary, safety: safety, audience: audience,
        background: background)
    }
  }

  public static let defaultScriptID = "care-planning"

  public static var builtInScriptIDs: [String] {
    DefaultScripts.files.keys.filter { name in
      name.hasSuffix(".yaml") && !dataFileNames.contains(name)
    }.map { String($0.dropLast(5)) }.sorted()
  }

  /// Files in Prompts/ that are not conversation scripts.
  public static let dataFileNames: Set<String> = [
    "lexicon.yaml", "safety.yaml", "safety-reader.yaml", "glossary.yaml",
  ]

  /// The script `carecoach review` runs unless told otherwise.
  public static let reviewScriptID = "review"

  /// Reads a script by built-in id or path; the error is a sentence for the person. A name
  /// that is neither is a mistake in the command line (exit status 64, with the usage); a file
  /// that is there but cannot be read is not (exit status 1).
  public static func file(for reference: String) throws(SessionError) -> File {
    if let text = DefaultScripts.text(of: "\(reference).yaml") {
      return File(name: "Prompts/\(reference).yaml", text: text, directory: nil)
    }
    let url = URL(fileURLWithPath: reference)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      let ids = builtInScriptIDs
      // A misspelt built-in name gets the name it is nearest to.
      let bare = reference.hasSuffix(".yaml") ? String(reference.dropLast(5)) : reference
      let near = bare.contains("/") ? nil : Suggestion.nearest(to: bare, in: ids)
      throw .noSuchScript(reference, nearest: near, builtIn: ids)
    }
    if isDirectory.boolValue {
      throw .scriptIsAFolder(reference)
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw .cannotReadScript(reference)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .scriptIsNotText(reference)
    }
    return File(name: reference, text: text, directory: url.deletingLastPathComponent())
  }

  /// A data file such as `lexicon.yaml`: beside the script when there is one, else built in.
  static func dataFile(_ name: String, besides directory: URL?) -> File? {
    if let directory {
      let url = directory.appendingPathComponent(name)
      if let data = FileManager.default.contents(atPath: url.path) {
        return File(
          name: url.path, text: String(decoding: data, as: UTF8.self), directory: directory)
      }
    }
    return DefaultScripts.text(of: name).map {
      File(name: "Prompts/\(name)", text: $0, directory: nil)
    }
  }

  public static func loadLexicon(besides directory: URL?) -> (Lexicon, [Diagnostic]) {
    guard let file = dataFile("lexicon.yaml", besides: directory) else {
      return (Lexicon(concepts: []), [])
    }
    let result = Lexicon.load(yaml: file.text, file: file.name)
    return (result.lexicon ?? Lexicon(concepts: []), result.diagnostics)
  }

  static func loadGlossary(besides directory: URL?) -> (Glossary, [Diagnostic]) {
    guard let file = dataFile("glossary.yaml", besides: directory) else { return (.empty, []) }
    let result = Glossary.load(yaml: file.text, file: file.name)
    return (result.glossary ?? .empty, result.diagnostics)
  }

  static func loadSafety(besides directory: URL?) -> (SafetyNet, [Diagnostic]) {
    guard let file = dataFile("safety.yaml", besides: directory) else { return (.empty, []) }
    let result = SafetyRules.load(yaml: file.text, file: file.name)
    guard let rules = result.rules else { return (.empty, result.diagnostics) }
    let (reader, readerProblems) = loadSafetyReader(besides: directory, rules: rules)
    return (SafetyNet(rules: rules, reader: reader), result.diagnostics + readerProblems)
  }

  /// The safety net's scored reader, from beside the safety file's place; none when there is
  /// no such file (a script folder of its own may have a safety file and no reader).
  static func loadSafetyReader(besides directory: URL?, rules: SafetyRules) -> (
    SafetyReader?, [Diagnostic]
  ) {
    guard let file = dataFile("safety-reader.yaml", besides: directory) else { return (nil, []) }
    return SafetyReader.load(
      text: file.text, file: file.name, categoryIDs: Set(rules.categories.map(\.id)))
  }

  /// Where to get help quickly, in the built-in safety file's words, for `--help`: the same
  /// services every plan names at its foot, so the numbers are written in one place only.
  ///
  /// The caller reads it only when help is asked for: no other command should pay for reading
  /// the safety file.
  public static var urgentHelp: String {
    guard let file = dataFile("safety.yaml", besides: nil),
      let rules = SafetyRules.load(yaml: file.text, file: file.name).rules,
      !rules.footerServices.isEmpty
    else { return Wording.urgentHelp }
    return rules.footerServices.map(\.say).joined(separator: " ")
  }

  /// A script with everything it runs with, or an error listing every problem.
  ///
  /// A problem in any of the files stops the program: a wrong explanation is worse than none,
  /// and a conversation must never quietly run without its safety net. The command line was
  /// right, so it is a failure (exit status 1, no usage text), as `validate` reports it.
  public static func load(_ reference: String) throws(SessionError) -> Loaded {
    try load(file(for: reference))
  }

  /// The same, for script text already read (such as a stored session's own copy).
  public static func load(_ file: File, lexiconDirectory: URL? = nil) throws(SessionError)
    -> Loaded
  {
    let directory = lexiconDirectory ?? file.directory
    let (lexicon, lexiconProblems) = loadLexicon(besides: directory)
    let (glossary, glossaryProblems) = loadGlossary(besides: directory)
    let (safety, safetyProblems) = loadSafety(besides: directory)
    let result = ScriptLoader.load(text: file.text, file: file.name, lexicon: lexicon)
    let problems = (lexiconProblems + glossaryProblems + safetyProblems + result.diagnostics)
      .filter { $0.severity == .error }
    guard let script = result.script, problems.isEmpty else {
      throw .scriptProblems(problems)
    }
    return Loaded(
      file: file, script: script, lexicon: lexicon, glossary: glossary, safety: safety)
  }
}
