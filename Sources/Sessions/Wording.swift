import Dialogue

/// Every sentence the application shows a person, kept in one place so it can be read, changed
/// and checked for plain English together (`Tests/content/test_readability.py` scores each
/// one). The engine's own words are in Dialogue's `Phrases`; a sentence both say is written
/// there once and only referred to here. Error sentences are in `Wording+Errors.swift`.
///
/// To add sentences for another part of the program, add a `Wording+Part.swift` beside this
/// file, or a `Wording.swift` in that part's own module: the readability test reads every
/// `Sources/*/Wording*.swift`.
public enum Wording {
  // MARK: The conversation

  static let stopping = SharedPhrases.stopping
  static let answersSaved = "Your answers are saved."
  static let noteHowTo =
    "Type the note after /note, for example: /note prefers mornings. "
    + "To put it on their plan too, use /share-note instead."
  static let lineCleared = "(Line cleared. Press Ctrl-C again to stop.)"
  static let stopNow = answersSaved + " Do you want to stop now? Please say yes or no."
  /// To a worker, in facilitator mode: the answers are the person's.
  static let theirAnswersSaved = "Their answers are saved."
  static let workerStopNow =
    theirAnswersSaved + " Do you want to stop now? Please say yes or no."

  /// With the server away nothing has reached it since the connection went, so the question
  /// must not say the answers are saved.
  static let keptHereStopNow =
    "The answers are kept on this computer for now. Do you want to stop now? "
    + "Please say yes or no."

  static func stopNow(for audience: Audience, offline: Bool = false) -> String {
    if offline { return keptHereStopNow }
    return audience == .facilitator ? workerStopNow : stopNow
  }
  static let stopNowAgain = "Please say yes to stop now, or no to carry on."
  static let typeNewPin = "Type the new PIN and press Enter: "
  static let typePinAgain = "Type it again to check it: "
  static let privateNoteSaved =
    "Note saved. It is your own note: it is not on their copy of the plan. "
    + "To put a note on their copy, type /share-note and the note."
  static let sharedNoteSaved =
    "Note saved. It is on their copy of the plan too, as the worker's note, "
    + "not their own words."
  static let answerCut =
    "That answer was very long, so I kept the first \(AnswerLength.limit) characters. "
    + "If there is more to say, you can add it in your next answer."

  /// Said on standard error, after the program's name, when piped input ends early.
  public static func inputEnded(_ id: String, facilitated: Bool = false) -> String {
    let whose = facilitated ? "Their" : "Your"
    return "the input ended before the conversation finished. "
      + "\(whose) answers so far are saved; carry on with: carecoach resume \(id)"
  }

  static func couldNotSave(_ reason: String) -> String {
    "Sorry, I could not save that. \(reason)"
  }

  static let keptUntilResume =
    "The connection to the server was lost. We can carry on: the answers are kept on this "
    + "computer, and sent to the server when the conversation is resumed."

  static let unsentNotKept =
    "The server cannot be reached, and the answer could not be kept on this computer either."

  static func planKeptHere(_ id: String) -> String {
    "The server could not be reached, so this plan is kept on this computer for now. When the "
      + "server is back, type: carecoach resume \(id)\nThat sends the answers and saves the plan."
  }

  static func turnsKeptHere(_ id: String) -> String {
    "The answers since the connection was lost are kept on this computer until the "
      + "conversation is resumed: carecoach resume \(id)"
  }

  static func unsentSent(_ sent: UnsentTurns.Sent) -> String {
    var parts: [String] = []
    if sent.turns > 0 { parts.append(sent.turns == 1 ? "1 answer" : "\(sent.turns) answers") }
    if sent.notes > 0 { parts.append(sent.notes == 1 ? "1 note" : "\(sent.notes) notes") }
    return parts.joined(separator: " and ") + " kept on this computer "
      + (sent.total == 1 ? "is" : "are") + " now saved on the server."
  }

  static let noteKeptUntilResume =
    "Note kept on this computer, with the answers, until the conversation is resumed."

