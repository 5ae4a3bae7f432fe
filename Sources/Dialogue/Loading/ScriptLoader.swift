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

  static let topKeys = ["id", "version", "title", "description", "language", "sections", "rules"]
  static let sectionKeys = ["id", "title", "intro", "when", "repeat", "questions"]
  static let questionKeys = [
    "id", "text", "say", "facilitator", "label", "kind", "help", "when", "choices", "labels",
    "min", "max", "max_items", "future", "reprompts", "reflect", "plan", "strip", "decline",
  ]
  static let statementKeys = ["id", "say", "facilitator", "when", "show"]
  static let choiceKeys = ["id", "text", "synonyms", "change"]
  static let repeatKeys = ["max", "while", "over"]
  static let groupKeys = ["group", "repeat", "sections"]
  static let reflectionKeys = ["text", "when"]
  static let wordingKeys = ["text", "when"]
  static let ruleKeys = [
    "id", "pattern", "priority", "say", "plan", "add", "jump", "flag", "consume",
  ]

  /// Words authors often write for a key, and the key they mean. Misspellings of these get the
  /// same "did you mean" as misspellings of the keys themselves.
  static let topAliases = ["name": "title", "questions": "sections", "rule": "rules"]
  static let sectionAliases = [
    "name": "title", "items": "questions", "question": "questions", "condition": "when",
    "if": "when", "introduction": "intro",
  ]
  static let questionAliases = [
    "question": "text", "prompt": "text", "ask": "text", "type": "kind", "options": "choices",
    "answers": "choices", "condition": "when", "if": "when", "reprompt": "reprompts",
    "reflection": "reflect", "reflections": "reflect", "hint": "help", "minimum": "min",
    "maximum": "max", "scale_labels": "labels",
  ]
  static let statementAliases = [
    "text": "say", "message": "say", "condition": "when", "if": "when",
  ]
  static let choiceAliases = ["label": "text", "words": "synonyms", "aliases": "synonyms"]
  static let repeatAliases = [
    "times": "max", "until": "while", "condition": "while", "for_each": "over", "each": "over",
  ]
  static let reflectionAliases = ["say": "text", "if": "when", "condition": "when"]
  static let ruleAliases = ["match": "pattern", "reply": "say", "goto": "jump"]

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

/// A condition or template waiting for the second pass, with where it was written.
private struct Pending<Value> {
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
private enum ConditionRole {
  case item
  case section
  case other
}

private struct Builder {
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

  // MARK: First pass: shape

  mutating func readScript(_ root: YAMLValue) -> Script? {
    guard case .mapping = root.node else {
      root.report(
        "a script must begin with its keys (id, version, title, sections), "
          + "but this file begins with \(root.isList ? "a list" : "a single value")")
      return nil
    }
    guard
      let top = root.mapping(
        "the script", allowed: ScriptLoader.topKeys, required: ["id", "version", "sections"],
        aliases: ScriptLoader.topAliases)
    else { return nil }
    let id = top["id"]?.identifier("the script's id") ?? ""
    let version = top["version"]?.nonEmptyString("the script's version") ?? ""
    let title = top["title"]?.nonEmptyString("a title") ?? id
    let language = top["language"]?.nonEmptyString("a language tag such as en-GB") ?? "en-GB"
    var sections: [Section] = []
    if let list = top["sections"]?.list("a list of sections") {
      if list.isEmpty { top["sections"]!.report("a script needs at least one section") }
      for value in list {
        if case .mapping(let mapping, _) = value.node,
          mapping.contains(where: { $0.key.string == "group" })
        {
          sections += readGroup(value)
        } else if let section = readSection(value) {
          sections.append(section)
        }
      }
    }
    var rules: [GlobalRule] = []
    if let list = top["rules"]?.list("a list of rules") {
      for value in list {
        if let rule = readRule(value) { rules.append(rule) }
      }
    }
    return Script(
      id: id, version: version, title: title, language: language, sections: sections,
      rules: rules, file: reader.file)
  }

