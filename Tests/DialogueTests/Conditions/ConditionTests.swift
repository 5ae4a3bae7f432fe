import Dialogue
import TestSupport
import Testing

/// Answers and concepts for evaluating conditions, as the engine would hold them.
struct ConditionTestAnswers: ConditionContext {
  var values: [String: AnswerValue]
  var found: [String: Set<String>] = [:]
  var today: Day? = Day(year: 2026, month: 11, day: 18)

  func value(of question: String) -> AnswerValue? { values[question] }
  func concepts(of question: String) -> Set<String> { found[question] ?? [] }
}

/// A context written before `today` was added to the protocol: it must still work.
private struct OldContext: ConditionContext {
  func value(of question: String) -> AnswerValue? { .date(Day(year: 2026, month: 1, day: 1)) }
  func concepts(of question: String) -> Set<String> { [] }
}

private let types: [String: ValueType] = [
  "confidence": .number, "goal": .text, "priorities": .list,
  "setting": .choice(["alone", "family", "care-home"]),
  "wants_checkin": .yesNo, "want_more": .yesNo, "goals": .list, "start_date": .date,
  "topics": .choices(["pain", "sleep", "money"]), "one-thing": .text, "a": .yesNo, "b": .yesNo,
  "c": .yesNo,
]
private let concepts: Set<String> = ["pain", "sleep", "mobility", "diabetes"]

private func parse(_ source: String) throws -> Condition { try Condition.parse(source) }

@Suite struct ConditionParseTests {
  @Test(arguments: [
    ("confidence < 7", "confidence<7"), ("(a or b) and not c", "(a or b) and (not c)"),
    ("a or b and c", "a or (b and c)"), ("not not a", "not (not a)"),
    ("want_more and count(goals) < 3", "(want_more) and (count( goals ) < 3)"),
    ("a and b and c", "(a and b) and c"), ("priorities has \"pain\"", "(priorities has \"pain\")"),
  ])
  func sameMeaning(_ first: String, _ second: String) throws {
    #expect(try parse(first) == parse(second))
  }

  @Test(arguments: [
    ("a or b and c", "(a or b) and c"), ("not a and b", "not (a and b)"),
    ("confidence < 7", "confidence <= 7"), ("goal == \"x\"", "goal == \"y\""),
  ])
  func differentMeaning(_ first: String, _ second: String) throws {
    #expect(try parse(first) != parse(second))
  }

