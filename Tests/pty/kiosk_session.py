"""Starts `carecoach kiosk` on a pseudo-terminal, with a configuration written for the test."""

import hashlib
import os
import tempfile

import pexpect
import pyte

from console_session import BIN, TIMEOUT, _Recorder

PIN = "4826"
SALT = bytes.fromhex("00112233445566778899aabbccddeeff")
# Few iterations keep the debug build quick; hashlib checks our PBKDF2 at the same time.
PIN_HASH = "pbkdf2-sha256$50${}${}".format(
    SALT.hex(), hashlib.pbkdf2_hmac("sha256", PIN.encode(), SALT, 50).hex()
)
WELCOME = "Press Enter to start"
PROMPT = r">(?:\x1b\[0m)? "
FIRST_QUESTION = "What do you most want to keep doing"


def spawn_kiosk(config_lines=None, home=None, columns=80, rows=24):
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
    child = pexpect.spawn(
        BIN,
        ["kiosk", "--config", config],
        env=env,
        encoding="utf-8",
        codec_errors="replace",
        dimensions=(rows, columns),
        timeout=TIMEOUT,
    )
    child.home = home
    child.transcript = []
    child.logfile_read = _Recorder(child.transcript)
    child.screen = pyte.Screen(columns, rows)
    child.stream = pyte.Stream(child.screen)
    return child


def screen_text(child):
    """What a person would see now: everything written, replayed through a terminal model."""
    screen = pyte.Screen(child.screen.columns, child.screen.lines)
    stream = pyte.Stream(screen)
    stream.feed("".join(child.transcript))
    return "\n".join(screen.display)


def start_person(child):
    child.expect(WELCOME)
    child.send("\r")
    child.expect(FIRST_QUESTION)
    child.expect(PROMPT)


def answer(child, text):
    child.send(text + "\r")
    child.expect(PROMPT)


def leave_as_admin(child, pin=PIN, at_welcome=False):
    """Types /admin and the PIN; waits for the welcome screen first unless already there."""
    if not at_welcome:
        child.expect(WELCOME)
    child.send("/admin\r")
    child.expect("PIN: ")
    child.send(pin + "\r")
