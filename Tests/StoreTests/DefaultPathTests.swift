import Testing

@testable import Store

@Suite("Where the store lives by default")
struct DefaultPathTests {
  @Test("HOME is used when XDG_DATA_HOME is not set, whatever the password database says")
  func homeFromTheEnvironment() {
    let environment = ["HOME": "/tmp/someone-else"]
    #expect(
      StoreLocation.dataFolder(environment: environment)
        == "/tmp/someone-else/.local/share/carecoach")
    #expect(
      StoreLocation.defaultPath(environment: environment)
        == "/tmp/someone-else/.local/share/carecoach/carecoach.sqlite")
  }

  @Test("XDG_DATA_HOME comes before HOME, and CARECOACH_STORE before both")
  func order() {
    #expect(
      StoreLocation.defaultPath(environment: ["HOME": "/h", "XDG_DATA_HOME": "/x"])
        == "/x/carecoach/carecoach.sqlite")
    #expect(
      StoreLocation.defaultPath(
        environment: ["HOME": "/h", "XDG_DATA_HOME": "/x", "CARECOACH_STORE": "/s.db"]) == "/s.db")
  }

  @Test("empty values count as unset")
  func emptyValues() {
    #expect(
      StoreLocation.dataFolder(environment: ["HOME": "/h", "XDG_DATA_HOME": ""])
        == "/h/.local/share/carecoach")
    #expect(
      StoreLocation.dataFolder(environment: ["HOME": ""]).hasSuffix("/.local/share/carecoach"))
  }
}
