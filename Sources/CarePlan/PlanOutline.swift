import Dialogue
import Foundation

/// The plan as readable sections, shared by the Markdown, plain-text and HTML renderers so all
/// three always say the same things in the same order.
struct PlanOutline {
  /// One line of a section: an optional label ("When"), the person's words, and an optional
  /// note in words ("the one thing"), so a mark never depends on formatting or colour alone.
  struct Item {
    var label: String?
    var text: String
    var note: String?

    init(_ text: String, label: String? = nil, note: String? = nil) {
      self.label = label
      self.text = text
      self.note = note
    }

    /// The item as one plain line, as Markdown and text show it.
    var line: String {
      (label.map { "\($0): " } ?? "") + text + (note.map { " (\($0))" } ?? "")
    }
  }

  struct Part {
    var heading: String
    var items: [Item]
    /// Numbered in the person's order of importance, rather than bulleted.
    var numbered = false
    /// Urgent-help numbers: shown boxed and first in mind, and only when the safety net spoke.
    var urgent = false
    /// A goal: long enough that a printed page may break inside it.
    var goal = false
    /// The plan in short, at the top: set apart from the full plan that follows.
    var summary = false

    var lines: [String] { items.map(\.line) }
  }

  let plan: Plan
  /// Whose copy is being rendered: the worker's marks each note shared or private.
  var copy: Plan.Copy = .person
  /// Answers kept but not in the plan ("How much: evry day i said"), set aside by a change:
  /// the person's words, so every format shows them at the end rather than hiding them.
  var alsoSaid: [String] = []

  var title: String {
    let name = plan.person.preferredName.flatMap { $0.isEmpty ? nil : $0 }
    // A worker's plan is about the person, not in their voice.
    if plan.preparedWithWorker { return name.map { "Plan for \($0)" } ?? "The plan" }
    return name.map { "My plan (\($0))" } ?? "My plan"
  }

  /// Said right under the title in every format, before any section: whether the plan is
  /// unfinished, and what it is (who prepared it, not medical advice). A printed plan
  /// runs to several pages; these belong on the first, whatever follows.
  var preface: [Item] {
    var items: [Item] = []
    if plan.status == .inProgress {
      items.append(
        Item(
          plan.preparedWithWorker ? PlanOutline.notFinishedWithWorker : PlanOutline.notFinished,
          label: "Not finished yet"))
    }
    items += agreementLines
    items.append(
      Item(PlanOutline.disclaimer(for: plan)))
    // A kiosk's plan has no earlier or later version, and nobody to have prepared it but the
    // person at the screen: the lines would only puzzle them.
    if !plan.madeAtKiosk { items.append(versionLine) }
    // Said first thing, so the copy with private notes is not printed for the person by mistake.
    if copy == .worker, plan.notes.contains(where: { !$0.shared }) {
      items.insert(Item(PlanOutline.workerCopy, label: "Worker's copy"), at: 0)
    }
    return items
  }

