"""Plain-English checks for every conversation script in Prompts/.

Every piece of text a person reads (questions, facilitator wording, statements, intros, help,
reprompts, reflections, choices, scale words and section titles, and the facilitator wording of
help, statements and reflections) must score at least 60 on the
Flesch reading ease scale, and the script's average must be at least 75.

The plainer wordings (each question's `plainly:` and `facilitator_plainly:`, and its `example:` as the person sees it,
"For example: ...") are for people who find the normal words hard, so they are scored on
their own with a higher bar: 90 or more on average over every script, 60 or more each (as the
normal ones), and no sentence over 15 words. The figures for both kinds, averages and the hardest few, are printed. Placeholders such as
{{name | or: "friend"}} are read twice: once filled with a plain name, and once with their
fallback, because a person may see either.

Medical words need their plain explanation: a prompt that uses a medical term from
Prompts/glossary.yaml (any kind but "care" and "word") must also give that term's explanation, word for
word. Jargon the glossary does not know is not allowed in prompts at all. Every glossary
explanation must itself pass the same bar as prompts: 60 or more each, 75 or more on average.

The sentences the Swift code shows a person (Sources/*/Wording*.swift and the engine's
Phrases.swift) are read from their string literals and held to the same floors; the score of
every one is printed (run with -s to see them).

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
GLOSSARY = PROMPTS / "glossary.yaml"

# Files in Prompts/ that are data, not conversations.
NOT_SCRIPTS = {"lexicon.yaml", "glossary.yaml", "safety.yaml", "safety-reader.yaml"}

PROMPT_FLOOR = 60.0
AVERAGE_FLOOR = 75.0

# Words a person should not meet in a prompt unless the prompt also gives the glossary's
# explanation of them.
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


def sections_of(script: dict) -> list[dict]:
    """Every section, including those inside a repeating `group:` (stages 8 to 11 of the
    default conversation live in one), which would otherwise never be checked."""
    found = []
    for entry in script.get("sections") or []:
        if isinstance(entry, dict) and "group" in entry:
            found.extend(entry.get("sections") or [])
        else:
            found.append(entry)
    return found


def texts_of(script: dict) -> list[tuple[str, str]]:
    """(where, text) for everything a person may read in one script."""
    found: list[tuple[str, str]] = []

    def add(where: str, value) -> None:
        if isinstance(value, str) and value.strip():
            found.append((where, value))

    add("title", script.get("title"))
    for section in sections_of(script):
        sid = section.get("id", "?")
        add(f"{sid}.title", section.get("title"))
        add(f"{sid}.intro", section.get("intro"))
        add(f"{sid}.facilitator_title", section.get("facilitator_title"))
        add(f"{sid}.facilitator_intro", section.get("facilitator_intro"))
        for index, item in enumerate(section.get("questions") or []):
            iid = item.get("id", f"{sid}-{index + 1}")
            for key in ("text", "facilitator", "say", "help", "facilitator_help", "why",
                        "facilitator_why"):
                add(f"{iid}.{key}", item.get(key))
            # A statement may say one of several things: each is read by someone.
            if isinstance(item.get("say"), list):
                for n, entry in enumerate(item["say"]):
                    add(f"{iid}.say[{n}]", entry.get("text") if isinstance(entry, dict) else entry)
                    if isinstance(entry, dict):
                        add(f"{iid}.say[{n}].facilitator", entry.get("facilitator"))
            for n, reprompt in enumerate(item.get("reprompts") or []):
                add(f"{iid}.reprompts[{n}]", reprompt)
            reflect = item.get("reflect")
            if isinstance(reflect, str):
                add(f"{iid}.reflect", reflect)
            elif isinstance(reflect, list):
                for n, entry in enumerate(reflect):
                    add(f"{iid}.reflect[{n}]", entry.get("text") if isinstance(entry, dict) else entry)
                    if isinstance(entry, dict):
                        add(f"{iid}.reflect[{n}].facilitator", entry.get("facilitator"))
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


# The plainer wordings: for people who find the normal words hard, so the bar is higher.
PLAINER_AVERAGE_FLOOR = 90.0
PLAINER_FLOOR = 60.0
LONGEST_SENTENCE = 15


def plainer_texts(script: dict) -> list[tuple[str, str]]:
    """(where, text) for each question's plainer wording and its example, the example as the
    engine shows it."""
    found: list[tuple[str, str]] = []
    for section in sections_of(script):
        sid = section.get("id", "?")
        for index, item in enumerate(section.get("questions") or []):
            iid = item.get("id", f"{sid}-{index + 1}")
            if isinstance(item.get("plainly"), str) and item["plainly"].strip():
                found.append((f"{iid}.plainly", item["plainly"]))
            worker = item.get("facilitator_plainly")
            if isinstance(worker, str) and worker.strip():
                found.append((f"{iid}.facilitator_plainly", worker))
            if isinstance(item.get("example"), str) and item["example"].strip():
                found.append((f"{iid}.example", f"For example: {item['example']}"))
    return found


def sentences(text: str) -> list[str]:
    """The sentences of a text: a stop, question mark or exclamation mark followed by a space
    ends one (so "3.5" or "111.nhs.uk" does not)."""
    return [part for part in re.split(r"(?<=[.?!])\s+", plain(text)) if part]


def word_count(sentence: str) -> int:
    return len([word for word in sentence.split() if re.search(r"\w", word)])


def plainer_scored() -> list[tuple[float, str, str]]:
    """(score, "file: where", reading) for every plainer wording in every script."""
    results = []
    for path in script_files():
        script = yaml.safe_load(path.read_text(encoding="utf-8"))
        for where, text in plainer_texts(script):
            for reading in readings(text):
                if reading:
                    results.append(
                        (textstat.flesch_reading_ease(reading), f"{path.name}: {where}", reading))
    return results


def normal_scored() -> list[tuple[float, str, str]]:
    return [(score, f"{path.name}: {where}", text)
            for path in script_files() for score, where, text in scored(path)]


def figures(kind: str, results: list[tuple[float, str, str]]) -> str:
    """A kind of wording's figures: how many, the average, the lowest few and the longest
    sentence."""
    scores = [score for score, _, _ in results]
    longest = max((sentence for _, _, text in results for sentence in sentences(text)),
                  key=word_count)
    lowest = "\n".join(f"  {score:6.1f}  {where}: {text[:100]}"
                       for score, where, text in sorted(results)[:5])
    return (f"{kind}: {len(results)} wordings, average Flesch reading ease "
            f"{sum(scores) / len(scores):.1f}, lowest {min(scores):.1f}, longest sentence "
            f"{word_count(longest)} words: {longest}\nLowest:\n{lowest}")


def test_plainer_wordings_are_plainer_still():
    """Every `plainly:` and `example:` in every script: 90 or more on average, none under 60,
    and no sentence over 15 words. The normal wordings' figures are printed beside them."""
    plainer = plainer_scored()
    assert len(plainer) >= 80, f"found only {len(plainer)} plainer wordings to check"
    print("\n" + figures("normal", normal_scored()))
    print(figures("plainer", plainer))
    too_hard = [(s, w, t) for s, w, t in plainer if s < PLAINER_FLOOR]
    assert not too_hard, (
        f"{len(too_hard)} plainer wording(s) score below {PLAINER_FLOOR:.0f}. Use short "
        "everyday words:\n" + "\n".join(f"  {s:6.1f}  {w}: {t}" for s, w, t in sorted(too_hard))
    )
    average = sum(score for score, _, _ in plainer) / len(plainer)
    assert average >= PLAINER_AVERAGE_FLOOR, (
        f"the plainer wordings average {average:.1f}, below {PLAINER_AVERAGE_FLOOR:.0f}"
    )
    too_long = [(word_count(sentence), where, sentence) for _, where, text in plainer
                for sentence in sentences(text) if word_count(sentence) > LONGEST_SENTENCE]
    assert not too_long, (
        f"{len(too_long)} plainer sentence(s) are over {LONGEST_SENTENCE} words. Split them:\n"
        + "\n".join(f"  {n} words  {w}: {t}" for n, w, t in sorted(too_long, reverse=True))
    )