  static func planSavedOnResume(_ id: String) -> String {
    "The answers are all on the server, but it was lost before the plan could be saved. When "
      + "the server is back, type: carecoach resume \(id)\nThat saves the plan."
  }

  static func noteNotSaved(_ reason: String) -> String {
    "Sorry, I could not save the note. \(reason)"
  }

  static func flagRaised(_ category: String) -> String {
    "For the worker: a rule raised the flag '\(category)'."
  }

  static func cannotGoOn(_ id: String) -> String {
    "The conversation cannot go on without saving. What was saved before this is kept. "
      + "To carry on later, type: carecoach resume \(id)"
  }

  static func stopped(_ id: String, for audience: Audience = .person) -> String {
    (audience == .facilitator ? theirAnswersSaved : answersSaved)
      + " To carry on later, type: carecoach resume \(id)"
  }

  static func versionNotSaved(
    _ reason: String, _ id: String, for audience: Audience = .person
  ) -> String {
    (audience == .facilitator ? "Their" : "Your")
      + " answers are saved, but the plan could not be saved as a version: \(reason). "
      + "It can still be seen with: carecoach show \(id)"
  }

  static func planSoFarNotShown(_ reason: String, _ id: String) -> String {
    "Sorry, I could not show the plan so far: \(reason). "
      + "You can see it with: carecoach show \(id)"
  }

  static func planSaved(_ id: String, for audience: Audience = .person) -> String {
    "Thank you. " + (audience == .facilitator ? "Their" : "Your")
      + " plan is saved. To see it again, type: carecoach show \(id)\n"
      + "To save it as a file: carecoach export \(id) --format markdown -o plan.md\n"
      + "Later, to look back at how it went: carecoach review \(id)"
  }

  /// The end for a person who found it hard: what was saved and where, in plain words, one
  /// short line to see it again, and the longer commands set apart for a helper.
  static func planSavedPlainly(_ id: String, latest: String) -> String {
    "Thank you. Your plan is saved on this computer.\n"
      + "To see it again, type: carecoach show \(latest)\n"
      + "For your helper: carecoach export \(id) --format html -o plan.html "
      + "(a page to print), and later: carecoach review \(id)"
  }

  static func reviewSaved(_ version: Int, _ id: String, for audience: Audience = .person)
    -> String
  {
    "Thank you. " + (audience == .facilitator ? "Their" : "Your")
      + " plan is saved as version \(version). The earlier versions are kept.\n"
      + "To see it, type: carecoach show \(id)\n"
      + "To see what changed: carecoach show \(id) --changes"
  }

  // MARK: Starting, resuming and reviewing

  static func welcomeBack(lastUsed day: String) -> String {
    "Welcome back. You last used this conversation on \(day). Let's carry on where you left off."
  }

  /// To the worker, resuming: which client, and when, so the wrong plan is seen at once.
  static func welcomeBack(client: String?, lastUsed day: String) -> String {
    guard let client else {
      return "Welcome back. This conversation has no client reference. "
        + "It was last used on \(day)."
    }
    return "Welcome back. This is the conversation with client \(client), last used on \(day)."
  }

  static func isThisTheClient(_ client: String?) -> String {
    client == nil
      ? "Is this the conversation you want to carry on? Please say yes or no."
      : "Is this the right client? Please say yes or no."
  }

  static func isThisTheClientAgain(_ client: String?) -> String {
    "Please say yes to carry on with "
      + (client.map { "client \($0)" } ?? "this conversation") + ", or no to stop."
  }

  /// After the worker said no: nothing was saved, and how to find the right conversation.
  static let notResumed =
    "Nothing has been changed. To find the right conversation, type: carecoach list. "
    + "Then carry on with: carecoach resume --client REF, or with the conversation's id."
  static let questionsChanged =
    "Some questions have changed since last time. Your answers to the questions that "
    + "are still here are kept, and any new questions will be asked."

