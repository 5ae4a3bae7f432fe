"""A kiosk that crashes: nothing of the person is left on the screen, in its scrollback, or in
a core dump, and the Swift runtime's interactive crash prompt never appears."""

import resource
import signal

import pexpect
import pytest

from kiosk_session import CRASHED, answer, screen_text, spawn_kiosk, start_person

CRASHES = [signal.SIGSEGV, signal.SIGBUS, signal.SIGILL, signal.SIGTRAP, signal.SIGFPE,
           signal.SIGABRT]


@pytest.mark.parametrize("signum", CRASHES, ids=[sig.name for sig in CRASHES])
def test_a_crash_clears_the_screen_and_ends_at_once(signum):
    child = spawn_kiosk(rows=12)
    start_person(child)
    answer(child, "Secret answer Zebra")
    answer(child, "my knee")
    answer(child, "skip")
    assert "Zebra" in screen_text(child)
    # A core dump would hold the person's answers: the kiosk turns them off as it starts.
    assert resource.prlimit(child.pid, resource.RLIMIT_CORE) == (0, 0)
    child.kill(signum)
    # At once: Swift's interactive crash prompt would wait for a key for ever.
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == CRASHED
    written = "".join(child.transcript)
    # Swift's crash prompt ("Press space to interact, D to debug") offers a debugger.
    assert "Press space" not in written and "Crash" not in written
    assert "Zebra" not in screen_text(child)
