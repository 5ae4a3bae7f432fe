"""The safety net in the kiosk, through a pipe: the line about reception is said before the next
welcome. Holding a notice on screen until Enter or the idle limit, and reading a line typed at
the idle warning, are tested in process (Tests/KioskTests)."""

import os
import subprocess
import tempfile

from console_session import BIN
from kiosk_session import WELCOME

HOLD = "When you have finished reading, press Enter."
RECEPTION = "Please speak to someone at reception now."


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
