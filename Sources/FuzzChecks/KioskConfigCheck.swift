import Dialogue
import Kiosk

/// Arbitrary text as a kiosk configuration: a diagnostic for every mistake, never a trap, and
/// a configuration that loads keeps the promises the kiosk relies on (the idle warning comes
/// before the end, neither is shorter than a person needs, the script is a built-in one).
public enum KioskConfigCheck {
  public static func run(_ bytes: [UInt8]) throws(CheckFailure) {
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    let result = KioskConfig.load(yaml: text, file: "kiosk.yaml", scripts: BuiltIn.scriptIDs)
    try LoaderCheck.consistent(
      "kiosk", loaded: result.config != nil, result.diagnostics, in: text)
    guard let config = result.config else { return }
    guard BuiltIn.scriptIDs.contains(config.script) else {
      throw CheckFailure("kiosk", "loaded with the script '\(config.script)'")
    }
    guard config.idleTimeout.isFinite, config.idleTimeout >= KioskConfig.shortestTimeout,
      config.idleWarning >= KioskConfig.shortestWarning,
      config.idleWarning < config.idleTimeout
    else {
      throw CheckFailure(
        "kiosk", "loaded idle_timeout \(config.idleTimeout), idle_warning \(config.idleWarning)")
    }
    if case .printer(let command) = config.output, command.isEmpty || command[0].isEmpty {
      throw CheckFailure("kiosk", "loaded a printer with no program")
    }
    if let alert = config.staffAlert, alert.isEmpty || alert[0].isEmpty {
      throw CheckFailure("kiosk", "loaded a staff alert with no program")
    }
  }
}
