/// The application layer: conversation, review and kiosk sessions, saved sessions, plan
/// history and script sources. The `carecoach` executable parses a command line and calls in
/// here; the tests call in here directly.
public enum Sessions {}
