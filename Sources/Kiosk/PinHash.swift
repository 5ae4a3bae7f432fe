import Crypto
import _CryptoExtras

/// The staff PIN as the kiosk configuration stores it: salted and stretched, never in clear.
///
/// Written as `pbkdf2-sha256$ITERATIONS$SALT$HASH`, salt and hash in lower-case hex, so the
/// whole value is one line a member of staff can paste into the configuration. The line
/// carries its own iteration count, so a hash made when the default was lower still checks
/// with the count it was made with, and raising the default never locks staff out.
public struct PinHash: Equatable, Sendable {
  public var iterations: Int
  public var salt: [UInt8]
  public var hash: [UInt8]

  public static let scheme = "pbkdf2-sha256"
  /// OWASP's figure for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet): a short PIN has
  /// few possible values, so each guess at a copied configuration must cost something.
  /// Hashes made before this were made with 20,000 and still check.
  public static let defaultIterations = 600_000
  /// The bytes of stretched PIN stored: one SHA-256 output.
  static let hashLength = 32

  public init(iterations: Int, salt: [UInt8], hash: [UInt8]) {
    self.iterations = iterations
    self.salt = salt
    self.hash = hash
  }

  /// A new hash of `pin` with a fresh random salt. `iterations` is lower only in tests, which
  /// would otherwise spend most of their time stretching.
  public static func make(pin: String, iterations: Int = defaultIterations) -> PinHash {
    var generator = SystemRandomNumberGenerator()
    let salt = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
    guard let hash = try? stretch(pin: pin, salt: salt, iterations: iterations) else {
      // BoringSSL fails only when it cannot allocate memory: no hash can be made at all.
      fatalError("PBKDF2 could not run")
    }
    return PinHash(iterations: iterations, salt: salt, hash: hash.withUnsafeBytes { Array($0) })
  }

  /// Reads the stored form; nil when it is not one.
  public init?(parsing text: String) {
    let parts = text.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 4, parts[0] == PinHash.scheme, let iterations = Int(parts[1]),
      iterations >= 1, iterations <= 10_000_000,
      let salt = Hex.decode(parts[2]), salt.count >= 8,
      let hash = Hex.decode(parts[3]), hash.count == PinHash.hashLength
    else { return nil }
    self.init(iterations: iterations, salt: salt, hash: hash)
  }

  public var text: String {
    "\(PinHash.scheme)$\(iterations)$\(Hex.encode(salt))$\(Hex.encode(hash))"
  }

  /// Whether `pin` is the PIN. The comparison is swift-crypto's key equality, which looks at
  /// every byte whatever the first difference, so the time taken says nothing about how close
  /// a guess was. A stretch that fails lets nobody in.
  public func matches(_ pin: String) -> Bool {
    guard let candidate = try? PinHash.stretch(pin: pin, salt: salt, iterations: iterations)
    else { return false }
    return candidate == SymmetricKey(data: hash)
  }

  /// PBKDF2-HMAC-SHA256 through swift-crypto. The unchecked call, because the checked one
  /// refuses fewer than 210,000 rounds and hashes made before the default was raised have
  /// 20,000: the count a new hash gets is `defaultIterations`, decided above.
  static func stretch(pin: String, salt: [UInt8], iterations: Int) throws -> SymmetricKey {
    try KDF.Insecure.PBKDF2.deriveKey(
      from: Array(pin.utf8), salt: salt, using: .sha256, outputByteCount: hashLength,
      unsafeUncheckedRounds: iterations)
  }
}

/// Lower-case hexadecimal, for the salt and hash in the configuration line.
public enum Hex {
  public static func encode(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef")
    return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] })
  }

  public static func decode(_ text: String) -> [UInt8]? {
    let characters = Array(text)
    guard characters.count % 2 == 0 else { return nil }
    var bytes: [UInt8] = []
    for index in stride(from: 0, to: characters.count, by: 2) {
      guard let high = characters[index].hexDigitValue,
        let low = characters[index + 1].hexDigitValue
      else { return nil }
      bytes.append(UInt8(high * 16 + low))
    }
    return bytes
  }
}
