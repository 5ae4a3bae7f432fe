/// The engine's sentences that the application also says, in the same words: each is written
/// once, in `Phrases`, and reached from outside the engine through here.
public enum SharedPhrases {
  /// The engine says it at "quit"; the application says it at Ctrl-C twice or Ctrl-D.
  public static var stopping: String { Phrases.stopping }
}
