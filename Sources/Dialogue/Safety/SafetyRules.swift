import Foundation

/// How serious a safety category is. The order matters: when one line touches several
/// categories, the most serious one leads the notice.
public enum SafetyLevel: String, Sendable, Codable, CaseIterable, Comparable {
  /// A life may be at risk now: 999 comes first.
  case emergency
  /// Help is needed soon but not this minute: NHS 111.
  case urgent
  /// The person is struggling but not in crisis: people to talk to.
  case support
  /// A request for a diagnosis or a medicine change, or an unsafe goal. The tool must not
  /// answer these, so they are kept for the appointment instead.
  case appointment

  var rank: Int { SafetyLevel.allCases.firstIndex(of: self)! }

  public static func < (lhs: SafetyLevel, rhs: SafetyLevel) -> Bool { lhs.rank < rhs.rank }

  /// What the person mentioned, for the worker's notice: "signs that could be an emergency".
  var signsWords: String {
    switch self {
    case .emergency: return "signs that could be an emergency"
    case .urgent: return "signs that need urgent help"
    case .support: return "that things are hard for them"
    case .appointment: return "a question for the appointment"
    }
  }
}

/// A place to send people, such as Samaritans. Kept apart from the categories so the number is
/// written once, and a service outside England can change it in one place.
public struct SafetyService: Hashable, Sendable {
  public var id: String
  /// The service's name, such as "Samaritans".
  public var name: String
  /// How to reach it, such as "call 116 123".
  public var contact: String
  /// The plain sentence shown to the person.
  public var say: String

  public init(id: String, name: String, contact: String, say: String) {
    self.id = id
    self.name = name
    self.contact = contact
    self.say = say
  }
}

/// Everything in Prompts/safety.yaml: services, word groups, categories and wording.
public struct SafetyRules: Sendable {
  public var services: [SafetyService]
  /// Named groups of words that patterns use as `{group}`, like lexicon concepts.
  public var groups: [Lexicon.Concept]
  public var categories: [SafetyCategory]
  /// Everyday phrases whose words are never read as a sign ("this weather is killing me").
  public var everyday: [String]
  public var wording: SafetyWording
  /// Real words that must never be read as misspellings of a pattern word.
  public var ordinaryWords: Set<String>
  /// Words people type for one another ("too" for "to", "tite" for "tight"): slips too short
  /// for the typo allowance, so each set's words are read as any of the set.
  public var soundAlikes: [[String]]
  /// The services named at the foot of every plan, flagged or not, as ids.
  public var planFooter: [String]

  public init(
    services: [SafetyService], groups: [Lexicon.Concept] = [], categories: [SafetyCategory],
    everyday: [String] = [], wording: SafetyWording = .standard, ordinaryWords: Set<String> = [],
    soundAlikes: [[String]] = [], planFooter: [String] = []
  ) {
    self.services = services
    self.groups = groups
    self.categories = categories
    self.everyday = everyday
    self.wording = wording
    self.ordinaryWords = ordinaryWords
    self.soundAlikes = soundAlikes
    self.planFooter = planFooter
  }

  public static let empty = SafetyRules(services: [], categories: [])

  public func service(_ id: String) -> SafetyService? { services.first { $0.id == id } }

  /// The services every plan names at its foot, in the file's order.
  public var footerServices: [SafetyService] { planFooter.compactMap(service) }

  /// A group word written as a range of whole numbers, "10..999": any number typed in digits
  /// in that range, such as the 30 of "took 30 co-codamol". Nil for any other word.
  public static func numberRange(_ word: String) -> ClosedRange<Int>? {
    let parts = word.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[1].isEmpty, let low = Int(parts[0]), let high = Int(parts[2]),
      low >= 0, low <= high
    else { return nil }
    return low...high
  }

