extension Frames {
  // MARK: A task someone plans to do

  /// The verbs of a task a nurse, a doctor or a worker writes down for themselves, each with
  /// the words that may follow it to make the task: "ring her", "refer to", "book a". Kept
  /// apart from `phrases` because they count only where a clause starts, or after words that
  /// plan ("i will", "need to"): "ring her monday about the ankle swelling" is a task, while
  /// "she is not breathing, ring 999" or "can you check her breathing" is not read as one.
  static let taskPhrases: [String: Set<String>] = [
    "ring": ["her", "him", "them", "back"],
    "phone": ["her", "him", "them", "back"],
    "call": ["her", "him", "them", "back"],
    "refer": ["her", "him", "them", "to", "on", "for"],
    "book": ["her", "him", "them", "a", "an", "in"],
    "review": ["her", "his", "their", "the", "at", "in", "meds", "medication", "tablets"],
    "check": ["her", "his", "their", "in", "on", "back"],
    "chase": ["up", "the"],
    "follow": ["up"],
    "arrange": ["a", "an", "for"],
    "recheck": ["her", "his", "their", "the", "in"],
    "discuss": ["with"],
    "ask": ["the"],
  ]

  /// Words before a task verb that plan it, the last word each ("i will ring", "then book"):
  /// a task may start after them as well as where a clause starts. Not "to": "I went in to
  /// check on her and she was not breathing" tells of now, not of a task. Nor "the ambulance"
  /// or "999" after a verb: "ring the ambulance he is not breathing" is no task.
  private static let planningWords: Set<String> = [
    "will", "ill", "then", "also", "must", "shall", "plan", "todo",
  ]

  /// Every task found in `tokens`: a task verb and its next word, where a clause starts or
  /// after a planning word.
  static func tasks(in tokens: [Token]) -> [Found] {
    var found: [Found] = []
    for start in tokens.indices.dropLast() {
      guard let next = taskPhrases[tokens[start].word],
        next.contains(tokens[start + 1].word), !tokens[start + 1].startsClause
      else { continue }
      let startsClause =
        start == 0 || tokens[start].startsClause
        || planningWords.contains(tokens[start - 1].word)
      if startsClause { found.append(Found(kind: .task, range: start..<(start + 2))) }
    }
    return found
  }
}
