import Foundation
import GRDB

extension SQLiteSessionStore {
  /// Made once, by a migration (see `SessionStore.historySecret`).
  public func historySecret() throws(StoreError) -> [UInt8] {
    try read { db in
      let data = try Data.fetchOne(db, sql: "SELECT secret FROM history_secret LIMIT 1")
      return data.map(Array.init) ?? []
    }
  }
}
