// MARK: Starting again

extension Turn {
  /// "restart": asks first, since starting again sets every answer aside. Whatever was going on
  /// (an answer being changed) waits, and comes back if the person says no.
  mutating func askToRestart() {
    state.mode = .confirmingRestart(then: state.mode)
    outputs.append(.notice(Phrases.restartQuestion))
  }

  /// The reply to "start again?"; `then` is the mode the question interrupted.
  mutating func confirmRestart(_ line: String, then: ConversationState.Mode) {
    switch AnswerReading.yesNo(line) {
    case true?:
      let startedAt = state.startedAt
      // Nothing is lost by starting again: the answers, one being changed and lists not
      // finished yet are all set aside.
      var setAside = state.setAside.merging(state.answers) { _, new in new }
      if let changing = state.changing { setAside[changing.key] = changing.answer }
      for (key, draft) in state.listsSoFar {
        let words = draft.words.joined(separator: "\n")
        setAside[key] = Answer(
          value: .list(draft.items), words: words,
          concepts: engine.concepts.analyse(words).conceptIDs, at: at)
      }
      let safetyFlags = state.safetyFlags
      state = ConversationState()
      state.startedAt = startedAt
      // What the safety net showed happened, whatever the answers: the plan keeps it.
      state.safetyFlags = safetyFlags
      state.lastActivity = at
      state.setAside = setAside
      outputs.append(.say(Phrases.restarted))
      advance()
    case false?:
      state.mode = then
      outputs.append(.say(Phrases.restartKept))
      askCurrent()
    case nil:
      switch Command.parse(line) {
      case .help?:
        // Something to read before deciding: shown, then the same question again.
        outputs.append(.say(Phrases.help(for: engine.audience)))
        outputs.append(.notice(Phrases.restartQuestion))
      case .summary?:
        showSummary()
        outputs.append(.notice(Phrases.restartQuestion))
      case .repeatQuestion?, nil:
        outputs.append(.notice(Phrases.restartQuestion))
      case let command?:
        // Any other command (stop, go back, change an answer) is a new wish: the question
        // about starting again is dropped and the command runs as it would anywhere.
        state.mode = then
        run(command)
      }
    }
  }
}
