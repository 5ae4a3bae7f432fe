import Foundation
import TestSupport
import Testing

@testable import Dialogue

@Suite("Glossary: loading")
struct GlossaryLoadingTests {
  @Test("the built-in glossary loads with no problems at all and has at least 40 terms")
  func builtInLoads() throws {
    let text = UnderstandingFixtures.text("Prompts/glossary.yaml")
    try #require(!text.isEmpty)
    let result = Glossary.load(yaml: text, file: "Prompts/glossary.yaml")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
    let glossary = try #require(result.glossary)
    #expect(glossary.entries.count >= 40)
    for required in [
      "hba1c", "blood-pressure", "cholesterol", "egfr", "bmi", "statins", "metformin",
      "blood-sugar", "insulin", "type-2-diabetes", "hypertension", "kidney-function", "urine-acr",
      "foot-check", "retinal-screening", "ldl", "hdl", "triglycerides", "creatinine", "tsh",
      "thyroid", "copd", "spirometry", "inhaler", "peak-flow", "oxygen-saturation",
      "heart-failure", "atrial-fibrillation", "angina", "ecg", "inr", "anticoagulant",
      "ace-inhibitor", "diuretic", "care-plan", "care-and-support-planning", "social-prescriber",
      "plan-review", "year-of-care",
    ] {
      #expect(glossary.entry(required) != nil, "no term \(required)")
    }
  }

  @Test("a small glossary loads term by term")
  func smallGlossary() throws {
    let yaml = """
      terms:
        - id: hba1c
          term: HbA1c
          kind: test
          synonyms: [a1c, sugar test]
          explanation: >-
            HbA1c is a blood test.
            It shows your blood sugar over time.
      ordinary-words: [station]
      """
    let result = Glossary.load(yaml: yaml, file: "g.yaml")
    #expect(result.diagnostics.isEmpty)
    let entry = try #require(result.glossary?.entry("hba1c"))
    #expect(entry.term == "HbA1c")
    #expect(entry.kind == .test)
    #expect(entry.synonyms == ["a1c", "sugar test"])
    #expect(entry.explanation == "HbA1c is a blood test. It shows your blood sugar over time.")
  }

  func messages(_ yaml: String) -> [String] {
    Glossary.load(yaml: yaml, file: "g.yaml").diagnostics.map(\.description)
  }

  @Test("an unknown key is named, with the nearest key and the keys allowed")
  func unknownKey() {
    let yaml = """
      terms:
        - id: bmi
          term: BMI
          kind: result
          synonym: [body mass index]
          explanation: BMI is a number.
      """
    #expect(
      messages(yaml) == [
        "g.yaml:5:5: error: unknown key 'synonym' in a term; did you mean 'synonyms'?; "
          + "expected one of: id, term, kind, synonyms, explanation, again"
      ])
    #expect(Glossary.load(yaml: yaml, file: "g.yaml").glossary == nil)
  }

  @Test("a misspelt top-level key and a missing explanation")
  func topLevelAndMissing() {
    #expect(
      messages("term:\n  - id: a\n") == [
        "g.yaml:1:1: error: unknown key 'term' in the glossary; did you mean 'terms'?; "
          + "expected one of: terms, ordinary-words"
      ])
    #expect(
      messages("terms:\n  - id: bmi\n    term: BMI\n    kind: result\n") == [
        "g.yaml:2:5: error: a term needs the key 'explanation'"
      ])
  }

  @Test("duplicate ids and names shared by two terms are errors that point at both places")
  func duplicates() {
    let yaml = """
      terms:
        - id: bmi
          term: BMI
          kind: result
          explanation: BMI is a number.
        - id: bmi
          term: Body mass index
          kind: result
          explanation: The same again.
        - id: weight
          term: weight
          kind: result
          synonyms: [Bmi]
          explanation: How heavy you are.
      """
    #expect(
      messages(yaml) == [
        "g.yaml:6:9: error: duplicate term id 'bmi': it is already declared at g.yaml:2:9",
        "g.yaml:13:16: error: 'Bmi' already names the term 'bmi' (at g.yaml:3:11); "
          + "a word or phrase may name one term only",
      ])
  }

  @Test("an unknown kind gets a did-you-mean; a name listed twice is a warning")
  func kindAndRepeats() {
    let yaml = """
      terms:
        - id: ecg
          term: ECG
          kind: tset
          synonyms: [ecgs, heart trace]
          explanation: An ECG records your heartbeat.
      """
    #expect(
      messages(yaml) == [
        "g.yaml:4:11: error: unknown kind 'tset'; did you mean 'test'?; expected one of: "
          + "test, result, condition, medicine, check, care, word",
        "g.yaml:5:16: warning: 'ecgs' is listed twice for 'ecg' (letter case and plurals are "
          + "matched already)",
      ])
  }

  @Test("an explanation of more than three sentences is a warning")
  func longExplanation() {
    let yaml = """
      terms:
        - id: bmi
          term: BMI
          kind: result
          explanation: One. Two. Three. Four.
      """
    #expect(
      messages(yaml) == [
        "g.yaml:5:18: warning: the explanation of 'bmi' has 4 sentences; keep it to one to "
          + "three short sentences"
      ])
  }
}

