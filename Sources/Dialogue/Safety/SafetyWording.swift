/// The words the safety net says around the categories' own messages: the file's `wording:`.
///
/// Every sentence is data, so a service can change how the tool speaks at its most delicate
/// moments without touching the code; each has a standard wording for a file that leaves it out.
public struct SafetyWording: Hashable, Sendable {
  /// Asked after the numbers: carry on or stop.
  public var carryOn: String
  /// Said when the reply to `carryOn` was neither.
  public var carryOnUnclear: String
  /// Said once the person chooses to carry on, before their question comes back: a notice is a
  /// lot to take in, and the next question straight after it reads as if nobody listened.
  public var afterCarryOn: String
  /// Said when the answer to a check question shows no concern, before the line that raised it
  /// is read as the answer it was meant to be.
  public var checkAnswered: String
  /// Said when the answer to a check question asks what it means, before the category's
  /// question in plainer words (`check-plainly`), or before the question again.
  public var checkWhy: String
  /// Asked when only the scored reader raised a category that has no `reader-check` of its own:
  /// short, kind and general, about now.
  public var readerCheck: String
  /// `readerCheck` as a worker typing for the person asks it.
  public var facilitatorReaderCheck: String
  /// A reader-only check question in plainer words, after `checkWhy`: it names no crisis, and
  /// says plainly that "no" is a fine answer.
  public var readerCheckPlainly: String
  /// `readerCheckPlainly` as a worker typing for the person is told it.
  public var facilitatorReaderCheckPlainly: String
  /// Told to the worker when only the scored reader asked: a line that is most likely ordinary
  /// is not announced as a possible crisis by name.
  public var workerReaderCheck: String
  /// Said when the person takes back a notice: it was a misunderstanding, and it is gone from
  /// their plan.
  public var withdrawn: String
  /// Said in kiosk mode after the numbers, such as "Please speak to reception now."
  public var kiosk: String
  /// Told to the worker in facilitator mode. `{{signs}}` (such as "signs that could be an
  /// emergency"), `{{categories}}` (the categories' names) and `{{services}}` (each service
  /// shown, with its number) are filled in.
  public var worker: String
  /// Told to the worker when a check question is asked instead of a notice; `{{categories}}` is
  /// filled in.
  public var workerCheck: String
  /// Told to the worker when the answer to a check question was "not sure" and the category's
  /// short line was shown; `{{categories}}` and `{{services}}` are filled in.
  public var workerUnsure: String
  /// Told to the worker when a notice is marked as not a crisis; `{{categories}}` is filled in.
  public var workerWithdrawn: String
  /// Told to the worker when the person says a notice was not what they meant, but only the
  /// worker may take it back (see `keptNotice`).
  public var workerKept: String
  /// The notices the person cannot take back on their own: a clear statement of wanting to die
  /// or of an overdose taken is, now and then, taken back by someone who still needs help.
  public var keptNotice: KeptNotice

  /// Which categories stay when the person alone says they did not mean them, and what they
  /// are told, kindly, about why.
  public struct KeptNotice: Hashable, Sendable {
    public var categories: [String]
    public var say: String

    public init(categories: [String], say: String) {
      self.categories = categories
      self.say = say
    }
  }

  public static let standard = SafetyWording(
    carryOn: "Would you like to carry on, or stop for now?",
    carryOnUnclear: "Please say carry on, or stop.",
    afterCarryOn:
      "Thank you for telling me. Take your time. We can carry on when you're ready.",
    checkAnswered: "Thanks. Let's carry on.",
    checkWhy: "I ask because some words can mean someone needs help now.",
    readerCheck: "Just to check: is anything happening right now that needs help today?",
    facilitatorReaderCheck:
      "Just to check: is anything happening to them right now that needs help today?",
    readerCheckPlainly:
      "I mean: is something wrong right now that needs a doctor, a nurse or 999 today? "
      + "If not, just say no and we will carry on.",
    facilitatorReaderCheckPlainly:
      "I mean: is something wrong for them right now that needs a doctor, a nurse or 999 "
      + "today? If not, just say no and we will carry on.",
    workerReaderCheck:
      "For the worker: to be safe, they were asked a short general check question. "
      + "A no carries on with nothing recorded.",
    withdrawn: "Sorry, I got that wrong. I have taken it off your plan.",
    kiosk: "Please speak to someone at reception now. They can help.",
    worker:
      "For the worker: they mentioned {{signs}} ({{categories}}). They were shown: "
      + "{{services}}. Please check they are safe now.",
    workerCheck:
      "For the worker: their words could mean {{categories}}, or could be everyday words, "
      + "so they were asked a check question first.",
    workerUnsure:
      "For the worker: they were not sure about {{categories}}, so they were shown only "
      + "{{services}}. Please check with them.",
    workerWithdrawn:
      "For the worker: the notice about {{categories}} is marked as not a crisis. "
      + "The record keeps the notice and your reason.",
    workerKept:
      "For the worker: they say that is not what they meant. Only you can mark this notice "
      + "as not a crisis: type /not-a-crisis and the reason.",
    keptNotice: KeptNotice(
      categories: [],
      say:
        "I'm sorry, I can't take this one off your plan. When someone talks about this, "
        + "I always keep the numbers with them, to be safe. If you are safe now, that's good. "
        + "You can talk it over with your doctor or nurse."))