  static func reviewing(version: Int, from day: String, goals: Int) -> String {
    "Reviewing version \(version) of the plan from \(day): "
      + (goals == 0
        ? "it has no goals in progress, so we will look at what is new."
        : "\(goalCount(goals)) to look at.")
  }

  static func goalCount(_ goals: Int) -> String {
    goals == 1 ? "one goal" : "\(goals) goals"
  }

  /// For `--help`, when the safety file names no services.
  static let urgentHelp =
    "If you need help quickly, contact your emergency or urgent care services."

  // MARK: Showing a plan

  static let whereEachPartCameFrom = "WHERE EACH PART CAME FROM"
  static let noEarlierVersion = "There is no earlier version to compare with."

  static func reviewUnderWay(becomes version: Int, _ id: String) -> String {
    "(A review under way: this becomes version \(version) when it finishes. "
      + "Carry on with: carecoach resume \(id))\n"
  }

  static func versionOf(_ version: Int, _ count: Int, _ id: String) -> String {
    "This is version \(version) of \(count). See another with: "
      + "carecoach show \(id) --version N, or what changed with --changes."
  }

  static func firstVersionOnly(_ reference: String) -> String {
    "This is the first version of the plan, so there is nothing to compare it with yet. "
      + "A review makes the next version: carecoach review \(reference)"
  }

  /// The heading of one step in a plan's history: a review made it, or an agreement did.
  static func changes(from old: Int, to new: Int, day: String?, agreed: Bool) -> String {
    let made = agreed ? "agreement" : "review"
    return "From version \(old) to version \(new)"
      + (day.map { agreed ? " (agreed on \($0))" : " (review of \($0))" }
        ?? " (\(made) under way)")
  }

  static func fromRule(_ rule: String) -> String { "something you said (\(rule))" }
  static func fromAnswer(_ question: String) -> String { "your answer to \"\(question)\"" }

  // MARK: Listing, deleting and exporting

  /// How the list shows a conversation that was stopped part way, and can be resumed.
  static let unfinishedStatus = "unfinished"

  public static let noConversationsYet =
    "There are no saved conversations yet. Start one with: carecoach start"

  static func noConversations(client: String) -> String {
    "There are no saved conversations for client \(client)."
  }

  static func plansOverTime(client: String) -> String { "PLANS OVER TIME FOR CLIENT \(client)" }
  static func planFrom(_ id: String) -> String { "Plan from conversation \(id):" }
  static let madeByFirstConversation = "first conversation"
  static func madeByReview(_ id: String) -> String { "review \(id)" }
  static func madeByAgreement(_ id: String) -> String { "agreement \(id)" }
  /// What `list` calls a conversation that agreed a plan with a professional.
  static let agreementKind = "agreement"

  static func goalsInProgress(_ active: Int, done: Int) -> String {
    let goals = active == 1 ? "goal" : "goals"
    return "\(active) \(goals) in progress" + (done > 0 ? ", \(done) done" : "")
  }

  static func deletedConversation(_ id: String, reviews: Int) -> String {
    if reviews == 0 { return "Deleted conversation \(id) and everything saved about it." }
    let counted = reviews == 1 ? "review" : "\(reviews) reviews"
    return "Deleted conversation \(id), its \(counted), "
      + "every version of its plan, and everything saved about them."
  }

  static func deletedReview(_ id: String) -> String {
    "Deleted review \(id), the plan version it made, and everything saved about it."
  }

  public static func savedPlan(to path: String) -> String { "Saved the plan to \(path)" }

  // MARK: Checking scripts

  static let noFileHere = "error: there is no file or folder here"
  static let noYamlInFolder = "error: the folder has no .yaml files to check"
  static let cannotReadFile = "error: CareCoach cannot read this file"

  static func problemsFound(_ errors: String, in checked: String) -> String {
    "\(errors) in \(checked)."
  }

  static func allChecked(_ checked: String, warnings: String?) -> String {
    "OK: \(checked)" + (warnings.map { "; \($0)." } ?? "; no problems.")
  }
}
