import CarePlan
import Foundation
import TestSupport
import Testing

@testable import Dialogue

/// A run of the default conversation (Prompts/care-planning.yaml) with the lexicon, glossary
/// and safety net a real run loads, one line at a time, so a test can skip to the part it is
/// about and look at what one answer brought.
struct CarePlanningRun {
  static let engine: Engine = TranscriptTests.engine(
    for: Transcript.parse("script: care-planning\n---\n"))!

  var state: ConversationState
  /// What the latest line (or the start) brought.
  var last: [Output]
  var all: [Output]
  var minutes = 0

  init() {
    (state, last) = Self.engine.step(ConversationState(), .start(at: testNow))
    all = last
  }

  var current: String? { state.current?.question }

  mutating func say(_ line: String) {
    minutes += 1
    (state, last) = Self.engine.step(
      state, .input(line, at: testNow.addingTimeInterval(Double(minutes) * 60)))
    all += last
  }

  mutating func say(_ lines: [String]) {
    for line in lines { say(line) }
  }

  /// Answers "skip" until `question` is asked (or gives up after 80 lines).
  mutating func skip(until question: String) {
    for _ in 0..<80 where current != question { say("skip") }
    #expect(current == question, "never reached \(question)")
  }

  /// The plan these answers make, as the program builds it.
  var plan: Plan {
    PlanBuilder(
      script: Self.engine.script, concepts: Self.engine.concepts, glossary: Self.engine.glossary
    )
    .build(from: state, metadata: .init(planID: "test", createdAt: testNow, updatedAt: testNow))
  }

  /// From the start to the confidence question, with a goal and a step (and a "yes" read-back).
  static func atConfidence() -> CarePlanningRun {
    var run = CarePlanningRun()
    run.skip(until: "goal_text")
    run.say([
      "walk to the shops", "I can get my own shopping", "no", "walk to the post box", "once",
      "after lunch", "our street", "three times a week", "tomorrow", "yes",
    ])
    #expect(run.current == "confidence")
    return run
  }
}

@Suite("How sure: scale answers in words")
struct ScaleWordsTests {
  static let question = CarePlanningRun.engine.script.question("confidence")!

  static func read(_ text: String) -> AnswerInterpreter.Reading {
    AnswerInterpreter(question: question, today: Day(testNow, in: .gmt)).read(text)
  }

  @Test(
    "a number, a label, or a label's own words is a point on the scale",
    arguments: [
      ("7", 7), ("about 6", 6), ("7 out of 10", 7), ("very sure", 10), ("I'm very sure", 10),
      ("not at all sure", 0), ("I'm not at all sure", 0), ("somewhat sure", 5),
      ("Not at all sure.", 0),
      ("not very sure but somewhat sure", 5), ("I'd say 3, not very sure", 3),
    ])
  func points(text: String, point: Int) {
    #expect(Self.read(text) == .value(.number(Double(point))))
  }

  @Test(
    "everyday words and positions are placed on the scale, to be said back before they are kept",
    arguments: [
      ("somewhat", 5), ("very", 10), ("not at all", 0), ("not very sure", 3),
      ("I'm not very sure", 3), ("a bit sure", 3), ("in the middle", 5), ("quite sure", 7),
      ("fairly sure", 7), ("pretty sure", 7), ("so so", 5), ("the middle one", 5),
      ("the last one", 10), ("the first one", 0), ("not that sure", 3),
    ])
  func guessedPoints(text: String, point: Int) {
    #expect(Self.read(text) == .guessedPoint(point))
  }

  @Test(
    "a label turned round by a negation, or words near a label, is never read as that label",
    arguments: [
      "not sure", "unsure", "I don't feel very sure", "sure", "very sure, well somewhat sure",
    ])
  func nearScale(text: String) {
    #expect(Self.read(text) == .nearScale)
  }

  @Test(
    "answers with nothing about the scale are not read",
    arguments: ["lots", "12", "blue", "the first two", "all three"])
  func unreadable(text: String) {
    #expect(Self.read(text) == .unreadable(detail: nil))
  }

