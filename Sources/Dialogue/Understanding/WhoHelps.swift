import Foundation

/// Who helps a person, as the plan keeps it: one person (or group) an item.
public enum WhoHelps {
  /// "her son Imran after work, Dev (support worker) twice a week, and her neighbour
  /// sometimes" names three helpers. A list answer keeps ", and ..." with the piece before
  /// when it runs long, since it may go on with that thought; naming who helps, each ", and"
  /// brings in someone new, so it splits there too. "my daughter and her husband" stays one.
  public static func items(_ text: String) -> [String] {
    // "nobody really, I look after my wife" says there is no one, and why: one thought.
    let opening = AnswerReading.plainWords(text).prefix(2).map { $0.lowercased() }
    if ["nobody", "noone", "none", "no"].contains(opening.first ?? "")
      || opening == ["just", "me"] || opening == ["no", "one"]
    {
      return [text]
    }
    return AnswerReading.listItems(text).flatMap { item -> [String] in
      item.components(separatedBy: ", and ").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
    }
  }
}
