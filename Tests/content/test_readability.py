"""Plain-English checks for every conversation script in Prompts/.

Every piece of text a person reads (questions, facilitator wording, statements, intros, help,
reprompts, reflections, choices, scale words and section titles) must score at least 60 on the
Flesch reading ease scale, and the script's average must be at least 75. Placeholders such as
{{name | or: "friend"}} are read twice: once filled with a plain name, and once with their
fallback, because a person may see either.

Medical jargon is not allowed in prompts at all until the glossary can explain it.

Run: python3 -m venv /tmp/contentvenv
     /tmp/contentvenv/bin/pip install -r Tests/requirements.txt
     /tmp/contentvenv/bin/pytest Tests/content -q
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import textstat
import yaml

ROOT = Path(__file__).resolve().parents[2]
PROMPTS = ROOT / "Prompts"

# Files in Prompts/ that are data, not conversations.
NOT_SCRIPTS = {"lexicon.yaml", "glossary.yaml", "safety.yaml"}

PROMPT_FLOOR = 60.0
AVERAGE_FLOOR = 75.0

# Words a person should not meet in a prompt until the glossary can explain them.
JARGON = [
    "HbA1c", "eGFR", "hypertension", "hypotension", "hyperglycaemia", "hypoglycaemia",
    "hyperglycemia", "hypoglycemia", "BMI", "mmol", "systolic", "diastolic", "creatinine",
    "microalbumin", "albuminuria", "lipids", "LDL", "HDL", "retinopathy", "neuropathy",
    "nephropathy", "comorbidity", "comorbidities", "adherence", "compliance", "titrate",
    "contraindicated", "prognosis", "CKD", "COPD", "self-management", "polypharmacy",
]
JARGON_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(word) for word in JARGON) + r")(?![\w-])",
    re.IGNORECASE,
)

PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
FALLBACK = re.compile(r"\bor\s*:\s*(['\"])(.*?)\1")
NAME = "Sam"

# British hyphenation for syllable counts; the Flesch formula is the English one either way.
textstat.set_lang("en_GB")


def script_files() -> list[Path]:
    return sorted(p for p in PROMPTS.glob("*.yaml") if p.name not in NOT_SCRIPTS)


def texts_of(script: dict) -> list[tuple[str, str]]:
    """(where, text) for everything a person may read in one script."""
    found: list[tuple[str, str]] = []

    def add(where: str, value) -> None:
        if isinstance(value, str) and value.strip():
            found.append((where, value))

    add("title", script.get("title"))
    for section in script.get("sections") or []:
        sid = section.get("id", "?")
        add(f"{sid}.title", section.get("title"))
        add(f"{sid}.intro", section.get("intro"))
        for index, item in enumerate(section.get("questions") or []):
            iid = item.get("id", f"{sid}-{index + 1}")
            for key in ("text", "facilitator", "say", "help"):
                add(f"{iid}.{key}", item.get(key))
            for n, reprompt in enumerate(item.get("reprompts") or []):
                add(f"{iid}.reprompts[{n}]", reprompt)
            reflect = item.get("reflect")
            if isinstance(reflect, str):
                add(f"{iid}.reflect", reflect)
            elif isinstance(reflect, list):
                for n, entry in enumerate(reflect):
                    add(f"{iid}.reflect[{n}]", entry.get("text") if isinstance(entry, dict) else entry)
            for n, choice in enumerate(item.get("choices") or []):
                add(f"{iid}.choices[{n}]", choice.get("text") if isinstance(choice, dict) else choice)
            for point, words in (item.get("labels") or {}).items():
                add(f"{iid}.labels[{point}]", words)
    for rule in script.get("rules") or []:
        add(f"rule {rule.get('id', '?')}.say", rule.get("say"))
    return found


def readings(text: str) -> list[str]:
    """The text as a person may see it: placeholders filled with a name, and with fallbacks."""
    with_name = PLACEHOLDER.sub(NAME, text)

    def fallback(match: re.Match) -> str:
        found = FALLBACK.search(match.group(1))
        return found.group(2) if found else ""

    with_fallbacks = PLACEHOLDER.sub(fallback, text)
    versions = [with_name]
    if with_fallbacks != with_name:
        versions.append(with_fallbacks)
    return [plain(v) for v in versions]


def plain(text: str) -> str:
    """Drops list bullets and runs of space, which are layout, not words."""
    lines = [re.sub(r"^\s*[-*]\s+", "", line) for line in text.splitlines()]
    return re.sub(r"\s+", " ", " ".join(lines)).strip()


def scored(path: Path) -> list[tuple[float, str, str]]:
    script = yaml.safe_load(path.read_text(encoding="utf-8"))
    results = []
    for where, text in texts_of(script):
        for reading in readings(text):
            if reading:
                results.append((textstat.flesch_reading_ease(reading), where, reading))
    return results


def test_there_are_scripts_to_check():
    names = [p.name for p in script_files()]
    assert "care-planning.yaml" in names, f"no care-planning.yaml in {PROMPTS}: {names}"


@pytest.mark.parametrize("path", script_files(), ids=lambda p: p.name)
def test_every_prompt_is_easy_to_read(path: Path):
    results = scored(path)
    assert results, f"{path.name}: found no text to check"
    scores = [score for score, _, _ in results]
    average = sum(scores) / len(scores)
    worst = sorted(results)[:10]
    report = "\n".join(f"  {score:6.1f}  {where}: {text[:110]}" for score, where, text in worst)
    print(
        f"\n{path.name}: {len(results)} prompts, lowest {min(scores):.1f}, "
        f"average {average:.1f}\nLowest scores:\n{report}"
    )
    too_hard = [(s, w, t) for s, w, t in results if s < PROMPT_FLOOR]
    assert not too_hard, (
        f"{path.name}: {len(too_hard)} prompt(s) score below {PROMPT_FLOOR:.0f} "
        "(Flesch reading ease). Use shorter sentences and everyday words:\n"
        + "\n".join(f"  {s:6.1f}  {w}: {t}" for s, w, t in sorted(too_hard))
    )
    assert average >= AVERAGE_FLOOR, (
        f"{path.name}: average Flesch reading ease {average:.1f} is below "
        f"{AVERAGE_FLOOR:.0f}. Hardest prompts:\n{report}"
    )


@pytest.mark.parametrize("path", script_files(), ids=lambda p: p.name)
def test_no_medical_jargon(path: Path):
    script = yaml.safe_load(path.read_text(encoding="utf-8"))
    hits = []
    for where, text in texts_of(script):
        for match in JARGON_PATTERN.finditer(text):
            hits.append(f"  {where}: '{match.group(1)}' in: {plain(text)[:110]}")
    assert not hits, (
        f"{path.name}: medical jargon in prompts. Say it in everyday words instead "
        "(the glossary, when it exists, can explain the medical word):\n" + "\n".join(hits)
    )


def test_the_checks_catch_hard_text():
    """The floor means something: dense clinical prose fails it, plain words pass."""
    hard = (
        "Individualised pharmacological optimisation necessitates comprehensive "
        "consideration of comorbidities and contraindications."
    )
    easy = "What would you like to talk about today?"
    assert textstat.flesch_reading_ease(hard) < PROMPT_FLOOR
    assert textstat.flesch_reading_ease(easy) >= PROMPT_FLOOR
    assert JARGON_PATTERN.search("Your HbA1c is high")
    assert not JARGON_PATTERN.search("Your blood sugar over the last few months")
    assert readings('Thank you, {{name | or: "friend"}}.') == ["Thank you, Sam.", "Thank you, friend."]


def safety_texts() -> list[tuple[str, str]]:
    """(where, text) for everything a person may read from the safety file."""
    safety = yaml.safe_load((PROMPTS / "safety.yaml").read_text(encoding="utf-8"))
    found: list[tuple[str, str]] = []
    for key, value in (safety.get("wording") or {}).items():
        if key != "worker":  # read by the worker, and mostly placeholders
            found.append((f"wording.{key}", value))
    for service in safety.get("services") or []:
        found.append((f"service {service.get('id')}.say", service.get("say")))
    for category in safety.get("categories") or []:
        for key in ("title", "message", "gentle", "kiosk"):
            if isinstance(category.get(key), str):
                found.append((f"category {category.get('id')}.{key}", category[key]))
    return found


def test_safety_messages_are_easy_to_read():
    """The safety net speaks to people at their worst moment: its words must be the plainest."""
    results = [
        (textstat.flesch_reading_ease(plain(text)), where, plain(text))
        for where, text in safety_texts()
        if plain(text)
    ]
    assert results, "found no text in Prompts/safety.yaml"
    # Phone numbers are not words: textstat counts them as long words, so they are left out.
    scored_results = [
        (textstat.flesch_reading_ease(re.sub(r"[\d.]+(\s\d+)*", "", text)), where, text)
        for _, where, text in results
    ]
    too_hard = [(s, w, t) for s, w, t in scored_results if s < PROMPT_FLOOR]
    assert not too_hard, (
        f"safety.yaml: {len(too_hard)} message(s) score below {PROMPT_FLOOR:.0f}:\n"
        + "\n".join(f"  {s:6.1f}  {w}: {t}" for s, w, t in sorted(too_hard))
    )
    hits = [
        f"  {where}: '{match.group(1)}'"
        for where, text in safety_texts()
        for match in JARGON_PATTERN.finditer(text)
    ]
    assert not hits, "safety.yaml: medical jargon in messages:\n" + "\n".join(hits)