  @Test("'not very sure' is said back as a number; no asks for the number meant")
  func notVerySure() {
    var run = CarePlanningRun.atConfidence()
    run.say("not very sure")
    #expect(run.state.value("confidence") == nil)
    #expect(run.last.text.contains("So that's about 3 out of 10, on the low side. Is that right?"))
    run.say("no")
    #expect(run.current == "confidence")
    run.say("4")
    #expect(run.state.value("confidence") == .number(4))
    #expect(run.current == "barriers")
  }

  @Test("'the middle one', just after 0, 5 or 10 were offered, is 5 once the person says yes")
  func middleOne() {
    var run = CarePlanningRun.atConfidence()
    run.say("the middle one")
    #expect(run.last.text.contains("So that's about 5 out of 10, somewhere in the middle."))
    run.say("yes")
    #expect(run.state.value("confidence") == .number(5))
  }

  @Test("a number typed at the check is read as the answer")
  func numberAtTheCheck() {
    var run = CarePlanningRun.atConfidence()
    run.say(["in the middle", "8"])
    #expect(run.state.value("confidence") == .number(8))
    #expect(run.current == "goal_support")
  }

  @Test("'not sure' twice is kept as don't know, and problem-solving still follows")
  func notSureTwice() {
    var run = CarePlanningRun.atConfidence()
    run.say("not sure")
    #expect(run.current == "confidence")
    run.say("not sure")
    #expect(run.state.value("confidence") == .skipped(.dontKnow))
    var asked: [String] = []
    for answer in ["the rain", "a coat", "no", "5"] {
      asked.append(run.current ?? "")
      run.say(answer)
    }
    #expect(asked == ["barriers", "solutions", "make_smaller", "confidence_again"])
    #expect(run.plan.goals[0].confidence == 5)
    #expect(run.plan.goals[0].barriers == ["the rain"])
  }

  @Test("a skipped confidence still leads to what might get in the way")
  func skipped() {
    var run = CarePlanningRun.atConfidence()
    run.say("skip")
    #expect(run.current == "barriers")
  }

  @Test("'very sure' goes straight on, with no problem-solving")
  func verySure() {
    var run = CarePlanningRun.atConfidence()
    run.say("very sure")
    #expect(run.state.value("confidence") == .number(10))
    #expect(run.current == "goal_support")
  }
}

@Suite("Changing an earlier answer")
struct ChangeAnswerTests {
  /// To "Are you happy with your plan?", with one goal and its step.
  static func atReady() -> CarePlanningRun {
    var run = CarePlanningRun.atConfidence()
    run.say(["8", "my son", "in two weeks", "no"])
    run.skip(until: "ready")
    return run
  }

  @Test("after 'no' to the plan, change my goal and change my step change those, not a yes/no")
  func goalAndStep() {
    var run = Self.atReady()
    run.say("no")
    #expect(run.current == "fix")
    run.say("change my goal")
    #expect(run.current == "goal_text")
    #expect(run.last.text.contains("Your answer was: walk to the shops."))
    run.say("walk to the park")
    #expect(run.current == "fix")
    run.say("change my step")
    #expect(run.current == "step_what")
    run.say("walk to the corner shop")
    // The step was read back before, so it is read back again with the new words.
    #expect(run.current == "step_check")
    #expect(run.last.text.contains("I will walk to the corner shop once after lunch"))
    run.say(["yes", "yes"])
    #expect(run.state.finished)
    #expect(run.plan.goals[0].text == "walk to the park")
    #expect(run.plan.goals[0].actions[0].what == "walk to the corner shop")
  }

  @Test("a yes/no opened to change says what it was, not 'what would you like it to be?'")
  func yesNoWording() {
    var run = Self.atReady()
    run.say("change step check")
    #expect(run.current == "step_check")
    #expect(
      run.last.text.contains("You said yes before. Please say yes or no, or say keep to leave it."))
    #expect(!run.last.text.contains("What would you like it to be?"))
  }

  @Test(
    "findAnswer prefers the exact label once filler is set aside",
    arguments: [
      ("change my goal", "goal_text"), ("change the goal", "goal_text"),
      ("change my step", "step_what"),
      ("change how often", "step_how_often"), ("change another goal", "another_goal"),
      ("change my name", "name"),
    ])
  func finds(line: String, question: String) {
    var run = Self.atReady()
    run.say(line)
    #expect(run.current == question)
  }
}

