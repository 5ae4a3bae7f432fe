import TestSupport
import Testing

@testable import Dialogue

/// Ken's chest pain notice said "Please call 999 now." and then "If a life is at risk now, call
/// 999.": the same number twice on one screen. A number the message gives is said once; the
/// plan still lists the service. The first test failed before the fix.
@Suite struct SafetyNoticeNumbersTests {
  @Test(arguments: ["I have chest pain right now", "my face is drooping and my arm is weak"])
  func aNumberTheMessageGivesIsNotSaidAgain(line: String) throws {
    let net = SafetyFixtures.net
    let notice = try #require(net.notice(for: net.check(line), audience: .person))
    let text = notice.lines.joined(separator: "\n")
    #expect(text.components(separatedBy: "999").count - 1 == 1, "\(text)")
    #expect(notice.services.contains { $0.contact == "call 999" })
    #expect(notice.signposting.contains("call 999"))
  }

  @Test func aNumberTheMessageDoesNotGiveIsStillSaid() throws {
    let net = SafetyFixtures.net
    let notice = try #require(net.notice(for: net.check("I want to end it all"), audience: .person))
    #expect(notice.lines.joined().contains("116 123"))
    #expect(notice.lines.joined().contains("999"))
  }
}
