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

/// The words at the foot of every plan: where to get help quickly.
///
/// The help comes from the safety file's services (its `plan-footer`), as the notices' numbers
/// do, so a service outside England that changes a number there changes it on every plan too.
public struct PlanFooter: Hashable, Sendable {
  /// Sentences such as "If a life is at risk now, call 999."
  public var help: [String]

  public init(help: [String]) { self.help = help }

  /// The `say` sentence of each service the safety file names for the foot of a plan.
  public init(safety: SafetyRules) { self.init(help: safety.footerServices.map(\.say)) }

  /// The help sentences. What the plan is ("prepared by me, not medical advice") is said under
  /// its title, on the first page, so it is not said twice; a safety file that names no
  /// services for the foot still leaves it there.
  public var text: String {
    help.isEmpty ? PlanOutline.disclaimer : help.joined(separator: " ")
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
    /// A goal: long enough that a printed page may break inside it.
    var goal = false

    var lines: [String] { items.map(\.line) }
  }

  let plan: Plan

  var title: String {
    if let name = plan.person.preferredName, !name.isEmpty { return "My plan (\(name))" }
    return "My plan"
  }

  /// Said right under the title in every format, before any section: whether the plan is
  /// unfinished, and what it is (prepared by the person, not medical advice). A printed plan
  /// runs to several pages; these belong on the first, whatever follows.
  var preface: [Item] {
    var items: [Item] = []
    if plan.status == .inProgress {
      items.append(Item(PlanOutline.notFinished, label: "Not finished yet"))
    }
    items.append(Item(PlanOutline.disclaimer))
    return items
  }