def test_the_plainer_checks_catch_long_and_hard_sentences():
    """The sentence counter and splitter mean something: a long sentence is over the limit, a
    web address is not a sentence break, and hard words fall below the plainer floor."""
    long = ("Think about the help you get, like your nurse, your tablets or a group, and say "
            "which part helps you the most.")
    assert word_count(long) > LONGEST_SENTENCE
    assert sentences("Go to 111.nhs.uk now. Or call 111.") == ["Go to 111.nhs.uk now.", "Or call 111."]
    assert textstat.flesch_reading_ease(
        "Describe the components of your care that you consider beneficial.") < PLAINER_FLOOR
    script = {"sections": [{"id": "s", "questions": [
        {"id": "q", "text": "Hard?", "plainly": "Is it hard?", "example": "yes"}]}]}
    assert plainer_texts(script) == [("q.plainly", "Is it hard?"), ("q.example", "For example: yes")]
    assert "q.plainly" not in {where for where, _ in texts_of(script)}


def glossary_terms() -> list[dict]:
    return yaml.safe_load(GLOSSARY.read_text(encoding="utf-8"))["terms"]


def name_pattern(name: str) -> re.Pattern:
    """A glossary name as whole words, any letter case, with an optional plural "s"."""
    words = [re.escape(word) for word in re.split(r"[\s-]+", name.strip()) if word]
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(words) + r"s?(?![\w-])", re.IGNORECASE)


