import Testing

@testable import CarePlan

/// Answers kept but not in the plan (set aside when a step was put right) are the person's
/// words: the text shown at the end of a conversation lists them, and so must every export a
/// person reads. Each test failed before Markdown, HTML and Easy Read showed them.
@Suite("Other things the person said, in every format")
struct AlsoSaidTests {
  static let said = ["How much: evry day i said", "When: wiv my brekfast"]

  @Test("Markdown lists them under their own heading, before the foot")
  func markdown() {
    let text = PlanMarkdown.render(draftPlan(), footer: testFooter, alsoSaid: Self.said)
    let heading = text.range(of: "## \(PlanOutline.alsoSaidHeading)")
    #expect(heading != nil)
    #expect(text.contains("- How much: evry day i said\n- When: wiv my brekfast"))
    let foot = text.range(of: "\n---\n")
    #expect(heading.map { $0.lowerBound < (foot?.lowerBound ?? $0.lowerBound) } == true)
  }

  @Test("HTML lists them, escaped like the rest of the person's words")
  func html() {
    let text = PlanHTML.render(
      draftPlan(), footer: testFooter, alsoSaid: Self.said + ["Where: <the park>"])
    #expect(text.contains(PlanOutline.alsoSaidHeading))
    #expect(text.contains("How much: evry day i said"))
    #expect(text.contains("&lt;the park&gt;"))
  }

  @Test("plain text and both Easy Read layouts list them")
  func textAndEasyRead() {
    let plain = PlanText.render(draftPlan(), footer: testFooter, alsoSaid: Self.said)
    #expect(plain.contains(PlanOutline.alsoSaidHeading))
    #expect(plain.contains("- When: wiv my brekfast"))
    let easyText = EasyReadText.render(draftPlan(), footer: testFooter, alsoSaid: Self.said)
    #expect(easyText.contains(EasyReadWording.alsoSaid))
    #expect(easyText.contains("How much: evry day i said"))
    let easyHTML = EasyReadHTML.render(draftPlan(), footer: testFooter, alsoSaid: Self.said)
    #expect(easyHTML.contains(EasyReadWording.notInPlan))
    #expect(easyHTML.contains("When: wiv my brekfast"))
  }

  @Test("with nothing set aside there is no such section")
  func nothingSetAside() {
    let text = PlanMarkdown.render(draftPlan(), footer: testFooter)
    #expect(!text.contains(PlanOutline.alsoSaidHeading))
  }
}
