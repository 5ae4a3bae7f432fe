"""Output on a real terminal: wrapping follows the window, colour can be turned off."""

import os
import shutil
import re
import shlex
import subprocess
import tempfile

import pexpect
import pytest

from console_session import (
    ANSI, BIN, PROMPT, SCRIPT, TIMEOUT, answer, finish, screen, spawn, transcript)


def _lines(text):
    return [ANSI.sub("", line) for line in re.split(r"\r?\n", text.replace("\r\n", "\n"))]


def test_output_rewraps_after_a_resize():
    child = spawn(columns=80)
    answer(child, "Sam")
    child.expect(PROMPT)
    # The kernel signals the resize before the keys after it can be read.
    child.setwinsize(24, 30)
    child.send("alone\r")
    child.expect("what makes a good day")
    child.expect(PROMPT)
    shown = child.before + child.after
    # At 80 columns the question fits one line; at 30 it must wrap.
    assert "Sam, what makes a good day for you?" not in shown
    question_lines = [line for line in _lines(shown) if line.strip()]
    assert question_lines, shown
    assert max(len(line) for line in question_lines) <= 30
    assert finish(child, waiting_for_prompt=False) == 0


# Carriage returns not followed by a newline: a line drawn again in place, which a screen
# reader reads out again and again.
BARE_CR = re.compile(r"\r(?!\n)")
PLAIN_SETTINGS = pytest.mark.parametrize(
    "args,colour", [(["--plain"], True), ([], False)], ids=["plain", "no-color"])


@PLAIN_SETTINGS
def test_no_escape_codes_or_redraws_even_when_the_person_edits(args, colour):
    child = spawn(*args, colour=colour)
    child.expect(PROMPT)
    # Backspace, Ctrl-A, Left, Ctrl-L and Tab: each makes libedit move the cursor or redraw.
    child.send("Sx\x7f\x01\x1b[Dam\x0c\t\r")
    child.expect("Thanks, Sam.")
    child.expect(PROMPT)
    child.send("alone\x17")  # Ctrl-W: the terminal's word erase
    child.send("alone\r")
    child.expect("Part 2 of 3")
    child.expect(PROMPT)
    child.send("sun")
    child.expect("sun")
    child.sendintr()
    child.expect("Line cleared")
    child.expect(PROMPT)
    child.send("summary\r")
    child.expect(PROMPT)
    child.sendeof()
    child.expect(r"To carry on later, type: carecoach resume \w+")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    text = transcript(child)
    assert "\x1b" not in text
    assert not BARE_CR.search(text), repr(text)
    assert not any(0x2500 <= ord(ch) <= 0x257F for ch in text)


def test_colour_shows_the_same_text_as_no_color():
    def run(colour):
        child = spawn(colour=colour, rows=60)
        answer(child, "Sam")
        answer(child, "alone")
        answer(child, "summary")
        child.expect(PROMPT)
        child.sendeof()
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0
        return child

    coloured, plain = run(True), run(False)
    assert "\x1b[" in transcript(coloured)
    assert "\x1b" not in transcript(plain)
    # Colour never carries meaning: what the program says, with the codes gone, is the same.
    # Echoed keys may differ (libedit shows Ctrl-D as ^D, the terminal's line mode shows
    # nothing), so prompt lines count as the prompt alone; session ids differ too.
    def said(child):
        return [re.sub(r"resume \w+", "resume ID", "> " if line.startswith(">") else line)
                for line in screen(child)]

    assert said(coloured) == said(plain)


def test_piped_input_on_a_terminal_gives_no_escape_codes():
    # Output is a terminal, input is not: nobody is typing, so nothing is styled or edited.
    home = tempfile.mkdtemp(prefix="carecoach-pty-")
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8", HOME=home,
               XDG_DATA_HOME=os.path.join(home, "data"),
               CARECOACH_STORE=os.path.join(home, "store.sqlite"))
    env.pop("NO_COLOR", None)
    command = "printf 'Sam\\nalone\\n' | {} start --script {}".format(
        shlex.quote(BIN), shlex.quote(SCRIPT))
    child = pexpect.spawn("/bin/sh", ["-c", command], env=env, encoding="utf-8",
                          codec_errors="replace", timeout=TIMEOUT)
    child.expect(pexpect.EOF)
    child.close()
    text = child.before
    assert "Thanks, Sam." in text
    assert "Part 2 of 3" in text
    assert "\x1b" not in text


def test_colour_is_used_when_allowed():
    child = spawn(colour=True)
    answer(child, "Sam")
    assert finish(child) == 0
    assert "\x1b[" in transcript(child)


def test_piped_input_gives_plain_output_and_escapes_typed_text_never_come_back():
    answers = "\x1b]0;owned\x07Sam\x1b[31m\nalone\n\xff\n"
    # A store of its own each run: one left by an earlier run must not decide this one.
    data = tempfile.mkdtemp(prefix="carecoach-pty-piped-")
    result = subprocess.run(
        [BIN, "start", "--script", SCRIPT],
        input=answers.encode("utf-8"),
        capture_output=True,
        timeout=30,
        env={"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": data, "LANG": "C.UTF-8"},
    )
    shutil.rmtree(data, ignore_errors=True)
    out = result.stdout.decode("utf-8")
    assert "Thanks, Sam." in out
    assert "\x1b" not in out
    assert "\x07" not in out
