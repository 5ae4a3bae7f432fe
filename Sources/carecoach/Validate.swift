import ArgumentParser
import DefaultScripts
import Dialogue
import Foundation

/// `carecoach validate`: checks scripts and prints every problem with its file, line and column.
struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check scripts and lexicons. With no paths, checks the built-in Prompts/.",
    discussion: "Exits 1 when there is any error. A folder means every .yaml file in it.")

  @Argument(help: "Script or lexicon files, or folders of them.")
  var paths: [String] = []

  func validate() throws {
    for path in paths where !FileManager.default.fileExists(atPath: path) {
      throw ValidationError("There is no file or folder '\(path)'.")
    }
  }

  func run() throws {
    let files = paths.isEmpty ? builtInFiles() : try paths.flatMap(expand)
    var problems: [Diagnostic] = []
    var scripts = 0
    var questions = 0
    var lexicons = 0
    var concepts = 0
    var safetyFiles = 0
    var categories = 0
    for file in files {
      if URL(fileURLWithPath: file.name).lastPathComponent == "safety.yaml" {
        let result = SafetyRules.load(yaml: file.text, file: file.name)
        problems += result.diagnostics
        safetyFiles += 1
        categories += result.rules?.categories.count ?? 0
      } else if URL(fileURLWithPath: file.name).lastPathComponent == "lexicon.yaml" {
        let result = Lexicon.load(yaml: file.text, file: file.name)
        problems += result.diagnostics
        lexicons += 1
        concepts += result.lexicon?.concepts.count ?? 0
      } else {
        let (lexicon, lexiconProblems) = ScriptSource.loadLexicon(besides: file.directory)
        if !files.contains(where: { $0.name.hasSuffix("lexicon.yaml") }) {
          problems += lexiconProblems
        }
        let result = ScriptLoader.load(text: file.text, file: file.name, lexicon: lexicon)
        problems += result.diagnostics
        scripts += 1
        questions += result.script?.questions.count ?? 0
      }
    }
    for problem in problems { print(problem) }
    let errors = problems.filter { $0.severity == .error }.count
    let warnings = problems.count - errors
    let checked =
      "\(files.count) \(files.count == 1 ? "file" : "files") checked: "
      + "\(scripts) \(scripts == 1 ? "script" : "scripts") with \(questions) questions, "
      + "\(lexicons) \(lexicons == 1 ? "lexicon" : "lexicons") with \(concepts) concepts"
      + (safetyFiles > 0
        ? ", \(safetyFiles) safety \(safetyFiles == 1 ? "file" : "files") with \(categories) categories"
        : "")
    if errors > 0 {
      print("\(errors) \(errors == 1 ? "error" : "errors") in \(checked).")
      throw ExitCode.failure
    }
    print("OK: \(checked)" + (warnings > 0 ? "; \(warnings) warnings." : "; no problems."))
  }

  func builtInFiles() -> [ScriptSource.File] {
    DefaultScripts.files.keys.sorted().filter { $0.hasSuffix(".yaml") }
      .filter {
        $0 == "lexicon.yaml" || $0 == "safety.yaml" || !ScriptSource.dataFileNames.contains($0)
      }
      .map {
        ScriptSource.File(name: "Prompts/\($0)", text: DefaultScripts.files[$0]!, directory: nil)
      }
  }

  func expand(_ path: String) throws -> [ScriptSource.File] {
    var isDirectory: ObjCBool = false
    FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
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