  var parts: [Part] {
    var parts: [Part] = []
    func add(
      _ heading: String, _ items: [Item], numbered: Bool = false, urgent: Bool = false,
      goal: Bool = false
    ) {
      if !items.isEmpty {
        parts.append(
          Part(heading: heading, items: items, numbered: numbered, urgent: urgent, goal: goal))
      }
    }
    func plain(_ texts: [String]) -> [Item] { texts.map { Item($0) } }
    // Urgent help leads: on paper it is on the first page, and it is the first thing read out.
    add("If I need help quickly", urgentHelp, urgent: true)
    if plan.version > 1 {
      add(
        "About this plan",
        [Item("Version \(plan.version), updated at a review on \(Display.day(of: plan.updatedAt))")]
      )
    }
    add("What matters to me", plain(plan.whatMatters.map(\.text)))
    add("A good day", plain(plan.life.goodDay.map(\.text)))
    // Not "What gets in the way": each goal has its own "What might get in the way".
    add("On harder days", plain(plan.life.hardDay.map(\.text)))
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
        add(plan.goals.count > 1 ? "My goal \(index + 1)" : "My goal", items, goal: true)
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
      if let helpers = PlanOutline.whoWillHelp(goal.support) {
        items.append(Item(helpers, label: "Who will help"))
      }
      if let review = goal.reviewDate {
        items.append(Item(PlanOutline.day(review), label: "Check in"))
      }
      add(plan.goals.count > 1 ? "My goal \(index + 1)" : "My goal", items, goal: true)
    }
    if let review = plan.reviewDate {
      add("When I will check in", [Item(PlanOutline.day(review))])
    }
    add(
      "Notes from the worker",
      plan.notes.map { note in Item(note.text, label: note.author) })
    return parts
  }

  /// Each service the safety net showed, one item each and once only however many flags
  /// named it, in the order first shown; empty when nothing was raised, so a plan without a
  /// flag carries no crisis numbers beyond the footer.
  ///
  /// A safety record keeps its services as one line, "name: contact" joined with "; " (the
  /// form `SafetyNotice.signposting` is written in, which the plan contract stores as it is),
  /// so the line is read back into services here.
  var urgentHelp: [Item] {
    var seen: Set<String> = []
    var items: [Item] = []
    for record in plan.safety {
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

  /// What the plan is, said under its title.
  static let disclaimer = "Prepared by me with CareCoach. This is not medical advice."

  /// Said, labelled "Not finished yet", on a plan saved before the conversation ended.
  static let notFinished = "I stopped before the end, so some parts may be missing."

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
///
/// It has to read well both ways: rendered, and pasted as plain text. So the person's words are
/// escaped only where CommonMark would otherwise read them as markup, where they stand: a list
/// marker, `#` or `>` at the start of an item, emphasis that could open or close, a tag, an
/// entity, a link. "bad_news", "#1" and "2 * 3" go through as typed.
public enum PlanMarkdown {
  public static func render(_ plan: Plan, footer: PlanFooter) -> String {
    let outline = PlanOutline(plan: plan)
    var text = "# \(escape(outline.title))\n\n"
    text += outline.preface.map { escape($0.line) }.joined(separator: "\n\n") + "\n"
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

  /// One line of the person's words as Markdown that shows them as they are, starting a block
  /// (a list item's text, a paragraph). Leading and trailing spaces are dropped, and a line
  /// break becomes a space: neither carries meaning in a plan.
  static func escape(_ text: String) -> String {
    let characters = text.map { $0.isNewline ? " " : $0 }
    var start = 0
    var end = characters.count
    while start < end, characters[start].isWhitespace { start += 1 }
    while end > start, characters[end - 1].isWhitespace { end -= 1 }
    let line = Array(characters[start..<end])
    var escaped = Set(blockMarker(line))
    escaped.formUnion(inlineMarkup(line))
    var result = ""
    for (index, character) in line.enumerated() {
      if escaped.contains(index) { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// Positions that would start a block at the start of a line: a list item (`- `, `+ `, `* `,
  /// `2. `, `2) `), a heading (`# `), a quote (`>`), a code fence or a thematic break (`---`).
  static func blockMarker(_ line: [Character]) -> [Int] {
    guard let first = line.first else { return [] }
    func spaceOrEnd(_ index: Int) -> Bool { index >= line.count || line[index].isWhitespace }
    switch first {
    case "-", "+", "*":
      if spaceOrEnd(1) || isThematicBreak(line) { return [0] }
    case "_":
      if isThematicBreak(line) { return [0] }
    case "#":
      let hashes = line.prefix { $0 == "#" }.count
      if hashes <= 6 && spaceOrEnd(hashes) { return [0] }
    case ">":
      return [0]
    case "`", "~":
      if line.prefix(3).allSatisfy({ $0 == first }) && line.count >= 3 { return [0] }
    default:
      // An ordered list marker: up to nine digits, then "." or ")" and a space.
      let digits = line.prefix { $0.isASCII && $0.isNumber }.count
      if digits >= 1, digits <= 9, digits < line.count, line[digits] == "." || line[digits] == ")",
        spaceOrEnd(digits + 1)
      {
        return [digits]
      }
    }
    return []
  }

  /// Three or more of one of `-`, `*`, `_`, with nothing else but spaces.
  static func isThematicBreak(_ line: [Character]) -> Bool {
    guard let first = line.first, "-*_".contains(first) else { return false }
    let marks = line.filter { !$0.isWhitespace }
    return marks.count >= 3 && marks.allSatisfy { $0 == first }
  }

  /// Positions of characters that CommonMark would read as inline markup.
  static func inlineMarkup(_ line: [Character]) -> [Int] {
    var positions: [Int] = []
    // A link or image needs a "[" and a "]" after it; a code span needs two backticks.
    let brackets =
      line.firstIndex(of: "[").map { open in line[open...].contains("]") } ?? false
    let backticks = line.filter { $0 == "`" }.count >= 2
    var index = 0
    while index < line.count {
      let character = line[index]
      let next: Character? = index + 1 < line.count ? line[index + 1] : nil
      switch character {
      case "\\":
        // A backslash escapes the punctuation after it.
        if let next, next.isASCII, next.isPunctuation || next.isSymbol { positions.append(index) }
      case "`":
        if backticks { positions.append(index) }
      case "[", "]":
        if brackets { positions.append(index) }
      case "<":
        // A tag, a comment or an autolink.
        if let next, next.isLetter || "/!?".contains(next) { positions.append(index) }
      case "&":
        if isEntity(line, from: index) { positions.append(index) }
      case "*", "_":
        let run = line[index...].prefix { $0 == character }.count
        if canDelimit(line, run: index..<(index + run)) {
          positions.append(contentsOf: index..<(index + run))
        }
        index += run
        continue
      default:
        break
      }
      index += 1
    }
    return positions
  }

  /// `&amp;`, `&#35;`, `&#x23;`: an entity, which would show as the character it names.
  static func isEntity(_ line: [Character], from index: Int) -> Bool {
    var cursor = index + 1
    if cursor < line.count, line[cursor] == "#" { cursor += 1 }
    if cursor < line.count, line[cursor] == "x" || line[cursor] == "X" { cursor += 1 }
    let name = line[cursor...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
    let after = cursor + name.count
    return !name.isEmpty && after < line.count && line[after] == ";"
  }

  /// Whether a run of `*` or `_` could open or close emphasis (CommonMark's flanking rules),
  /// so "*Pat*" is escaped and "bad_news" or "2 * 3" is not.
  static func canDelimit(_ line: [Character], run: Range<Int>) -> Bool {
    let before: Character? = run.lowerBound > 0 ? line[run.lowerBound - 1] : nil
    let after: Character? = run.upperBound < line.count ? line[run.upperBound] : nil
    func space(_ character: Character?) -> Bool { character.map(\.isWhitespace) ?? true }
    func punctuation(_ character: Character?) -> Bool {
      character.map { $0.isPunctuation || $0.isSymbol } ?? false
    }
    let left = !space(after) && (!punctuation(after) || space(before) || punctuation(before))
    let right = !space(before) && (!punctuation(before) || space(after) || punctuation(after))
    if line[run.lowerBound] == "*" { return left || right }
    let opens = left && (!right || punctuation(before))
    let closes = right && (!left || punctuation(after))
    return opens || closes
  }
}

/// The plan as plain text, wrapped to a width: for the terminal and for `--format text`.
public enum PlanText {
  /// The width of `--format text`: an email-friendly line.
  public static let emailWidth = 72

  public static func render(_ plan: Plan, width: Int = emailWidth, footer: PlanFooter) -> String {
    let outline = PlanOutline(plan: plan)
    let width = max(20, width)
    // Underlined headings read as headings in any mail client or printout. The title keeps the
    // person's name as they wrote it.
    func heading(_ text: String, _ mark: Character) -> [String] {
      let lines = wrap(text, width: width, first: "", rest: "")
      return lines + [String(repeating: mark, count: min(width, lines.map(\.count).max() ?? 0))]
    }
    var lines = heading(outline.title, "=") + [""]
    for item in outline.preface {
      lines += wrap(item.line, width: width, first: "", rest: "") + [""]
    }
    let parts = outline.parts
    if parts.isEmpty { lines += [PlanOutline.empty, ""] }
    for part in parts {
      lines += heading(part.heading, "-")
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

  /// Greedy word wrap that never breaks before a number, so "116 123", "0800 1111",
  /// "option 2" and "call 999" stay on one line; a run longer than a whole line is broken
  /// between its words after all, and a word longer than the line is cut, so nothing runs off
  /// the edge.
  static func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
    var lines: [String] = []
    var current = first
    var currentIsEmpty = true
    func place(_ word: Substring) {
      var word = word
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
    for unit in units(of: text) {
      let room = width - current.count - (currentIsEmpty ? 0 : 1)
      let whole = unit.joined(separator: " ")
      if unit.count == 1 || whole.count <= room {
        place(Substring(whole))
        continue
      }
      // Too long for what is left of this line: start a new one, where it may fit whole.
      if !currentIsEmpty {
        lines.append(current)
        current = rest
        currentIsEmpty = true
      }
      if whole.count <= width - current.count {
        place(Substring(whole))
        continue
      }
      // Still too long: the word before the number goes first, then the number on its own
      // line if it fits there, else word by word.
      var number = unit
      if let first = unit.first, !(first.first?.isNumber ?? false) {
        place(first)
        number = Array(unit.dropFirst())
      }
      let digits = number.joined(separator: " ")
      if digits.count <= width - rest.count {
        if !currentIsEmpty && digits.count > width - current.count - 1 {
          lines.append(current)
          current = rest
          currentIsEmpty = true
        }
        place(Substring(digits))
      } else {
        number.forEach(place)
      }
    }
    if !currentIsEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }

  /// The words of the text, each number joined to the word before it.
  static func units(of text: String) -> [[Substring]] {
    var units: [[Substring]] = []
    for word in text.split(separator: " ") {
      if let digit = word.first, digit.isASCII, digit.isNumber, !units.isEmpty {
        units[units.count - 1].append(word)
      } else {
        units.append([word])
      }
    }
    return units
  }
}
