"""Resuming a worker's session at a terminal: the client is named and the worker confirms it."""

import pexpect

from console_session import PROMPT, answer, finish, spawn


def _stopped_worker_session():
    """A facilitator session for client C-104, stopped with Ctrl-D after the first answer."""
    child = spawn("--mode", "facilitator", "--client", "C-104")
    answer(child, "Sam")
    child.expect("Who is with you today")
    child.expect(PROMPT)
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    return child.home


def test_no_stops_and_yes_carries_on():
    home = _stopped_worker_session()
    declined = spawn(command=["resume", "latest"], home=home)
    declined.expect(r"This is the conversation with client C-104, last used on")
    declined.expect("Is this the right client")
    answer(declined, "no")
    declined.expect("Nothing has been changed")
    declined.expect(pexpect.EOF)
    declined.close()
    assert declined.exitstatus == 0

    again = spawn(command=["resume", "--client", "c-104"], home=home)
    again.expect("client C-104")
    answer(again, "yes")
    again.expect("Who is with you today")
    assert finish(again) == 0


def test_ctrl_c_at_the_question_is_a_no():
    home = _stopped_worker_session()
    child = spawn(command=["resume", "latest"], home=home)
    child.expect("Is this the right client")
    child.expect(PROMPT)
    child.sendintr()
    child.expect("Nothing has been changed")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
