import Dialogue
import TestSupport
import Testing

/// A Wednesday, so "this Wednesday", "on Wednesday" and "next week" can be told apart.
private let today = Day(year: 2026, month: 11, day: 18)

private func day(_ iso: String) -> Day { Day(iso: iso)! }

@Suite struct AnswerReadingYesNoTests {
  @Test(arguments: [
    "yes", "Yes.", "YES!!!", "yeah", "yeh", "yh", "yep", "yup", "aye", "ok", "okay", "OK then",
    "sure",
    "I suppose so", "I think so", "definitely", "of course", "please", "go on", "go on then",
    "why not", "sounds good", "correct", "that's right", "that\u{2019}s right", "y", "Y",
    "yes please", "Yes, please!", "erm, yes", "well yes I would", "no problem", "\u{1F44D}",
    "  yes  ", "yes \u{1F600}",
  ])
  func yes(_ text: String) {
    #expect(AnswerReading.yesNo(text) == true)
  }

  @Test(arguments: [
    "no", "No.", "NO", "nope", "nah", "not really", "definitely not", "no thanks",
    "No thank you", "I don't think so", "I dont think so", "not at the moment", "n", "N",
    "no, not today", "No - not today thanks", "of course not", "oh no", "\u{1F44E}",
  ])
  func no(_ text: String) {
    #expect(AnswerReading.yesNo(text) == false)
  }

  @Test(arguments: [
    "maybe", "I don't know", "sometimes", "yes and no", "what?", "not sure", "Not sure, sorry",
    "yes, maybe", "perhaps", "", "   ", "?", "yes no", "no, yes", "dunno", "the cat",
    "\u{1F44D}\u{1F44E}", "\u{0646}\u{0639}\u{0645}", "\u{0007}\u{001B}[31m", "probably",
    "yes or no", "why?",
  ])
  func unclear(_ text: String) {
    #expect(AnswerReading.yesNo(text) == nil)
  }
}

@Suite struct AnswerReadingNumberTests {
  @Test(arguments: [
    ("7", 7.0), ("7.5", 7.5), ("seven", 7), ("Seven.", 7), ("twenty one", 21), ("twenty-one", 21),
    ("a hundred", 100), ("a hundred and five", 105), ("7/10", 7), ("7 out of 10", 7),
    ("about 6", 6), ("around six", 6), ("six or seven", 6), ("seven or six", 6), ("6-7", 6),
    ("6 - 7", 6), ("6\u{2013}7", 6), ("between 6 and 7", 6), ("a couple", 2),
    ("a couple of times", 2), ("-3", -3), ("it was -3 today", -3), ("1,000", 1000),
    ("3 or 4 times, maybe 10", 3), ("two and a half", 2.5), ("half", 0.5), ("I'm 7", 7),
    ("nineteen hundred", 1900), ("zero", 0), ("7 or 8 out of 10", 7), ("two thousand", 2000),
  ])
  func reads(_ text: String, _ expected: Double) {
    #expect(AnswerReading.number(text) == expected)
  }

  @Test(arguments: [
    "", "a few", "no number here", "no one", "the one with the blue lid", "some", "half of it",
    "\u{1F600}", "-", "1st", "..",
  ])
  func none(_ text: String) {
    #expect(AnswerReading.number(text) == nil)
  }

  @Test(arguments: [
    ("six or seven", [6.0]), ("7/10", [7]), ("3 or 4 times, maybe 10", [3, 10]),
    ("one two three", [1, 2, 3]), ("3,4", [3, 4]),
    ("I walk 5 days a week for 30 minutes", [5, 30]),
    ("01/12/2026", []), ("2026-12-01", []), ("6-7 and 8 to 9", [6, 8]), ("", []),
    ("twenty-one, twenty two", [21, 22]), ("x-5", [5]),
    // Digits straight after letters name a test or a vitamin; digits before letters count.
    ("what is FEV1", []), ("my HbA1c was 58", [58]), ("B12 jab", []), ("walk 5mins", [5]),
    ("covid19 jab at 10am", [10]),
  ])
  func all(_ text: String, _ expected: [Double]) {
    #expect(AnswerReading.numbers(in: text) == expected)
  }