@Suite("Glossary: finding terms")
struct GlossaryLookupTests {
  let glossary = BuiltIn.glossary

  @Test("every name of every term finds its term, in any letter case")
  func everyName() {
    #expect(glossary.entries.count >= 40)
    for entry in glossary.entries {
      for name in entry.names {
        #expect(glossary.entry(named: name)?.id == entry.id, "\(name)")
        #expect(glossary.entry(named: name.uppercased())?.id == entry.id, "\(name)")
        #expect(glossary.entries(in: "my \(name) result").map(\.id) == [entry.id], "\(name)")
      }
    }
  }

  @Test("each term can be asked about in the usual ways")
  func phrasings() {
    for entry in glossary.entries {
      let term = entry.term
      for line in [
        "what is \(term)?", "What's \(term)", "whats \(term)", "what does \(term) mean?",
        "what is the \(term)", "what are \(term)", "explain \(term)", "can you explain \(term)",
        "tell me about \(term)", "Can you tell me about \(term) please?",
        "I don't know what \(term) means", "\(term)?", "what is meant by \(term)",
      ] {
        let question = glossary.question(in: line)
        #expect(question?.entries.map(\.id) == [entry.id], "\(line)")
      }
    }
  }

  @Test("small slips in longer words are forgiven")
  func typos() {
    let cases: [(String, String)] = [
      ("metfromin", "metformin"), ("colesterol", "cholesterol"), ("statens", "statins"),
      ("insulen", "insulin"), ("spirometery", "spirometry"), ("triglicerides", "triglycerides"),
      ("creatinene", "creatinine"), ("diuretik", "diuretic"), ("hypertention", "hypertension"),
      ("anticoagulent", "anticoagulant"), ("atrial fibrilation", "atrial-fibrillation"),
      ("inhailer", "inhaler"), ("blood presure", "blood-pressure"),
      ("heart failur", "heart-failure"),
      ("retinal screning", "retinal-screening"), ("oxygen saturaton", "oxygen-saturation"),
      ("prediabetis", "prediabetes"), ("spirometri", "spirometry"), ("thyriod", "thyroid"),
      ("kidney funtion", "kidney-function"), ("social prescibers", "social-prescriber"),
      ("hba1", "hba1c"), ("hbaic", "hba1c"), ("a1c", "hba1c"), ("sugar test", "hba1c"),
      ("efgr", "egfr"), ("type two diabetes", "type-2-diabetes"), ("angena", "angina"),
    ]
    for (typed, id) in cases {
      #expect(glossary.question(in: "what is \(typed)?")?.entries.map(\.id) == [id], "\(typed)")
    }
  }

  @Test("the longest name wins, and everyday words are not taken for terms")
  func longestAndOrdinary() {
    #expect(glossary.entries(in: "type 2 diabetes").map(\.id) == ["type-2-diabetes"])
    #expect(glossary.entries(in: "diabetes").map(\.id) == ["diabetes"])
    #expect(glossary.entries(in: "high blood pressure").map(\.id) == ["hypertension"])
    #expect(glossary.entries(in: "my HbA1c and eGFR").map(\.id) == ["hba1c", "egfr"])
    #expect(glossary.entries(in: "the bus station").isEmpty)
    #expect(glossary.entries(in: "I can't inhale").isEmpty)
    #expect(glossary.entries(in: "walking the dog").isEmpty)
  }

