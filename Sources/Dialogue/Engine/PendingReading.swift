extension ConversationState {
  /// An answer the engine read by a guess and has said back, waiting for "yes, that's right".
  enum PendingReading: Hashable, Sendable {
    /// A point on a scale read from words ("in the middle") or a position ("the middle one").
    case scalePoint(AnswerKey, point: Int, words: String)
    /// A list line cut into items where the cut was not clear; `line` is what was typed, kept
    /// as one item if the cut is wrong.
    case listSplit(AnswerKey, items: [String], line: String)
    /// Answers written from what the person said before, offered after "dunno" to a question
    /// with `suggest:` (such as the goal), with leaving it out as the last choice.
    case suggestions(AnswerKey, options: [String])
    /// A one-item correction ("no, I meant my knees") to a list line of several items, when
    /// it is not clear which item it puts right: the person picks one, or keeps them all.
    case listItemCorrection(AnswerKey, items: [String], correction: String)
    /// In the easier way, a step that says what but not when or how often, offered in concrete
    /// versions (`options`); `step` is the step as read, `words` what was typed.
    case stepVersions(AnswerKey, step: String, words: String, options: [String])
    /// A check-in day that is not after the step's first day ("nex week" said on a Sunday,
    /// when the step starts Monday): `said` is that day, `offered` a week after the start.
    case laterCheckIn(AnswerKey, said: Day, start: Day, offered: Day, words: String)
    /// A day to look at the plan again that falls on a Saturday or Sunday, when most
    /// surgeries are closed: asked about once, and kept with a yes.
    case weekendReview(AnswerKey, day: Day, words: String)
    /// "change the scales one" when its words fit several earlier answers as well as each
    /// other: they are listed by number, and none is opened until the person picks one.
    case answerToChange(AnswerKey, candidates: [AnswerKey])
    /// At a read-back, one new day said for a step on several ("no its tuesdays" to "mondy and
    /// thursdy nite"): the person picks the day it takes the place of, or both. `words` is the
    /// correction as typed, kept with the change.
    case dayToReplace(AnswerKey, newDay: Int, days: [Int], words: String)
    /// Two or more things given to a question for just one ("my inhaler and my sugars"): the
    /// person picks one, or keeps them together; `words` is what was typed.
    case oneOfSeveral(AnswerKey, items: [String], words: String)
    /// "next Tuesday" said on a Monday, or a correction whose weekday and day of the month
    /// name different days: both `days` are said back, and the person picks the one meant.
    case whichDay(AnswerKey, days: [Day], words: String)
  }
}

extension ConversationState.PendingReading {
  /// Whether the check is put as a yes/no question (a number, a split, a day said back),
  /// rather than as choices.
  var asksYesOrNo: Bool {
    switch self {
    case .scalePoint, .listSplit, .laterCheckIn, .weekendReview: return true
    case .suggestions, .listItemCorrection, .stepVersions, .answerToChange, .dayToReplace,
      .oneOfSeveral, .whichDay:
      return false
    }
  }
}
