#!/usr/bin/env python3
"""Train the safety net's scored reader, the check tier under the patterns and concepts.

    python3 Tests/safety/train.py            # write Prompts/safety-reader.yaml and the score fixture
    python3 Tests/safety/train.py --check    # exit 1 if the shipped files differ from a retrain
    python3 Tests/safety/train.py --rounds   # leave-one-round-out figures (needs the built binary)

The reader is one logistic model per category (one against the rest) over hashed features
that survive misspelling and rewording: character 3- to 5-grams of the normalised line, its
words and its pairs of words. It is trained on the measuring corpora: must-flag lines as the
positives of their category, and as negatives the everyday lines and the ordinary answers
people type, frozen in Tests/safety/ordinary-negatives.txt (the lines typed in the transcripts,
the dialogue-act corpus and the utterance corpus, as they were on the day it was written): a
new transcript line never changes the weights. Lines marked heldout are never read in a round
still to be measured (round 9), so its heldout half stays unseen.

Everything is deterministic: a fixed seed, a shuffle of its own, weights rounded to whole
thousandths. The Swift side (SafetyReader) computes the same features, the same FNV-1a hash
and the same score; Tests/DialogueTests/Fixtures/safety-reader-scores.tsv holds lines and the
scores this script gives them, and a Swift test checks it agrees.

Plain python3, no dependencies.
"""

import argparse
import glob
import json
import math
import os
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "DialogueTests", "Fixtures")
WEIGHTS = os.path.join(ROOT, "Prompts", "safety-reader.yaml")
SCORES = os.path.join(FIXTURES, "safety-reader-scores.tsv")

# The categories the reader asks about: those the must-flag corpora are written for.
CATEGORIES = (
    "suicidal-thoughts", "self-harm-overdose", "harm-to-others", "abuse-unsafe-home",
    "chest-pain", "stroke-signs", "severe-breathlessness", "collapse-fits-bleeding-allergy",
    "blood-sugar-confusion", "urgent-worsening",
)
# The corpora by round: each round's must-flag and everyday files (round 1 holds the seed
# phrases, rounds 1 and 2's measuring corpus and the issue's examples).
ROUNDS = (
    ("round 1-2", ["safety-phrases.tsv", "safety-must-flag.tsv"],
     ["safety-everyday.tsv", "safety-issue-examples.tsv"]),
    ("round 3", ["safety-must-flag-extra.tsv", "safety-must-flag-round3.tsv"],
     ["safety-everyday-extra.tsv", "safety-everyday-round3.tsv"]),
    ("round 4", ["safety-must-flag-round4.tsv"], ["safety-everyday-round4.tsv"]),
    ("round 5", ["safety-must-flag-round5.tsv"], ["safety-everyday-round5.tsv"]),
    ("round 6", ["safety-must-flag-round6.tsv"], ["safety-everyday-round6.tsv"]),
    ("round 7", ["safety-must-flag-round7.tsv"], ["safety-everyday-round7.tsv"]),
    ("round 8", ["safety-must-flag-round8.tsv"], ["safety-everyday-round8.tsv"]),
    # Round 9 is read by its tune half only (see MEASURED): its heldout half is still to be
    # measured.
    ("round 9", ["safety-must-flag-round9.tsv"], ["safety-everyday-round9.tsv"]),
)

# Rounds whose heldout half has been measured: both halves train the reader. Rounds 7 and 8
# were each measured on their heldout half once after their tuning, and are read whole since.
MEASURED = ("round 1-2", "round 3", "round 4", "round 5", "round 6", "round 7", "round 8")
NEGATIVES = os.path.join(ROOT, "Tests", "safety", "ordinary-negatives.txt")

