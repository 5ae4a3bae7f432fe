import Foundation

// carecoach-bench: prints figures, asserts nothing. See Benchmarks/README.md.

let usage = """
  usage: carecoach-bench [understanding|engine|startup|safety|store|peer|all] [options]

    understanding  [--sizes 1000,10000,100000] [--inputs 10000] [--phrases 5000] [--json]
                   generated rules and lexicon: load time, time per line, peak memory
                   (each size in a child process)
    engine         [--repeats 200] [--write-answers FILE] [--json]
                   the default script's whole conversation, replayed in-process: time per turn
    startup        [--json]  where the time goes before the first prompt, in-process
    safety         [--repeats 20] [--json]
                   the safety net alone over the lines of its corpora: time per line
    store          [--conversations 20] [--json]
                   the durable store's cost per turn: each event committed before the step
    server-turns   --address postgresql://... [--conversations 20] [--json]
                   on a new database, as its owner: a turn's commit, twenty workers at once
    server-list    --address postgresql://... --client REF [--repeats 50] [--json]
                   a client's conversations among those in the database
    peer           --rules SCRIPT.yaml --inputs LINES.txt [--replies FILE]
                   one run of the peer comparison; prints one JSON object
    all            understanding, engine, startup, safety and store with their defaults
                   (the default)
  """

let given = Array(CommandLine.arguments.dropFirst())
let command = given.first.map { $0.hasPrefix("-") ? "all" : $0 } ?? "all"
let arguments = given.first.map { $0.hasPrefix("-") } == false ? Array(given.dropFirst()) : given

@MainActor func option(_ name: String) -> String? {
  guard let index = arguments.firstIndex(of: "--" + name), index + 1 < arguments.count else {
    return nil
  }
  return arguments[index + 1]
}
let json = arguments.contains("--json")

do {
  switch command {
  case "understanding":
    var options = UnderstandingBench.Options()
    if let sizes = option("sizes") {
      options.sizes = sizes.split(separator: ",").compactMap { Int($0) }
    }
    options.inputs = option("inputs").flatMap(Int.init) ?? options.inputs
    options.phrases = option("phrases").flatMap(Int.init) ?? options.phrases
    options.json = json
    try UnderstandingBench.run(options)
  case "understanding-one":
    UnderstandingBench.runOne(
      rules: option("rules").flatMap(Int.init) ?? 1000,
      inputs: option("inputs").flatMap(Int.init) ?? 10_000,
      phrases: option("phrases").flatMap(Int.init) ?? 5000)
  case "engine":
    try ConversationBench.run(
      writeAnswers: option("write-answers"),
      repeats: option("repeats").flatMap(Int.init) ?? 200, json: json)
  case "startup":
    StartupBench.run(json: json)
  case "safety":
    try SafetyBench.run(repeats: option("repeats").flatMap(Int.init) ?? 20, json: json)
  case "server-turns":
    try ServerStoreBench.turns(
      address: option("address") ?? "",
      conversations: option("conversations").flatMap(Int.init) ?? 20, json: json)
  case "server-list":
    try ServerStoreBench.list(
      address: option("address") ?? "", client: option("client") ?? "C-1",
      repeats: option("repeats").flatMap(Int.init) ?? 50, json: json)
  case "store":
    try StoreBench.run(
      conversations: option("conversations").flatMap(Int.init) ?? 20, json: json)
  case "peer":
    guard let rules = option("rules"), let inputs = option("inputs") else {
      throw BenchError("peer needs --rules and --inputs\n\(usage)")
    }
    try PeerBench.run(rules: rules, inputs: inputs, replies: option("replies"))
  case "all":
    try UnderstandingBench.run(UnderstandingBench.Options())
    print()
    try ConversationBench.run(writeAnswers: nil, repeats: 200, json: false)
    print()
    StartupBench.run(json: false)
    print()
    try SafetyBench.run(repeats: 20, json: false)
    print()
    try StoreBench.run(conversations: 20, json: false)
  default:
    print(usage)
    exit(command == "help" || command == "--help" ? 0 : 2)
  }
} catch {
  FileHandle.standardError.write(Data("carecoach-bench: \(error)\n".utf8))
  exit(1)
}
