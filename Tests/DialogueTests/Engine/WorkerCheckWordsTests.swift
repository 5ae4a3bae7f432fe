import Testing

@testable import Dialogue

/// The engine's own checks, as a worker reads them about their client, and "done" at a yes/no
/// check. Each test failed before the fix.
@Suite struct WorkerCheckWordsTests {
  @Test func aCheckInBeforeTheStepSpeaksOfTheirStepToAWorker() {
    for (said, start) in [("Monday 7 December", "Monday 7 December"), ("Monday 7", "Tuesday 8")] {
      let worker = Phrases.laterCheckIn(
        said: said, start: start, offered: "Tuesday 15", for: .facilitator)
      #expect(!worker.lowercased().contains("your"))
      #expect(!worker.lowercased().contains("you "))
      #expect(worker.contains("their step"))
      let person = Phrases.laterCheckIn(said: said, start: start, offered: "Tuesday 15")
      #expect(person.contains("your step"))
    }
    #expect(!Phrases.laterCheckInRejectedForWorker.contains("you"))
    #expect(
      !Phrases.explaining(
        .laterCheckIn(
          AnswerKey("q"), said: Day(year: 2026, month: 12, day: 7),
          start: Day(year: 2026, month: 12, day: 8), offered: Day(year: 2026, month: 12, day: 15),
          words: "monday"),
        for: .facilitator
      ).contains("your"))
  }

  @Test func onlyAListClosingIsDone() {
    for line in ["done", "Done.", "all done", "im done thanks", "finished"] {
      #expect(AnswerReading.onlyClosesAList(line), "\(line)")
    }
    // Precision: a yes, or "done" with more to it, is not a bare closing.
    for line in ["yes", "yes thats it", "done the exercises", "thats right", "no"] {
      #expect(!AnswerReading.onlyClosesAList(line), "\(line)")
    }
    #expect(!AnswerReading.closesAsRight("done"))
    #expect(AnswerReading.closesAsRight("thats it now ta"))
  }
}
