"""The kiosk through a pseudo-terminal: what only a real terminal shows of what is left behind
for the next person (nothing, on disk, on the screen, in its scrollback or in the line editor).

The round itself (idle warnings, the PIN's waits and lockout, delivery, safety notices held on
screen) is tested in process with a fake clock, in Tests/KioskTests. Here one person walks
away for real, once.

The screen is modelled with scrollback (`kiosk_session.ScrollbackScreen`), and the sessions
run on a short screen so the person's words have scrolled into it before their session ends.
"""

import os
import signal
import tempfile

import pexpect
import pytest

from kiosk_session import (
    quit_person,
    FIRST_QUESTION,
    PIN,
    PROMPT,
    SHORT_IDLE,
    STAFF_LEFT,
    WELCOME,
    answer,
    leave_as_admin,
    read_plan,
    replay,
    screen_text,
    spawn_kiosk,
    start_person,
)

# Few rows, so the first answers scroll off the top into the scrollback.
SHORT_SCREEN = 12


def files_under(folder):
    found = []
    for root, _, names in os.walk(folder):
        found += [os.path.join(root, name) for name in names]
    return found


def scrollback_text(child):
    screen = replay(child)
    return "\n".join(
        "".join(line[column].data for column in range(screen.columns))
        for line in screen.history.top
    )


def answer_until_scrolled_off(child, text):
    """Answers the first question with `text`, and the next two with more, until `text` has
    scrolled off the top of the short screen: it is then only in the scrollback."""
    answer(child, text)
    answer(child, "my knee")
    answer(child, "skip")
    assert text in scrollback_text(child), "the test needs the answer in the scrollback"


def test_a_person_who_walks_away_mid_line_leaves_nothing_on_screen_or_in_the_editor():
    child = spawn_kiosk(SHORT_IDLE, rows=SHORT_SCREEN)
    start_person(child)
    answer_until_scrolled_off(child, "Singing in the choir")
    child.send("Feeding the ducks")
    child.expect("Feeding the ducks")
    child.expect("Are you still there\\? Press Enter to carry on.", timeout=30)
    child.expect(WELCOME, timeout=30)
    screen = screen_text(child)
    assert "choir" not in screen and "ducks" not in screen
    assert WELCOME in screen
    assert files_under(child.home) == []
    # Nor is the half line waiting in the line editor for the next person's Enter.
    child.send("\r")
    child.expect(FIRST_QUESTION)
    child.expect(PROMPT)
    child.send("\r")
    child.expect(PROMPT)
    assert "ducks" not in "".join(child.transcript).split(WELCOME)[-1]
    quit_person(child)
    leave_as_admin(child)
    child.expect(pexpect.EOF)


def test_ctrl_s_cannot_stop_the_screen_from_being_cleared():
    """Ctrl-S (XOFF) would stop all output until Ctrl-Q, the clearing with it. No Ctrl-Q is
    sent here."""
    child = spawn_kiosk()
    start_person(child)
    answer(child, "Pangolin painting")
    child.send("\x13")
    quit_person(child)
    child.expect(WELCOME)
    screen = screen_text(child)
    assert WELCOME in screen
    assert "Pangolin" not in screen
    leave_as_admin(child, at_welcome=True)
    child.expect(pexpect.EOF)


def test_the_pin_is_not_shown_and_the_right_one_ends_the_kiosk():
    child = spawn_kiosk()
    leave_as_admin(child)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == STAFF_LEFT
    assert PIN not in "".join(child.transcript)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["term", "hup"])
def test_a_signal_ends_cleanly_with_the_screen_and_scrollback_cleared(signum):
    child = spawn_kiosk(rows=SHORT_SCREEN)
    start_person(child)
    answer_until_scrolled_off(child, "Fishing on Sundays")
    child.kill(signum)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Fishing" not in screen_text(child)


def test_nothing_is_written_to_home_tmpdir_or_the_working_folder():
    home = tempfile.mkdtemp(prefix="carecoach-kiosk-home-")
    tmpdir = tempfile.mkdtemp(prefix="carecoach-kiosk-tmp-")
    working = tempfile.mkdtemp(prefix="carecoach-kiosk-cwd-")
    child = spawn_kiosk(home=home, extra_env={"TMPDIR": tmpdir}, cwd=working)
    start_person(child)
    for text in ["Walking to the park with Rex", "my sore knee", "skip", "sleep better"]:
        answer(child, text)
    child.send("go to bed by ten\r")
    read_plan(child)
    child.send("\r")
    start_person(child)
    answer(child, "Painting")
    quit_person(child)
    leave_as_admin(child)
    child.expect(pexpect.EOF)
    assert files_under(home) == []
    assert files_under(tmpdir) == []
    assert files_under(working) == []


def test_the_next_person_cannot_bring_back_the_last_ones_words():
    child = spawn_kiosk()
    start_person(child)
    child.send("Visiting my sister\r")
    child.expect(PROMPT)
    child.send("cut this text\x15")  # Ctrl-U cuts the line into libedit's buffer
    quit_person(child)
    start_person(child)
    child.send("\x1b[A\x1b[A\x19")  # Up, Up, Ctrl-Y (paste what was cut)
    child.send("\r")
    child.expect(PROMPT)
    after = "".join(child.transcript).split("Press Enter to start")[-1]
    assert "sister" not in after and "cut this" not in after
    quit_person(child)
    leave_as_admin(child)
    child.expect(pexpect.EOF)


def test_nothing_is_left_on_disk_after_staff_leave_with_the_pin():
    child = spawn_kiosk()
    start_person(child)
    answer(child, "Gardening with my grandson")
    quit_person(child)
    leave_as_admin(child)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == STAFF_LEFT
    # Checked once the kiosk has gone: no history, no store, nothing in its home at all.
    left = [os.path.join(folder, name)
            for folder, _, names in os.walk(child.home) for name in names]
    assert left == []


def finish_after_first_answer(child):
    """Answers the rest of the kiosk's questions and reads the plan to its end."""
    for text in ["my knee", "done", "sleep better"]:
        answer(child, text)
    child.send("go to bed by ten\r")
    read_plan(child)
    return "".join(child.transcript).split(FIRST_QUESTION)[-1]


@pytest.mark.parametrize("args", [(), ("--plain",)], ids=["editing", "plain"])
def test_words_typed_before_the_idle_warning_stay_on_the_line_to_finish(args):
    child = spawn_kiosk(SHORT_IDLE, args=args)
    start_person(child)
    child.send("swimming with my")
    child.expect("Are you still there\\? Press Enter to carry on.", timeout=30)
    # The words are written again under the warning, on the line, to carry on from.
    child.expect("swimming with my")
    child.send(" grandaughter\r")
    child.expect("just one thing")
    child.expect(PROMPT)
    assert "swimming with my grandaughter" in finish_after_first_answer(child)
    child.send("\r")
    leave_as_admin(child)
    child.expect(pexpect.EOF)


def test_enter_at_the_warning_keeps_the_half_typed_words_on_the_line():
    child = spawn_kiosk(SHORT_IDLE)
    start_person(child)
    child.send("should i weigh mysel")
    child.expect("Are you still there\\? Press Enter to carry on.", timeout=30)
    child.expect("should i weigh mysel")
    child.send("\r")
    # The question again, with the words still on its line.
    child.expect(FIRST_QUESTION)
    child.expect("should i weigh mysel")
    child.send("f\r")
    child.expect("just one thing")
    child.expect(PROMPT)
    assert "should i weigh myself" in finish_after_first_answer(child)
    child.send("\r")
    leave_as_admin(child)
    child.expect(pexpect.EOF)
