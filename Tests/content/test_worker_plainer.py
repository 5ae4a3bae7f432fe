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
