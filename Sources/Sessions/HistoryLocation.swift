import Crypto
import Foundation
import Kiosk
import Store

/// Where line history is kept between runs: beside the default store, in the same private
/// folder, whichever store `--store` chose.
///
/// A worker's laptop serves many clients, so in facilitator mode each client has a history of
/// their own and Up never brings back another client's answers. With no client reference there
/// is no telling clients apart, so nothing is kept between runs at all.
public enum HistoryLocation {
  public static func path(
    mode: String, clientRef: String?,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    let folder = SessionStore.dataFolder(environment: environment)
    guard mode == "facilitator" else { return folder + "/history" }
    guard let clientRef else { return nil }
    return folder + "/history-client-" + fileNamePart(clientRef)
  }

  /// The reference's SHA-256 in hexadecimal. A reference may hold any character, `/` and `..`
  /// included, and up to 400 bytes; its hash always names one file in the folder, of a fixed
  /// length, and does not show the reference to anyone listing the folder.
  static func fileNamePart(_ clientRef: String) -> String {
    Hex.encode(Array(SHA256.hash(data: Array(clientRef.utf8))))
  }
}
