/// A conversation script, as loaded from YAML in Prompts/ and checked.
///
/// The engine treats it as a form to fill: the next question is the first one still unanswered
/// whose condition holds. Everything a service might want to change lives here, not in Swift.
public struct Script: Sendable {
  public var id: String
  public var version: String
  public var title: String
  /// BCP 47 tag, such as en-GB.
  public var language: String
  public var sections: [Section]
  public var rules: [GlobalRule]
  /// The file it came from, for messages.
  public var file: String
  /// When and how to switch to the easier way; nil when the script has no `easier:` section,
  /// and then only asking for it (or `--easy`) switches it on.
  public var easier: EasierWay?

  public init(
    id: String, version: String, title: String, language: String = "en-GB",
    sections: [Section], rules: [GlobalRule] = [], file: String = "<script>"
  ) {
    self.id = id
    self.version = version
    self.title = title
    self.language = language
    self.sections = sections
    self.rules = rules
    self.file = file
  }

  /// Every question, in the order the script declares them.
  public var questions: [Question] {
    sections.flatMap { $0.items.compactMap(\.question) }
  }

  public func question(_ id: String) -> Question? {
    for section in sections {
      for case .question(let question) in section.items where question.id == id {
        return question
      }
    }
    return nil
  }

  /// The section that holds the item with this id.
  public func section(holding itemID: String) -> Section? {
    sections.first { section in section.items.contains { $0.id == itemID } }
  }
}

/// A stage of the conversation, shown as progress ("Part 3 of 12: What matters most").
public struct Section: Sendable {
  public var id: String
  public var title: String
  /// The title worded for a worker typing with the person ("About them"), used in
  /// facilitator mode in place of `title`.
  public var facilitatorTitle: String?
  /// Said when the section starts.
  public var intro: Template?
  /// The intro worded for a worker typing with the person, used in facilitator mode.
  public var facilitatorIntro: Template?
  public var condition: Condition?
  /// Present when the section is asked more than once, such as up to three goals.
  public var repeating: Repeat?
  public var items: [Item]
  public var location: SourceLocation

  public init(
    id: String, title: String, facilitatorTitle: String? = nil, intro: Template? = nil,
    facilitatorIntro: Template? = nil, condition: Condition? = nil, repeating: Repeat? = nil,
    items: [Item], location: SourceLocation
  ) {
    self.id = id
    self.title = title
    self.facilitatorTitle = facilitatorTitle
    self.intro = intro
    self.facilitatorIntro = facilitatorIntro
    self.condition = condition
    self.repeating = repeating
    self.items = items
    self.location = location
  }
}

/// How often a repeating group of sections runs: up to `max` times, and each time after the
/// first only while `condition` holds over the previous round's answers. A group that repeats
/// `over` a list of the background (such as the goals being reviewed) runs once per item.
///
/// A group is one section (`repeat:` on a section) or several sections in a row (a `group:`
/// entry), such as goal, ideas, next step and confidence asked together for each of up to three
/// goals. Every section of a group carries the same `Repeat`, so sections stay a flat list and
/// progress can still say "Part 8 of 12".
public struct Repeat: Sendable {
  /// The group's id: the section's own id for a single repeating section.
  public var group: String
  public var max: Int
  public var condition: Condition?
  /// The background list the group runs once per item of, such as `goals`.
  public var over: String?
  public init(group: String, max: Int, condition: Condition?, over: String? = nil) {
    self.group = group
    self.max = max
    self.condition = condition
    self.over = over
  }
}

/// One entry in a section: a question to answer, or something to say.
public enum Item: Sendable {
  case question(Question)
  case statement(Statement)

  public var id: String {
    switch self {
    case .question(let question): return question.id
    case .statement(let statement): return statement.id
    }
  }

  public var condition: Condition? {
    switch self {
    case .question(let question): return question.condition
    case .statement(let statement): return statement.condition
    }
  }

  public var question: Question? {
    if case .question(let question) = self { return question }
    return nil
  }

  public var location: SourceLocation {
    switch self {
    case .question(let question): return question.location
    case .statement(let statement): return statement.location
    }
  }
}

