extension ScriptLoader.Builder {
  // MARK: First pass: conditions and templates, kept for the second pass

  mutating func readCondition(
    _ value: YAMLValue, order: Int, ownerID: String, mayReadOwn: Bool = false,
    sectionScope: String? = nil, role: ConditionRole = .other
  ) -> Condition? {
    guard let source = value.nonEmptyString("a condition") else { return nil }
    do {
      let condition = try Condition.parse(source)
      conditions.append(
        Pending(
          value: condition, source: value, order: order, mayReadOwn: mayReadOwn,
          sectionScope: sectionScope, ownerID: ownerID, extraNames: [], role: role))
      return condition
    } catch {
      reader.report(at: value.location(atOffset: error.offset), error.message)
      return nil
    }
  }

  mutating func readTemplate(
    _ value: YAMLValue, order: Int, ownerID: String, mayReadOwn: Bool = false,
    extra: [String] = []
  ) -> Template? {
    guard let source = value.nonEmptyString("text") else { return nil }
    let extra =
      extra + Background.knownNames + (backgroundList.flatMap { Background.known[$0] } ?? [])
    do {
      let template = try Template(parsing: source)
      templates.append(
        Pending(
          value: template, source: value, order: order, mayReadOwn: mayReadOwn,
          sectionScope: nil, ownerID: ownerID, extraNames: extra))
      return template
    } catch {
      reader.report(at: value.location(atOffset: error.offset), error.message)
      return nil
    }
  }
}
