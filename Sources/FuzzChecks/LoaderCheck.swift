import Dialogue

/// Arbitrary text through every reader of Prompts/ files: scripts, the lexicon, the safety
/// rules and the glossary. A malformed file gives diagnostics, never a trap; a file reads as
/// loaded exactly when no diagnostic is an error; every diagnostic points inside the file; the
/// fast YAML reader agrees with Yams on whatever it reads; and a script that loads can run.
public enum LoaderCheck {
  /// Lines a script that loads is given, enough to pass a first question of each kind.
  static let firstReplies = ["yes", "skip", "1", "3", "done", "back"]

  public static func run(_ bytes: [UInt8]) throws(CheckFailure) {
    // Files are read as UTF-8; one that is not is refused before any YAML is read.
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    if let disagreement = YAMLReader.fastPathDisagreement(in: text) {
      throw CheckFailure("yaml", disagreement)
    }
    let script = ScriptLoader.load(text: text, file: "fuzz.yaml", lexicon: BuiltIn.lexicon)
    try consistent("script", loaded: script.script != nil, script.diagnostics, in: text)
    let lexicon = Lexicon.load(yaml: text, file: "lexicon.yaml")
    try consistent("lexicon", loaded: lexicon.lexicon != nil, lexicon.diagnostics, in: text)
    let rules = SafetyRules.load(yaml: text, file: "safety.yaml")
    try consistent("safety", loaded: rules.rules != nil, rules.diagnostics, in: text)
    let glossary = Glossary.load(yaml: text, file: "glossary.yaml")
    try consistent("glossary", loaded: glossary.glossary != nil, glossary.diagnostics, in: text)
    if let loaded = script.script {
      let engine = Engine(script: loaded, lexicon: BuiltIn.lexicon, safety: BuiltIn.safety)
      try EngineCheck.run(firstReplies, on: engine)
    }
  }

  /// Fails when loading and the diagnostics disagree, or a diagnostic points outside the text.
  public static func consistent(
    _ what: String, loaded: Bool, _ diagnostics: [Diagnostic], in text: String
  ) throws(CheckFailure) {
    let errors = diagnostics.filter { $0.severity == .error }
    if loaded != errors.isEmpty {
      throw CheckFailure(
        what,
        loaded
          ? "loaded despite \(errors.count) error(s): \(errors[0])"
          : "not loaded, yet no diagnostic is an error")
    }
    // Any character that can end a line, counted generously: a position may be on the line
    // after the last break.
    let breaks = text.unicodeScalars.filter {
      [0x0A, 0x0D, 0x85, 0x2028, 0x2029].contains($0.value)
    }.count
    for diagnostic in diagnostics {
      let place = diagnostic.location
      if place.line < 1 || place.column < 1 || place.line > breaks + 2 {
        throw CheckFailure(
          what, "\(place.line):\(place.column) is outside a text of \(breaks + 1) line(s)")
      }
    }
  }
}
