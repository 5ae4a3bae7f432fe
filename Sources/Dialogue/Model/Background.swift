/// What the program already knows when a conversation starts, such as the goals of the plan
/// that a review follows up.
///
/// A script reaches it only through a group that repeats over one of its lists
/// (`repeat: { over: goals }`): the group runs once per item, and the item's fields are names its
/// templates can use (`{{previous_goal}}`). The background is given to the engine, never typed
/// by the person, so it is not an answer: it is not saved as an event, and a replay is given the
/// same background again (the stored plan version it came from).
public struct Background: Sendable, Hashable {
  /// One item of a list: its fields by name, as the words to show.
  public typealias Item = [String: String]

  public var lists: [String: [Item]]
  /// Single values any template may use, such as the professional a plan is agreed with.
  public var names: [String: String]

  public init(lists: [String: [Item]] = [:], names: [String: String] = [:]) {
    self.lists = lists
    self.names = names
  }

  public static let empty = Background()

  /// How many items a list has; a list the caller did not give has none.
  public func count(of list: String) -> Int { lists[list]?.count ?? 0 }

  public func value(_ field: String, of list: String, at index: Int) -> String? {
    guard let items = lists[list], items.indices.contains(index) else { return nil }
    return items[index][field]
  }

  /// The lists a script may repeat over, and the fields each item offers its templates.
  ///
  /// The loader checks scripts against this, so a misspelt list or field is reported when the
  /// script loads rather than showing up as a gap in a question.
  public static let known: [String: [String]] = [
    // The goals still active in the plan being reviewed, in the plan's order.
    "goals": [
      GoalField.text, GoalField.step, GoalField.confidence, GoalField.measure,
      GoalField.barriers, GoalField.solutions, GoalField.checkIn, GoalField.checkInDate,
      GoalField.support,
    ] + GoalField.stepParts + GoalField.theirActions,
    // The questions of the plan: those still open in a review, every one in an agreement, in
    // the plan's order.
    "questions": [QuestionField.text],
    // What a professional agreed to do beyond the goals, still to do, each said as theirs.
    "otherActions": [OtherActionField.text],
  ]

  /// The single values a script may use anywhere; empty when the program does not give them.
  public static let knownNames = [
    Name.professional, Name.professionalName, Name.reviewDay, Name.facilitating,
    Name.topics, Name.oneThing, Name.matters, Name.careNews, Name.questions,
  ]

  public enum Name {
    /// The professional a plan is gone through with, as given ("Sam Patel, practice nurse").
    public static let professional = "professional"
    /// Their name alone, for the middle of a sentence ("What will Sam Patel do?").
    public static let professionalName = "professional_name"
    /// The day the plan says to look at it again, in words, when it is still to come: offered
    /// to keep rather than asked from scratch. Empty when there is none, or it has gone by.
    public static let reviewDay = "previous_review"
    /// Set (to "yes") when a worker types for the person, and empty otherwise, so a question
    /// only a worker needs ("who is 'me' in the plan?") can ask `answered(facilitating)`. The
    /// engine sets it from its audience: no caller gives it.
    public static let facilitating = "facilitating"
    /// What the plan says to talk about at the next appointment, joined with "; ", and its
    /// one thing: a review that is told "same as before" keeps them.
    public static let topics = "previous_topics"
    public static let oneThing = "previous_one_thing"
    /// What matters, the news about care, and the questions still open, each joined with
    /// "; ": "same as before" to what is new keeps them, and adds nothing.
    public static let matters = "previous_matters"
    public static let careNews = "previous_care_news"
    public static let questions = "previous_questions"
  }

  /// The fields of an item of `questions`.
  public enum QuestionField {
    /// The question, in the person's own words.
    public static let text = "previous_question"
  }

  /// The fields of an item of `otherActions`.
  public enum OtherActionField {
    /// The action, said as the professional's ("Sam Patel, practice nurse, will ring you").
    public static let text = "previous_other_action"
  }

  /// The fields of an item of `goals`.
  public enum GoalField {
    /// The goal in the person's own words.
    public static let text = "previous_goal"
    /// The action step read back as one sentence, empty when there was none.
    public static let step = "previous_step"
    /// The confidence score given, such as "7", empty when none was given.
    public static let confidence = "previous_confidence"
    /// How the person said they would know it had worked.
    public static let measure = "previous_measure"
    /// What the person said might get in the way, joined with "; ", empty when nothing was.
    public static let barriers = "previous_barriers"
    /// What they said could help with it, joined the same way.
    public static let solutions = "previous_solutions"
    /// The day they chose to check how the goal went, in words, empty when none was chosen.
    public static let checkIn = "previous_check_in"
    /// ... and as an ISO day, `YYYY-MM-DD`, to keep when it is still to come.
    public static let checkInDate = "previous_check_in_date"
    /// Each part of the person's step on its own, so a step changed part by part can say what
    /// each part was, and read back the parts not changed as they were: a read-back part whose
    /// question was not answered reads `previous_` and the question's id.
    public static let stepWhat = "previous_step_what"
    public static let stepHowMuch = "previous_step_how_much"
    /// How much as it was said, to show what it was: the step's own how much, or the amount
    /// said inside what the person will do ("5 minutes" in "do my knee exercises for 5
    /// minutes"). Not a read-back part: that amount is already read back with what.
    public static let stepHowMuchSaid = "previous_step_how_much_said"
    public static let stepWhen = "previous_step_when"
    public static let stepWhere = "previous_step_where"
    public static let stepHowOften = "previous_step_how_often"
    /// The day to start in words, to show ...
    public static let stepStart = "previous_step_start"
    /// ... and as an ISO day, `YYYY-MM-DD`, for the read-back.
    public static let stepStartDate = "previous_step_start_date"

    static let stepParts = [
      stepWhat, stepHowMuch, stepHowMuchSaid, stepWhen, stepWhere, stepHowOften, stepStart,
      stepStartDate,
    ]

    /// Who could help, joined with "; ", empty when no one was named.
    public static let support = "previous_support"

    /// What a professional agreed to do for the goal, one field each ("Sam Patel, practice
    /// nurse, will refer you to podiatry"), so a review can ask whether each was done. Only
    /// the first few are asked about; the rest carry over as still to do.
    public static func theirAction(_ number: Int) -> String { "previous_their_action_\(number)" }
    public static let theirActionsAsked = 3
    static let theirActions = (1...theirActionsAsked).map(theirAction)
  }
}
