import Foundation

extension SafetyReader {
  /// Reads Prompts/safety-reader.yaml; diagnostics carry file:line:column. The reader is nil
  /// when there is any error: half a set of weights would score every line wrongly.
  ///
  /// The file is written by Tests/safety/train.py in a fixed shape, read here line by line
  /// rather than as general YAML: it is large, and read at every start.
  ///
  ///     buckets: 262144
  ///     scale: 1000
  ///     threshold: 500
  ///     floor: 100
  ///     words: 3
  ///     categories:
  ///       chest-pain: "-3120 17:45 2301:-80 ..."     the bias, then bucket:weight pairs
  public static func load(text: String, file: String, categoryIDs: Set<String>? = nil) -> (
    reader: SafetyReader?, diagnostics: [Diagnostic]
  ) {
    var diagnostics: [Diagnostic] = []
    var numbers: [String: Int] = [:]
    var categories: [Category] = []
    var inCategories = false
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      let trimmed = line.drop { $0 == " " }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      let at = SourceLocation(file: file, line: index + 1, column: line.count - trimmed.count + 1)
      guard let colon = trimmed.firstIndex(of: ":") else {
        diagnostics.append(Diagnostic(at: at, "expected `key: value`, found \"\(trimmed)\""))
        continue
      }
      let key = String(trimmed[..<colon])
      let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      if line.first == " " {
        guard inCategories else {
          diagnostics.append(Diagnostic(at: at, "\(key) is indented but not under categories"))
          continue
        }
        if let ids = categoryIDs, !ids.contains(key) {
          diagnostics.append(
            Diagnostic(at: at, "\(key) is not a category of the safety file"))
        }
        switch category(key, value) {
        case .success(let category): categories.append(category)
        case .failure(let problem): diagnostics.append(Diagnostic(at: at, problem.text))
        }
        continue
      }
      inCategories = key == "categories"
      guard !inCategories else { continue }
      guard Self.numberKeys.contains(key) else {
        diagnostics.append(
          Diagnostic(
            at: at,
            "unknown key \(key) (expected buckets, scale, threshold, floor, words, categories)"))
        continue
      }
      guard let number = Int(value), number > 0 else {
        diagnostics.append(Diagnostic(at: at, "\(key) must be a whole number above 0"))
        continue
      }
      numbers[key] = number
    }
    let end = SourceLocation(file: file, line: 1, column: 1)
    for key in Self.numberKeys where numbers[key] == nil {
      diagnostics.append(Diagnostic(at: end, "\(key) is missing"))
    }
    guard diagnostics.isEmpty, let buckets = numbers["buckets"], let scale = numbers["scale"],
      let threshold = numbers["threshold"], let floor = numbers["floor"],
      let words = numbers["words"], buckets <= Int(UInt32.max)
    else { return (nil, diagnostics) }
    return (
      SafetyReader(
        buckets: UInt32(buckets), scale: scale, threshold: threshold, floor: floor,
        fewestWords: words, categories: categories),
      diagnostics
    )
  }

  private static let numberKeys = ["buckets", "scale", "threshold", "floor", "words"]

  /// One category's line: its bias, then `bucket:weight` pairs.
  private static func category(_ id: String, _ value: String) -> Result<Category, LoadMessage> {
    let unquoted = value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2
    guard unquoted else { return .failure(LoadMessage("\(id): expected the weights in quotes")) }
    let parts = value.dropFirst().dropLast().split(separator: " ")
    guard let first = parts.first, let bias = Int(first) else {
      return .failure(LoadMessage("\(id): expected a whole-number bias first"))
    }
    var weights: [UInt32: Int] = [:]
    weights.reserveCapacity(parts.count)
    for part in parts.dropFirst() {
      let pair = part.split(separator: ":")
      guard pair.count == 2, let bucket = UInt32(pair[0]), let weight = Int(pair[1]) else {
        return .failure(LoadMessage("\(id): \"\(part)\" is not bucket:weight"))
      }
      weights[bucket] = weight
    }
    return .success(Category(id: id, bias: bias, weights: weights))
  }

  /// A problem with one line of the file, as a sentence.
  struct LoadMessage: Error, ExpressibleByStringLiteral {
    let text: String
    init(_ text: String) { self.text = text }
    init(stringLiteral text: String) { self.text = text }
  }
}
