"""Nothing the program showed as accepted is lost when the process is killed.

Each of 50 conversations (seeded, so a failure can be re-run exactly) is fed through a pipe one
line at a time. After each line the test reads stdout until the next question appears: only then
does the program count as having shown that answer as accepted. At a random point, sometimes
half-way through typing a line, the process gets SIGKILL. The test then checks the store holds
every accepted answer in order, that `carecoach export` replays it, and that `carecoach resume`
with the remaining answers ends with the same plan as a run that was never interrupted.
"""
import concurrent.futures
import json
import os
import pathlib
import random
import select
import signal
import sqlite3
import subprocess
import tempfile
import time

import pytest

from server import BACKENDS, ServerStore

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("CARECOACH_BIN", str(ROOT / ".build/debug/carecoach"))
SMALL = str(ROOT / "Tests/Fixtures/scripts/small.yaml")
SEED = int(os.environ.get("CARECOACH_DURABILITY_SEED", "20261122"))
CONVERSATIONS = int(os.environ.get("CARECOACH_DURABILITY_RUNS", "50"))
RESUME_EVERY = 10

# Each answer, and what stdout shows once it has been accepted: the next question (or the end).
STEPS = [
    ("Sam", "Who is with you today?"),
    ("2", "Sam, what makes a good day for you?"),
    ("walking the dog", "What would you like to talk about?"),
    ("my hip, sleep", "Anything else"),
    ("done", "Do you get out for a walk?"),
    ("yes", "How many days a week do you walk?"),
    ("3", "Which of these help you?"),
    ("1 and 3", "What would you like to work on?"),
    ("walk more", "How sure are you that you can do it"),
    ("7", "When will you start?"),
    ("next Tuesday", "Would you like to set another goal?"),
    ("yes", "What would you like to work on?"),
    ("sleep better", "How sure are you that you can do it"),
    ("six or seven", "When will you start?"),
    ("in a fortnight", "Would you like to set another goal?"),
    ("no", "Your plan is saved."),
]
ANSWERS = [answer for answer, _ in STEPS]


# The servers' stores made so far, by address, to read them back as their owner.
SERVER_STORES = {}


def environment(store):
    if store.startswith("postgresql:"):
        home = SERVER_STORES[store].home if store in SERVER_STORES else tempfile.mkdtemp(
            prefix="carecoach-server-home-")
    else:
        home = str(pathlib.Path(store).parent)
    return dict(os.environ, CARECOACH_STORE=store, NO_COLOR="1", HOME=home)


def new_store(backend, folder, name):
    """A new, empty store: a file in `folder`, or a new database on the test server."""
    if backend == "sqlite":
        return str(folder / (name + ".sqlite"))
    server = ServerStore(BIN, dict(os.environ, NO_COLOR="1"))
    SERVER_STORES[server.address] = server
    return server.address


def run(args, lines, store):
    return subprocess.run(
        [BIN, *args], input="".join(line + "\n" for line in lines), capture_output=True,
        text=True, env=environment(store), timeout=60)


