import Foundation
import PackagePlugin

/// Compiles every file of the package's Prompts/ folder into the target that uses this plugin,
/// so a copied binary runs the default conversation with no source tree beside it.
@main
struct EmbedPrompts: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let promptsDirectory = context.package.directoryURL.appending(path: "Prompts")
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: promptsDirectory.path)) ?? []
    let inputs = names.filter { $0.hasSuffix(".yaml") }.sorted().map {
      promptsDirectory.appending(path: $0)
    }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPrompts.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) files from Prompts/",
        executable: try context.tool(named: "PromptEmbedder").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
