import Foundation

// MARK: A step read back as one sentence, and answers with content where yes or no was asked

extension Turn {
  /// `{{read_back}}` for a question that reads a step back: the step as one sentence.
  func readBackValues(_ question: Question, place: Agenda.Place) -> [String: TemplateValue] {
    guard !question.readBack.isEmpty else { return [:] }
    let answers = context(for: place)
    var parts: [ReadBackPart: AnswerValue] = [:]
    var whatKept = false
    for (part, id) in question.readBack {
      if let answer = answers.answer(of: id), answer.value.isGiven {
        parts[part] = answer.value
      } else if case .text(let earlier)? = answers.backgroundValue(of: "previous_" + id) {
        // A part not answered here, in a step changed part by part, is the one already had.
        parts[part] = Day(iso: earlier).map(AnswerValue.date) ?? .text(earlier)
        whatKept = whatKept || part == .what
      }
    }
    if whatKept { replaceChangedParts(in: &parts, question: question, answers: answers) }
    return StepSentence.compose(parts, today: today).map { ["read_back": .text($0)] } ?? [:]
  }

  /// In a step changed part by part, a part whose old words stood inside what the person
  /// will do ("do my knee exercises for 5 minutes") is changed there, in place, and not said
  /// again after it: the step reads with the new words instead of both.
  func replaceChangedParts(
    in parts: inout [ReadBackPart: AnswerValue], question: Question, answers: AnswerContext
  ) {
    guard case .text(var what)? = parts[.what] else { return }
    for part in [ReadBackPart.howMuch, .when, .where, .howOften] {
      guard let id = question.readBack[part], let answer = answers.answer(of: id),
        case .text(let new) = answer.value
      else { continue }
      let replaced: String?
      if case .text(let old)? = answers.backgroundValue(of: "previous_" + id), !old.isEmpty {
        replaced = StepSentence.replacingPart(in: what, old: old, new: new)
      } else {
        // No how much of its own: the amount was said inside what they will do.
        replaced = part == .howMuch ? StepSentence.replacingAmount(in: what, with: new) : nil
      }
      guard let replaced else { continue }
      what = replaced
      parts[part] = nil
    }
    parts[.what] = .text(what)
  }

  /// Before a step is read back, a "what" that names no action ("wat", "dunno") is put aside
  /// (kept, not lost) and asked again, so the person is helped to name one rather than praised
  /// for a plan with nothing in it. Returns whether that question is now being asked instead.
  mutating func askForAnAction(_ question: Question, place: Agenda.Place) -> Bool {
    guard let id = question.readBack[.what] else { return false }
    let key = context(for: place).key(for: id)
    guard let answer = state.answers[key], case .text(let words) = answer.value,
      !StepSentence.namesAnAction(words)
    else { return false }
    state.setAside[key] = state.answers.removeValue(forKey: key)
    state.answerOrder.removeAll { $0 == key }
    outputs.append(.notice(Phrases.nameAnAction(after: StepSentence.tidy(words))))
    advance()
    return true
  }

  /// At a read-back, "No, it should say: rest for an hour at 3pm every Thursday" is the step
  /// as the person wants it: it replaces what they will do, and the other parts it now says
  /// (how much, when, where, how often) are set aside, kept but no longer read back.
  mutating func takeCorrectedStep(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard let whatID = question.readBack[.what],
      let words = Turn.correction(in: line) ?? Turn.rightVersion(in: line)
    else { return false }
    let answers = context(for: place)
    // "No. take a stick and walk to the shop" puts right what the person will do; only a
    // version that says when, how long or how often too stands in for those parts.
    let wholeStep = Turn.saysMoreThanWhat(words)
    for (part, id) in question.readBack
    where part != .what && part != .start && wholeStep {
      let key = answers.key(for: id)
      if let old = state.answers.removeValue(forKey: key) {
        state.setAside[key] = old
        state.answers[key] = Answer(value: .skipped(.skipped), words: "", concepts: [], at: at)
      }
    }
    let key = answers.key(for: whatID)
    // With no step before, the new one's parts are asked before it is read back.
    let hadNoStep = stepLeftOut(question, place: place) != nil
    state.answers[key] = Answer(
      value: .text(words), words: line, concepts: engine.concepts.analyse(words).conceptIDs, at: at)
    state.answerOrder.removeAll { $0 == key }
    state.answerOrder.append(key)
    if hadNoStep {
      let label = script.question(whatID)?.label ?? "step"
      outputs.append(.say(Phrases.ownIdeaKept(words, as: label, for: engine.audience)))
      advance()
      return true
    }
    outputs.append(
      .notice(
        engine.audience == .facilitator ? Phrases.stepChangedForWorker : Phrases.stepChanged))
    askCurrent()
    return true
  }

