import Dialogue
import Foundation

/// The plan in Easy Read, shared by the terminal text and the web page so both say the same
/// things in the same order: one idea a line, each part headed by the question it answers,
/// the urgent-help numbers first when a safety notice stands, and no tables.
///
/// The person's words are kept whole, however long; what the plan says around them is short
/// (see `EasyReadWording`), so a line of ours is never more than 15 words.
struct EasyReadOutline {
  /// One line, and whose words it holds, since each kind is shown and checked differently.
  struct Line: Hashable {
    enum Kind: Hashable {
      /// The plan's own short words around the person's ("My next step is:").
      case framing
      /// Words someone gave (the person, the professional, the worker): kept as they are.
      case words
      /// A service and how to reach it, from the safety file: "Samaritans: call 116 123".
      case contact
    }

    var kind: Kind
    var text: String

    static func framing(_ text: String) -> Line { Line(kind: .framing, text: text) }
    static func words(_ text: String) -> Line { Line(kind: .words, text: text) }
  }

  /// Lines that belong together (a framing line and the words it introduces), with space
  /// around them.
  typealias Block = [Line]

  struct Part {
    /// A question the part answers, such as "What matters to me?".
    var heading: String
    var blocks: [Block]
    /// The urgent-help numbers: shown boxed, and first.
    var urgent = false
  }

  let plan: Plan
  /// Whose copy is being rendered: the worker's marks each note shared or private.
  var copy: Plan.Copy = .person
  /// Answers kept but not in the plan, as `PlanOutline.alsoSaid`.
  var alsoSaid: [String] = []

  var title: String { PlanOutline(plan: plan, copy: copy).title }

  /// What the plan is, under its title: not finished, agreed, who made it, and which version.
  var preface: [Block] {
    var blocks: [Block] = []
    if copy == .worker, plan.notes.contains(where: { !$0.shared }) {
      blocks.append(EasyReadWording.workerCopy.map(Line.framing))
    }
    if plan.status == .inProgress { blocks.append(EasyReadWording.notFinished.map(Line.framing)) }
    if let agreement = plan.agreement { blocks.append(agreementBlock(agreement)) }
    blocks.append([
      .framing(
        plan.preparedWithWorker ? EasyReadWording.madeWithWorker : EasyReadWording.madeAlone),
      .framing(EasyReadWording.notAdvice),
    ])
    blocks.append(versionBlock)
    return blocks
  }

  /// Every part with something in it: urgent help first, then what matters, what the person
  /// will do, and what they want to talk about and ask, in the order the plan is read aloud.
  var parts: [Part] {
    var parts: [Part] = []
    func add(_ heading: String, _ blocks: [Block], urgent: Bool = false) {
      let blocks = blocks.filter { !$0.isEmpty }
      if !blocks.isEmpty { parts.append(Part(heading: heading, blocks: blocks, urgent: urgent)) }
    }
    add(EasyReadWording.helpNow, [urgentHelp], urgent: true)
    add(
      EasyReadWording.whatMatters,
      [
        listed(EasyReadWording.mattersToMe, plan.whatMatters.map(\.text)),
        listed(EasyReadWording.goodDay, plan.life.goodDay.map(\.text)),
        listed(EasyReadWording.hardDay, plan.life.hardDay.map(\.text)),
      ])
    let active = plan.goals.filter { $0.status == .active }
    for (index, goal) in active.enumerated() {
      let heading =
        active.count > 1
        ? EasyReadWording.whatIWillDo(goal: index + 1) : EasyReadWording.whatIWillDo
      add(heading, goalBlocks(goal))
    }
    add(
      EasyReadWording.changedGoals, plan.goals.filter { $0.status != .active }.map(changedGoalBlock)
    )
    add(EasyReadWording.talkAbout, talkAbout)
    add(EasyReadWording.ask, [questionsToAsk])
    add(
      EasyReadWording.answers,
      plan.informationNeeds.compactMap { need in
        need.answer.map {
          [
            .framing(EasyReadWording.iAsked), .words(need.question),
            .framing(EasyReadWording.theAnswer), .words($0),
          ]
        }
      })
    add(
      EasyReadWording.health,
      [
        listed(EasyReadWording.conditions, plan.conditions),
        listed(EasyReadWording.conditionWords, plan.conditionWords ?? []),
        listed(EasyReadWording.careNews, (plan.careNews ?? []).map(\.text)),
      ])
    add(EasyReadWording.alsoAgreed, (plan.otherActions ?? []).map(actionBlock))
    add(EasyReadWording.whoHelps, [listed(EasyReadWording.helpers, plan.person.support)])
    add(
      EasyReadWording.care,
      [
        listed(EasyReadWording.careThatHelps, plan.life.careThatHelps.map(\.text)),
        listed(EasyReadWording.careThatIsHard, plan.life.careThatIsHard.map(\.text)),
      ])
    if let review = plan.agreement?.reviewDate ?? plan.reviewDate {
      add(
        EasyReadWording.lookAgain,
        [[.framing(EasyReadWording.lookAgain(on: PlanOutline.day(review)))]])
    }
    add(EasyReadWording.notes, plan.copy(for: copy).notes.map(noteBlock))
    add(EasyReadWording.alsoSaid, [listed(EasyReadWording.notInPlan, alsoSaid)])
    return parts
  }

  /// The help sentences at the foot, one a line.
  func footer(_ footer: PlanFooter) -> [Line] {
    footer.help.isEmpty ? [.framing(EasyReadWording.notAdvice)] : footer.help.map(Line.framing)
  }

  /// The services the safety net showed, each once, as the normal plan lists them; empty when
  /// no notice stands (a withdrawn one adds nothing).
  var urgentHelp: Block {
    let services = PlanOutline(plan: plan, copy: copy).urgentHelp
    guard !services.isEmpty else { return [] }
    return [.framing(EasyReadWording.contactQuickly)]
      + services.map { Line(kind: .contact, text: $0.line) }
  }

  /// A framing line and the person's words under it, one a line; empty when there are none.
  func listed(_ framing: String, _ words: [String]) -> Block {
    words.isEmpty ? [] : [.framing(framing)] + words.map(Line.words)
  }

  /// The questions still to ask, each with what was said when it was kept open at an
  /// appointment ("Not yet. The nurse will ring her Monday.").
  var questionsToAsk: Block {
    let open = plan.informationNeeds.filter { $0.answer == nil }
    guard !open.isEmpty else { return [] }
    return [.framing(EasyReadWording.iWantToAsk)]
      + open.flatMap { need in
        [.words(need.question)]
          + (PlanOutline.stillOpen(need).map {
            [.framing(EasyReadWording.saidAboutIt), .words($0)]
          }
            ?? [])
      }
  }

  /// The one thing first, then the rest in the person's order.
  var talkAbout: [Block] {
    let ranked = plan.priorities.sorted { $0.rank < $1.rank }
    let oneThing = ranked.filter(\.oneThing).map(\.text)
    let others = ranked.filter { !$0.oneThing }.map(\.text)
    guard !oneThing.isEmpty else { return [listed(EasyReadWording.talkAboutThese, others)] }
    return [
      listed(EasyReadWording.oneThing, oneThing), listed(EasyReadWording.alsoTalkAbout, others),
    ]
  }

  func noteBlock(_ note: Plan.Note) -> Block {
    var block: Block = [.framing(EasyReadWording.noteFromWorker), .words(note.text)]
    if copy == .worker {
      block.append(.framing(note.shared ? EasyReadWording.noteShared : EasyReadWording.notePrivate))
    }
    return block
  }
}