  /// Loads a safety file; diagnostics carry file:line:column. The rules are nil when there is
  /// any error: a half-read safety net could miss a crisis without anyone knowing.
  public static func load(yaml text: String, file: String) -> (
    rules: SafetyRules?, diagnostics: [Diagnostic]
  ) {
    let reader = YAMLReader(file: file)
    guard let root = reader.root(of: text),
      let top = root.mapping(
        "the safety file",
        allowed: [
          "wording", "services", "plan-footer", "groups", "sound-alikes", "ordinary-words",
          "everyday", "categories",
        ],
        required: ["services", "categories"])
    else { return (nil, reader.diagnostics) }

    var wording = SafetyWording.standard
    var keptCategories: [(id: String, value: YAMLValue)] = []
    if let value = top["wording"] {
      (wording, keptCategories) = SafetyWording.load(value, over: wording)
    }

    var services: [SafetyService] = []
    var serviceSeen: [String: SourceLocation] = [:]
    for item in top["services"]?.list("a list of services") ?? [] {
      guard
        let fields = item.mapping(
          "a service", allowed: ["id", "name", "contact", "say"],
          required: ["id", "name", "contact", "say"]),
        let idValue = fields["id"], let id = idValue.identifier("a service id")
      else { continue }
      if let earlier = serviceSeen[id] {
        idValue.report("duplicate service id '\(id)': it is already declared at \(earlier)")
        continue
      }
      serviceSeen[id] = idValue.location
      guard let name = fields["name"]?.nonEmptyString("a service name"),
        let contact = fields["contact"]?.nonEmptyString("how to contact the service"),
        let say = fields["say"]?.nonEmptyString("what to say about the service")
      else { continue }
      services.append(SafetyService(id: id, name: name, contact: contact, say: say))
    }

    var groups: [Lexicon.Concept] = []
    var groupSeen: [String: SourceLocation] = [:]
    for item in top["groups"]?.list("a list of word groups") ?? [] {
      guard
        let fields = item.mapping(
          "a word group", allowed: ["id", "words"], required: ["id", "words"]),
        let idValue = fields["id"], let id = idValue.identifier("a group id")
      else { continue }
      if let earlier = groupSeen[id] {
        idValue.report("duplicate group id '\(id)': it is already declared at \(earlier)")
        continue
      }
      groupSeen[id] = idValue.location
      let words = fields["words"]?.stringList("a word or phrase") ?? []
      if words.isEmpty, fields["words"] != nil {
        fields["words"]?.report("group '\(id)' needs at least one word")
      }
      for word in words where word.contains("..") && numberRange(word) == nil {
        fields["words"]?.report(
          "'\(word)' in group '\(id)' is not a range of numbers: write it as 10..99, "
            + "the smaller number first")
      }
      groups.append(Lexicon.Concept(id: id, terms: words))
    }

    var soundAlikes: [[String]] = []
    for item in top["sound-alikes"]?.list("a list of words read as one another") ?? [] {
      let words = (item.stringList("a word") ?? []).map { $0.lowercased() }
      if words.count < 2 || words.contains(where: { $0.contains(" ") }) {
        item.report("a sound-alike needs two or more single words, such as [to, too]")
        continue
      }
      soundAlikes.append(words)
    }

    var planFooter: [String] = []
    for value in top["plan-footer"]?.list("a list of service ids") ?? [] {
      guard let service = value.string("a service id") else { continue }
      if services.contains(where: { $0.id == service }) {
        planFooter.append(service)
      } else {
        value.report(
          "unknown service '\(service)'\(Suggestion.hint(for: service, in: services.map(\.id)))")
      }
    }

    var ordinary: Set<String> = []
    for word in top["ordinary-words"]?.stringList("a word") ?? [] {
      ordinary.insert(word.lowercased())
    }

    let serviceIDs = services.map(\.id)
    let groupIDs = Set(groups.map(\.id))
    var everyday: [String] = []
    for value in top["everyday"]?.list("a list of everyday phrases") ?? [] {
      guard let phrase = value.nonEmptyString("an everyday phrase") else { continue }
      let errors = checkPattern(phrase, in: value, groups: groupIDs, reader: reader)
      if errors == 0 { everyday.append(phrase) }
    }
    var categories: [SafetyCategory] = []
    var categorySeen: [String: SourceLocation] = [:]
    for item in top["categories"]?.list("a list of categories") ?? [] {
      if let category = loadCategory(
        item, services: serviceIDs, groups: groupIDs, seen: &categorySeen, reader: reader)
      {
        categories.append(category)
      }
    }
    SafetyWording.checkKeptCategories(keptCategories, against: categories.map(\.id))
    let rules =
      reader.hasErrors
      ? nil
      : SafetyRules(
        services: services, groups: groups, categories: categories, everyday: everyday,
        wording: wording, ordinaryWords: ordinary, soundAlikes: soundAlikes, planFooter: planFooter)
    return (rules, reader.diagnostics)
  }

