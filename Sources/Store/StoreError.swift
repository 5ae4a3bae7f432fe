import Foundation
import GRDB

/// What went wrong with the store: what CareCoach was doing, and the error that stopped it.
///
/// The cause is kept as it was thrown (GRDB's `DatabaseError`, or Foundation's error with the
/// system's error number inside), so a caller can tell a busy database or a full disk from a
/// damaged file and act on it; the words the person sees are made from it in one place,
/// `description`.
public enum StoreError: Error, CustomStringConvertible, Sendable {
  /// The folder the store goes in could not be made: a file in the way, no permission, no room.
  case cannotCreateFolder(path: String, folder: String, underlying: any Error)
  /// The database could not be opened or brought up to date.
  case cannotOpen(path: String, underlying: any Error)
  /// Reading from or writing to the open store failed.
  case failed(underlying: any Error)

  /// The error that stopped the store, as it was thrown.
  public var underlying: any Error {
    switch self {
    case .cannotCreateFolder(_, _, let error), .cannotOpen(_, let error), .failed(let error):
      return error
    }
  }

  public var description: String {
    switch self {
    case .cannotCreateFolder(let path, let folder, _):
      return "CareCoach cannot open its store at \(path): cannot create the folder \(folder)."
    case .cannotOpen(let path, let error):
      return "CareCoach cannot open its store at \(path): \(String(describing: error))."
    case .failed(let error):
      return "CareCoach could not save or read its store: \(String(describing: error))."
    }
  }

  /// SQLite's answer when its result code says why, such as `SQLITE_BUSY` or `SQLITE_FULL`.
  public var databaseResultCode: ResultCode? {
    (underlying as? DatabaseError)?.resultCode
  }

  /// The system's error number (`errno`) behind a file operation that failed, such as `ENOTDIR`
  /// or `ENOSPC`, found however deep Foundation wrapped it.
  public var posixErrorCode: Int32? { Self.posixErrorCode(in: underlying) }

  /// Whether another process holds the database: trying again later may well work.
  public var isBusy: Bool {
    databaseResultCode == .SQLITE_BUSY || databaseResultCode == .SQLITE_LOCKED
  }

  /// Whether the disk (or the file system's quota) is full: nothing can be saved until there
  /// is room, and trying again will not help.
  public var isDiskFull: Bool {
    databaseResultCode == .SQLITE_FULL || posixErrorCode == ENOSPC || posixErrorCode == EDQUOT
  }

  /// Whether the store's server could not be reached or stopped answering, as opposed to a
  /// statement it refused: the same write may well work once it is back.
  public var isConnectionLost: Bool {
    (underlying as? any ConnectionFailure)?.isConnectionLost ?? false
  }

  private static func posixErrorCode(in error: any Error) -> Int32? {
    if let posix = error as? POSIXError { return posix.code.rawValue }
    let bridged = error as NSError
    if bridged.domain == NSPOSIXErrorDomain { return Int32(bridged.code) }
    if let inner = bridged.userInfo[NSUnderlyingErrorKey] as? any Error {
      return posixErrorCode(in: inner)
    }
    return nil
  }
}

/// Two store errors are the same when they say the same thing: the same case, about the same
/// path, with causes that read alike. The cause itself is any `Error`, which cannot be compared.
extension StoreError: Equatable {
  public static func == (left: StoreError, right: StoreError) -> Bool {
    left.description == right.description
  }
}

/// An error a store's server connection can report, saying whether the connection itself was
/// lost. The file store has none; the server store's problems are one.
public protocol ConnectionFailure: Error {
  var isConnectionLost: Bool { get }
}
