"""The kiosk's start: its configuration, the PIN helper, piped input, half a PIN thrown away,
and the plan on a small screen. Printers, spool folders and the PIN's waits and lockout are
tested in process with a fake clock (Tests/KioskTests)."""

import hashlib
import os
import subprocess
import tempfile

import pexpect
import pyte

from console_session import BIN
from kiosk_session import (
    quit_person,
    FINISHED_READING,
    MORE,
    WELCOME,
    ScrollbackScreen,
    answer,
    display_text,
    leave_as_admin,
    spawn_kiosk,
    start_person,
    wait_for_display,
)


def run(args, text, home=None):
    home = home or tempfile.mkdtemp(prefix="carecoach-kiosk-")
    env = dict(os.environ, HOME=home, XDG_DATA_HOME=os.path.join(home, "data"))
    env["CARECOACH_STORE"] = os.path.join(home, "store.sqlite")
    return subprocess.run(
        [BIN, *args], input=text, capture_output=True, text=True, env=env, timeout=60
    )


def test_hash_pin_prints_a_line_that_checks_out_with_hashlib():
    result = run(["kiosk", "--hash-pin"], "258046\n")
    assert result.returncode == 0
    line = result.stdout.strip()
    assert line.startswith('pin_hash: "pbkdf2-sha256$') and "258046" not in line
    _, iterations, salt, digest = line.split('"')[1].split("$")
    expected = hashlib.pbkdf2_hmac("sha256", b"258046", bytes.fromhex(salt), int(iterations))
    assert expected.hex() == digest


def test_hash_pin_refuses_a_pin_shorter_than_six():
    result = run(["kiosk", "--hash-pin"], "25804\n")
    assert result.returncode == 1
    assert "The PIN is too short. Use at least 6 characters" in result.stderr
    assert result.stdout == ""


def start_with_config(text):
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "kiosk.yaml")
    with open(path, "w") as handle:
        handle.write(text)
    return path, run(["kiosk", "--config", path], "")


def test_a_bad_configuration_stops_the_start_with_file_and_line():
    path, result = start_with_config(
        "idle_timeout: 60\nidel_warning: 10\nprinter: lp\nspool: /tmp\n"
    )
    # A problem in the configuration is not a mistake in the command line: 1, not 64, and no
    # usage text in the way of the messages.
    assert result.returncode == 1
    assert "Usage" not in result.stderr and "USAGE" not in result.stderr
    assert f"{path}:2:1: error: unknown key 'idel_warning'" in result.stderr
    assert "did you mean 'idle_warning'?" in result.stderr
    assert f"{path}:3:10: error: give either printer or spool, not both" in result.stderr


def test_a_printer_program_that_is_not_there_stops_the_start():
    path, result = start_with_config("idle_timeout: 60\nprinter: no-such-printer-here -d x\n")
    assert result.returncode == 1
    assert (
        f"{path}:2:10: error: there is no program 'no-such-printer-here' that the kiosk can run"
        in result.stderr
    )


def test_a_spool_folder_that_cannot_be_written_stops_the_start_with_its_line():
    missing = os.path.join(tempfile.mkdtemp(), "not-made-yet")
    path, result = start_with_config(f"script: kiosk\nspool: {missing}\n")
    assert result.returncode == 1
    assert (
        f"{path}:2:8: error: the spool folder '{missing}' is not a folder the kiosk can write to"
        in result.stderr
    )


def test_idle_times_too_short_to_use_stop_the_start():
    path, result = start_with_config("idle_timeout: 8\nidle_warning: 2\n")
    assert result.returncode == 1
    assert f"{path}:1:15: error: idle_timeout must be at least 10 seconds" in result.stderr
    assert f"{path}:2:15: error: idle_warning must be at least 5 seconds" in result.stderr


def test_the_shipped_placeholder_pin_hash_stops_the_start():
    path, result = start_with_config('pin_hash: "MAKE-YOUR-OWN-WITH: carecoach kiosk --hash-pin"\n')
    assert result.returncode == 1
    assert f"{path}:1:11: error: pin_hash is still the example's placeholder" in result.stderr
    assert "carecoach kiosk --hash-pin" in result.stderr


