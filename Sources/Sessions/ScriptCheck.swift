import DefaultScripts
import Dialogue
import Foundation

/// Checks scripts and their data files, for `carecoach validate`: every problem with its file,
/// line and column, then a one-line summary.
public struct ScriptCheck {
  /// Scripts, data files or folders of them; none means the built-in Prompts/.
  public var paths: [String]

  public init(paths: [String]) {
    self.paths = paths
  }

  /// What a check found: the lines to print, in order, and whether any was an error.
  public struct Report {
    public var lines: [String]
    public var hasErrors: Bool
  }

  /// What one path on the command line gave: files to check, or a problem with the path.
  enum Entry {
    case file(ScriptSource.File)
    case problem(String)
  }

  public func run() -> Report {
    var lines: [String] = []
    // A path that is missing or cannot be read is one problem among the others, not a reason
    // to stop before the rest are checked.
    let entries: [Entry] = paths.isEmpty ? builtInFiles().map(Entry.file) : paths.flatMap(expand)
    let files = entries.compactMap { entry -> ScriptSource.File? in
      if case .file(let file) = entry { return file }
      return nil
    }
    var errors = 0
    var warnings = 0
    var tally = Tally()
    let checksDataFiles = files.contains {
      ScriptSource.dataFileNames.contains(URL(fileURLWithPath: $0.name).lastPathComponent)
    }
    for entry in entries {
      guard case .file(let file) = entry else {
        if case .problem(let message) = entry { lines.append(message) }
        errors += 1
        continue
      }
      var problems: [Diagnostic] = []
      switch URL(fileURLWithPath: file.name).lastPathComponent {
      case "lexicon.yaml":
        let result = Lexicon.load(yaml: file.text, file: file.name)
        problems += result.diagnostics
        tally.add(.lexicon, items: result.lexicon?.concepts.count)
      case "glossary.yaml":
        let result = Glossary.load(yaml: file.text, file: file.name)
        problems += result.diagnostics
        tally.add(.glossary, items: result.glossary?.entries.count)
      case "safety.yaml":
        let result = SafetyRules.load(yaml: file.text, file: file.name)
        problems += result.diagnostics
        tally.add(.safety, items: result.rules?.categories.count)
      case "safety-reader.yaml":
        let rules = ScriptSource.loadSafety(besides: file.directory).0.rules
        let ids = rules.categories.isEmpty ? nil : Set(rules.categories.map(\.id))
        problems +=
          SafetyReader.load(text: file.text, file: file.name, categoryIDs: ids)
          .diagnostics
      default:
        let (lexicon, lexiconProblems) = ScriptSource.loadLexicon(besides: file.directory)
        // The lexicon beside a script is checked with it, unless it is being checked anyway.
        if !checksDataFiles { problems += lexiconProblems }
        let result = ScriptLoader.load(text: file.text, file: file.name, lexicon: lexicon)
        problems += result.diagnostics
        tally.add(.script, items: result.script?.questions.count)
      }
      lines += problems.map(\.description)
      let fileErrors = problems.filter { $0.severity == .error }.count
      errors += fileErrors
      warnings += problems.count - fileErrors
    }
    var checked = Tally.counted(files.count, "file", "files") + " checked"
    if !tally.parts.isEmpty { checked += ": \(tally.summary)" }
    if errors > 0 {
      lines.append(Wording.problemsFound(Tally.counted(errors, "error", "errors"), in: checked))
      return Report(lines: lines, hasErrors: true)
    }
    let warned = warnings > 0 ? Tally.counted(warnings, "warning", "warnings") : nil
    lines.append(Wording.allChecked(checked, warnings: warned))
    return Report(lines: lines, hasErrors: false)
  }

  /// Counts of what was checked, for the one-line summary.
  struct Tally {
    /// A kind of file, with the words for it and for what it holds.
    struct Kind: Equatable {
      var one: String
      var many: String
      var item: String
      var items: String

      static let script = Kind(one: "script", many: "scripts", item: "question", items: "questions")
      static let lexicon = Kind(
        one: "lexicon", many: "lexicons", item: "concept", items: "concepts")
      static let glossary = Kind(
        one: "glossary", many: "glossaries", item: "term", items: "terms")
      static let safety = Kind(
        one: "safety file", many: "safety files", item: "category", items: "categories")
    }

    struct Part {
      var kind: Kind
      var count = 0
      /// Files with errors, whose contents could not be counted.
      var failed = 0
      var items = 0
    }

    var parts: [Part] = []

    /// One file of a kind, with how many things it holds, or nil when it did not load.
    mutating func add(_ kind: Kind, items: Int?) {
      var index = parts.firstIndex { $0.kind == kind }
      if index == nil {
        parts.append(Part(kind: kind))
        index = parts.count - 1
      }
      parts[index!].count += 1
      if let items { parts[index!].items += items } else { parts[index!].failed += 1 }
    }

    static func counted(_ number: Int, _ one: String, _ many: String) -> String {
      "\(number) \(number == 1 ? one : many)"
    }

    /// "2 scripts with 25 questions"; a file with errors is said to have them, since what it
    /// holds could not be counted: "1 script with errors", "3 scripts (1 with errors, 2 with
    /// 25 questions)".
    var summary: String {
      parts.map { part in
        let kind = part.kind
        let files = Self.counted(part.count, kind.one, kind.many)
        let items = Self.counted(part.items, kind.item, kind.items)
        if part.failed == 0 { return "\(files) with \(items)" }
        if part.failed == part.count { return "\(files) with errors" }
        return "\(files) (\(part.failed) with errors, \(part.count - part.failed) with \(items))"
      }
      .joined(separator: ", ")
    }
  }

  func builtInFiles() -> [ScriptSource.File] {
    DefaultScripts.files.keys.sorted().filter { $0.hasSuffix(".yaml") }
      .map {
        ScriptSource.File(name: "Prompts/\($0)", text: DefaultScripts.files[$0]!, directory: nil)
      }
  }

  /// The files a path names: itself, or every .yaml file in a folder. A path that is not there,
  /// a folder with nothing to check and a file that cannot be read are each a problem.
  func expand(_ path: String) -> [Entry] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return [.problem("\(path): \(Wording.noFileHere)")]
    }
    let names: [String]
    if isDirectory.boolValue {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      names = entries.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map {
        (path as NSString).appendingPathComponent($0)
      }
      if names.isEmpty {
        return [.problem("\(path): \(Wording.noYamlInFolder)")]
      }
    } else {
      names = [path]
    }
    return names.map { name in
      guard let data = FileManager.default.contents(atPath: name) else {
        return .problem("\(name): \(Wording.cannotReadFile)")
      }
      return .file(
        ScriptSource.File(
          name: name, text: String(decoding: data, as: UTF8.self),
          directory: URL(fileURLWithPath: name).deletingLastPathComponent()))
    }
  }
}
