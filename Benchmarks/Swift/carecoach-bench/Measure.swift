import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Clocks, statistics, memory and JSON output for the benchmarks.
enum Measure {
  /// Nanoseconds on the monotonic clock.
  static func now() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
  }

  /// Runs `body` once and returns its result with the time it took, in milliseconds.
  static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = now()
    let value = try body()
    return (value, Double(now() - start) / 1_000_000)
  }

  /// The value below which `fraction` of the samples fall (nearest rank).
  static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[max(0, min(sorted.count - 1, rank))]
  }

  /// Peak resident memory of this process so far, in kilobytes (VmHWM), or 0 off Linux.
  static func peakMemoryKB() -> Int { statusField("VmHWM") }

  /// Resident memory now, in kilobytes (VmRSS).
  static func currentMemoryKB() -> Int { statusField("VmRSS") }

  private static func statusField(_ name: String) -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
      let digits = line.dropFirst(name.count + 1).filter(\.isNumber)
      return Int(digits) ?? 0
    }
    return 0
  }

  /// One JSON object on one line, keys sorted, for run.py to read.
  static func json(_ fields: [String: Any]) -> String {
    guard
      let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]),
      let text = String(data: data, encoding: .utf8)
    else { return "{}" }
    return text
  }

  static func format(_ value: Double, _ digits: Int = 1) -> String {
    String(format: "%.\(digits)f", value)
  }
}

/// Per-sample timings turned into the figures the reports print.
struct Timings {
  var samples: [Double] = []

  mutating func add(nanoseconds: UInt64) { samples.append(Double(nanoseconds) / 1000) }

  /// In microseconds.
  var median: Double { Measure.percentile(samples.sorted(), 0.5) }
  var p99: Double { Measure.percentile(samples.sorted(), 0.99) }
  var mean: Double { samples.isEmpty ? .nan : samples.reduce(0, +) / Double(samples.count) }
}

/// A small deterministic random source, so every run measures the same rules and lines.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
