import Foundation

/// One kind of situation the safety net watches for, and what it shows.
public struct SafetyCategory: Hashable, Sendable {
  public var id: String
  /// What the worker is told the person mentioned, such as "chest pain". The title is the
  /// notice's heading for the person ("This could be an emergency") and names nothing.
  public var name: String
  public var title: String
  public var level: SafetyLevel
  public var message: String
  /// Said instead of `message` when the person's words hold a "not" ("I'm not suicidal,
  /// but..."): the numbers are still shown, in softer words.
  public var gentle: String?
  /// Service ids, in the order they are shown.
  public var signpost: [String]
  /// Said in kiosk mode instead of the file's general kiosk line.
  public var kiosk: String?
  /// One short, kind question asked before the notice when the words could be everyday ones
  /// ("Just to check: have you taken more of your medicine than you should, today?"): a false
  /// alarm frightens people and fills their record with crises that did not happen.
  public var check: String?
  /// Patterns of a clear statement: the notice is shown at once.
  public var patterns: [String]
  /// Patterns of words that could be this category or an everyday thing ("overdoing it",
  /// "passed out"): they ask `check` first, and show the notice only when the answer is yes.
  public var askFirst: [String]
  /// The kinds of frame ("worry", "past"...) that do not change this category's words: for
  /// abuse, "scared of" is the sign itself, and an attack last week still matters now.
  public var ignoredFrames: [String]
  /// Words that make words of `askFirst` in the same line a clear statement ("it won't stop",
  /// "on purpose", "still going"): an ambiguous sign said to be happening now, and not
  /// stopping, needs the notice at once, not a question first.
  public var clearWith: [String]
  /// The category's core concepts (a breath, the chest, a collapse, the end of life...), each
  /// a pattern for one word family in the spellings people type. Found anywhere and not framed
  /// as everyday, a concept asks `check` first; with a word of `clearWith` it is a clear
  /// statement. Patterns fitted to one set of wordings miss the next set's; a concept is what
  /// every wording of the category shares, so it is the wide net under the patterns.
  public var concepts: [String]
  /// `check` in plainer words, said when the person asks what the check question means: why it
  /// is asked is not what it means.
  public var checkPlainly: String?
  /// Said when the answer to `check` is "not sure": one calm line with the one or two services
  /// that fit, rather than the whole notice with every service. `{{service-id}}` is that
  /// service's contact ("call 111").
  public var ifUnsure: String?
  /// `check` and `checkPlainly` as a worker typing for the person asks them, about the person
  /// ("Just to check: are they struggling to breathe now?"); nil where the file gives none,
  /// when the person's own question is asked.
  public var facilitatorCheck: String? = nil
  public var facilitatorCheckPlainly: String? = nil
  /// Asked instead of `check` when only the scored reader raised the category: a general,
  /// kind question about now ("is anything happening right now that needs help today, like
  /// ...?"). The reader reads a whole line's letters and words, not a sign, so an ordinary
  /// line about doses and rehab classes may reach it, and must not be asked about fits and
  /// heavy bleeding. Nil falls back to the file's general `wording.reader-check`.
  public var readerCheck: String? = nil
  /// `readerCheck` as a worker typing for the person asks it, about the person.
  public var facilitatorReaderCheck: String? = nil

  public init(
    id: String, name: String? = nil, title: String, level: SafetyLevel, message: String,
    gentle: String? = nil, signpost: [String], kiosk: String? = nil, check: String? = nil,
    patterns: [String], askFirst: [String] = [], ignoredFrames: [String] = [],
    clearWith: [String] = [], concepts: [String] = [], checkPlainly: String? = nil,
    ifUnsure: String? = nil
  ) {
    self.id = id
    self.name = name ?? id.replacingOccurrences(of: "-", with: " ")
    self.title = title
    self.level = level
    self.message = message
    self.gentle = gentle
    self.signpost = signpost
    self.kiosk = kiosk
    self.check = check
    self.patterns = patterns
    self.askFirst = askFirst
    self.ignoredFrames = ignoredFrames
    self.clearWith = clearWith
    self.concepts = concepts
    self.checkPlainly = checkPlainly
    self.ifUnsure = ifUnsure
  }
}