  /// A `group:` entry: several sections in a row that repeat together, round by round.
  mutating func readGroup(_ value: YAMLValue) -> [Section] {
    guard
      let map = value.mapping(
        "a group of sections", allowed: ScriptLoader.groupKeys,
        required: ["group", "repeat", "sections"])
    else { return [] }
    let id = map["group"]?.identifier("the group's id") ?? ""
    var sections: [Section] = []
    backgroundList = map["repeat"].flatMap(Self.overList)
    defer { backgroundList = nil }
    if let list = map["sections"]?.list("a list of sections") {
      if list.isEmpty { map["sections"]!.report("a group needs at least one section") }
      for sectionValue in list {
        if case .mapping(let mapping, _) = sectionValue.node,
          mapping.contains(where: { $0.key.string == "group" })
        {
          sectionValue.report("a group cannot hold another group; list its sections here instead")
          continue
        }
        if let section = readSection(sectionValue, inGroup: true) { sections.append(section) }
      }
    }
    guard let repeatValue = map["repeat"],
      let repeating = readRepeat(repeatValue, groupID: id)
    else { return sections }
    return sections.map { section in
      var section = section
      section.repeating = repeating
      return section
    }
  }

  /// The background list a `repeat` names with `over`, read before the sections it applies to
  /// so that their templates may use the list's fields. Problems are reported by `readRepeat`.
  static func overList(_ repeatValue: YAMLValue) -> String? {
    guard case .mapping(let pairs, _) = repeatValue.node else { return nil }
    for pair in pairs where ["over", "for_each", "each"].contains(pair.key.string ?? "") {
      if let name = pair.value.string, Background.known[name] != nil { return name }
    }
    return nil
  }

  mutating func readRepeat(_ value: YAMLValue, groupID: String) -> Repeat? {
    var mentionsOver = false
    if case .mapping(let pairs, _) = value.node {
      mentionsOver = pairs.contains { ["over", "for_each", "each"].contains($0.key.string ?? "") }
    }
    guard
      let repeatMap = value.mapping(
        "a repeat", allowed: ScriptLoader.repeatKeys, required: mentionsOver ? [] : ["max"],
        aliases: ScriptLoader.repeatAliases)
    else { return nil }
    var over: String?
    if let overValue = repeatMap["over"], let name = overValue.string("the name of a list") {
      let lists = Background.known.keys.sorted()
      if Background.known[name] != nil {
        over = name
      } else {
        overValue.report(
          "a group can repeat over \(lists.joined(separator: ", ")), not '\(name)'"
            + Suggestion.hint(for: name, in: lists))
      }
    }
    // A group over a list runs once per item, up to 20 unless `max` says fewer.
    var max =
      repeatMap["max"]?.int("the most times to repeat, a whole number") ?? (over == nil ? 1 : 20)
    if !(1...20).contains(max) {
      repeatMap["max"]!.report("repeat max must be from 1 to 20, not \(max)")
      max = 1
    }
    let condition = repeatMap["while"].flatMap {
      readCondition($0, order: order, ownerID: groupID, sectionScope: groupID)
    }
    return Repeat(group: groupID, max: max, condition: condition, over: over)
  }

  mutating func readSection(_ value: YAMLValue, inGroup: Bool = false) -> Section? {
    guard
      let map = value.mapping(
        "a section", allowed: ScriptLoader.sectionKeys, required: ["id", "title", "questions"],
        aliases: ScriptLoader.sectionAliases)
    else { return nil }
    let id = map["id"]?.identifier("the section's id") ?? ""
    let title = map["title"]?.nonEmptyString("the section's title") ?? id
    let firstOrder = order
    let outerList = backgroundList
    if !inGroup { backgroundList = map["repeat"].flatMap(Self.overList) }
    defer { backgroundList = outerList }
    // `firstOrder` is the place of the last item before this section, which the section's
    // condition and intro come after and so may read.
    let condition = map["when"].flatMap {
      readCondition($0, order: firstOrder, ownerID: id, mayReadOwn: true, role: .section)
    }
    let intro = map["intro"].flatMap {
      readTemplate($0, order: firstOrder, ownerID: id, mayReadOwn: true)
    }
    var items: [Item] = []
    if let list = map["questions"]?.list("a list of questions") {
      if list.isEmpty { map["questions"]!.report("a section needs at least one question") }
      for (index, itemValue) in list.enumerated() {
        if let item = readItem(itemValue, sectionID: id, index: index) { items.append(item) }
      }
    }
    var repeating: Repeat?
    if let repeatValue = map["repeat"] {
      if inGroup {
        repeatValue.report(
          "a section inside a group repeats with its group; put 'repeat' on the group instead")
      } else {
        repeating = readRepeat(repeatValue, groupID: id)
      }
    }
    return Section(
      id: id, title: title, intro: intro, condition: condition, repeating: repeating,
      items: items, location: value.location)
  }

