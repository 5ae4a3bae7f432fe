import Foundation

/// The password file libpq reads (`~/.pgpass`, or `PGPASSFILE`): lines of
/// `host:port:database:user:password`, where `*` matches anything, `\:` and `\\` stand for a
/// colon and a backslash, and the first line that matches wins.
///
/// The file is ignored, as libpq ignores it, when its group or others may read it: a password
/// anyone could read is no password, and using it would hide that from the person.
enum PasswordFile {
  static func password(
    environment: [String: String], host: String, port: Int, database: String, user: String
  ) -> String? {
    let path =
      environment["PGPASSFILE"]
      ?? (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory())
      + "/.pgpass"
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      status.st_mode & 0o077 == 0,
      let text = try? String(contentsOfFile: path, encoding: .utf8)
    else { return nil }
    return password(in: text, host: host, port: port, database: database, user: user)
  }

  /// The password of the first line of `text` that matches. A socket folder is matched by its
  /// path or by `localhost`, as libpq matches it.
  static func password(in text: String, host: String, port: Int, database: String, user: String)
    -> String?
  {
    let hosts = host.hasPrefix("/") ? [host, "localhost"] : [host]
    for line in text.split(whereSeparator: \.isNewline) {
      guard !line.hasPrefix("#") else { continue }
      let fields = Self.fields(of: String(line))
      guard fields.count == 5 else { continue }
      func matches(_ field: String, _ values: [String]) -> Bool {
        field == "*" || values.contains(field)
      }
      if matches(fields[0], hosts) && matches(fields[1], [String(port)])
        && matches(fields[2], [database]) && matches(fields[3], [user])
      {
        return fields[4]
      }
    }
    return nil
  }

  /// The fields of one line, split at colons that are not escaped.
  static func fields(of line: String) -> [String] {
    var fields: [String] = []
    var current = ""
    var escaped = false
    for character in line {
      if escaped {
        current.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":" && fields.count < 4 {
        fields.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    fields.append(current)
    return fields
  }
}
