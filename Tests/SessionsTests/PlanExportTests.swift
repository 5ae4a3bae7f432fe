import Testing

@testable import Sessions

@Suite("Which exports come in Easy Read")
struct PlanExportTests {
  @Test("html and text have an Easy Read layout", arguments: [PlanExport.Format.html, .text])
  func easyReadFormats(format: PlanExport.Format) throws {
    try PlanExport.checkEasyRead(format)
  }

  @Test(
    "markdown, json and fhir have none: a usage mistake, said in a sentence with what to do",
    arguments: [PlanExport.Format.markdown, .json, .fhir])
  func noEasyRead(format: PlanExport.Format) throws {
    let error = try #require(throws: SessionError.self) { try PlanExport.checkEasyRead(format) }
    #expect(error == .easyReadNotIn(format: format.rawValue, formats: ["html", "text"]))
    #expect(error.isUsageMistake)
    #expect(
      error.description
        == "There is no Easy Read \(format.rawValue). Easy Read comes as html or text, for "
        + "example: --format html --easy-read")
  }
}
