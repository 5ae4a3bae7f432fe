import Dialogue
import Testing

/// Days and times as Maureen typed them: read as the days they are, and said back in a
/// sentence the tool writes with their usual spelling. Each failed before its fix.
@Suite("Days and times as people type them")
struct StepPartSpellingTests {
  /// A Monday.
  let today = Day(year: 2026, month: 12, day: 7)

  @Test(
    "a day around next week, read the UK way",
    arguments: [
      ("tuesdy nex week", "2026-12-15"), ("tuesday next week", "2026-12-15"),
      ("monday nex week", "2026-12-14"), ("sundy nex week", "2026-12-20"),
      ("thursdy next wk", "2026-12-17"), ("nex tuesdy", "2026-12-08"),
      ("tuesdy after next", "2026-12-15"), ("thursdy after next", "2026-12-17"),
      ("the thursdy after", "2026-12-17"), ("the tuesdy after", "2026-12-15"),
      ("a week on tuesdy", "2026-12-15"), ("a wk on wensday", "2026-12-16"),
      ("tuesdy week", "2026-12-15"), ("tuesdy", "2026-12-08"), ("wensday", "2026-12-09"),
      ("nex week", "2026-12-14"), ("start on the tuesdy tho", "2026-12-08"),
    ])
  func reads(text: String, iso: String) {
    #expect(AnswerReading.date(text, today: today) == Day(iso: iso))
  }

  @Test(arguments: [
    ("evry day", [StepPartWords.often]), ("wiv my brekfast", [.timeOfDay]),
    ("evry day from nex week", [.often, .day]), ("evry mornin", [.often, .timeOfDay]),
  ])
  func kinds(_ text: String, _ expected: [StepPartWords]) {
    #expect(AnswerReading.stepPartKinds(text) == Set(expected))
  }

  @Test(arguments: [
    ("evry day from nex week", [ReadBackPart.howOften: "evry day", .start: "from nex week"]),
    ("evry day wiv my brekfast", [.howOften: "evry day", .when: "wiv my brekfast"]),
    ("nex week in the morning", [.start: "nex week", .when: "in the morning"]),
  ])
  func partsThatNeedTwoWordsEachAreSharedOut(line: String, parts: [ReadBackPart: String]) {
    #expect(AnswerReading.wordsByPart(line) == parts)
  }

  @Test(arguments: [
    ("thursdy nite", "Thursday night"), ("wiv my brekfast", "with my breakfast"),
    ("evry mornin", "every morning"), ("wensday", "Wednesday"),
    ("thursdys for bingo", "Thursdays for bingo"), ("Jim's nite out!", "Jim's night out!"),
    ("after tea", "after tea"), ("tuesday", "Tuesday"),
  ])
  func spellingsInASentenceFromTheParts(_ typed: String, _ shown: String) {
    #expect(AnswerReading.partWordsSpeltRight(typed) == shown)
  }

  @Test(arguments: [
    "that'l do", "thatll do", "that will do", "near enough", "yes near enuf", "close enough",
  ])
  func itWillDoClosesAsRight(line: String) {
    #expect(AnswerReading.closesAsRight(line))
  }
}