def medical_terms() -> list[tuple[dict, re.Pattern]]:
    """(entry, pattern) for every medical name in the glossary: its term and its synonyms."""
    found = []
    for entry in glossary_terms():
        if entry.get("kind") in ("care", "word"):
            continue
        for name in [entry["term"], *(entry.get("synonyms") or [])]:
            found.append((entry, name_pattern(str(name))))
    return found


def explained(text: str, entry: dict) -> bool:
    return plain(entry["explanation"]).lower() in plain(text).lower()


@pytest.mark.parametrize("path", script_files(), ids=lambda p: p.name)
def test_no_medical_jargon(path: Path):
    """Jargon is allowed only where the glossary knows it and the prompt explains it."""
    script = yaml.safe_load(path.read_text(encoding="utf-8"))
    terms = medical_terms()
    hits = []
    for where, text in texts_of(script):
        for match in JARGON_PATTERN.finditer(text):
            word = match.group(1)
            known = [entry for entry, pattern in terms if pattern.fullmatch(word)]
            if not any(explained(text, entry) for entry in known):
                hits.append(f"  {where}: '{word}' in: {plain(text)[:110]}")
    assert not hits, (
        f"{path.name}: medical jargon in prompts. Say it in everyday words instead, or give "
        "the glossary's explanation in the same prompt:\n" + "\n".join(hits)
    )


@pytest.mark.parametrize("path", script_files(), ids=lambda p: p.name)
def test_glossary_words_come_with_their_explanation(path: Path):
    """No medical word appears in a prompt without the glossary's plain explanation."""
    script = yaml.safe_load(path.read_text(encoding="utf-8"))
    terms = medical_terms()
    hits = []
    for where, text in texts_of(script):
        for entry, pattern in terms:
            match = pattern.search(plain(text))
            if match and not explained(text, entry):
                hits.append(f"  {where}: '{match.group(0)}' ({entry['id']}) in: {plain(text)[:110]}")
    assert not hits, (
        f"{path.name}: medical words from Prompts/glossary.yaml without their explanation. "
        "Use everyday words, or add the glossary's explanation to the same prompt:\n"
        + "\n".join(hits)
    )


