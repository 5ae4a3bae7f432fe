import Dialogue
import Testing

@Suite("Choosing by position or amount")
struct PositionalChoiceTests {
  @Test(
    "positions and amounts are read against the options shown",
    arguments: [
      ("all", 3, [0, 1, 2]), ("all of them", 3, [0, 1, 2]), ("all three please", 3, [0, 1, 2]),
      ("both", 2, [0, 1]), ("none", 3, []), ("none of them", 3, []), ("the first one", 3, [0]),
      ("the first two", 3, [0, 1]), ("the last one", 3, [2]), ("the middle one", 3, [1]),
      ("1 to 3", 4, [0, 1, 2]), ("1-3", 4, [0, 1, 2]), ("not the second", 3, [0, 2]),
      ("all but the first", 3, [1, 2]), ("the first and the last", 3, [0, 2]),
      ("1, 2 and 4", 4, [0, 1, 3]), ("the 2nd", 3, [1]), ("last two", 4, [2, 3]),
    ])
  func reads(text: String, count: Int, expected: [Int]) {
    #expect(PositionalChoice.positions(text, count: count) == expected)
  }

  @Test(
    "other answers are not choices by position",
    arguments: [
      ("2 tablets", 3), ("the first time I went", 3), ("all three", 2), ("both", 3),
      ("the middle one", 4), ("the fourth", 3), ("my feet", 3), ("not sure", 3), ("no", 3),
      ("first two", 1), ("gentle knee exercises", 3),
    ])
  func notAChoice(text: String, count: Int) {
    #expect(PositionalChoice.positions(text, count: count) == nil)
  }

  @Test("on a scale, figures are points, not positions")
  func figuresOnAScale() {
    #expect(PositionalChoice.positions("5", count: 3, numbers: false) == nil)
    #expect(PositionalChoice.positions("the middle one", count: 3, numbers: false) == [1])
  }
}

@Suite("Everyday words on a scale")
struct ScaleWordsTests {
  @Test(
    "words for how much are placed on 0 to 10",
    arguments: [
      ("a bit sure", 3), ("in the middle", 5), ("very", 10), ("not very sure", 3),
      ("fairly sure", 7), ("so so", 5), ("not at all", 0), ("I'm quite sure", 7),
      // Maureen's hedges: "a bit i spose" was asked again as if it said nothing.
      ("a bit i spose", 3), ("i spose a bit", 3), ("fairly i reckon", 7),
    ])
  func places(text: String, point: Int) {
    #expect(ScaleWords.point(text, range: 0...10) == point)
  }

  @Test(
    "other words are not placed",
    arguments: ["not sure", "so", "blue", "my knees", "sure", "i spose", "yes"])
  func notPlaced(text: String) {
    #expect(ScaleWords.point(text, range: 0...10) == nil)
  }
}

@Suite("Lists as people type them")
struct ListSplitTests {
  @Test("an 'and' inside a clause is not a split")
  func andInsideAClause() {
    let text =
      "whether I should start a statin, and what the options are if I can't tolerate one"
    #expect(AnswerReading.listSplit(text) == ListSplit(items: [text], sure: true))
    #expect(AnswerReading.listItems("my feet and my tablets") == ["my feet and my tablets"])
  }

  @Test("new lines, semicolons and short comma lists split, sure")
  func clearSplits() {
    #expect(
      AnswerReading.listSplit("my feet; asthma and hay fever\nsleep")
        == ListSplit(items: ["my feet", "asthma and hay fever", "sleep"], sure: true))
    #expect(
      AnswerReading.listSplit("feet, sleep and tablets")
        == ListSplit(items: ["feet", "sleep", "tablets"], sure: true))
  }

  /// "Type 1 diabetes, diagnosed at 19" was once two conditions, and "on methotrexate" one.
  @Test(
    "a comma before a qualifier is inside one thing",
    arguments: [
      "Type 1 diabetes, diagnosed at 19", "Rheumatoid arthritis since 2019, on methotrexate",
      "asthma, for 10 years", "Depression, taking sertraline",
    ])
  func qualifierAfterAComma(text: String) {
    #expect(AnswerReading.listSplit(text) == ListSplit(items: [text], sure: true))
  }

  @Test("a qualifier keeps to its own item in a longer list")
  func qualifierInAList() {
    #expect(
      AnswerReading.listSplit("asthma, diagnosed at 40\nCOPD")
        == ListSplit(items: ["asthma, diagnosed at 40", "COPD"], sure: true))
    #expect(AnswerReading.listItems("feet, for now") == ["feet", "for now"])
  }

  @Test("long pieces between commas are split but not sure, so the split is shown first")
  func unsure() {
    let split = AnswerReading.listSplit(
      "feeling tired all the time in the afternoons, not knowing what to eat with diabetes")
    #expect(split.sure == false)
    #expect(split.items.count == 2)
  }

  @Test("items holding an 'and' or a comma are said back apart, with semicolons")
  func saidBackApart() {
    #expect(
      Template.join(["hip", "whether I need the op, and how long the wait is", "sugar"])
        == "hip; whether I need the op, and how long the wait is; sugar")
    #expect(Template.join(["hip", "eyes", "sugar"]) == "hip, eyes and sugar")
  }

  @Test("the same item twice is kept once")
  func repeats() {
    #expect(AnswerReading.listItems("sleep; Sleep.; feet") == ["sleep", "feet"])
  }
}

@Suite("Dates as people type them")
struct SpokenDateTests {
  /// A Wednesday.
  let today = Day(year: 2026, month: 12, day: 2)

  @Test(
    "typos and spoken forms",
    arguments: [
      ("nex week", "2026-12-07"), ("tomoz", "2026-12-03"), ("tommorow", "2026-12-03"),
      ("nex monday", "2026-12-07"), ("a week", "2026-12-09"), ("a fortnight", "2026-12-16"),
      ("a week on Monday", "2026-12-14"), ("a week monday", "2026-12-14"),
      ("mid April", "2027-04-15"), ("mid-december", "2026-12-15"),
      ("end of the month", "2026-12-31"), ("the 3rd", "2026-12-03"),
      ("erm about a week", "2026-12-09"), ("2 weeks", "2026-12-16"), ("in 2 weeks", "2026-12-16"),
      ("in a cupla weeks", "2026-12-16"), ("couple of weeks", "2026-12-16"),
      ("a couple of weeks", "2026-12-16"), ("3 days", "2026-12-05"), ("a month", "2027-01-02"),
      ("in a month", "2027-01-02"), ("2 weeks or so", "2026-12-16"), ("two weeks.", "2026-12-16"),
      ("in 6 wks", "2027-01-13"), ("in 2 mths", "2027-02-02"),
      ("monday the 14th", "2026-12-14"), ("Monday 14th December", "2026-12-14"),
    ])
  func reads(text: String, iso: String) {
    #expect(AnswerReading.date(text, today: today) == Day(iso: iso))
  }

  @Test(
    "how often is not a date",
    arguments: ["I walk 2 days a week", "once a week", "a week ago", "2 days a week", "3 days ago"])
  func notADate(text: String) {
    #expect(AnswerReading.date(text, today: today) == nil)
  }
}