  mutating func readItem(_ value: YAMLValue, sectionID: String, index: Int) -> Item? {
    if case .mapping(let mapping, _) = value.node,
      mapping.contains(where: { $0.key.string == "say" })
    {
      return readStatement(value, sectionID: sectionID, index: index).map(Item.statement)
    }
    return readQuestion(value).map(Item.question)
  }

  mutating func readStatement(_ value: YAMLValue, sectionID: String, index: Int) -> Statement? {
    guard
      let map = value.mapping(
        "a statement (an entry with 'say')", allowed: ScriptLoader.statementKeys,
        aliases: ScriptLoader.statementAliases)
    else { return nil }
    let id = map["id"]?.identifier() ?? "\(sectionID)-say-\(index + 1)"
    let myOrder = nextOrder()
    let condition = map["when"].flatMap {
      readCondition($0, order: myOrder, ownerID: id, role: .item)
    }
    guard let sayValue = map["say"], let wordings = readWordings(sayValue, order: myOrder, id: id)
    else { return nil }
    let facilitator = map["facilitator"].flatMap {
      readTemplate($0, order: myOrder, ownerID: id)
    }
    var statement = Statement(
      id: id, wordings: wordings, facilitatorText: facilitator, condition: condition,
      location: value.location)
    if let showValue = map["show"], let shown = showValue.string("what to show") {
      if shown == "plan" {
        statement.showsPlan = true
      } else {
        showValue.report(
          "a statement can show only 'plan' (the plan so far), not '\(shown)'"
            + Suggestion.hint(for: shown, in: ["plan"]))
      }
    }
    return statement
  }

  /// A statement's `say`: one text, or a list of `{ when, text }` of which the first that holds
  /// is said. A wording with no `when` always holds, so any after it could never be said.
  mutating func readWordings(_ value: YAMLValue, order: Int, id: String) -> [Wording]? {
    if case .scalar = value.node {
      return readTemplate(value, order: order, ownerID: id).map { [Wording(text: $0)] }
    }
    guard let list = value.list("the words to say, or a list of { when, text }") else {
      return nil
    }
    if list.isEmpty { value.report("a statement needs at least one thing to say") }
    var wordings: [Wording] = []
    var unconditional: SourceLocation?
    for entry in list {
      guard
        let map = entry.mapping(
          "one way of saying it, with text and when", allowed: ScriptLoader.wordingKeys,
          required: ["text"], aliases: ScriptLoader.reflectionAliases),
        let text = map["text"].flatMap({ readTemplate($0, order: order, ownerID: id) })
      else { continue }
      if let earlier = unconditional {
        entry.report(
          "this can never be said: the wording at line \(earlier.line) has no 'when', so it is "
            + "always said first; put the one without 'when' last")
      }
      let condition = map["when"].flatMap { readCondition($0, order: order, ownerID: id) }
      if condition == nil && map["when"] == nil && unconditional == nil {
        unconditional = entry.location
      }
      wordings.append(Wording(text: text, condition: condition))
    }
    return wordings.isEmpty ? nil : wordings
  }

  mutating func nextOrder() -> Int {
    order += 1
    return order
  }

