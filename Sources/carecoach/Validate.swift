import ArgumentParser
import Sessions

/// `carecoach validate`: checks scripts and prints every problem with its file, line and column.
struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Check scripts and their data files. With no paths, checks the built-in Prompts/.",
    discussion: "Exits 1 when there is any error. A folder means every .yaml file in it.")

  @Argument(help: "Scripts, lexicon.yaml, glossary.yaml or safety.yaml files, or folders of them.")
  var paths: [String] = []

  func run() throws {
    let report = ScriptCheck(paths: paths).run()
    for line in report.lines { print(line) }
    if report.hasErrors { throw ExitCode.failure }
  }
}
