"""`carecoach kiosk --hash-pin`: asked twice at a terminal, once through a pipe.

Standard output carries the pin_hash line and nothing else, whichever way the PIN comes in,
so `carecoach kiosk --hash-pin >> kiosk.yaml` is safe. Every hash is checked with Python's
hashlib, which has no code in common with the program's.
"""

import hashlib
import io
import os
import subprocess
import tempfile

import pexpect

BIN = os.environ.get("CARECOACH_BIN", ".build/debug/carecoach")
TIMEOUT = 60
FIRST = "Type the new PIN and press Enter: "
AGAIN = "Type it again to check it: "


def environment():
    home = tempfile.mkdtemp(prefix="carecoach-hash-pin-")
    return dict(
        os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"),
        CARECOACH_STORE=os.path.join(home, "store.sqlite"),
    )


def check_line(line, pin):
    """The pin_hash line holds a PBKDF2-SHA256 hash of `pin` at 600,000 iterations."""
    assert line.startswith('pin_hash: "') and line.endswith('"') and pin not in line
    scheme, iterations, salt, digest = line.split('"')[1].split("$")
    assert scheme == "pbkdf2-sha256"
    assert iterations == "600000"
    expected = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), 600_000)
    assert digest == expected.hex()


def at_a_terminal(first, again=None):
    """Runs --hash-pin on a pseudo-terminal for standard input and standard error, with
    standard output to a file, as `carecoach kiosk --hash-pin > line.txt` would."""
    folder = tempfile.mkdtemp(prefix="carecoach-hash-pin-out-")
    out = os.path.join(folder, "stdout")
    command = f"exec {BIN} kiosk --hash-pin > {out}"
    child = pexpect.spawn(
        "/bin/sh", ["-c", command], env=environment(), encoding="utf-8", timeout=TIMEOUT
    )
    screen = io.StringIO()
    child.logfile_read = screen
    child.expect_exact(FIRST)
    child.sendline(first)
    if again is not None:
        child.expect_exact(AGAIN)
        child.sendline(again)
    child.expect(pexpect.EOF)
    child.close()
    with open(out, encoding="utf-8") as stdout:
        return child.exitstatus, screen.getvalue(), stdout.read()


def test_at_a_terminal_the_pin_is_asked_twice_and_only_the_line_is_printed():
    status, screen, stdout = at_a_terminal("735104", "735104")
    assert status == 0
    assert "735104" not in screen, "the PIN was echoed"
    assert stdout.endswith("\n") and stdout.count("\n") == 1
    check_line(stdout.strip(), "735104")


def test_two_different_pins_are_refused_and_nothing_is_printed():
    status, screen, stdout = at_a_terminal("735104", "735105")
    assert status == 1
    assert "The two PINs are not the same, so no hash was made." in screen
    assert stdout == ""


def test_a_short_pin_is_refused_before_it_is_asked_again():
    status, screen, stdout = at_a_terminal("7351")
    assert status == 1
    assert "The PIN is too short. Use at least 6 characters" in screen
    assert AGAIN not in screen
    assert stdout == ""


def test_through_a_pipe_one_line_is_read_and_only_the_line_is_printed():
    result = subprocess.run(
        [BIN, "kiosk", "--hash-pin"], input="258046\n", capture_output=True, text=True,
        env=environment(), timeout=TIMEOUT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1
    check_line(result.stdout.strip(), "258046")
    assert FIRST not in result.stderr and AGAIN not in result.stderr