@Suite("What to call you")
struct NameTests {
  @Test(
    "the name is kept without the words around it; a no is a choice not to say",
    arguments: [
      ("Sarah", "Sarah"), ("my name is Sarah", "Sarah"), ("My name's Sarah.", "Sarah"),
      ("call me Sarah please", "Sarah"), ("please call me Mrs Patel", "Mrs Patel"),
      ("I'm Jo", "Jo"), ("it's Jo", "Jo"), ("Hi, I am Dev", "Dev"), ("just Bob thanks", "Bob"),
      ("no thanks", nil), ("No", nil), ("I don't want to say", nil), ("I'd rather not", nil),
      ("none", nil), ("nope, sorry", nil),
    ] as [(String, String?)])
  func name(typed: String, kept: String?) {
    var run = CarePlanningRun()
    run.say("1")
    #expect(run.current == "name")
    run.say(typed)
    #expect(run.plan.person.preferredName == kept)
    if kept == nil {
      #expect(run.state.value("name") == .skipped(.ratherNotSay))
      #expect(!run.last.text.contains("I'll call you that"))
    } else {
      #expect(run.last.text.contains("Thank you, \(kept!). I'll call you that."))
    }
  }

  @Test(
    "a worker saying what the person asked to be called keeps only the name",
    arguments: [
      ("she says call her Maggie", "Maggie"), ("he wants to be called Ron", "Ron"),
      ("Her name is Mrs Khan", "Mrs Khan"), ("they'd like to be called Alex", "Alex"),
      ("he likes Ron", "Ron"), ("she goes by Peggy", "Peggy"),
      ("Maggie, she says", "Maggie"), ("call him Dev please", "Dev"),
    ])
  func nameSaidByAWorker(typed: String, kept: String) {
    var run = CarePlanningRun()
    run.say("1")
    run.say(typed)
    #expect(run.plan.person.preferredName == kept)
  }

  @Test("a name that is only the words taken off is asked again")
  func nothingLeft() {
    var run = CarePlanningRun()
    run.say(["1", "my name is"])
    #expect(run.current == "name")
  }
}

@Suite("Lists that fill up")
struct ListLimitTests {
  static func atPriorities() -> CarePlanningRun {
    var run = CarePlanningRun()
    run.skip(until: "priorities")
    return run
  }

