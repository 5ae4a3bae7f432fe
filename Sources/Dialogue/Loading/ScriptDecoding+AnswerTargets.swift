extension ScriptLoader {
  /// A question named by another's `content_to` or `read_back`.
  struct AnswerTarget {
    var target: String
    var location: SourceLocation
    var order: Int
    var ownerID: String
    /// What the naming key is, for messages.
    var key: String
    /// Whether the target must be asked after the question naming it (`content_to`), or
    /// before it (`read_back`).
    var comesAfter: Bool
  }
}

extension ScriptLoader.Builder {
  /// Reads `content_to` and `read_back`, both for yes/no questions (`content_to` for a
  /// choice too).
  mutating func readAnswerTargets(
    _ map: YAMLMapping, kind: QuestionKind, order: Int, ownerID: String
  ) -> (
    contentTo: String?, contentMeans: Bool, contentChanges: Bool, contentKnown: Bool,
    readBack: [ReadBackPart: String]
  ) {
    var contentTo: String?
    var contentMeans = false
    var contentChanges = false
    var contentKnown = false
    var readBack: [ReadBackPart: String] = [:]
    for key in ["content_to", "content_means", "content_changes", "content_known", "read_back"] {
      // A choice may send the words said after its pick on too ("yes - it's my average
      // sugar"), when the question they answer applies to the choice made.
      if key == "content_to", kind == .choice { continue }
      if let value = map[key], kind != .yesNo {
        value.report("\(key) is only for yesno questions, and this one is \(kind.rawValue)")
      }
    }
    if let value = map["content_to"], let target = value.identifier("the question it goes to") {
      contentTo = target
      answerTargets.append(
        .init(
          target: target, location: value.location, order: order, ownerID: ownerID,
          key: "content_to", comesAfter: true))
    }
    if let value = map["content_means"] {
      if map["content_to"] == nil {
        value.report("content_means needs content_to: the question the words go to")
      }
      contentMeans = value.bool() ?? false
    }
    if let value = map["content_known"] {
      if map["content_to"] == nil {
        value.report("content_known needs content_to: the question the words go to")
      }
      contentKnown = value.bool() ?? false
    }
    if let value = map["content_changes"] {
      if map["content_to"] != nil {
        value.report("content_changes and content_to cannot both say where words go")
      }
      contentChanges = value.bool() ?? false
    }
    if let value = map["read_back"] {
      let names = ReadBackPart.allCases.map(\.rawValue)
      for entry in value.entries("a mapping from parts of a step to questions") ?? [] {
        guard let part = ReadBackPart(rawValue: entry.key) else {
          reader.report(
            at: entry.location,
            "a step has no part '\(entry.key)'\(Suggestion.hint(for: entry.key, in: names)); "
              + "parts are: \(names.joined(separator: ", "))")
          continue
        }
        guard let target = entry.value.identifier("the question for \(entry.key)") else {
          continue
        }
        readBack[part] = target
        answerTargets.append(
          .init(
            target: target, location: entry.value.location, order: order, ownerID: ownerID,
            key: "read_back", comesAfter: false))
      }
      if !readBack.isEmpty, readBack[.what] == nil {
        value.report("read_back needs 'what': the question that says what the step is")
      }
    }
    return (contentTo, contentMeans, contentChanges, contentKnown, readBack)
  }

  /// Each `content_to` and `read_back` names a question that exists, at the right place. In a
  /// repeating group, `content_to` may name a question earlier in the group: the words go to
  /// it in the next round ("yes, sleep better" to "another goal?" is the next goal).
  func checkAnswerTargets(
    order orderOf: [String: Int], types: [String: ValueType], repeatingGroupOf: [String: String]
  ) {
    let questionIDs = Array(types.keys).sorted()
    for pending in answerTargets {
      guard let referenced = orderOf[pending.target], types[pending.target] != nil else {
        reader.report(
          at: pending.location,
          "\(pending.key) names '\(pending.target)', but there is no question '\(pending.target)'"
            + Suggestion.hint(for: pending.target, in: questionIDs))
        continue
      }
      let nextRound =
        repeatingGroupOf[pending.target] != nil
        && repeatingGroupOf[pending.target] == repeatingGroupOf[pending.ownerID]
      if pending.comesAfter && referenced <= pending.order && !nextRound {
        reader.report(
          at: pending.location,
          "\(pending.key) names '\(pending.target)', which is not asked after '\(pending.ownerID)'; "
            + "an answer can only go to a question still to come")
      } else if !pending.comesAfter && referenced >= pending.order {
        reader.report(
          at: pending.location,
          "read_back names '\(pending.target)', which is not asked before '\(pending.ownerID)', "
            + "so there would be nothing to read back")
      }
      // A choice's words may also go to the parts picked after it ("agreed but make it 10
      // minutes": how much is the part that changes).
      var choiceToParts = false
      if case .choice? = types[pending.ownerID], case .choices? = types[pending.target] {
        choiceToParts = true
      }
      // A choice may send a day said instead of a pick ("in a month") to a date question.
      if case .choice? = types[pending.ownerID], types[pending.target] == .date {
        choiceToParts = true
      }
      // The day to start, found in a step's words, is a date.
      let dayFilled = pending.key == "fills_parts" && types[pending.target] == .date
      if pending.comesAfter, types[pending.target] != .text, types[pending.target] != .list,
        !choiceToParts, !dayFilled
      {
        reader.report(
          at: pending.location,
          "\(pending.key) names '\(pending.target)', which is not a text or list question; "
            + "an answer in words can only go to a text or list question")
      }
    }
  }
}
