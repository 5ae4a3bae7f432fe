"""The history file: private, kept between runs, and absent when history is off."""

import os
import stat
import tempfile
import time

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
    time.sleep(0.3)
    again.send("\r")
    again.expect("Thanks, Remembered Name.")
    assert finish(again) == 0


def test_no_history_writes_nothing():
    home = tempfile.mkdtemp(prefix="carecoach-pty-")
    child = spawn("--no-history", home=home)
    answer(child, "Sam")
    assert finish(child) == 0
    assert not os.path.exists(os.path.join(home, "data", "carecoach", "history"))
