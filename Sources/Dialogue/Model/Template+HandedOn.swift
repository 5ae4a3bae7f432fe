// MARK: What another role will do, said as theirs

extension Template {
  /// "So {{professional_name}} will {{answer | spoken-of}}." with an action handed to another
  /// role ("pharmacist to put her tablets in a blister pack") read "So Sam Patel will
  /// pharmacist to put ...", saying the professional would do what the pharmacist will. Such
  /// an action is said as the role's own ("So the pharmacist will put ..."), beside any the
  /// professional will do themselves. `output` is the text so far, and `doerAt` where the
  /// placeholder before began; nil (render as usual) unless the text so far ends "will " or
  /// "will also " after that placeholder, a voice filter is used, and an action is handed on.
  static func handedOnSaid(
    _ filters: [Filter], _ value: TemplateValue?, after output: String, doerAt: Int?
  ) -> String? {
    guard let doerAt, filters.contains(.spokenOf) || filters.contains(.addressed) else {
      return nil
    }
    let items: [String]
    switch value {
    case .text(let words)?: items = [words]
    case .list(let list)?: items = list
    case nil: return nil
    }
    let handed = items.map { AddressedWords.handedOn($0) }
    guard handed.contains(where: { $0 != nil }) else { return nil }
    let also = " will also "
    let will = " will "
    let joint = output.hasSuffix(also) ? also : output.hasSuffix(will) ? will : nil
    guard let joint, doerAt <= output.count - joint.count else { return nil }
    let start = output.index(output.startIndex, offsetBy: doerAt)
    let doer = String(output[start..<output.index(output.endIndex, offsetBy: -joint.count)])
    guard !doer.isEmpty else { return nil }
    let ofThePerson = filters.contains(.spokenOf)
    func voice(_ words: String) -> String {
      ofThePerson ? AddressedWords.spokenOf(words) : AddressedWords.turned(words)
    }
    func doing(_ words: String) -> String {
      let said = voice(words)
      return AddressedWords.startsWithDoing(said) ? said : AddressedWords.namingFrame + said
    }
    var sentences: [String] = []
    let own = zip(items, handed).filter { $0.1 == nil }.map { voice($0.0) }
    if !own.isEmpty {
      let joined = join(own)
      let said =
        AddressedWords.startsWithDoing(joined) ? joined : AddressedWords.namingFrame + joined
      sentences.append(doer + joint + said)
    }
    for case (let role, let what)? in handed {
      let named = role.lowercased() == "gp" ? "GP" : role.lowercased()
      sentences.append("the \(named) will " + doing(what))
    }
    return String(output[..<start]) + join(sentences)
  }
}
