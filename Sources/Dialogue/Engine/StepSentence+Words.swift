// MARK: The words a step's read-back sentence is built with

extension StepSentence {
  /// Words that start a thing rather than a doing: "a stick", "my knees", "some water".
  static let thingOpenings: Set<String> = [
    "a", "an", "the", "some", "my", "me", "our", "his", "her", "their", "your", "this", "that",
    "these", "those", "any", "lots", "plenty",
  ]

  /// Food and drink a step may open with, as a thing to have in place of another: "water
  /// instead of a sweet drink", "fruit after tea".
  static let thingsToHave: Set<String> = [
    "water", "fruit", "veg", "vegetables", "salad", "tea", "coffee", "decaf", "milk", "juice",
    "squash", "porridge", "soup", "sweeteners", "sweetener", "nuts", "yoghurt", "yogurt",
    "apple", "apples", "banana", "bananas", "toast", "crackers", "oatcakes", "sugar", "diet",
  ]

  /// Amounts that make a doing with "have": "I will have no screens after ten", "I will have
  /// less sugar in my tea".
  static let haveOpenings: Set<String> = ["no", "less", "more", "fewer", "extra", "only"]

  /// Doing words people start a step with. A step that opens with none of these may still be
  /// one ("hoover the lounge"); only a thing with no doing in it is not.
  static let doingWords: Set<String> = [
    "walk", "go", "get", "take", "rest", "sit", "stand", "call", "ring", "phone", "text", "ask",
    "try", "use", "do", "make", "cook", "eat", "drink", "swim", "stretch", "sleep", "read",
    "write", "keep", "put", "check", "look", "see", "visit", "have", "cut", "swap", "stop",
    "start", "join", "book", "buy", "practise", "practice", "play", "dance", "garden", "clean",
    "wash", "move", "lift", "climb", "breathe", "meditate", "pray", "talk", "tell", "leave",
    "bring", "carry", "wear", "plan", "count", "weigh", "measure", "test", "skip", "avoid",
    "limit", "reduce", "spend", "learn", "listen", "watch", "lie", "nap", "jog", "run", "cycle",
    "ride", "hoover", "tidy", "shop", "fetch", "pick", "pop", "help", "meet", "bake", "fill",
    "drive", "catch", "note", "set", "switch", "turn", "open", "feed", "water", "mow",
    "sort", "throw", "pack", "post", "send", "email", "order", "collect", "attend", "show",
    "remember", "soak", "rub", "massage", "raise", "lower", "bend", "march", "step", "hold",
    "squeeze", "roll", "sweep", "dust", "iron", "knit", "sew", "paint", "draw", "sing",
    "enjoy", "relax", "chat", "add", "give", "be", "stay", "wake",
    "bath", "shower", "brush", "floss", "moisturise", "dry", "wait", "say", "find", "think",
    "exercise", "potter", "wander", "stroll", "hike", "swing", "lose", "gain", "quit",
  ]

  /// Things that are doings in themselves: "a short walk", "gentle knee exercises".
  static let doingThings: Set<String> = [
    "walk", "walks", "stroll", "swim", "swims", "exercise", "exercises", "stretch",
    "stretches", "class", "classes", "bath", "baths", "shower", "nap", "naps", "rest", "rests",
    "chat", "call", "calls", "game", "games", "dance", "ride", "jog", "run", "break", "breaks",
    "session", "sessions", "lesson", "lessons", "yoga", "pilates", "tai", "workout", "workouts",
    "movement", "movements", "moves", "drink", "glass", "cup", "visit", "visits", "trip",
    "trips", "lie", "meditation", "routine", "massage", "soak", "go", "look", "check",
  ]

  /// Words a part may start with that lose their capital mid-sentence: "After breakfast"
  /// reads "after breakfast", but "Tesco" and "Mary's" keep theirs.
  static let everydayOpenings: Set<String> = [
    "a", "an", "the", "my", "me", "our", "his", "her", "their", "your", "some", "every", "each",
    "once", "twice", "after", "before", "when", "while", "during", "first", "last", "next",
    "this", "that", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings",
    "night", "nights", "daily", "weekly", "weekdays", "weekends", "weekend", "home", "work",
    "outside", "inside", "breakfast", "lunch", "lunchtime", "dinner", "tea", "teatime",
    "bedtime", "half", "quarter", "all", "most", "whenever", "as", "until", "till", "just",
    "only", "day", "days", "week", "weeks", "lots", "few", "several", "couple", "bit", "little",
    "sometimes", "always", "usually", "often", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "twenty", "thirty", "fifteen", "forty", "fifty", "about",
    "around", "roughly", "at", "in", "on", "by", "near", "round", "to", "from", "up", "down",
    "with", "for", "anywhere", "somewhere", "everywhere", "there", "here", "indoors",
    "outdoors", "church", "school", "garden", "park", "kitchen", "shop", "shops", "upstairs",
    "downstairs", "early", "late", "midday", "noon", "mid", "hour", "hours", "minute",
    "minutes", "mins", "times", "time", "today", "tomorrow", "then", "later", "soon",
  ]

  /// Times of day said as a word, and how each follows the rest: "morning" reads "in the
  /// morning", "night" reads "at night".
  static let timeOfDay: [String: String] = [
    "morning": "in the morning", "mornings": "in the mornings", "afternoon": "in the afternoon",
    "afternoons": "in the afternoons", "evening": "in the evening",
    "evenings": "in the evenings", "night": "at night", "nights": "at night", "nite": "at night",
    "nites": "at night",
    "lunchtime": "at lunchtime", "teatime": "at teatime", "bedtime": "at bedtime",
    "weekend": "at the weekend", "weekends": "at weekends", "dinnertime": "at dinnertime",
    "breakfast": "at breakfast", "lunch": "at lunch", "tea": "at tea", "dinner": "at dinner",
  ]

  /// Places that read without "the": "at home", "at work", "at church".
  static let placesWithoutThe: Set<String> = [
    "home", "work", "church", "school", "college", "uni", "chapel", "mosque", "temple",
    "bed", "night", "sea", "mum's", "mums", "nan's", "nans",
  ]
}
