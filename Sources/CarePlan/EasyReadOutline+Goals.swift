import Dialogue
import Foundation

// MARK: A goal, a few lines at a time

extension EasyReadOutline {
  /// A goal the person is working on, in blocks with space between: the goal, each step, how
  /// sure they are, what might get in the way and what will help, who will help, and when they
  /// will check how it went. Each "what, when, where" has its own line.
  func goalBlocks(_ goal: Plan.Goal) -> [Block] {
    var blocks: [Block] = []
    var first: Block = [.framing(EasyReadWording.myGoal), .words(goal.text)]
    if let note = agreementNote(goal) { first.append(.framing(note)) }
    if let said = plan.agreement?.note(of: goal.id) {
      first.append(.framing("What was said: " + said))
    }
    blocks.append(first)
    if let measure = goal.measure {
      blocks.append([.framing(EasyReadWording.knowItWorked), .words(measure)])
    }
    for action in goal.actions { blocks.append(actionBlock(action)) }
    if let confidence = goal.confidence {
      blocks.append([.framing(EasyReadWording.sure(confidence))])
    }
    blocks.append(listed(EasyReadWording.inTheWay, goal.barriers))
    blocks.append(listed(EasyReadWording.whatWillHelp, goal.solutions))
    if !goal.support.isEmpty {
      let helpers = goal.support.filter { !PlanOutline.saysNoOne($0) }
      blocks.append(
        helpers.isEmpty
          ? [.framing(EasyReadWording.noOneYet)] : listed(EasyReadWording.whoWillHelp, helpers))
    }
    blocks += progressBlocks(goal)
    if let review = goal.reviewDate {
      blocks.append([.framing(EasyReadWording.checkIn(on: PlanOutline.day(review)))])
    }
    return blocks.filter { !$0.isEmpty }
  }

  /// The person's step, or something the professional will do, a part a line.
  func actionBlock(_ action: Plan.Action) -> Block {
    var block: Block = [
      .framing(action.by.map(EasyReadWording.willDo) ?? EasyReadWording.nextStep),
      .words(action.what),
    ]
    let parts: [(String, String?)] = [
      (EasyReadWording.howMuch, action.howMuch), (EasyReadWording.when, action.when),
      (EasyReadWording.place, action.where), (EasyReadWording.howOften, action.howOften),
    ]
    for (framing, words) in parts {
      if let words { block += [.framing(framing), .words(words)] }
    }
    if let start = action.startDate {
      block.append(.framing(EasyReadWording.start(on: PlanOutline.day(start))))
    }
    // A professional's action says whether it is done, with what was said about it.
    if action.by != nil, action.done == true {
      block.append(.framing(EasyReadWording.actionDone))
      if let words = action.doneWords { block.append(.words(PlanOutline.sentence(words))) }
    } else if action.by != nil, let note = action.note {
      block += [.framing(EasyReadWording.stillToDo), .words(PlanOutline.sentence(note))]
    }
    return block
  }

  /// Each time the person said how a goal went, with the day, the rating and their words.
  func progressBlocks(_ goal: Plan.Goal) -> [Block] {
    goal.progress.compactMap { progress in
      guard progress.rating != nil || progress.text != nil else { return nil }
      var block: Block = [.framing(EasyReadWording.howItWent(on: Display.day(of: progress.at)))]
      if let rating = progress.rating { block.append(.framing(EasyReadWording.rating(rating))) }
      if let text = progress.text { block.append(.words(text)) }
      return block
    }
  }

  /// A goal that is done, stopped or changed: its words and how it went, without its old step.
  func changedGoalBlock(_ goal: Plan.Goal) -> Block {
    let framing: String
    switch goal.status {
    case .achieved: framing = EasyReadWording.goalDone
    case .dropped: framing = EasyReadWording.goalDropped
    case .changed, .active: framing = EasyReadWording.goalChanged
    }
    return [.framing(framing), .words(goal.text)] + progressBlocks(goal).flatMap { $0 }
  }

  /// What was agreed for a goal, in a sentence; nil for a draft plan.
  func agreementNote(_ goal: Plan.Goal) -> String? {
    switch plan.agreement?.outcome(of: goal.id) {
    case .agreed?: return EasyReadWording.goalAgreed
    case .agreedWithChanges?: return EasyReadWording.goalAgreedWithChanges
    case .notNow?: return EasyReadWording.goalNotNow
    case nil: return nil
    }
  }
}

// MARK: Who agreed it, and which version

extension EasyReadOutline {
  /// Who the plan was agreed with and when; or who it is being gone through with, when the
  /// agreement stopped part way.
  func agreementBlock(_ agreement: Plan.Agreement) -> Block {
    var who = agreement.with.nameAndRole
    if let organisation = agreement.with.organisation { who += " (\(organisation))" }
    guard plan.status == .complete else {
      return [
        .framing(EasyReadWording.beingAgreedWith), .words(who),
        .framing(EasyReadWording.notAgreedYet),
      ]
    }
    var block: Block = [
      .framing(EasyReadWording.agreedWith), .words(who),
      .framing(EasyReadWording.agreedOn(Display.day(of: agreement.agreedAt))),
    ]
    if agreement.recordedBy == "worker" {
      block.append(
        .framing(
          agreement.atTheAppointment == true
            ? EasyReadWording.writtenDownThere : EasyReadWording.writtenDownLater))
    }
    return block
  }

  /// The version and its days, so a printed copy can be told from a newer one.
  var versionBlock: Block {
    var block: Block = [.framing(EasyReadWording.version(plan.version))]
    let first = Display.day(of: plan.createdAt)
    if plan.version == 1 {
      block.append(.framing(EasyReadWording.madeOn(first)))
    } else {
      // An agreed version's day is said with the agreement above.
      if plan.agreement == nil {
        block.append(.framing(EasyReadWording.updatedOn(Display.day(of: plan.updatedAt))))
      }
      block.append(.framing(EasyReadWording.firstMadeOn(first)))
    }
    return block
  }
}