  var parts: [Part] {
    var parts: [Part] = []
    func add(
      _ heading: String, _ items: [Item], numbered: Bool = false, urgent: Bool = false,
      goal: Bool = false, summary: Bool = false
    ) {
      if !items.isEmpty {
        // A worker's plan says its headings and labels in no one's voice (`voiced`).
        let items = items.map { item in
          var item = item
          item.label = item.label.map(voiced)
          return item
        }
        parts.append(
          Part(
            heading: voiced(heading), items: items, numbered: numbered, urgent: urgent,
            goal: goal, summary: summary))
      }
    }
    func plain(_ texts: [String]) -> [Item] { texts.map { Item($0) } }
    // The plan in short leads, and urgent help straight after: on paper both are on the first
    // page, and they are the first things read out.
    add(PlanOutline.summaryHeading, summary, summary: true)
    add("If I need help quickly", urgentHelp, urgent: true)
    add("What matters to me", plain(plan.whatMatters.map(\.text)))
    add("A good day", plain(plan.life.goodDay.map(\.text)))
    // Not "What gets in the way": each goal has its own "What might get in the way".
    add("On harder days", plain(plan.life.hardDay.map(\.text)))
    // What the person calls a condition goes with the conditions, marked as their words.
    let ownWords = (plan.conditionWords ?? []).map {
      Item($0, note: plan.preparedWithWorker ? "in their words" : "in my words")
    }
    add("My health conditions", plain(plan.conditions) + ownWords)
    add("Who helps me", plain(plan.person.support))
    add(
      "What I want to talk about",
      plan.priorities.sorted { $0.rank < $1.rank }.map {
        Item($0.text, note: $0.oneThing ? "the one thing" : nil)
      }, numbered: true)
    // Questions still to ask, in groups; those answered at a review or an agreement are apart.
    for group in questionGroups {
      // One kept open at an appointment says why, or what happens next.
      add(
        group.heading,
        group.questions.map { Item($0.question, note: PlanOutline.stillOpen($0)) })
    }
    add("Answers I was given", answeredQuestions)
    add("News about my care", plain((plan.careNews ?? []).map(\.text)))
    add("Care that helps", plain(plan.life.careThatHelps.map(\.text)))
    add("Care that is hard", plain(plan.life.careThatIsHard.map(\.text)))
    for (index, goal) in plan.goals.enumerated() {
      var items = [
        Item(
          goal.text, label: "Goal",
          note: PlanOutline.statusNote(goal.status) ?? agreementNote(for: goal))
      ]
      // "1 but only to the gate to start": the person's words kept with the goal they picked.
      if let note = goal.textNote { items.append(Item(note, label: "Note")) }
      for progress in goal.progress {
        if let said = PlanOutline.howItWent(progress) {
          items.append(Item(said, label: "How it went by \(Display.day(of: progress.at))"))
        }
      }
      // A goal that is done, dropped or changed keeps its words and progress; its old step is
      // no longer the plan, so it is not shown as one.
      if goal.status != .active {
        add(plan.goals.count > 1 ? "My goal \(index + 1)" : "My goal", items, goal: true)
        continue
      }
      if let measure = goal.measure {
        items.append(Item(measure, label: "I will know it has worked when"))
      }
      for action in goal.actions {
        if action.by != nil {
          items.append(PlanOutline.theirAction(action, ofThePerson: plan.preparedWithWorker))
          continue
        }
        items.append(Item(action.what, label: PlanOutline.nextStepLabel))
        if let howMuch = action.howMuch { items.append(Item(howMuch, label: "How much")) }
        if let when = action.when { items.append(Item(when, label: "When")) }
        if let place = action.where { items.append(Item(place, label: "Where")) }
        if let howOften = action.howOften { items.append(Item(howOften, label: "How often")) }
        if let start = action.startDate {
          items.append(Item(PlanOutline.day(start), label: "Starting"))
        }
        // "same, she is on rehab tuesdays": words said with a part kept as it was.
        if let note = action.note { items.append(Item(note, label: "Also said about it")) }
      }
      if let confidence = goal.confidence {
        // Words picked in the easier way are shown as said, with the number they stand for.
        items.append(Item(PlanOutline.howSure(goal, confidence), label: "How sure I am"))
      }
      if !goal.barriers.isEmpty {
        items.append(Item(PlanOutline.inTheWay(goal), label: "What might get in the way"))
      }
      if !goal.solutions.isEmpty {
        items.append(Item(goal.solutions.joined(separator: "; "), label: "What will help"))
      }
      if let helpers = PlanOutline.whoWillHelp(goal.support) {
        items.append(Item(helpers, label: "Who will help"))
      }
      if let review = goal.reviewDate {
        items.append(Item(PlanOutline.day(review), label: checkInLabel(review)))
      }
      add(plan.goals.count > 1 ? "My goal \(index + 1)" : "My goal", items, goal: true)
    }
    add(
      "Also agreed",
      (plan.otherActions ?? []).map {
        PlanOutline.theirAction($0, ofThePerson: plan.preparedWithWorker)
      })
    if let review = nextReview {
      add(PlanOutline.checkInHeading, [Item(PlanOutline.day(review))])
    }
    add(
      "Notes from the worker",
      plan.copy(for: copy).notes.map { note in
        Item(note.text, label: note.author, note: copy == .worker ? PlanOutline.sharing(note) : nil)
      })
    add(PlanOutline.alsoSaidHeading, plain(alsoSaid))
    return parts
  }

  /// Each service the safety net showed, one item each and once only however many flags
  /// named it, in the order first shown; empty when nothing was raised, so a plan without a
  /// flag carries no crisis numbers beyond the footer. A notice marked as a misunderstanding
  /// adds none: its services stay only when another notice that stands showed them too.
  ///
  /// A safety record keeps its services as one line, "name: contact" joined with "; " (the
  /// form `SafetyNotice.signposting` is written in, which the plan contract stores as it is),
  /// so the line is read back into services here.
  var urgentHelp: [Item] {
    var seen: Set<String> = []
    var items: [Item] = []
    for record in plan.standingSafety {
      for service in record.signposting.components(separatedBy: "; ") {
        let service = service.trimmingCharacters(in: .whitespaces)
        guard !service.isEmpty, seen.insert(service.lowercased()).inserted else { continue }
        if let colon = service.range(of: ": ") {
          items.append(
            Item(
              String(service[colon.upperBound...]), label: String(service[..<colon.lowerBound])))
        } else {
          items.append(Item(service))
        }
      }
    }
    return items
  }