  @Test(arguments: [
    ("7", 7 as Int?), ("7/10", 7), ("7 out of 10", 7), ("3 out of 5", nil), ("8.5", 8),
    ("11", nil), ("-1", nil), ("not at all sure", nil), ("ten", 10), ("0", 0), ("10/10", 10),
    ("six or seven", 6), ("", nil), ("99999999999999999999999999", nil),
  ])
  func scaleZeroToTen(_ text: String, _ expected: Int?) {
    #expect(AnswerReading.scale(text, range: 0...10) == expected)
  }

  @Test func scaleRespectsTheLowerBound() {
    #expect(AnswerReading.scale("0", range: 1...10) == nil)
    #expect(AnswerReading.scale("1", range: 1...10) == 1)
    #expect(AnswerReading.scale("4/5", range: 1...5) == 4)
  }
}

@Suite struct AnswerReadingDateTests {
  @Test(arguments: [
    ("today", "2026-11-18"), ("tomorrow", "2026-11-19"), ("the day after tomorrow", "2026-11-20"),
    ("yesterday", "2026-11-17"), ("next Tuesday", "2026-11-24"), ("Tuesday", "2026-11-24"),
    ("on Tuesday", "2026-11-24"), ("on Wednesday", "2026-11-25"), ("Wednesday", "2026-11-25"),
    ("this Wednesday", "2026-11-18"), ("this Friday", "2026-11-20"), ("Friday week", "2026-11-27"),
    ("next fri", "2026-11-20"), ("in two weeks", "2026-12-02"), ("in a fortnight", "2026-12-02"),
    ("in 3 days", "2026-11-21"), ("in a month", "2026-12-18"), ("next week", "2026-11-23"),
    ("end of the month", "2026-11-30"), ("end of next month", "2026-12-31"),
    ("end of February", "2027-02-28"), ("1st of December", "2026-12-01"),
    ("1 December", "2026-12-01"), ("December 1st", "2026-12-01"), ("1/12", "2026-12-01"),
    ("01/12/2026", "2026-12-01"), ("01/12/26", "2026-12-01"), ("01-12-2026", "2026-12-01"),
    ("2026-12-01", "2026-12-01"), ("1 November", "2027-11-01"), ("18 November", "2026-11-18"),
    ("29 February", "2028-02-29"), ("next month", "2026-12-01"), ("in 2 or 3 weeks", "2026-12-02"),
    ("two weeks from now", "2026-12-02"), ("in 3 weeks' time", "2026-12-09"),
    ("the 5th", "2026-12-05"), ("on the 20th", "2026-11-20"),
    ("December the 1st, 2027", "2027-12-01"), ("twenty-first of December", "2026-12-21"),
    ("I'll see her a week on Friday, on 3 Dec", "2026-11-27"),
    ("in a couple of weeks", "2026-12-02"),
    ("the week after next", "2026-11-30"), ("1 Jan 2020", "2020-01-01"),
  ])
  func reads(_ text: String, _ expected: String) {
    #expect(AnswerReading.date(text, today: today) == day(expected))
  }

  @Test(arguments: [
    "", "31 February", "31/02/2027", "2026-02-30", "30/02", "I walk 2 days a week", "December",
    "in 99999999 days", "in -3 days", "the first time", "maybe", "32/12", "13/13/2026",
    "I sat down", "may be", "in 1.5 weeks", "\u{1F600}", "7 out of 10",
  ])
  func none(_ text: String) {
    #expect(AnswerReading.date(text, today: today) == nil)
  }

