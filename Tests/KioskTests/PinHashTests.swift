import Testing

@testable import Kiosk

/// The stretch is swift-crypto's; these check it is called as PBKDF2-HMAC-SHA256 with the
/// PIN as the password and a 32-byte output.
@Suite struct PinStretchTests {
  @Test(arguments: [
    // RFC 6070's PBKDF2 inputs with HMAC-SHA256, as published for it and as Python's hashlib
    // gives them.
    ("password", "salt", 1, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"),
    ("password", "salt", 2, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43"),
    (
      "password", "salt", 4096,
      "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a"
    ),
  ])
  func knownVectors(password: String, salt: String, iterations: Int, key: String) throws {
    let derived = try PinHash.stretch(
      pin: password, salt: Array(salt.utf8), iterations: iterations)
    #expect(Hex.encode(derived.withUnsafeBytes { Array($0) }) == key)
  }
}

@Suite struct PinHashTests {
  /// Made by `carecoach kiosk --hash-pin` before the hash moved to swift-crypto, for the PIN
  /// 258046: a kiosk configured then must still let its staff in.
  static let earlierHash =
    "pbkdf2-sha256$20000$947d440dc7a38c0b08ba8226f1bdbc8f$"
    + "adb9af840027626b70982f9a0470d6d52433691709620a97da8864128555c47b"

  @Test func aHashMadeBeforeTheMoveStillChecksWithItsOwnCount() throws {
    let hash = try #require(PinHash(parsing: PinHashTests.earlierHash))
    #expect(hash.iterations == 20_000)
    #expect(hash.matches("258046"))
    #expect(!hash.matches("258047"))
  }

  @Test func theRightPinMatchesAndAWrongOneDoesNot() {
    let hash = PinHash.make(pin: "2468", iterations: 10)
    #expect(hash.matches("2468"))
    #expect(!hash.matches("2469"))
    #expect(!hash.matches(""))
  }

  @Test func theStoredFormRoundTripsAndHoldsNoPin() throws {
    let hash = PinHash.make(pin: "2468", iterations: 10)
    #expect(!hash.text.contains("2468"))
    #expect(hash.text.hasPrefix("pbkdf2-sha256$10$"))
    let parsed = try #require(PinHash(parsing: hash.text))
    #expect(parsed == hash)
    #expect(parsed.matches("2468"))
  }

  /// One real hash at the default count, made and checked once: the only test that pays for
  /// 600,000 iterations.
  @Test func aNewHashUsesSixHundredThousandIterationsAndChecks() throws {
    let hash = PinHash.make(pin: "258046")
    #expect(PinHash.defaultIterations == 600_000)
    #expect(hash.text.hasPrefix("pbkdf2-sha256$600000$"))
    let parsed = try #require(PinHash(parsing: hash.text))
    #expect(parsed.matches("258046"))
  }

  @Test func twoHashesOfOnePinDifferBySalt() {
    #expect(PinHash.make(pin: "2468", iterations: 1) != PinHash.make(pin: "2468", iterations: 1))
  }

  @Test(arguments: [
    "", "2468", "sha256$10$00112233445566778899$ab",
    "pbkdf2-sha256$0$0011223344556677$"
      + String(repeating: "ab", count: 32),
    "pbkdf2-sha256$10$zz$" + String(repeating: "ab", count: 32),
  ])
  func notAHash(text: String) {
    #expect(PinHash(parsing: text) == nil)
  }
}

@Suite struct PinAttemptsTests {
  @Test func wrongPinsWaitLongerThenLockOut() {
    let attempts = PinAttempts()
    #expect(attempts.wrong(at: 100, lockout: 300) == .wait(2))
    #expect(attempts.wrong(at: 110, lockout: 300) == .wait(4))
    #expect(attempts.lockedFor(at: 111) == 0)
    #expect(attempts.wrong(at: 120, lockout: 300) == .lockedOut(300))
    #expect(attempts.lockedFor(at: 121) == 299)
    #expect(attempts.lockedFor(at: 420) == 0)
  }

  @Test func afterALockoutEachWrongPinLocksAgain() {
    let attempts = PinAttempts()
    for time in [0.0, 1, 2] { _ = attempts.wrong(at: time, lockout: 60) }
    #expect(attempts.wrong(at: 100, lockout: 60) == .lockedOut(60))
    #expect(attempts.lockedFor(at: 130) == 30)
  }

  @Test func theRightPinStartsTheCountAfresh() {
    let attempts = PinAttempts()
    _ = attempts.wrong(at: 0, lockout: 60)
    _ = attempts.wrong(at: 1, lockout: 60)
    attempts.right()
    #expect(attempts.wrongInARow == 0)
    #expect(attempts.wrong(at: 2, lockout: 60) == .wait(2))
  }

  @Test(arguments: [
    (1.0, "1 second"), (2, "2 seconds"), (59.2, "60 seconds"), (119, "119 seconds"),
    (120, "2 minutes"), (300, "5 minutes"), (301, "6 minutes"),
  ])
  func waitsAreSaidAsStaffWouldSayThem(seconds: Double, said: String) {
    #expect(PinAttempts.describe(seconds) == said)
  }
}
