/// The checked keys of one mapping.
public struct YAMLMapping {
  /// One allowed key with its value, in file order.
  struct Entry {
    var key: String
    var keyMark: YAMLMark?
    var value: YAMLValue
  }

  /// Mappings in scripts hold a handful of keys, so a list searched in order serves better
  /// than building a dictionary for each. When a key appears twice (which only Yams allows,
  /// for keys such as `1` and `"1"` that differ in type), the later one counts.
  let entries: [Entry]
  public let owner: YAMLValue
  /// Allowed keys that seem to be written under a misspelt name, so checks that follow from a
  /// missing key can stay quiet instead of reporting the same mistake twice.
  public let misspelt: Set<String>

  public var values: [String: YAMLValue] {
    Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { _, later in later })
  }
  public var keyLocations: [String: SourceLocation] {
    Dictionary(
      entries.map { ($0.key, owner.reader.location(of: $0.keyMark)) },
      uniquingKeysWith: { _, later in later })
  }
  /// Keys in the order they appear in the file.
  public var order: [String] { entries.map(\.key) }

  public subscript(key: String) -> YAMLValue? { entries.last { $0.key == key }?.value }
  public func has(_ key: String) -> Bool { entries.contains { $0.key == key } }
  public var location: SourceLocation { owner.location }
}