  @Test func findsEveryDateInASentence() {
    #expect(
      AnswerReading.dates(in: "I'll start tomorrow and check in next Friday", today: today)
        == [day("2026-11-19"), day("2026-11-20")])
    #expect(
      AnswerReading.dates(in: "between 1/12 and 31/12, not 31/2", today: today)
        == [day("2026-12-01"), day("2026-12-31")])
  }

  /// "same as the other one, 6 weeks" and "after my clinic appointment in January" were once
  /// no date at all at a check-in.
  @Test(arguments: [
    ("same as the other one, 6 weeks", "2026-12-30"),
    ("after my clinic appointment in January", "2027-01-01"),
    ("in November", "2027-11-01"), ("by march please", "2027-03-01"),
  ])
  func aDateInsideALongerLine(text: String, expected: String) {
    #expect(AnswerReading.date(text, today: today) == day(expected))
  }

  @Test(arguments: ["I walk 2 days, 3 weeks a month", "it may be in may be"])
  func notADateInsideALongerLine(text: String) {
    #expect(AnswerReading.dates(in: text, today: today).isEmpty)
  }

  @Test func yearEndRollsOver() {
    let hogmanay = Day(year: 2026, month: 12, day: 31)
    #expect(AnswerReading.date("tomorrow", today: hogmanay) == day("2027-01-01"))
    #expect(AnswerReading.date("end of next month", today: hogmanay) == day("2027-01-31"))
    #expect(AnswerReading.date("in a month", today: hogmanay) == day("2027-01-31"))
    #expect(AnswerReading.date("1/1", today: hogmanay) == day("2027-01-01"))
  }
}

@Suite struct AnswerReadingListTests {
  @Test(arguments: [
    ("my feet and my tablets, and also sleep", ["my feet and my tablets", "sleep"]),
    ("- walking\n- sleep\n- my tablets", ["walking", "sleep", "my tablets"]),
    ("1. walking\n2) sleep", ["walking", "sleep"]), ("pain; sleep", ["pain", "sleep"]),
    ("walking as well as swimming plus cooking", ["walking as well as swimming plus cooking"]),
    ("sleep as well", ["sleep"]), ("Sleep, and ALSO Pain.", ["Sleep", "Pain"]), ("", []),
    (" , ,\n", []), ("fish and chips", ["fish and chips"]),
    ("I also want to sleep", ["I also want to sleep"]), ("and", []),
    ("sleep & pain", ["sleep & pain"]), ("2.5 hours of sleep", ["2.5 hours of sleep"]),
    ("walking, swimming, and cooking too", ["walking", "swimming", "cooking"]),
    ("* my \u{1F9B6} feet", ["my \u{1F9B6} feet"]), ("sle\u{0007}ep\u{202E}", ["sleep"]),
    ("Sandwich\r\nTea", ["Sandwich", "Tea"]), ("hand-eye coordination", ["hand-eye coordination"]),
    (
      "what does my HbA1c of 58 mean, is it going the right way",
      ["what does my HbA1c of 58 mean, is it going the right way"]
    ),
    ("is my sugar ok, or should I cut down", ["is my sugar ok, or should I cut down"]),
    (
      "angina, copd and arthritis. my knees are the worst",
      ["angina", "copd", "arthritis", "my knees are the worst"]
    ),
    ("ask Dr. Patel about it. sleep", ["ask Dr. Patel about it", "sleep"]),
    ("my feet, my tablets, does it matter", ["my feet", "my tablets, does it matter"]),
  ])
  func items(_ text: String, _ expected: [String]) {
    #expect(AnswerReading.listItems(text) == expected)
  }

  @Test(arguments: [
    "done", "Done.", "that's all", "That's it!", "nothing else", "no more", "finished", "no",
    "nope", "nothing", "that is everything", "end", "no, that's all", "that's all for now",
    "done for now, thanks", "OK, that's it thank you", "no more thanks",
  ])
  func endOfList(_ text: String) {
    #expect(AnswerReading.isEndOfList(text))
  }

  @Test(arguments: [
    ("Also, my feet. That's all for now.", "Also, my feet."),
    ("my feet, my tablets, thats it for now", "my feet, my tablets"),
    ("sleep. nothing else", "sleep."), ("my feet. done", "my feet."),
  ])
  func itemsBeforeAClosingAtTheEnd(_ text: String, _ expected: String) {
    #expect(AnswerReading.itemsBeforeClosing(text) == expected)
  }

  @Test(arguments: [
    "my feet", "that's all", "my feet, no", "the end of my tether. my feet", "sleep, nothing",
  ])
  func noClosingAtTheEnd(_ text: String) {
    #expect(AnswerReading.itemsBeforeClosing(text) == nil)
  }

  @Test(arguments: [
    "", "my feet", "no pain", "done walking", "sleep", "the end of my tether", "nothing works",
    "not done", "no thanks to you it hurts", "thanks",
  ])
  func notEndOfList(_ text: String) {
    #expect(!AnswerReading.isEndOfList(text))
  }
}

