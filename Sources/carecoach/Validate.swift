import ArgumentParser
import DefaultScripts
import Dialogue
import Foundation

/// `carecoach validate`: checks scripts and prints every problem with its file, line and column.
struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Check scripts and their data files. With no paths, checks the built-in Prompts/.",
    discussion: "Exits 1 when there is any error. A folder means every .yaml file in it.")

  @Argument(help: "Scripts, lexicon.yaml, glossary.yaml or safety.yaml files, or folders of them.")
  var paths: [String] = []

  func validate() throws {
    for path in paths where !FileManager.default.fileExists(atPath: path) {
      throw ValidationError("There is no file or folder '\(path)'.")
    }
  }

  func run() throws {
    let files = paths.isEmpty ? builtInFiles() : try paths.flatMap(expand)
    var problems: [Diagnostic] = []
    var tally = Tally()
    let checksDataFiles = files.contains {
      ScriptSource.dataFileNames.contains(URL(fileURLWithPath: $0.name).lastPathComponent)
    }
    for file in files {
      switch URL(fileURLWithPath: file.name).lastPathComponent {
      case "lexicon.yaml":
        let result = Lexicon.load(yaml: file.text, file: file.name)
        problems += result.diagnostics
        tally.add("lexicon", "lexicons", items: result.lexicon?.concepts.count, "concepts")
      case "glossary.yaml":
        let result = Glossary.load(yaml: file.text, file: file.name)
        problems += result.diagnostics
        tally.add("glossary", "glossaries", items: result.glossary?.entries.count, "terms")
      case "safety.yaml":
        let result = SafetyRules.load(yaml: file.text, file: file.name)
        problems += result.diagnostics
        tally.add(
          "safety file", "safety files", items: result.rules?.categories.count, "categories")
      default:
        let (lexicon, lexiconProblems) = ScriptSource.loadLexicon(besides: file.directory)
        // The lexicon beside a script is checked with it, unless it is being checked anyway.
        if !checksDataFiles { problems += lexiconProblems }
        let result = ScriptLoader.load(text: file.text, file: file.name, lexicon: lexicon)
        problems += result.diagnostics
        tally.add("script", "scripts", items: result.script?.questions.count, "questions")
      }
    }
    for problem in problems { print(problem) }
    let errors = problems.filter { $0.severity == .error }.count
    let warnings = problems.count - errors
    let checked =
      "\(files.count) \(files.count == 1 ? "file" : "files") checked: \(tally.summary)"
    if errors > 0 {
      print("\(errors) \(errors == 1 ? "error" : "errors") in \(checked).")
      throw ExitCode.failure
    }
    print("OK: \(checked)" + (warnings > 0 ? "; \(warnings) warnings." : "; no problems."))
  }

  /// Counts of what was checked, for the one-line summary.
  struct Tally {
    var parts: [(one: String, many: String, count: Int, items: Int, itemName: String)] = []

    mutating func add(_ one: String, _ many: String, items: Int?, _ itemName: String) {
      if let index = parts.firstIndex(where: { $0.one == one }) {
        parts[index].count += 1
        parts[index].items += items ?? 0
      } else {
        parts.append((one, many, 1, items ?? 0, itemName))
      }
    }

    var summary: String {
      parts.map {
        "\($0.count) \($0.count == 1 ? $0.one : $0.many) with \($0.items) \($0.itemName)"
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

  func expand(_ path: String) throws -> [ScriptSource.File] {
    var isDirectory: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    let names: [String]
    if isDirectory.boolValue {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      names = entries.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map {
        (path as NSString).appendingPathComponent($0)
      }
    } else {
      names = [path]
    }
    return try names.map { name in
      guard let data = FileManager.default.contents(atPath: name) else {
        throw ValidationError("CareCoach cannot read '\(name)'.")
      }
      return ScriptSource.File(
        name: name, text: String(decoding: data, as: UTF8.self),
        directory: URL(fileURLWithPath: name).deletingLastPathComponent())
    }
  }
}
