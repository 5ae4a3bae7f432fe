import DefaultScripts
import Dialogue
import Foundation
import Kiosk

/// The built-in kiosk script with the built-in lexicon, glossary and safety net, as a kiosk
/// runs it.
enum KioskFixtures {
  static let script: KioskScript = {
    let lexicon = Lexicon.load(yaml: text("lexicon.yaml"), file: "lexicon.yaml").lexicon!
    let glossary = Glossary.load(yaml: text("glossary.yaml"), file: "glossary.yaml").glossary!
    let rules = SafetyRules.load(yaml: text("safety.yaml"), file: "safety.yaml").rules!
    let loaded = ScriptLoader.load(text: text("kiosk.yaml"), file: "kiosk.yaml", lexicon: lexicon)
    return KioskScript(
      script: loaded.script!, lexicon: lexicon, glossary: glossary,
      safety: SafetyNet(rules: rules))
  }()

  private static func text(_ name: String) -> String { DefaultScripts.text(of: name)! }

  static let pin = "482613"
  /// Few iterations, so the tests do not wait on the key stretching.
  static let pinHash = PinHash.make(pin: pin, iterations: 50)

  /// Answers that take the kiosk script from its first question to the plan.
  static let wholeConversation: [Press] = [
    .line("Walking to the park with Rex"), .line("my sore knee"), .line("when is my blood test"),
    .line("done"), .line("sleep better"), .line("go to bed by ten"),
  ]

  static func config(_ change: (inout KioskConfig) -> Void = { _ in }) -> KioskConfig {
    var config = KioskConfig()
    config.pinHash = pinHash
    change(&config)
    return config
  }

  /// A kiosk on a fake terminal and clock, given `presses` in order.
  static func kiosk(
    _ presses: [Press], config: KioskConfig = config(),
    alertStaff: (([String]) -> Void)? = nil
  ) -> (KioskRuntime, FakeTerminal, FakeClock) {
    let clock = FakeClock()
    let terminal = FakeTerminal(clock: clock, presses: presses)
    let runtime = KioskRuntime(
      script: script, config: config, screen: terminal, keys: terminal, clock: clock,
      alertStaff: alertStaff)
    return (runtime, terminal, clock)
  }
}