  /// A goal's check-in on a day other than the plan's next review is said to be about the step,
  /// so the two days never read as two answers to one question; on the same day, or with no
  /// review of the whole plan, it is simply the check-in.
  func checkInLabel(_ day: String) -> String {
    guard let review = nextReview, review != day else { return "Check in" }
    return "Check in on this step"
  }

  /// The heading of the plan's next review, the same in a draft, a reviewed and an agreed
  /// version (a worker's plan says it of the person: "When to check in").
  static let checkInHeading = "When I will check in"

  /// "Who will help", with "nobody", "no one" and the like said as "No one yet" rather than
  /// printed as typed; nil when nothing was said.
  static func whoWillHelp(_ support: [String]) -> String? {
    guard !support.isEmpty else { return nil }
    let helpers = support.filter { !saysNoOne($0) }
    return helpers.isEmpty ? "No one yet" : helpers.joined(separator: "; ")
  }

  /// Whether an answer to "who will help?" means nobody.
  static func saysNoOne(_ text: String) -> Bool {
    let words = text.lowercased().trimmingCharacters(
      in: .whitespacesAndNewlines.union(.punctuationCharacters)
    )
    .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return noOne.contains(words)
  }

  static let noOne: Set<String> = [
    "nobody", "no one", "no-one", "noone", "no body", "none", "nobody yet", "no one yet",
    "not anyone", "nobody really", "no one really", "nobody at the moment", "no one at the moment",
  ]

  /// Said when a plan has nothing in it yet, so a printed page is never just a title.
  static let empty = "Nothing is written down yet."

  /// Over the answers kept but not in the plan.
  static let alsoSaidHeading = "Other things I said (kept, but not in my plan)"

  /// What the plan is, said under its title.
  static let disclaimer = "Prepared by me with CareCoach. This is not medical advice."

  /// What the plan is, when a support worker typed the answers with the person: by the
  /// worker, with the person named as the plan names them. The plan's lines stay the person's
  /// own words, as the worker typed them.
  static func disclaimerWithWorker(for plan: Plan) -> String {
    let name =
      plan.person.preferredName.flatMap { $0.isEmpty ? nil : $0 }
      ?? plan.person.clientRef.flatMap { $0.isEmpty ? nil : "client \($0)" } ?? "the person"
    // Named when they said who they are ("Dev (support worker)"); else by their role.
    let worker = plan.preparedBy.map(PlanBuilder.workerNamed) ?? "a support worker"
    return "Prepared by \(worker) with \(name), using CareCoach. "
      + "This is not medical advice."
  }

  /// What the plan is, said under its title and, with no help to give, at its foot.
  static func disclaimer(for plan: Plan) -> String {
    if plan.madeAtKiosk { return notAdvice }
    return plan.preparedWithWorker ? disclaimerWithWorker(for: plan) : disclaimer
  }

  /// What a plan made at a kiosk is, said under its title.
  static let notAdvice = "This is not medical advice."

  /// Under the title of a worker's copy that holds private notes.
  static let workerCopy =
    "this copy has private notes. Give the person their own copy, made without --worker."

  /// On the worker's copy, whether a note is on the person's copy too.
  static func sharing(_ note: Plan.Note) -> String {
    note.shared ? "shared: on their copy too" : "private: not on their copy"
  }

  /// Said, labelled "Not finished yet", on a plan saved before the conversation ended.
  static let notFinished = "I stopped before the end, so some parts may be missing."

  /// `notFinished` in a plan a worker typed, which is not in the person's voice.
  static let notFinishedWithWorker =
    "The conversation stopped before the end, so some parts may be missing."

  /// Says in words what became of a goal, so the status never rests on formatting alone.
  static func statusNote(_ status: Plan.Goal.Status) -> String? {
    switch status {
    case .active: return nil
    case .achieved: return "done"
    case .dropped: return "dropped for now"
    case .changed: return "changed: see the new goal below"
    }
  }

  /// "2026-12-01" as "Tuesday 1 December 2026".
  static func day(_ iso: String) -> String {
    guard let day = Day(iso: iso) else { return iso }
    return Display.day(day)
  }
}
