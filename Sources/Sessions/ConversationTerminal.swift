import Console

/// What a conversation needs from a terminal: read a line, show a block, and know the width
/// to wrap a plan to. `Console.Terminal` is one; a test drives a conversation with a fake.
public protocol ConversationTerminal: AnyObject {
  /// False when input or output is a pipe: then the end of input is the end of the run.
  var isInteractive: Bool { get }
  var width: Int { get }
  func read(prompt: String, completions: [String]) -> LineInput
  func show(_ block: Block)
}

extension Terminal: ConversationTerminal {}
