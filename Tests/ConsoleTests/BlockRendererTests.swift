import Testing
import TextLayout

@testable import Console

@Suite struct BlockRendererTests {
  let samples: [Block] = [
    .say("Hello \u{1B}[31mthere\u{1B}[0m."),
    .question(
      text: "Who do you live with?", choices: ["On my own", "With family"], hint: "Type a number."),
    .progress(part: 3, of: 12, title: "What matters most"),
    .notice("I didn't catch a number there."),
    .alert(title: "Urgent help", lines: ["If you are in danger now, call 999."]),
    .list(title: "Your answers", items: ["Walking the dog", "Sleeping better"]),
  ]

  func render(_ block: Block, width: Int = 80, colour: Bool, plain: Bool) -> [String] {
    BlockRenderer(options: RenderOptions(width: width, colour: colour, plain: plain)).render(block)
  }

  @Test func plainOutputHasNoEscapeCodesAndNoBoxDrawing() {
    for block in samples {
      let text = render(block, colour: true, plain: true).joined(separator: "\n")
      #expect(!text.contains("\u{1B}"))
      #expect(!text.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) })
    }
  }

  @Test func noColourOutputHasNoEscapeCodes() {
    for block in samples {
      let text = render(block, colour: false, plain: false).joined(separator: "\n")
      #expect(!text.contains("\u{1B}"))
    }
  }

  @Test func colourOutputUsesEscapeCodesOnlyAroundWords() {
    let lines = render(samples[1], colour: true, plain: false)
    #expect(lines.contains { $0.contains("\u{1B}[") })
    #expect(lines.contains("  \u{1B}[1;36m1.\u{1B}[0m On my own"))
  }

  @Test func textFromThePersonCannotInjectEscapes() {
    let lines = render(
      .list(title: nil, items: ["\u{1B}]0;hacked\u{07}walk"]), colour: false, plain: false)
    #expect(lines == ["  • walk"])
  }

  @Test func numbersChoices() {
    let lines = render(samples[1], colour: false, plain: true)
    #expect(
      lines == [
        "", "Who do you live with?", "  1. On my own", "  2. With family", "Type a number.",
      ])
  }

  @Test func alignsNumbersWhenThereAreTenOrMore() {
    let choices = (1...10).map { "Choice \($0)" }
    let lines = render(
      .question(text: "Pick", choices: choices, hint: nil), colour: false, plain: true)
    #expect(lines[2] == "   1. Choice 1")
    #expect(lines[11] == "  10. Choice 10")
  }

  @Test func showsProgressInWords() {
    #expect(
      render(samples[2], colour: false, plain: true) == ["", "Part 3 of 12: What matters most"])
  }

  @Test func alertIsSetApartInWordsWhenPlain() {
    let lines = render(samples[4], colour: true, plain: true)
    #expect(lines == ["", "URGENT HELP", "If you are in danger now, call 999.", ""])
  }

  @Test func alertHasRulesAboveAndBelowWhenNotPlain() {
    let lines = render(samples[4], width: 40, colour: false, plain: false)
    let rule = String(repeating: "━", count: 40)
    #expect(lines == ["", rule, "URGENT HELP", "If you are in danger now, call 999.", rule, ""])
  }

  @Test func wrapsToTheGivenWidth() {
    let text = String(repeating: "word ", count: 40)
    for width in [20, 40, 80] {
      let lines = render(.say(text), width: width, colour: false, plain: true)
      #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
    }
    let choice = render(
      .question(
        text: "Q", choices: ["a long choice that has to wrap onto a second line"], hint: nil),
      width: 20, colour: false, plain: true)
    #expect(
      choice == [
        "", "Q", "  1. a long choice", "     that has to", "     wrap onto a", "     second line",
      ])
  }

  @Test func listsUseAsciiBulletsWhenPlain() {
    #expect(
      render(samples[5], colour: false, plain: true) == [
        "Your answers", "  - Walking the dog", "  - Sleeping better",
      ])
  }
}