  @Test func buildsTheExpectedTree() throws {
    let condition = try parse("not answered(goal) or one-thing == \"walk\"")
    #expect(
      condition
        == .or(
          .not(.answered(QuestionReference("goal", at: 0))),
          .compare(
            ConditionOperand(.answer("one-thing"), at: 0), .equal,
            ConditionOperand(.text("walk"), at: 0), at: ConditionPosition(0))))
    #expect(
      try parse("start_date <= today + 7")
        == .compare(
          ConditionOperand(.answer("start_date"), at: 0), .lessOrEqual,
          ConditionOperand(.today(plusDays: 7), at: 0), at: ConditionPosition(0)))
    #expect(
      try parse("confidence > -2")
        == .compare(
          ConditionOperand(.answer("confidence"), at: 0), .greater,
          ConditionOperand(.number(-2), at: 0), at: ConditionPosition(0)))
    #expect(try parse("wants_checkin") == .isYes(QuestionReference("wants_checkin", at: 0)))
    #expect(try parse("skipped(goal)") == .skipped(QuestionReference("goal", at: 0)))
    #expect(try parse("true") == .constant(true))
  }

  @Test func referencesEveryQuestionRead() throws {
    let condition = try parse(
      "(a or not answered(goal)) and count(goals) < 3 and skipped(x) or setting == \"alone\" or p has \"q\""
    )
    #expect(condition.references == ["a", "goal", "goals", "x", "setting", "p"])
    #expect(try parse("true or 1 < 2").references.isEmpty)
  }

  @Test(arguments: [
    ("", "the condition is empty", 0),
    ("   ", "the condition is empty", 0),
    ("confidence <", "expected a value after '<'", 12),
    ("confidence < and a", "expected a value after '<'", 13),
    ("answerd(goal)", "unknown function 'answerd'; did you mean 'answered'?", 0),
    ("a and cout(goals) > 1", "unknown function 'cout'; did you mean 'count'?", 6),
    ("frobnicate(goal)", "unknown function 'frobnicate'", 0),
    ("answered()", "expected a question id inside answered( )", 9),
    ("answered(goal", "expected ')' after 'goal'", 13),
    ("answered(not)", "expected a question id inside answered( )", 9),
    ("(a or b", "expected ')' to close the '(' at 0, found the end of the condition", 7),
    (
      "a adn b",
      "expected 'and', 'or' or the end of the condition, found 'adn'; did you mean 'and'?", 2
    ),
    ("a b", "expected 'and', 'or' or the end of the condition, found 'b'", 2),
    ("a && b", "write 'and' instead of '&&'", 2),
    ("a || b", "write 'or' instead of '||'", 2),
    ("!a", "write 'not' instead of '!'", 0),
    ("setting = \"alone\"", "use '==' to compare; a single '=' is not allowed", 8),
    ("setting == 'alone'", "put text in double quotes, like \"alone\"", 11),
    ("setting == \"alone", "this text has no closing '\"'", 11),
    ("1 < confidence < 7", "comparisons cannot be chained; join them with 'and'", 15),
    (
      "not confidence < 7",
      "'not' applies only to what follows it; put the comparison in brackets, like not (a < 7)", 15
    ),
    (
      "7", "a value on its own is not a condition; compare it with something, like confidence < 7",
      0
    ),
    (
      "count(goals)",
      "count(goals) on its own is not a condition; compare it, like count(goals) > 0", 6
    ),
    ("and a", "expected a condition, found 'and'", 0),
    ("a or", "expected a condition, found the end of the condition", 4),
    ("a < (b)", "expected a value after '<'", 4),
    (
      "answered(a) == true",
      "'==' compares values, not conditions; put the condition in brackets on its own", 0
    ),
    ("confidence < 7 %", "unexpected '%'", 15),
    ("2nd_goal", "a question id must start with a letter", 0),
    ("start_date < today +", "expected a number of days after '+'", 20),
    ("start_date < today + 1.5", "expected a whole number of days", 21),
    ("x == 1e999", "a question id must start with a letter", 5),
    (
      "not confidence has \"pain\"",
      "'not' applies only to what follows it; put the comparison in brackets, like not (a < 7)", 15
    ),
    ("a \u{1F600} b", "unexpected '\u{1F600}'", 2),
    ("a \u{0007} b", "unexpected character", 2),
    (")", "expected a condition, found ')'", 0),
  ])
  func rejects(_ source: String, _ message: String, _ offset: Int) {
    #expect(throws: ConditionError(message, offset: offset)) { try Condition.parse(source) }
  }

  @Test func longConditionsAreHandled() throws {
    let long = Array(repeating: "a", count: 150).joined(separator: " and ")
    #expect(try parse(long).references == ["a"])
    let id = String(repeating: "x", count: 100_000)
    #expect(try parse(id).references == [id])
  }

  @Test(arguments: [
    HostileInput("ands", "a and ", times: 20_000),
    HostileInput("ors", "a or ", times: 20_000),
    HostileInput("brackets", "(", times: 100_000),
    HostileInput("nots", "not ", times: 100_000),
  ])
  func runawayConditionsAreRefused(_ input: HostileInput) {
    #expect {
      try Condition.parse(input.text + "a")
    } throws: { error in
      (error as? ConditionError)?.message
        == "this condition is too long or too deeply nested; split it up"
    }
  }
}

@Suite struct ConditionTypeCheckTests {
  private func errors(_ source: String) throws -> [ConditionError] {
    try parse(source).typeCheck(
      types: { types[$0] }, knownConcepts: concepts, knownQuestions: types.keys.sorted())
  }

  @Test(arguments: [
    "confidence < 7", "priorities has \"pain\"", "not answered(goal)", "setting == \"alone\"",
    "want_more and count(goals) < 3", "(a or b) and not c", "start_date <= today + 7",
    "skipped(goal)", "wants_checkin == false", "topics has \"money\"", "topics has \"diabetes\"",
    "goal has \"sleep\"", "one-thing == \"walk\"", "setting != \"family\"", "goal == \"Walk more\"",
    "start_date > \"2026-12-01\"", "count(topics) >= 2", "confidence == count(goals)", "true",
    "setting has \"alone\"", "7 > 3",
  ])
  func accepts(_ source: String) throws {
    #expect(try errors(source) == [])
  }

