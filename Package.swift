// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "CareCoach",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "carecoach", targets: ["carecoach"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    // libedit, reached through static inline wrappers because its key calls are variadic.
    .systemLibrary(
      name: "CLibedit",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    // The pure engine: script model, loader, validator, conditions, understanding, state machine.
    .target(
      name: "Dialogue",
      dependencies: [.product(name: "Yams", package: "Yams")]
    ),
    // Text laid out in columns: display width and word wrap, shared by the terminal and the plan.
    .target(name: "TextLayout"),
    // Terminal input and output: line editing, plain mode, wrapping, colour.
    .target(
      name: "Console",
      dependencies: ["CLibedit", "TextLayout"]
    ),
    // The plan: the contract's model, built from answers, and its renderers.
    .target(
      name: "CarePlan",
      dependencies: ["Dialogue", "TextLayout"]
    ),
    // Sessions as append-only events, plans and their versions, clients and notes, in SQLite.
    .target(
      name: "Store",
      dependencies: ["Dialogue", "CarePlan", .product(name: "GRDB", package: "GRDB.swift")]
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
    // The kiosk's configuration and its admin PIN check (SHA-256 and PBKDF2 written here).
    .target(
      name: "Kiosk",
      dependencies: ["Dialogue"]
    ),
    // The application: conversation, review and kiosk loops, saved sessions, plan history and
    // script sources. No terminal or database code of its own: it drives Console, Kiosk and Store.
    .target(
      name: "Sessions",
      dependencies: ["Dialogue", "CarePlan", "Store", "Console", "DefaultScripts", "Kiosk"]
    ),
    .executableTarget(
      name: "carecoach",
      dependencies: [
        "Sessions", "Dialogue", "CarePlan", "Store", "Console", "DefaultScripts", "Kiosk",
        "TextLayout",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Benchmarks: prints figures, asserts nothing. `make bench` runs it in release.
    .executableTarget(
      name: "carecoach-bench",
      dependencies: ["Dialogue", "DefaultScripts", "Store"],
      path: "Benchmarks/Swift/carecoach-bench"
    ),
    .testTarget(
      name: "DialogueTests", dependencies: ["Dialogue", "CarePlan", "DefaultScripts"],
      exclude: ["Fixtures"]),
    .testTarget(name: "TextLayoutTests", dependencies: ["TextLayout"]),
    .testTarget(name: "ConsoleTests", dependencies: ["Console", "TextLayout"]),
    .testTarget(name: "CarePlanTests", dependencies: ["CarePlan", "Dialogue"]),
    .testTarget(name: "StoreTests", dependencies: ["Store", "Dialogue"]),
    .testTarget(name: "EndToEndTests", dependencies: []),
    .testTarget(name: "KioskTests", dependencies: ["Kiosk", "Dialogue"]),
  ]
)
