// The keys each part of a script may have, and the words authors often write for them.

extension ScriptLoader {
  static let topKeys = [
    "id", "version", "title", "description", "language", "sections", "rules", "easier",
  ]
  static let easierKeys = ["signals", "pause_minutes", "on_words", "off_words"]
  static let scaleWordKeys = ["text", "point"]
  static let sectionKeys = [
    "id", "title", "intro", "facilitator_intro", "facilitator_title", "when", "repeat",
    "questions",
  ]
  static let questionKeys = [
    "id", "text", "say", "facilitator", "label", "kind", "help", "facilitator_help", "when",
    "choices", "labels", "min", "max", "max_items", "future", "reprompts", "reflect", "plan",
    "strip", "decline", "plainly", "facilitator_plainly", "example", "why", "facilitator_why",
    "content_to", "content_means",
    "content_changes",
    "content_known",
    "read_back", "suggest", "optional", "in_words", "versions", "easy_choices",
    "fills_parts", "earlier", "same_as_before",
  ]
  static let choiceTakenBackKeys = ["choice", "was", "becomes"]
  static let statementKeys = ["id", "say", "facilitator", "when", "show"]
  static let choiceKeys = ["id", "text", "synonyms", "change", "facilitator"]
  static let repeatKeys = ["max", "while", "over"]
  static let groupKeys = ["group", "repeat", "sections"]
  static let reflectionKeys = ["text", "when", "facilitator"]
  static let wordingKeys = ["text", "when", "facilitator"]
  static let ruleKeys = [
    "id", "pattern", "priority", "say", "plan", "add", "jump", "flag", "consume",
  ]

  /// Words authors often write for a key, and the key they mean. Misspellings of these get the
  /// same "did you mean" as misspellings of the keys themselves.
  static let topAliases = [
    "name": "title", "questions": "sections", "rule": "rules", "easy": "easier",
    "easier_way": "easier",
  ]
  static let sectionAliases = [
    "name": "title", "items": "questions", "question": "questions", "condition": "when",
    "if": "when", "introduction": "intro",
  ]
  static let questionAliases = [
    "question": "text", "prompt": "text", "ask": "text", "type": "kind", "options": "choices",
    "answers": "choices", "condition": "when", "if": "when", "reprompt": "reprompts",
    "reflection": "reflect", "reflections": "reflect", "hint": "help", "minimum": "min",
    "maximum": "max", "scale_labels": "labels", "plain": "plainly", "simpler": "plainly",
    "in_other_words": "plainly", "for_example": "example", "examples": "example",
  ]
  static let statementAliases = [
    "text": "say", "message": "say", "condition": "when", "if": "when",
  ]
  static let choiceAliases = ["label": "text", "words": "synonyms", "aliases": "synonyms"]
  static let repeatAliases = [
    "times": "max", "until": "while", "condition": "while", "for_each": "over", "each": "over",
  ]
  static let reflectionAliases = ["say": "text", "if": "when", "condition": "when"]
  static let ruleAliases = ["match": "pattern", "reply": "say", "goto": "jump"]
}