  @Test(arguments: [
    ("confidance < 7", "unknown question 'confidance'; did you mean 'confidence'?", 0),
    ("a and zzz", "unknown question 'zzz'", 6),
    (
      "confidence == \"high\"", "'confidence' is a number, so compare it with a number, not text",
      11
    ),
    ("setting < \"b\"", "'<' needs numbers or dates, but 'setting' is a choice", 8),
    ("goal >= \"b\"", "'>=' needs numbers or dates, but 'goal' is text", 5),
    (
      "priorities has 3", "'has' needs text in quotes on its right, like priorities has \"pain\"",
      15
    ),
    ("priorities has \"pian\"", "\"pian\" is not a known concept; did you mean 'pain'?", 15),
    (
      "topics has \"mony\"",
      "\"mony\" is not a choice of 'topics' or a known concept; did you mean 'money'?", 11
    ),
    ("setting == \"alon\"", "'setting' has no choice 'alon'; did you mean 'alone'?", 8),
    ("\"alon\" == setting", "'setting' has no choice 'alon'; did you mean 'alone'?", 7),
    (
      "wants_checkin == \"yes\"",
      "'wants_checkin' is a yes/no answer; compare it with true or false", 14
    ),
    (
      "goal and a",
      "'goal' is text, not a yes/no answer; to ask whether it was answered, write answered(goal)", 0
    ),
    (
      "count(confidence) > 1",
      "count() needs a list or a set of choices, but 'confidence' is a number", 6
    ),
    (
      "confidence has \"pain\"",
      "'has' works on lists, choices and text, but 'confidence' is a number", 11
    ),
    (
      "topics == \"pain\"",
      "'topics' can hold several choices; use has to ask about one, like topics has \"...\"", 7
    ),
    ("goals == \"x\"", "'goals' is a list; use has, or count(goals) to compare its length", 6),
    (
      "start_date < 7", "'start_date' is a date, so compare it with today or a date, not a number",
      11
    ),
    ("start_date < \"soon\"", "write a date as \"YYYY-MM-DD\" to compare it with 'start_date'", 11),
    ("3 == \"x\"", "cannot compare a number with text", 2),
    ("\"a\" < \"b\"", "'<' needs numbers or dates, not text", 4),
    ("7 has \"x\"", "'has' needs a question on its left, like priorities has \"pain\"", 2),
  ])
  func rejects(_ source: String, _ message: String, _ offset: Int) throws {
    #expect(try errors(source) == [ConditionError(message, offset: offset)])
  }

  @Test func reportsEveryMistake() throws {
    let found = try errors("confidance < 7 or settng == \"alone\" or wants_checkin == 1")
    #expect(found.map(\.offset) == [0, 18, 53])
  }

  @Test func theOriginalSignatureStillWorks() throws {
    let found = try parse("confidance < 7").typeCheck(types: { types[$0] }, knownConcepts: [])
    #expect(found == [ConditionError("unknown question 'confidance'", offset: 0)])
  }
}

@Suite struct ConditionEvaluateTests {
  static let context = ConditionTestAnswers(
    values: [
      "confidence": .number(6), "goal": .text("  Walk to the shops  "),
      "priorities": .list(["my feet", "Sleep"]), "setting": .choice("alone"),
      "wants_checkin": .yesNo(true), "want_more": .yesNo(false), "goals": .list(["a", "b"]),
      "start_date": .date(Day(year: 2026, month: 11, day: 22)),
      "topics": .choices(["pain", "money"]),
      "notes": .text("my back pain is worse, not painting"), "skippedone": .skipped(.dontKnow),
    ],
    found: ["priorities": ["pain"], "goal": ["mobility"]])

