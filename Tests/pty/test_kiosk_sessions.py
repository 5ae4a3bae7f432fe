"""The kiosk through a pseudo-terminal: a person who finishes, one who walks away, and what is
left behind for the next person (nothing, on disk or on screen)."""

import os
import signal
import stat
import tempfile
import time

import pexpect

from kiosk_session import (
    PROMPT,
    WELCOME,
    answer,
    leave_as_admin,
    screen_text,
    spawn_kiosk,
    start_person,
)


def files_under(folder):
    found = []
    for root, _, names in os.walk(folder):
        found += [os.path.join(root, name) for name in names]
    return found


def test_a_person_who_finishes_gets_a_code_and_a_0600_plan_in_the_spool():
    spool = tempfile.mkdtemp(prefix="carecoach-spool-")
    child = spawn_kiosk([f"spool: {spool}"])
    start_person(child)
    answer(child, "Walking to the park with Rex")
    answer(child, "my sore knee")
    answer(child, "when is my blood test")
    answer(child, "done")
    answer(child, "sleep better")
    child.send("go to bed by ten\r")
    child.expect(r"Ask at reception for your printout: code ([A-Z0-9]{4})")
    code = child.match.group(1)
    child.expect("press Enter")
    plans = os.listdir(spool)
    assert plans == [f"plan-{code}.txt"]
    path = os.path.join(spool, plans[0])
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with open(path) as handle:
        text = handle.read()
    assert "Walking to the park with Rex" in text and code in text
    child.send("\r")
    child.expect(WELCOME)
    time.sleep(0.3)
    assert "Rex" not in screen_text(child)
    assert files_under(child.home) == []
    leave_as_admin(child, at_welcome=True)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_a_person_who_walks_away_is_warned_then_the_screen_is_cleared():
    child = spawn_kiosk(["idle_timeout: 3", "idle_warning: 1"])
    start_person(child)
    answer(child, "Singing in the choir")
    started = time.monotonic()
    child.expect("Are you still there\\? Press Enter to carry on.", timeout=5)
    assert time.monotonic() - started >= 1.5
    child.expect(WELCOME, timeout=4)
    time.sleep(0.3)
    screen = screen_text(child)
    assert "choir" not in screen
    assert WELCOME in screen
    assert files_under(child.home) == []
    leave_as_admin(child, at_welcome=True)
    child.expect(pexpect.EOF)


def test_pressing_enter_at_the_warning_carries_on_with_the_same_question():
    child = spawn_kiosk(["idle_timeout: 3", "idle_warning: 2"])
    start_person(child)
    answer(child, "Singing in the choir")
    child.expect("Are you still there", timeout=5)
    child.send("\r")
    child.expect("just one thing")
    child.expect(PROMPT)
    child.send("quit\r")
    leave_as_admin(child)
    child.expect(pexpect.EOF)


def test_quit_ends_only_that_persons_session():
    child = spawn_kiosk()
    start_person(child)
    child.send("Gardening with my grandson\r")
    child.expect(PROMPT)
    child.send("quit\r")
    child.expect(WELCOME)
    time.sleep(0.3)
    assert "grandson" not in screen_text(child)
    assert child.isalive()
    leave_as_admin(child, at_welcome=True)
    child.expect(pexpect.EOF)


def test_a_wrong_pin_is_refused_and_the_right_one_ends_the_kiosk():
    child = spawn_kiosk()
    leave_as_admin(child, pin="0000")
    child.expect("That PIN is not right")
    child.expect(WELCOME)
    assert child.isalive()
    assert "0000" not in "".join(child.transcript)
    leave_as_admin(child, at_welcome=True)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_sigterm_ends_cleanly_with_the_screen_cleared():
    child = spawn_kiosk()
    start_person(child)
    child.send("Fishing on Sundays\r")
    child.expect(PROMPT)
    child.kill(signal.SIGTERM)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Fishing" not in screen_text(child)


def test_the_next_person_cannot_bring_back_the_last_ones_words():
    child = spawn_kiosk()
    start_person(child)
    child.send("Visiting my sister\r")
    child.expect(PROMPT)
    child.send("cut this text\x15")  # Ctrl-U cuts the line into libedit's buffer
    child.send("quit\r")
    start_person(child)
    child.send("\x1b[A\x1b[A\x19")  # Up, Up, Ctrl-Y (paste what was cut)
    child.send("\r")
    child.expect(PROMPT)
    after = "".join(child.transcript).split("Press Enter to start")[-1]
    assert "sister" not in after and "cut this" not in after
    child.send("quit\r")
    leave_as_admin(child)
    child.expect(pexpect.EOF)


def test_nothing_is_left_on_disk_after_staff_leave_with_the_pin():
    child = spawn_kiosk()
    start_person(child)
    answer(child, "Gardening with my grandson")
    child.send("quit\r")
    leave_as_admin(child)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    # Checked once the kiosk has gone: no history, no store, nothing in its home at all.
    left = [os.path.join(folder, name)
            for folder, _, names in os.walk(child.home) for name in names]
    assert left == []
