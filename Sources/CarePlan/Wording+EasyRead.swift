import Dialogue

/// Every word the Easy Read plan says around the person's own words, in one place, where the
/// content tests score it for plain English. Each is one short idea: a sentence of at most 15
/// words, or the start of one ("My next step is:") that the person's words finish on the line
/// below. The person's words are never here: they are kept as they were said.
enum EasyReadWording {
  // MARK: Headings: each a question the part answers

  static let helpNow = "Who can help me now?"
  static let whatMatters = "What matters to me?"
  static let health = "What about my health?"
  static let whoHelps = "Who helps me?"
  static let care = "What care helps me?"
  static let talkAbout = "What do I want to talk about?"
  static let ask = "What do I want to ask?"
  static let answers = "What answers did I get?"
  static let whatIWillDo = "What will I do?"
  static let changedGoals = "What has changed?"
  static let lookAgain = "When will I look at my plan again?"
  static let notes = "What did my worker write?"
  static let alsoSaid = "What else did I say?"
  static let notInPlan = "These are kept, but they are not in my plan:"

  /// The heading of one goal's part when there are several: "Goal 2: what will I do?".
  static func whatIWillDo(goal number: Int) -> String { "Goal \(number): what will I do?" }

  // MARK: Under the title

  static let notFinished = ["This plan is not finished yet.", "Some parts may be missing."]
  static let workerCopy = [
    "This is the worker's copy. It has private notes.",
    "Give the person their own copy. Make it without --worker.",
  ]
  static let agreedWith = "I agreed this plan with:"
  static func agreedOn(_ day: String) -> String { "We agreed it on \(day)." }
  static let writtenDownLater = "A support worker wrote it down afterwards."
  static let writtenDownThere = "A support worker wrote it down at the appointment."
  static let beingAgreedWith = "I am going through this plan with:"
  static let notAgreedYet = "It is not agreed yet."
  static let madeAlone = "I made this plan with CareCoach."
  static let madeWithWorker = "I made this plan with a support worker."
  static let notAdvice = "It is not medical advice."
  static func version(_ number: Int) -> String { "This is version \(number) of my plan." }
  static func madeOn(_ day: String) -> String { "I made it on \(day)." }
  static func updatedOn(_ day: String) -> String { "It was updated on \(day)." }
  static func firstMadeOn(_ day: String) -> String { "I first made it on \(day)." }
  static let nothingYet = "Nothing is written down yet."

  // MARK: The parts

  static let contactQuickly = "If I need help quickly, I can contact:"
  static let mattersToMe = "These things matter to me:"
  static let goodDay = "A good day for me is:"
  static let hardDay = "On harder days, this gets in the way:"
  static let conditions = "I live with:"
  static let conditionWords = "How I say it:"
  static let careNews = "News about my care:"
  static let helpers = "These people help me:"
  static let careThatHelps = "This care helps me:"
  static let careThatIsHard = "This care is hard for me:"
  static let oneThing = "The one thing I most want to talk about:"
  static let alsoTalkAbout = "I also want to talk about:"
  static let talkAboutThese = "I want to talk about:"
  static let iWantToAsk = "I want to ask:"
  static let alsoAgreed = "What else was agreed?"
  static let actionDone = "This has been done."
  static let stillToDo = "This is still to do."
  static let saidAboutIt = "What was said about it:"
  static let iAsked = "I asked:"
  static let theAnswer = "The answer was:"
  static func lookAgain(on day: String) -> String { "I will look at my plan again on \(day)." }
  static let noteFromWorker = "A note from my worker:"
  static let noteShared = "This note is on their copy too."
  static let notePrivate = "This note is private. It is not on their copy."

  // MARK: A goal

  static let myGoal = "My goal is:"
  static let knowItWorked = "I will know it has worked when:"
  static let nextStep = "My next step is:"
  static let howMuch = "How much I will do:"
  static let when = "When I will do it:"
  static let place = "Where I will do it:"
  static let howOften = "How often I will do it:"
  static func start(on day: String) -> String { "I will start on \(day)." }
  /// "Dr Khan will:", and "Sam Patel, practice nurse, will:" with the role set apart.
  static func willDo(_ who: String) -> String {
    who.contains(",") ? "\(who), will:" : "\(who) will:"
  }
  static func sure(_ confidence: Int) -> String {
    "I am \(confidence) out of 10 sure I can do it."
  }
  static let inTheWay = "What might get in the way:"
  static let whatWillHelp = "What will help:"
  static let whoWillHelp = "Who will help me:"
  static let noOneYet = "No one is helping with this yet."
  static func checkIn(on day: String) -> String { "I will check how it went on \(day)." }
  static let goalAgreed = "This goal was agreed."
  static let goalAgreedWithChanges = "This goal was agreed with some changes."
  static let goalNotNow = "We agreed to leave this goal for now."
  static func howItWent(on day: String) -> String { "How it went on \(day):" }
  static func rating(_ value: Int) -> String { "\(value) out of 10." }
  static let goalDone = "I have done this goal:"
  static let goalDropped = "I have stopped this goal for now:"
  static let goalChanged = "I have changed this goal. The new goal is above:"
}
