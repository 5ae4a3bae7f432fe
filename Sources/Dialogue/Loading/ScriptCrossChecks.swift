extension ScriptLoader.Builder {
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
    // A condition in a group over a background list may read its item's fields, as text.
    for name in Background.known.values.joined() + Background.knownNames where types[name] == nil {
      types[name] = .text
    }

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

    var repeatingGroupOf: [String: String] = [:]
    for section in script.sections {
      guard let group = section.repeating?.group else { continue }
      for item in section.items { repeatingGroupOf[item.id] = group }
    }
    checkAnswerTargets(order: orderOf, types: types, repeatingGroupOf: repeatingGroupOf)
    checkFilledParts(script)
    checkChoicesTakenBack(script, order: orderOf)

    for (target, location) in jumps where types[target] == nil {
      reader.report(
        at: location,
        "a rule jumps to '\(target)', but there is no question '\(target)'"
          + Suggestion.hint(for: target, in: questionIDs))
    }
  }
}
