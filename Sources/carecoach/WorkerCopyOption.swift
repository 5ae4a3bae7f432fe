import ArgumentParser
import CarePlan

/// `--worker`, shared by `show` and `export`: the worker's copy of the plan.
///
/// A worker's note is the worker's. The person's copy, which is what these commands give by
/// default, has only the notes the worker shared (`/share-note`); the worker's copy has every
/// note, each marked shared or private.
struct WorkerCopyOption: ParsableArguments {
  @Flag(
    name: .customLong("worker"),
    help: "The worker's copy: with every note, shared or private. By default, the person's copy.")
  var workerCopy = false

  var chosen: Plan.Copy { workerCopy ? .worker : .person }
}