/// Something the assistant says without waiting for an answer, such as a welcome.
public struct Statement: Sendable {
  public var id: String
  /// The ways it can be said, in order: the first whose condition holds is said, and when none
  /// holds nothing is. One unconditional wording is the usual case; several let a script say
  /// one of a set of things, such as the one menu of ideas that fits a goal, rather than every
  /// menu whose condition holds.
  public var wordings: [Wording]
  public var facilitatorText: Template?
  public var condition: Condition?
  /// Whether the plan so far is shown after the words (`show: plan`), so a person checks the
  /// plan itself, grouped by goal, before saying it is right.
  public var showsPlan = false
  public var location: SourceLocation

  public init(
    id: String, text: Template, facilitatorText: Template? = nil, condition: Condition? = nil,
    location: SourceLocation
  ) {
    self.init(
      id: id, wordings: [Wording(text: text)], facilitatorText: facilitatorText,
      condition: condition, location: location)
  }

  public init(
    id: String, wordings: [Wording], facilitatorText: Template? = nil,
    condition: Condition? = nil, location: SourceLocation
  ) {
    self.id = id
    self.wordings = wordings
    self.facilitatorText = facilitatorText
    self.condition = condition
    self.location = location
  }
}

/// One way of saying a statement, used when its condition holds (or always, without one).
public struct Wording: Sendable {
  public var text: Template
  public var condition: Condition?
  /// These words for a worker, said in facilitator mode in place of `text` when the condition
  /// holds and the statement has no `facilitator` of its own.
  public var facilitatorText: Template?
  public init(text: Template, condition: Condition? = nil, facilitatorText: Template? = nil) {
    self.text = text
    self.condition = condition
    self.facilitatorText = facilitatorText
  }
}

/// The kinds of answer a question can take.
public enum QuestionKind: String, Sendable, CaseIterable {
  case text
  case yesNo = "yesno"
  case choice
  case multi
  case scale
  case number
  case date
  case list
}

public struct Choice: Sendable, Hashable {
  public var id: String
  public var text: String
  /// Other words that select this choice ("alone", "just me").
  public var synonyms: [String]
  /// An earlier question this choice opens to be answered again, as typing "change ..." does:
  /// "Which part would you like to change? 3. When" asks "when" again. Such a choice is a way
  /// of moving, not an answer, so it is not kept; its question is asked again if it still
  /// applies once the change is made.
  public var change: String?
  /// The choice worded for a worker typing for the person ("They have done it" for "I have
  /// done it"), shown in facilitator mode in place of `text`; either selects it.
  public var facilitatorText: String?
  public init(
    id: String, text: String, synonyms: [String] = [], change: String? = nil,
    facilitatorText: String? = nil
  ) {
    self.id = id
    self.text = text
    self.synonyms = synonyms
    self.change = change
    self.facilitatorText = facilitatorText
  }
}

/// Limits an answer must keep to; what applies depends on the kind.
public struct Validation: Sendable, Hashable {
  /// Smallest and largest number (number and scale questions).
  public var minimum: Double?
  public var maximum: Double?
  /// Most items a list question gathers before it moves on.
  public var maxItems: Int?
  /// Whether a date must be today or later.
  public var futureDate: Bool

  public init(
    minimum: Double? = nil, maximum: Double? = nil, maxItems: Int? = nil, futureDate: Bool = false
  ) {
    self.minimum = minimum
    self.maximum = maximum
    self.maxItems = maxItems
    self.futureDate = futureDate
  }
}

/// What the assistant says back after an answer, when its condition holds.
public struct Reflection: Sendable {
  public var text: Template
  public var condition: Condition?
  /// Worded for a worker sitting with the person, used in facilitator mode in place of `text`:
  /// words such as "they can type for you" are wrong when the worker is the one typing.
  public var facilitatorText: Template?
  public init(text: Template, condition: Condition? = nil, facilitatorText: Template? = nil) {
    self.text = text
    self.condition = condition
    self.facilitatorText = facilitatorText
  }
}

