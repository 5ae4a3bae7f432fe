import Kiosk
import Testing

@Suite struct SHA256Tests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func knownVectors(input: String, digest: String) {
    #expect(Hex.encode(SHA256.hash(Array(input.utf8))) == digest)
  }

  @Test func aMillionAs() {
    var hasher = SHA256()
    for _ in 0..<1000 { hasher.update([UInt8](repeating: 0x61, count: 1000)) }
    #expect(
      Hex.encode(hasher.finish())
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func hmacVector() {
    // RFC 4231, test case 2.
    let mac = KeyStretching.hmac(
      key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
    #expect(
      Hex.encode(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
  }

  @Test func pbkdf2Vector() {
    let key = KeyStretching.pbkdf2(
      password: Array("password".utf8), salt: Array("salt".utf8), iterations: 2)
    #expect(
      Hex.encode(key) == "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43")
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
