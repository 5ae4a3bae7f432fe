extension ScriptLoader.Builder {
  // MARK: First pass: global rules

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
}
