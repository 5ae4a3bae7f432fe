import Dialogue

/// How a kiosk runs, read once at start from the service's configuration file.
///
/// Everything is checked before the first person sits down: a kiosk that fails later, in
/// front of someone, is worse than one that refuses to start with a message for staff.
public struct KioskConfig: Equatable, Sendable {
  /// Where a finished plan goes. Nothing is written anywhere unless one is named.
  public enum PlanOutput: Equatable, Sendable {
    case none
    /// A command (program and arguments) that is given the plan text on standard input.
    case printer([String])
    /// A folder where each finished plan is written as a file only its owner can read.
    case spool(String)
  }

  /// The built-in script the kiosk runs. Only ids: the kiosk never opens a path it is given.
  public var script: String = "kiosk"
  /// Seconds without a key press before a person's session ends.
  public var idleTimeout: Double = 120
  /// Seconds before the end at which "Are you still there?" is shown.
  public var idleWarning: Double = 30
  public var output: PlanOutput = .none
  /// Staff leave with `/admin` and this PIN; without one, only the service manager can stop
  /// the kiosk.
  public var pinHash: PinHash?

  public init() {}

  public static let keys = [
    "script", "idle_timeout", "idle_warning", "printer", "spool", "pin_hash",
  ]

  /// Reads and checks a configuration; `diagnostics` holds every problem, with file and line.
  public static func load(yaml text: String, file: String, scripts: [String]) -> (
    config: KioskConfig?, diagnostics: [Diagnostic]
  ) {
    let reader = YAMLReader(file: file)
    guard let root = reader.root(of: text),
      let fields = root.mapping("the kiosk configuration", allowed: keys)
    else { return (nil, reader.diagnostics) }
    var config = KioskConfig()
    if let value = fields["script"], let id = value.string("a script id") {
      if scripts.contains(id) {
        config.script = id
      } else {
        let near = Suggestion.nearest(to: id, in: scripts).map { "; did you mean '\($0)'?" } ?? ""
        value.report(
          "there is no built-in script '\(id)'\(near) The kiosk runs only built-in scripts: "
            + scripts.joined(separator: ", "))
      }
    }
    let timeout = fields["idle_timeout"].map { seconds($0, "idle_timeout") }
    let warning = fields["idle_warning"].map { seconds($0, "idle_warning") }
    config.idleTimeout = (timeout ?? nil) ?? config.idleTimeout
    config.idleWarning = (warning ?? nil) ?? config.idleWarning
    // One mistake, one message: a timeout already reported is not compared as well.
    if timeout != .some(nil), warning != .some(nil), config.idleWarning >= config.idleTimeout {
      let place = fields["idle_warning"] ?? fields["idle_timeout"] ?? root
      place.report(
        "idle_warning (\(format(config.idleWarning)) seconds) must be less than idle_timeout "
          + "(\(format(config.idleTimeout)) seconds)")
    }
    let printer = fields["printer"]
    let spool = fields["spool"]
    if let printer, spool != nil {
      printer.report(
        "give either printer or spool, not both: a finished plan goes to one place")
    } else if let printer, let command = printer.nonEmptyString("a printer command") {
      config.output = .printer(command.split(whereSeparator: \.isWhitespace).map(String.init))
    } else if let spool, let folder = spool.nonEmptyString("a spool folder") {
      if folder.hasPrefix("/") {
        config.output = .spool(folder)
      } else {
        spool.report("the spool folder must be a full path, starting with '/'")
      }
    }
    if let value = fields["pin_hash"], let text = value.nonEmptyString("a PIN hash") {
      if let hash = PinHash(parsing: text) {
        config.pinHash = hash
      } else {
        value.report(
          "this is not a PIN hash; make one with: carecoach kiosk --hash-pin "
            + "(it looks like \(PinHash.scheme)$20000$<salt>$<hash>)")
      }
    }
    return (reader.hasErrors ? nil : config, reader.diagnostics)
  }

  private static func seconds(_ value: YAMLValue, _ key: String) -> Double? {
    guard let number = value.double("a number of seconds") else { return nil }
    guard number > 0, number.isFinite else {
      value.report("\(key) must be more than 0 seconds")
      return nil
    }
    return number
  }

  private static func format(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}
