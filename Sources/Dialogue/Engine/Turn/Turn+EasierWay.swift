import Foundation

// MARK: Noticing that someone finds it hard, and switching to the easier way

extension Turn {
  var easierWay: EasierWay { script.easier ?? EasierWay() }

  /// Counts one sign of finding it hard; the switch itself waits for the end of the turn.
  mutating func noteSign(_ signal: EasierWay.Signal, times: Int = 1) {
    guard times > 0 else { return }
    state.easier.counts[signal, default: 0] += times
  }

  /// The signs a line shows before anything reads it: a long pause before it, and words typed
  /// the way people text or slip ("wat", "u", "kno"): those the lexicon's act words put right.
  ///
  /// Words the concept matcher corrects are not counted: it also reads everyday words near a
  /// lexicon word ("club", "bowls") as slips, and a confident person would be switched over.
  mutating func noteSigns(in line: String, after previous: Date?) {
    if let previous, at.timeIntervalSince(previous) >= Double(easierWay.pauseMinutes * 60) {
      noteSign(.longPauses)
    }
    let words = AnswerReading.plainWords(line)
    noteSign(.spellingSlips, times: words.filter { engine.acts.words.spellings[$0] != nil }.count)
  }

  /// "Make it simpler" and "normal please", as whole lines, while a question waits. Returns
  /// whether the line was one of them.
  mutating func switchWhenAsked(_ line: String) -> Bool {
    switch state.mode {
    case .asking, .changing, .confirmingReading, .listJustClosed: break
    default: return false
    }
    let said = AnswerInterpreter.normalise(line)
    let way = easierWay
    let on = (way.onWords + Phrases.easierOnWords).contains {
      AnswerInterpreter.normalise($0) == said
    }
    let off = (way.offWords + Phrases.easierOffWords).contains {
      AnswerInterpreter.normalise($0) == said
    }
    guard on || off else { return false }
    if on {
      state.easier.turnedDown = false
      if !state.easier.isOn {
        switchOn(.asked)
      } else {
        outputs.append(.say(Phrases.easierAlready))
      }
    } else {
      state.easier.turnedDown = true
      if state.easier.isOn {
        state.easier.leftOut.formUnion(optionalQuestionsPassed())
        state.easier.isOn = false
        state.easier.reason = nil
        outputs.append(.say(Phrases.easierOff(for: engine.audience)))
      } else {
        outputs.append(.say(Phrases.easierNotOn))
      }
    }
    putWaitingQuestion()
    return true
  }

  /// The question waiting, put again as things are now; when the easier way left the current
  /// question out, the next one.
  mutating func putWaitingQuestion() {
    switch state.mode {
    case .asking, .changing:
      if state.current == nil { advance() } else { askCurrent() }
    default:
      askAgain()
    }
  }

  /// At the end of a turn: the first signal to reach the script's count for it switches the
  /// easier way on, and the question waiting is put again the easier way. Never while a safety
  /// notice or check is waiting, and never again by itself once the person switched it off.
  mutating func switchIfFindingItHard() {
    guard !state.easier.isOn, !state.easier.turnedDown else { return }
    switch state.mode {
    case .asking, .changing, .confirmingReading: break
    default: return
    }
    guard
      let signal = EasierWay.Signal.allCases.first(where: { signal in
        guard let limit = easierWay.thresholds[signal] else { return false }
        return state.easier.counts[signal, default: 0] >= limit
      })
    else { return }
    // The question just asked is put again below, the easier way.
    if case .ask? = outputs.last { outputs.removeLast() }
    switchOn(.signal(signal, count: state.easier.counts[signal, default: 0]))
    putWaitingQuestion()
  }

  /// `--easy` at start or resume: on before the first question, or the question waiting put
  /// again the easier way.
  mutating func switchFromOutside(_ on: Bool) {
    guard on != state.easier.isOn else { return }
    state.easier.turnedDown = !on
    if on {
      state.easier.isOn = true
      state.easier.reason = .fromTheStart
    } else {
      state.easier.isOn = false
      state.easier.reason = nil
    }
  }

  mutating func switchOn(_ reason: EasierState.Reason) {
    state.easier.isOn = true
    state.easier.reason = reason
    outputs.append(.say(Phrases.easierOn(reason, for: engine.audience)))
    // Mid-list, the things given so far are said to be kept, so the plainer question that
    // follows reads as the same list going on, not a new one.
    if !state.listDraft.isEmpty {
      outputs.append(.say(Phrases.easierKeepsList(for: engine.audience)))
    }
    // The question waiting is put again even when optional: the person may have just asked
    // what it means. Only the optional questions still to come are left out.
  }

  /// The optional questions before the current one that the easier way left out.
  func optionalQuestionsPassed() -> Set<AnswerKey> {
    var usual = state
    usual.easier.isOn = false
    let places = engine.agenda.places(in: usual)
    let end = state.current.flatMap { current in places.firstIndex { $0.key == current } }
    return Set(
      places[..<(end ?? places.endIndex)].filter { place in
        place.item.question?.optional == true && state.answers[place.key] == nil
      }.map(\.key))
  }
}