def test_piped_input_runs_people_and_exits_0_at_its_end_leaving_nothing():
    home = tempfile.mkdtemp(prefix="carecoach-kiosk-")
    result = run(["kiosk"], "\nTennis on Tuesdays\nquit\nyes\n\nskip\n", home=home)
    assert result.returncode == 0
    # The second person skips one question, then the input ends: no third welcome.
    assert result.stdout.count("Press Enter to start") == 2
    assert "just one thing" in result.stdout
    assert os.listdir(home) == []


def finish_a_conversation(child):
    start_person(child)
    for text in ["Walking the dog", "my knee", "skip", "sleep better"]:
        answer(child, text)
    child.send("go to bed by ten\r")


def test_the_plan_is_shown_a_screenful_at_a_time_on_a_small_screen():
    """Large text leaves few rows, and a console has no scrollback: no page of the plan may
    scroll off the top before the person has read it."""
    columns, rows = 36, 15
    child = spawn_kiosk(["spool: " + tempfile.mkdtemp()], columns=columns, rows=rows,
                        args=["--plain"])
    finish_a_conversation(child)
    start = None
    pages = 0
    while True:
        last = child.expect([MORE, FINISHED_READING]) == 1
        text = "".join(child.transcript)
        if start is None:
            start = text.index("My plan")
        page = [line for line in text[start:].replace("\r", "").split("\n") if line.strip()]
        assert len(page) <= rows
        # Every line of the page is still on the screen, in order, when the person is asked
        # to press Enter.
        wanted = [line.rstrip() for line in page]
        wait_for_display(
            child,
            lambda screen: [line.rstrip() for line in screen.split("\n") if line.strip()][
                -len(wanted):
            ]
            == wanted,
        )
        pages += 1
        if last:
            break
        child.send("\r")
        start = len(text)
    assert pages >= 2
    assert "Ask at reception for your printout" in display_text(child)
    # The plan, not a summary of the same answers before it.
    assert "Your answers" not in "".join(child.transcript)
    child.send("\r")
    leave_as_admin(child)
    child.expect(pexpect.EOF)


def test_half_a_pin_left_when_its_wait_ends_is_thrown_away():
    child = spawn_kiosk(["idle_timeout: 10", "idle_warning: 5"])
    child.expect(WELCOME)
    child.send("/admin\r")
    child.expect("PIN: ")
    child.send("/admin")  # typed, no Enter, and the person walks away
    child.expect(WELCOME, timeout=30)
    child.send("\r")
    # Had "/admin" been kept, this Enter would ask for the PIN instead of starting.
    assert child.expect(["What do you most want to keep doing", "PIN: "]) == 0
    assert "PIN: " not in "".join(child.transcript).split(WELCOME)[-1]
    quit_person(child)
    leave_as_admin(child)
    child.expect(pexpect.EOF)



def test_a_configuration_that_cannot_be_read_is_exit_1_without_usage():
    result = run(["kiosk", "--config", "/nonexistent/kiosk.yaml"], "")
    assert result.returncode == 1
    assert "cannot read the kiosk's settings file '/nonexistent/kiosk.yaml'" in result.stderr
    assert "Usage" not in result.stderr and "USAGE" not in result.stderr


def test_a_restart_that_cannot_start_still_clears_the_last_persons_screen():
    """After a crash the service manager starts the kiosk again; if its configuration has been
    broken meanwhile, that start fails, and must still not leave the last person's answers."""
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "kiosk.yaml")
    with open(path, "w") as handle:
        handle.write("idle_timout: 60\n")
    child = pexpect.spawn(BIN, ["kiosk", "--config", path], encoding="utf-8",
                          dimensions=(24, 80), timeout=30)
    child.expect(pexpect.EOF)
    written = child.before
    child.close()
    assert child.exitstatus == 1
    # What a crashed kiosk left on the console, then what the failed start wrote after it.
    screen = ScrollbackScreen(80, 24, history=1000)
    pyte.Stream(screen).feed("> Ocelot origami\r\n" * 30 + written)
    seen = "\n".join(screen.display) + "".join(
        line[column].data for line in screen.history.top for column in range(80)
    )
    assert "Ocelot" not in seen
    assert "unknown key 'idle_timout'" in seen
