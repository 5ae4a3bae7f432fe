import Foundation
import Testing

/// A full run of Tests/Fixtures/scripts/small.yaml, one answer per line.
let smallAnswers = [
  "Sam", "2", "walking the dog", "my hip, sleep", "done", "yes", "3", "1, 3", "walk more",
  "7", "2026-12-01", "no",
]

@Suite("Through a pipe")
struct PipeTests {
  let small = ["start", "--script", fixture("scripts/small.yaml")]

  @Test("a whole conversation finishes with exit status 0 and shows the plan")
  func wholeConversation() throws {
    let result = try run(small, lines: smallAnswers)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("Part 1 of 3: Hello"))
    #expect(result.stdout.contains("Thanks, Sam."))
    #expect(result.stdout.contains("- Who is with you today? ") == false)
    #expect(result.stdout.contains("My plan (Sam)"))
    #expect(result.stdout.contains("  - Goal: walk more"))
    // The plan, not the raw answers.
    #expect(!result.stdout.contains("Your answers"))
    #expect(result.stderr.isEmpty)
  }

  @Test("output through a pipe has no escape codes at all")
  func noEscapeCodes() throws {
    let result = try run(small, lines: smallAnswers)
    #expect(!result.stdout.contains("\u{1B}"))
  }

  @Test("input that ends early gets a clear message and a non-zero exit status")
  func inputEndsEarly() throws {
    let result = try run(small, lines: ["Sam"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("the input ended before the conversation finished"))
    #expect(result.stdout.contains("Thanks, Sam."))
  }

  @Test("no input at all is handled the same way")
  func noInput() throws {
    let result = try run(small, input: Data())
    #expect(result.status == 1)
    #expect(result.stderr.contains("the input ended before the conversation finished"))
  }

  @Test("the last answer counts even without a final newline")
  func noFinalNewline() throws {
    let text = smallAnswers.joined(separator: "\n")
    let result = try run(small, input: Data(text.utf8))
    #expect(result.status == 0, "stderr: \(result.stderr)")
  }

  @Test("a crisis line shows the support numbers at once, and the conversation goes on")
  func safetyNet() throws {
    let lines =
      ["Sam", "I want to end my life", "carry on"] + smallAnswers.dropFirst()
    let result = try run(small, lines: lines)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("999"))
    #expect(result.stdout.contains("116 123"))
    #expect(result.stdout.contains("Would you like to carry on, or stop for now?"))
    #expect(
      result.stdout.contains(
        "Thank you for telling me. Take your time. We can carry on when you're ready."))
    #expect(result.stdout.contains("My plan (Sam)"))
    #expect(!result.stdout.contains("\u{1B}"))
  }

  @Test("--help gives the urgent help in the built-in safety file's words")
  func helpNamesTheNumbers() throws {
    let result = try run(["--help"])
    #expect(result.status == 0)
    let text = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(text.contains("If a life is at risk now, call 999."))
    #expect(text.contains("For urgent advice, go to 111.nhs.uk or call 111."))
  }

  @Test("match lists the safety categories it finds")
  func matchSafety() throws {
    let result = try run(["match", "one side of my face is drooping"], lines: [])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains(#""category":"stroke-signs""#))
  }

  @Test("quit stops with exit status 0 and keeps what was said")
  func quit() throws {
    let result = try run(small, lines: ["Sam", "quit"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("OK, we'll stop here."))
  }

  @Test("bad input lines get a reply or are taken as text; nothing crashes")
  func badInput() throws {
    var input = Data()
    input.append(Data("\n".utf8))  // empty line
    input.append(Data("\u{1B}[31mred\u{1B}[0m \u{1B}]0;evil\u{07}Sam\n".utf8))  // escapes
    input.append(Data([0xFF, 0xFE, 0x41, 0x0A]))  // invalid UTF-8, then "A"
    input.append(Data("\u{01}\u{02}\u{7F}\n".utf8))  // only control characters
    input.append(Data((String(repeating: "a", count: 1_000_000) + "\n").utf8))  // 1 MB
    input.append(Data("😀 مرحبا\n".utf8))  // emoji and right-to-left text
    input.append(Data("2\n".utf8))
    let result = try run(small, input: input)
    #expect(result.status == 1)  // the input ends early, on purpose
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stdout.contains("evil"))
    #expect(result.stdout.contains("I didn't get an answer there."))
    #expect(result.stdout.contains("Thanks, red Sam."))
    #expect(result.stderr.contains("the input ended before the conversation finished"))
  }

  @Test("NO_COLOR and --plain both give plain text")
  func plainModes() throws {
    for (arguments, environment) in [(small + ["--plain"], [:]), (small, ["NO_COLOR": "1"])] {
      let result = try run(arguments, lines: smallAnswers, environment: environment)
      #expect(result.status == 0)
      #expect(!result.stdout.contains("\u{1B}"))
    }
  }

  @Test("an unknown script is a clear error, not a crash")
  func unknownScript() throws {
    let result = try run(["start", "--script", "/no/such/file.yaml"], lines: [])
    // A name that is no script is a mistake in the command line: 64, with the usage.
    #expect(result.status == 64)
    #expect(result.stderr.contains("There is no script '/no/such/file.yaml'. Give the path"))
  }

  @Test("a misspelt built-in script name gets a 'did you mean'")
  func misspeltBuiltInScript() throws {
    let result = try run(["start", "--script", "care-planing"], lines: [])
    #expect(result.status == 64)
    #expect(
      result.stderr.contains(
        "There is no script 'care-planing'. Did you mean 'care-planning'? Give the path"))
  }

  @Test("a broken script names the file, line and column")
  func brokenScript() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-broken-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("broken.yaml").path
    try
      "id: broken\nversion: \"1\"\nsections:\n  - id: a\n    title: A\n    questions:\n      - id: q\n        txet: Hi?\n"
      .write(toFile: path, atomically: true, encoding: .utf8)
    let result = try run(["start", "--script", path], lines: [])
    // The command line was right; the script was not: status 1 with the problems, no usage.
    #expect(result.status == 1)
    #expect(result.stderr.contains("The script has problems, so it cannot run:"))
    #expect(result.stderr.contains("broken.yaml:8:9: error: unknown key 'txet' in a question"))
    #expect(!result.stderr.contains("Usage:"))
    let validate = try run(["validate", path], lines: [])
    #expect(validate.status == 1)
    #expect(validate.stdout.contains("broken.yaml:8:9: error: unknown key 'txet' in a question"))
    #expect(validate.stdout.contains("did you mean"))
  }

  @Test("validate with no problems prints a one-line summary and exits 0")
  func validateClean() throws {
    let result = try run(["validate", fixture("scripts/small.yaml")], lines: [])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("OK: 1 file checked: 1 script with 11 questions"))
    #expect(result.stdout.split(separator: "\n").count == 1)
  }

  @Test("validate with no paths checks the built-in Prompts/")
  func validateBuiltIn() throws {
    let result = try run(["validate"], lines: [])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.hasPrefix("OK: "))
  }

  @Test("'what is hba1c?' gets the glossary's plain answer, then the question again")
  func glossaryQuestion() throws {
    let result = try run(["start"], lines: ["what is hba1c?", "quit"])
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("HbA1c is a blood test."))
    #expect(result.stdout.contains("I've also added it to your questions for the appointment."))
    let asked = result.stdout.components(separatedBy: "Who is with you today?").count - 1
    #expect(asked == 2)
  }

  @Test("validate counts the glossary's terms; match reports the terms it finds")
  func glossaryInValidateAndMatch() throws {
    let validate = try run(["validate"], lines: [])
    #expect(validate.stdout.contains("1 glossary with "))
    let match = try run(["match", "what does eGFR mean?"], lines: [])
    #expect(match.status == 0)
    #expect(match.stdout.contains("\"glossary\":[\"egfr\"]"))
  }

  @Test("the binary carries the default scripts: a copy in an empty folder holds a conversation")
  func runsFromEmptyFolder() throws {
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
      "carecoach-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    let copy = empty.appendingPathComponent("carecoach")
    try FileManager.default.copyItem(at: binary, to: copy)
    let process = Process()
    process.executableURL = copy
    process.arguments = ["start", "--store", empty.appendingPathComponent("s.sqlite").path]
    process.currentDirectoryURL = empty
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    input.fileHandleForWriting.write(Data("1\nSam\nquit\n".utf8))
    try input.fileHandleForWriting.close()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(text.contains("Part 1 of 12: Hello and welcome"))
    #expect(text.contains("Part 2 of 12: About you"))
    #expect(text.contains("Your answers are saved."))
  }

}
