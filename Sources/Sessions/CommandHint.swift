import Foundation
import Store

/// The session reference a printed hint ("To carry on later, type: carecoach resume ...")
/// gives, so that the command works when typed as shown.
///
/// A store chosen with `--store` is not where a later command looks by default, so the hint
/// names it: without it, the command would find no such conversation. One chosen with
/// `CARECOACH_STORE` is, in the same shell, so the hint is left short then. A server's
/// address is given as it was typed, without its password. The path is made absolute, since the person may type it from another folder,
/// and quoted for the shell when it holds anything but plain characters.
public enum CommandHint {
  public static func reference(
    _ id: String, storePath: String,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    let plainDefault = StoreLocation.defaultPath(environment: environment)
    if StoreLocation.isServer(storePath) {
      return storePath == plainDefault ? id : id + " --store " + shellQuoted(storePath)
    }
    let absolute = URL(fileURLWithPath: storePath).standardizedFileURL.path
    guard absolute != URL(fileURLWithPath: plainDefault).standardizedFileURL.path else {
      return id
    }
    return id + " --store " + shellQuoted(absolute)
  }

  /// `text` as one word for a POSIX shell: as it is when every character is safe there,
  /// otherwise in single quotes, with each single quote written as `'\''`.
  static func shellQuoted(_ text: String) -> String {
    let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./_-")
    if !text.isEmpty && text.allSatisfy(safe.contains) { return text }
    return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
