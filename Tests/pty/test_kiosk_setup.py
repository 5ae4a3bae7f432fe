"""The kiosk's start: its configuration, the PIN helper, a printer, and piped input."""

import hashlib
import os
import subprocess
import tempfile

import pexpect

from console_session import BIN
from kiosk_session import WELCOME, answer, leave_as_admin, spawn_kiosk, start_person


def run(args, text, home=None):
    home = home or tempfile.mkdtemp(prefix="carecoach-kiosk-")
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"))
    env["CARECOACH_STORE"] = os.path.join(home, "store.sqlite")
    return subprocess.run(
        [BIN, *args], input=text, capture_output=True, text=True, env=env, timeout=60
    )


def test_hash_pin_prints_a_line_that_checks_out_with_hashlib():
    result = run(["kiosk", "--hash-pin"], "2580\n")
    assert result.returncode == 0
    line = result.stdout.strip()
    assert line.startswith('pin_hash: "pbkdf2-sha256$') and "2580" not in line
    _, iterations, salt, digest = line.split('"')[1].split("$")
    expected = hashlib.pbkdf2_hmac("sha256", b"2580", bytes.fromhex(salt), int(iterations))
    assert expected.hex() == digest


def test_a_bad_configuration_stops_the_start_with_file_and_line():
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "kiosk.yaml")
    with open(path, "w") as handle:
        handle.write("idle_timeout: 60\nidel_warning: 10\nprinter: lp\nspool: /tmp\n")
    result = run(["kiosk", "--config", path], "")
    assert result.returncode != 0
    assert f"{path}:2:1: error: unknown key 'idel_warning'" in result.stderr
    assert "did you mean 'idle_warning'?" in result.stderr
    assert f"{path}:3:10: error: give either printer or spool, not both" in result.stderr


def test_piped_input_runs_people_and_exits_0_at_its_end_leaving_nothing():
    home = tempfile.mkdtemp(prefix="carecoach-kiosk-")
    result = run(["kiosk"], "\nTennis on Tuesdays\nquit\n\nskip\n", home=home)
    assert result.returncode == 0
    # The second person skips one question, then the input ends: no third welcome.
    assert result.stdout.count("Press Enter to start") == 2
    assert "just one thing" in result.stdout
    assert os.listdir(home) == []


def test_a_printer_command_gets_the_plan_on_its_input():
    folder = tempfile.mkdtemp(prefix="carecoach-printer-")
    printed = os.path.join(folder, "printed.txt")
    child = spawn_kiosk([f"printer: tee {printed}"])
    start_person(child)
    for text in ["Cooking for my family", "my breathing", "skip", "walk more"]:
        answer(child, text)
    child.send("walk to the post box\r")
    child.expect(r"Ask at reception for your printout: code ([A-Z0-9]{4})")
    code = child.match.group(1)
    with open(printed) as handle:
        text = handle.read()
    assert code in text and "Cooking for my family" in text
    child.expect("press Enter")
    child.send("\r")
    child.expect(WELCOME)
    leave_as_admin(child, at_welcome=True)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