  /// The right version given in place of yes or no ("no. take a stick and walk to the shop",
  /// or the new words alone), or nil when the line is a plain yes or no, asks something, or
  /// says which part is wrong rather than what it should be ("no, the time is wrong").
  static func rightVersion(in line: String) -> String? {
    let (reply, content) = AnswerReading.yesNoContent(line, doings: StepSentence.doingWords)
    guard reply != true, let content, !line.contains("?") else { return nil }
    let words = AnswerReading.plainWords(content)
    let sayingWhatIsWrong: Set<String> = [
      "wrong", "change", "fix", "mistake", "incorrect",
    ]
    guard words.count >= 2, sayingWhatIsWrong.isDisjoint(with: words),
      !asksToTakeOut(words),
      let tidy = StepSentence.tidy(content), StepSentence.namesAnAction(tidy),
      startsWithADoing(tidy)
    else { return nil }
    return tidy
  }

  /// "take out the do wat bit thats not wat i ment": an instruction about the step, not a
  /// new one, so the parts to change are opened instead.
  static func asksToTakeOut(_ words: [String]) -> Bool {
    let openings: [[String]] = [
      ["take", "out"], ["take", "off"], ["take", "away"], ["remove"], ["get", "rid"],
      ["leave", "out"], ["cross", "out"], ["delete"], ["change"],
    ]
    if openings.contains(where: { words.starts(with: $0) }) { return true }
    let meant: [[String]] = [
      ["not", "what", "i", "meant"], ["not", "wat", "i", "meant"], ["not", "what", "i", "ment"],
      ["not", "wat", "i", "ment"], ["not", "what", "i", "said"], ["not", "wat", "i", "said"],
    ]
    return meant.contains { phrase in
      words.count >= phrase.count
        && (0...(words.count - phrase.count)).contains {
          Array(words[$0..<$0 + phrase.count]) == phrase
        }
    }
  }

  /// Whether words open with what the person will do ("take a stick ...", "gentle stretches
  /// ...", "a short walk ..."), as a new step does. "it says every day twice" and "its all jumbled up" say what is wrong
  /// with the step, not what it should be, so they open the parts to change instead.
  static func startsWithADoing(_ words: String) -> Bool {
    AnswerReading.plainWords(words).prefix(3).contains {
      StepSentence.doingWords.contains($0) || StepSentence.doingThings.contains($0)
    }
  }

  /// Whether corrected step words say more than what the person will do: a number, a time of
  /// day, a weekday or how often ("rest for an hour at 3pm every Thursday").
  static func saysMoreThanWhat(_ words: String) -> Bool {
    let timing: Set<String> = [
      "every", "daily", "weekly", "times", "morning", "mornings", "afternoon", "evening",
      "evenings", "night", "hour", "hours", "minute", "minutes", "mins", "am", "pm", "once",
      "twice", "week", "day", "days",
    ]
    return AnswerReading.plainWords(words).contains { word in
      timing.contains(word) || word.first?.isNumber == true
        || AnswerReading.weekdays[word] != nil
        || AnswerReading.weekdays[String(word.dropLast())] != nil
    }
  }

  /// The new words of a correction ("no, it should say: ...", "it should be ...", "make it
  /// ..."), or nil when the line is no correction with words of its own.
  static func correction(in line: String) -> String? {
    let lowered = line.lowercased()
    let markers = [
      "it should say", "should say", "it should be", "should be", "make it", "change it to",
      "i meant", "i mean", "it's meant to be", "its meant to be", "it is",
    ]
    for marker in markers {
      guard let range = lowered.range(of: marker) else { continue }
      let before = AnswerReading.plainWords(String(lowered[..<range.lowerBound]))
      guard
        before.allSatisfy({
          ["no", "nope", "not", "quite", "sorry", "actually", "oh"].contains($0)
        })
      else { continue }
      let offset = lowered.distance(from: lowered.startIndex, to: range.upperBound)
      let rest = String(line.dropFirst(offset)).trimmingCharacters(
        in: .whitespaces.union(CharacterSet(charactersIn: ":,-\"'")))
      guard AnswerReading.plainWords(rest).count >= 2, let tidy = StepSentence.tidy(rest) else {
        return nil
      }
      return tidy
    }
    return nil
  }

