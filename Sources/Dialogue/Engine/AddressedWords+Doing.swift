/// Whether a professional's action starts with what they will do ("refer me to rehab"), or
/// only names it ("bloods again in 3 months", "a home visit").
extension AddressedWords {
  /// True when the first word is one a professional's action starts with: "will" can be said
  /// straight before it. A word not known here is taken as naming the thing, so the plan says
  /// "will: ..." rather than risk "will bloods".
  public static func startsWithDoing(_ words: String) -> Bool {
    guard
      let first = words.split(whereSeparator: \.isWhitespace).first?.lowercased()
        .trimmingCharacters(in: .punctuationCharacters)
    else { return true }
    if doing.contains(first) { return true }
    // "re-refer", "recheck", "rebook": the same doing, again.
    for prefix in ["re-", "re"] where first.hasPrefix(prefix) {
      if doing.contains(String(first.dropFirst(prefix.count))) { return true }
    }
    return false
  }

  /// Words an action of a professional's often starts with, as people type them.
  static let doing: Set<String> = [
    "add", "adjust", "advise", "agree", "also", "alter", "always", "answer", "apply",
    "arrange", "ask", "assess", "be", "book", "bring", "call", "cancel", "change", "chase",
    "check", "come", "confirm", "contact", "continue", "copy", "cut", "discuss", "do", "double",
    "drop", "email", "explain", "fax", "fill", "find", "follow", "get", "give", "go", "have",
    "help", "increase", "keep", "let", "look", "lower", "make", "measure", "meet", "message",
    "monitor", "move", "note", "offer", "order", "organise", "organize", "pass",
    "phone", "pop", "post", "prescribe", "print", "put", "raise", "reduce", "refer", "remind",
    "repeat", "request", "review", "ring", "run", "say", "see", "send", "set", "share", "show",
    "sign", "sort", "speak", "start", "stop", "swap", "switch", "take", "talk", "teach", "tell",
    "test", "text", "try", "turn", "update", "visit", "wait", "watch", "weigh", "write",
  ]
}
