"""The systemd unit the repository ships for a kiosk (deploy/carecoach-kiosk.service), and what
the README says to lock down around it."""

import os
import shutil
import subprocess
import tempfile

import pytest

from console_session import BIN, REPO

UNIT = os.path.join(REPO, "deploy", "carecoach-kiosk.service")
STAFF_LEFT = "3"


def settings():
    """Each key of the unit with every value it is given, in order."""
    found = {}
    with open(UNIT) as handle:
        for line in handle:
            line = line.strip()
            if not line or line.startswith(("#", "[")):
                continue
            key, _, value = line.partition("=")
            found.setdefault(key, []).append(value)
    return found


@pytest.mark.skipif(
    shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed here"
)
def test_systemd_analyze_finds_nothing_wrong_with_the_unit():
    # verify checks that ExecStart's program exists, so it is pointed at the built binary.
    folder = tempfile.mkdtemp(prefix="carecoach-unit-")
    unit = os.path.join(folder, "carecoach-kiosk.service")
    with open(UNIT) as handle:
        text = handle.read()
    assert "/usr/local/bin/carecoach " in text
    with open(unit, "w") as handle:
        handle.write(text.replace("/usr/local/bin/carecoach ", BIN + " "))
    result = subprocess.run(
        ["systemd-analyze", "verify", unit], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    # Unknown keys and values it cannot read are only warnings, but a warning here means a
    # setting that silently does nothing.
    assert result.stderr.strip() == ""


def test_the_unit_restarts_the_kiosk_except_after_staff_leave():
    unit = settings()
    assert unit["Restart"] == ["always"]
    assert unit["RestartPreventExitStatus"] == [STAFF_LEFT]
    # No start limit: a kiosk that stopped restarting would leave the console to anyone.
    assert unit["StartLimitIntervalSec"] == ["0"]


def test_the_unit_starts_after_the_console_is_free():
    after = " ".join(settings()["After"]).split()
    assert "getty@tty1.service" in after and "plymouth-quit-wait.service" in after


def test_a_crash_leaves_no_core_and_no_crash_prompt():
    unit = settings()
    assert unit["LimitCORE"] == ["0"]
    environment = " ".join(unit["Environment"]).split()
    assert "SWIFT_BACKTRACE=enable=no" in environment


def test_freed_memory_is_overwritten():
    # Without glibc's per-thread cache, everything freed is overwritten (see
    # test_kiosk_memory.py, which runs the kiosk the same way).
    environment = " ".join(settings()["Environment"]).split()
    assert "GLIBC_TUNABLES=glibc.malloc.tcache_count=0" in environment


def test_only_the_spool_folder_is_writable_and_need_not_exist():
    unit = settings()
    assert unit["ProtectSystem"] == ["strict"]
    assert unit["ReadWritePaths"] == ["-/var/spool/carecoach"]


def test_the_readme_says_what_else_to_lock_down():
    with open(os.path.join(REPO, "README.md")) as handle:
        readme = handle.read()
    for needed in [
        "systemctl mask ctrl-alt-del.target",
        "kernel.sysrq=0",
        "NAutoVTs=0",
        "ReserveVT=0",
        "RestartPreventExitStatus=3",
    ]:
        assert needed in readme, needed