public struct Question: Sendable {
  public var id: String
  public var text: Template
  /// Worded for a worker to read aloud or paraphrase ("Ask: what matters most to you?").
  public var facilitatorText: Template?
  /// A short name for summaries and for "change ...", such as "your goal".
  public var label: String
  public var kind: QuestionKind
  public var help: String?
  /// The help worded for a worker, said in facilitator mode in place of `help`.
  public var facilitatorHelp: String?
  public var condition: Condition?
  public var choices: [Choice]
  /// Words for points on a scale ("not at all sure" for 0); typing them selects that number.
  public var scaleLabels: [Int: String]
  public var validation: Validation
  /// Said on the first, second, ... failure to read an answer, in place of the standard words.
  public var reprompts: [Template]
  public var reflections: [Reflection]
  public var plan: PlanField?
  /// For text answers: words taken off the start or end before the answer is kept ("my name
  /// is", "call me", "please"), so a name is kept as a name. Compared without case.
  public var strip: [String]
  /// For text answers: whole answers that mean the person would rather not answer ("no
  /// thanks", "I don't want to say"), recorded as "rather not say" instead of kept as words.
  public var decline: [String]
  /// The question put in plainer words, said when the person asks what it means.
  public var plainly: Template?
  /// The plainer words for a worker typing with a client (`facilitator_plainly`): about the
  /// client ("they"), never "you", as the worker's own wording is.
  public var facilitatorPlainly: Template?
  /// An answer someone might give, said after the plainer wording.
  public var example: String?
  /// Why the question is asked, in a sentence or two, said when the person asks why (`why`).
  public var why: String?
  /// The same for a worker typing with a client, about the client (`facilitator_why`).
  public var facilitatorWhy: String?
  /// For yes/no questions: the later question that an answer with content in place of yes or
  /// no goes to. To "Would you like some ideas?", "gentle knee exercises" is the person's own
  /// idea, kept as their step.
  public var contentTo: String?
  /// What an answer with content means for the yes/no question itself (`content_means`): no
  /// (the default) for "Would you like some ideas?", where an idea of one's own means no ideas
  /// are needed; yes for "Did you get a letter?", where "the one about my kidneys" means yes.
  /// A "yes, ..." or "no, ..." whose words go with this meaning keeps its words too.
  public var contentMeans = false
  /// For yes/no questions that ask whether anything needs changing (`content_changes`): words
  /// in place of yes or no ("the start date", "no, my goal") name the answer to change, as
  /// "change the start date" would.
  public var contentChanges = false
  /// With `content_to`: words go there only when they name something the tool knows, a
  /// glossary term or a lexicon concept (`content_known`). To "Did you get a letter?", "the
  /// one about my kidneys" is a thing to explain, but "yeh the wife has it" is a yes alone,
  /// and the question after it asks what to explain.
  public var contentKnown = false
  /// For yes/no questions that read a step back ("Is that right?"): the questions each part of
  /// the step comes from, so the step is said as one sentence (`{{read_back}}` in the text).
  public var readBack: [ReadBackPart: String] = [:]
  /// For text questions: answers written from earlier ones ("Get back to {{what_matters}}"),
  /// offered when the person says they don't know. Each is offered only when every answer it
  /// reads was given.
  public var suggestions: [Template] = []
  /// Left out in the easier way, unless already answered: the person is told they can add
  /// more later.
  public var optional = false
  /// For scales: the scale in words, asked first in the easier way ("not sure, a bit sure, or
  /// very sure?"); the answer keeps the words and the point they stand for.
  public var inWords: [ScaleWord] = []
  /// For a step: concrete versions offered in the easier way when the step says what but not
  /// when or how often; the person picks one, or keeps their own words.
  public var versions: [StepVersion] = []
  /// For a step: the questions for its other parts that its answer fills when its own words
  /// say them (`fills_parts`): "walk for 5 mins after lunch" answers how much and when, which
  /// are then not asked. Empty leaves every part to be asked.
  public var fillsParts: [String] = []
  /// The answer given last time (`earlier`): a field of the background item the question's
  /// group repeats over, or a background name. "Same as before" to the question keeps it, said
  /// back, rather than keeping those words as the answer.
  public var earlier: String?
  /// For a question reached by choosing to change something ("Change the goal"): the earlier
  /// choices that "same as before" typed here takes back (`same_as_before`), tried in order.
  /// "Same as before" as the new goal means the goal stays: it is never kept as the goal's
  /// words.
  public var sameAsBefore: [ChoiceTakenBack] = []
  /// For a step: small steps for each area of life (a lexicon concept id), offered as choices
  /// in the easier way from the areas the person's own answers named, the goal's first.
  public var easyChoices: [(concept: String, steps: [String])] = []
  public var location: SourceLocation

