"""Nothing of one person stays in the kiosk's memory through the next person's session.

The kiosk's memory is read through /proc while the next person is answering. Freed memory is
overwritten as the systemd unit arranges it (the kiosk asks glibc to overwrite what it frees,
and the unit's GLIBC_TUNABLES turns off the per-thread cache that would skip that), so what is
found is what the program still holds: caches, buffers, anything kept by mistake.
"""

import os

import pytest

from kiosk_session import (
    quit_person,
    FIRST_QUESTION,
    PROMPT,
    WELCOME,
    answer,
    leave_as_admin,
    read_plan,
    spawn_kiosk,
    start_person,
)

# Words no lexicon knows, so every matcher works on them and could remember them.
FIRST_PERSON = ["Quokkaflute", "Xylobrand", "Zumbafrog", "Wibblequest"]


def memory_holding(pid, words):
    """How often each word (as typed, or in lower case) is in the process's writable memory."""
    found = dict.fromkeys(words, 0)
    with open(f"/proc/{pid}/maps") as maps, open(f"/proc/{pid}/mem", "rb", 0) as memory:
        for line in maps:
            fields = line.split()
            if not fields[1].startswith("rw") or fields[-1] in ("[vvar]", "[vsyscall]"):
                continue
            start, end = (int(value, 16) for value in fields[0].split("-"))
            try:
                memory.seek(start)
                data = memory.read(end - start)
            except OSError:
                continue
            for word in words:
                found[word] += data.count(word.encode()) + data.count(word.lower().encode())
    return found


@pytest.mark.skipif(
    os.geteuid() != 0,
    reason="the kiosk makes itself undumpable, so only root may read its memory",
)
@pytest.mark.parametrize("ending", ["finish", "quit"])
def test_the_next_person_runs_with_nothing_of_the_last_in_memory(ending):
    child = spawn_kiosk(extra_env={"GLIBC_TUNABLES": "glibc.malloc.tcache_count=0"})
    start_person(child)
    answer(child, "Quokkaflute rehearsal on Tuesdays")
    answer(child, "my Xylobrand knee")
    if ending == "finish":
        answer(child, "skip")
        answer(child, "Zumbafrog better")
        child.send("Wibblequest daily\r")
        read_plan(child)
        child.send("\r")
    else:
        answer(child, "what is Zumbafrog Wibblequest?")
        quit_person(child)
    child.expect(WELCOME)
    child.send("\r")
    child.expect(FIRST_QUESTION)
    child.expect(PROMPT)
    answer(child, "Gardening")
    held = memory_holding(child.pid, FIRST_PERSON + ["Gardening"])
    assert held.pop("Gardening") > 0, "the test cannot see what is in memory"
    assert held == dict.fromkeys(FIRST_PERSON, 0)
    quit_person(child)
    leave_as_admin(child)
