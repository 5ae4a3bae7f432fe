import Dialogue
import Foundation
import Kiosk
import Testing

@Suite struct KioskConfigTests {
  let scripts = ["care-planning", "kiosk"]
  let hash =
    "pbkdf2-sha256$10$00112233445566778899aabbccddeeff$" + String(repeating: "ab", count: 32)

  func errors(_ yaml: String, machine: KioskConfig.Machine = .unchecked) -> [String] {
    KioskConfig.load(yaml: yaml, file: "kiosk.yaml", scripts: scripts, machine: machine)
      .diagnostics.map(\.description)
  }

  /// A machine with only `lp`, in /usr/bin, and only /var/spool/carecoach to write to.
  let machine = KioskConfig.Machine(
    findProgram: { $0 == "lp" || $0 == "/usr/bin/lp" ? "/usr/bin/lp" : nil },
    canWriteFolder: { $0 == "/var/spool/carecoach" })

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
    #expect(config.pinLockout == 300)
  }

  @Test func easyIsOffUnlessTheServiceSaysSo() throws {
    let off = try #require(
      KioskConfig.load(yaml: "script: kiosk\n", file: "k", scripts: scripts).config)
    #expect(!off.easy)
    let on = try #require(
      KioskConfig.load(yaml: "easy: true\n", file: "k", scripts: scripts).config)
    #expect(on.easy)
  }

  @Test func thePrinterCommandIsSplitIntoWords() throws {
    let config = try #require(
      KioskConfig.load(yaml: "printer: lp -d reception\n", file: "k", scripts: scripts).config)
    #expect(config.output == .printer(["lp", "-d", "reception"]))
  }

  /// The program is found when the kiosk starts, and run by that full path afterwards.
  @Test func thePrinterProgramIsFoundAtStart() throws {
    let config = try #require(
      KioskConfig.load(
        yaml: "printer: lp -d reception\n", file: "k", scripts: scripts, machine: machine
      ).config)
    #expect(config.output == .printer(["/usr/bin/lp", "-d", "reception"]))
    #expect(
      errors("idle_timeout: 60\nprinter: lpr -P desk\n", machine: machine) == [
        "kiosk.yaml:2:10: error: there is no program 'lpr' that the kiosk can run; install it, "
          + "or give its full path (the kiosk looks for it on its PATH when it starts)"
      ])
  }

  /// A full path is taken as it is: the advice is about the path and the file, not the PATH.
  @Test func aProgramGivenByPathThatCannotRunSaysWhy() {
    #expect(
      errors("staff_alert: /opt/alerts/page-staff\n", machine: machine) == [
        "kiosk.yaml:1:14: error: there is no program '/opt/alerts/page-staff' that the kiosk "
          + "can run for staff_alert: check the path, and that the file may be run (chmod +x)"
      ])
  }

  @Test func theSpoolFolderMustBeWritableAtStart() {
    #expect(errors("spool: /var/spool/carecoach\n", machine: machine).isEmpty)
    #expect(
      errors("script: kiosk\nspool: /var/spool/elsewhere\n", machine: machine) == [
        "kiosk.yaml:2:8: error: the spool folder '/var/spool/elsewhere' is not a folder the "
          + "kiosk can write to; create it, owned by the kiosk's user"
      ])
  }

  @Test func theLockoutCanBeSet() throws {
    let config = try #require(
      KioskConfig.load(yaml: "pin_lockout: 900\n", file: "k", scripts: scripts).config)
    #expect(config.pinLockout == 900)
    #expect(
      errors("pin_lockout: 0\n") == [
        "kiosk.yaml:1:14: error: pin_lockout must be at least 1 second"
      ])
  }

  @Test func anUnknownKeySuggestsTheNearest() {
    #expect(
      errors("idle_timout: 60\n") == [
        "kiosk.yaml:1:1: error: unknown key 'idle_timout' in the kiosk configuration; did you "
          + "mean 'idle_timeout'?; expected one of: script, idle_timeout, idle_warning, printer, "
          + "spool, pin_hash, pin_lockout, staff_alert, easy"
      ])
  }

  @Test func timesTooShortToUseAreRefused() {
    #expect(
      errors("idle_timeout: 60\nidle_warning: 4.5\n") == [
        "kiosk.yaml:2:15: error: idle_warning must be at least 5 seconds: a person needs time "
          + "to see the warning and press Enter"
      ])
    #expect(
      errors("idle_timeout: 9\nidle_warning: 5\n") == [
        "kiosk.yaml:1:15: error: idle_timeout must be at least 10 seconds: a person needs time "
          + "to read a question and answer it"
      ])
    #expect(
      errors("idle_timeout: -5\n") == [
        "kiosk.yaml:1:15: error: idle_timeout must be at least 10 seconds: a person needs time "
          + "to read a question and answer it"
      ])
    #expect(errors("idle_timeout: 10\nidle_warning: 5\n").isEmpty)
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

  @Test func theExamplesPlaceholderIsRefused() {
    #expect(
      errors("pin_hash: \"\(KioskConfig.pinHashPlaceholder)\"\n") == [
        "kiosk.yaml:1:11: error: pin_hash is still the example's placeholder. Make a hash of "
          + "your own staff PIN with 'carecoach kiosk --hash-pin' and put the line it prints "
          + "here, or leave pin_hash out (then only the service manager can stop the kiosk)"
      ])
  }

  @Test func aPinInClearIsRefused() {
    #expect(
      errors("pin_hash: 1234\n") == [
        "kiosk.yaml:1:11: error: this is not a PIN hash; make one with: carecoach kiosk "
          + "--hash-pin (it looks like pbkdf2-sha256$600000$<salt>$<hash>)"
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
  func shipped() throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../deploy/kiosk.yaml").standardized
    return try String(contentsOf: url, encoding: .utf8)
  }

  func load(_ text: String) -> (config: KioskConfig?, diagnostics: [Diagnostic]) {
    KioskConfig.load(yaml: text, file: "deploy/kiosk.yaml", scripts: ["care-planning", "kiosk"])
  }

  /// The example loads once staff have put their own PIN's hash in, as it tells them to, or
  /// staff copying it start with an error in something else.
  @Test func deployKioskYAMLLoadsWithAHashOfYourOwn() throws {
    let text = try shipped()
    let placeholder = "pin_hash: \"\(KioskConfig.pinHashPlaceholder)\""
    #expect(text.contains(placeholder))
    let own = PinHash.make(pin: "735104", iterations: 10)
    let result = load(
      text.replacingOccurrences(of: placeholder, with: "pin_hash: \"\(own.text)\""))
    #expect(result.diagnostics.isEmpty)
    let config = try #require(result.config)
    #expect(config.output == .spool("/var/spool/carecoach"))
    #expect(config.pinHash?.matches("735104") == true)
    #expect(config.pinLockout == 300)
  }

  /// As shipped it holds no usable hash, so no kiosk runs with a PIN anyone can read here.
  @Test func deployKioskYAMLAsShippedIsRefusedForItsPlaceholder() throws {
    let text = try shipped()
    let line =
      try #require(
        text.split(separator: "\n", omittingEmptySubsequences: false)
          .firstIndex { $0.hasPrefix("pin_hash:") }) + 1
    let result = load(text)
    #expect(result.config == nil)
    #expect(result.diagnostics.map(\.description).count == 1)
    #expect(
      result.diagnostics.first?.description.hasPrefix(
        "deploy/kiosk.yaml:\(line):11: error: pin_hash is still the example's placeholder")
        == true)
  }

  /// Every setting the kiosk reads is in the example, with a comment above it saying what it
  /// does (a setting may itself be commented out, as `printer` is).
  @Test func everySettingIsInTheExampleWithAnExplanation() throws {
    let lines = try shipped().split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    for key in KioskConfig.keys {
      let index = lines.firstIndex { $0.hasPrefix("\(key): ") || $0.hasPrefix("# \(key): ") }
      guard let index else {
        Issue.record("deploy/kiosk.yaml does not show '\(key)'")
        continue
      }
      var explanation: [String] = []
      var above = index - 1
      while above >= 0, lines[above].hasPrefix("#") {
        explanation.insert(lines[above], at: 0)
        above -= 1
      }
      let words = explanation.joined(separator: " ").split(separator: " ").count
      #expect(words >= 12, "'\(key)' has no explanation above it in deploy/kiosk.yaml")
    }
  }
}