BUCKETS = 1 << 18
SCALE = 1000
SEED = 17
EPOCHS = 12
RATE = 0.5
# Checks are asked from this probability up: chosen by leaving each round out (--rounds), so
# that about one everyday line in ten gets a check question from the net and the reader
# together, and under 2% of ordinary answers one from the reader (before frames).
THRESHOLD = 0.4
# A rounded weight smaller than this many thousandths is left out of the shipped file.
PRUNE = 400
# A line with fewer features than this counts as if it had this many: a word or two is too
# little to read a crisis from, and the patterns are there for "cant breathe".
FLOOR = 100
# A line of fewer words is never asked about.
FEWEST_WORDS = 3
ORDINARY_WEIGHT = 10


def normalise(text):
    """Lower-case ASCII letters and digits, apostrophes dropped, anything else a space, runs of
    one letter squeezed to one, spaces single: "I cant breeeathe!!" -> "i cant breathe"."""
    out = []
    for ch in text:
        if "A" <= ch <= "Z":
            ch = chr(ord(ch) + 32)
        if ("a" <= ch <= "z") or ("0" <= ch <= "9"):
            if out and out[-1] == ch and ch.isalpha():
                continue
            out.append(ch)
        elif ch in "'\u2019":
            continue
        elif out and out[-1] != " ":
            out.append(" ")
    return "".join(out).strip()


def fnv1a(text):
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h ^= byte
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def features(text):
    """The hashed features of a line, in a fixed order, each once."""
    line = normalise(text)
    if not line:
        return []
    out = []
    padded = " " + line + " "
    for n in (3, 4, 5):
        for i in range(len(padded) - n + 1):
            out.append(fnv1a("c" + padded[i:i + n]) % BUCKETS)
    words = line.split(" ")
    for word in words:
        out.append(fnv1a("w " + word) % BUCKETS)
    for first, second in zip(words, words[1:]):
        out.append(fnv1a("b " + first + " " + second) % BUCKETS)
    # Each feature once: a line that says one thing five hundred times says it once.
    seen, unique = set(), []
    for f in out:
        if f not in seen:
            seen.add(f)
            unique.append(f)
    return unique


def read_rows(name, columns):
    path = os.path.join(FIXTURES, name)
    if not os.path.exists(path):
        return []
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if columns and len(parts) != columns:
                continue
            rows.append(parts)
    return rows


def round_lines(must_files, everyday_files, halves=("tune",)):
    """(label, line) pairs of one round: a category, or None for an everyday line. Only the
    halves asked for; the seed phrases have no half and are all tune."""
    lines = []
    for name in must_files:
        for parts in read_rows(name, 0):
            if len(parts) == 2:
                if parts[0] == "-":
                    lines.append((None, parts[1]))
                elif parts[0] in CATEGORIES:
                    lines.append((parts[0], parts[1]))
            elif len(parts) == 4 and parts[3] in halves and parts[0] in CATEGORIES:
                lines.append((parts[0], parts[1]))
    for name in everyday_files:
        for parts in read_rows(name, 5):
            if parts[4] in halves:
                lines.append((None, parts[1]))
    return lines


def ordinary_lines():
    """The ordinary answers that must not get a check question, as frozen in
    Tests/safety/ordinary-negatives.txt."""
    lines = []
    with open(NEGATIVES, encoding="utf-8") as f:
        for line in f:
            text = line.rstrip("\n")
            if text.strip() and not text.startswith("#"):
                lines.append(text)
    return lines