  @Test("a question about an unknown thing is still a question; a sentence is not")
  func unknownAndSentences() {
    #expect(glossary.question(in: "what is a frobnicator?")?.entries == [])
    #expect(glossary.question(in: "what is a frobnicator?")?.words == "a frobnicator")
    #expect(glossary.question(in: "what are my options") != nil)
    for line in [
      "what is important to me is my family", "what is wrong with me", "what is going on",
      "what is it", "my garden", "walking the dog", "yes", "what",
    ] {
      #expect(glossary.question(in: line) == nil, "\(line)")
    }
  }

  @Test("an empty glossary recognises nothing")
  func empty() {
    #expect(Glossary.empty.question(in: "what is HbA1c?") == nil)
    #expect(Glossary.empty.explanation(for: "HbA1c") == nil)
  }

  @Test("finding terms does not slow down as the glossary grows")
  func scales() {
    var entries = BuiltIn.glossary.entries
    for index in 0..<5000 {
      entries.append(
        .init(
          id: "made-up-\(index)", term: "zq\(index) word", kind: .test, synonyms: [],
          explanation: "A made-up word."))
    }
    let large = Glossary(entries: entries)
    #expect(large.question(in: "what is hba1c")?.entries.map(\.id) == ["hba1c"])
    #expect(large.entries(in: "zq4999 word").map(\.id) == ["made-up-4999"])
  }
}

@Suite("Glossary: in a conversation")
struct GlossaryConversationTests {
  static let yaml = """
    id: tiny
    version: "1"
    title: Tiny
    sections:
      - id: one
        title: One
        questions:
          - id: name
            text: What is your name?
            label: name
          - id: matters
            text: What matters to you?
            label: what matters
          - id: asks
            text: What would you like to know?
            kind: list
            plan: informationNeeds
    """

  let engine: Engine

  init() throws {
    let script = try #require(loadScript(GlossaryConversationTests.yaml))
    engine = Engine(script: script, lexicon: Lexicon(concepts: []), glossary: BuiltIn.glossary)
  }

  func hba1c() -> String { BuiltIn.glossary.entry("hba1c")!.explanation }

