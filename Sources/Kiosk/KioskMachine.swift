import Foundation

extension KioskConfig.Machine {
  /// The machine the kiosk is starting on: programs found on its PATH, folders it can write.
  public static let current = KioskConfig.Machine(
    findProgram: { name in
      // Only full paths: a program found relative to the working folder could be anything.
      let candidates =
        name.contains("/")
        ? [name]
        : (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
          .split(separator: ":").filter { $0.hasPrefix("/") }.map { "\($0)/\(name)" }
      return candidates.first { path in
        var isDirectory: ObjCBool = false
        return path.hasPrefix("/")
          && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
          && !isDirectory.boolValue && access(path, X_OK) == 0
      }
    },
    canWriteFolder: { folder in
      var isDirectory: ObjCBool = false
      return FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory)
        && isDirectory.boolValue && access(folder, W_OK | X_OK) == 0
    })
}