def typed_lines():
    """Every line typed in the transcripts under Tests/, as they are now, each once: for
    seeing which the reader would ask about (not for training)."""
    lines, seen = [], set()
    for path in sorted(glob.glob(os.path.join(ROOT, "Tests", "**", "*.transcript"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("> "):
                    text = line[2:].rstrip("\n").strip()
                    if text and text not in seen:
                        seen.add(text)
                        lines.append(text)
    return lines


class Shuffle:
    """A shuffle of its own, so the order is the same on every Python."""

    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]


def train(examples):
    """examples: (category or None, line). Returns per category (bias, {bucket: weight})."""
    data = []
    for label, text in examples:
        feats = features(text)
        if feats:
            data.append((CATEGORIES.index(label) if label else -1, feats, 1.0 / math.sqrt(max(len(feats), FLOOR))))
    # Each category's positives count as much as all its negatives together would, at most
    # ten times a line: the corpora have far more everyday lines than lines of one category.
    counts = defaultdict(int)
    for label, _, _ in data:
        counts[label] += 1
    negatives = len(data)
    weight_of = [min(10.0, max(1.0, 0.25 * (negatives - counts[c]) / max(1, counts[c])))
                 for c in range(len(CATEGORIES))]
    # Per feature, its weight for each category, trained together: one pass over a line's
    # features scores every category.
    count = len(CATEGORIES)
    weights = {}
    bias = [0.0] * count
    order = list(range(len(data)))
    shuffle = Shuffle(SEED)
    for epoch in range(EPOCHS):
        shuffle.shuffle(order)
        rate = RATE / (1.0 + epoch)
        for index in order:
            label, feats, value = data[index]
            total = [0.0] * count
            for f in feats:
                w = weights.get(f)
                if w is not None:
                    total = [a + b for a, b in zip(total, w)]
            steps = []
            for c in range(count):
                z = max(-30.0, min(30.0, bias[c] + total[c] * value))
                p = 1.0 / (1.0 + math.exp(-z))
                g = p - 1.0 if label == c else p
                if label == c:
                    g *= weight_of[c]
                if abs(g) >= 1e-4:
                    bias[c] -= rate * g
                    steps.append((c, rate * g * value))
            if not steps:
                continue
            for f in feats:
                w = weights.get(f)
                if w is None:
                    w = weights[f] = [0.0] * count
                for c, step in steps:
                    w[c] -= step
    model = []
    for c in range(len(CATEGORIES)):
        kept = {}
        for f, w in weights.items():
            q = int(round(w[c] * SCALE))
            if abs(q) >= PRUNE:
                kept[f] = q
        model.append((int(round(bias[c] * SCALE)), kept))
    return model


def score(model, text):
    """Each category's probability for the line, from the rounded weights as shipped."""
    feats = features(text)
    if not feats:
        return [0.0] * len(model)
    value = 1.0 / math.sqrt(max(len(feats), FLOOR))
    out = []
    for bias, weights in model:
        total = 0
        for f in feats:
            total += weights.get(f, 0)
        z = bias / SCALE + (total / SCALE) * value
        out.append(1.0 / (1.0 + math.exp(-z)))
    return out


def checks(model, text, threshold=THRESHOLD):
    if len(normalise(text).split(" ")) < FEWEST_WORDS:
        return []
    return [CATEGORIES[c] for c, p in enumerate(score(model, text)) if p >= threshold]


def present_rounds(rounds=ROUNDS):
    """The names of the rounds whose files are here: a later round's files may be absent."""
    return [name for name, must, everyday in rounds
            if any(os.path.exists(os.path.join(FIXTURES, f)) for f in must + everyday)]


def trained_on(text):
    """The round names a weights file says it was trained on."""
    for line in text.split("\n"):
        if line.startswith("# Trained on: "):
            return [name.strip() for name in line[len("# Trained on: "):].split(",")]
    return []


def write_model(model, rounds):
    lines = [
        "# Trained on: " + ", ".join(rounds),
        "# The safety net's scored reader: one logistic model per category over hashed features",
        "# of a line (Sources/Dialogue/Safety/SafetyReader.swift). Written by Tests/safety/train.py",
        "# from the measuring corpora: do not edit by hand; retrain with `make safety-train`.",
        "# Each category: its bias, then bucket:weight pairs; weights and threshold in 1/scale.",
        "buckets: %d" % BUCKETS,
        "scale: %d" % SCALE,
        "threshold: %d" % int(round(THRESHOLD * SCALE)),
        "floor: %d" % FLOOR,
        "words: %d" % FEWEST_WORDS,
        "categories:",
    ]
    for name, (bias, weights) in zip(CATEGORIES, model):
        pairs = " ".join("%d:%d" % (f, weights[f]) for f in sorted(weights))
        lines.append('  %s: "%d %s"' % (name, bias, pairs))
    return "\n".join(lines) + "\n"


def score_fixture(model):
    samples = [
        "i took all my tablets", "my husband has collapsed and isnt breathing",
        "chest pain going down my arm", "I walk the dog every morning", "dunno",
        "wat do u mean", "I can't breeeathe!!", "Don\u2019t want to be here anymore",
        "caf\u00e9 au lait", "", "   ", "skip", "my sugar is 2.1 and im shaking",
        "the weather is killing me", "SHE'S GONE ALL FLOPPY", "1", "a", "Sam " * 500,
    ]
    for label, text in round_lines(*ROUNDS[2][1:])[::7]:
        samples.append(text)
    lines = ["# Lines and the scores Tests/safety/train.py gives them, one column per category in",
             "# the order of Prompts/safety-reader.yaml. Written by train.py; the Swift reader must agree."]
    for text in samples:
        lines.append(text.replace("\t", " ") + "\t" + "\t".join("%.9f" % p for p in score(model, text)))
    return "\n".join(lines) + "\n"


def training_halves(name):
    """The rounds in MEASURED are read whole; a later round is read by its tune half only, so
    its heldout half can still measure the reader."""
    return ("tune", "heldout") if name in MEASURED else ("tune",)


def training_set(rounds, ordinary=None):
    examples = []
    for name, must, everyday in rounds:
        examples += round_lines(must, everyday, training_halves(name))
    if ordinary is None:
        ordinary = ordinary_lines()
    # An ordinary answer counts as ORDINARY_WEIGHT everyday lines: there are few of them, and a
    # check question on "dunno" or a date is the most jarring false alarm of all.
    examples += [(None, line) for line in ordinary if line not in crisis_answers()] * ORDINARY_WEIGHT
    return examples


_CRISIS = None


def crisis_answers():
    """Lines typed in the transcripts to show a crisis on purpose: the net shows a notice for
    them or asks about them. Read from Tests/safety/ordinary-flagged-lines.txt; they are kept
    out of the frozen negatives, and a reader check on one is no stray check."""
    global _CRISIS
    if _CRISIS is None:
        path = os.path.join(ROOT, "Tests", "safety", "ordinary-flagged-lines.txt")
        _CRISIS = set()
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                _CRISIS = {l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")}
    return _CRISIS


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--rounds", action="store_true")
    args = parser.parse_args()
    if args.rounds:
        import rounds as loro
        loro.report(sys.modules[__name__])
        return
    model = train(training_set(ROUNDS))
    text, fixture = write_model(model, present_rounds()), score_fixture(model)
    if args.check:
        # The newest round comes as its tune half before its files are committed: weights
        # trained with it cannot be checked where it is absent, and are not wrong there.
        shipped = open(WEIGHTS, encoding="utf-8").read() if os.path.exists(WEIGHTS) else ""
        absent = [name for name in trained_on(shipped) if name not in present_rounds()]
        if absent:
            print("train.py: the shipped reader was trained with %s, whose files are not here:"
                  " not checked" % ", ".join(absent))
            return
        stale = [p for p, t in ((WEIGHTS, text), (SCORES, fixture))
                 if not os.path.exists(p) or open(p, encoding="utf-8").read() != t]
        if stale:
            print("train.py: out of date, retrain with `make safety-train`: " +
                  ", ".join(os.path.relpath(p, ROOT) for p in stale), file=sys.stderr)
            sys.exit(1)
        print("train.py: the shipped reader is what the corpora give")
        return
    for path, content in ((WEIGHTS, text), (SCORES, fixture)):
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)
    print("wrote %s (%d bytes) and %s" % (os.path.relpath(WEIGHTS, ROOT), len(text),
                                          os.path.relpath(SCORES, ROOT)))


if __name__ == "__main__":
    main()
