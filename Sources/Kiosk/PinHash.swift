/// The staff PIN as the kiosk configuration stores it: salted and stretched, never in clear.
///
/// Written as `pbkdf2-sha256$ITERATIONS$SALT$HASH`, salt and hash in lower-case hex, so the
/// whole value is one line a member of staff can paste into the configuration.
public struct PinHash: Equatable, Sendable {
  public var iterations: Int
  public var salt: [UInt8]
  public var hash: [UInt8]

  public static let scheme = "pbkdf2-sha256"
  /// Enough to slow guessing a short PIN without making the kiosk wait at the admin prompt.
  public static let defaultIterations = 20_000

  public init(iterations: Int, salt: [UInt8], hash: [UInt8]) {
    self.iterations = iterations
    self.salt = salt
    self.hash = hash
  }

  /// A new hash of `pin` with a fresh random salt.
  public static func make(pin: String, iterations: Int = defaultIterations) -> PinHash {
    var generator = SystemRandomNumberGenerator()
    let salt = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
    return PinHash(
      iterations: iterations, salt: salt,
      hash: KeyStretching.pbkdf2(password: Array(pin.utf8), salt: salt, iterations: iterations))
  }

  /// Reads the stored form; nil when it is not one.
  public init?(parsing text: String) {
    let parts = text.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 4, parts[0] == PinHash.scheme, let iterations = Int(parts[1]),
      iterations >= 1, iterations <= 10_000_000,
      let salt = Hex.decode(parts[2]), salt.count >= 8,
      let hash = Hex.decode(parts[3]), hash.count == 32
    else { return nil }
    self.init(iterations: iterations, salt: salt, hash: hash)
  }

  public var text: String {
    "\(PinHash.scheme)$\(iterations)$\(Hex.encode(salt))$\(Hex.encode(hash))"
  }

  /// Whether `pin` is the PIN, comparing every byte whatever the first difference, so the
  /// time taken says nothing about how close a guess was.
  public func matches(_ pin: String) -> Bool {
    let candidate = KeyStretching.pbkdf2(
      password: Array(pin.utf8), salt: salt, iterations: iterations)
    guard candidate.count == hash.count else { return false }
    var difference: UInt8 = 0
    for index in 0..<hash.count { difference |= candidate[index] ^ hash[index] }
    return difference == 0
  }
}

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
