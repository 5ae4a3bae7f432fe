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

/// The plan as readable sections, shared by the Markdown and plain-text renderers so the two
/// always say the same things in the same order.
struct PlanOutline {
  struct Part {
    var heading: String
    var lines: [String]
  }

  let plan: Plan

  var title: String {
    if let name = plan.person.preferredName, !name.isEmpty { return "My plan (\(name))" }
    return "My plan"
  }

  var parts: [Part] {
    var parts: [Part] = []
    func add(_ heading: String, _ lines: [String]) {
      if !lines.isEmpty { parts.append(Part(heading: heading, lines: lines)) }
    }
    add("What matters to me", plan.whatMatters.map(\.text))
    add("A good day", plan.life.goodDay.map(\.text))
    add("What gets in the way", plan.life.hardDay.map(\.text))
    add("My health conditions", plan.conditions)
    add("Who helps me", plan.person.support)
    add(
      "What I want to talk about",
      plan.priorities.map { "\($0.rank). \($0.text)" + ($0.oneThing ? " (the one thing)" : "") })
    add("My questions", plan.informationNeeds.map(\.question))
    add("Care that helps", plan.life.careThatHelps.map(\.text))
    add("Care that is hard", plan.life.careThatIsHard.map(\.text))
    for (index, goal) in plan.goals.enumerated() {
      var lines = ["Goal: \(goal.text)"]
      if let measure = goal.measure { lines.append("I will know it has worked when: \(measure)") }
      for action in goal.actions {
        lines.append("My next step: \(action.what)")
        if let howMuch = action.howMuch { lines.append("How much: \(howMuch)") }
        if let when = action.when { lines.append("When: \(when)") }
        if let place = action.where { lines.append("Where: \(place)") }
        if let howOften = action.howOften { lines.append("How often: \(howOften)") }
        if let start = action.startDate { lines.append("Starting: \(PlanOutline.day(start))") }
      }
      if let confidence = goal.confidence {
        lines.append("How sure I am: \(confidence) out of 10")
      }
      if !goal.barriers.isEmpty {
        lines.append("What might get in the way: \(goal.barriers.joined(separator: "; "))")
      }
      if !goal.solutions.isEmpty {
        lines.append("What will help: \(goal.solutions.joined(separator: "; "))")
      }
      if !goal.support.isEmpty {
        lines.append("Who will help: \(goal.support.joined(separator: "; "))")
      }
      if let review = goal.reviewDate { lines.append("Check in: \(PlanOutline.day(review))") }
      add(plan.goals.count > 1 ? "My goal \(index + 1)" : "My goal", lines)
    }
    if let review = plan.reviewDate { add("When I will check in", [PlanOutline.day(review)]) }
    add(
      "Notes from the worker",
      plan.notes.map { note in note.author.map { "\($0): \(note.text)" } ?? note.text })
    return parts
  }

  static let footer =
    "Prepared by me with CareCoach. This is not medical advice. "
    + "In an emergency call 999. For urgent advice call NHS 111."

  /// "2026-12-01" as "Tuesday 1 December 2026".
  static func day(_ iso: String) -> String {
    guard let day = Day(iso: iso) else { return iso }
    return Display.day(day)
  }
}

/// The plan in Markdown, to paste into an email or print.
public enum PlanMarkdown {
  public static func render(_ plan: Plan) -> String {
    let outline = PlanOutline(plan: plan)
    var text = "# \(escape(outline.title))\n"
    for part in outline.parts {
      text += "\n## \(part.heading)\n\n"
      text += part.lines.map { "- \(escape($0))" }.joined(separator: "\n") + "\n"
    }
    text += "\n---\n\n\(PlanOutline.footer)\n"
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
  public static func render(_ plan: Plan, width: Int = 80) -> String {
    let outline = PlanOutline(plan: plan)
    let width = max(20, width)
    var lines = [outline.title.uppercased(), ""]
    for part in outline.parts {
      lines.append(part.heading)
      for line in part.lines { lines += wrap(line, width: width, first: "  - ", rest: "    ") }
      lines.append("")
    }
    lines += wrap(PlanOutline.footer, width: width, first: "", rest: "")
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
