"""Several `carecoach start` processes on one store at once: no corruption, no "database is
locked", and every conversation complete with every event.

The processes are fed line by line with short random pauses, so their writes interleave rather
than run one after another.
"""
import os
import pathlib
import random
import sqlite3
import subprocess
import tempfile
import re
import threading
import time

import pytest

from server import ServerStore
from test_durability import ANSWERS, BIN, SMALL, environment

PROCESSES = 4
# Every migration the store declares, in order: each must be applied exactly once.
MIGRATIONS = re.findall(
    r'registerMigration\("([^"]+)"\)',
    (pathlib.Path(__file__).resolve().parents[2] / "Sources/Store/Migrations.swift").read_text())
ROUNDS = 2


def feed(store, seed, results, index):
    generator = random.Random(seed)
    process = subprocess.Popen(
        [BIN, "start", "--script", SMALL, "--no-history"], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment(store))
    # Read both streams on their own threads so a full pipe never stalls the program.
    streams = {}
    readers = [
        threading.Thread(target=lambda name=name, stream=stream: streams.__setitem__(
            name, stream.read().decode("utf-8", "replace")))
        for name, stream in (("out", process.stdout), ("err", process.stderr))
    ]
    for reader in readers:
        reader.start()
    for answer in ANSWERS:
        process.stdin.write((answer + "\n").encode())
        process.stdin.flush()
        time.sleep(generator.uniform(0, 0.01))
    process.stdin.close()
    status = process.wait(timeout=60)
    for reader in readers:
        reader.join()
    results[index] = (status, streams["out"], streams["err"])


def test_parallel_conversations_share_one_store():
    with tempfile.TemporaryDirectory(prefix="carecoach-concurrency-") as folder:
        store = str(pathlib.Path(folder) / "store.sqlite")
        for round_number in range(ROUNDS):
            results = [None] * PROCESSES
            threads = [
                threading.Thread(target=feed, args=(store, round_number * 10 + i, results, i))
                for i in range(PROCESSES)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            for status, out, err in results:
                assert "locked" not in err and "locked" not in out
                assert status == 0, f"status {status}: {err}"
                assert "Your plan is saved." in out

        with sqlite3.connect(store) as db:
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            sessions = db.execute("SELECT id, status FROM session").fetchall()
            assert len(sessions) == PROCESSES * ROUNDS
            for session_id, status in sessions:
                assert status == "finished"
                inputs = [text for (text,) in db.execute(
                    "SELECT text FROM event WHERE sessionID = ? AND kind = 'input' "
                    "ORDER BY sequence", (session_id,))]
                assert inputs == ANSWERS
                sequences = [n for (n,) in db.execute(
                    "SELECT sequence FROM event WHERE sessionID = ? ORDER BY sequence",
                    (session_id,))]
                assert sequences == list(range(len(ANSWERS) + 1))


def test_parallel_conversations_share_one_server_store():
    """The same, on the organisation's server: several workers' processes at once."""
    server = ServerStore(BIN, dict(os.environ, NO_COLOR="1"))
    for round_number in range(ROUNDS):
        results = [None] * PROCESSES
        threads = [
            threading.Thread(target=feed, args=(server.address, round_number * 10 + i, results, i))
            for i in range(PROCESSES)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for status, out, err in results:
            assert status == 0, f"status {status}: {err}"
            assert "Your plan is saved." in out
    sessions = server.rows("SELECT id, status FROM carecoach.session")
    assert len(sessions) == PROCESSES * ROUNDS
    for session_id, status in sessions:
        assert status == "finished"
        inputs = [row[0] for row in server.rows(
            "SELECT text FROM carecoach.event WHERE session_id = '%s' AND kind = 'input' "
            "ORDER BY sequence" % session_id)]
        assert inputs == ANSWERS
        sequences = [int(row[0]) for row in server.rows(
            "SELECT sequence FROM carecoach.event WHERE session_id = '%s' ORDER BY sequence"
            % session_id)]
        assert sequences == list(range(len(ANSWERS) + 1))


def test_processes_creating_one_new_store_at_once():
    """Several processes opening a store that does not exist yet all create it, or find it made:
    none fails because another ran the same migration first."""
    with tempfile.TemporaryDirectory(prefix="carecoach-creation-") as folder:
        for attempt in range(10):
            store = str(pathlib.Path(folder) / f"store-{attempt}.sqlite")
            # A conversation that stops at once: `start` is what creates a store; the commands
            # that only look at sessions refuse a store that is not there.
            processes = [
                subprocess.Popen(
                    [BIN, "start", "--script", SMALL], stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment(store))
                for _ in range(PROCESSES)
            ]
            for process in processes:
                out, err = process.communicate(b"quit\n", timeout=60)
                assert process.returncode == 0, err.decode()
            with sqlite3.connect(store) as db:
                assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                applied = [name for (name,) in db.execute("SELECT * FROM grdb_migrations")]
                assert applied == MIGRATIONS, applied
