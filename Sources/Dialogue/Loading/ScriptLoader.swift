/// Turns a script's YAML into a checked `Script`, reporting every problem at once.
///
/// Loading runs in two passes. The first reads the shape of the file and builds the model; the
/// second checks what can only be checked once every id is known: conditions, templates, jumps,
/// plan fields and whether each question can be reached. Nothing here throws or traps on a bad
/// file: a malformed script gives diagnostics, never a crash.
public enum ScriptLoader {
  public struct Result {
    /// The script, when there were no errors (warnings allowed).
    public var script: Script?
    public var diagnostics: [Diagnostic]
  }

  public static func load(text: String, file: String, lexicon: Lexicon) -> Result {
    let reader = YAMLReader(file: file)
    guard let root = reader.root(of: text) else {
      return Result(script: nil, diagnostics: reader.diagnostics)
    }
    var builder = Builder(reader: reader, lexicon: lexicon)
    let script = builder.readScript(root)
    if let script { builder.check(script) }
    let diagnostics = reader.diagnostics.sorted(by: Builder.byPosition)
    let hasErrors = diagnostics.contains { $0.severity == .error }
    return Result(script: hasErrors ? nil : script, diagnostics: diagnostics)
  }
}

extension ScriptLoader {
  /// Reads one script and checks it, keeping what the second pass needs from the first.
  struct Builder {
    let reader: YAMLReader
    let lexicon: Lexicon
    /// The lexicon's concept ids, worked out once rather than for every rule's pattern.
    let conceptIDs: Set<String>
    var conditions: [Pending<Condition>] = []
    var templates: [Pending<Template>] = []
    var jumps: [(target: String, location: SourceLocation)] = []
    /// Choices that open an earlier question to change it: the target, where it was written,
    /// and the order of the question offering the choice (the target must come before it).
    var changeTargets: [(target: String, location: SourceLocation, order: Int, ownerID: String)] =
      []
    /// Questions another question's answers go to or are read back from (`content_to`,
    /// `read_back`), with where they were named: each must exist, and come after (content) or
    /// before (a read-back) the question naming it.
    var answerTargets: [AnswerTarget] = []
    /// Each question named by a step's `fills_parts`: the step's question, the part's question,
    /// and where it was named.
    var filledParts: [(owner: String, target: String, location: SourceLocation)] = []
    /// Each choice `same_as_before` takes back, with where it was written and the order of
    /// the question naming it: checked once every question is known.
    var choicesTakenBack:
      [(taken: ChoiceTakenBack, location: SourceLocation, order: Int, ownerID: String)] = []
    var order = 0
    /// While reading a group that repeats over a background list: that list, whose item fields
    /// its templates may use.
    var backgroundList: String?

    init(reader: YAMLReader, lexicon: Lexicon) {
      self.reader = reader
      self.lexicon = lexicon
      self.conceptIDs = lexicon.conceptIDs
    }

    static func byPosition(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
      (a.location.line, a.location.column) < (b.location.line, b.location.column)
    }

    mutating func nextOrder() -> Int {
      order += 1
      return order
    }
  }
}

extension ScriptLoader.Builder {
  /// A condition or template waiting for the second pass, with where it was written.
  struct Pending<Value> {
    var value: Value
    /// The YAML text it was read from, to turn character offsets into lines and columns.
    var source: YAMLValue
    var location: SourceLocation { source.location(atOffset: 0) }
    /// The text as written, for messages that quote it.
    var text: String {
      if case .scalar(let scalar) = source.node { return scalar.string }
      return ""
    }
    /// The flattened position of the item that owns it; references must come before it.
    var order: Int
    /// Whether the owner may read its own answer (reflections can; conditions cannot).
    var mayReadOwn: Bool
    /// For repeat conditions: the section whose questions it may read, at any position.
    var sectionScope: String?
    var ownerID: String
    /// Extra names a template may use, such as `answer` or `match`.
    var extraNames: [String]
    /// Whose condition it is, for the check that every question can be reached.
    var role: ConditionRole = .other
  }

  /// What a condition decides: whether an item (a question or statement) is asked, whether a
  /// section is, or something else (a reflection, a repeat's `while`).
  enum ConditionRole {
    case item
    case section
    case other
  }
}