@Suite struct AnswerReadingSkipTests {
  @Test(arguments: [
    ("skip", SkipReason.skipped), ("Skip.", .skipped), ("pass", .skipped), ("next", .skipped),
    ("skip this", .skipped), ("don't know", .dontKnow), ("dont know", .dontKnow),
    ("dunno", .dontKnow), ("not sure", .dontKnow), ("no idea", .dontKnow),
    ("I don't know", .dontKnow), ("Sorry, I really don't know", .dontKnow),
    ("I'm not sure", .dontKnow), ("rather not say", .ratherNotSay),
    ("I'd rather not say", .ratherNotSay), ("prefer not to say", .ratherNotSay),
    ("private", .ratherNotSay), ("That's private.", .ratherNotSay),
  ])
  func reads(_ text: String, _ expected: SkipReason) {
    #expect(AnswerReading.skipReason(text) == expected)
  }

  @Test(arguments: [
    "", "I don't know what HbA1c means", "skip breakfast", "next Tuesday", "private hospital",
    "yes", "sorry", "I'd rather not", "not sure about the tablets",
  ])
  func none(_ text: String) {
    #expect(AnswerReading.skipReason(text) == nil)
  }
}

/// A large or strange answer, named so test output does not print a megabyte.
struct HostileInput: CustomTestStringConvertible, Sendable {
  var name: String
  var text: String
  var testDescription: String { name }

  init(_ name: String, _ piece: String, times: Int) {
    self.name = name
    self.text = String(repeating: piece, count: times)
  }
}

@Suite struct AnswerReadingRobustnessTests {
  static let megabyte = 1 << 20
  static let quarter = megabyte / 4

  /// Up to a quarter of a megabyte: enough that anything slower than linear would not finish,
  /// small enough to keep the suite quick on a shared two-core machine. The engine's own tests
  /// and the pipe tests send whole megabytes.
  static let hostile: [HostileInput] = [
    HostileInput("letters", "a", times: quarter),
    HostileInput("digits", "1", times: quarter),
    HostileInput("slashes", "1/", times: quarter / 2),
    HostileInput("thousands", "1,000", times: quarter / 5),
    HostileInput("ranges", "six or ", times: quarter / 7),
    HostileInput("ands", "and ", times: quarter / 4),
    HostileInput("commas", ", ", times: quarter / 2),
    HostileInput("hyphenated", "twenty-", times: quarter / 7),
    HostileInput("nexts", "next ", times: quarter / 5),
    HostileInput("emoji", "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", times: quarter / 16),
    HostileInput("right to left", "\u{0646}\u{0639}\u{0645} ", times: quarter / 8),
    HostileInput("control", "\u{0000}\u{001B}[2J\u{0007}", times: quarter / 8),
    HostileInput("dashes", "-", times: quarter),
  ]

  @Test(arguments: hostile)
  func everyReaderCopes(_ input: HostileInput) {
    let text = input.text
    // None of these is a yes, a no or a skip, and none may be taken for one.
    #expect(AnswerReading.yesNo(text) == nil)
    _ = AnswerReading.scale(text, range: 0...10)
    #expect(AnswerReading.skipReason(text) == nil)
    #expect(!AnswerReading.isEndOfList(text))
    _ = AnswerReading.numbers(in: text)
    _ = AnswerReading.dates(in: text, today: today)
    _ = AnswerReading.listItems(text)
  }

  @Test func longAnswersStillRead() {
    let padding = String(repeating: "really ", count: 100_000)
    #expect(AnswerReading.yesNo("yes " + padding) == true)
    #expect(AnswerReading.numbers(in: padding + "seven") == [7])
    #expect(AnswerReading.dates(in: padding + "tomorrow", today: today) == [day("2026-11-19")])
    #expect(AnswerReading.listItems(padding + ", sleep").count == 2)
  }

  @Test func controlCharactersDoNotHideAnAnswer() {
    #expect(AnswerReading.yesNo("\u{001B}[1myes\u{001B}[0m") == true)
    #expect(AnswerReading.number("\u{0000}7") == 7)
  }
}
