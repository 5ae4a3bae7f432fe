import Foundation

/// Where the store is: a file on this computer, or an organisation's database server.
///
/// `--store` (or `CARECOACH_STORE`) takes either. An address that starts `postgresql://` or
/// `postgres://` names a server; anything else is the path of a SQLite file, as it always was.
public enum StoreLocation {
  /// Where the store lives when no `--store` or `CARECOACH_STORE` is given.
  public static func defaultPath(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let path = environment["CARECOACH_STORE"], !path.isEmpty { return path }
    return dataFolder(environment: environment) + "/carecoach.sqlite"
  }

  /// The folder CareCoach keeps a person's files in: `$XDG_DATA_HOME/carecoach`, else
  /// `~/.local/share/carecoach`.
  ///
  /// Home is `$HOME` when it is set, as every shell and the XDG specification take it, and
  /// the password database's entry only when it is not: `NSHomeDirectory()` on Linux reads
  /// the password database first, so a run with `HOME` pointed elsewhere (a test, `sudo -H`,
  /// a service account) would otherwise write into a home it was told not to use.
  public static func dataFolder(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let base = environment["XDG_DATA_HOME"], !base.isEmpty { return base + "/carecoach" }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.local/share/carecoach"
  }

  /// Whether `location` is a database server's address rather than a file's path.
  public static func isServer(_ location: String) -> Bool {
    let lowered = location.lowercased()
    return lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://")
  }
}
