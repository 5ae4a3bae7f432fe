"""Ctrl-C, Ctrl-D and signals: the person is never thrown out, the terminal always restored."""

import resource
import signal
import termios

import pexpect
import pytest

from console_session import PROMPT, TIMEOUT, answer, finish, spawn, transcript


def test_ctrl_c_clears_the_line_and_the_conversation_goes_on():
    child = spawn()
    child.expect(PROMPT)
    child.send("garbage")
    child.expect("garbage")  # echoed: libedit holds the line
    child.sendintr()
    child.expect("Line cleared")
    child.expect(PROMPT)
    child.send("Sam\r")
    child.expect("Thanks, Sam.")
    assert "garbage" not in child.before
    assert finish(child) == 0


def test_ctrl_d_on_an_empty_line_ends():
    child = spawn()
    child.expect(PROMPT)
    child.sendeof()
    child.expect("stop here")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_ctrl_d_on_a_line_with_text_does_not_end():
    child = spawn()
    child.expect(PROMPT)
    child.send("Sam")
    child.expect("Sam")  # echoed: libedit holds the line, so Ctrl-D is its key
    # Keys reach the program in order: were Ctrl-D taken as the end, Enter would find no one.
    child.sendeof()
    child.send("\r")
    child.expect("Thanks, Sam.")
    assert finish(child) == 0


def _line_mode(child):
    attributes = termios.tcgetattr(child.child_fd)
    return attributes[3] & (termios.ICANON | termios.ECHO)


def _ended_by_signal(signum):
    child = spawn()
    child.expect(PROMPT)
    # While a line is being edited the terminal is in libedit's raw mode (set before the
    # prompt is drawn)...
    assert _line_mode(child) != termios.ICANON | termios.ECHO
    child.kill(signum)
    child.expect(pexpect.EOF)
    # ...and after the signal it is back to normal line mode with echo.
    assert _line_mode(child) == termios.ICANON | termios.ECHO
    child.close()
    assert child.signalstatus == signum


def test_sigterm_restores_the_terminal():
    _ended_by_signal(signal.SIGTERM)


def test_sighup_restores_the_terminal():
    _ended_by_signal(signal.SIGHUP)


def test_quit_restores_the_terminal():
    child = spawn()
    answer(child, "quit")
    child.expect(pexpect.EOF)
    assert _line_mode(child) == termios.ICANON | termios.ECHO
    child.close()


# Keys pressed the moment the prompt appears. libedit draws the prompt before it switches the
# terminal to its own mode, and a Ctrl-C counted just before its read began used to wait for
# the next key: the Ctrl-C was echoed as ^C and the next answer thrown away, and a Ctrl-D was
# lost. No sleep between the prompt and the key, many times over, so the gap would be hit.
RACE_RUNS = 20


def test_ctrl_c_the_moment_the_prompt_appears_clears_the_line_and_keeps_the_next():
    for run in range(RACE_RUNS):
        child = spawn()
        child.expect(PROMPT)
        child.sendintr()
        child.expect("Line cleared", timeout=TIMEOUT)
        child.expect(PROMPT)
        child.send("Sam\r")
        child.expect("Thanks, Sam.")
        assert "^C" not in transcript(child), f"run {run}: the terminal cooked the Ctrl-C"
        child.close(force=True)


def test_ctrl_d_the_moment_the_prompt_appears_saves_and_says_how_to_resume():
    for run in range(RACE_RUNS):
        child = spawn()
        child.expect(PROMPT)
        child.sendeof()
        child.expect("OK, we'll stop here.")
        child.expect(r"To carry on later, type: carecoach resume \w+")
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0, f"run {run}"


@pytest.mark.parametrize("setting", [["--plain"], "NO_COLOR"], ids=["plain", "no-color"])
def test_ctrl_c_and_ctrl_d_as_the_prompt_appears_without_the_line_editor(setting):
    args, colour = (setting, True) if isinstance(setting, list) else ([], False)
    for run in range(5):
        child = spawn(*args, colour=colour)
        child.expect(PROMPT)
        child.sendintr()
        child.expect("Line cleared")
        child.expect(PROMPT)
        child.send("Sam\r")
        child.expect("Thanks, Sam.")
        child.expect(PROMPT)
        child.sendeof()
        child.expect(r"To carry on later, type: carecoach resume \w+")
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0, f"run {run}"


