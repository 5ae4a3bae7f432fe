import CProcessGuards

/// The process-wide guards a kiosk runs under, set before anything about a person is in
/// memory. They live in C (CProcessGuards) because signal handlers may only do
/// async-signal-safe things.
public enum KioskGuards {
  /// From here a crash clears the screen and scrollback and leaves no core dump, freed memory
  /// is overwritten, and the screen left by a kiosk that crashed is cleared, even when this
  /// start then fails. Output is unbuffered, so no stdio buffer keeps a person's plan.
  public static func protectBeforeStart() {
    _ = cc_kiosk_guard_crashes()
    cc_kiosk_clear_screen()
    cc_unbuffered_stdout()
  }

  /// No key may stop or suspend the kiosk (staff stop it with the PIN or the service
  /// manager); SIGTERM and SIGHUP clear the screen before ending.
  public static func ignoreStopKeys() {
    cc_kiosk_signals()
  }

  /// Turns off Ctrl-S on the terminal at `fd`, which would hold back every clearing after it.
  public static func noFlowControl(fd: Int32) {
    _ = cc_no_flow_control(fd)
  }
}
