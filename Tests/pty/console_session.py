"""Starts the real carecoach binary on a pseudo-terminal for the console tests.

pexpect gives the child a controlling terminal, which Ctrl-C and resize tests need.
"""

import os
import re
import tempfile
import time

import pexpect
import pyte

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.environ.get("CARECOACH_BIN", os.path.join(REPO, ".build", "debug", "carecoach"))
SCRIPT = os.path.join(REPO, "Tests", "Fixtures", "scripts", "small.yaml")
# Generous: the machine running the tests may be busy. Tests wait for output, never for time.
TIMEOUT = 30

# The prompt with or without colour: libedit resets the colour just before the final space.
PROMPT = r">(?:\x1b\[0m)? "
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")


def spawn(*args, colour=True, columns=80, rows=24, extra_env=None, home=None, command=None,
          preexec_fn=None):
    """`carecoach start --script small.yaml ARGS` (or `carecoach COMMAND...`) on a terminal.

    With colour (the default) lines are edited with libedit; `colour=False` sets NO_COLOR,
    which reads lines in the terminal's own line mode with no escape codes at all.
    """
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
    for name, value in list(env.items()):
        if value is None:
            del env[name]
    child = pexpect.spawn(
        BIN,
        command if command is not None else ["start", "--script", SCRIPT, *args],
        env=env,
        encoding="utf-8",
        codec_errors="replace",
        dimensions=(rows, columns),
        timeout=TIMEOUT,
        preexec_fn=preexec_fn,
    )
    child.home = home
    child.size = (rows, columns)
    child.transcript = []
    child.logfile_read = _Recorder(child.transcript)
    return child


def screen(child):
    """The screen a person would see now: everything written, replayed through pyte."""
    rows, columns = child.size
    model = pyte.Screen(columns, rows)
    pyte.Stream(model).feed(transcript(child))
    return [line.rstrip() for line in model.display]


def wait_for_screen(child, wanted, timeout=TIMEOUT):
    """Reads output until `wanted(lines)` holds for the replayed screen; returns the lines.

    For redraws, whose exact bytes are libedit's business: the test checks what they show.
    """
    deadline = time.monotonic() + timeout
    while True:
        lines = screen(child)
        if wanted(lines):
            return lines
        if time.monotonic() > deadline:
            raise AssertionError("the screen never showed what was wanted:\n" + "\n".join(lines))
        try:
            child.read_nonblocking(size=4096, timeout=0.2)
        except pexpect.TIMEOUT:
            pass


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
