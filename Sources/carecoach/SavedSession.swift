import ArgumentParser
import CarePlan
import Dialogue
import Foundation
import Store

/// A stored session brought back to life: its script, its engine and its replayed state.
///
/// A session replays against the script text it started with (kept in the store), so the
/// same events always rebuild the same answers even after Prompts/ has changed.
struct SavedSession {
  let record: SessionRecord
  let engine: Engine
  let events: [Event]
  let state: ConversationState
  let glossary: Glossary

  init(_ record: SessionRecord, store: SessionStore) throws {
    self.record = record
    let directory =
      record.scriptReference.hasSuffix(".yaml")
      ? URL(fileURLWithPath: record.scriptReference).deletingLastPathComponent() : nil
    let file = ScriptSource.File(
      name: record.scriptReference, text: record.scriptText, directory: directory)
    let loaded: ScriptSource.Loaded
    do {
      loaded = try ScriptSource.load(file)
    } catch let error as ValidationError {
      throw ValidationError(
        "The script this conversation used no longer loads, so it cannot be replayed. "
          + error.message)
    }
    glossary = loaded.glossary
    engine = loaded.engine(audience: record.mode == "facilitator" ? .facilitator : .person)
    do {
      events = try store.events(of: record.id)
    } catch {
      throw ValidationError(error.description)
    }
    state = engine.replay(events).state
  }

  func plan(store: SessionStore) throws -> Plan {
    let notes = ((try? store.notes(of: record.id)) ?? []).map {
      Plan.Note(text: $0.text, at: $0.at, author: $0.author)
    }
    let builder = PlanBuilder(
      script: engine.script, concepts: engine.concepts, glossary: glossary)
    return builder.build(
      from: state,
      metadata: .init(
        planID: "plan-\(record.id)", sessionID: record.id, version: 1,
        createdAt: record.createdAt, updatedAt: events.last?.at ?? record.updatedAt,
        mode: record.mode, clientRef: record.clientRef, notes: notes))
  }
}
