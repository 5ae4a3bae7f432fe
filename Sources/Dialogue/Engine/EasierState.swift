import Foundation

/// Whether the conversation is talking the easier way, why, and the signs counted so far.
///
/// Part of the state, so it is a fold over the events like everything else: the same lines at
/// the same times switch it at the same place on every replay and every resume.
public struct EasierState: Hashable, Sendable {
  /// Why the easier way is on.
  public enum Reason: Hashable, Sendable {
    /// A signal reached the script's count for it.
    case signal(EasierWay.Signal, count: Int)
    /// The person asked for it ("make it simpler").
    case asked
    /// It was on from the start (`--easy`).
    case fromTheStart
  }

  public internal(set) var isOn = false
  public internal(set) var reason: Reason?
  /// The person switched it off: signals no longer switch it on again, only asking does.
  var turnedDown = false
  /// How many of each signal so far.
  var counts: [EasierWay.Signal: Int] = [:]
  /// Optional questions passed while the easier way was on: they stay out once it is off, so
  /// going back to normal never jumps back to a part already done.
  var leftOut: Set<AnswerKey> = []
  /// Optional questions the person asked for by name ("change good day") after the easier way
  /// left them out: "you can add more later" is kept, and they are asked after all.
  var askedFor: Set<AnswerKey> = []

  public init() {}
}
