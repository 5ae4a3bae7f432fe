import Foundation
import Store

/// The secret that names a server store's history files on this computer.
///
/// History files are kept on the worker's own computer, so the key behind their names is kept
/// there too, in the data folder, readable by its owner only: the organisation's server has no
/// need to hand every worker a key of its own.
enum LocalHistorySecret {
  static let fileName = "history-secret"

  /// The secret in `folder`, made the first time it is asked for.
  static func secret(in folder: String) throws -> [UInt8] {
    let path = folder + "/" + fileName
    if let kept = FileManager.default.contents(atPath: path), kept.count == 32 {
      return Array(kept)
    }
    var generator = SystemRandomNumberGenerator()
    let fresh = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    guard
      FileManager.default.createFile(
        atPath: path, contents: Data(fresh), attributes: [.posixPermissions: 0o600])
    else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
    }
    return fresh
  }
}
