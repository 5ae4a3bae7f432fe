"""A worker typing with a client reads every question about the client: "they", or the
client's name, never "you". A question with a worker form (`facilitator:`) and plainer words
(`plainly:`) needs plainer words for the worker too (`facilitator_plainly:`), since the
engine never puts the person's plainer words, which say "you", to a worker. This checks every
conversation script in Prompts/.

Run with the other content checks: make content-test
"""

from __future__ import annotations

import re

import yaml

from test_readability import script_files, sections_of

# "you", "your", "yourself", "you're", "you'll" and "you've" as whole words, in any case.
SAYS_YOU = re.compile(r"\byou(r|rself|'re|'ll|'ve)?\b", re.IGNORECASE)


def worker_plainer_problems(script: dict, name: str) -> list[str]:
    """Each question whose worker wording has no plainer form, or whose plainer form for the
    worker says "you" about the client."""
    problems: list[str] = []
    for section in sections_of(script):
        for item in section.get("questions") or []:
            if not isinstance(item, dict) or "plainly" not in item or "facilitator" not in item:
                continue
            where = f"{name}: {item.get('id', '?')}"
            worker = item.get("facilitator_plainly")
            if not isinstance(worker, str) or not worker.strip():
                problems.append(f"{where} has no facilitator_plainly")
            elif SAYS_YOU.search(worker):
                problems.append(f"{where}: the worker's plainer words say 'you': {worker}")
    return problems


def test_worker_plainer_wordings_speak_of_the_client():
    """Every question with a worker form has plainer words for the worker, about the client."""
    problems = []
    for path in script_files():
        script = yaml.safe_load(path.read_text(encoding="utf-8"))
        problems += worker_plainer_problems(script, path.name)
    assert not problems, "\n".join(problems)


def test_the_check_catches_you_and_a_missing_worker_form():
    """The check means something: "you" in a worker's plainer words is caught, and so is a
    question with a worker form and no plainer words for the worker; "they" passes."""
    question = {"id": "q", "text": "Who helps you?", "facilitator": "Who helps them?",
                "plainly": "Who gives you a hand?"}
    missing = {"sections": [{"id": "s", "questions": [question]}]}
    assert worker_plainer_problems(missing, "x") == ["x: q has no facilitator_plainly"]
    says_you = {"sections": [{"id": "s", "questions": [
        dict(question, facilitator_plainly="Who gives you a hand?")]}]}
    assert len(worker_plainer_problems(says_you, "x")) == 1
    says_they = {"sections": [{"id": "s", "questions": [
        dict(question, facilitator_plainly="Who gives them a hand?")]}]}
    assert worker_plainer_problems(says_they, "x") == []


# "your" and "yourself": in a worker's wording these can only be about the client's things
# (their step, their plan), since the worker's own part is said with "you" alone ("type help
# if you get stuck"). The one thing of the worker's own a script asks for is their name.
SAYS_YOUR = re.compile(r"\byour(s|self)?\b(?! name)", re.IGNORECASE)


def worker_wording_problems(node, where: str) -> list[str]:
    """Every worker wording (`facilitator`, `facilitator_help`, `facilitator_title`, a
    reflection's `facilitator`, ...) anywhere in a script that says "your" about the client."""
    problems: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and key.startswith("facilitator") and isinstance(value, str):
                if SAYS_YOUR.search(value):
                    problems.append(f"{where}.{key}: the worker's words say 'your': {value}")
            else:
                problems += worker_wording_problems(value, f"{where}.{node.get('id', key)}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            problems += worker_wording_problems(item, f"{where}[{index}]")
    return problems


def test_every_worker_wording_speaks_of_their_client():
    """No worker wording in any script says "your" for the client's things."""
    problems = []
    for path in script_files():
        script = yaml.safe_load(path.read_text(encoding="utf-8"))
        problems += worker_wording_problems(script, path.name)
    assert not problems, "\n".join(problems)


def test_the_wording_check_catches_your():
    """The check means something: a worker's "before your step starts" is caught, in a
    reflection too; "their step" and "type help if you get stuck" pass."""
    slipped = {"sections": [{"id": "s", "questions": [{
        "id": "q", "facilitator": "Is that before your step starts?",
        "reflect": [{"text": "Good.", "facilitator_help": "Check your plan."}]}]}]}
    assert len(worker_wording_problems(slipped, "x")) == 2
    fine = {"sections": [{"id": "s", "questions": [{
        "id": "q", "facilitator": "Is that before their step starts? Type help if you get stuck."}]}]}
    assert worker_wording_problems(fine, "x") == []