  @Test("four things for a list of three: the person chooses which three to keep")
  func overflow() {
    var run = Self.atPriorities()
    run.say("walking further, sleeping through, my knees, money worries")
    #expect(run.state.value("priorities") == nil)
    #expect(
      run.last.text.contains(
        "I can take three things here, and you have given me four. Which three would you like "
          + "to keep?"))
    run.say("done")
    #expect(run.state.value("priorities") == nil)
    #expect(run.last.text.contains("Please pick which to keep"))
    run.say("all of them")
    #expect(run.last.text.contains("That's more than three."))
    run.say("1, 2 and 4")
    #expect(
      run.state.value("priorities")
        == .list(["walking further", "sleeping through", "money worries"]))
    #expect(run.last.text.contains("You can still talk about my knees at your appointment."))
    #expect(run.current == "goal_text")
  }

  @Test("a long list cut at commas is shown first; no keeps it as one thing")
  func unsureSplit() {
    var run = Self.atPriorities()
    run.say(
      "whether the new tablets are working properly, my sleep being all over the place lately")
    #expect(run.last.text.contains("I've got two things:"))
    run.say("no")
    #expect(run.last.text.contains("Got it"))
    run.say("done")
    #expect(
      run.state.value("priorities")
        == .list([
          "whether the new tablets are working properly, my sleep being all over the place lately"
        ]))
  }

  @Test(
    "words about the cut, or a don't know, keep the line whole and add nothing of their own",
    arguments: ["not quite, they are two different things", "dunno", "no its one thing"])
  func repliesAboutTheCut(reply: String) {
    var run = Self.atPriorities()
    run.say(
      "whether the new tablets are working properly, my sleep being all over the place lately")
    #expect(run.last.text.contains("I've got two things:"))
    run.say([reply, "done"])
    #expect(
      run.state.value("priorities")
        == .list([
          "whether the new tablets are working properly, my sleep being all over the place lately"
        ]))
  }

  /// "not quite - that is three conditions, depression is separate from the arthritis" was once
  /// a plain no, and the line was kept as one thing.
  @Test(
    "a no that names another cut asks for one thing a line, saying back what was typed",
    arguments: [
      "not quite - that is three things, my mood is separate", "no, that is three things",
      "no, the sleep is separate from the tablets",
    ])
  func replyNamingAnotherCut(reply: String) {
    var run = Self.atPriorities()
    let typed =
      "whether the new tablets are working properly, my sleep being all over the place lately"
    run.say(typed)
    #expect(run.last.text.contains("I've got two things:"))
    run.say(reply)
    #expect(run.last.text.contains("Please type them one at a time"))
    #expect(run.last.text.contains("You typed: \(typed)"))
    #expect(run.current == "priorities")
    run.say(["the tablets", "my sleep", "my mood", "done"])
    #expect(run.state.value("priorities") == .list(["the tablets", "my sleep", "my mood"]))
  }

  @Test("an 'and' inside a question is not a split, and the same thing twice is kept once")
  func andInsideAnItem() {
    var run = Self.atPriorities()
    run.say(
      "whether I should start a statin, and what the options are if I can't tolerate one; my feet")
    run.say(["my feet", "done"])
    #expect(
      run.state.value("priorities")
        == .list([
          "whether I should start a statin, and what the options are if I can't tolerate one",
          "my feet",
        ]))
  }

  @Test(
    "a finishing word after a full list is not the next answer",
    arguments: ["done", "that's it", "finished", "no more", "Done."])
  func finishingWord(word: String) {
    var run = Self.atPriorities()
    run.say("breathing, money, stairs")
    #expect(run.current == "goal_text")
    run.say(word)
    #expect(run.current == "goal_text")
    #expect(run.state.value("goal_text") == nil)
    #expect(run.last.text.contains("That list is already finished, so we have moved on."))
    run.say("done")
    // Only the line straight after: a second "done" is an answer like any other.
    #expect(run.state.value("goal_text") == .text("done"))
  }

  @Test("'no' after a full list is still an answer, since it answers other questions too")
  func noIsAnAnswer() {
    var run = Self.atPriorities()
    run.say(["breathing, money, stairs", "no"])
    // A bare no to "what would you like to be different?" is no goal yet, as "dunno" is: the
    // goals offered then are written from the list.
    #expect(run.last.text.contains("1. Get help with breathing and money"))
    run.say("leave it")
    #expect(run.state.value("goal_text") == .skipped(.skipped))
  }

  @Test("several items where one is a question are said back one a line")
  func echo() {
    var run = CarePlanningRun()
    run.skip(until: "want_to_know")
    run.say(["what is HbA1c?", "my cholesterol number"])
    #expect(
      run.last.text.contains("Got it:\n- what is HbA1c?\n- my cholesterol number\nAnything else?"))
    #expect(!run.last.text.contains("HbA1c? and"))
  }
}

@Suite("Ideas: one menu, for the area the goal names")
struct IdeasMenuTests {
  /// The menu shown for a goal, by its first line.
  static func menu(for goal: String) -> String? {
    var run = CarePlanningRun()
    run.skip(until: "goal_text")
    run.say([goal, "skip", "yes"])
    let said = run.last.compactMap { output -> String? in
      if case .say(let text) = output, text.contains("\n- ") { return text }
      return nil
    }
    #expect(said.count == 1, "\(goal): \(said.count) menus")
    return said.first?.split(separator: "\n").first.map(String.init)
  }