  /// The sentence of `content` that asks what a word means ("what is NT-proBNP"), as typed;
  /// nil when none does.
  static func wordAskedAbout(in content: String, _ glossary: Glossary) -> String? {
    let sentences = content.split(whereSeparator: { ".!?;".contains($0) }).map {
      $0.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ",-")))
    }
    return sentences.first { !$0.isEmpty && glossary.question(in: $0) != nil }
  }

  /// To a yes/no question that names where content answers go (`content_to`), an answer in
  /// words ("gentle knee exercises" to "Would you like some ideas?") is kept as the answer to
  /// that question, and this one is answered as the script says such words mean
  /// (`content_means`). A "yes, ..." or "no, ..." that goes with that meaning keeps its words
  /// too ("yes, the one about my kidneys"); one against it is read as a plain yes or no.
  mutating func takeContentAnswer(_ line: String, question: Question, place: Agenda.Place)
    -> Bool
  {
    guard let target = question.contentTo, !line.contains("?") else { return false }
    // "go on then one more": words that only say yes, or how many, are a yes.
    if question.contentMeans, Turn.onlySaysYesOrHowMany(line) {
      accept(.yesNo(true), words: line, place: place)
      return true
    }
    let (reply, content) = AnswerReading.yesNoContent(line, doings: StepSentence.doingWords)
    guard let content, reply == nil || reply == question.contentMeans,
      AnswerReading.plainWords(content).count >= (reply == nil ? 2 : 1),
      // "yes, I'd like to set one about my mood": a goal asked for is "my mood".
      let words = StepSentence.tidy(
        script.question(target)?.plan == .goalText
          ? AnswerReading.withoutRequest(content) : content)
    else { return false }
    // "i think so my dauter read it to me", "yes, from the spirometry": a yes with a remark
    // about the letter itself, or where it came from, is a yes, kept as typed; the question it
    // leads to asks what to explain. "yes, the kidney one" names the thing, and is kept.
    let remark = AnswerReading.plainWords(content)
    // "yes she brought it. what is NT-proBNP": a word asked about after the remark is what to
    // explain, known or not, so it is kept as that, never dropped with the remark.
    let asked = question.contentKnown ? Turn.wordAskedAbout(in: content, engine.glossary) : nil
    let kept = asked ?? words
    if asked == nil, question.contentKnown, reply != nil,
      remark.contains("it") || remark.first == "from" || Turn.opensWithAHedgedYes(line)
    {
      return false
    }
    if asked == nil, question.contentKnown, engine.concepts.analyse(kept).conceptIDs.isEmpty,
      engine.glossary.entries(in: kept).isEmpty
    {
      // "got one off the doctor" says yes in words of its own, and names nothing to keep.
      // "dunno i dont think i got a letter" says not before the getting: never that yes.
      // "i got sumthin but cudnt make head nor tail of it" got it, and is.
      guard reply == nil, !Turn.deniesGettingIt(remark) else { return false }
      accept(.yesNo(question.contentMeans), words: line, place: place)
      return true
    }
    let key = contentKey(for: target, from: question.id, place: place)
    let targetQuestion = script.question(target)
    let value: AnswerValue =
      targetQuestion?.kind == .list ? .list(AnswerReading.listItems(kept)) : .text(kept)
    state.answers[key] = Answer(
      value: value, words: content, concepts: engine.concepts.analyse(kept).conceptIDs, at: at)
    state.answerOrder.removeAll { $0 == key }
    state.answerOrder.append(key)
    let label = targetQuestion?.label ?? target
    // A step with no doing in it is kept, and the read-back asks for one; it is not praised.
    if targetQuestion?.plan != .actionWhat {
      outputs.append(.say(Phrases.contentKept(kept, as: label, for: engine.audience)))
    } else if StepSentence.namesAnAction(kept) {
      outputs.append(.say(Phrases.ownIdeaKept(kept, as: label, for: engine.audience)))
    }
    // A word asked about is explained as it would be in the list itself.
    if asked != nil, let targetQuestion, case .list(let items) = value {
      explainKnownTerms(in: items, question: targetQuestion)
    }
    accept(.yesNo(question.contentMeans), words: line, place: place)
    return true
  }
}

