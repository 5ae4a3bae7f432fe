"""Line editing on a real terminal: keys reach the app as the person meant them."""

import unicodedata

from console_session import PROMPT, answer, finish, screen, spawn, wait_for_screen


def test_typing_with_backspace_and_line_start_end_keys():
    child = spawn()
    child.expect("What would you like me to call you")
    child.expect(PROMPT)
    child.send("amx")
    child.send("\x7f")  # backspace removes the x
    child.send("\x01")  # Ctrl-A: to the start
    child.send("S")
    child.send("\x05")  # Ctrl-E: to the end
    child.send(" Jones\r")
    child.expect("Thanks, Sam Jones.")
    assert finish(child) == 0


def test_word_delete_home_end_and_delete_keys():
    child = spawn()
    child.expect(PROMPT)
    child.send("Sam Oops")
    child.send("\x17")  # Ctrl-W: delete the previous word
    child.send("Smith")
    child.send("\x1b[H")  # Home
    child.send("X")
    child.send("\x1b[D\x1b[3~")  # Left, then Delete removes the X
    child.send("\x1b[F!\r")  # End
    child.expect("Thanks, Sam Smith!.")
    assert finish(child) == 0


def test_accents_emoji_and_combining_marks_arrive_intact():
    child = spawn()
    child.expect(PROMPT)
    name = "Zoë Ångström e\u0301 q\u0301 😀"
    child.send(name + "\r")
    # A mark that has a precomposed letter with the one before it is joined to it (NFC, the
    # same text); one with none (q and an acute) arrives as typed.
    child.expect_exact("Thanks, " + unicodedata.normalize("NFC", name) + ".")
    assert finish(child) == 0


def test_a_combining_mark_is_edited_with_its_letter():
    child = spawn()
    child.expect(PROMPT)
    child.send("Ze\u0301")
    child.send("\x02")  # Ctrl-B: back over é as one character
    child.send("X\r")
    child.expect_exact("Thanks, ZXé.")
    assert finish(child) == 0


def test_backspace_takes_a_combining_mark_with_its_letter():
    child = spawn()
    child.expect(PROMPT)
    child.send("Zoe\u0301")
    child.send("\x7f")  # Backspace removes é, not only its accent
    child.send("y\r")
    child.expect_exact("Thanks, Zoy.")
    assert finish(child) == 0


def test_redraw_after_ctrl_a_keeps_the_accents():
    child = spawn(columns=40)
    child.expect(PROMPT)
    child.send("Ange\u0301le Ze\u0301")
    child.send("\x01")  # Ctrl-A: to the start, which redraws the line
    child.send("X")
    wait_for_screen(child, lambda lines: any(line.startswith("> XAngéle Zé") for line in lines))
    child.send("\r")
    child.expect_exact("Thanks, XAngéle Zé.")
    assert finish(child) == 0


def test_editing_inside_a_word_with_accents():
    child = spawn()
    child.expect(PROMPT)
    child.send("Zo")
    child.send("é")
    child.send("\x02")  # Ctrl-B: back over the accented letter
    child.send("ë\x04")  # insert, then Ctrl-D deletes the é under the cursor
    child.send("\r")
    child.expect("Thanks, Zoë.")
    assert finish(child) == 0


def test_down_arrow_comes_back_towards_the_newest_answer():
    child = spawn()
    answer(child, "Sam")
    answer(child, "alone")
    child.expect("what makes a good day")
    child.expect(PROMPT)
    child.send("\x1b[A\x1b[A\x1b[B\r")  # Up to "alone", Up to "Sam", Down to "alone"
    child.expect("So alone makes a good day.")
    assert finish(child) == 0


def editing(lines):
    """The line being edited: the last line on the screen with anything on it."""
    return [line for line in lines if line][-1]


def test_up_arrow_recalls_earlier_answers():
    child = spawn()
    answer(child, "Sam")
    answer(child, "alone")
    child.expect("what makes a good day")
    child.expect(PROMPT)
    child.send("\x1b[A")  # "alone"
    wait_for_screen(child, lambda lines: editing(lines) == "> alone")
    child.send("\x1b[A")  # "Sam"
    wait_for_screen(child, lambda lines: editing(lines) == "> Sam")
    child.send("\r")
    child.expect("So Sam makes a good day.")
    assert finish(child) == 0


def test_tab_completes_a_command():
    child = spawn()
    child.expect(PROMPT)
    child.send("hel\t")
    wait_for_screen(child, lambda lines: editing(lines) == "> help")
    child.send("\r")
    child.expect("see this again")
    assert finish(child) == 0


def test_tab_completes_a_choice():
    child = spawn()
    answer(child, "Sam")
    child.expect("Who is with you today")
    child.expect(PROMPT)
    child.send("at\t")
    child.expect("At the surgery")
    child.send("\r")
    child.expect("Part 2 of 3")
    assert finish(child) == 0


def test_tab_lists_several_matches_and_keeps_the_line():
    child = spawn()
    child.expect(PROMPT)
    child.send("re\t")
    child.expect("repeat")
    child.expect("restart")
    child.send("p\t")  # now unique: repeat
    wait_for_screen(child, lambda lines: editing(lines) == "> repeat")
    child.send("\r")
    child.expect("What would you like me to call you")
    assert finish(child) == 0


def test_ctrl_l_clears_the_screen_and_redraws_the_prompt_and_line_at_the_top():
    child = spawn()
    answer(child, "Sam")
    child.expect("Who is with you today")
    child.expect(PROMPT)
    child.send("Wi")
    child.expect("Wi")
    child.send("\x0c")
    lines = wait_for_screen(child, lambda lines: lines[0] == "> Wi")
    assert not any(lines[1:]), lines  # everything else is gone
    child.send("th someone who helps me\r")
    child.expect("Part 2 of 3")
    assert finish(child) == 0


def test_a_coloured_prompt_redraws_in_place_on_a_narrow_screen():
    child = spawn(colour=True, columns=20)
    child.expect(PROMPT)
    text = "abcdefghijklmnopqrstuvwxyz0123"  # wraps: 2 columns of prompt + 30 > 20
    child.send(text)
    child.send("\x01X")  # Ctrl-A and an insert redraw both screen lines
    # Both screen lines redrawn, the prompt's colour codes not counted as columns: a miscount
    # would shift the second line or leave letters behind.
    wanted = ["> Xabcdefghijklmnopq", "rstuvwxyz0123"]
    lines = wait_for_screen(
        child, lambda lines: any(lines[row:row + 2] == wanted for row in range(len(lines))))
    assert sum("abc" in line for line in lines) == 1, lines
    child.send("\r")
    child.expect("surgery")  # the next question's last choice, short enough not to wrap
    child.expect(PROMPT)
    # The reply is wrapped to 20 columns too: read it off the screen, lines joined.
    shown = "".join(screen(child)).replace(" ", "")
    assert "Thanks,X" + text + "." in shown
    assert finish(child, waiting_for_prompt=False) == 0
