import Foundation
import Kiosk
import Testing

@Suite struct KioskConfigTests {
  let scripts = ["care-planning", "kiosk"]
  let hash =
    "pbkdf2-sha256$10$00112233445566778899aabbccddeeff$" + String(repeating: "ab", count: 32)

  func errors(_ yaml: String) -> [String] {
    KioskConfig.load(yaml: yaml, file: "kiosk.yaml", scripts: scripts).diagnostics.map(
      \.description)
  }

  @Test func aFullConfigurationLoads() throws {
    let yaml = """
      script: kiosk
      idle_timeout: 90
      idle_warning: 20
      spool: /var/spool/carecoach
      pin_hash: "\(hash)"
      """
    let result = KioskConfig.load(yaml: yaml, file: "kiosk.yaml", scripts: scripts)
    #expect(result.diagnostics.isEmpty)
    let config = try #require(result.config)
    #expect(config.idleTimeout == 90)
    #expect(config.idleWarning == 20)
    #expect(config.output == .spool("/var/spool/carecoach"))
    #expect(config.pinHash != nil)
  }

  @Test func defaults() throws {
    let config = try #require(
      KioskConfig.load(yaml: "script: kiosk\n", file: "k", scripts: scripts).config)
    #expect(config.idleTimeout == 120)
    #expect(config.idleWarning == 30)
    #expect(config.output == .none)
    #expect(config.pinHash == nil)
  }

  @Test func thePrinterCommandIsSplitIntoWords() throws {
    let config = try #require(
      KioskConfig.load(yaml: "printer: lp -d reception\n", file: "k", scripts: scripts).config)
    #expect(config.output == .printer(["lp", "-d", "reception"]))
  }

  @Test func anUnknownKeySuggestsTheNearest() {
    #expect(
      errors("idle_timout: 60\n") == [
        "kiosk.yaml:1:1: error: unknown key 'idle_timout' in the kiosk configuration; did you "
          + "mean 'idle_timeout'?; expected one of: script, idle_timeout, idle_warning, printer, "
          + "spool, pin_hash"
      ])
  }

  @Test func timeoutsMustBePositive() {
    #expect(
      errors("idle_timeout: 60\nidle_warning: 0\n") == [
        "kiosk.yaml:2:15: error: idle_warning must be more than 0 seconds"
      ])
    #expect(
      errors("idle_timeout: -5\n") == [
        "kiosk.yaml:1:15: error: idle_timeout must be more than 0 seconds"
      ])
  }

  @Test func theWarningMustComeBeforeTheEnd() {
    #expect(
      errors("idle_timeout: 30\nidle_warning: 30\n") == [
        "kiosk.yaml:2:15: error: idle_warning (30 seconds) must be less than idle_timeout "
          + "(30 seconds)"
      ])
  }

  @Test func printerAndSpoolAreExclusive() {
    #expect(
      errors("printer: lp\nspool: /tmp/x\n") == [
        "kiosk.yaml:1:10: error: give either printer or spool, not both: a finished plan goes "
          + "to one place"
      ])
  }

  @Test func theSpoolMustBeAFullPath() {
    #expect(
      errors("spool: plans\n") == [
        "kiosk.yaml:1:8: error: the spool folder must be a full path, starting with '/'"
      ])
  }

  @Test func onlyBuiltInScripts() {
    #expect(
      errors("script: kiosc\n") == [
        "kiosk.yaml:1:9: error: there is no built-in script 'kiosc'; did you mean 'kiosk'? "
          + "The kiosk runs only built-in scripts: care-planning, kiosk"
      ])
  }

  @Test func aPinInClearIsRefused() {
    #expect(
      errors("pin_hash: 1234\n") == [
        "kiosk.yaml:1:11: error: this is not a PIN hash; make one with: carecoach kiosk "
          + "--hash-pin (it looks like pbkdf2-sha256$20000$<salt>$<hash>)"
      ])
  }

  @Test func aNumberIsNeeded() {
    #expect(
      errors("idle_timeout: soon\n") == [
        "kiosk.yaml:1:15: error: expected a number of seconds here, found 'soon'"
      ])
  }
}

@Suite struct ShippedKioskConfigTests {
  /// The example the repository ships must load as it is, or staff copying it start with an error.
  @Test func deployKioskYAMLLoads() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../deploy/kiosk.yaml").standardized
    let text = try String(contentsOf: url, encoding: .utf8)
    let result = KioskConfig.load(
      yaml: text, file: "deploy/kiosk.yaml", scripts: ["care-planning", "kiosk"])
    #expect(result.diagnostics.isEmpty)
    let config = try #require(result.config)
    #expect(config.output == .spool("/var/spool/carecoach"))
    #expect(config.pinHash?.matches("4826") == true)
  }
}
