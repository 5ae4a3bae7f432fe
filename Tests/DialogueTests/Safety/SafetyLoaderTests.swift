import Dialogue
import Foundation
import TestSupport
import Testing

@Suite("Safety file errors")
struct SafetyLoaderTests {
  func messages(_ yaml: String) -> [String] {
    SafetyRules.load(yaml: yaml, file: "safety.yaml").diagnostics.map(\.description)
  }

  let services = """
    services:
      - id: samaritans
        name: Samaritans
        contact: call 116 123
        say: Call Samaritans on 116 123.

    """

  @Test("an unknown service, level and group are named, with the nearest one")
  func unknownNames() {
    let yaml =
      services + """
        categories:
          - id: low
            title: Low
            level: suport
            message: Hello.
            signpost: [samaritan]
            patterns:
              - "feel {lowww}"
        """
    #expect(
      messages(yaml) == [
        "safety.yaml:9:12: error: unknown level 'suport'; did you mean 'support'?; expected one of: emergency, urgent, support, appointment",
        "safety.yaml:11:16: error: unknown service 'samaritan'; did you mean 'samaritans'?",
        "safety.yaml:13:16: error: unknown group 'lowww'",
      ])
  }

  @Test("a reader's gentle question for the person alone is named, where a worker's check is given")
  func readerCheckForTheWorker() {
    let yaml =
      services + """
        categories:
          - id: low
            title: Low
            level: support
            message: Hello.
            signpost: [samaritans]
            check: "Just to check: are you low?"
            facilitator-check: "Just to check: are they low?"
            reader-check: "Just to check: is anything happening right now that needs help today?"
            patterns: [very low]
        """
    #expect(
      messages(yaml) == [
        "safety.yaml:7:5: error: category 'low' has 'reader-check' and 'facilitator-check' but no 'facilitator-reader-check': a worker would be asked the person's own question"
      ])
  }

  @Test("a misspelt key gets a did-you-mean, and a missing key is named")
  func keys() {
    let yaml =
      services + """
        categories:
          - id: low
            titel: Low
            level: support
            message: Hello.
            signpost: [samaritans]
        """
    #expect(
      messages(yaml) == [
        "safety.yaml:8:5: error: unknown key 'titel' in a safety category; did you mean 'title'?; expected one of: id, name, title, level, message, gentle, signpost, kiosk, check, check-plainly, if-unsure, patterns, ask-first, clear-with, concepts, ignore-frames, facilitator-check, facilitator-check-plainly, reader-check, facilitator-reader-check",
        "safety.yaml:7:5: error: a safety category needs the key 'patterns'",
        "safety.yaml:7:5: error: category 'low' needs 'check': the question asked first when the words are unclear",
      ])
  }

  @Test("a category that shows help must list services; a broken pattern is placed exactly")
  func signpostAndPattern() {
    let yaml =
      services + """
        categories:
          - id: low
            title: Low
            level: support
            message: Hello.
            patterns: ["feel [so low"]
        """
    #expect(
      messages(yaml) == [
        "safety.yaml:7:5: error: category 'low' needs 'signpost': the services to show",
        "safety.yaml:7:5: error: category 'low' needs 'check': the question asked first when the words are unclear",
        "safety.yaml:11:22: error: '[' is not closed: add ']'",
      ])
  }

  @Test("duplicate ids are reported with the first place")
  func duplicates() {
    let yaml =
      services + """
          - id: samaritans
            name: Again
            contact: call 1
            say: Call.
        categories: []
        """
    #expect(
      messages(yaml) == [
        "safety.yaml:6:9: error: duplicate service id 'samaritans': it is already declared at safety.yaml:2:9"
      ])
  }

  @Test("a choice in round brackets needs one of its words, and is spelt out")
  func neededChoices() {
    #expect(
      SafetyRules.alternatives(of: "(skin|eyes) [has|have] gone yellow") == [
        "skin [has] gone yellow", "skin [have] gone yellow",
        "eyes [has] gone yellow", "eyes [have] gone yellow",
      ])
    #expect(SafetyRules.alternatives(of: "no choices here") == ["no choices here"])
  }

  @Test("round brackets that do not pair up are placed exactly")
  func unbalancedChoices() {
    let yaml =
      services + """
        categories:
          - id: low
            title: Low
            level: support
            message: Hello.
            signpost: [samaritans]
            check: "Just to check?"
            patterns: ["(so|very low", "so) low", "((a|b)|c)"]
        """
    #expect(
      messages(yaml) == [
        "safety.yaml:13:17: error: a '(' with no ')' after it: write choices as (a|b)",
        "safety.yaml:13:35: error: a ')' with no '(' before it",
        "safety.yaml:13:45: error: a '(' inside another: choices cannot be nested",
      ])
  }

  @Test("choices in brackets are spelt out")
  func alternatives() {
    #expect(
      SafetyRules.alternatives(of: "pain [going|moving] down [my|the] arm") == [
        "pain [going] down [my] arm", "pain [going] down [the] arm",
        "pain [moving] down [my] arm", "pain [moving] down [the] arm",
      ])
  }
}
