import Foundation

/// "Me" in a plan a worker typed: the worker, not the person.
///
/// A worker types the person's answers in the person's words ("her son Imran after work"),
/// but writes of themselves as "me" ("and me twice a week"). Left as typed, the plan reads as
/// if the person said it. The conversation asks the worker once who "me" is (`preparedBy`),
/// says back that the plan will name them, and the plan's lists of who helps name the worker
/// there. The words as typed stay in the record.
extension PlanBuilder {
  /// Who the plan calls the worker when they did not say: their role alone.
  static let unnamedWorker = "their support worker"

  /// The worker as a plan names them in a sentence: "Dev, support worker" reads "Dev (support
  /// worker)", so the name and the role stay together inside a list of helpers.
  public static func workerNamed(_ said: String) -> String {
    let words = said.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
    guard let comma = words.firstIndex(of: ",") else { return words }
    let name = words[..<comma].trimmingCharacters(in: .whitespaces)
    let role = words[words.index(after: comma)...].trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty, !role.isEmpty else { return name.isEmpty ? role : name }
    return "\(name) (\(role))"
  }

  /// `text` with each "me" or "myself" standing as a word of its own put as `worker`; "me
  /// (Dev)" already says who, and stays as typed.
  /// Outside who helps, `alsoMyself` is false: "wash myself" in a step is more likely the
  /// person's own voice than the worker.
  static func namingTheWorker(in text: String, as worker: String, alsoMyself: Bool = true)
    -> String
  {
    let words = alsoMyself ? "me|myself" : "me"
    guard
      let pattern = try? NSRegularExpression(
        pattern: #"(?<![\p{L}\p{N}'’])("# + words + #")(?![\p{L}\p{N}'’]|\s*\()"#,
        options: [.caseInsensitive])
    else { return text }
    let range = NSRange(text.startIndex..., in: text)
    let named = pattern.stringByReplacingMatches(
      in: text, range: range, withTemplate: NSRegularExpression.escapedTemplate(for: worker))
    return namingTheWorkerByRole(in: named, as: worker)
  }

  /// "me (support worker)": the brackets give only the worker's role, which the name said for
  /// "me" holds ("priya (support worker)"), so the whole is the worker as named. Brackets with
  /// anything else ("me (Dev)") already say who, and stay as typed.
  static func namingTheWorkerByRole(in text: String, as worker: String) -> String {
    guard
      let pattern = try? NSRegularExpression(
        pattern: #"(?<![\p{L}\p{N}'’])me\s*\(([^()]+)\)"#, options: [.caseInsensitive])
    else { return text }
    let result = NSMutableString(string: text)
    let range = NSRange(location: 0, length: result.length)
    for match in pattern.matches(in: text, range: range).reversed() {
      let role = result.substring(with: match.range(at: 1)).trimmingCharacters(in: .whitespaces)
        .lowercased()
      guard !role.isEmpty, worker.lowercased().contains("(\(role))") else { continue }
      result.replaceCharacters(in: match.range, with: worker)
    }
    return result as String
  }

  /// Names the worker in who helps, the person's and each goal's, and in each goal's step and
  /// what will help, in a plan a worker typed:
  /// as they said who "me" is, or by their role when they skipped it.
  func namingTheWorker(_ plan: inout Plan, entries: [Entry]) {
    guard plan.preparedWithWorker else { return }
    let said = entries.last { $0.field == .worker }?.text
    if let said, !said.isEmpty { plan.preparedBy = said }
    let worker = said.map(Self.workerNamed).flatMap { $0.isEmpty ? nil : $0 } ?? Self.unnamedWorker
    plan.person.support = plan.person.support.map { Self.namingTheWorker(in: $0, as: worker) }
    func named(_ text: String?) -> String? {
      text.map { Self.namingTheWorker(in: $0, as: worker, alsoMyself: false) }
    }
    for index in plan.goals.indices {
      plan.goals[index].support = plan.goals[index].support.map {
        Self.namingTheWorker(in: $0, as: worker)
      }
      // Every later "me" too: "with me on tuesdays" in the step, "me to ring her" in what
      // will help, are the worker, as much as in who helps.
      plan.goals[index].solutions = plan.goals[index].solutions.compactMap(named)
      for step in plan.goals[index].actions.indices where plan.goals[index].actions[step].by == nil
      {
        var action = plan.goals[index].actions[step]
        action.what = named(action.what) ?? action.what
        action.howMuch = named(action.howMuch)
        action.when = named(action.when)
        action.where = named(action.where)
        action.howOften = named(action.howOften)
        plan.goals[index].actions[step] = action
      }
    }
  }
}