def test_glossary_explanations_are_easy_to_read():
    entries = glossary_terms()
    assert len(entries) >= 40, f"the glossary has {len(entries)} terms; it needs at least 40"
    results = [
        (textstat.flesch_reading_ease(plain(entry["explanation"])), entry["id"], plain(entry["explanation"]))
        for entry in entries
    ]
    scores = [score for score, _, _ in results]
    average = sum(scores) / len(scores)
    print(f"\nglossary.yaml: {len(results)} explanations, lowest {min(scores):.1f}, average {average:.1f}")
    too_hard = [(s, w, t) for s, w, t in results if s < PROMPT_FLOOR]
    assert not too_hard, (
        f"glossary.yaml: {len(too_hard)} explanation(s) score below {PROMPT_FLOOR:.0f}:\n"
        + "\n".join(f"  {s:6.1f}  {w}: {t}" for s, w, t in sorted(too_hard))
    )
    assert average >= AVERAGE_FLOOR, f"glossary.yaml: average {average:.1f} is below {AVERAGE_FLOOR:.0f}"


def test_glossary_explanations_are_short_and_give_no_advice():
    """One to three sentences; numbers in words; medicines point back to the professionals."""
    for entry in glossary_terms():
        text = plain(entry["explanation"])
        sentences = [part for part in re.split(r"(?<=[.!?])\s+", text) if part]
        assert 1 <= len(sentences) <= 3, f"{entry['id']}: {len(sentences)} sentences: {text}"
        assert not re.search(r"\d", text.replace(entry["term"], "")), (
            f"{entry['id']}: write numbers in words: {text}"
        )
        assert not re.search(r"\b(you should|you must|stop taking|start taking|take more|take less)\b",
                             text, re.IGNORECASE), f"{entry['id']}: tells the person what to do: {text}"
        if entry.get("kind") == "medicine":
            assert re.search(r"nurse|doctor|pharmacist", text), (
                f"{entry['id']}: a medicine's explanation should point to the nurse, doctor or "
                f"pharmacist: {text}"
            )


def test_texts_inside_groups_are_checked():
    """Stages 8 to 11 (goal, ideas, step, confidence) sit in a repeating group; their words,
    the step read-back and every ideas menu among them, must be read like any other."""
    script = yaml.safe_load((PROMPTS / "care-planning.yaml").read_text(encoding="utf-8"))
    places = {where for where, _ in texts_of(script)}
    for where in ("goal_text.text", "step_check.text", "step_check.facilitator",
                  "confidence.text", "confidence.labels[0]", "another_goal.text"):
        assert where in places, f"{where} is not checked"
    menus = [text for where, text in texts_of(script) if where.startswith("ideas_menu.say[")]
    assert len(menus) >= 21, f"only {len(menus)} ideas menus are checked"
    assert any(text.startswith("Ideas for moving more") for text in menus)
    assert any(text.startswith("Here are some ideas that suit lots of goals") for text in menus)


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
    hba1c = next(entry for entry in glossary_terms() if entry["id"] == "hba1c")
    assert not explained("What does your HbA1c show?", hba1c)
    assert explained("Your HbA1c. " + hba1c["explanation"], hba1c)
    assert name_pattern("blood pressure").search("Your Blood-Pressures today")
    assert not name_pattern("af").search("after")


