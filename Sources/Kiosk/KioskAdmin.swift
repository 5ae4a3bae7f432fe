extension KioskRuntime {
  /// Asks for the staff PIN; true when it matches and the kiosk should stop.
  ///
  /// Each wrong PIN costs a wait that no key can cut short, and the third in a row locks
  /// `/admin` (see `PinAttempts`); both are measured on the injected clock.
  func admin() -> Bool {
    guard let hash = config.pinHash else {
      say(.notice(KioskWording.noPinSet))
      pause()
      return false
    }
    let locked = pinAttempts.lockedFor(at: clock.uptime)
    if locked > 0 {
      say(.notice(KioskWording.lockedOut(for: PinAttempts.describe(locked))))
      pause()
      return false
    }
    guard
      let pin = keys.readSecret(
        prompt: KioskWording.pinPrompt, idleLimit: min(30, config.idleTimeout))?
        .trimmingCharacters(in: .whitespaces)
    else {
      return false
    }
    // Enter alone (or Ctrl-D) is someone changing their mind, not a guess.
    if pin.isEmpty { return false }
    if hash.matches(pin) {
      pinAttempts.right()
      return true
    }
    switch pinAttempts.wrong(at: clock.uptime, lockout: config.pinLockout) {
    case .wait(let seconds):
      say(.notice(KioskWording.wrongPin(wait: PinAttempts.describe(seconds))))
      waitIgnoringKeys(seconds)
    case .lockedOut(let seconds):
      say(.notice(KioskWording.wrongPinLockedOut(for: PinAttempts.describe(seconds))))
      pause()
    }
    return false
  }

  /// Waits, then throws away every key pressed meanwhile: a wait that Enter could cut short
  /// would not slow down anyone guessing the PIN.
  func waitIgnoringKeys(_ seconds: Double) {
    clock.sleep(seconds)
    keys.discardTyped()
  }
}
