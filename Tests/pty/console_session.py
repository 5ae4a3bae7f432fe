"""Starts the real carecoach binary on a pseudo-terminal for the console tests.

pexpect gives the child a controlling terminal, which Ctrl-C and resize tests need.
"""

import os
import re
import tempfile

import pexpect

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.environ.get("CARECOACH_BIN", os.path.join(REPO, ".build", "debug", "carecoach"))
SCRIPT = os.path.join(REPO, "Tests", "Fixtures", "scripts", "small.yaml")
TIMEOUT = 10

# The prompt with or without colour: libedit resets the colour just before the final space.
PROMPT = r">(?:\x1b\[0m)? "
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def spawn(*args, colour=False, columns=80, extra_env=None, home=None):
    env = dict(os.environ)
    for name in ("NO_COLOR", "COLUMNS", "LINES"):
        env.pop(name, None)
    home = home or tempfile.mkdtemp(prefix="carecoach-pty-")
    env.update(
        TERM="xterm-256color",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        XDG_DATA_HOME=os.path.join(home, "data"),
        CARECOACH_STORE=os.path.join(home, "store.sqlite"),
        HOME=home,
    )
    if not colour:
        env["NO_COLOR"] = "1"
    env.update(extra_env or {})
    child = pexpect.spawn(
        BIN,
        ["start", "--script", SCRIPT, *args],
        env=env,
        encoding="utf-8",
        codec_errors="replace",
        dimensions=(24, columns),
        timeout=TIMEOUT,
    )
    child.transcript = []
    child.logfile_read = _Recorder(child.transcript)
    return child


class _Recorder:
    """Keeps everything the child wrote, to check for escape codes afterwards."""

    def __init__(self, parts):
        self.parts = parts

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


def transcript(child):
    return "".join(child.transcript)


def answer(child, text):
    """Waits for the prompt, then types a line and Enter."""
    child.expect(PROMPT)
    child.send(text + "\r")


def finish(child, waiting_for_prompt=True):
    """Ends with Ctrl-D on an empty line and checks the program leaves cleanly."""
    if waiting_for_prompt:
        child.expect(PROMPT)
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus
