"""Starts `carecoach kiosk` on a pseudo-terminal, with a configuration written for the test."""

import hashlib
import os
import tempfile
import time

import pexpect
import pyte

from console_session import BIN, TIMEOUT, _Recorder

PIN = "482613"
SALT = bytes.fromhex("00112233445566778899aabbccddeeff")
# Few iterations keep the debug build quick; hashlib checks our PBKDF2 at the same time.
PIN_HASH = "pbkdf2-sha256$50${}${}".format(
    SALT.hex(), hashlib.pbkdf2_hmac("sha256", PIN.encode(), SALT, 50).hex()
)
WELCOME = "Press Enter to start"
PROMPT = r">(?:\x1b\[0m)? "
FIRST_QUESTION = "What do you most want to keep doing"
# The machine running the tests may be busy: waits are generous, and end as soon as the
# output they wait for comes.
KIOSK_TIMEOUT = max(TIMEOUT, 30)
MORE = "Press Enter for more"
FINISHED_READING = r"finished reading,\s+press Enter"
# The exit status when staff leave with the PIN (the service manager does not restart then).
STAFF_LEFT = 3
# The exit status after a crash.
CRASHED = 70
# The shortest idle settings a configuration may give, for the tests of walking away.
SHORT_IDLE = ["idle_timeout: 10", "idle_warning: 5"]


class ScrollbackScreen(pyte.HistoryScreen):
    """A terminal with scrollback, which forgets it on `ESC [ 3 J` as xterm does.

    pyte keeps the lines that scroll off the top, but treats `ESC [ 3 J` as a plain clear and
    keeps its history; a real terminal (xterm, VTE, the kitty family) empties its scrollback.
    """

    def erase_in_display(self, how=0, *args, **kwargs):
        super().erase_in_display(how, *args, **kwargs)
        if how == 3:
            self.history.top.clear()
            self.history.bottom.clear()


def spawn_kiosk(
    config_lines=None, home=None, columns=80, rows=24, args=(), extra_env=None, cwd=None
):
    home = home or tempfile.mkdtemp(prefix="carecoach-kiosk-")
    os.makedirs(os.path.join(home, "data"), exist_ok=True)
    os.makedirs(os.path.join(home, "config"), exist_ok=True)
    config_dir = tempfile.mkdtemp(prefix="carecoach-kiosk-config-")
    config = os.path.join(config_dir, "kiosk.yaml")
    lines = [f'pin_hash: "{PIN_HASH}"'] + list(config_lines or [])
    with open(config, "w") as handle:
        handle.write("\n".join(lines) + "\n")
    env = dict(os.environ)
    for name in ("NO_COLOR", "COLUMNS", "LINES"):
        env.pop(name, None)
    env.update(
        TERM="xterm-256color",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        HOME=home,
        XDG_DATA_HOME=os.path.join(home, "data"),
        XDG_CONFIG_HOME=os.path.join(home, "config"),
        CARECOACH_STORE=os.path.join(home, "store.sqlite"),
        NO_COLOR="1",
    )
    env.update(extra_env or {})
    child = pexpect.spawn(
        BIN,
        ["kiosk", "--config", config, *args],
        env=env,
        cwd=cwd,
        encoding="utf-8",
        codec_errors="replace",
        dimensions=(rows, columns),
        timeout=KIOSK_TIMEOUT,
    )
    child.home = home
    child.transcript = []
    child.logfile_read = _Recorder(child.transcript)
    child.columns, child.rows = columns, rows
    return child


def replay(child):
    """Everything written so far, replayed through a terminal with scrollback."""
    screen = ScrollbackScreen(child.columns, child.rows, history=10_000)
    pyte.Stream(screen).feed("".join(child.transcript))
    return screen


def display_text(child):
    """What is on the screen now."""
    return "\n".join(replay(child).display)


def screen_text(child):
    """What the next person could see: the screen and everything they could scroll back to."""
    screen = replay(child)
    history = [
        "".join(line[column].data for column in range(screen.columns))
        for line in screen.history.top
    ]
    return "\n".join(history + list(screen.display))


def wait_for_display(child, wanted, timeout=KIOSK_TIMEOUT):
    """Reads output until `wanted(text)` holds for what is on the screen now; returns the text.

    For what the screen shows rather than which bytes came: the test waits for the text it
    expects, never for a time.
    """
    deadline = time.monotonic() + timeout
    while True:
        text = display_text(child)
        if wanted(text):
            return text
        if time.monotonic() > deadline:
            raise AssertionError("the screen never showed what was wanted:\n" + text)
        try:
            child.read_nonblocking(size=4096, timeout=0.2)
        except pexpect.TIMEOUT:
            pass


def start_person(child):
    child.expect(WELCOME)
    child.send("\r")
    child.expect(FIRST_QUESTION)
    child.expect(PROMPT)


def read_plan(child):
    """Presses Enter at each "Press Enter for more" until the end of the plan."""
    while child.expect([MORE, FINISHED_READING], timeout=30) == 0:
        child.send("\r")


def answer(child, text):
    child.send(text + "\r")
    child.expect(PROMPT)


def quit_person(child):
    """Types quit, and yes to "Stop now?": the person's session ends, answers cleared."""
    child.send("quit\r")
    child.expect("Stop now\\?")
    child.expect(PROMPT)
    child.send("yes\r")


def leave_as_admin(child, pin=PIN, at_welcome=False):
    """Types /admin and the PIN; waits for the welcome screen first unless already there."""
    if not at_welcome:
        child.expect(WELCOME)
    child.send("/admin\r")
    child.expect("PIN: ")
    child.send(pin + "\r")