def test_ctrl_d_says_how_to_resume_and_resume_carries_on():
    child = spawn()
    answer(child, "Sam")
    child.expect("Who is with you today")
    child.expect(PROMPT)
    child.sendeof()
    child.expect(r"Your answers are saved\. To carry on later, type: carecoach resume (\w+)")
    session = child.match.group(1)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    again = spawn(command=["resume", session], home=child.home)
    again.expect("Welcome back")
    again.expect("Who is with you today")
    assert finish(again) == 0


def _stop_question(child):
    """Two Ctrl-Cs in a row, up to the question whether to stop."""
    child.expect(PROMPT)
    child.send("abc")
    child.expect("abc")
    child.sendintr()
    child.expect("Line cleared")
    child.expect(PROMPT)
    child.sendintr()
    child.expect("Do you want to stop now")
    child.expect(PROMPT)


def test_an_unclear_reply_to_stop_is_asked_again_and_no_carries_on():
    child = spawn()
    answer(child, "Sam")
    child.expect("Who is with you today")
    _stop_question(child)
    for unclear in ("maybe", "Sam"):
        child.send(unclear + "\r")
        child.expect("Please say yes to stop now, or no to carry on.")
        child.expect(PROMPT)
    child.send("no\r")
    child.expect("Who is with you today")  # the question again
    child.expect(PROMPT)
    child.send("alone\r")
    child.expect("what makes a good day")
    assert finish(child) == 0


def test_yes_to_stop_saves_says_how_to_resume_and_resume_asks_the_same_question():
    child = spawn()
    answer(child, "Sam")
    child.expect("Who is with you today")
    _stop_question(child)
    child.send("yes\r")
    child.expect("OK, we'll stop here.")
    child.expect(r"To carry on later, type: carecoach resume (\w+)")
    session = child.match.group(1)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    again = spawn(command=["resume", session], home=child.home)
    again.expect("Welcome back")
    again.expect("Who is with you today")
    again.expect(PROMPT)
    again.send("alone\r")
    again.expect("Sam, what makes a good day")
    assert finish(again) == 0


def test_a_store_that_cannot_be_written_ends_with_status_1_and_the_terminal_restored():
    # SIGXFSZ ignored, so going over the file size limit is a failed write, not a signal.
    child = spawn(preexec_fn=lambda: signal.signal(signal.SIGXFSZ, signal.SIG_IGN))
    answer(child, "Sam")
    child.expect("Who is with you today")
    child.expect(PROMPT)
    assert _line_mode(child) != termios.ICANON | termios.ECHO
    # From now on no file may grow: the store cannot write this answer.
    resource.prlimit(child.pid, resource.RLIMIT_FSIZE, (1, 1))
    child.send("alone\r")
    child.expect("Sorry, I could not save that.")
    child.expect(r"To carry on later, type: carecoach resume \w+")
    child.expect(pexpect.EOF)
    assert _line_mode(child) == termios.ICANON | termios.ECHO
    child.close()
    assert child.exitstatus == 1


@pytest.mark.parametrize("signum", [signal.SIGABRT, signal.SIGSEGV], ids=["abort", "segv"])
def test_a_crash_restores_the_terminal(signum):
    # The Swift runtime's backtrace still comes (after the terminal is put back); on a terminal
    # it would wait 30 s for a key, so it is told not to ask.
    child = spawn(extra_env={"SWIFT_BACKTRACE": "interactive=no"})
    child.expect(PROMPT)
    child.send("Sa")
    child.expect("Sa")
    assert _line_mode(child) != termios.ICANON | termios.ECHO
    child.kill(signum)
    child.expect(pexpect.EOF)
    assert _line_mode(child) == termios.ICANON | termios.ECHO
    child.close()
    assert child.signalstatus == signum
