extension ScriptLoader.Builder {
  // MARK: The easier way: when to switch, and the questions' easier forms

  /// The script's `easier:` section: a count for each signal, the pause that counts as long,
  /// and the whole lines that switch it on and off.
  func readEasierWay(_ value: YAMLValue) -> EasierWay? {
    guard let map = value.mapping("the easier way", allowed: ScriptLoader.easierKeys) else {
      return nil
    }
    var way = EasierWay()
    if let signals = map["signals"] {
      let names = EasierWay.Signal.allCases.map(\.rawValue)
      for entry in signals.entries("a mapping from signals to counts") ?? [] {
        guard let signal = EasierWay.Signal(rawValue: entry.key) else {
          reader.report(
            at: entry.location,
            "there is no signal '\(entry.key)'\(Suggestion.hint(for: entry.key, in: names)); "
              + "signals are: \(names.joined(separator: ", "))")
          continue
        }
        guard let count = entry.value.int("a count") else { continue }
        if count < 1 {
          entry.value.report("a signal's count must be 1 or more, and this is \(count)")
          continue
        }
        way.thresholds[signal] = count
      }
    }
    if let minutes = map["pause_minutes"], let count = minutes.int("a number of minutes") {
      if count < 1 { minutes.report("pause_minutes must be 1 or more, and this is \(count)") }
      way.pauseMinutes = max(1, count)
    }
    way.onWords = map["on_words"]?.stringList("words that ask for the easier way") ?? []
    way.offWords = map["off_words"]?.stringList("words that switch it off") ?? []
    return way
  }

  /// `in_words`, only for scales: each point in range, none twice.
  func readScaleWords(_ value: YAMLValue, kind: QuestionKind, range: ClosedRange<Int>)
    -> [ScaleWord]
  {
    if kind != .scale {
      value.report("in_words is only for scale questions, and this one is \(kind.rawValue)")
    }
    var words: [ScaleWord] = []
    for item in value.list("a list of words and the points they stand for") ?? [] {
      guard
        let map = item.mapping(
          "words for a point of the scale", allowed: ScriptLoader.scaleWordKeys,
          required: ["text", "point"]),
        let text = map["text"]?.nonEmptyString("the words"),
        let point = map["point"]?.int("a point of the scale")
      else { continue }
      if !range.contains(point) {
        map["point"]!.report(
          "\(point) is not on the scale, which goes from \(range.lowerBound) to \(range.upperBound)"
        )
      }
      if words.contains(where: { $0.point == point }) {
        map["point"]!.report("two of the words stand for \(point)")
      }
      words.append(ScaleWord(text: text, point: point))
    }
    return words
  }

  /// `versions`, only for text questions: each a mapping from a later text question to the
  /// words it would be answered with.
  mutating func readStepVersions(
    _ value: YAMLValue, kind: QuestionKind, order: Int, ownerID: String
  ) -> [StepVersion] {
    if kind != .text {
      value.report("versions are only for text questions, and this one is \(kind.rawValue)")
    }
    var versions: [StepVersion] = []
    for item in value.list("a list of versions") ?? [] {
      var answers: [(question: String, words: String)] = []
      for entry in item.entries("a mapping from questions to the words they get") ?? [] {
        guard let words = entry.value.nonEmptyString("the words for \(entry.key)") else {
          continue
        }
        answers.append((entry.key, words))
        answerTargets.append(
          .init(
            target: entry.key, location: entry.location, order: order, ownerID: ownerID,
            key: "versions", comesAfter: true))
      }
      if !answers.isEmpty { versions.append(StepVersion(answers: answers)) }
    }
    if versions.count == 1 {
      value.report("versions needs two or more, so the person has a choice")
    }
    return versions
  }

  /// `easy_choices`, only for text questions: small steps for each area of life, by concept.
  func readEasyChoices(_ value: YAMLValue, kind: QuestionKind) -> [(
    concept: String, steps: [String]
  )] {
    if kind != .text {
      value.report("easy_choices are only for text questions, and this one is \(kind.rawValue)")
    }
    var choices: [(concept: String, steps: [String])] = []
    for entry in value.entries("a mapping from areas of life to small steps") ?? [] {
      let steps = (entry.value.stringList("small steps") ?? []).filter { !Whitespace.isBlank($0) }
      if !steps.isEmpty { choices.append((entry.key, steps)) }
    }
    return choices
  }
}