def safety_texts() -> list[tuple[str, str]]:
    """(where, text) for everything a person may read from the safety file."""
    safety = yaml.safe_load((PROMPTS / "safety.yaml").read_text(encoding="utf-8"))
    found: list[tuple[str, str]] = []
    for key, value in (safety.get("wording") or {}).items():
        if isinstance(value, dict):  # kept-notice: the categories, and what the person is told
            found.append((f"wording.{key}.say", value.get("say")))
        elif key != "worker":  # read by the worker, and mostly placeholders
            found.append((f"wording.{key}", value))
    for service in safety.get("services") or []:
        found.append((f"service {service.get('id')}.say", service.get("say")))
    for category in safety.get("categories") or []:
        for key in ("title", "message", "gentle", "kiosk", "check", "check-plainly", "if-unsure"):
            if isinstance(category.get(key), str):
                # A service named as {{id}} is read as its contact would be: "call 111".
                text = re.sub(r"\{\{[\w-]+\}\}", "call 111", category[key])
                found.append((f"category {category.get('id')}.{key}", text))
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


# The sentences the Swift code shows a person: the application's wording files
# (Sources/*/Wording*.swift, so a new part's `Wording+Part.swift` is read without a change here)
# and the engine's own words (Dialogue's Phrases.swift and its `Phrases+Part.swift` files).
WORDING_FILES = sorted(ROOT.glob("Sources/*/Wording*.swift")) + sorted(
    ROOT.glob("Sources/Dialogue/Engine/Phrases*.swift")
)
# What an interpolation such as \(id) or \(version) stands for when a sentence is read.
FILLER = NAME
# A command to type, such as "carecoach show k7f3 --changes" or "/note prefers mornings", is
# not words to read: like a phone number, it is left out of the score.
COMMAND = re.compile(r"(carecoach|/note)( (--?[\w-]+|<[\w|]+>|[\w.-]+))*")
DECLARATION = re.compile(r"\b(?:static\s+(?:let|var|func)\s+|(?<!if )case\s+\.)(\w+)")
# A sentence has a few words and ends like one; shorter texts are labels, headings and parts of
# sentences, whose scores are printed but say little: Flesch reading ease is about sentences.
SENTENCE = re.compile(r"(\w+\W+){2,}\w+.*[.?!]")


def swift_texts(source: str) -> list[tuple[str, str]]:
    """(where, text) for every text in Swift source: string literals joined by `+` are one
    text; interpolations are read as a name; comments are skipped. `where` is the name of the
    declaration (or `case`) the text is in."""
    found: list[tuple[str, str]] = []
    where, pieces, code = "?", [], ""
    i, n = 0, len(source)

    def flush() -> None:
        nonlocal pieces
        text = "".join(pieces)
        if re.search(r"[A-Za-z]", text):
            found.append((where, text))
        pieces = []

    def literal(start: int) -> tuple[str, int]:
        """The literal's text from just after its opening quotes, and where it ends."""
        triple = source.startswith('"""', start - 3) and source[start - 3:start] == '"""'
        closing = '"""' if triple else '"'
        out, j = [], start
        while not source.startswith(closing, j):
            if source.startswith("\\(", j):
                depth, j = 1, j + 2
                while depth:
                    if source[j] == '"':  # a literal inside the interpolation
                        _, j = literal(j + 1)
                        continue
                    depth += {"(": 1, ")": -1}.get(source[j], 0)
                    j += 1
                out.append(FILLER)
            elif source[j] == "\\":
                out.append({"n": "\n", "t": " "}.get(source[j + 1], source[j + 1]))
                j += 2
            else:
                out.append(source[j])
                j += 1
        text = "".join(out)
        if triple:  # a multi-line literal drops its indentation and its first line break
            text = re.sub(r"\n[ ]+", "\n", text.lstrip("\n"))
        return text, j + len(closing)

    while i < n:
        if source.startswith("//", i):
            i = source.index("\n", i) if "\n" in source[i:] else n
        elif source[i] == '"':
            start = i + 3 if source.startswith('"""', i) else i + 1
            declared = DECLARATION.findall(code)
            if declared:
                flush()
                where = declared[-1]
            elif code.strip() not in ("", "+"):
                flush()
            code = ""
            text, i = literal(start)
            pieces.append(text)
        else:
            code += source[i]
            i += 1
    flush()
    return found


