// MARK: A yes or no with words of its own

extension AnswerReading {
  /// Words that only back up a yes or a no ("yes I did", "no thanks mate"): none of them is
  /// content worth keeping.
  static let acknowledgements: Set<String> = [
    "i", "did", "do", "have", "had", "got", "get", "am", "would", "will", "please", "thanks",
    "thank", "you", "ta", "go", "on", "ok", "okay", "sure", "definitely", "of", "course", "that",
    "thats", "its", "it", "is", "was", "right", "fine", "good", "great", "lovely", "yeah", "yes",
    "no", "not", "dont", "didnt", "think", "so", "one", "a", "the", "like", "love", "mate",
    "really", "pal", "very", "much", "cheers", "id", "ill", "be", "nice", "lot", "lots",
    "already", "then", "again", "yep", "nope", "nah", "havent", "wasnt", "isnt", "can", "could",
    "alright", "all", "now", "today", "yet", "at", "moment", "yeh", "yh", "aye", "ya", "we",
    "me", "them", "they", "there", "well", "oh", "erm", "um", "just", "wouldnt", "dont", "im",
    "sounds", "why", "by", "way", "x", "xx", "lol", "haha", "wrong", "bit", "own", "thing",
    "things", "idea", "ideas", "myself", "mine", "something", "else", "my",
    // A worker's "no she has her own idea": about the client, and still only backing up the no.
    "ive", "she", "he", "has", "her", "his", "their", "shes", "hes", "theyve", "theyre", "herself",
    "himself", "themselves",
  ]

  /// Words after a yes or no that only back it up, taken off the front of what it says
  /// besides: "yes I got one about my kidneys" says "about my kidneys".
  static let leadingAcknowledgements: Set<String> = [
    "i", "did", "got", "get", "have", "had", "one", "it", "its", "thats", "was", "do", "ok",
    "okay", "please", "thanks", "ta", "well", "yes", "yeah", "yeh", "no", "nope", "but", "though",
    "although", "i've", "ive", "id", "ill", "so", "then", "like", "love", "want", "wanna", "to",
    "would",
  ]

  /// A line read as a yes or no and the words it says besides: "no. take a stick and walk to
  /// the shop" is no, with "take a stick and walk to the shop". `reply` is the yes or no the
  /// line opens with (nil when it opens with neither); `content` is the rest as typed, or the
  /// whole line when it opens with neither, and nil when it adds nothing but acknowledgement.
  ///
  /// A bare "no" run straight into a thing ("no telly after 10", "no crisps") is the content
  /// itself, not a no with content: taking the "no" off would turn the person's words round.
  /// `doings` are the words that make it a no followed by a doing instead ("no take a stick").
  public static func yesNoContent(
    _ text: String, doings: Set<String> = []
  ) -> (reply: Bool?, content: String?) {
    let typed = text.split(whereSeparator: \.isWhitespace).map(String.init)
    var words: [String] = []
    var owner: [Int] = []
    for (index, piece) in typed.enumerated() {
      for word in plainWords(piece) {
        words.append(word)
        owner.append(index)
      }
    }
    guard !words.isEmpty else { return (nil, nil) }
    var start = 0
    while start < words.count - 1 && leadingFiller.contains(words[start]) { start += 1 }
    let length = max(
      longestPhrase(noPhrases, in: words, at: start),
      longestPhrase(yesPhrases, in: words, at: start))
    let reply = length > 0 ? readYesNo(text) : nil
    if length > 0 && reply == nil { return (nil, nil) }
    let from = length > 0 ? start + length : 0
    guard from < words.count else { return (reply, nil) }
    // "no change": the no says it all; "change" is no words of its own to keep.
    if reply == false,
      Array(words[from...]).allSatisfy({ ["change", "changes", "there"].contains($0) })
    {
      return (reply, nil)
    }
    if reply == false, length == 1, words[start] == "no", typed[owner[start]].lowercased() == "no",
      !leadingAcknowledgements.contains(words[from]), !acknowledgements.contains(words[from]),
      !doings.contains(words[from])
    {
      return (reply, typed[owner[start]...].joined(separator: " "))
    }
    // The content starts at the first typed piece after the yes or no.
    let firstPiece = length > 0 ? owner[from - 1] + 1 : 0
    guard firstPiece < typed.count else { return (reply, nil) }
    var rest = Substring(typed[firstPiece...].joined(separator: " "))
    while let first = rest.first, first.isWhitespace || ",.;:-!".contains(first) {
      rest = rest.dropFirst()
    }
    let said = plainWords(String(rest)).filter { !acknowledgements.contains($0) }
    guard !said.isEmpty else { return (reply, nil) }
    // "yeh got one about me kidneys": the words that only back up the yes go too.
    if length > 0 {
      var pieces = rest.split(separator: " ").map(String.init)
      while pieces.count > 1,
        plainWords(pieces[0]).allSatisfy(leadingAcknowledgements.contains)
      {
        pieces.removeFirst()
      }
      rest = Substring(pieces.joined(separator: " "))
      while let first = rest.first, ",.;:-!".contains(first) || first.isWhitespace {
        rest = rest.dropFirst()
      }
    }
    return (reply, String(rest))
  }
}

// MARK: What is asked for, without the asking

extension AnswerReading {
  /// Words that open a request for another of something ("set one about", "have another
  /// goal for"), longest first: what follows them is the thing itself.
  static let requestOpenings: [[String]] = {
    let verbs = ["set", "make", "have", "add", "do", "get", "pick", "choose", "start"]
    let things = [
      ["another", "one"], ["a", "new", "one"], ["a", "new", "goal"], ["another", "goal"],
      ["a", "goal"], ["one", "more"], ["another"], ["one"],
    ]
    let links = [["to", "do", "with"], ["about"], ["on"], ["for"], ["around"], ["with"], []]
    var openings: [[String]] = []
    for verb in verbs {
      for thing in things {
        for link in links { openings.append([verb] + thing + link) }
      }
    }
    for thing in things {
      for link in links where !link.isEmpty { openings.append(thing + link) }
    }
    // "yes, one about my sugar" reaches here as "about my sugar".
    openings += [["about"], ["to", "do", "with"]]
    return openings.sorted { $0.count > $1.count }
  }()
  static let requestEndings: [[String]] = [
    ["as", "well"], ["too"], ["also"], ["please"], ["thanks"], ["as", "well", "please"],
  ].sorted { $0.count > $1.count }

  /// The thing asked for, without the asking: "set one about my mood as well" is "my mood".
  /// Words that are not a request come back as they were.
  public static func withoutRequest(_ text: String) -> String {
    var typed = text.split(whereSeparator: \.isWhitespace).map(String.init)
    func plain(_ pieces: ArraySlice<String>) -> [String] { pieces.flatMap(plainWords) }
    for opening in requestOpenings where typed.count > opening.count {
      if plain(typed.prefix(opening.count)) == opening {
        typed.removeFirst(opening.count)
        break
      }
    }
    for ending in requestEndings where typed.count > ending.count {
      if plain(typed.suffix(ending.count)) == ending {
        typed.removeLast(ending.count)
        break
      }
    }
    let result = typed.joined(separator: " ")
      .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
    return result.isEmpty ? text : result
  }
}
