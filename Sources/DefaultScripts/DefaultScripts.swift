import Foundation

/// The default Prompts/ files, compiled into the binary by the EmbedPrompts plugin.
///
/// Carrying them inside the binary means a copied `carecoach` needs no source tree beside it;
/// editing a file in Prompts/ and rebuilding changes what it says.
public enum DefaultScripts {
  /// File name (such as `care-planning.yaml`) to its text, for every embedded file.
  public static let files: [String: String] = {
    var files: [String: String] = [:]
    for entry in embeddedPromptFiles {
      if let data = Data(base64Encoded: entry.base64) {
        files[entry.name] = String(decoding: data, as: UTF8.self)
      }
    }
    return files
  }()

  /// The text of one embedded file, or nil when there is no such file.
  public static func text(of name: String) -> String? { files[name] }
}