extension Turn {
  /// "i think so sumthing come in the post about bloods": a yes the person is not quite sure
  /// of, with words about what they remember. The words are a note with the yes, not a thing
  /// to ask about: what to explain is asked next, as after any yes.
  static func opensWithAHedgedYes(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line)
    let hedges: [[String]] = [
      ["i", "think", "so"], ["think", "so"], ["i", "guess", "so"], ["i", "suppose", "so"],
      ["i", "spose", "so"], ["spose", "so"], ["i", "believe", "so"], ["maybe"], ["probably"],
      ["prob"], ["i", "think"],
    ]
    return hedges.contains { words.starts(with: $0) }
  }

  /// Whether a line says only yes, or how many more: "go on then one more", "yes another".
  static func onlySaysYesOrHowMany(_ line: String) -> Bool {
    let words = AnswerReading.plainWords(line)
    let yesWords: Set<String> = [
      "go", "on", "then", "one", "more", "another", "again", "yes", "yeah", "yep", "aye", "ok",
      "okay", "please", "pls", "sure", "alright", "why", "not", "lets", "do", "it", "a", "goal",
      "go", "for", "ta", "thanks",
    ]
    let saysMore: Set<String> = ["more", "another", "again", "yes", "yeah", "yep", "aye", "ok"]
    return !words.isEmpty && words.allSatisfy(yesWords.contains)
      && !saysMore.isDisjoint(with: words) && words != ["not"]
  }

  /// Where `content_to` words go: the target in this round, or, when it comes earlier in the
  /// same repeating group, in the next round ("yes, sleep better" to "another goal?").
  func contentKey(for target: String, from owner: String, place: Agenda.Place) -> AnswerKey {
    let group = script.section(holding: target)?.repeating?.group
    let ids = script.sections.flatMap { $0.items.map(\.id) }
    if let group, group == script.section(holding: owner)?.repeating?.group,
      let targetIndex = ids.firstIndex(of: target), let ownerIndex = ids.firstIndex(of: owner),
      targetIndex < ownerIndex
    {
      return AnswerKey(target, round: place.key.round + 1)
    }
    return context(for: place).key(for: target)
  }
}

extension Turn {
  /// To a yes/no question that asks what needs changing (`content_changes`), words in place of
  /// yes or no ("the start date", "no, my goal is wrong") open that answer for change, as
  /// "change the start date" would. False when the words name no answer, so the question asks
  /// again as usual.
  mutating func takeChangeInWords(_ line: String, question: Question) -> Bool {
    guard question.contentChanges, !line.contains("?") else { return false }
    let (reply, words) = AnswerReading.yesNoContent(line, doings: StepSentence.doingWords)
    guard reply != true, let said = words else { return false }
    // "goal 3 step is wrong, it should be booking the call": the words after "should be" are
    // the new answer, not the name of the one to change.
    let (content, wanted) = Turn.splitAtShouldBe(said)
    let wrongWords: Set<String> = ["wrong", "is", "are", "not", "right", "should", "be", "change"]
    // Numbers stay: "goal 3 step" names the step of the third goal.
    let target = AnswerInterpreter.normalise(content).split(separator: " ").map(String.init)
      .filter { !wrongWords.contains($0) }.joined(separator: " ")
    guard !Turn.namesNothingInParticular(target) else { return false }
    // Only words that name a question ("the start date", "my goal") open it: "a week on
    // Monday" shares a word with some answer, but names none of them.
    let small: Set<String> = ["on", "in", "at", "a", "the", "my", "me", "to", "of", "for", "and"]
    let naming = Set(AnswerReading.plainWords(target)).subtracting(small)
    guard let key = findAnswer(matching: target, among: state.orderedAnswers.map(\.key)),
      let named = script.question(key.question),
      !naming.isDisjoint(
        with: AnswerReading.plainWords(
          named.label + " " + key.question.replacingOccurrences(of: "_", with: " "))),
      let answer = state.answers[key]
    else { return false }
    beginChange(key, answer: answer)
    // The new words said with it are given as the new answer, said back, and read as any
    // answer would be; the old answer is kept in the record, and the plan is shown again.
    if let wanted, state.current == key, case .changing = state.mode {
      outputs.append(.say(Phrases.shouldBe(wanted)))
      answerCurrent(wanted)
    }
    return true
  }

  /// The words before "it should be" / "should say" / "instead it is", and the words after
  /// them when there are any.
  static func splitAtShouldBe(_ content: String) -> (naming: String, wanted: String?) {
    for marker in ["it should be ", "should be ", "it should say ", "should say "] {
      guard let range = content.range(of: marker, options: .caseInsensitive) else { continue }
      let wanted = Whitespace.trimmed(String(content[range.upperBound...]))
      return (String(content[..<range.lowerBound]), wanted.isEmpty ? nil : wanted)
    }
    return (content, nil)
  }
}

extension Turn {
  /// Whether a "not" comes before the getting ("i dont think i got one", "never had it"), or
  /// there is a "not" and no getting at all.
  static func deniesGettingIt(_ words: [String]) -> Bool {
    let getting: Set<String> = [
      "got", "get", "had", "have", "received", "receive", "come", "came", "sent", "seen", "arrived",
    ]
    guard let not = words.firstIndex(where: { Negation.words[$0] != nil }) else { return false }
    guard let got = words.firstIndex(where: getting.contains) else { return true }
    return not < got
  }
}
