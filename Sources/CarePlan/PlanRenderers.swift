import Dialogue
import Foundation

/// The plan as JSON that validates against the plan contract.
public enum PlanJSON {
  public static func encode(_ plan: Plan) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(timestamp(date))
    }
    guard let data = try? encoder.encode(plan) else { return "{}" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// RFC 3339 in UTC with seconds, which JSON Schema's date-time format accepts.
  public static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }

  public static func decode(_ text: String) throws -> Plan {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode(Plan.self, from: Data(text.utf8))
  }
}

/// The words at the foot of every plan: what it is, and where to get help quickly.
///
/// The help comes from the safety file's services (its `plan-footer`), as the notices' numbers
/// do, so a service outside England that changes a number there changes it on every plan too.
public struct PlanFooter: Hashable, Sendable {
  /// Sentences such as "If a life is at risk now, call 999."
  public var help: [String]

  public init(help: [String]) { self.help = help }

  /// The `say` sentence of each service the safety file names for the foot of a plan.
  public init(safety: SafetyRules) { self.init(help: safety.footerServices.map(\.say)) }

  public var text: String {
    (["Prepared by me with CareCoach. This is not medical advice."] + help).joined(separator: " ")
  }
}

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

    var lines: [String] { items.map(\.line) }
  }

  let plan: Plan

  var title: String {
    if let name = plan.person.preferredName, !name.isEmpty { return "My plan (\(name))" }
    return "My plan"
  }

  var parts: [Part] {
    var parts: [Part] = []
    func add(_ heading: String, _ items: [Item], numbered: Bool = false, urgent: Bool = false) {
      if !items.isEmpty {
        parts.append(Part(heading: heading, items: items, numbered: numbered, urgent: urgent))
      }
    }
    func plain(_ texts: [String]) -> [Item] { texts.map { Item($0) } }
    if plan.version > 1 {
      add(
        "About this plan",
        [Item("Version \(plan.version), updated at a review on \(Display.day(of: plan.updatedAt))")]
      )
    }
    add("What matters to me", plain(plan.whatMatters.map(\.text)))
    add("A good day", plain(plan.life.goodDay.map(\.text)))
    add("What gets in the way", plain(plan.life.hardDay.map(\.text)))
    add("My health conditions", plain(plan.conditions))
    add("Who helps me", plain(plan.person.support))
    add(
      "What I want to talk about",
      plan.priorities.sorted { $0.rank < $1.rank }.map {
        Item($0.text, note: $0.oneThing ? "the one thing" : nil)
      }, numbered: true)
    add("My questions", plain(plan.informationNeeds.map(\.question)))
    add("Care that helps", plain(plan.life.careThatHelps.map(\.text)))
    add("Care that is hard", plain(plan.life.careThatIsHard.map(\.text)))
    for (index, goal) in plan.goals.enumerated() {
      var items = [Item(goal.text, label: "Goal", note: PlanOutline.statusNote(goal.status))]
      for progress in goal.progress {
        let words = [progress.rating.map { "\($0) out of 10" }, progress.text].compactMap { $0 }
        if !words.isEmpty {
          items.append(
            Item(
              words.joined(separator: ": "),
              label: "How it went by \(Display.day(of: progress.at))"))
        }
      }
      // A goal that is done, dropped or changed keeps its words and progress; its old step is
      // no longer the plan, so it is not shown as one.
      if goal.status != .active {
        add(plan.goals.count > 1 ? "My goal \(index + 1)" : "My goal", items)
        continue
      }
      if let measure = goal.measure {
        items.append(Item(measure, label: "I will know it has worked when"))
      }
      for action in goal.actions {
        items.append(Item(action.what, label: "My next step"))
        if let howMuch = action.howMuch { items.append(Item(howMuch, label: "How much")) }
        if let when = action.when { items.append(Item(when, label: "When")) }
        if let place = action.where { items.append(Item(place, label: "Where")) }
        if let howOften = action.howOften { items.append(Item(howOften, label: "How often")) }
        if let start = action.startDate {
          items.append(Item(PlanOutline.day(start), label: "Starting"))
        }
      }
      if let confidence = goal.confidence {
        items.append(Item("\(confidence) out of 10", label: "How sure I am"))
      }
      if !goal.barriers.isEmpty {
        items.append(
          Item(goal.barriers.joined(separator: "; "), label: "What might get in the way"))
      }
      if !goal.solutions.isEmpty {
        items.append(Item(goal.solutions.joined(separator: "; "), label: "What will help"))
      }
      if !goal.support.isEmpty {
        items.append(Item(goal.support.joined(separator: "; "), label: "Who will help"))
      }
      if let review = goal.reviewDate {
        items.append(Item(PlanOutline.day(review), label: "Check in"))
      }
      add(plan.goals.count > 1 ? "My goal \(index + 1)" : "My goal", items)
    }
    if let review = plan.reviewDate {
      add("When I will check in", [Item(PlanOutline.day(review))])
    }
    add(
      "Notes from the worker",
      plan.notes.map { note in Item(note.text, label: note.author) })
    add("If I need help quickly", plain(urgentHelp), urgent: true)
    return parts
  }

  /// Each service the safety net showed, once, in the order shown; empty when nothing was
  /// raised, so a plan without a flag carries no crisis numbers beyond the footer.
  var urgentHelp: [String] {
    plan.safety.map(\.signposting).reduce(into: [String]()) {
      if !$0.contains($1) { $0.append($1) }
    }
  }

  /// Said when a plan has nothing in it yet, so a printed page is never just a title.
  static let empty = "Nothing is written down yet."

  /// "2026-12-01" as "Tuesday 1 December 2026".
  /// Says in words what became of a goal, so the status never rests on formatting alone.
  static func statusNote(_ status: Plan.Goal.Status) -> String? {
    switch status {
    case .active: return nil
    case .achieved: return "done"
    case .dropped: return "dropped for now"
    case .changed: return "changed: see the new goal below"
    }
  }

  static func day(_ iso: String) -> String {
    guard let day = Day(iso: iso) else { return iso }
    return Display.day(day)
  }
}