  /// Reports each problem in one pattern at its column; returns how many there were.
  static func checkPattern(
    _ pattern: String, in value: YAMLValue, groups: Set<String>, reader: YAMLReader
  ) -> Int {
    // `|` separates choices inside `[...]` and `(...)`, and `(...)` holds choices of which one
    // is needed: each is checked as a space, which keeps the columns.
    let errors = RuleMatcher.check(
      pattern: String(
        String.UnicodeScalarView(
          pattern.unicodeScalars.map { "|()".unicodeScalars.contains($0) ? " " : $0 })),
      knownConcepts: groups)
    for error in errors {
      reader.report(
        at: value.location(atOffset: error.offset),
        error.message.replacingOccurrences(of: "unknown concept", with: "unknown group"))
    }
    let unbalanced = unbalancedChoice(in: pattern)
    if let (offset, message) = unbalanced {
      reader.report(at: value.location(atOffset: offset), message)
    }
    return errors.count + (unbalanced == nil ? 0 : 1)
  }

  /// Where a `(...)` of choices is not closed, is closed twice or holds another, and why.
  private static func unbalancedChoice(in pattern: String) -> (Int, String)? {
    var open: Int?
    for (offset, character) in pattern.enumerated() {
      switch character {
      case "(":
        if open != nil { return (offset, "a '(' inside another: choices cannot be nested") }
        open = offset
      case ")":
        if open == nil { return (offset, "a ')' with no '(' before it") }
        open = nil
      default: break
      }
    }
    return open.map { ($0, "a '(' with no ')' after it: write choices as (a|b)") }
  }
}

extension SafetyRules {
  /// A safety pattern with its choices spelt out: `(a|b)` becomes one pattern with `a` and one
  /// with `b`, and `[a|b]` one with `[a]` and one with `[b]`; so "pain [going|spreading] down"
  /// and "(skin|eyes) gone yellow" need one line each, not two. Script rules have no `|`; the
  /// safety file needs many such choices, so only it has them.
  public static func alternatives(of pattern: String) -> [String] {
    let characters = Array(pattern)
    if let open = characters.firstIndex(of: "("),
      let close = characters[open...].firstIndex(of: ")")
    {
      let before = String(characters[..<open])
      let after = String(characters[(close + 1)...])
      return String(characters[(open + 1)..<close]).split(separator: "|").flatMap { option in
        alternatives(of: before + option + after)
      }
    }
    var open: Int?
    for (index, character) in characters.enumerated() {
      if character == "[" {
        open = index
      } else if character == "]", let start = open {
        let inside = String(characters[(start + 1)..<index])
        if inside.contains("|") {
          let before = String(characters[..<start])
          let after = String(characters[(index + 1)...])
          return inside.split(separator: "|").flatMap { option in
            alternatives(of: before + "[" + option + "]" + after)
          }
        }
        open = nil
      }
    }
    return [pattern]
  }
}
