"""The safety net in the kiosk: every line is read, wherever it is typed, and the numbers stay
on screen, with the line about reception, until the person has read them."""

import os
import subprocess
import tempfile
import time

import pexpect

from console_session import BIN
from kiosk_session import PROMPT, WELCOME, leave_as_admin, screen_text, spawn_kiosk, start_person

HOLD = "When you have finished reading, press Enter."
RECEPTION = "Please speak to someone at reception now."


def test_a_crisis_typed_at_the_welcome_screen_shows_the_numbers_and_reception():
    child = spawn_kiosk(rows=40)
    child.expect(WELCOME)
    child.send("I want to end my life\r")
    child.expect("116 123")
    child.expect(RECEPTION)
    child.expect(HOLD)
    time.sleep(1)
    screen = screen_text(child)
    assert "116 123" in screen and "85258" in screen and RECEPTION in screen
    child.send("\r")
    child.expect(WELCOME)
    time.sleep(0.3)
    assert "116 123" not in screen_text(child)
    leave_as_admin(child, at_welcome=True)
    child.expect(pexpect.EOF)


def test_stop_after_a_notice_keeps_the_numbers_on_screen_until_enter():
    child = spawn_kiosk(rows=40)
    start_person(child)
    child.send("I can't breathe and my lips are blue\r")
    child.expect("carry on, or stop")
    child.expect(PROMPT)
    child.send("stop\r")
    child.expect(HOLD)
    time.sleep(1.5)
    screen = screen_text(child)
    assert "call 999" in screen and RECEPTION in screen
    assert WELCOME not in screen
    child.send("\r")
    child.expect(WELCOME)
    time.sleep(0.3)
    assert "999" not in screen_text(child)
    leave_as_admin(child, at_welcome=True)
    child.expect(pexpect.EOF)


def test_a_held_notice_is_cleared_after_the_idle_limit():
    # The shortest idle settings the configuration accepts.
    child = spawn_kiosk(["idle_timeout: 10", "idle_warning: 5"], rows=40)
    start_person(child)
    child.send("I want to kill myself\r")
    child.expect("carry on, or stop")
    child.expect(PROMPT)
    child.send("quit\r")
    child.expect(HOLD)
    held = time.monotonic()
    child.expect(WELCOME, timeout=20)
    assert time.monotonic() - held >= 9
    time.sleep(0.3)
    assert "116 123" not in screen_text(child)
    leave_as_admin(child, at_welcome=True)
    child.expect(pexpect.EOF)


def test_a_line_typed_at_the_idle_warning_is_read_by_the_safety_net():
    child = spawn_kiosk(["idle_timeout: 10", "idle_warning: 5"], rows=40)
    start_person(child)
    child.expect("Are you still there", timeout=15)
    child.send("one side of my face is drooping\r")
    child.expect("THIS COULD BE A STROKE")
    child.expect("call 999")
    child.expect(RECEPTION)
    child.expect("carry on, or stop")
    child.expect(PROMPT)
    child.send("carry on\r")
    child.expect("What do you most want to keep doing")
    child.expect(PROMPT)
    child.send("quit\r")
    child.expect(HOLD)
    child.send("\r")
    leave_as_admin(child)
    child.expect(pexpect.EOF)


def test_through_a_pipe_the_welcome_line_and_stop_show_reception_before_the_next_welcome():
    home = tempfile.mkdtemp(prefix="carecoach-kiosk-")
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"))
    env["CARECOACH_STORE"] = os.path.join(home, "store.sqlite")
    result = subprocess.run(
        [BIN, "kiosk"],
        input="my chest is killing me\n\n\nI want to die\nstop\n\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0
    out = result.stdout
    # At the welcome screen: the notice, reception, the hold, then the next welcome.
    chest = out.index("Chest pain, or a tight or heavy chest, can be serious.")
    assert out.index(RECEPTION, chest) < out.index(HOLD, chest) < out.index(WELCOME, chest)
    # In a conversation: stop, then reception said again and the hold, then the next welcome.
    stopped = out.index("OK, we'll stop here.")
    assert out.index(RECEPTION, stopped) < out.index(HOLD, stopped) < out.index(WELCOME, stopped)
    assert out.count(WELCOME) == 3
    assert os.listdir(home) == []
