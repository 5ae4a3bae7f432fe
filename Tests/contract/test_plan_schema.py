"""Every plan CareCoach exports validates against the plan contract (JSON Schema 2020-12).

The contract lives in shared/contracts/ beside the repository; Tests/contract holds a copy so
the test also runs where shared/ is absent, and a test checks the copy has not drifted.
"""
import json
import os
import pathlib
import subprocess
import tempfile

import jsonschema
import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("CARECOACH_BIN", str(ROOT / ".build/debug/carecoach"))
COPY = ROOT / "Tests/contract/plan.schema.json"
SHARED = ROOT.parent / "shared/contracts/plan.schema.json"
SMALL = str(ROOT / "Tests/Fixtures/scripts/small.yaml")

SMALL_ANSWERS = [
    "Sam", "2", "walking the dog", "my hip, sleep", "done", "yes", "3", "1 and 3",
    "walk more", "7", "next Tuesday", "yes", "sleep better", "six or seven", "in a fortnight",
    "no",
]


def schema():
    return json.loads((SHARED if SHARED.exists() else COPY).read_text())


def run(args, lines, store):
    env = dict(os.environ, CARECOACH_STORE=store, NO_COLOR="1")
    return subprocess.run(
        [BIN, *args], input="".join(line + "\n" for line in lines), capture_output=True,
        text=True, env=env, timeout=120)


def export(store):
    result = run(["export", "latest", "--format", "json"], [], store)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def validate(plan):
    validator = jsonschema.Draft202012Validator(
        schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(plan), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_copy_matches_the_shared_contract():
    if not SHARED.exists():
        pytest.skip("shared/contracts is not beside the repository")
    assert json.loads(COPY.read_text()) == json.loads(SHARED.read_text())


def test_validator_rejects_a_broken_plan():
    """The check can fail: a plan missing required keys is refused."""
    with pytest.raises(AssertionError):
        validate({"schemaVersion": 1, "planId": "x"})


@pytest.mark.parametrize("lines,status", [
    (SMALL_ANSWERS, "complete"),
    (SMALL_ANSWERS[:5] + ["quit"], "in-progress"),
    (["skip"] * 4 + ["quit"], "in-progress"),
])
def test_small_script_plans_validate(lines, status):
    with tempfile.TemporaryDirectory() as folder:
        store = os.path.join(folder, "store.sqlite")
        run(["start", "--script", SMALL], lines, store)
        plan = export(store)
        validate(plan)
        assert plan["status"] == status


def test_default_conversation_plan_validates():
    """The built-in conversation, answered briefly or skipped to the end, exports a valid plan."""
    with tempfile.TemporaryDirectory() as folder:
        store = os.path.join(folder, "store.sqlite")
        lines = ["skip"] * 200
        run(["start"], lines, store)
        plan = export(store)
        validate(plan)


def test_worker_notes_validate_in_both_copies():
    """A worker's notes keep to the contract: the person's copy has the shared one, marked
    shared; the worker's copy has both, each marked."""
    with tempfile.TemporaryDirectory() as folder:
        store = os.path.join(folder, "store.sqlite")
        lines = ["/note Consider befriending referral", "/share-note Ask about the walking group"]
        started = run(["start", "--script", SMALL, "--mode", "facilitator", "--client", "C-9"],
                      lines + SMALL_ANSWERS, store)
        assert started.returncode == 0, started.stderr
        person = export(store)
        validate(person)
        assert person["mode"] == "facilitator"
        assert [(n["text"], n["shared"]) for n in person["notes"]] == [
            ("Ask about the walking group", True)]
        result = run(["export", "latest", "--format", "json", "--worker"], [], store)
        assert result.returncode == 0, result.stderr
        worker = json.loads(result.stdout)
        validate(worker)
        assert [(n["text"], n["shared"]) for n in worker["notes"]] == [
            ("Consider befriending referral", False), ("Ask about the walking group", True)]


def test_withdrawn_notices_validate():
    """A notice taken back stays in the record with safety[].withdrawn: by the person in self
    mode ("that's not what I meant"), by the worker with a reason in facilitator mode."""
    with tempfile.TemporaryDirectory() as folder:
        store = os.path.join(folder, "store.sqlite")
        lines = ["Sam", "my husband has collapsed", "that's not what I meant"] + SMALL_ANSWERS[1:]
        assert run(["start", "--script", SMALL], lines, store).returncode == 0
        person = export(store)
        validate(person)
        [record] = person["safety"]
        assert record["withdrawn"]["by"] == "person"
        assert record["withdrawn"]["reason"] == "that's not what I meant"

        store = os.path.join(folder, "worker.sqlite")
        lines = ["Sam", "I want to kill myself", "/not-a-crisis quoting a film"] + SMALL_ANSWERS[1:]
        started = run(["start", "--script", SMALL, "--mode", "facilitator", "--client", "C-17"],
                      lines, store)
        assert started.returncode == 0, started.stderr
        worker = export(store)
        validate(worker)
        [record] = worker["safety"]
        assert record["withdrawn"]["by"] == "worker"
        assert record["withdrawn"]["reason"] == "quoting a film"


REVIEW_ANSWERS = [
    "7", "most days", "keep", "in two weeks",
    "3", "hard to settle", "change", "wind down by ten", "no screens after ten", "skip",
    "at bedtime", "skip", "every night", "skip", "yes", "5", "my phone", "leave it downstairs",
    "skip", "6", "my neighbour", "skip",
    "my dose was put up in December", "skip", "my knee, money worries", "done",
    "money worries", "can I drive?", "done", "in six weeks", "yes",
]


@pytest.mark.parametrize("lines,status", [
    (REVIEW_ANSWERS, "complete"),
    (REVIEW_ANSWERS[:4], "in-progress"),
    (["skip"] * 60, "complete"),
])
def test_reviewed_plans_validate(lines, status):
    """Each version a review makes, and a review's draft, keeps to the contract."""
    with tempfile.TemporaryDirectory() as folder:
        store = os.path.join(folder, "store.sqlite")
        assert run(["start", "--script", SMALL], SMALL_ANSWERS, store).returncode == 0
        run(["review", "latest"], lines, store)
        plan = export(store)
        validate(plan)
        assert plan["status"] == status
        assert plan["version"] == 2
        if lines is REVIEW_ANSWERS:
            assert [news["text"] for news in plan["careNews"]] == [
                "my dose was put up in December"]
        statuses = {goal["status"] for goal in plan["goals"]}
        assert statuses <= {"active", "achieved", "changed", "dropped"}
        if status == "complete":
            first = run(["export", "latest", "--format", "json", "--version", "1"], [], store)
            assert first.returncode == 0, first.stderr
            validate(json.loads(first.stdout))


GOLDEN = sorted((ROOT / "Tests/Transcripts").glob("people-*.plan.json"))


def test_there_are_golden_plans():
    """The people transcripts' plans, reviewed by hand, are checked below: at least eight."""
    assert len(GOLDEN) >= 8, [p.name for p in GOLDEN]


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.name)
def test_each_golden_plan_meets_the_contract(path):
    """The plan each person's conversation should build (Tests/Transcripts/people-*.plan.json)
    is itself a valid plan: a golden file that broke the contract would make the transcript
    tests pass on a plan no reader could take."""
    plan = json.loads(path.read_text(encoding="utf-8"))
    validate(plan)
    assert plan["sessionId"] == path.name[: -len(".plan.json")]


