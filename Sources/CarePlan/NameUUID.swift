import Crypto
import Foundation

/// A name-based UUID (RFC 4122 version 5: SHA-1 over a namespace and the name), the same on
/// every machine and every run, so a replayed conversation exports the same ids, while names
/// that differ in one character give unrelated UUIDs. SHA-1 because RFC 4122 names it for
/// version 5; nothing here needs to resist an attacker.
enum NameUUID {
  /// CareCoach's own namespace, made once at random, so its UUIDs cannot collide with those of
  /// another program naming the same things.
  static let namespace: [UInt8] = [
    0x9E, 0xFC, 0x14, 0x81, 0x25, 0xD8, 0x41, 0x55, 0x9D, 0xEA, 0xAA, 0x7B, 0x34, 0x15, 0x59, 0x23,
  ]

  static func make(_ name: String, namespace: [UInt8] = namespace) -> String {
    var octets = Array(Insecure.SHA1.hash(data: namespace + Array(name.utf8)).prefix(16))
    // The version (5) in the high nibble of octet 6; the RFC 4122 variant in octet 8.
    octets[6] = (octets[6] & 0x0F) | 0x50
    octets[8] = (octets[8] & 0x3F) | 0x80
    let hex = Array(octets.map { String(format: "%02x", $0) }.joined())
    return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }.joined(
      separator: "-")
  }
}