  mutating func readQuestion(_ value: YAMLValue) -> Question? {
    guard
      let map = value.mapping(
        "a question", allowed: ScriptLoader.questionKeys, required: ["id", "text"],
        aliases: ScriptLoader.questionAliases)
    else { return nil }
    guard let id = map["id"]?.identifier("the question's id") else { return nil }
    let myOrder = nextOrder()
    var kind = QuestionKind.text
    if let kindValue = map["kind"], let name = kindValue.string("a kind") {
      if let parsed = QuestionKind(rawValue: name) {
        kind = parsed
      } else {
        let names = QuestionKind.allCases.map(\.rawValue)
        kindValue.report(
          "unknown kind '\(name)'\(Suggestion.hint(for: name, in: names)); "
            + "expected one of: \(names.joined(separator: ", "))")
      }
    }
    let text = map["text"].flatMap { readTemplate($0, order: myOrder, ownerID: id) }
    let facilitator = map["facilitator"].flatMap {
      readTemplate($0, order: myOrder, ownerID: id)
    }
    let condition = map["when"].flatMap {
      readCondition($0, order: myOrder, ownerID: id, role: .item)
    }
    let label = map["label"]?.nonEmptyString("a short label")
    let help = map["help"]?.nonEmptyString("help text")
    var strip: [String] = []
    var decline: [String] = []
    for (key, what) in [("strip", "words to take off"), ("decline", "answers that decline")] {
      guard let listValue = map[key] else { continue }
      if kind != .text {
        listValue.report("\(key) is only for text questions, and this one is \(kind.rawValue)")
      }
      let words = (listValue.stringList(what) ?? []).filter { !Whitespace.isBlank($0) }
      if key == "strip" { strip = words } else { decline = words }
    }

    var choices: [Choice] = []
    var named: [(choice: Choice, names: ChoiceNames)] = []
    if let choicesValue = map["choices"] {
      if kind != .choice && kind != .multi {
        choicesValue.report(
          "choices are only for questions of kind choice or multi, and this one is \(kind.rawValue)"
        )
      }
      for choiceValue in choicesValue.list("a list of choices") ?? [] {
        if let (choice, names) = readChoice(choiceValue) {
          if choices.contains(where: { $0.id == choice.id }) {
            choiceValue.report("the choice id '\(choice.id)' is used twice in this question")
          }
          if let target = choice.change {
            if kind != .choice {
              choiceValue.report(
                "'change' works only in a question of kind choice, and this one is \(kind.rawValue)"
              )
            }
            changeTargets.append((target, choiceValue.location, myOrder, id))
          }
          choices.append(choice)
          named.append((choice, names))
        }
      }
      if kind == .choice || kind == .multi { checkChoicesTellApart(named) }
    }
    if (kind == .choice || kind == .multi) && choices.count < 2 && !map.misspelt.contains("choices")
    {
      value.report("a question of kind \(kind.rawValue) needs at least two choices")
    }

    var validation = Validation()
    if let minValue = map["min"] {
      validation.minimum = minValue.double()
      if ![.number, .scale].contains(kind) {
        minValue.report(
          "min is only for number and scale questions, and this one is \(kind.rawValue)")
      }
    }
    if let maxValue = map["max"] {
      validation.maximum = maxValue.double()
      if ![.number, .scale].contains(kind) {
        maxValue.report(
          "max is only for number and scale questions, and this one is \(kind.rawValue)")
      }
    }
    if let low = validation.minimum, let high = validation.maximum, low > high {
      map["max"]!.report(
        "max (\(format(high))) is smaller than min (\(format(low))), so no answer could be right")
    }
    if kind == .scale {
      for (key, bound) in [("min", validation.minimum), ("max", validation.maximum)] {
        if let bound, bound != bound.rounded() {
          map[key]!.report("a scale's \(key) must be a whole number")
        }
      }
    }
    if let itemsValue = map["max_items"] {
      validation.maxItems = itemsValue.int()
      if kind != .list {
        itemsValue.report("max_items is only for list questions, and this one is \(kind.rawValue)")
      }
      if let most = validation.maxItems, most < 1 {
        itemsValue.report("max_items must be at least 1")
      }
    }
    if let futureValue = map["future"] {
      validation.futureDate = futureValue.bool() ?? false
      if kind != .date {
        futureValue.report("future is only for date questions, and this one is \(kind.rawValue)")
      }
    }

    var scaleLabels: [Int: String] = [:]
    if let labelsValue = map["labels"] {
      if kind != .scale {
        labelsValue.report("labels are only for scale questions, and this one is \(kind.rawValue)")
      }
      for entry in labelsValue.entries("a mapping from numbers to words") ?? [] {
        guard let point = Int(entry.key) else {
          reader.report(at: entry.location, "a scale label's key must be a whole number")
          continue
        }
        if let words = entry.value.nonEmptyString("the words for \(point)") {
          scaleLabels[point] = words
        }
        // Words for a point the scale does not have could never be shown or typed usefully.
        let low = validation.minimum ?? 0
        let high = validation.maximum ?? 10
        if kind == .scale, low <= high, !(low...high).contains(Double(point)) {
          reader.report(
            at: entry.location,
            "the scale runs from \(format(low)) to \(format(high)), so it has no point \(point)")
        }
      }
    }

    let reprompts = (map["reprompts"]?.list("a list of reprompts") ?? []).compactMap {
      readTemplate($0, order: myOrder, ownerID: id)
    }
    var reflections: [Reflection] = []
    if let reflectValue = map["reflect"] {
      if case .scalar = reflectValue.node {
        if let template = readTemplate(
          reflectValue, order: myOrder, ownerID: id, mayReadOwn: true, extra: ["answer"])
        {
          reflections.append(Reflection(text: template))
        }
      } else {
        for entry in reflectValue.list("a reflection, or a list of them") ?? [] {
          guard
            let entryMap = entry.mapping(
              "a reflection", allowed: ScriptLoader.reflectionKeys, required: ["text"],
              aliases: ScriptLoader.reflectionAliases),
            let template = entryMap["text"].flatMap({
              readTemplate($0, order: myOrder, ownerID: id, mayReadOwn: true, extra: ["answer"])
            })
          else { continue }
          let condition = entryMap["when"].flatMap {
            readCondition($0, order: myOrder, ownerID: id, mayReadOwn: true)
          }
          reflections.append(Reflection(text: template, condition: condition))
        }
      }
    }
    var plan: PlanField?
    if let planValue = map["plan"], let name = planValue.string("a plan field") {
      if let field = PlanField(rawValue: name) {
        plan = field
        if !field.acceptedKinds.contains(kind) {
          planValue.report(
            "the plan field '\(name)' takes answers of kind "
              + field.acceptedKinds.map(\.rawValue).sorted().joined(separator: " or ")
              + ", and this question is \(kind.rawValue)")
        }
        if [.progressRating, .progressText, .goalDecision].contains(field),
          backgroundList != "goals"
        {
          planValue.report(
            "the plan field '\(name)' is about a goal being reviewed, so its question belongs "
              + "in a group with repeat: { over: goals }")
        }
        if field == .goalDecision, kind == .choice {
          let allowed = PlanField.goalDecisions
          for choice in choices where !allowed.contains(choice.id) {
            planValue.report(
              "a goal.status question's choices must have the ids "
                + "\(allowed.joined(separator: ", ")), and '\(choice.id)' is not one of them")
          }
        }
      } else {
        let names = PlanField.allCases.map(\.rawValue)
        planValue.report(
          "the plan has no field '\(name)'\(Suggestion.hint(for: name, in: names)); "
            + "fields are: \(names.joined(separator: ", "))")
      }
    }
    guard let text else { return nil }
    return Question(
      id: id, text: text, facilitatorText: facilitator, label: label, kind: kind, help: help,
      condition: condition, choices: choices, scaleLabels: scaleLabels, validation: validation,
      reprompts: reprompts, reflections: reflections, plan: plan, strip: strip,
      decline: decline, location: value.location)
  }

