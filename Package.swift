// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "CareCoach",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "carecoach", targets: ["carecoach"]),
    // The invariants the fuzz targets in Fuzz/ check, for that package to build against.
    .library(name: "FuzzChecks", targets: ["FuzzChecks"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
  ],
  targets: [
    // libedit, reached through static inline wrappers because its key calls are variadic.
    .systemLibrary(
      name: "CLibedit",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // What keeps the terminal and the person's answers safe however the process ends: the
    // terminal put back on signals and crashes, and the kiosk's guards (no core dumps, freed
    // memory overwritten, no key that stops it).
    .target(name: "CProcessGuards"),
    // The pure engine: script model, loader, validator, conditions, understanding, state machine.
    .target(
      name: "Dialogue",
      dependencies: [.product(name: "Yams", package: "Yams")],
      swiftSettings: optimisedInEveryBuild
    ),
    // Text laid out in columns: display width and word wrap, shared by the terminal and the plan.
    .target(name: "TextLayout"),
    // Terminal input and output: line editing, plain mode, wrapping, colour.
    .target(
      name: "Console",
      dependencies: ["CLibedit", "CProcessGuards", "TextLayout"]
    ),
    // The plan: the contract's model, built from answers, and its renderers.
    .target(
      name: "CarePlan",
      dependencies: [
        "Dialogue", "TextLayout", .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    // Sessions as append-only events, plans and their versions, clients and notes, in SQLite.
    .target(
      name: "Store",
      dependencies: ["Dialogue", "CarePlan", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // The shared store of an organisation, on PostgreSQL: the same protocol as `Store`, with
    // workers as database roles, row-level security and an audit trail.
    .target(
      name: "PostgresStore",
      dependencies: ["Store", "Dialogue", .product(name: "PostgresNIO", package: "postgres-nio")]
    ),
    // Writes the files of Prompts/ into Swift source so the binary carries them.
    .executableTarget(name: "PromptEmbedder"),
    .plugin(
      name: "EmbedPrompts",
      capability: .buildTool(),
      dependencies: ["PromptEmbedder"]
    ),
    // The default Prompts/, compiled in.
    .target(
      name: "DefaultScripts",
      plugins: ["EmbedPrompts"]
    ),
    // The waiting-room runtime: one person after another, idle limits, the admin PIN and its
    // lockout, and where a finished plan goes. The screen, the keys and the clock come in
    // through protocols, so it runs with fakes in tests. The PIN hash is PBKDF2 from
    // swift-crypto's extras.
    .target(
      name: "Kiosk",
      dependencies: [
        "Dialogue", "CarePlan", "CProcessGuards",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
      ]
    ),
    // The application: conversation, review and kiosk loops, saved sessions, plan history and
    // script sources. No terminal or database code of its own: it drives Console, Kiosk and Store.
    .target(
      name: "Sessions",
      dependencies: [
        "Dialogue", "CarePlan", "Store", "Console", "DefaultScripts", "Kiosk", "TextLayout",
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .executableTarget(
      name: "carecoach",
      dependencies: [
        "Sessions", "Dialogue", "CarePlan", "Store", "PostgresStore", "Console", "DefaultScripts",
        "Kiosk", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // What must hold whatever text comes in from outside (scripts, kiosk configurations, typed
    // lines): checked by the fuzz targets in Fuzz/, and on their seeds and every input that
    // once broke a check by FuzzChecksTests.
    .target(name: "FuzzChecks", dependencies: ["Dialogue", "Kiosk", "DefaultScripts"]),
    // Benchmarks: prints figures, asserts nothing. `make bench` runs it in release.
    .executableTarget(
      name: "carecoach-bench",
      dependencies: ["Dialogue", "DefaultScripts", "Store", "PostgresStore"],
      path: "Benchmarks/Swift/carecoach-bench"
    ),
    // Fixtures the test targets share: the package's root, a fixed clock, the default Prompts/
    // read from disk, and the small scripts. Only test targets depend on it.
    .target(name: "TestSupport", dependencies: ["Dialogue"], path: "Tests/Support"),
    // Each test target mirrors one module's folders and imports only what that module may.
    .testTarget(
      name: "DialogueTests", dependencies: ["Dialogue", "TestSupport"], exclude: ["Fixtures"]),
    // Behaviour over the whole default conversation, in process: transcripts, people's plans,
    // safety in the plan. The integration target: it may import every library.
    .testTarget(
      name: "ScenarioTests",
      dependencies: ["Dialogue", "CarePlan", "DefaultScripts", "TestSupport"]),
    .testTarget(name: "FuzzChecksTests", dependencies: ["FuzzChecks", "Dialogue", "TestSupport"]),
    .testTarget(name: "TextLayoutTests", dependencies: ["TextLayout"]),
    .testTarget(name: "ConsoleTests", dependencies: ["Console", "TextLayout"]),
    .testTarget(name: "CarePlanTests", dependencies: ["CarePlan", "Dialogue"]),
    .testTarget(name: "StoreTests", dependencies: ["Store", "Dialogue"]),
    // The store's behaviour on both backends, and the server's rules tried from each role.
    .testTarget(
      name: "PostgresStoreTests",
      dependencies: [
        "PostgresStore", "Store", "Dialogue", .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .testTarget(name: "EndToEndTests", dependencies: []),
    .testTarget(
      name: "KioskTests", dependencies: ["Kiosk", "Dialogue", "CarePlan", "DefaultScripts"]),
    .testTarget(
      name: "SessionsTests",
      dependencies: ["Sessions", "Console", "Store", "Dialogue", "CarePlan", "TestSupport"]),
  ]
)

/// The engine reads every line a person types against every rule of the safety net and the
/// lexicon. Unoptimised, a conversation of 45 lines took six seconds of processor time, and the
/// test suites, which start the program hundreds of times, spent most of their time there. The
/// engine is compiled optimised in debug builds too; the rest stays quick to build and debug.
var optimisedInEveryBuild: [SwiftSetting] { [.unsafeFlags(["-O"], .when(configuration: .debug))] }
