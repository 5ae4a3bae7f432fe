"""The history file: private, kept between runs, and absent when history is off."""

import hashlib
import hmac
import os
import sqlite3
import stat
import tempfile

from console_session import PROMPT, answer, finish, spawn


def _mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def test_history_is_saved_privately_and_recalled_next_time():
    home = tempfile.mkdtemp(prefix="carecoach-pty-")
    child = spawn(home=home)
    answer(child, "Remembered Name")
    assert finish(child) == 0
    path = os.path.join(home, "data", "carecoach", "history")
    assert _mode(path) == 0o600
    assert _mode(os.path.dirname(path)) == 0o700

    again = spawn(home=home)
    again.expect(PROMPT)
    again.send("\x1b[A")
    again.expect("Remembered Name")
    again.send("\r")
    again.expect("Thanks, Remembered Name.")
    assert finish(again) == 0


def test_no_history_writes_nothing():
    home = tempfile.mkdtemp(prefix="carecoach-pty-")
    child = spawn("--no-history", home=home)
    answer(child, "Sam")
    assert finish(child) == 0
    assert not os.path.exists(os.path.join(home, "data", "carecoach", "history"))


def test_home_is_taken_from_the_environment_when_xdg_data_home_is_unset():
    home = tempfile.mkdtemp(prefix="carecoach-pty-")
    child = spawn(home=home, extra_env={"XDG_DATA_HOME": None, "CARECOACH_STORE": None})
    answer(child, "Sam")
    assert finish(child) == 0
    folder = os.path.join(home, ".local", "share", "carecoach")
    assert _mode(os.path.join(folder, "history")) == 0o600
    assert os.path.exists(os.path.join(folder, "carecoach.sqlite"))
    assert _mode(folder) == 0o700


def _facilitator(home, client=None):
    args = ["--mode", "facilitator"] + (["--client", client] if client else [])
    return spawn(*args, home=home)


def _client_history(home, client):
    """The client's file: named with an HMAC of the reference under the store's own secret, so
    no one can test guesses against the names in the folder."""
    with sqlite3.connect(os.path.join(home, "store.sqlite")) as db:
        (secret,) = db.execute("SELECT secret FROM history_secret").fetchone()
    # The reference as it is matched: without the spaces around it, and case folded.
    key = client.strip().casefold()
    digest = hmac.new(secret, key.encode("utf-8"), hashlib.sha256).hexdigest()
    return os.path.join(home, "data", "carecoach", "history-client-" + digest)


def test_facilitator_history_is_kept_per_client_privately():
    home = tempfile.mkdtemp(prefix="carecoach-pty-")
    first = _facilitator(home, "C-1/../x")
    answer(first, "First Client")
    assert finish(first) == 0
    path = _client_history(home, "C-1/../x")
    assert _mode(path) == 0o600
    assert "First" in open(path, encoding="utf-8", errors="replace").read()
    # No shared history file beside it, and no file named after the reference.
    assert os.listdir(os.path.dirname(path)) == [os.path.basename(path)]

    # The next client's Up finds nothing of the first client's.
    second = _facilitator(home, "C-2")
    second.expect(PROMPT)
    second.send("\x1b[A")
    second.send("Zed\r")
    # pexpect matches across lines: the name is what comes before the first full stop.
    second.expect(r"Thanks, ([^.\r\n]*)\.")
    assert second.match.group(1) == "Zed"
    assert finish(second) == 0
    assert "First" not in open(_client_history(home, "C-2"), encoding="utf-8").read()

    # The same client's does.
    again = _facilitator(home, "C-1/../x")
    again.expect(PROMPT)
    again.send("\x1b[A\r")
    again.expect("Thanks, First Client.")
    assert finish(again) == 0


def test_facilitator_without_a_client_keeps_no_history():
    home = tempfile.mkdtemp(prefix="carecoach-pty-")
    child = _facilitator(home)
    answer(child, "Sam")
    assert finish(child) == 0
    folder = os.path.join(home, "data", "carecoach")
    assert not os.path.exists(folder) or os.listdir(folder) == []
