import Foundation

/// A JSON value that keeps its keys in the order written, so FHIR resources read with
/// `resourceType` first and the output is stable.
indirect enum FHIRJSON: ExpressibleByStringLiteral {
  case string(String)
  case bool(Bool)
  case int(Int)
  case decimal(Double)
  case array([FHIRJSON])
  case object([(String, FHIRJSON)])

  init(stringLiteral value: String) { self = .string(value) }

  func serialized(indent: Int = 0) -> String {
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch self {
    case .string(let text): return FHIRJSON.quote(text)
    case .bool(let value): return value ? "true" : "false"
    case .int(let value): return String(value)
    case .decimal(let value): return "\(value)"
    case .array(let values):
      if values.isEmpty { return "[]" }
      let inner = values.map { pad + $0.serialized(indent: indent + 1) }
      return "[\n" + inner.joined(separator: ",\n") + "\n" + close + "]"
    case .object(let pairs):
      if pairs.isEmpty { return "{}" }
      let inner = pairs.map {
        pad + FHIRJSON.quote($0.0) + ": " + $0.1.serialized(indent: indent + 1)
      }
      return "{\n" + inner.joined(separator: ",\n") + "\n" + close + "}"
    }
  }

  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
          result += String(format: "\\u%04x", scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}