  /// The file's `wording:` mapping, each key over the standard wording; problems are reported
  /// where they are. Also gives the category ids of `kept-notice`, where they are written, for
  /// checking once the categories are read.
  static func load(_ value: YAMLValue, over standard: SafetyWording) -> (
    wording: SafetyWording, keptCategories: [(id: String, value: YAMLValue)]
  ) {
    var wording = standard
    guard
      let fields = value.mapping(
        "the safety wording",
        allowed: [
          "carry-on", "carry-on-unclear", "after-carry-on", "check-answered", "check-why",
          "reader-check", "facilitator-reader-check", "reader-check-plainly",
          "facilitator-reader-check-plainly", "worker-reader-check", "withdrawn",
          "kiosk", "worker", "worker-check", "worker-unsure", "worker-withdrawn", "worker-kept",
          "kept-notice",
        ])
    else { return (wording, []) }
    let sentences: [(String, String, WritableKeyPath<SafetyWording, String>)] = [
      ("carry-on", "the carry-on question", \.carryOn),
      ("carry-on-unclear", "the carry-on reminder", \.carryOnUnclear),
      ("after-carry-on", "the line after carrying on", \.afterCarryOn),
      ("check-answered", "the line after a check question", \.checkAnswered),
      ("check-why", "the line when a check question is not understood", \.checkWhy),
      ("reader-check", "the scored reader's general check question", \.readerCheck),
      (
        "facilitator-reader-check", "the scored reader's check question as a worker asks it",
        \.facilitatorReaderCheck
      ),
      (
        "reader-check-plainly", "the scored reader's check question in plainer words",
        \.readerCheckPlainly
      ),
      (
        "facilitator-reader-check-plainly",
        "the scored reader's plainer check question as a worker asks it",
        \.facilitatorReaderCheckPlainly
      ),
      (
        "worker-reader-check", "the worker's line about the scored reader's check question",
        \.workerReaderCheck
      ),
      ("withdrawn", "the line when a notice is taken back", \.withdrawn),
      ("kiosk", "the kiosk line", \.kiosk),
      ("worker", "the worker notice", \.worker),
      ("worker-check", "the worker's line about a check question", \.workerCheck),
      ("worker-unsure", "the worker's line about a not-sure answer", \.workerUnsure),
      ("worker-withdrawn", "the worker's line about a notice taken back", \.workerWithdrawn),
      ("worker-kept", "the worker's line about a notice only they can take back", \.workerKept),
    ]
    for (key, what, path) in sentences {
      if let text = fields[key]?.nonEmptyString(what) { wording[keyPath: path] = text }
    }
    var keptCategories: [(id: String, value: YAMLValue)] = []
    if let kept = fields["kept-notice"]?.mapping(
      "the notices only a worker can take back", allowed: ["categories", "say"],
      required: ["categories", "say"])
    {
      for value in kept["categories"]?.list("a list of category ids") ?? [] {
        if let id = value.string("a category id") { keptCategories.append((id, value)) }
      }
      wording.keptNotice.categories = keptCategories.map(\.id)
      wording.keptNotice.say =
        kept["say"]?.nonEmptyString("why the notice stays") ?? wording.keptNotice.say
    }
    return (wording, keptCategories)
  }

  /// Reports each category named in `kept-notice` that the file does not have: a slip there
  /// would let a person take back the very notices it means to keep.
  static func checkKeptCategories(
    _ kept: [(id: String, value: YAMLValue)], against ids: [String]
  ) {
    for (id, value) in kept where !ids.contains(id) {
      value.report("unknown category '\(id)'\(Suggestion.hint(for: id, in: ids))")
    }
  }
}