  @Test("'what is X' at any point explains, keeps the question and asks the same question again")
  func anyPoint() {
    let asked = converse(engine, ["Sam", "what's HbA1c?"])
    let baseline = converse(engine, ["Sam", "repeat"])
    let last = Array(asked.outputs.suffix(3))
    #expect(
      last == [
        .say(hba1c()), .say(Phrases.glossaryKept),
        .ask(
          Prompt(
            key: AnswerKey("matters"), text: "What matters to you?", kind: .text, choices: [],
            hint: nil)),
      ])
    #expect(
      asked.state.planAdditions == [
        PlanAddition(
          field: .informationNeeds, text: "what's HbA1c?", rule: "glossary",
          at: testNow.addingTimeInterval(120))
      ])
    var withoutAddition = asked.state
    withoutAddition.planAdditions = []
    #expect(withoutAddition.explainedTerms == ["hba1c"])
    withoutAddition.explainedTerms = []
    #expect(withoutAddition == baseline.state)
  }

  @Test("asking at the very first question, and asking twice, keeps one question")
  func firstQuestionAndTwice() {
    let result = converse(engine, ["explain statins", "explain statins", "Sam"])
    #expect(result.state.planAdditions.map(\.text) == ["explain statins"])
    #expect(result.state.value("name") == .text("Sam"))
    #expect(result.outputs.text.contains("Statins are tablets"))
  }

  @Test("an unknown term gets a kind reply and is still kept as a question")
  func unknown() {
    let result = converse(engine, ["Sam", "what is a frobnicator?"])
    #expect(result.outputs.suffix(2).first == .say(Phrases.glossaryUnknown))
    #expect(
      Phrases.glossaryUnknown.hasPrefix(
        "I don't have an explanation for that. It is a good one to ask at your appointment"))
    #expect(result.state.planAdditions.map(\.text) == ["what is a frobnicator?"])
    #expect(result.state.current == AnswerKey("matters"))
  }

  @Test("a sentence that starts 'what is' is an answer, not a question")
  func sentenceIsAnAnswer() {
    let result = converse(engine, ["Sam", "what is important to me is my family"])
    #expect(result.state.value("matters") == .text("what is important to me is my family"))
    #expect(result.state.planAdditions.isEmpty)
  }

  @Test("in a question that collects things to ask, known words are explained at once")
  func collectingQuestion() {
    let result = converse(engine, ["Sam", "family", "what is HbA1c, my eGFR", "done"])
    let text = result.outputs.text
    #expect(text.contains(hba1c()))
    #expect(text.contains(BuiltIn.glossary.entry("egfr")!.explanation))
    #expect(text.contains(Phrases.glossaryKeptHere))
    #expect(result.state.value("asks") == .list(["what is HbA1c", "my eGFR"]))
    #expect(result.state.planAdditions.isEmpty)
  }

  @Test("a word is explained once a conversation; said again unasked, it is only named")
  func explainedOnce() {
    let inputs = [
      "what is HbA1c?", "Sam", "family", "what is HbA1c", "my HbA1c was 58, is that bad?", "done",
    ]
    let result = converse(engine, inputs)
    let explanations = result.outputs.filter { $0 == .say(hba1c()) }
    #expect(explanations.count == 1)
    #expect(result.outputs.filter { $0 == .say("I explained HbA1c earlier.") }.count == 2)
    #expect(result.outputs.filter { $0 == .say(Phrases.glossaryKeptHere) }.count == 2)
    #expect(result.state.explainedTerms == ["hba1c"])
    // Asked for outright a second time, it is explained again: it was asked.
    let askedTwice = converse(engine, ["what is HbA1c?", "what is HbA1c?"])
    #expect(askedTwice.outputs.filter { $0 == .say(hba1c()) }.count == 2)
    // Replaying the same events gives the same words.
    #expect(converse(engine, inputs).outputs == result.outputs)
  }

  @Test("a worker is told the word was explained earlier in words for the worker")
  func explainedOnceToAWorker() {
    #expect(
      Phrases.glossaryExplainedEarlier(["TSH"], for: .facilitator) == "TSH was explained earlier.")
    #expect(
      Phrases.glossaryExplainedEarlier(["TSH", "eGFR"], for: .person)
        == "I explained TSH and eGFR earlier.")
  }

  @Test("without a glossary, 'what is X' is an answer as before")
  func noGlossary() throws {
    let script = try #require(loadScript(GlossaryConversationTests.yaml))
    let plain = Engine(script: script, lexicon: Lexicon(concepts: []))
    let result = converse(plain, ["what is HbA1c?"])
    #expect(result.state.value("name") == .text("what is HbA1c?"))
    #expect(result.state.planAdditions.isEmpty)
  }
}

@Suite("Glossary: the default conversation")
struct GlossaryDefaultScriptTests {
  @Test("the information section explains known words and keeps them as questions")
  func informationSection() throws {
    let script = try #require(BuiltIn.script)
    let engine = Engine(script: script, lexicon: BuiltIn.lexicon, glossary: BuiltIn.glossary)
    let inputs = [
      "1", "Sam", "diabetes", "done", "my wife", "a walk", "pain", "my garden", "yes",
      "HbA1c", "eGFR and statins", "done",
    ]
    let result = converse(engine, inputs)
    let text = result.outputs.text
    for id in ["hba1c", "egfr", "statins"] {
      #expect(text.contains(BuiltIn.glossary.entry(id)!.explanation), "\(id)")
    }
    #expect(text.contains("you can ask what it means at any time"))
    let answer = result.state.value("results_explain")
    #expect(answer == .list(["HbA1c", "eGFR and statins"]))
    #expect(result.state.current == AnswerKey("want_to_know"))
    #expect(result.state.planAdditions.isEmpty)
  }

  @Test("'what is X' works in the middle of the default conversation")
  func anyPointInDefault() throws {
    let script = try #require(BuiltIn.script)
    let engine = Engine(script: script, lexicon: BuiltIn.lexicon, glossary: BuiltIn.glossary)
    let result = converse(engine, ["1", "Sam", "what does blood pressure mean?"])
    #expect(result.outputs.text.contains("Blood pressure is how hard your blood pushes"))
    #expect(result.state.current == AnswerKey("conditions"))
    #expect(result.state.planAdditions.map(\.text) == ["what does blood pressure mean?"])
  }
}