  /// Words that select a choice (its text, its id and its synonyms) and where each is written.
  typealias ChoiceNames = [(words: String, location: SourceLocation)]

  func readChoice(_ value: YAMLValue) -> (choice: Choice, names: ChoiceNames)? {
    if case .scalar = value.node {
      guard let text = value.nonEmptyString("a choice") else { return nil }
      return (Choice(id: slug(text), text: text), [(text, value.location)])
    }
    guard
      let map = value.mapping(
        "a choice", allowed: ScriptLoader.choiceKeys, required: ["text"],
        aliases: ScriptLoader.choiceAliases),
      let textValue = map["text"], let text = textValue.nonEmptyString("the choice's text")
    else { return nil }
    var names: ChoiceNames = [(text, textValue.location)]
    var id = slug(text)
    if let idValue = map["id"], let written = idValue.identifier("the choice's id") {
      id = written
      names.append((written.replacingOccurrences(of: "-", with: " "), idValue.location))
    }
    var synonyms: [String] = []
    if let synonymsValue = map["synonyms"] {
      if case .sequence = synonymsValue.node {
        for item in synonymsValue.list("a list of synonyms") ?? [] {
          guard let synonym = item.string("synonyms") else { continue }
          synonyms.append(synonym)
          names.append((synonym, item.location))
        }
      } else {
        synonyms = synonymsValue.stringList("synonyms") ?? []
        names += synonyms.map { ($0, synonymsValue.location) }
      }
    }
    let change = map["change"]?.identifier("the id of the question to change")
    return (Choice(id: id, text: text, synonyms: synonyms, change: change), names)
  }

  /// Reports words that cannot tell choices apart: the same words selecting two choices, or
  /// words that are a number, which selects the choice with that number rather than this one.
  func checkChoicesTellApart(_ choices: [(choice: Choice, names: ChoiceNames)]) {
    var owner: [String: Int] = [:]
    for (index, entry) in choices.enumerated() {
      var reported: Set<String> = []
      for (words, location) in entry.names {
        let key = AnswerInterpreter.normalise(words)
        guard !key.isEmpty, !reported.contains(key) else { continue }
        if let number = AnswerInterpreter.choiceNumber(in: words, count: choices.count),
          number != index + 1
        {
          reported.insert(key)
          reader.report(
            at: location,
            "typing '\(words)' chooses choice \(number), '\(choices[number - 1].choice.text)', "
              + "not '\(entry.choice.text)'; use words that are not a number")
          continue
        }
        if let first = owner[key], first != index,
          choices[first].choice.id != entry.choice.id
        {
          reported.insert(key)
          reader.report(
            at: location,
            "'\(words)' chooses both '\(choices[first].choice.text)' and "
              + "'\(entry.choice.text)', so the answer could be either; keep it on one choice")
          continue
        }
        if owner[key] == nil { owner[key] = index }
      }
    }
  }