extension SafetyRules {
  /// One category of the file, with its problems reported where they are; nil when it cannot
  /// be read at all.
  static func loadCategory(
    _ item: YAMLValue, services serviceIDs: [String], groups groupIDs: Set<String>,
    seen categorySeen: inout [String: SourceLocation], reader: YAMLReader
  ) -> SafetyCategory? {
    guard
      let fields = item.mapping(
        "a safety category",
        allowed: [
          "id", "name", "title", "level", "message", "gentle", "signpost", "kiosk", "check",
          "check-plainly", "if-unsure", "patterns", "ask-first", "clear-with", "concepts",
          "ignore-frames", "facilitator-check", "facilitator-check-plainly", "reader-check",
          "facilitator-reader-check",
        ],
        required: ["id", "title", "level", "message", "patterns"]),
      let idValue = fields["id"], let id = idValue.identifier("a category id")
    else { return nil }
    if let earlier = categorySeen[id] {
      idValue.report("duplicate category id '\(id)': it is already declared at \(earlier)")
      return nil
    }
    categorySeen[id] = idValue.location
    let level = fields["level"].flatMap { value -> SafetyLevel? in
      guard let text = value.string("a level") else { return nil }
      if let level = SafetyLevel(rawValue: text) { return level }
      let names = SafetyLevel.allCases.map(\.rawValue)
      value.report(
        "unknown level '\(text)'\(Suggestion.hint(for: text, in: names)); "
          + "expected one of: \(names.joined(separator: ", "))")
      return nil
    }
    var signpost: [String] = []
    for value in fields["signpost"]?.list("a list of service ids") ?? [] {
      guard let service = value.string("a service id") else { continue }
      if serviceIDs.contains(service) {
        signpost.append(service)
      } else {
        value.report(
          "unknown service '\(service)'\(Suggestion.hint(for: service, in: serviceIDs))")
      }
    }
    if let level, level != .appointment, signpost.isEmpty, fields["signpost"] == nil {
      fields.owner.report("category '\(id)' needs 'signpost': the services to show")
    }
    if let level, level != .appointment, fields["check"] == nil {
      fields.owner.report(
        "category '\(id)' needs 'check': the question asked first when the words are unclear")
    }
    func patterns(_ key: String) -> [String] {
      var patterns: [String] = []
      for value in fields[key]?.list("a list of patterns") ?? [] {
        guard let pattern = value.nonEmptyString("a pattern") else { continue }
        if checkPattern(pattern, in: value, groups: groupIDs, reader: reader) == 0 {
          patterns.append(pattern)
        }
      }
      return patterns
    }
    let (clear, askFirst, clearWith, concepts) = (
      patterns("patterns"), patterns("ask-first"), patterns("clear-with"), patterns("concepts")
    )
    if let level, level == .appointment, let value = fields["concepts"] {
      value.report(
        "category '\(id)' has no check question to ask, so 'concepts' would never be used")
    }
    var ignoredFrames: [String] = []
    let frameKinds = Frames.Kind.allCases.map(\.rawValue)
    for value in fields["ignore-frames"]?.list("a list of kinds of frame") ?? [] {
      guard let kind = value.string("a kind of frame") else { continue }
      if frameKinds.contains(kind) {
        ignoredFrames.append(kind)
      } else {
        value.report(
          "unknown kind of frame '\(kind)'\(Suggestion.hint(for: kind, in: frameKinds)); "
            + "expected one of: \(frameKinds.joined(separator: ", "))")
      }
    }
    let ifUnsure = fields["if-unsure"]?.nonEmptyString("the line for a not-sure answer")
    if let ifUnsure, let value = fields["if-unsure"] {
      for name in SafetyNet.servicesNamed(in: ifUnsure) where !serviceIDs.contains(name) {
        value.report(
          "unknown service '{{\(name)}}'\(Suggestion.hint(for: name, in: serviceIDs))")
      }
    }
    guard let title = fields["title"]?.nonEmptyString("a title"),
      let message = fields["message"]?.nonEmptyString("a message"), let level
    else { return nil }
    var category = SafetyCategory(
      id: id, name: fields["name"]?.nonEmptyString("a name for the worker"), title: title,
      level: level, message: message,
      gentle: fields["gentle"]?.nonEmptyString("a gentle message"), signpost: signpost,
      kiosk: fields["kiosk"]?.nonEmptyString("a kiosk line"),
      check: fields["check"]?.nonEmptyString("a check question"), patterns: clear,
      askFirst: askFirst, ignoredFrames: ignoredFrames, clearWith: clearWith, concepts: concepts,
      checkPlainly: fields["check-plainly"]?.nonEmptyString("the check question in plainer words"),
      ifUnsure: ifUnsure)
    category.facilitatorCheck = fields["facilitator-check"]?.nonEmptyString(
      "the check question as a worker asks it")
    category.facilitatorCheckPlainly = fields["facilitator-check-plainly"]?.nonEmptyString(
      "the plainer check question as a worker asks it")
    category.readerCheck = fields["reader-check"]?.nonEmptyString(
      "the general check question the scored reader asks")
    category.facilitatorReaderCheck = fields["facilitator-reader-check"]?.nonEmptyString(
      "the scored reader's check question as a worker asks it")
    if category.readerCheck != nil, category.facilitatorCheck != nil,
      category.facilitatorReaderCheck == nil
    {
      fields.owner.report(
        "category '\(id)' has 'reader-check' and 'facilitator-check' but no "
          + "'facilitator-reader-check': a worker would be asked the person's own question")
    }
    return category
  }
}
