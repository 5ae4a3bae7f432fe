extension ScriptLoader.Builder {
  // MARK: First pass: the script, its groups and sections

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
    var script = Script(
      id: id, version: version, title: title, language: language, sections: sections,
      rules: rules, file: reader.file)
    script.easier = top["easier"].flatMap(readEasierWay)
    return script
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
          "a group can repeat over "
            + lists.dropLast().joined(separator: ", ") + " or " + (lists.last ?? "")
            + ", not '\(name)'"
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
    let facilitatorTitle = map["facilitator_title"]?.nonEmptyString(
      "the section's facilitator_title")
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
    let facilitatorIntro = map["facilitator_intro"].flatMap {
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
      id: id, title: title, facilitatorTitle: facilitatorTitle, intro: intro,
      facilitatorIntro: facilitatorIntro,
      condition: condition, repeating: repeating,
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
}
