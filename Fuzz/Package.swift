// swift-tools-version: 6.0
import Foundation
import PackageDescription

// The fuzz targets: one small executable each, built with libFuzzer and the address sanitizer
// (`make fuzz`). libFuzzer brings its own `main`, so these are kept out of the main package,
// whose `swift build` and `swift test` never see them. The checks they run live in the main
// package's FuzzChecks module, which the test suite runs on the seeds and regression inputs.

/// A package reached by path is named by its folder, which is whatever the clone is called.
let careCoach = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().lastPathComponent

let targets = ["script-loader", "kiosk-config", "engine", "answers", "match"]

let package = Package(
  name: "CareCoachFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: "..")],
  targets: [.target(name: "CFuzzerDriver", path: "Targets/CFuzzerDriver")]
    + targets.map { name in
      .executableTarget(
        name: "fuzz-\(name)",
        dependencies: ["CFuzzerDriver", .product(name: "FuzzChecks", package: careCoach)],
        path: "Targets/\(name)",
        // Everything is compiled with coverage and the address sanitizer (see the Makefile);
        // only these executables link libFuzzer, which cannot be linked into the build tool
        // that embeds Prompts/ (it has a `main` of its own).
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
      )
    }
)