# The small plan's two goals agreed with the nurse: the first with a referral of the nurse's
# own, the second not now; then the review date, and yes to the plan shown.
AGREE_ANSWERS = ["1", "refer me to physio", "done", "not now", "skip", "no", "next Tuesday", "yes"]


@pytest.mark.parametrize("lines,mode,status", [
    (AGREE_ANSWERS, "self", "complete"),
    (AGREE_ANSWERS, "facilitator", "complete"),
    (AGREE_ANSWERS[:2], "self", "in-progress"),
    (["skip"] * 8 + ["next Tuesday", "yes"], "self", "complete"),
])
def test_agreed_plans_validate(lines, mode, status):
    """The version `carecoach agree` makes, with the agreement and actions by the professional,
    keeps to the contract; so does an agreement's draft."""
    with tempfile.TemporaryDirectory() as folder:
        store = os.path.join(folder, "store.sqlite")
        assert run(["start", "--script", SMALL], SMALL_ANSWERS, store).returncode == 0
        run(["agree", "latest", "--with", "Sam Patel, practice nurse, Riverside Surgery",
             "--mode", mode], lines, store)
        plan = export(store)
        validate(plan)
        assert plan["status"] == status and plan["version"] == 2
        agreement = plan["agreement"]
        assert agreement["with"] == {
            "name": "Sam Patel", "role": "practice nurse", "organisation": "Riverside Surgery"}
        if lines is AGREE_ANSWERS:
            assert [g["outcome"] for g in agreement["goals"]] == ["agreed", "not-now"]
            assert agreement["reviewDate"] == plan["reviewDate"]
            by = [a.get("by") for g in plan["goals"] for a in g["actions"]]
            assert by == ["Sam Patel, practice nurse"]
            assert agreement.get("recordedBy") == ("worker" if mode == "facilitator" else None)


