import Foundation
import Testing

@Suite("Easy Read from the command line")
struct EasyReadCommandTests {
  @Test("show --easy-read and export --easy-read give the Easy Read plan; others are refused")
  func easyRead() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let started = try run(
      ["start", "--script", fixture("scripts/small.yaml")], lines: smallAnswers,
      environment: store.environment)
    #expect(started.status == 0, "\(started.stderr)")
    let shown = try run(
      ["show", "latest", "--easy-read"], lines: [], environment: store.environment)
    #expect(shown.status == 0, "\(shown.stderr)")
    #expect(shown.stdout.contains("What will I do?\n---------------"))
    #expect(shown.stdout.contains("My goal is:\n    walk more\n"))
    let text = try run(
      ["export", "latest", "--format", "text", "--easy-read"], lines: [],
      environment: store.environment)
    #expect(text.status == 0 && text.stdout.contains("My goal is:\n    walk more\n"))
    let html = try run(
      ["export", "latest", "--format", "html", "--easy-read"], lines: [],
      environment: store.environment)
    #expect(html.status == 0 && html.stdout.contains("<h2 id=\"part-1\">What will I do?</h2>"))
    let json = try run(
      ["export", "latest", "--format", "json", "--easy-read"], lines: [],
      environment: store.environment)
    #expect(json.status == 64)
    #expect(json.stdout.isEmpty)
    #expect(json.stderr.contains("There is no Easy Read json. Easy Read comes as html or text"))
    let changes = try run(
      ["show", "latest", "--easy-read", "--changes"], lines: [], environment: store.environment)
    #expect(changes.status == 64)
    #expect(changes.stderr.contains("Use --easy-read or --changes, not both."))
  }
}
