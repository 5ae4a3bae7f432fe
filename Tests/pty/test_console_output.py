"""Output on a real terminal: wrapping follows the window, colour can be turned off."""

import re
import subprocess
import time

from console_session import ANSI, BIN, PROMPT, SCRIPT, answer, finish, spawn, transcript


def _lines(text):
    return [ANSI.sub("", line) for line in re.split(r"\r?\n", text.replace("\r\n", "\n"))]


def test_output_rewraps_after_a_resize():
    child = spawn(columns=80)
    answer(child, "Sam")
    child.expect(PROMPT)
    child.setwinsize(24, 30)
    time.sleep(0.3)
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


def test_no_color_gives_no_escape_codes():
    child = spawn(colour=False)
    answer(child, "Sam")
    answer(child, "alone")
    answer(child, "sunshine")
    assert finish(child) == 0
    text = transcript(child)
    assert "Part 2 of 3" in text
    assert "\x1b" not in text


def test_plain_gives_no_escape_codes_or_box_drawing():
    child = spawn("--plain", colour=True)
    answer(child, "Sam")
    answer(child, "alone")
    answer(child, "summary")
    assert finish(child) == 0
    text = transcript(child)
    assert "Part 2 of 3" in text
    assert "\x1b" not in text
    assert not any(0x2500 <= ord(ch) <= 0x257F for ch in text)


def test_colour_is_used_when_allowed():
    child = spawn(colour=True)
    answer(child, "Sam")
    assert finish(child) == 0
    assert "\x1b[" in transcript(child)


def test_piped_input_gives_plain_output_and_escapes_typed_text_never_come_back():
    answers = "\x1b]0;owned\x07Sam\x1b[31m\nalone\n\xff\n"
    result = subprocess.run(
        [BIN, "start", "--script", SCRIPT],
        input=answers.encode("utf-8"),
        capture_output=True,
        timeout=30,
        env={"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": "/tmp/carecoach-pty-piped", "LANG": "C.UTF-8"},
    )
    out = result.stdout.decode("utf-8")
    assert "Thanks, Sam." in out
    assert "\x1b" not in out
    assert "\x07" not in out
