"""The kiosk's staff alert, its line limit, and what its SIGTERM reaches, at a real terminal."""

import os
import signal
import stat
import tempfile
import time

import pexpect

from console_session import BIN
from kiosk_session import (
    quit_person,
    FINISHED_READING,
    KIOSK_TIMEOUT,
    MORE,
    PIN_HASH,
    PROMPT,
    WELCOME,
    answer,
    leave_as_admin,
    spawn_kiosk,
    start_person,
)


def write_script(folder, name, body):
    path = os.path.join(folder, name)
    with open(path, "w") as handle:
        handle.write("#!/bin/sh\n" + body + "\n")
    os.chmod(path, stat.S_IRWXU)
    return path


def wait_for(check, what, timeout=KIOSK_TIMEOUT):
    """Waits until `check()` holds; the test waits for what it expects, never for a time."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("never happened: " + what)
        time.sleep(0.05)


def is_running(pid):
    """True while `pid` is a live process (a zombie has ended)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def test_a_safety_notice_runs_staff_alert_with_the_category_and_none_of_the_words():
    folder = tempfile.mkdtemp(prefix="carecoach-alert-")
    record = os.path.join(folder, "alerted")
    alert = write_script(folder, "alert-staff", f'printf "%s\\n" "$@" > "{record}.part"; '
                         f'mv "{record}.part" "{record}"')
    child = spawn_kiosk([f"staff_alert: {alert}"])
    start_person(child)
    words = "Barnaby says I want to end my life tonight"
    child.send(words + "\r")
    child.expect("116 123")
    wait_for(lambda: os.path.exists(record), "the staff alert ran")
    with open(record) as handle:
        given = handle.read().split()
    assert given, "the alert was given no category"
    for word in words.lower().split():
        assert word not in [g.lower() for g in given]
    assert "Barnaby" not in open(record).read()
    child.expect(PROMPT)
    child.send("stop\r")
    child.expect(FINISHED_READING)
    child.send("\r")
    leave_as_admin(child)
    child.expect(pexpect.EOF)


def test_a_staff_alert_program_that_is_not_there_stops_the_start_naming_the_line():
    child = spawn_kiosk(["idle_timeout: 60", "staff_alert: no-such-pager-here"])
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus != 0
    assert ":3:14: error: there is no program 'no-such-pager-here'" in "".join(child.transcript)


def test_a_line_too_long_is_cut_and_the_person_is_told():
    child = spawn_kiosk()
    start_person(child)
    child.send("walking " * 320 + "\r")
    child.expect("That line was too long", timeout=KIOSK_TIMEOUT * 2)
    child.expect(PROMPT)
    quit_person(child)
    leave_as_admin(child)
    child.expect(pexpect.EOF)


def test_sigterm_ends_the_kiosk_and_its_printer_but_not_the_shell_that_started_it():
    folder = tempfile.mkdtemp(prefix="carecoach-term-")
    pid_file = os.path.join(folder, "printer.pid")
    printer = write_script(
        folder, "slow-printer", f'echo $$ > "{pid_file}.part"; mv "{pid_file}.part" "{pid_file}"; '
        "cat > /dev/null; exec sleep 600")
    config = os.path.join(folder, "kiosk.yaml")
    with open(config, "w") as handle:
        handle.write(f'pin_hash: "{PIN_HASH}"\nprinter: {printer}\n')
    home = tempfile.mkdtemp(prefix="carecoach-term-home-")
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"),
               TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8", NO_COLOR="1")
    wrapper = f'echo "WRAPPER $$"; "{BIN}" kiosk --config "{config}"; echo "WRAPPER-SURVIVED $?"'
    child = pexpect.spawn("/bin/sh", ["-c", wrapper], env=env, encoding="utf-8",
                          codec_errors="replace", dimensions=(24, 80), timeout=KIOSK_TIMEOUT)
    child.expect(r"WRAPPER (\d+)")
    shell = int(child.match.group(1))
    child.expect(WELCOME)
    with open(f"/proc/{shell}/task/{shell}/children") as handle:
        kiosk = int(handle.read().split()[0])
    child.send("\r")
    child.expect(PROMPT)
    for text in ["Walking to the park with Rex", "my sore knee", "skip", "sleep better"]:
        answer(child, text)
    child.send("go to bed by ten\r")
    # The plan opens with its summary, so it takes more than one screen before it is printed:
    # Enter at each "more" until the printer has started (it never finishes, so the plan's
    # last words never come).
    def printer_started():
        if child.expect([MORE, pexpect.TIMEOUT], timeout=1) == 0:
            child.send("\r")
        return os.path.exists(pid_file)

    wait_for(printer_started, "the printer started")
    with open(pid_file) as handle:
        printing = int(handle.read())
    os.kill(kiosk, signal.SIGTERM)
    child.expect(r"WRAPPER-SURVIVED (\d+)")
    wait_for(lambda: not is_running(printing), "the printer was ended with the kiosk")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