  @Test(
    "a typical goal for each core domain gets that domain's menu",
    arguments: [
      ("walk to the park every day", "Ideas for moving more:"),
      ("eat more fruit and veg", "Ideas for food:"),
      ("lose some weight", "Ideas for weight:"),
      ("sleep through the night", "Ideas for sleep:"),
      ("have more energy", "Ideas for when you feel tired:"),
      ("have less pain in my knees", "Ideas for pain:"),
      ("feel less low", "Ideas for your mood:"),
      ("take my tablets on time", "Ideas for your medicines:"),
      ("get my cholesterol number down", "Ideas for tests and results:"),
      ("be less out of breath", "Ideas for your breathing:"),
      ("stop smoking", "Ideas for smoking:"),
      ("cut down on the wine", "Ideas for drinking:"),
      ("sort out my bills", "Ideas for money and work:"),
      ("get the damp in my flat fixed", "Ideas for your home:"),
      ("stop falling over", "Ideas for getting about safely:"),
      ("see my friends more", "Ideas for seeing people:"),
      ("get a break from caring for my mum", "Ideas for carers:"),
      ("be less forgetful", "Ideas for memory:"),
      ("look after my feet", "Ideas for your feet:"),
      ("do my own shopping", "Ideas for jobs around the home:"),
      ("learn to paint", "Here are some ideas that suit lots of goals:"),
    ])
  func domain(goal: String, heading: String) {
    #expect(Self.menu(for: goal) == heading)
  }

  @Test("a goal naming three areas gets one menu of three ideas, not nine")
  func threeAreas() {
    #expect(Self.menu(for: "walk more, lose weight and sleep better") == "Ideas for moving more:")
  }
}

@Suite("Questions to take, and the end")
struct SummaryStageTests {
  static func atAskThree() -> CarePlanningRun {
    var run = CarePlanningRun.atConfidence()
    run.say(["8", "my son", "in two weeks", "no"])
    #expect(run.current == "ask_three")
    return run
  }

  @Test(
    "the reply to the three questions fits none, one or several",
    arguments: [
      ("none", "That's fine. You can ask anything you like at the appointment."),
      ("2", "I've added it to your questions: What are the pros and cons of each option for me?"),
      (
        "1 and 3",
        "I've added them to your questions: What are my options? and How do I get support to "
          + "help me make a decision that is right for me?"
      ),
    ])
  func askThree(answer: String, reply: String) {
    var run = Self.atAskThree()
    run.say(answer)
    #expect(run.last.text.hasPrefix(reply))
    #expect(run.last.text.contains("added") == reply.contains("added"))
  }

  @Test("skipping 'are you happy?' and the fix still ends with a warm closing line and the plan")
  func skippedClosing() {
    var run = Self.atAskThree()
    run.skip(until: "ready")
    run.say(["skip", "skip"])
    #expect(run.state.finished)
    #expect(
      run.last.text.contains(
        "That's fine. Here is your plan as it is. You can change it at your appointment."))
    #expect(run.last.suffix(2) == [.plan, .finished])
  }

  @Test("'yes' to 'are you happy?' is thanked by name")
  func happy() {
    var run = CarePlanningRun()
    run.say(["1", "my name is Sam"])
    run.skip(until: "goal_text")
    run.say(["walk more", "skip", "no"])
    run.skip(until: "ready")
    run.say("yes")
    #expect(run.last.text.contains("Well done, Sam. Here is your plan."))
  }
}

@Suite("Brief Action Planning follow-ups")
struct ActionPlanningTests {
  @Test(
    "after 'no' to the read-back, the parts are offered; the chosen part is asked, then read back")
  func whichPart() {
    var run = CarePlanningRun()
    run.skip(until: "goal_text")
    run.say([
      "walk to the shops", "I can get my own shopping", "no", "walk to the post box", "once",
      "after lunch", "our street", "three times a week", "tomorrow",
    ])
    run.say("no")
    #expect(run.current == "step_fix")
    #expect(run.last.text.contains("Which part would you like to change?"))
    run.say("5")
    #expect(run.current == "step_how_often")
    #expect(run.last.text.contains("Your answer was: three times a week."))
    run.say("twice a week")
    #expect(run.current == "step_check")
    #expect(run.last.text.contains("on our street, twice a week, starting"))
    run.say("yes")
    #expect(run.current == "confidence")
    // The choice of part was a way of moving, not an answer to keep.
    #expect(run.state.value("step_fix") == nil)
  }

