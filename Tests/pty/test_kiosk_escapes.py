"""No way out of the kiosk: keys, signals and odd input end at most one person's session."""

import pexpect
import pytest

from kiosk_session import (
    quit_person,
    FIRST_QUESTION,
    PIN,
    PROMPT,
    STAFF_LEFT,
    WELCOME,
    leave_as_admin,
    screen_text,
    spawn_kiosk,
    start_person,
)


def still_running(child):
    """Alive now; the test then goes on through the kiosk, which a stopped one would not."""
    assert child.isalive()


@pytest.mark.parametrize("key", ["\x03", "\x1c", "\x1a"], ids=["ctrl-c", "ctrl-backslash", "ctrl-z"])
def test_signal_keys_clear_the_line_and_the_question_goes_on(key):
    child = spawn_kiosk()
    start_person(child)
    child.send("half an answer")
    child.expect("half an answer")
    child.send(key)
    child.expect("Line cleared")
    child.expect(PROMPT)
    still_running(child)
    child.send("Reading\r")
    child.expect("just one thing")
    child.expect(PROMPT)
    quit_person(child)
    leave_as_admin(child)
    child.expect(pexpect.EOF)


@pytest.mark.parametrize("key", ["\x03", "\x1c", "\x1a", "\x04"], ids=["c", "backslash", "z", "d"])
def test_keys_at_the_welcome_screen_do_nothing(key):
    child = spawn_kiosk()
    child.expect(WELCOME)
    child.send(key)
    still_running(child)
    start_person(child)
    quit_person(child)
    leave_as_admin(child)
    child.expect(pexpect.EOF)


@pytest.mark.parametrize("key", ["\x03", "\x1c", "\x1a"], ids=["c", "backslash", "z"])
def test_signal_keys_at_the_pin_prompt_neither_end_nor_stop_the_kiosk(key):
    child = spawn_kiosk()
    child.expect(WELCOME)
    child.send("/admin\r")
    child.expect("PIN: ")
    child.send("12" + key)
    still_running(child)
    # The key threw away the half PIN before it; a stopped kiosk would not answer at all.
    child.send(PIN + "\r")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == STAFF_LEFT


def test_ctrl_d_at_the_pin_prompt_goes_back_to_the_welcome_screen():
    child = spawn_kiosk()
    child.expect(WELCOME)
    child.send("/admin\r")
    child.expect("PIN: ")
    child.sendeof()
    child.expect(WELCOME)
    still_running(child)
    assert "not right" not in "".join(child.transcript)
    leave_as_admin(child, at_welcome=True)
    child.expect(pexpect.EOF)


def test_ctrl_d_ends_the_persons_session_not_the_kiosk():
    child = spawn_kiosk()
    start_person(child)
    child.send("Baking bread\r")
    child.expect(PROMPT)
    child.sendeof()
    child.expect(WELCOME)
    still_running(child)
    assert "Baking" not in screen_text(child)
    leave_as_admin(child, at_welcome=True)
    child.expect(pexpect.EOF)


@pytest.mark.parametrize(
    "text",
    [
        "x" * 100_000,
        "\x01\x02\x05\x7f\xff\xfe\x00binary",
        "\x1b[2J\x1b]0;owned\x07\x1b[31mred\x1b[0m",
        "\x1b[A\x1b[B\x1b[5~\x1bOP",
    ],
    ids=["100KB", "binary", "escapes", "keys"],
)
def test_odd_input_is_handled_and_the_kiosk_goes_on(text):
    child = spawn_kiosk()
    start_person(child)
    child.send(text)
    child.send("\r")
    child.expect(PROMPT, timeout=90)
    still_running(child)
    quit_person(child)
    child.expect(WELCOME)
    leave_as_admin(child, at_welcome=True)
    child.expect(pexpect.EOF, timeout=30)


def test_tab_offers_only_the_current_choices_not_commands():
    child = spawn_kiosk()
    start_person(child)
    child.send("\t\t")
    # Keys are handled in order: whatever Tab offered is written before the welcome comes back.
    child.send("\x15")
    quit_person(child)
    child.expect(WELCOME)
    assert "summary" not in "".join(child.transcript).split(FIRST_QUESTION)[-1]
    leave_as_admin(child, at_welcome=True)
    child.expect(pexpect.EOF)