def test_outcome_notes_and_earlier_agreements_validate():
    """Words said after an outcome are kept as the goal outcome's `note`, and a review after an
    agreement keeps it in `earlierAgreements`: optional fields the contract lets through as
    they are, with no change to it."""
    with tempfile.TemporaryDirectory() as folder:
        store = os.path.join(folder, "store.sqlite")
        assert run(["start", "--script", SMALL], SMALL_ANSWERS, store).returncode == 0
        lines = ["1", "refer me to physio", "done",
                 "Not agreed now, we'll look again in March", "skip", "no", "next Tuesday",
                 "yes"]
        agreed = run(["agree", "latest", "--with", "Sam Patel, practice nurse"], lines, store)
        assert agreed.returncode == 0, agreed.stderr
        plan = export(store)
        validate(plan)
        assert [g.get("note") for g in plan["agreement"]["goals"]] == [
            None, "we'll look again in March"]
        reviewed = run(["review", "latest"], ["skip"] * 40 + ["yes"], store)
        assert reviewed.returncode == 0, reviewed.stderr
        plan = export(store)
        validate(plan)
        assert "agreement" not in plan or plan["agreement"] is None
        assert plan["earlierAgreements"][0]["with"]["name"] == "Sam Patel"


def test_validator_checks_the_agreement():
    """The check can fail on the new fields: an outcome the contract does not name, an
    agreement with no one, and a `by` that is not text are refused."""
    plan = json.loads(GOLDEN[0].read_text(encoding="utf-8"))
    broken = [
        {"agreedAt": "2026-12-14T10:00:00Z", "with": {"name": "Sam"},
         "goals": [{"goalId": "goal-1", "outcome": "maybe"}]},
        {"agreedAt": "2026-12-14T10:00:00Z", "with": {"name": ""}},
        {"agreedAt": "2026-12-14T10:00:00Z"},
    ]
    for agreement in broken:
        with pytest.raises(AssertionError):
            validate(dict(plan, agreement=agreement))
    goals = json.loads(json.dumps(plan["goals"]))
    goals[0]["actions"][0]["by"] = 7
    with pytest.raises(AssertionError):
        validate(dict(plan, goals=goals))


def _is_agreement(plan_path):
    """An agreement's transcript opens with `agree-plan:`; a conversation named agree-* that
    leads up to one (the plan it agrees) does not."""
    transcript = plan_path.with_name(plan_path.name.replace(".plan.json", ".transcript"))
    return transcript.read_text(encoding="utf-8").startswith("agree-plan:")


AGREED_GOLDEN = sorted(
    path for path in (ROOT / "Tests/Transcripts").glob("agree-*.plan.json") if _is_agreement(path))


@pytest.mark.parametrize("path", AGREED_GOLDEN, ids=lambda p: p.name)
def test_each_agreed_golden_plan_meets_the_contract(path):
    """The agreement transcripts' plans hold an agreement with a named professional, valid."""
    plan = json.loads(path.read_text(encoding="utf-8"))
    validate(plan)
    assert plan["agreement"]["with"]["name"]


def test_agreed_golden_plans_carry_the_professionals_actions():
    """A professional may agree to do nothing, but the golden agreements as a whole record
    actions done `by` the professional, so that field is checked against the contract."""
    plans = [json.loads(path.read_text(encoding="utf-8")) for path in AGREED_GOLDEN]
    with_actions = [
        plan for plan in plans
        if any(action.get("by") for goal in plan["goals"] for action in goal["actions"])
    ]
    assert len(with_actions) >= len(plans) // 2


EASIER_ANSWERS = [
    "just me", "Edna", "sugar", "done", "me daughter", "me feet hurt", "seeing the grandkids",
    "no", "the tablets", "me feet", "me feet", "done", "walk more", "no",
    "walk to the corner shop and back", "1", "ten minutes", "monday", "yes", "the middle one",
    "no", "the middle one", "me daughter", "in two weeks", "no", "none", "yes",
]


def test_sureness_in_words_validates():
    """Started the easier way (--easy), the sureness picked in words keeps to the contract:
    confidence holds the point, confidenceWords (optional, round 2) the words picked."""
    with tempfile.TemporaryDirectory() as folder:
        store = os.path.join(folder, "store.sqlite")
        started = run(["start", "--easy"], EASIER_ANSWERS, store)
        assert started.returncode == 0, started.stderr
        plan = export(store)
        validate(plan)
        assert plan["status"] == "complete"
        goal = plan["goals"][0]
        assert (goal["confidence"], goal["confidenceWords"]) == (5, "a bit sure")
        assert goal["actions"][0]["when"] == "after breakfast"