  @Test("'leave it as it is' goes on with the step as it was")
  func leaveIt() {
    var run = CarePlanningRun()
    run.skip(until: "goal_text")
    run.say("walk more")
    run.skip(until: "step_check")
    run.say(["no", "leave it as it is"])
    #expect(run.current == "confidence")
  }

  @Test("a smaller step is read back, and a score still below 7 is met kindly")
  func smallerStep() {
    var run = CarePlanningRun.atConfidence()
    run.say(["3", "my knees", "a rest on the bench", "yes", "walk to the bench and back"])
    #expect(run.current == "smaller_check")
    // Read back as the plan will hold it: the first step's "once" was for the first step.
    #expect(
      run.last.text.contains(
        "Here is your step now:\nI will walk to the bench and back after lunch on our street, "
          + "three times a week, starting"))
    #expect(!run.last.text.contains("once"))
    run.say("yes")
    #expect(run.current == "confidence_again")
    run.say("5")
    #expect(run.last.text.contains("You could talk about this step at your appointment"))
    #expect(run.plan.goals[0].actions[0].what == "walk to the bench and back")
    #expect(run.plan.goals[0].confidence == 5)
  }

  @Test("a smaller step that is not right can be put right part by part")
  func smallerStepFix() {
    var run = CarePlanningRun.atConfidence()
    run.say(["3", "my knees", "a rest", "yes", "walk to the bench"])
    run.say(["no", "1"])
    #expect(run.current == "smaller_step")
    run.say("walk to the gate")
    #expect(run.current == "smaller_check")
    #expect(run.last.text.contains("I will walk to the gate after lunch on our street"))
  }

  @Test("the smaller step stands whole: the first step's how much is kept only as history")
  func smallerStepStandsWhole() throws {
    var run = CarePlanningRun.atConfidence()
    run.say(["3", "my knees", "a rest", "yes", "walk to the bench", "yes"])
    let goal = try #require(run.plan.goals.first)
    let step = try #require(goal.actions.first)
    #expect(goal.actions.count == 1)
    #expect(step.what == "walk to the bench" && step.howMuch == nil)
    #expect(step.when == "after lunch" && step.where == "our street")
    #expect(step.howOften == "three times a week" && step.startDate != nil)
    #expect(goal.earlierSteps?.map(\.what) == ["walk to the post box"])
    #expect(goal.earlierSteps?.first?.howMuch == "once")
    let text = PlanText.render(run.plan, footer: PlanFooter(help: []))
    #expect(!text.contains("How much: once"))
    #expect(text.contains("My next step: walk to the bench"))
    #expect(!text.contains("walk to the post box"))
  }

  @Test("the smaller step is put right by its words for how much, and by its parts for the rest")
  func smallerStepPutRight() throws {
    var run = CarePlanningRun.atConfidence()
    run.say(["3", "my knees", "a rest", "yes", "walk to the bench", "no", "how much"])
    #expect(run.current == "smaller_step")
    run.say(["walk to the bench twice", "no", "how often"])
    #expect(run.current == "step_how_often")
    run.say("every other day")
    #expect(run.current == "smaller_check")
    #expect(
      run.last.text.contains(
        "I will walk to the bench twice after lunch on our street, every other day"))
    run.say("yes")
    let goal = try #require(run.plan.goals.first)
    #expect(goal.actions.first?.what == "walk to the bench twice")
    #expect(goal.actions.first?.howMuch == nil)
    #expect(goal.actions.first?.howOften == "every other day")
    #expect(goal.earlierSteps?.first?.what == "walk to the post box")
  }

  @Test("with the goal skipped, its step is left out too: a step is never used as the goal")
  func goalSkipped() {
    var run = CarePlanningRun()
    run.skip(until: "goal_text")
    run.say("skip")
    #expect(run.current == "ask_three")
    for _ in 0..<20 where !run.state.finished { run.say("skip") }
    #expect(run.plan.goals.isEmpty)
  }
}
