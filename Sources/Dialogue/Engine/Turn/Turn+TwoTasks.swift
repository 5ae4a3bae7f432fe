// MARK: Two things a professional will do, said in one line

extension Turn {
  /// "refer him to podiatry and check his sugars in 3 months", at what a professional will
  /// do: two tasks joined by "and", each opening with a doing. Kept as one, the plan gave the
  /// referral the sugars' 3-month date. The cut is shown and asked about, as an unsure list
  /// cut is; "no" keeps the line as one thing. Nil for one task ("check and adjust his
  /// tablets", "refer to podiatry and the falls team").
  static func twoTasks(in item: String, question: Question) -> [String]? {
    guard question.plan == .professionalActions || question.plan == .otherProfessionalActions,
      AddressedWords.startsWithDoing(item)
    else { return nil }
    let words = item.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    // The first "and" with a doing after it and at least two words on each side.
    for index in words.indices where index >= 2 && index + 2 < words.count {
      guard words[index].lowercased() == "and",
        AddressedWords.startsWithDoing(words[index + 1]),
        !AddressedWords.carriesOver.contains(words[index + 1].lowercased())
      else { continue }
      let first = words[..<index].joined(separator: " ")
        .trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
      let second = words[(index + 1)...].joined(separator: " ")
      return [first, second]
    }
    return nil
  }
}

extension AddressedWords {
  /// Doings that, after "and", usually go on with the same task ("check and adjust", "have a
  /// look and see"): no second task starts with them.
  static let carriesOver: Set<String> = ["be", "do", "have", "let", "see", "also", "then", "get"]
}
