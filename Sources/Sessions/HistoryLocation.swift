import Crypto
import Foundation
import Kiosk
import Store

/// Where line history is kept between runs: in the default store's private folder, whichever
/// store `--store` chose.
///
/// A worker's laptop serves many clients, so in facilitator mode each client has a history of
/// their own and Up never brings back another client's answers. With no client reference there
/// is no telling clients apart, so nothing is kept between runs at all.
public enum HistoryLocation {
  /// The history file for a conversation in `mode`, for the client `clientRef` in facilitator
  /// mode, named with `store`'s secret. A client's file under the name earlier versions gave
  /// it is moved to the new name the first time, so no one loses their history.
  public static func path(
    mode: String, clientRef: String?, store: SessionStore,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(SessionError) -> String? {
    let folder = StoreLocation.dataFolder(environment: environment)
    guard mode == "facilitator" else { return folder + "/history" }
    guard let clientRef else { return nil }
    let secret = try SessionError.storeCall { try store.historySecret() }
    let path = folder + "/history-client-" + fileNamePart(clientRef, secret: secret)
    let files = FileManager.default
    for old in formerPaths(clientRef: clientRef, store: store, folder: folder)
    where files.fileExists(atPath: old) && !files.fileExists(atPath: path) {
      _ = rename(old, path)
    }
    return path
  }

  /// The names the client's history file had before: the plain SHA-256 of the first
  /// versions, and any name under a secret the store used before its present one (a server
  /// store named files with the server's secret before it kept one on this computer). A store
  /// that cannot say (the server away) gives only the first.
  static func formerPaths(clientRef: String, store: SessionStore, folder: String) -> [String] {
    let former = (try? store.formerHistoryNames(of: clientRef)) ?? []
    return ([oldFileNamePart(clientRef)] + former).map { folder + "/history-client-" + $0 }
  }

  /// Every history file that may hold the answers of a conversation in `mode` for
  /// `clientRef`: the one `path` gives, and any left under a former name.
  static func paths(
    mode: String, clientRef: String?, store: SessionStore,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(SessionError) -> [String] {
    guard
      let path = try path(mode: mode, clientRef: clientRef, store: store, environment: environment)
    else { return [] }
    guard mode == "facilitator", let clientRef else { return [path] }
    let folder = StoreLocation.dataFolder(environment: environment)
    return [path] + formerPaths(clientRef: clientRef, store: store, folder: folder)
  }

  /// The reference's HMAC-SHA256 under the store's secret, in hexadecimal. A reference may
  /// hold any character, `/` and `..` included; its code always names one file in the folder,
  /// of a fixed length, and no one without the store can tell which reference it stands for,
  /// even by trying guesses. The reference is taken as it is matched (`ClientReference.key`),
  /// so "C-104" and " c-104 " share one history as they share one caseload.
  static func fileNamePart(_ clientRef: String, secret: [UInt8]) -> String {
    let code = HMAC<SHA256>.authenticationCode(
      for: Array(ClientReference.key(clientRef).utf8), using: SymmetricKey(data: secret))
    return Hex.encode(Array(code))
  }

  /// The plain SHA-256 earlier versions named the file with, only to find such a file.
  static func oldFileNamePart(_ clientRef: String) -> String {
    Hex.encode(Array(SHA256.hash(data: Array(clientRef.utf8))))
  }
}
