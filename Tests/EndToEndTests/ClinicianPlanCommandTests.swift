import Foundation
import Testing

/// Sam says the one thing again in the list, asks "what is TSH" beside a fuller question about
/// TSH, and makes the step smaller with its own amount.
let clinicianAnswers = [
  "On my own", "Sam", "hypothyroidism", "diabetes", "done", "my daughter Jo", "gardening",
  "when my knees hurt", "being able to walk to the shops", "yes", "what is TSH",
  "My TSH was 6.2 - does my levothyroxine dose need looking at?", "what does my HbA1c mean",
  "done", "will my tablets change", "when will I get my results", "done",
  "the nurse who listens", "waiting on the phone", "my knee pain", "knee pain",
  "my sugar levels", "done", "walk more every week", "I can walk to the shops", "no",
  "do my knee exercises", "10 minutes", "after breakfast", "at home", "every day",
  "next Monday", "yes", "4", "my knees hurt", "a hot water bottle", "yes",
  "do my knee exercises for 5 minutes", "yes", "7", "Jo", "in two weeks", "no", "no", "no",
  "no", "no", "no",
]

@Suite("The plan a clinician reads, through the binary")
struct ClinicianPlanCommandTests {
  @Test("start, then export: the plan in short first, each item once, the step as it stands")
  func exported() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let started = try run(["start"], lines: clinicianAnswers, environment: store.environment)
    #expect(started.status == 0, "\(started.stderr)")
    let markdown = try run(
      ["export", "latest", "--format", "markdown"], environment: store.environment
    ).stdout
    let summary = try #require(markdown.range(of: "## My plan in short\n\n"))
    let matters = try #require(markdown.range(of: "## What matters to me"))
    let inShort = markdown[summary.upperBound..<matters.lowerBound]
    #expect(inShort.contains("- The one thing: my knee pain\n"))
    #expect(inShort.contains("- Goal: walk more every week. Next step: do my knee exercises"))
    #expect(
      inShort.contains("- To ask: My TSH was 6.2 - does my levothyroxine dose need looking at?"))
    #expect(markdown.contains("Version 1, prepared on "))
    #expect(
      markdown.contains(
        "## What I want to talk about\n\n1. my knee pain (the one thing)\n2. my sugar levels\n\n"))
    #expect(!markdown.contains("what is TSH"))
    #expect(markdown.contains("## My questions about medicines"))
    #expect(!markdown.contains("10 minutes"))
    #expect(markdown.contains("- My next step: do my knee exercises for 5 minutes\n"))
    let json = try run(["export", "latest", "--format", "json"], environment: store.environment)
    #expect(json.stdout.contains("\"earlierSteps\""))
    #expect(json.stdout.contains("\"howMuch\" : \"10 minutes\""))
    // TSH was explained once, when first asked about, not again for the fuller question.
    let explained = started.stdout.components(separatedBy: "TSH is a number").count - 1
    #expect(explained == 1)
    #expect(started.stdout.contains("I explained TSH earlier."))
  }

  @Test("typed with a worker, every format and show say so, never 'prepared by me'")
  func withAWorker() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let started = try run(
      ["start", "--mode", "facilitator", "--client", "C-3"], lines: clinicianAnswers,
      environment: store.environment)
    #expect(started.status == 0, "\(started.stderr)")
    var outputs = [try run(["show", "latest"], environment: store.environment).stdout]
    for format in ["text", "markdown", "html"] {
      outputs.append(
        try run(["export", "latest", "--format", format], environment: store.environment).stdout)
    }
    for output in outputs {
      #expect(output.contains("Prepared by a support worker with"))
      #expect(!output.contains("Prepared by me"))
    }
  }
}
