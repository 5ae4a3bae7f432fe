extension YAMLReader {
  // MARK: Places in the file: lines, columns and offsets inside a scalar

  func line(_ number: Int) -> [Character] {
    number >= 1 && number <= lines.count ? lines[number - 1] : []
  }

  /// The index in a line's characters of a column counted in Unicode scalars, as YAML does.
  func index(ofColumn column: Int, inLine number: Int) -> Int? {
    guard number >= 1 && number <= lines.count else { return nil }
    var scalars = 1
    for (index, character) in lines[number - 1].enumerated() {
      if scalars >= column { return index }
      scalars += character.unicodeScalars.count
    }
    return lines[number - 1].count
  }

  func column(ofIndex index: Int, inLine number: Int) -> Int {
    1 + line(number).prefix(index).reduce(0) { $0 + $1.unicodeScalars.count }
  }

  /// Where the character at `offset` of a scalar's value is written in the file.
  ///
  /// Offsets count the value's characters, but the file may spell them differently: escapes
  /// such as `\"`, doubled `''`, and folded lines with their indentation. So the value is
  /// walked beside the source, each value character matched to the next place it appears;
  /// characters written as escapes are simply passed over.
  func location(ofOffset offset: Int, in scalar: YAMLScalar, at mark: YAMLMark) -> SourceLocation {
    let value = Array(scalar.string)
    var lineNumber = mark.line
    guard var index = index(ofColumn: mark.column, inLine: mark.line) else {
      return location(of: mark).advanced(by: offset)
    }
    switch scalar.style {
    case .singleQuoted, .doubleQuoted:
      index += 1
    case .literal, .folded:
      lineNumber += 1
      index = 0
    default:
      break
    }
    /// Finds `wanted` at or after the position, within a short distance, without moving there.
    func find(_ wanted: Character) -> (line: Int, index: Int)? {
      var (number, position) = (lineNumber, index)
      for _ in 0..<40 {
        guard number <= lines.count else { return nil }
        let text = line(number)
        if position >= text.count {
          // The end of a line stands for a newline, or for the space a folded line becomes.
          if wanted == "\n" || wanted == " " { return (number, position) }
          number += 1
          position = 0
          continue
        }
        if text[position] == wanted
          || (wanted.isNewline && text[position].isNewline)
        {
          return (number, position)
        }
        position += 1
      }
      return nil
    }
    for character in value.prefix(offset) {
      if let (number, position) = find(character) {
        if position >= line(number).count {
          (lineNumber, index) = (number + 1, 0)
        } else {
          (lineNumber, index) = (number, position + 1)
        }
      }
    }
    if offset < value.count, let (number, position) = find(value[offset]) {
      (lineNumber, index) = (number, position)
    }
    return SourceLocation(
      file: file, line: lineNumber, column: column(ofIndex: index, inLine: lineNumber))
  }
}
