import Foundation
import Testing

@Suite("Resuming after the script changed")
struct ScriptChangeCommandTests {
  let before = """
    id: visit
    version: "1"
    title: A visit
    sections:
      - id: one
        title: About you
        questions:
          - id: name
            text: What would you like me to call you?
            plan: person.preferredName
          - id: pets
            text: Do you have pets?
            kind: yesno
          - id: food
            text: What do you like to eat?
    """

  let after = """
    id: visit
    version: "2"
    title: A visit
    sections:
      - id: one
        title: About you
        questions:
          - id: name
            text: What would you like me to call you?
            plan: person.preferredName
          - id: visits
            text: How often do people visit you?
          - id: food
            text: What do you like to eat?
    """

  @Test("kept answers stay, a removed question's answer is set aside, a new question is asked")
  func resumeOnNewVersion() throws {
    let store = try TemporaryStore()
    defer { store.remove() }
    let script = store.folder.appendingPathComponent("visit.yaml")
    try before.write(to: script, atomically: true, encoding: .utf8)
    let first = try run(
      ["start", "--script", script.path], lines: ["Sam", "yes"], environment: store.environment)
    #expect(first.status == 1)
    #expect(first.stdout.contains("What do you like to eat?"))

    try after.write(to: script, atomically: true, encoding: .utf8)
    let second = try run(
      ["resume", "latest"], lines: ["twice a week"], environment: store.environment)
    #expect(second.status == 1, "\(second.stderr)")
    #expect(second.stdout.contains("Some questions have changed since last time."))
    // The kept answer is not asked again; the new question is.
    #expect(!second.stdout.contains("What would you like me to call you?"))
    #expect(second.stdout.contains("How often do people visit you?"))
    #expect(second.stdout.contains("What do you like to eat?"))

    // Once switched, a later sitting carries on with the new script and says nothing more.
    let third = try run(["resume", "latest"], lines: ["soup"], environment: store.environment)
    #expect(third.status == 0, "\(third.stderr)")
    #expect(!third.stdout.contains("Some questions have changed"))

    let shown = try run(["show", "latest"], lines: [], environment: store.environment)
    #expect(shown.stdout.contains("Other things I said (kept, but not in my plan)"))
    // The question is gone from the script, so its id is the only name left, said plainly.
    #expect(shown.stdout.contains("- Pets: yes"))
    let exported = try run(
      ["export", "latest", "--format", "json"], lines: [], environment: store.environment)
    let plan = try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any]
    #expect((plan?["person"] as? [String: Any])?["preferredName"] as? String == "Sam")
    #expect(plan?["status"] as? String == "complete")
  }
}
