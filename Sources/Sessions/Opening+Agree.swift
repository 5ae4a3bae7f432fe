import CarePlan
import Dialogue
import Foundation
import Store

extension Opening {
  /// The script `carecoach agree` runs.
  public static let agreeScriptID = "agree"

  /// The professional `--with` names, or why it cannot be read: checked before anything is
  /// opened, so a mistyped name is said with the command's usage.
  public static func professional(_ text: String) throws(SessionError) -> Plan.Professional {
    do {
      return try Plan.Professional.parse(text)
    } catch {
      throw .professionalUnclear(error)
    }
  }

  /// Going through the plan `reference` made or reviewed with `professional` ("NAME, ROLE"):
  /// the conversation makes the agreed version, the next one. Like a review, it runs against
  /// the newest version and every earlier one stays as it was. `mode` is by default that of
  /// the conversation that made the plan; in facilitator mode a worker records, afterwards,
  /// what was agreed.
  public static func agree(
    _ reference: String, with professional: String, on day: String? = nil, mode: String?,
    client: String? = nil, store: SessionStore
  ) throws(SessionError) -> Opening {
    let agreedWith = try Self.professional(professional)
    let agreedOn = try day.map { text throws(SessionError) in try Self.appointmentDay(text) }
    let plan = try FollowedPlan(reference, client: client, store: store)
    let loaded = try ScriptSource.load(agreeScriptID)
    let (planID, origin, newest, basePlan) = try plan.newest(store: store)
    let made = Day(newest.createdAt, in: appointmentTimeZone)
    if let agreedOn, agreedOn < made {
      throw .appointmentBeforePlan(day: Display.day(agreedOn), planMade: Display.day(made))
    }
    let now = WallClock.now()
    let record = SessionRecord(
      id: SessionID.make(), kind: .review, scriptReference: agreeScriptID,
      scriptID: loaded.script.id, scriptVersion: loaded.script.version,
      scriptText: loaded.file.text,
      mode: mode ?? (origin.mode == "facilitator" ? "facilitator" : "self"),
      clientRef: origin.clientRef, createdAt: now, planID: planID, planVersion: newest.version,
      agreedWith: professional.trimmingCharacters(in: .whitespacesAndNewlines),
      agreedOn: agreedOn?.iso)
    try SessionError.storeCall { try store.create(record) }
    let engine = loaded.engine(
      audience: record.audience,
      background: PlanAgreer.background(
        for: basePlan, professional: agreedWith, today: record.createdAt))
    let notice = Wording.agreeing(
      version: newest.version, from: Display.day(of: newest.createdAt),
      with: agreedWith.nameAndRole,
      goals: PlanReviewer.goalsToReview(in: basePlan).count,
      questions: PlanAgreer.openQuestions(in: basePlan).count)
    return Opening(
      session: record, store: store, engine: engine, state: ConversationState(), start: now,
      preamble: [.notice(notice)])
  }
}

extension Opening {
  /// Days are the UK's, as the conversation's are.
  static let appointmentTimeZone = TimeZone(identifier: "Europe/London")!

  /// The day `--on` names (such as "2026-12-14" or "last Tuesday"), read as a date answer is;
  /// it must not be still to come.
  public static func appointmentDay(_ text: String, today: Date = WallClock.now())
    throws(SessionError)
    -> Day
  {
    let now = Day(today, in: appointmentTimeZone)
    // A full date ("2026-12-14") names its own year: it is never moved back a week or a year.
    if let exact = Day(iso: text.trimmingCharacters(in: .whitespaces)) {
      if exact > now { throw .appointmentDayToCome(Display.day(exact)) }
      return exact
    }
    guard let read = AnswerReading.date(text, today: now) else {
      throw .appointmentDayUnclear(text)
    }
    let day = lookingBack(read, said: text, today: now)
    if day > now { throw .appointmentDayToCome(Display.day(day)) }
    return day
  }

  /// Answers are read looking ahead, as the days a person plans are: "Tuesday" is the next
  /// one and "1 December" the next 1 December. An appointment has been, so a weekday or a
  /// date without a year that comes out still to come means the one just gone, unless the
  /// words themselves look ahead ("tomorrow", "next week").
  static func lookingBack(_ day: Day, said text: String, today: Day) -> Day {
    guard day > today else { return day }
    let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
    guard words.isDisjoint(with: ["tomorrow", "next", "in", "coming", "after"]) else {
      return day
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = appointmentTimeZone
    guard
      let date = calendar.date(
        from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))
    else { return day }
    for step in [DateComponents(day: -7), DateComponents(year: -1)] {
      guard let earlier = calendar.date(byAdding: step, to: date) else { continue }
      let candidate = Day(earlier, in: appointmentTimeZone)
      if candidate <= today { return candidate }
    }
    return day
  }

  /// When an agreement typed in afterwards was made: midday of the appointment's day, since
  /// only the day is known. Nil when it was agreed as it was typed.
  static func agreedAt(_ record: SessionRecord) -> Date? {
    guard let iso = record.agreedOn, let day = Day(iso: iso) else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = appointmentTimeZone
    return calendar.date(
      from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))
  }
}