def wording_scored(path: Path) -> list[tuple[float, str, str, bool]]:
    """(score, where, text, is a sentence) for every text in a wording file."""
    results = []
    for where, text in swift_texts(path.read_text(encoding="utf-8")):
        reading = plain(COMMAND.sub("", text))
        if re.search(r"[A-Za-z]{2}", reading):
            score = textstat.flesch_reading_ease(reading)
            results.append((score, where, reading, bool(SENTENCE.search(reading))))
    return results


def test_there_is_wording_to_check():
    names = [p.name for p in WORDING_FILES]
    assert "Wording.swift" in names and "Phrases.swift" in names, names
    texts = [text for path in WORDING_FILES for _, text in swift_texts(path.read_text("utf-8"))]
    assert "OK, we'll stop here." in texts


@pytest.mark.parametrize("path", WORDING_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_sentence_in_the_code_is_easy_to_read(path: Path):
    """Each sentence the program shows, scored like a prompt; the figures are printed."""
    scored_texts = wording_scored(path)
    results = [(score, where, text) for score, where, text, sentence in scored_texts if sentence]
    assert results, f"{path.parent.name}/{path.name}: found no sentences to check"
    scores = [score for score, _, _ in results]
    average = sum(scores) / len(scores)
    print(
        f"\n{path.parent.name}/{path.name}: {len(results)} sentences, lowest {min(scores):.1f}, average "
        f"{average:.1f}; {len(scored_texts) - len(results)} labels and parts (marked -), not held "
        "to the floor"
    )
    for score, where, text, sentence in sorted(scored_texts):
        print(f"  {score:6.1f} {' ' if sentence else '-'} {where}: {text[:110]}")
    too_hard = [(s, w, t) for s, w, t in results if s < PROMPT_FLOOR]
    assert not too_hard, (
        f"{path.parent.name}/{path.name}: {len(too_hard)} sentence(s) score below {PROMPT_FLOOR:.0f} "
        "(Flesch reading ease). Use shorter sentences and everyday words:\n"
        + "\n".join(f"  {s:6.1f}  {w}: {t}" for s, w, t in sorted(too_hard))
    )
    assert average >= AVERAGE_FLOOR, f"{path.parent.name}/{path.name}: average {average:.1f} is below {AVERAGE_FLOOR:.0f}"
    hits = [
        f"  {where}: '{match.group(1)}'"
        for _, where, text, _ in scored_texts
        for match in JARGON_PATTERN.finditer(text)
    ]
    assert not hits, f"{path.parent.name}/{path.name}: medical jargon:\n" + "\n".join(hits)


def test_the_wording_reader_finds_every_sentence(tmp_path: Path):
    """Joined pieces are one text, interpolations read as a name, comments are not text,
    commands are left out of the score, and a hard sentence is caught."""
    source = '''
      /// A "quoted" comment.
      static let one = "Hello. " + "Your plan is saved."  // "not this"
      static func two(_ id: String) -> String {
        id.isEmpty ? "Nothing here." : "See it with: carecoach show \\(id) --changes"
      }
    '''
    assert swift_texts(source) == [
        ("one", "Hello. Your plan is saved."),
        ("two", "Nothing here."),
        ("two", "See it with: carecoach show Sam --changes"),
    ]
    assert plain(COMMAND.sub("", "To see it, type: carecoach show Sam --version N")) == "To see it, type:"
    hard = tmp_path / "Wording.swift"
    hard.write_text(
        'static let hard = "Individualised pharmacological optimisation necessitates "\n'
        '  + "comprehensive consideration of comorbidities."\n'
        'static let label = "first conversation"\n',
        encoding="utf-8",
    )
    (score, where, _, sentence), (_, _, _, label_is_sentence) = wording_scored(hard)
    assert (where, sentence, label_is_sentence) == ("hard", True, False)
    assert score < PROMPT_FLOOR
