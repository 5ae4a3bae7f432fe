"""Ctrl-C, Ctrl-D and signals: the person is never thrown out, the terminal always restored."""

import signal
import termios
import time

import pexpect

from console_session import PROMPT, answer, finish, spawn


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
    child.sendeof()
    time.sleep(0.3)
    child.send("\r")
    child.expect("Thanks, Sam.")
    assert finish(child) == 0


def _line_mode(child):
    attributes = termios.tcgetattr(child.child_fd)
    return attributes[3] & (termios.ICANON | termios.ECHO)


def _ended_by_signal(signum):
    child = spawn()
    child.expect(PROMPT)
    time.sleep(0.3)
    # While a line is being edited the terminal is in libedit's raw mode...
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
