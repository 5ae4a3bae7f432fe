extension ScriptLoader.Builder {
  // MARK: First pass: questions

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
    let targets = readAnswerTargets(map, kind: kind, order: myOrder, ownerID: id)
    // A question that reads a step back may say it whole as `{{read_back}}`.
    let readBackName = targets.readBack.isEmpty ? [] : ["read_back"]
    let text = map["text"].flatMap {
      readTemplate($0, order: myOrder, ownerID: id, extra: readBackName)
    }
    let facilitator = map["facilitator"].flatMap {
      readTemplate($0, order: myOrder, ownerID: id, extra: readBackName)
    }
    let condition = map["when"].flatMap {
      readCondition($0, order: myOrder, ownerID: id, role: .item)
    }
    let label = map["label"]?.nonEmptyString("a short label")
    let help = map["help"]?.nonEmptyString("help text")
    let facilitatorHelp = map["facilitator_help"]?.nonEmptyString("help text for a worker")
    let plainly = map["plainly"].flatMap { value -> Template? in
      guard value.nonEmptyString("the question in plainer words") != nil else { return nil }
      return readTemplate(value, order: myOrder, ownerID: id)
    }
    let facilitatorPlainly = map["facilitator_plainly"].flatMap { value -> Template? in
      guard value.nonEmptyString("the question in plainer words for a worker") != nil else {
        return nil
      }
      return readTemplate(value, order: myOrder, ownerID: id)
    }
    let example = map["example"]?.nonEmptyString("an example answer")
    let why = map["why"]?.nonEmptyString("why the question is asked")
    let facilitatorWhy = map["facilitator_why"]?.nonEmptyString(
      "why the question is asked, for a worker")
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
          reflectValue, order: myOrder, ownerID: id, mayReadOwn: true,
          extra: ["answer", "said_with"])
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
              readTemplate(
                $0, order: myOrder, ownerID: id, mayReadOwn: true, extra: ["answer", "said_with"])
            })
          else { continue }
          let condition = entryMap["when"].flatMap {
            readCondition($0, order: myOrder, ownerID: id, mayReadOwn: true)
          }
          let facilitator = entryMap["facilitator"].flatMap {
            readTemplate(
              $0, order: myOrder, ownerID: id, mayReadOwn: true, extra: ["answer", "said_with"])
          }
          reflections.append(
            Reflection(text: template, condition: condition, facilitatorText: facilitator))
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
        if let list = field.list, backgroundList != list {
          let item =
            list == "goals" ? "a goal being reviewed or agreed" : "a question being answered"
          planValue.report(
            "the plan field '\(name)' is about \(item), so its question belongs "
              + "in a group with repeat: { over: \(list) }")
        }
        let choiceIDs: [PlanField: [String]] = [
          .goalDecision: PlanField.goalDecisions, .goalAgreement: PlanField.goalAgreements,
          .questionOutcome: PlanField.questionOutcomes, .keepStep: PlanField.stepChoices,
          .keepMeasure: PlanField.measureChoices, .reviewDayKept: PlanField.reviewDayChoices,
        ]
        if let allowed = choiceIDs[field], kind == .choice {
          for choice in choices where !allowed.contains(choice.id) {
            planValue.report(
              "a \(name) question's choices must have the ids "
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
    var question = Question(
      id: id, text: text, facilitatorText: facilitator, label: label, kind: kind, help: help,
      facilitatorHelp: facilitatorHelp, condition: condition, choices: choices,
      scaleLabels: scaleLabels, validation: validation,
      reprompts: reprompts, reflections: reflections, plan: plan, strip: strip,
      decline: decline, location: value.location)
    question.plainly = plainly
    question.facilitatorPlainly = facilitatorPlainly
    question.example = example
    question.why = why
    question.facilitatorWhy = facilitatorWhy
    question.contentTo = targets.contentTo
    question.contentMeans = targets.contentMeans
    question.contentChanges = targets.contentChanges
    question.contentKnown = targets.contentKnown
    if let suggestValue = map["suggest"] {
      if kind != .text {
        suggestValue.report("suggest is only for text questions, and this one is \(kind.rawValue)")
      }
      question.suggestions = (suggestValue.list("a list of suggested answers") ?? []).compactMap {
        readTemplate($0, order: myOrder, ownerID: id)
      }
    }
    question.readBack = targets.readBack
    question.optional = map["optional"]?.bool() ?? false
    if let wordsValue = map["in_words"] {
      question.inWords = readScaleWords(wordsValue, kind: kind, range: question.scaleRange)
    }
    if let choicesValue = map["easy_choices"] {
      question.easyChoices = readEasyChoices(choicesValue, kind: kind)
    }
    if let versionsValue = map["versions"] {
      question.versions = readStepVersions(versionsValue, kind: kind, order: myOrder, ownerID: id)
    }
    if let partsValue = map["fills_parts"] {
      question.fillsParts = readFilledParts(partsValue, kind: kind, order: myOrder, ownerID: id)
    }
    if let earlierValue = map["earlier"] {
      question.earlier = readEarlier(earlierValue, kind: kind)
    }
    if let sameValue = map["same_as_before"] {
      question.sameAsBefore = readSameAsBefore(sameValue, order: myOrder, ownerID: id)
    }
    return question
  }

  /// The answer given last time: a field of the list the group repeats over, or a name the
  /// program gives, for a question whose answer can be kept as it was.
  func readEarlier(_ value: YAMLValue, kind: QuestionKind) -> String? {
    guard let name = value.identifier("the earlier answer's field") else { return nil }
    let kinds: Set<QuestionKind> = [.text, .scale, .date, .list, .yesNo]
    guard kinds.contains(kind) else {
      value.report(
        "earlier is for text, scale, date, list and yesno questions, not \(kind.rawValue)")
      return nil
    }
    let fields = (backgroundList.flatMap { Background.known[$0] } ?? []) + Background.knownNames
    guard fields.contains(name) else {
      value.report(
        "'\(name)' is not an earlier answer the program gives here\(Suggestion.hint(for: name, in: fields)); "
          + "it may be: \(fields.joined(separator: ", "))")
      return nil
    }
    return name
  }

  func format(_ number: Double) -> String {
    number == number.rounded() ? String(Int(number)) : String(number)
  }
}
