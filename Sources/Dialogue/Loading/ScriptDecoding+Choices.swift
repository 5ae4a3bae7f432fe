extension ScriptLoader.Builder {
  // MARK: First pass: choices

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
    var facilitator: String?
    if let facilitatorValue = map["facilitator"],
      let words = facilitatorValue.nonEmptyString("the choice's words for a worker")
    {
      facilitator = words
      names.append((words, facilitatorValue.location))
    }
    return (
      Choice(
        id: id, text: text, synonyms: synonyms, change: change, facilitatorText: facilitator),
      names
    )
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
