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
  /// A command (program and arguments) run whenever a safety notice is shown, with the
  /// notice's categories added as arguments, so staff can go to the person; nil when none.
  /// Never given the person's words.
  public var staffAlert: [String]?
  /// Seconds `/admin` is refused after `PinAttempts.triesBeforeLockout` wrong PINs in a row.
  public var pinLockout: Double = 300
  /// Every session starts the easier way: plainer words with an example, sureness in words,
  /// fewer questions (`easy: true`), as `carecoach start --easy` does.
  public var easy = false

  public init() {}

  public static let keys = [
    "script", "idle_timeout", "idle_warning", "printer", "spool", "pin_hash", "pin_lockout",
    "staff_alert", "easy",
  ]

  /// The shortest warning allowed: long enough to see "Are you still there?" and press Enter.
  public static let shortestWarning: Double = 5
  /// The shortest idle time allowed, so a slip such as `idle_timeout: 2` (meant as minutes)
  /// is caught at start rather than by a person whose answers vanish as they type.
  public static let shortestTimeout: Double = 10

  /// What the example configuration (deploy/kiosk.yaml) ships as its `pin_hash`: not a hash,
  /// so no kiosk can start with a PIN printed in a public file.
  public static let pinHashPlaceholder = "MAKE-YOUR-OWN-WITH: carecoach kiosk --hash-pin"

  /// What loading asks of the machine the kiosk will run on. The default checks nothing, for
  /// reading a configuration away from that machine; `carecoach kiosk` passes the real one.
  public struct Machine: Sendable {
    /// The full path of a program, found on PATH unless it has a '/'; nil when there is none
    /// that can be run.
    public var findProgram: @Sendable (String) -> String?
    /// Whether a folder exists and the kiosk can create files in it.
    public var canWriteFolder: @Sendable (String) -> Bool

    public init(
      findProgram: @escaping @Sendable (String) -> String?,
      canWriteFolder: @escaping @Sendable (String) -> Bool
    ) {
      self.findProgram = findProgram
      self.canWriteFolder = canWriteFolder
    }

    public static let unchecked = Machine(findProgram: { $0 }, canWriteFolder: { _ in true })
  }

  /// Reads and checks a configuration; `diagnostics` holds every problem, with file and line.
  /// A printer program is given as the full path found on `machine`, so the kiosk runs the
  /// program that was checked.
  public static func load(
    yaml text: String, file: String, scripts: [String], machine: Machine = .unchecked
  ) -> (
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
    let timeout = fields["idle_timeout"].map {
      seconds(
        $0, "idle_timeout", atLeast: shortestTimeout,
        because: "a person needs time to read a question and answer it")
    }
    let warning = fields["idle_warning"].map {
      seconds(
        $0, "idle_warning", atLeast: shortestWarning,
        because: "a person needs time to see the warning and press Enter")
    }
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
      let words = command.split(whereSeparator: \.isWhitespace).map(String.init)
      if let program = machine.findProgram(words[0]) {
        config.output = .printer([program] + words.dropFirst())
      } else {
        // Found now, not when the first person finishes and is told their printout failed.
        printer.report(Self.notRunnable(words[0], purpose: nil))
      }
    } else if let spool, let folder = spool.nonEmptyString("a spool folder") {
      if !folder.hasPrefix("/") {
        spool.report("the spool folder must be a full path, starting with '/'")
      } else if !machine.canWriteFolder(folder) {
        spool.report(
          "the spool folder '\(folder)' is not a folder the kiosk can write to; create it, "
            + "owned by the kiosk's user")
      } else {
        config.output = .spool(folder)
      }
    }
    if let value = fields["staff_alert"], let command = value.nonEmptyString("a command") {
      let words = command.split(whereSeparator: \.isWhitespace).map(String.init)
      if let program = machine.findProgram(words[0]) {
        config.staffAlert = [program] + words.dropFirst()
      } else {
        value.report(Self.notRunnable(words[0], purpose: "staff_alert"))
      }
    }
    if let value = fields["easy"], let easy = value.bool() { config.easy = easy }
    if let value = fields["pin_lockout"],
      let lockout = seconds(value, "pin_lockout", atLeast: 1, because: nil)
    {
      config.pinLockout = lockout
    }
    if let value = fields["pin_hash"], let text = value.nonEmptyString("a PIN hash") {
      if text == pinHashPlaceholder {
        value.report(
          "pin_hash is still the example's placeholder. Make a hash of your own staff PIN with "
            + "'carecoach kiosk --hash-pin' and put the line it prints here, or leave pin_hash "
            + "out (then only the service manager can stop the kiosk)")
      } else if let hash = PinHash(parsing: text) {
        config.pinHash = hash
      } else {
        value.report(
          "this is not a PIN hash; make one with: carecoach kiosk --hash-pin "
            + "(it looks like \(PinHash.scheme)$\(PinHash.defaultIterations)$<salt>$<hash>)")
      }
    }
    return (reader.hasErrors ? nil : config, reader.diagnostics)
  }

  private static func seconds(
    _ value: YAMLValue, _ key: String, atLeast least: Double, because reason: String?
  ) -> Double? {
    guard let number = value.double("a number of seconds") else { return nil }
    guard number >= least, number.isFinite else {
      let why = reason.map { ": \($0)" } ?? ""
      let unit = least == 1 ? "second" : "seconds"
      value.report("\(key) must be at least \(format(least)) \(unit)\(why)")
      return nil
    }
    return number
  }

  /// Whole seconds without ".0"; a number too large for a whole-number type (a slip such as
  /// a hundred nines) is shown as Swift writes it rather than stopping the kiosk.
  private static func format(_ value: Double) -> String {
    guard value == value.rounded(), let whole = Int(exactly: value) else { return String(value) }
    return String(whole)
  }
}

extension KioskConfig {
  /// Why a program named in the configuration cannot be run, and what to do: a name is looked
  /// for on the kiosk's PATH, a path is taken as it is and must be a file the kiosk may run.
  static func notRunnable(_ program: String, purpose: String?) -> String {
    let what = purpose.map { " for \($0)" } ?? ""
    guard program.contains("/") else {
      return "there is no program '\(program)' that the kiosk can run\(what); install it, or "
        + "give its full path (the kiosk looks for it on its PATH when it starts)"
    }
    return "there is no program '\(program)' that the kiosk can run\(what): check the path, "
      + "and that the file may be run (chmod +x)"
  }
}
