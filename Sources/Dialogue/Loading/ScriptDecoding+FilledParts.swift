extension ScriptLoader.Builder {
  /// `fills_parts`, only for a text question that says what a step is: the questions for the
  /// step's other parts (how much, when, where, how often, the day to start) that its answer
  /// may fill when its own words say them ("for 5 mins after lunch"). Each must come after it
  /// and be a part of a step read back with this question as `what`.
  mutating func readFilledParts(
    _ value: YAMLValue, kind: QuestionKind, order: Int, ownerID: String
  ) -> [String] {
    if kind != .text {
      value.report("fills_parts is only for text questions, and this one is \(kind.rawValue)")
    }
    var targets: [String] = []
    for item in value.list("a list of questions for the step's parts") ?? [] {
      guard let target = item.identifier("a question for a part of the step") else { continue }
      if targets.contains(target) {
        item.warn("'\(target)' is listed twice")
        continue
      }
      targets.append(target)
      answerTargets.append(
        .init(
          target: target, location: item.location, order: order, ownerID: ownerID,
          key: "fills_parts", comesAfter: true))
      filledParts.append((ownerID, target, item.location))
    }
    return targets
  }

  /// Each question `fills_parts` names is a part, other than what, of a step read back with
  /// the naming question as its `what`: otherwise there is no telling which part it is.
  func checkFilledParts(_ script: Script) {
    for (owner, target, location) in filledParts where script.question(target) != nil {
      let readBacks = script.questions.filter { $0.readBack[.what] == owner }
      guard !readBacks.isEmpty else {
        reader.report(
          at: location,
          "fills_parts needs a question whose read_back has 'what: \(owner)', "
            + "so each part it fills is known")
        return
      }
      let part = readBacks.lazy.compactMap { question in
        question.readBack.first { $0.value == target }?.key
      }.first
      if part == nil || part == .what {
        reader.report(
          at: location,
          "fills_parts names '\(target)', which is not a part of the step read back with "
            + "'what: \(owner)'")
      }
    }
  }
}