  mutating func readRule(_ value: YAMLValue) -> GlobalRule? {
    guard
      let map = value.mapping(
        "a rule", allowed: ScriptLoader.ruleKeys, required: ["id", "pattern"],
        aliases: ScriptLoader.ruleAliases)
    else { return nil }
    let id = map["id"]?.identifier("the rule's id") ?? ""
    guard let patternValue = map["pattern"], let pattern = patternValue.nonEmptyString("a pattern")
    else { return nil }
    let parsedPattern = ParsedPattern(pattern)
    for error in RuleMatcher.check(parsedPattern.parsed, knownConcepts: conceptIDs) {
      reader.report(at: patternValue.location(atOffset: error.offset), error.message)
    }
    // `[a|b]` works in the safety file's patterns but not here, where the `|` would be read
    // as a space and "[a|b]" as the optional words "a b": said, rather than matched wrongly.
    // Searched as bytes: a search by `Character` cost more than parsing the pattern.
    if pattern.utf8.contains(UInt8(ascii: "|")), let bar = pattern.firstIndex(of: "|") {
      reader.report(
        at: patternValue.location(atOffset: pattern.distance(from: pattern.startIndex, to: bar)),
        "'|' has no meaning in a rule's pattern; write a rule for each wording, "
          + "or name a {concept} whose words are the choices")
    }
    let priority = map["priority"]?.int("a priority, a whole number") ?? 0
    var actions: [RuleAction] = []
    let everywhere = Int.max
    if let say = map["say"].flatMap({
      readTemplate($0, order: everywhere, ownerID: id, extra: ["match"])
    }) {
      actions.append(.say(say))
    }
    if let planValue = map["plan"], let name = planValue.string("a plan field") {
      if let field = PlanField(rawValue: name) {
        let add = map["add"].flatMap {
          readTemplate($0, order: everywhere, ownerID: id, extra: ["match", "line"])
        }
        actions.append(.addToPlan(field, add))
      } else {
        let names = PlanField.allCases.map(\.rawValue)
        planValue.report(
          "the plan has no field '\(name)'\(Suggestion.hint(for: name, in: names))")
      }
    } else if let addValue = map["add"] {
      addValue.report("'add' needs 'plan' beside it, to say which plan field to add to")
    }
    if let jumpValue = map["jump"], let target = jumpValue.identifier("a question id") {
      jumps.append((target, jumpValue.location))
      actions.append(.jump(target))
    }
    if let flagValue = map["flag"], let category = flagValue.identifier("a flag category") {
      actions.append(.flag(category))
    }
    if actions.isEmpty && map["add"] == nil && !map.misspelt.contains("say")
      && !map.misspelt.contains("jump") && !map.misspelt.contains("plan")
    {
      value.report("a rule needs at least one action: say, plan, jump or flag")
    }
    let consumes = map["consume"]?.bool() ?? true
    var rule = GlobalRule(
      id: id, pattern: pattern, priority: priority, actions: actions, consumes: consumes,
      location: value.location)
    rule.parsedPattern = parsedPattern
    return rule
  }

  mutating func readCondition(
    _ value: YAMLValue, order: Int, ownerID: String, mayReadOwn: Bool = false,
    sectionScope: String? = nil, role: ConditionRole = .other
  ) -> Condition? {
    guard let source = value.nonEmptyString("a condition") else { return nil }
    do {
      let condition = try Condition.parse(source)
      conditions.append(
        Pending(
          value: condition, source: value, order: order, mayReadOwn: mayReadOwn,
          sectionScope: sectionScope, ownerID: ownerID, extraNames: [], role: role))
      return condition
    } catch {
      reader.report(at: value.location(atOffset: error.offset), error.message)
      return nil
    }
  }

