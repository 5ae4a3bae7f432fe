/// Words around a statement that change what it means: said of the past ("years ago"), of a
/// worry or a "what if", of something now and then, or of the number of medicines to manage.
///
/// "I passed out" is news; "I passed out once years ago" is history, and "I worry I'll pass
/// out" is a worry. The safety net reads these frames to ask a check question instead of
/// showing a notice, or to let everyday words pass; like `Negation`, a frame reaches only as far
/// as its own clause. The table is the one place these words are kept: a new frame goes here,
/// with its kind, and each reader takes the kinds it needs.
enum Frames {
  /// What a frame says about the words in its clause.
  enum Kind: String, Sendable, CaseIterable {
    /// Over and done with: "years ago", "last year", "in 2019", "when I was young".
    case past
    /// Past, and said to be well since: "fine now", "better now", "not had one since".
    case resolved
    /// A worry about what might happen: "I worry about", "scared of", "in case".
    case worry
    /// A question about what would happen: "what if", "if I", "what should I do if".
    case hypothetical
    /// Something that comes and goes: "now and then", "on and off", "sometimes", or comes with
    /// the weather or tiredness ("in the cold", "when I'm tired").
    case occasional
    /// Brought on by effort: "when I walk up hill", "on the hills". A chest pain that comes
    /// with walking is one to ask about ("is it there now?") rather than a 999 call at once,
    /// but unlike the other frames it never lets words that ask first go: pain in the jaw and
    /// chest on walking still gets its question.
    case effort
    /// Long-standing, or with a known everyday cause: "with her copd", "for years", "always has
    /// been", "hay fever", "from the dentist".
    case chronic
    /// How many medicines there are to manage: "to keep track of", "tablets a day", "from
    /// the chemist".
    case medicinesBurden = "medicines-burden"
    /// A task someone plans to do about it, as a nurse or a worker notes it: "ring her monday
    /// about the ankle swelling", "refer to the heart failure nurse". It says what will be
    /// done, not that something is happening now. Found only where a clause starts (see
    /// `taskPhrases`).
    case task
  }

  /// Stands for any year written in digits, 1900 to 2099, in a phrase of the table.
  static let anyYear = "#year"
  /// Stands for any whole number written in digits, in a phrase of the table.
  static let anyNumber = "#number"

