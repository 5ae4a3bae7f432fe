import Testing

@testable import CarePlan

@Suite("Name-based UUIDs")
struct NameUUIDTests {
  @Test("version 5 UUIDs match RFC 4122's: the DNS namespace and python.org")
  func version5() {
    // 6ba7b810-9dad-11d1-80b4-00c04fd430c8, the DNS namespace of RFC 4122 appendix C.
    let dns: [UInt8] = [
      0x6B, 0xA7, 0xB8, 0x10, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30,
      0xC8,
    ]
    #expect(NameUUID.make("python.org", namespace: dns) == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    #expect(NameUUID.make("p1/Goal/goal-1") == NameUUID.make("p1/Goal/goal-1"))
    #expect(NameUUID.make("p1/Goal/goal-1") != NameUUID.make("p1/Goal/goal-2"))
  }

  /// Made with CareCoach's namespace before the hash moved to swift-crypto: a plan exported
  /// again must keep the ids a receiving system already holds.
  @Test(
    "CareCoach's own UUIDs are the ones exported before",
    arguments: [
      ("plan-1/Patient", "54b4242d-4dcf-5ac5-ab5a-78d738e5af52"),
      (
        "3F2A9C1E-0B7D-4E55-9A1C-2D3E4F5A6B7C/Goal/goal-1",
        "1c1681ee-9b35-5723-85ad-5e753f724618"
      ),
      ("p1/CarePlan", "fdf1a061-0c29-5fe5-9364-76067876b2c9"),
      ("", "cf94b32f-a955-5f09-9b04-5f3b7efc4fae"),
    ])
  func earlierExports(name: String, uuid: String) {
    #expect(NameUUID.make(name) == uuid)
  }
}