  mutating func readTemplate(
    _ value: YAMLValue, order: Int, ownerID: String, mayReadOwn: Bool = false,
    extra: [String] = []
  ) -> Template? {
    guard let source = value.nonEmptyString("text") else { return nil }
    let extra = extra + (backgroundList.flatMap { Background.known[$0] } ?? [])
    do {
      let template = try Template(parsing: source)
      templates.append(
        Pending(
          value: template, source: value, order: order, mayReadOwn: mayReadOwn,
          sectionScope: nil, ownerID: ownerID, extraNames: extra))
      return template
    } catch {
      reader.report(at: value.location(atOffset: error.offset), error.message)
      return nil
    }
  }

  // MARK: Second pass: references

  func check(_ script: Script) {
    var orderOf: [String: Int] = [:]
    var sectionOf: [String: String] = [:]
    var itemLocations: [String: SourceLocation] = [:]
    var position = 0
    var sectionIDs: [String: SourceLocation] = [:]
    for section in script.sections {
      if let first = sectionIDs[section.id] {
        reader.report(
          at: section.location,
          "the section id '\(section.id)' is already used at line \(first.line)")
      } else {
        sectionIDs[section.id] = section.location
      }
      for item in section.items {
        position += 1
        if let first = itemLocations[item.id] {
          reader.report(
            at: item.location,
            "the id '\(item.id)' is already used at line \(first.line); "
              + "each question and statement needs its own id")
          continue
        }
        itemLocations[item.id] = item.location
        orderOf[item.id] = position
        // For a repeat's `while`, what counts is the repeating group (a section on its own
        // repeats as a group of one).
        sectionOf[item.id] = section.repeating?.group ?? section.id
      }
    }
    var ruleIDs: [String: SourceLocation] = [:]
    for rule in script.rules {
      if let first = ruleIDs[rule.id] {
        reader.report(
          at: rule.location, "the rule id '\(rule.id)' is already used at line \(first.line)")
      }
      ruleIDs[rule.id] = rule.location
    }

    var types: [String: ValueType] = [:]
    var knownValues = lexicon.conceptIDs
    for question in script.questions {
      types[question.id] = question.valueType
      knownValues.formUnion(question.choices.map(\.id))
    }
    let questionIDs = Array(types.keys).sorted()

    // Conditions with a mistake of their own are left out of the check for reachability.
    var troubled: Set<Int> = []
    for (index, pending) in conditions.enumerated() {
      for error in pending.value.typeCheck(
        types: { types[$0] }, knownConcepts: knownValues, knownQuestions: questionIDs)
      {
        reader.report(at: pending.source.location(atOffset: error.offset), error.message)
        troubled.insert(index)
      }
      for name in pending.value.references.sorted() {
        guard let referenced = orderOf[name], types[name] != nil else { continue }
        if let scope = pending.sectionScope {
          if sectionOf[name] != scope {
            reader.report(
              at: pending.location,
              "a repeat's 'while' may only read questions of what repeats, and '\(name)' is not in '\(scope)'"
            )
          }
        } else if referenced > pending.order || (referenced == pending.order && !pending.mayReadOwn)
        {
          troubled.insert(index)
          reader.report(
            at: pending.location,
            "'\(pending.ownerID)' can never be reached as written: its condition reads '\(name)', "
              + "which is asked later, so the answer is never there in time")
        }
      }
      // With no answers to read, only the round can make it true: in some round up to 20.
      // Questions, statements and sections get the fuller check below.
      if pending.role == .other, pending.value.references.isEmpty,
        !(1...20).contains(where: {
          pending.value.evaluate(in: EmptyConditionContext(roundNumber: $0))
        })
      {
        reader.report(
          at: pending.location,
          "'\(pending.ownerID)' can never be reached: its condition is never true")
      }
    }

    checkReachability(script, skipping: troubled)

    for pending in templates {
      for (name, offset) in pending.value.references {
        // Worked out only for a message: finding a place inside a scalar reads the file's lines.
        var location: SourceLocation { pending.source.location(atOffset: offset) }
        if pending.extraNames.contains(name) { continue }
        guard let referenced = orderOf[name], types[name] != nil else {
          reader.report(
            at: location,
            "the text uses '{{\(name)}}', but there is no question '\(name)'"
              + Suggestion.hint(for: name, in: questionIDs + pending.extraNames))
          continue
        }
        if pending.order != Int.max
          && (referenced > pending.order || (referenced == pending.order && !pending.mayReadOwn))
        {
          reader.report(
            at: location,
            "the text uses '{{\(name)}}', which is asked later, so it would always be empty here")
        }
      }
    }

    for pending in changeTargets {
      guard let referenced = orderOf[pending.target], types[pending.target] != nil else {
        reader.report(
          at: pending.location,
          "the choice changes '\(pending.target)', but there is no question '\(pending.target)'"
            + Suggestion.hint(for: pending.target, in: questionIDs))
        continue
      }
      if referenced >= pending.order {
        reader.report(
          at: pending.location,
          "the choice changes '\(pending.target)', which is not asked before '\(pending.ownerID)'; "
            + "a choice can only change an earlier answer")
      }
    }

    for (target, location) in jumps where types[target] == nil {
      reader.report(
        at: location,
        "a rule jumps to '\(target)', but there is no question '\(target)'"
          + Suggestion.hint(for: target, in: questionIDs))
    }
  }