  /// Every frame phrase, in the words the tokenizer gives (lower case, contractions spelt out:
  /// "I'm" is "i am"), with its kind.
  static let phrases: [String: Kind] = [
    // Over and done with.
    "years ago": .past, "year ago": .past, "months ago": .past, "long time ago": .past,
    "long while ago": .past, "years back": .past, "last year": .past, "in #year": .past,
    "back in": .past, "when i was young": .past, "when i was younger": .past,
    "when i was a kid": .past, "when i was a child": .past, "when i was a teenager": .past,
    "when i was little": .past, "when i was at school": .past, "when i was #number": .past,
    "as a kid": .past, "as a child": .past, "as a teenager": .past, "as a baby": .past,
    "in my twenties": .past, "in my teens": .past, "in the past": .past, "used to": .past,
    "once when": .past, "once years": .past, "fainted once": .past, "passed out once": .past,
    "my childhood": .past, "died of": .past, "died from": .past, "passed away": .past,
    "by mistake once": .past, "before my": .past, "after my operation": .past,
    "last month": .past, "in january": .past, "in february": .past, "in march": .past,
    "in april": .past, "in may": .past, "in june": .past, "in july": .past, "in august": .past,
    "in september": .past, "in october": .past, "in november": .past, "in december": .past,
    // Past, and well since.
    "fine now": .resolved, "better now": .resolved, "ok now": .resolved, "okay now": .resolved,
    "well now": .resolved, "back to normal": .resolved, "grew back": .resolved,
    "not had one since": .resolved, "no problems since": .resolved, "been fine since": .resolved,
    "been well": .resolved, "been clear since": .resolved, "good place now": .resolved,
    "turned out to be": .resolved, "they sorted it": .resolved, "but i was fine": .resolved,
    "and i was fine": .resolved, "it was fine": .resolved, "still plays": .resolved,
    // A life lived long after, and feelings come through: "lived to 96", "a better place now".
    "lived to": .resolved, "better place now": .resolved, "made friends": .resolved,
    // Worry.
    "i worry": .worry, "worry about": .worry, "worried about": .worry, "worried that": .worry,
    "worried i": .worry, "worry i": .worry, "worrying about": .worry, "scared of": .worry,
    "scared about": .worry, "scared i": .worry, "afraid of": .worry, "frightened of": .worry,
    "terrified of": .worry, "nervous about": .worry, "in case": .worry, "fear of": .worry,
    "panic about": .worry, "dread": .worry, "i worry if": .worry, "worry my": .worry,
    "worried my": .worry, "scared the": .worry, "scared that": .worry, "afraid the": .worry,
    "will come back": .worry,
    // "I'll" typed without its apostrophe.
    "scared ill": .worry, "worried ill": .worry, "worry ill": .worry,
    // A question about what would happen.
    "what if": .hypothetical, "wat if": .hypothetical, "what happens if": .hypothetical,
    "what would happen if": .hypothetical, "what should i do if": .hypothetical,
    "what do i do if": .hypothetical, "if i had": .hypothetical, "if i got": .hypothetical,
    "if i get": .hypothetical, "if i ever": .hypothetical, "if he has": .hypothetical,
    "if she has": .hypothetical, "if my": .hypothetical, "would i": .hypothetical,
    "might i": .hypothetical, "how do i know if": .hypothetical,
    "what are the signs": .hypothetical,
    // Asking who to turn to if a feeling comes: "if I feel really low, who do I talk to?"
    "if i feel": .hypothetical, "if i start": .hypothetical, "if i started": .hypothetical,
    "if i am feeling": .hypothetical, "who do i talk to": .hypothetical,
    "who should i talk to": .hypothetical, "who can i talk to": .hypothetical,
    // Comes and goes.
    "now and then": .occasional, "now and again": .occasional, "on and off": .occasional,
    "off and on": .occasional, "from time to time": .occasional, "once in a while": .occasional,
    "comes and goes": .occasional, "sometimes": .occasional, "every so often": .occasional,
    "it passes": .occasional, "every winter": .occasional, "all winter": .occasional,
    "when i am tired": .occasional, "if i am tired": .occasional,
    "in the cold": .occasional, "when it is cold": .occasional, "in cold weather": .occasional,
    "in the damp": .occasional, "in winter": .occasional, "in the winter": .occasional,
    "in the heat": .occasional, "when it is hot": .occasional, "when it is humid": .occasional,
    "cold weather": .occasional, "the cold makes": .occasional, "the cold gets": .occasional,
    // What happens whenever a sugar runs low: a pattern known, not this moment.
    "when his sugar": .occasional, "when her sugar": .occasional, "when my sugar": .occasional,
    // Brought on by effort.
    "when i walk": .effort, "when i walk up": .effort, "walking up hill": .effort,
    "walking uphill": .effort, "when i go up": .effort, "up hills": .effort,
    "on hills": .effort, "when i climb": .effort, "when i do too much": .effort,
    "when i exercise": .effort, "when i rush": .effort,
    // A goal: "walking further without getting so out of breath" is what they hope for.
    "without getting": .effort, "without being": .effort,
    // Long-standing.
    "with her copd": .chronic, "with his copd": .chronic, "with her asthma": .chronic,
    "with his asthma": .chronic, "with her dementia": .chronic, "with his dementia": .chronic,
    "with my copd": .chronic,
    "with my asthma": .chronic, "for years": .chronic, "always has been": .chronic,
    "been like that for": .chronic, "they have been for": .chronic, "doctor checked": .chronic,
    "said it is": .chronic, "all my life": .chronic,
    "normal for me": .chronic, "always have": .chronic, "always had": .chronic,
    "with hay fever": .chronic, "hay fever": .chronic,
    "cold sore": .chronic, "from the dentist": .chronic, "after the dentist": .chronic,
    // Medicines to manage.
    "to keep track": .medicinesBurden, "keep track of": .medicinesBurden,
    "keep on top of": .medicinesBurden, "to keep up": .medicinesBurden,
    "to remember": .medicinesBurden, "tablets to take": .medicinesBurden,
    "pills to take": .medicinesBurden, "meds to take": .medicinesBurden,
    "medicines to take": .medicinesBurden, "to take at": .medicinesBurden,
    "to take in": .medicinesBurden, "a day": .medicinesBurden, "every day": .medicinesBurden,
    "every morning": .medicinesBurden, "in the morning": .medicinesBurden,
    "in the moring": .medicinesBurden, "at night": .medicinesBurden,
    "at dinner time": .medicinesBurden, "from the chemist": .medicinesBurden,
    "from the pharmacy": .medicinesBurden, "for the month": .medicinesBurden,
    "a chart": .medicinesBurden, "a spreadsheet": .medicinesBurden,
    "the chemist checks": .medicinesBurden, "appointments": .medicinesBurden,
    "i take": .medicinesBurden, "i have to take": .medicinesBurden,
    "i have to many": .medicinesBurden,
    "i have too many": .medicinesBurden, "i have so many": .medicinesBurden,
    "on so many": .medicinesBurden, "mix them up": .medicinesBurden,
    "i dont know wich": .medicinesBurden, "which is which": .medicinesBurden,
    "wich is wich": .medicinesBurden,
  ]

  /// One frame found in a line: its kind and where it is, in token indices.
  struct Found: Hashable, Sendable {
    var kind: Kind
    var range: Range<Int>
  }

  /// The phrases of the table by their first word, each as its words.
  private static let byFirstWord: [String: [([String], Kind)]] = {
    var index: [String: [([String], Kind)]] = [:]
    for (phrase, kind) in phrases {
      let words = phrase.split(separator: " ").map(String.init)
      index[words[0], default: []].append((words, kind))
    }
    return index
  }()

  /// Whether `word` stands where `expected` is written in a phrase.
  private static func fits(_ word: String, _ expected: String) -> Bool {
    switch expected {
    case anyYear:
      guard word.utf8.count == 4, let year = Int(word) else { return false }
      return (1900...2099).contains(year)
    case anyNumber: return !word.isEmpty && word.utf8.allSatisfy { (0x30...0x39).contains($0) }
    default: return word == expected
    }
  }

  /// Every frame phrase in `tokens`. A phrase never spans a clause break.
  static func find(in tokens: [Token]) -> [Found] {
    var found: [Found] = []
    for start in tokens.indices {
      for (words, kind) in byFirstWord[tokens[start].word] ?? []
      where start + words.count <= tokens.count {
        let matches = words.indices.allSatisfy { offset in
          (offset == 0 || !tokens[start + offset].startsClause)
            && fits(tokens[start + offset].word, words[offset])
        }
        if matches { found.append(Found(kind: kind, range: start..<(start + words.count))) }
      }
    }
    return found + tasks(in: tokens)
  }
}