  public init(
    id: String, text: Template, facilitatorText: Template? = nil, label: String? = nil,
    kind: QuestionKind, help: String? = nil, facilitatorHelp: String? = nil,
    condition: Condition? = nil,
    choices: [Choice] = [], scaleLabels: [Int: String] = [:], validation: Validation = Validation(),
    reprompts: [Template] = [], reflections: [Reflection] = [], plan: PlanField? = nil,
    strip: [String] = [], decline: [String] = [], location: SourceLocation
  ) {
    self.id = id
    self.text = text
    self.facilitatorText = facilitatorText
    self.label =
      label
      ?? id.replacingOccurrences(of: "_", with: " ").replacingOccurrences(
        of: "-", with: " ")
    self.kind = kind
    self.help = help
    self.facilitatorHelp = facilitatorHelp
    self.condition = condition
    self.choices = choices
    self.scaleLabels = scaleLabels
    self.validation = validation
    self.reprompts = reprompts
    self.reflections = reflections
    self.plan = plan
    self.strip = strip
    self.decline = decline
    self.location = location
  }

  /// The scale's range: from the validation limits, 0 to 10 by default.
  public var scaleRange: ClosedRange<Int> {
    Int(validation.minimum ?? 0)...Int(validation.maximum ?? 10)
  }

  /// The type conditions see for this question's answer.
  public var valueType: ValueType {
    switch kind {
    case .text: return .text
    case .yesNo: return .yesNo
    case .choice: return .choice(Set(choices.map(\.id)))
    case .multi: return .choices(Set(choices.map(\.id)))
    case .scale, .number: return .number
    case .date: return .date
    case .list: return .list
    }
  }
}

/// A rule tried on every line before the current question sees it.
public struct GlobalRule: Sendable {
  public var id: String
  public var pattern: String
  public var priority: Int
  public var actions: [RuleAction]
  /// Whether the line is used up by the rule. When false, the current question also reads it.
  public var consumes: Bool
  public var location: SourceLocation
  /// The loader's parse of `pattern`, handed to the rule matcher so it is parsed once.
  var parsedPattern: ParsedPattern?

  public init(
    id: String, pattern: String, priority: Int = 0, actions: [RuleAction], consumes: Bool = true,
    location: SourceLocation
  ) {
    self.id = id
    self.pattern = pattern
    self.priority = priority
    self.actions = actions
    self.consumes = consumes
    self.location = location
  }
}

public enum RuleAction: Sendable {
  /// Say something. `{{match}}` is what the rule's first `*` matched.
  case say(Template)
  /// Add the line (or a template) to a plan field, such as `informationNeeds`.
  case addToPlan(PlanField, Template?)
  /// Ask this question next, again if already answered.
  case jump(String)
  /// Record a flag with a category, for the plan and for the worker.
  case flag(String)
}

extension Script {
  /// The script as shown to `audience`: for a worker typing for the person, each choice reads
  /// in its worker wording where it has one ("They have done it"), in the options, summaries
  /// and reflections alike. The person's wording stays a synonym, so either still selects it.
  public func worded(for audience: Audience) -> Script {
    guard audience == .facilitator else { return self }
    var script = self
    for sectionIndex in script.sections.indices {
      for itemIndex in script.sections[sectionIndex].items.indices {
        guard case .question(var question) = script.sections[sectionIndex].items[itemIndex],
          question.choices.contains(where: { $0.facilitatorText != nil })
        else { continue }
        question.choices = question.choices.map { choice in
          guard let words = choice.facilitatorText else { return choice }
          var worded = choice
          worded.text = words
          worded.synonyms.append(choice.text)
          return worded
        }
        script.sections[sectionIndex].items[itemIndex] = .question(question)
      }
    }
    return script
  }
}

extension Question {
  /// The plainer words to put to `audience`. A worker gets the worker's own plainer words;
  /// where the question has a worker form but no plainer one for a worker, the person's
  /// plainer words (which say "you") are not put to the worker at all.
  public func plainly(for audience: Audience) -> Template? {
    guard audience == .facilitator, facilitatorText != nil else { return plainly }
    return facilitatorPlainly
  }
}

/// A choice to change something, taken back by "same as before" at the question it led to:
/// where the earlier choice `question` was answered `was`, it becomes `becomes`, the choice
/// that keeps things as they were.
public struct ChoiceTakenBack: Hashable, Sendable {
  public var question: String
  public var was: String
  public var becomes: String

  public init(question: String, was: String, becomes: String) {
    self.question = question
    self.was = was
    self.becomes = becomes
  }
}
