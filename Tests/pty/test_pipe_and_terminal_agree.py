"""The same conversation through a pipe and through a pseudo-terminal builds the same plan.

People from Tests/Transcripts are answered twice with the default script: once on a pipe, once
typed at a terminal (waiting for the prompt before each line, as a person would). The exported
plans must be identical apart from ids and times.

A terminal changes how a line is read in (line editing), not what it means, so a set of people
chosen for the ways they type stands for all of them here; every people transcript is replayed
in full through the engine by the Swift transcript tests, and typing at a terminal costs a
second or more a line.

Each run starts its clock at the transcript's `now:` (CARECOACH_NOW), so that the days people
name ("friday", "next week") mean the same days on whatever day the tests are run.
"""
import json
import os
import subprocess
import tempfile

import pexpect
import pytest

from console_session import BIN, PROMPT, REPO

# Chosen for how they type: single words, skips, a carer, three goals, answers changed, a
# worker typing for someone, and people who read little and type "wat", "dunno" and "tuesdy".
# A person whose long pauses are part of the conversation (`[12 minutes later]`) is left out:
# the pauses are replayed from the events in the Swift transcript tests, not waited out here.
TYPING = [
    "people-1-walk-the-dog", "people-2-sugars", "people-3-carer", "people-4-skips-most",
    "people-5-single-words", "people-6-confidence-three", "people-7-three-goals",
    "people-8-changes-answer", "people-16-helper-typing", "people-20-worker-for-mrs-begum",
    "people-34-maureen-questions-in-two-places",
]
PEOPLE = [os.path.join(REPO, "Tests", "Transcripts", name + ".transcript") for name in TYPING]
VOLATILE = {"planId", "sessionId", "createdAt", "updatedAt", "at"}


def inputs(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    body = lines[lines.index("---") + 1:]
    return [line[2:] if line.startswith("> ") else "" for line in body if line.startswith(">")]


def header(path, key):
    """The value of a key in the transcript's header, or None."""
    for line in open(path, encoding="utf-8"):
        if line.strip() == "---":
            break
        if line.startswith(key + ":"):
            return line[len(key) + 1:].strip()
    return None


def moment(path):
    """The transcript's `now:`, the moment its conversation was recorded at."""
    now = header(path, "now")
    if now is None:
        raise AssertionError("%s has no now: line" % path)
    return now


def start_arguments(path):
    """`start`, in the transcript's mode when it names one (a worker typing for someone)."""
    mode = header(path, "mode")
    return ["start", "--no-history"] + (["--mode", mode] if mode else [])


def environment(folder, now):
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", NO_COLOR="1", TERM="xterm-256color",
               HOME=folder, XDG_DATA_HOME=os.path.join(folder, "data"),
               CARECOACH_STORE=os.path.join(folder, "store.sqlite"), CARECOACH_NOW=now)
    env.pop("COLUMNS", None)
    return env


def exported(env):
    result = subprocess.run([BIN, "export", "latest", "--format", "json"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return strip(json.loads(result.stdout))


def strip(value):
    """The plan without what differs between any two runs: ids and times."""
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value


def through_pipe(lines, now, arguments=("start", "--no-history")):
    with tempfile.TemporaryDirectory() as folder:
        env = environment(folder, now)
        run = subprocess.run([BIN, *arguments], input="".join(l + "\n" for l in lines),
                             env=env, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        return exported(env)


def through_terminal(lines, now, arguments=("start", "--no-history")):
    with tempfile.TemporaryDirectory() as folder:
        env = environment(folder, now)
        child = pexpect.spawn(BIN, list(arguments), env=env, encoding="utf-8",
                              codec_errors="replace", dimensions=(40, 100), timeout=20)
        for line in lines:
            child.expect(PROMPT)
            child.sendline(line)
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0
        return exported(env)


@pytest.mark.parametrize("path", PEOPLE, ids=[os.path.basename(p) for p in PEOPLE])
def test_pipe_and_terminal_give_the_same_plan(path):
    lines = inputs(path)
    arguments = start_arguments(path)
    piped = through_pipe(lines, moment(path), arguments)
    typed = through_terminal(lines, moment(path), arguments)
    assert piped["status"] == "complete"
    assert typed == piped


def test_each_person_chosen_is_there_and_has_no_pauses():
    for path in PEOPLE:
        assert os.path.exists(path), path
        assert " minutes later]" not in open(path, encoding="utf-8").read(), path


def test_the_check_can_fail():
    """Different answers give different plans, so equality above means something."""
    lines = inputs(PEOPLE[0])
    changed = [("Margot" if line == "Margaret" else line) for line in lines]
    now = moment(PEOPLE[0])
    assert through_pipe(changed, now) != through_pipe(lines, now)


def test_the_clock_can_be_set():
    """A recorded moment gives the days named from it, whatever today is."""
    with tempfile.TemporaryDirectory() as folder:
        env = environment(folder, "2026-11-22T10:00:00Z")
        result = subprocess.run([BIN, "match", "friday"], env=env, capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        assert "2026-11-27" in result.stdout, result.stdout


def test_a_clock_that_is_not_a_moment_is_refused():
    with tempfile.TemporaryDirectory() as folder:
        env = environment(folder, "last tuesday")
        result = subprocess.run([BIN, "start"], env=env, capture_output=True, text=True,
                                timeout=60, input="")
        assert result.returncode != 0
        assert "CARECOACH_NOW" in result.stderr and "last tuesday" in result.stderr