class Conversation:
    """A `carecoach start` whose stdout is read as it comes, so the test knows what was shown."""

    def __init__(self, store):
        self.process = subprocess.Popen(
            [BIN, "start", "--script", SMALL, "--no-history"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=environment(store))
        self.shown = ""
        self.cursor = 0

    def wait_for(self, marker, timeout=20.0):
        """Reads stdout until `marker` appears after everything already waited for."""
        deadline = time.monotonic() + timeout
        fd = self.process.stdout.fileno()
        while True:
            found = self.shown.find(marker, self.cursor)
            if found >= 0:
                self.cursor = found + len(marker)
                return
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"'{marker}' never appeared; stdout so far:\n{self.shown}")
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise AssertionError(f"stdout ended before '{marker}':\n{self.shown}")
                self.shown += chunk.decode("utf-8", "replace")

    def type(self, text):
        self.process.stdin.write(text.encode())
        self.process.stdin.flush()

    def kill(self, may_have_finished=False):
        """SIGKILL. Once the last answer has been sent the conversation may already have ended
        on its own, which is a clean exit and not a failure to kill."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        allowed = {-signal.SIGKILL, 0} if may_have_finished else {-signal.SIGKILL}
        assert self.process.returncode in allowed, self.process.returncode


def stored_inputs(store):
    if store in SERVER_STORES:
        return [row[0] for row in SERVER_STORES[store].rows(
            "SELECT text FROM carecoach.event WHERE kind = 'input' ORDER BY session_id, sequence")]
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as db:
        return [text for (text,) in db.execute(
            "SELECT text FROM event WHERE kind = 'input' ORDER BY sessionID, sequence")]


def plan_essentials(store):
    result = run(["export", "latest", "--format", "json"], [], store)
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    return {
        "status": plan["status"],
        "person": plan.get("person", {}).get("preferredName"),
        "goals": [(goal["text"], goal.get("confidence")) for goal in plan.get("goals", [])],
    }


@pytest.fixture
def folder():
    with tempfile.TemporaryDirectory(prefix="carecoach-durability-") as path:
        yield pathlib.Path(path)


@pytest.mark.parametrize("backend", BACKENDS)
def test_whole_conversation_shows_every_marker(folder, backend):
    """The markers above are right: an uninterrupted run shows each in turn."""
    store = new_store(backend, folder, "store")
    conversation = Conversation(store)
    conversation.wait_for("What would you like me to call you?")
    for answer, marker in STEPS:
        conversation.type(answer + "\n")
        conversation.wait_for(marker)
    conversation.process.stdin.close()
    assert conversation.process.wait(timeout=20) == 0
    assert stored_inputs(store) == ANSWERS


def kill_one(number, folder, backend):
    """One conversation killed at a random point; returns how many accepted answers it checked."""
    generator = random.Random(SEED * 1000 + number)
    store = new_store(backend, folder, f"store-{number}")
    conversation = Conversation(store)
    conversation.wait_for("What would you like me to call you?")
    # Kill after this many accepted answers, at one of three moments: as soon as the next
    # question shows, half-way through typing the next line, or just after sending it.
    accepted_goal = generator.randrange(0, len(STEPS))
    moment = generator.choice(["shown", "typing", "sent"])
    accepted = 0
    for answer, marker in STEPS[:accepted_goal]:
        conversation.type(answer + "\n")
        conversation.wait_for(marker)
        accepted += 1
    if moment == "typing":
        conversation.type(ANSWERS[accepted][: max(1, len(ANSWERS[accepted]) // 2)])
    elif moment == "sent":
        conversation.type(ANSWERS[accepted] + "\n")
        time.sleep(generator.uniform(0, 0.02))
    conversation.kill(may_have_finished=moment == "sent" and accepted == len(STEPS) - 1)

    inputs = stored_inputs(store)
    context = f"conversation {number} (seed {SEED}): killed after {accepted}, {moment}"
    assert inputs[:accepted] == ANSWERS[:accepted], context
    # Nothing beyond what was sent, and nothing half-typed, is ever stored.
    assert inputs == ANSWERS[: len(inputs)], context
    assert len(inputs) <= accepted + (1 if moment == "sent" else 0), context
    return store, inputs, context, accepted


@pytest.mark.parametrize("backend", BACKENDS)
def test_sigkill_never_loses_an_accepted_answer(folder, backend):
    reference_store = new_store(backend, folder, "reference")
    assert run(["start", "--script", SMALL], ANSWERS, reference_store).returncode == 0
    expected_plan = plan_essentials(reference_store)
    assert expected_plan["status"] == "complete"

    # Two at a time: each conversation has its own store and its own seeded generator, so the
    # order they run in changes nothing.
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda n: kill_one(n, folder, backend), range(CONVERSATIONS)))

    # Every tenth store is also resumed with the remaining answers: the plan must come out as
    # if the conversation had never been interrupted. (Each run loads the script, about a
    # second in a debug build, so doing this for all 50 would take minutes.)
    for store, inputs, context, _ in results[::RESUME_EVERY]:
        if len(inputs) < len(ANSWERS):
            resumed = run(["resume", "latest"], ANSWERS[len(inputs):], store)
            assert resumed.returncode == 0, f"{context}: {resumed.stderr}"
        assert plan_essentials(store) == expected_plan, context
    checked = sum(accepted for *_, accepted in results)
    print(f"{backend}: {CONVERSATIONS} kills, {checked} accepted answers checked, 0 lost")
