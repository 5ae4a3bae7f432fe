import Foundation

/// Splits SQL text into statements at semicolons that end one: not those inside quotes, a
/// dollar-quoted function body or a comment. The extended protocol postgres-nio speaks takes
/// one statement at a time.
enum SQLStatements {
  static func split(_ text: String) -> [String] {
    var statements: [String] = []
    var current = ""
    var characters = Array(text)[...]
    var dollarTag: String?
    var inQuote = false
    while let character = characters.popFirst() {
      if let tag = dollarTag {
        current.append(character)
        if character == "$", current.hasSuffix(tag) { dollarTag = nil }
        continue
      }
      if inQuote {
        current.append(character)
        if character == "'" { inQuote = false }
        continue
      }
      switch character {
      case "'":
        inQuote = true
        current.append(character)
      case "-" where characters.first == "-":
        while let next = characters.first, next != "\n" { characters.removeFirst() }
      case "$":
        let rest = characters.prefix { $0 != "$" && ($0.isLetter || $0 == "_") }
        if characters.dropFirst(rest.count).first == "$" {
          let tag = "$" + String(rest) + "$"
          characters.removeFirst(rest.count + 1)
          current += tag
          dollarTag = tag
        } else {
          current.append(character)
        }
      case ";":
        let statement = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !statement.isEmpty { statements.append(statement) }
        current = ""
      default:
        current.append(character)
      }
    }
    let last = current.trimmingCharacters(in: .whitespacesAndNewlines)
    if !last.isEmpty { statements.append(last) }
    return statements
  }
}
