import Testing

@testable import Console

@Suite struct TerminalTests {
  /// Input from fd -1 is never read here; `inputIsTerminal` only decides colour and prompts.
  func terminal(
    _ settings: TerminalSettings, inputIsTerminal: Bool = true, outputIsTerminal: Bool = true,
    columns: Int? = 30, environment: [String: String] = [:], sink: @escaping (String) -> Void
  ) -> Terminal {
    Terminal(
      settings: settings, inputIsTerminal: inputIsTerminal, outputIsTerminal: outputIsTerminal,
      inputFD: -1, columns: columns, environment: environment, output: sink)
  }

  @Test func noColourFromTheEnvironmentMeansNoEscapes() {
    let settings = TerminalSettings.fromEnvironment(
      plain: false, historyFile: nil, environment: ["NO_COLOR": "1"])
    var shown = ""
    let terminal = terminal(settings) { shown += $0 }
    terminal.show(.question(text: "Pick one", choices: ["a", "b"], hint: "hint"))
    terminal.show(.alert(title: "Urgent help", lines: ["Call 999."]))
    #expect(!shown.contains("\u{1B}"))
    #expect(terminal.clearScreen())
  }

  @Test func plainMeansNoEscapesAndNoClearing() {
    var shown = ""
    let terminal = terminal(TerminalSettings(plain: true, colour: true)) { shown += $0 }
    terminal.show(.progress(part: 1, of: 2, title: "Start"))
    #expect(!terminal.clearScreen())
    #expect(shown == "\nPart 1 of 2: Start\n")
  }

  @Test func colourOnlyWhenInputAndOutputAreBothTerminals() {
    var toPipe = ""
    terminal(TerminalSettings(), outputIsTerminal: false) { toPipe += $0 }.show(.notice("Note"))
    #expect(toPipe == "Note\n")
    // `printf ... | carecoach start` on a terminal: nobody is typing, so no escape codes.
    var fromPipe = ""
    terminal(TerminalSettings(), inputIsTerminal: false) { fromPipe += $0 }.show(.notice("Note"))
    #expect(fromPipe == "Note\n")
    var toTerminal = ""
    terminal(TerminalSettings()) { toTerminal += $0 }.show(.notice("Note"))
    #expect(toTerminal.contains("\u{1B}["))
  }

  @Test func widthFallsBackToColumnsThenEighty() {
    #expect(
      terminal(
        TerminalSettings(), outputIsTerminal: false, columns: nil, environment: ["COLUMNS": "55"]
      ) { _ in }.width == 55)
    #expect(
      terminal(
        TerminalSettings(), outputIsTerminal: false, columns: nil, environment: ["COLUMNS": "x"]
      ) { _ in }.width == 80)
  }

  @Test func promptColourIsResetBeforeTheLastCharacter() {
    let styled = Styler(colour: true).applyToPrompt(.prompt, to: "> ", ignore: "\u{1}")
    #expect(styled == "\u{1}\u{1B}[1;36m\u{1}>\u{1}\u{1B}[0m\u{1} ")
    #expect(Styler(colour: false).applyToPrompt(.prompt, to: "> ", ignore: "\u{1}") == "> ")
  }
}