  /// Finds questions and statements that no answers could bring: their condition is never
  /// true, alone or together with their section's (`when: not walk` in a section for `walk`,
  /// `days > 9` when days runs from 0 to 7).
  func checkReachability(_ script: Script, skipping troubled: Set<Int>) {
    var pendingFor: [ConditionRole: [String: Pending<Condition>]] = [:]
    for (index, pending) in conditions.enumerated() where pending.role != .other {
      if troubled.contains(index) {
        // Present but not to be relied on: neither checked nor combined with.
        pendingFor[pending.role, default: [:]][pending.ownerID] = nil
        continue
      }
      if pendingFor[pending.role]?[pending.ownerID] == nil {
        pendingFor[pending.role, default: [:]][pending.ownerID] = pending
      }
    }
    var troubledOwners: Set<String> = []
    for (index, pending) in conditions.enumerated() where troubled.contains(index) {
      troubledOwners.insert(pending.ownerID)
    }
    var questions: [String: Question] = [:]
    for question in script.questions where questions[question.id] == nil {
      questions[question.id] = question
    }
    for section in script.sections {
      let checker = ConditionSatisfiability(
        question: { questions[$0] }, rounds: 1...max(section.repeating?.max ?? 1, 1))
      var sectionCondition: (condition: Condition, pending: Pending<Condition>)?
      if let condition = section.condition, !troubledOwners.contains(section.id),
        let pending = pendingFor[.section]?[section.id]
      {
        if !checker.canHold(condition) {
          reader.report(
            at: pending.location,
            "the section '\(section.id)' can never be reached: its condition is never true"
              + reason(checker, condition))
          continue
        }
        sectionCondition = (condition, pending)
      }
      for item in section.items {
        guard let condition = item.condition, !troubledOwners.contains(item.id),
          let pending = pendingFor[.item]?[item.id]
        else { continue }
        if !checker.canHold(condition) {
          reader.report(
            at: pending.location,
            "'\(item.id)' can never be reached: its condition is never true"
              + reason(checker, condition))
        } else if let sectionCondition,
          !checker.canHold(.and(sectionCondition.condition, condition))
        {
          let both = Condition.and(sectionCondition.condition, condition)
          reader.report(
            at: pending.location,
            "'\(item.id)' can never be reached: its condition is never true when its section's "
              + "condition ('\(sectionCondition.pending.text)') is"
              + reason(checker, both))
        }
      }
    }
  }

  /// ", since 'days' runs from 0 to 7" when the limits of numbers are what rule a condition
  /// out; nothing otherwise.
  func reason(_ checker: ConditionSatisfiability, _ condition: Condition) -> String {
    var unlimited = checker
    unlimited.usesLimits = false
    guard unlimited.canHold(condition) else { return "" }
    let limits = checker.limits(in: condition)
    guard !limits.isEmpty else { return "" }
    return ", since " + Template.join(limits)
  }

  func format(_ number: Double) -> String {
    number == number.rounded() ? String(Int(number)) : String(number)
  }

  /// An id made from a choice's text: "On my own" -> "on-my-own".
  func slug(_ text: String) -> String {
    var result = ""
    for scalar in text.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        result.unicodeScalars.append(scalar)
      } else if !result.isEmpty && !result.hasSuffix("-") {
        result += "-"
      }
    }
    while result.hasSuffix("-") { result.removeLast() }
    if result.isEmpty || !Identifier.isValid(result) { result = "choice-" + result }
    return result
  }
}

/// A conversation with no answers yet: used to find conditions that can never be true.
struct EmptyConditionContext: ConditionContext {
  var roundNumber = 1
  func value(of question: String) -> AnswerValue? { nil }
  func concepts(of question: String) -> Set<String> { [] }
}