/// The plan in Markdown, to paste into an email or print.
public enum PlanMarkdown {
  public static func render(_ plan: Plan, footer: PlanFooter) -> String {
    let outline = PlanOutline(plan: plan)
    var text = "# \(escape(outline.title))\n"
    let parts = outline.parts
    if parts.isEmpty { text += "\n\(PlanOutline.empty)\n" }
    for part in parts {
      text += "\n## \(part.heading)\n\n"
      let lines = part.lines.enumerated().map { index, line in
        (part.numbered ? "\(index + 1). " : "- ") + escape(line)
      }
      text += lines.joined(separator: "\n") + "\n"
    }
    text += "\n---\n\n\(escape(footer.text))\n"
    return text
  }

  /// The person's words are shown as words, never read as Markdown.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      if "\\`*_{}[]<>#|!".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}

/// The plan as plain text, wrapped to a width: for the terminal and for `--format text`.
public enum PlanText {
  public static func render(_ plan: Plan, width: Int = 80, footer: PlanFooter) -> String {
    let outline = PlanOutline(plan: plan)
    let width = max(20, width)
    // Underlined headings read as headings in any mail client or printout.
    let title = outline.title.uppercased()
    var lines = [title, String(repeating: "=", count: min(width, title.count)), ""]
    let parts = outline.parts
    if parts.isEmpty { lines += [PlanOutline.empty, ""] }
    for part in parts {
      lines += [part.heading, String(repeating: "-", count: min(width, part.heading.count))]
      for (index, line) in part.lines.enumerated() {
        let bullet = part.numbered ? "  \(index + 1). " : "  - "
        lines += wrap(
          line, width: width, first: bullet, rest: String(repeating: " ", count: bullet.count))
      }
      lines.append("")
    }
    lines.append(String(repeating: "-", count: min(width, 40)))
    lines += wrap(footer.text, width: width, first: "", rest: "")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Greedy word wrap; a word longer than the line is cut so nothing runs off the edge.
  static func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
    var lines: [String] = []
    var current = first
    var currentIsEmpty = true
    for word in text.split(separator: " ") {
      var word = Substring(word)
      while !word.isEmpty {
        let room = width - current.count - (currentIsEmpty ? 0 : 1)
        if word.count <= room {
          current += (currentIsEmpty ? "" : " ") + word
          currentIsEmpty = false
          word = ""
        } else if currentIsEmpty {
          let cut = max(1, room)
          current += word.prefix(cut)
          word = word.dropFirst(cut)
          lines.append(current)
          current = rest
        } else {
          lines.append(current)
          current = rest
          currentIsEmpty = true
        }
      }
    }
    if !currentIsEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }
}
