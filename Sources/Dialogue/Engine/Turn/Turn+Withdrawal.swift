import Foundation

// MARK: Taking a notice back

extension Turn {
  /// The worker's command, in facilitator mode, to mark the latest notice as a misunderstanding.
  static let notACrisisCommand = "/not-a-crisis"

  /// The reason after `/not-a-crisis` (empty when there is none); nil when the line is not
  /// that command. "/not-a-crisis-ish" is not the command.
  static func notACrisisReason(_ line: String) -> String? {
    let trimmed = Whitespace.trimmed(line)
    guard trimmed.lowercased().hasPrefix(notACrisisCommand) else { return nil }
    let rest = trimmed.dropFirst(notACrisisCommand.count)
    if let next = rest.first, !next.isWhitespace { return nil }
    return Whitespace.trimmed(String(rest))
  }

  /// "That's not what I meant", while the notice it means is the latest and what it
  /// interrupted still waits. The notice is marked as a misunderstanding: the plan no longer
  /// shows it, and the record keeps it and its withdrawal. A notice the file keeps
  /// (`wording.kept-notice`: a clear statement of wanting to die or of an overdose taken) is
  /// not taken back by the person alone; they are told why, kindly, and in facilitator mode
  /// the worker is told how they can. Returns whether the line was taken.
  mutating func takeBackNotice(_ line: String) -> Bool {
    guard SafetyReplies.takesBack(line), let last = state.lastNotice, last.isCurrent(in: state),
      state.safetyFlags[last.flags].allSatisfy({ $0.withdrawn == nil })
    else { return false }
    withdrawUnlessKept(last, line: line, then: nil)
    return true
  }

  /// "Carry on, she meant her knees" at "carry on, or stop?": carrying on, with words that say
  /// the notice was not what was meant. "Thank you for telling me. Take your time" would speak
  /// as if there were a crisis, so the notice is taken back as "that's not what I meant" takes
  /// it, and the line that set it off is read as the answer it was typed as. A notice the file
  /// keeps is not taken back this way: the kind line that says why comes instead, and the
  /// conversation carries on. Returns whether the line was taken.
  mutating func carryOnPuttingRight(_ line: String) -> Bool {
    guard case .choosingAfterSafety(let then) = state.mode, SafetyReplies.putsRight(line),
      let last = state.lastNotice, last.isCurrent(in: state),
      state.safetyFlags[last.flags].allSatisfy({ $0.withdrawn == nil })
    else { return false }
    withdrawUnlessKept(last, line: line, then: then)
    return true
  }

  /// The notice is taken back for the person's words, unless the file keeps it: then the kind
  /// line that says why (the worker's own line in facilitator mode), the mode the line left
  /// (when it left one), and the question again.
  private mutating func withdrawUnlessKept(
    _ last: ShownNotice, line: String, then: ConversationState.Mode?
  ) {
    let kept = engine.safety.rules.wording.keptNotice
    guard
      state.safetyFlags[last.flags].contains(where: { kept.categories.contains($0.category) })
    else {
      withdraw(last, by: .person, reason: line)
      return
    }
    if let then { state.mode = then }
    if engine.audience == .facilitator {
      outputs.append(.notice(engine.safety.rules.wording.workerKept))
    } else {
      outputs.append(.say(kept.say))
    }
    reask()
  }

  /// The worker's `/not-a-crisis REASON`: the latest notice still standing is marked as a
  /// misunderstanding, whatever it was about. The reason is the worker's, not the person's
  /// words, so the safety net does not read it.
  mutating func markNotACrisis(_ reason: String) {
    guard !reason.isEmpty else {
      outputs.append(.notice(Phrases.notACrisisHowTo))
      askAgain()
      return
    }
    guard let standing = state.safetyFlags.lastIndex(where: { $0.withdrawn == nil }) else {
      outputs.append(.notice(Phrases.noNoticeToMark))
      askAgain()
      return
    }
    if let last = state.lastNotice, last.flags.contains(standing) {
      withdraw(last, by: .worker, reason: reason)
      return
    }
    // An earlier notice: its flags are the ones shown at the same moment.
    let shownAt = state.safetyFlags[standing].at
    let flags = state.safetyFlags.indices.filter {
      state.safetyFlags[$0].at == shownAt && state.safetyFlags[$0].withdrawn == nil
    }
    mark(flags, by: .worker, reason: reason)
    askAgain()
  }

  /// Marks the notice as taken back, says so, and goes on as though it had not been shown:
  /// "carry on, or stop?" no longer waits, and the line that set it off is read as the answer
  /// to what it was typed for, since it was one (nothing typed is lost). Withdrawn while a
  /// check question about an explanation waits, the explanation is the answer read instead.
  mutating func withdraw(_ notice: ShownNotice, by: SafetyWithdrawal.By, reason: String) {
    mark(Array(notice.flags), by: by, reason: reason)
    state.lastNotice = nil
    var line = notice.line
    switch state.mode {
    case .choosingAfterSafety(let then):
      state.mode = then
    case .checkingSafety(let check, let then):
      state.mode = then
      line = check.line
    default:
      break
    }
    if state.mode == .finished { return }
    reply(to: line, raw: line)
  }

  /// Sets the withdrawal on each flag, and says so to whoever took it back.
  mutating func mark(_ flags: [Int], by: SafetyWithdrawal.By, reason: String) {
    let withdrawal = SafetyWithdrawal(by: by, at: at, reason: reason)
    var names: [String] = []
    for index in flags {
      state.safetyFlags[index].withdrawn = withdrawal
      let id = state.safetyFlags[index].category
      let name = engine.safety.rules.categories.first { $0.id == id }?.name ?? id
      if !names.contains(name) { names.append(name) }
    }
    // "Taken it off your plan" would speak to a worker as if the plan were theirs: the
    // worker's own line below says it instead.
    if by == .person, engine.audience != .facilitator {
      outputs.append(.say(engine.safety.rules.wording.withdrawn))
    }
    if engine.audience == .facilitator {
      outputs.append(
        .notice(
          engine.safety.rules.wording.workerWithdrawn.replacingOccurrences(
            of: "{{categories}}", with: Template.join(names))))
    }
  }
}
