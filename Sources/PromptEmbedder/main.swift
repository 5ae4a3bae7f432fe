import Foundation

// Usage: PromptEmbedder OUTPUT.swift FILE...
//
// Each file is stored as base64 so that no content, whatever quotes or backslashes it holds,
// can break the generated Swift, and so the compiler sees one short literal per file instead of
// a large array literal, which would be slow to type-check.

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
  FileHandle.standardError.write(Data("usage: PromptEmbedder OUTPUT FILE...\n".utf8))
  exit(2)
}

var source = """
  // Generated from Prompts/ at build time. Do not edit.
  import Foundation

  let embeddedPromptFiles: [(name: String, base64: String)] = [

  """
for path in arguments.dropFirst() {
  let url = URL(fileURLWithPath: path)
  guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("PromptEmbedder: cannot read \(path)\n".utf8))
    exit(1)
  }
  source += "  (\"\(url.lastPathComponent)\", \"\(data.base64EncodedString())\"),\n"
}
source += "]\n"

do {
  try source.write(toFile: outputPath, atomically: true, encoding: .utf8)
} catch {
  FileHandle.standardError.write(
    Data("PromptEmbedder: cannot write \(outputPath): \(error)\n".utf8))
  exit(1)
}
