/// What the safety net asks the outside world to show: set apart from the conversation.
public struct SafetyNotice: Hashable, Sendable {
  /// The leading category's id, then any others found in the same line.
  public var categories: [String]
  public var level: SafetyLevel
  public var title: String
  /// The message, then one line per service, then the kiosk line when in a kiosk.
  public var lines: [String]
  /// The services shown, as "name: contact", for the plan and the worker.
  public var signposting: String
  /// The categories' plain names ("chest pain"), in the order of `categories`.
  public var names: [String]
  /// The services shown, in order.
  public var services: [SafetyService]

  public init(
    categories: [String], level: SafetyLevel, title: String, lines: [String], signposting: String,
    names: [String] = [], services: [SafetyService] = []
  ) {
    self.categories = categories
    self.level = level
    self.title = title
    self.lines = lines
    self.signposting = signposting
    self.names = names
    self.services = services
  }
}

extension SafetyNet {
  // MARK: The words shown when something is found

  /// The notice for the categories found in one line, for everything but the appointment
  /// level; nil when only appointment categories were found.
  ///
  /// The most serious category leads with its title and message; the services of every
  /// category found are shown once each, in the order the categories list them.
  public func notice(for matches: [SafetyMatch], audience: Audience) -> SafetyNotice? {
    let serious = matches.filter { $0.category.level != .appointment }
    guard let first = serious.first else { return nil }
    let lead = first.category
    var lines = [first.denied ? lead.gentle ?? lead.message : lead.message]
    var shown: [SafetyService] = []
    for match in serious {
      for id in match.category.signpost {
        if let service = rules.service(id), !shown.contains(service) { shown.append(service) }
      }
    }
    // "Please call 999 now." then "If a life is at risk now, call 999.": a number the message
    // already gives is not said again on screen. The plan still lists the service.
    let message = lines[0]
    lines += shown.filter { !Self.gives(message, $0) }.map(\.say)
    if audience == .kiosk { lines.append(lead.kiosk ?? rules.wording.kiosk) }
    return SafetyNotice(
      categories: serious.map(\.category.id), level: lead.level, title: lead.title, lines: lines,
      signposting: shown.map { "\($0.name): \($0.contact)" }.joined(separator: "; "),
      names: serious.map(\.category.name), services: shown)
  }

  /// Whether the words already give the service's number ("call 999 now" and 999).
  static func gives(_ words: String, _ service: SafetyService) -> Bool {
    let number = service.contact.filter(\.isNumber)
    guard number.count >= 3 else { return false }
    let digitRuns = words.split(whereSeparator: { !$0.isNumber }).map(String.init)
    return digitRuns.contains(number)
  }

  /// What the worker is told in facilitator mode: what was mentioned, and what was shown.
  public func workerNotice(for notice: SafetyNotice) -> String {
    rules.wording.worker
      .replacingOccurrences(of: "{{signs}}", with: notice.level.signsWords)
      .replacingOccurrences(of: "{{categories}}", with: Template.join(notice.names))
      .replacingOccurrences(
        of: "{{services}}",
        with: Template.join(notice.services.map { "\($0.name) (\($0.contact))" }))
  }

  /// What is said when the answer to a check question about `categories` is "not sure": the
  /// lead category's `if-unsure` line with each `{{service-id}}` filled in, and the services
  /// it names. Nil when the lead category has none: then the notice is shown, as for yes.
  ///
  /// Nothing is flagged for it. A flag in a shared plan reads to whoever opens it as a crisis
  /// that happened, and "not sure" to "have you taken too much?" is not one; the session's
  /// record keeps the line, the question and the answer, and every plan names 999 and 111 at
  /// its foot anyway.
  public func unsureReply(for categories: [String]) -> (line: String, services: [SafetyService])? {
    guard let lead = rules.categories.first(where: { $0.id == categories.first }),
      var line = lead.ifUnsure
    else { return nil }
    var services: [SafetyService] = []
    for id in Self.servicesNamed(in: line) {
      guard let service = rules.service(id) else { continue }
      line = line.replacingOccurrences(of: "{{\(id)}}", with: service.contact)
      if !services.contains(service) { services.append(service) }
    }
    return (line, services)
  }

  /// The service ids a sentence names as `{{id}}`, in order.
  static func servicesNamed(in text: String) -> [String] {
    var names: [String] = []
    var rest = Substring(text)
    while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
      names.append(String(rest[open.upperBound..<close.lowerBound]))
      rest = rest[close.upperBound...]
    }
    return names
  }
}
