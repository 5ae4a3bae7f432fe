import Dialogue
import Testing

/// What part of a step words are, a guess after "dunno", a request's words, and a name's
/// sentence: the readings the engine's checks are built on.
@Suite struct StepPartWordsTests {
  @Test(arguments: [
    ("a cupla weeks", [StepPartWords.period]), ("thursdy", [.day]), ("nex week", [.day]),
    ("every day", [.often]), ("thursdys", [.days]), ("every thursday", [.days]),
    ("twice a week", [.often]), ("after breakfast", [.timeOfDay]), ("3pm", [.timeOfDay]),
    ("ten minutes", [.amount]), ("walk to the shop", []), ("tomoz", [.day]),
    ("10 mins after lunch", [.amount, .timeOfDay]), ("once", [.amount]),
    ("3 times a week", [.often]), ("half past ten", []), ("this week", []),
    ("at the park", [.place]), ("in the garden", [.place]), ("thursdy nite", [.day, .timeOfDay]),
    ("walk to my garden", []),
  ])
  func kinds(_ text: String, _ expected: [StepPartWords]) {
    #expect(AnswerReading.stepPartKinds(text) == Set(expected))
  }

  @Test(arguments: [
    ("dunno every day", "every day"), ("not sure, maybe ten minutes", "ten minutes"),
    ("i dont know about an hour", "an hour"),
  ])
  func guessAfterDontKnow(_ text: String, _ expected: String) {
    #expect(AnswerReading.afterDontKnow(text) == expected)
  }

  @Test(arguments: ["dunno", "not sure", "ten minutes", "no idea."])
  func noGuessAfterDontKnow(_ text: String) {
    #expect(AnswerReading.afterDontKnow(text) == nil)
  }

  @Test(arguments: [
    ("set one about my mood as well", "my mood"), ("have another goal for my sleep", "my sleep"),
    ("sort my sleep", "sort my sleep"), ("one about walking too", "walking"),
    ("another one about my weight", "my weight"), ("about me sugar", "me sugar"),
  ])
  func withoutTheRequest(_ text: String, _ expected: String) {
    #expect(AnswerReading.withoutRequest(text) == expected)
  }

  @Test(arguments: [
    ("Jean. Im 66 and on my own", "Jean."), ("Mr. Ahmed", "Mr. Ahmed"),
    ("call me Jean", "call me Jean"),
  ])
  func firstSentence(_ text: String, _ expected: String) {
    #expect(AnswerReading.firstSentence(text) == expected)
  }
}
