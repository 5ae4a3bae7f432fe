/// A part of an action step as it is read back in one sentence: "I will rest (what) for an
/// hour (how much) at about 3pm (when) at home (where), every Thursday (how often), starting
/// Thursday 10 December (start)."
public enum ReadBackPart: String, Sendable, CaseIterable, Hashable {
  case what
  case howMuch = "how_much"
  case when
  case `where`
  case howOften = "how_often"
  case start
}
