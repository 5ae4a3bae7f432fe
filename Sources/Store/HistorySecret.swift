import Foundation
import GRDB

extension SessionStore {
  /// This store's own random secret, for naming the history files of its clients so that
  /// no one can test a guessed reference against the names in the folder. Made once, by a
  /// migration, and never changed: a new secret would lose every client's history.
  public func historySecret() throws(StoreError) -> [UInt8] {
    try read { db in
      let data = try Data.fetchOne(db, sql: "SELECT secret FROM history_secret LIMIT 1")
      return data.map(Array.init) ?? []
    }
  }
}