  @Test(arguments: [
    ("confidence < 7", true), ("confidence < 6", false), ("confidence <= 6", true),
    ("confidence >= 6.5", false), ("confidence == 6", true), ("confidence != 6", false),
    ("priorities has \"pain\"", true), ("priorities has \"sleep\"", true),
    ("priorities has \"feet\"", false), ("priorities has \"my feet\"", true),
    ("not answered(goal)", false), ("answered(missing)", false), ("not answered(missing)", true),
    ("setting == \"alone\"", true), ("setting == \"ALONE \"", true),
    ("setting != \"family\"", true),
    ("setting has \"alone\"", true), ("want_more and count(goals) < 3", false),
    ("wants_checkin and count(goals) < 3", true),
    ("(want_more or wants_checkin) and not want_more", true),
    ("wants_checkin == true", true), ("want_more == false", true), ("want_more", false),
    ("goal == \"walk to the shops\"", true), ("goal has \"shops\"", true),
    ("goal has \"mobility\"", true),
    ("goal has \"walk to\"", true), ("goal has \"hop\"", false), ("notes has \"pain\"", true),
    ("notes has \"paint\"", false), ("topics has \"money\"", true), ("topics has \"sleep\"", false),
    ("count(topics) == 2", true), ("count(missing) == 0", true), ("count(skippedone) == 0", true),
    ("count(goal) == 1", true), ("start_date <= today + 7", true),
    ("start_date <= today + 3", false),
    ("start_date > today", true), ("start_date == \"2026-11-22\"", true),
    ("start_date < \"2026-11-22\"", false), ("today - 1 < today", true),
    ("missing < 7", false), ("missing >= 7", false), ("missing != 7", false),
    ("not (missing < 7)", true), ("missing == \"x\"", false), ("skippedone == \"x\"", false),
    ("skipped(skippedone)", true), ("skipped(goal)", false), ("skipped(missing)", false),
    ("answered(skippedone)", false), ("skippedone has \"x\"", false),
    ("missing has \"pain\"", false),
    ("true", true), ("false or confidence > 5", true), ("confidence == \"6\"", false),
    ("goal < \"z\"", false), ("7 > 3", true),
  ])
  func decides(_ source: String, _ expected: Bool) throws {
    #expect(try parse(source).evaluate(in: Self.context) == expected)
  }

  @Test func withoutTodayDateComparisonsAreFalse() throws {
    #expect(try parse("start_date < today + 1000").evaluate(in: OldContext()) == false)
    #expect(try parse("start_date == \"2026-01-01\"").evaluate(in: OldContext()) == true)
  }

  @Test func alwaysHolds() {
    #expect(Condition.always.evaluate(in: Self.context))
    #expect(Condition.always.references.isEmpty)
  }

  @Test func conditionsAreHashableValues() throws {
    let set: Set<Condition> = [try parse("a and b"), try parse("a  and  b"), try parse("b and a")]
    #expect(set.count == 2)
  }
}

/// A context in some round of a repeating group.
private struct RoundContext: ConditionContext {
  var roundNumber: Int
  func value(of question: String) -> AnswerValue? { nil }
  func concepts(of question: String) -> Set<String> { [] }
}

@Suite("round: which round of a repeating group is asked")
struct RoundConditionTests {
  @Test func comparesAsANumber() throws {
    let lastOfThree = try Condition.parse("round < 3")
    #expect(lastOfThree.evaluate(in: RoundContext(roundNumber: 1)))
    #expect(lastOfThree.evaluate(in: RoundContext(roundNumber: 2)))
    #expect(!lastOfThree.evaluate(in: RoundContext(roundNumber: 3)))
    #expect(try Condition.parse("round == 1").evaluate(in: OldContext()), "1 outside any group")
    #expect(
      try Condition.parse("round < 3").typeCheck(types: { _ in nil }, knownConcepts: []).isEmpty)
  }

  @Test func isReservedAndNotAConditionOnItsOwn() {
    #expect(throws: ConditionError.self) { try Condition.parse("round") }
    #expect(throws: ConditionError.self) { try Condition.parse("answered(round)") }
    let problems = try? Condition.parse("round has \"x\"").typeCheck(
      types: { _ in nil }, knownConcepts: [])
    #expect(problems?.isEmpty == false)
  }

  @Test("a question only for later rounds is not called unreachable; one for round 0 is")
  func reachability() {
    func problems(_ condition: String) -> [String] {
      let yaml = """
        id: rounds
        version: "1"
        sections:
          - id: goal
            title: Goal
            repeat:
              max: 3
            questions:
              - id: goal_text
                text: Goal?
              - id: later
                when: \(condition)
                text: Still going?
        """
      return ScriptLoader.load(text: yaml, file: "r.yaml", lexicon: Lexicon(concepts: []))
        .diagnostics.map(\.description)
    }
    #expect(problems("round > 1") == [])
    #expect(problems("round < 1").contains { $0.contains("its condition is never true") })
  }
}
