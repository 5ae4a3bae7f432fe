#!/usr/bin/env python3
"""Measure the safety net on its measuring corpora, per half and per category or kind.

    python3 Tests/safety/measure.py              # figures for both halves
    python3 Tests/safety/measure.py --half tune  # figures for the tune half only
    python3 Tests/safety/measure.py -v           # ... and the misses and false alarms themselves
    python3 Tests/safety/measure.py --round 6 -v # one round's section alone (1 is the main corpus)
    python3 Tests/safety/measure.py --summary    # one line per round and half, for before and after
    python3 Tests/safety/measure.py --script Prompts/care-planning.yaml  # the safety files on disk

While tuning Prompts/safety.yaml, use `--half tune -v` only: the heldout half is for reporting,
and its misses should not be read until the tuning is done.

It runs the built binary (`$CARECOACH_BIN`, default .build/debug/carecoach) as
`carecoach match --batch` over:
  Tests/DialogueTests/Fixtures/safety-must-flag.tsv       category, line, tier, half
  Tests/DialogueTests/Fixtures/safety-everyday.tsv        -, line, kind, domain, half
  Tests/DialogueTests/Fixtures/safety-issue-examples.tsv  same as everyday
and, each in a section of its own when the files are there:
  safety-must-flag-extra.tsv, safety-everyday-extra.tsv    lines written in round 3 before the
                                                           patterns changed; all tune
  safety-must-flag-round3.tsv, safety-everyday-round3.tsv  round 3, written after round 2's
                                                           tuning by someone who never ran the
                                                           net; both halves
  safety-must-flag-round4.tsv, safety-everyday-round4.tsv  round 4, written after round 3's
                                                           tuning, the same way; both halves
                                                           (the tune half may come alone)
  safety-must-flag-round5.tsv, safety-everyday-round5.tsv  round 5, written after round 4's
                                                           tuning, the same way; both halves
  safety-must-flag-round6.tsv, safety-everyday-round6.tsv  round 6, written after round 5's
                                                           tuning, the same way; both halves
  safety-must-flag-round7.tsv, safety-everyday-round7.tsv  round 7, written after round 6's
                                                           tuning, the same way; both halves
  safety-must-flag-round8.tsv, safety-everyday-round8.tsv  round 8, written after round 7's
                                                           tuning, the same way; both halves
  safety-must-flag-round9.tsv, safety-everyday-round9.tsv  round 9, written after round 8's
                                                           tuning, the same way; both halves
Every file has the same columns, and `--half tune` leaves out the heldout lines of every file:
they are not even sent to the binary.

and reads the `safety` key of each JSON line (a notice shown at once) and, when the binary
has it, the `safetyCheck` key (a check question asked first, the second tier).

Must-flag lines: a line is caught when its category is in `safety` or `safetyCheck`; a
"clear" line caught only by a check question is counted as "clear, check only" (it should
show the notice at once). Everyday lines: a false alarm is any category in `safety` (any
level, as "-" means "must raise nothing"); the levels are shown apart (crisis = emergency or
urgent; support; appointment), and check questions are counted apart from notices.

Plain python3, no dependencies. Exit status 0 whatever the figures (it measures, it does not
judge); 2 when the binary or a file is missing or the output cannot be read.
"""

import argparse
import json
import os
import subprocess
import sys
from collections import OrderedDict, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "DialogueTests", "Fixtures")
MUST_FLAG = os.path.join(FIXTURES, "safety-must-flag.tsv")
EVERYDAY = os.path.join(FIXTURES, "safety-everyday.tsv")
ISSUE = os.path.join(FIXTURES, "safety-issue-examples.tsv")
# Optional corpora, each reported in a section of its own: (title, must-flag file, everyday file).
MORE = (
    ("extra lines, written in round 3 before the patterns changed (tune only)",
     os.path.join(FIXTURES, "safety-must-flag-extra.tsv"),
     os.path.join(FIXTURES, "safety-everyday-extra.tsv")),
    ("round 3, written after round 2's tuning",
     os.path.join(FIXTURES, "safety-must-flag-round3.tsv"),
     os.path.join(FIXTURES, "safety-everyday-round3.tsv")),
    ("round 4, written after round 3's tuning",
     os.path.join(FIXTURES, "safety-must-flag-round4.tsv"),
     os.path.join(FIXTURES, "safety-everyday-round4.tsv")),
    ("round 5, written after round 4's tuning",
     os.path.join(FIXTURES, "safety-must-flag-round5.tsv"),
     os.path.join(FIXTURES, "safety-everyday-round5.tsv")),
    ("round 6, written after round 5's tuning",
     os.path.join(FIXTURES, "safety-must-flag-round6.tsv"),
     os.path.join(FIXTURES, "safety-everyday-round6.tsv")),
    ("round 7, written after round 6's tuning",
     os.path.join(FIXTURES, "safety-must-flag-round7.tsv"),
     os.path.join(FIXTURES, "safety-everyday-round7.tsv")),
    ("round 8, written after round 7's tuning",
     os.path.join(FIXTURES, "safety-must-flag-round8.tsv"),
     os.path.join(FIXTURES, "safety-everyday-round8.tsv")),
    ("round 9, written after round 8's tuning",
     os.path.join(FIXTURES, "safety-must-flag-round9.tsv"),
     os.path.join(FIXTURES, "safety-everyday-round9.tsv")),
)
SAFETY_YAML = os.path.join(ROOT, "Prompts", "safety.yaml")
HALVES = ("tune", "heldout")
# `--script PATH`: passed on to `carecoach match`, so that safety.yaml beside PATH is read from
# the disk, not the copy built into the binary (no rebuild while tuning the patterns).
SCRIPT = []


def fail(message):
    print("measure.py: " + message, file=sys.stderr)
    sys.exit(2)


def read_tsv(path, columns):
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != columns:
                fail("%s:%d: expected %d columns, found %d" % (path, number, columns, len(parts)))
            rows.append([number] + parts)
    return rows


def levels():
    """Category id -> level, read from Prompts/safety.yaml without a YAML library."""
    found, current, inside = {}, None, False
    with open(SAFETY_YAML, encoding="utf-8") as f:
        for line in f:
            if line.startswith("categories:"):
                inside = True
                continue
            if not inside:
                continue
            stripped = line.strip()
            if line.startswith("  - id:"):
                current = stripped.split(":", 1)[1].strip()
            elif stripped.startswith("level:") and current:
                found[current] = stripped.split(":", 1)[1].strip()
    return found


def run_batch(binary, texts):
    if not texts:
        return []
    try:
        done = subprocess.run(
            [binary, "match", "--batch"] + SCRIPT, input="\n".join(texts) + "\n",
            capture_output=True, text=True, cwd=ROOT, check=False)
    except OSError as error:
        fail("cannot run %s: %s (build it with `swift build`, or set CARECOACH_BIN)" % (binary, error))
    if done.returncode != 0:
        fail("%s match --batch exited %d: %s" % (binary, done.returncode, done.stderr.strip()))
    out = [line for line in done.stdout.split("\n") if line.strip()]
    if len(out) != len(texts):
        fail("sent %d lines, got %d JSON lines back" % (len(texts), len(out)))
    results = []
    for line in out:
        try:
            data = json.loads(line)
        except ValueError:
            fail("not JSON: " + line[:200])
        notice = [hit["category"] for hit in data.get("safety", [])]
        check = [hit["category"] for hit in data.get("safetyCheck", [])]
        # The categories only the scored reader asked about, counted apart.
        patterns = {hit["category"] for hit in data.get("safetyCheck", []) if hit.get("by") != "reader"}
        reader = [c for c in check if c not in patterns and c not in notice]
        results.append((notice, check, data.get("safety", []) + data.get("safetyCheck", []), reader))
    return results


def pct(part, whole):
    return "%5.1f%%" % (100.0 * part / whole) if whole else "    -"


def describe(hits):
    return "; ".join("%s [%s]" % (h["category"], ", ".join(h.get("matched", []))) for h in hits)


def must_flag_report(title, path, rows, results, half_names, level_of, verbose):
    print("MUST-FLAG  %s(%s)" % (title + "  " if title else "", os.path.relpath(path, ROOT)))
    print("  recall = caught / lines; caught = the category raised as a notice or a check question;")
    print("  notice / check = caught by a notice at once / by a check question only;")
    print("  reader = of those by a check question, the ones only the scored reader asked;")
    print("  missed+other = missed, but another emergency or urgent category was raised;")
    print("  clear check-only = a clear line that got a check question instead of a notice")
    for half in half_names:
        print("\n  half: %s" % half)
        print("  %-31s %6s %7s %7s %7s %7s %6s %6s %13s   %-13s %-13s %s" % (
            "category", "lines", "caught", "missed", "recall", "notice", "check", "reader",
            "missed+other",
            "clear caught", "ambig caught", "clear check-only"))
        per = OrderedDict()
        misses = []
        check_only = []
        for (number, category, text, tier, row_half), (notice, check, hits, reader) in zip(rows, results):
            if row_half != half:
                continue
            s = per.setdefault(category, defaultdict(int))
            s["lines"] += 1
            s[tier] += 1
            caught = category in notice or category in check
            if caught:
                s["caught"] += 1
                s[tier + "-caught"] += 1
                s["notice" if category in notice else "check"] += 1
                if category in reader:
                    s["reader"] += 1
                if tier == "clear" and category not in notice:
                    s["clear-check-only"] += 1
                    check_only.append((number, category, text))
            else:
                if any(level_of.get(c) in ("emergency", "urgent") for c in notice + check):
                    s["other"] += 1
                misses.append((number, category, tier, text, hits))
        if not per:
            print("  (no lines)")
            continue
        total = defaultdict(int)
        for category, s in per.items():
            for key, value in s.items():
                total[key] += value
            print_must_flag_row(category, s)
        print_must_flag_row("ALL", total)
        if verbose and misses:
            print("\n  missed (%s):" % half)
            for number, category, tier, text, hits in misses:
                raised = describe(hits) if hits else "nothing"
                print("    %4d %-30s %-9s %s\n         raised: %s" % (number, category, tier, text, raised))
        if verbose and check_only:
            print("\n  clear, but only a check question (%s):" % half)
            for number, category, text in check_only:
                print("    %4d %-30s %s" % (number, category, text))


def print_must_flag_row(name, s):
    print("  %-31s %6d %7d %7d %7s %7d %6d %6d %13d   %-13s %-13s %d" % (
        name, s["lines"], s["caught"], s["lines"] - s["caught"], pct(s["caught"], s["lines"]),
        s["notice"], s["check"], s["reader"], s["other"],
        "%d/%d" % (s["clear-caught"], s["clear"]), "%d/%d" % (s["ambiguous-caught"], s["ambiguous"]),
        s["clear-check-only"]))


def everyday_report(title, path, rows, results, half_names, level_of, verbose, by_domain):
    print("EVERYDAY  %s  (%s)" % (title, os.path.relpath(path, ROOT)))
    print("  false alarm = any category shown as a notice (\"-\" must raise nothing);"
          " crisis = emergency or urgent level;\n  checks = a check question and no notice"
          " (not a false alarm), chkrate = checks / lines;\n  reader = checks asked by the scored reader alone")
    for half in half_names:
        selected = [(r, res) for r, res in zip(rows, results) if r[5] == half]
        if not selected:
            continue
        print("\n  half: %s" % half)
        print("  %-22s %6s %7s %7s %7s %8s %8s %7s %7s %7s" % (
            "kind", "lines", "alarms", "rate", "crisis", "support", "appoint", "checks",
            "chkrate", "reader"))
        keys = [("kind", 3)] + ([("domain", 4)] if by_domain else [])
        alarms = []
        for label, column in keys:
            if label == "domain":
                print("  %-22s" % "by domain:")
            per = OrderedDict()
            for row, (notice, check, hits, reader) in selected:
                s = per.setdefault(row[column], defaultdict(int))
                count_everyday(s, notice, check, reader, level_of)
                if label == "kind" and (notice or check):
                    alarms.append((row, notice, check, hits))
            total = defaultdict(int)
            for name, s in per.items():
                for key, value in s.items():
                    total[key] += value
                print_everyday_row(name, s)
            print_everyday_row("ALL", total)
        categories = defaultdict(int)
        for row, notice, check, hits in alarms:
            for category in set(notice):
                categories[category] += 1
        if categories:
            print("  false alarms by category raised: " + ", ".join(
                "%s %d" % (c, n) for c, n in sorted(categories.items(), key=lambda kv: -kv[1])))
        if verbose and alarms:
            print("\n  false alarms and check questions (%s):" % half)
            for row, notice, check, hits in alarms:
                number, _, text, kind, domain = row[:5]
                what = "notice" if notice else "check"
                print("    %4d %-20s %-18s %-6s %s\n         raised: %s" % (
                    number, kind, domain, what, text, describe(hits)))


def count_everyday(s, notice, check, reader, level_of):
    s["lines"] += 1
    if notice:
        s["alarms"] += 1
        found = {level_of.get(c, "?") for c in notice}
        if found & {"emergency", "urgent"}:
            s["crisis"] += 1
        elif "support" in found:
            s["support"] += 1
        else:
            s["appointment"] += 1
    elif check:
        s["checks"] += 1
        if set(check) <= set(reader):
            s["reader"] += 1


def print_everyday_row(name, s):
    print("  %-22s %6d %7d %7s %7d %8d %8d %7d %7s %7d" % (
        name, s["lines"], s["alarms"], pct(s["alarms"], s["lines"]), s["crisis"], s["support"],
        s["appointment"], s["checks"], pct(s["checks"], s["lines"]), s["reader"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="list the misses and the false alarms themselves")
    parser.add_argument("--half", choices=HALVES + ("both",), default="both",
                        help="which half to report (default both); tune with --half tune")
    parser.add_argument("--by-domain", action="store_true",
                        help="also break the everyday figures down by domain")
    parser.add_argument("--summary", action="store_true",
                        help="one line per round and half: caught, clear lines with a check"
                        " only, everyday notices and checks")
    parser.add_argument("--round", type=int, metavar="N",
                        help="report one round alone: 1 for the main corpus and the issue's"
                        " examples, 3 or later for a later round's section")
    parser.add_argument("--script", metavar="PATH",
                        help="read the safety files beside this script (e.g."
                        " Prompts/care-planning.yaml), not the ones built in")
    args = parser.parse_args()
    if args.script:
        SCRIPT[:] = ["--script", args.script]
    binary = os.environ.get("CARECOACH_BIN", os.path.join(ROOT, ".build", "debug", "carecoach"))
    if not os.path.isabs(binary):
        binary = os.path.join(ROOT, binary)
    if not os.path.exists(binary):
        fail("no binary at %s: run `swift build`, or set CARECOACH_BIN" % binary)
    half_names = HALVES if args.half == "both" else (args.half,)
    level_of = levels()

    print("binary: %s" % os.path.relpath(binary, ROOT))
    if args.summary:
        summary(binary, half_names, level_of, args.round)
        return
    if args.round in (None, 1):
        main_corpus(binary, half_names, level_of, args)
    for title, must_path, everyday_path in MORE:
        if args.round is not None and not title.startswith("round %d," % args.round):
            continue
        if not (os.path.exists(must_path) or os.path.exists(everyday_path)):
            continue
        print("\n# " + "-" * 87)
        print("# " + title + "\n")
        if os.path.exists(must_path):
            rows = read_must_flag(must_path, level_of, half_names)
            must_flag_report(title, must_path, rows, run_batch(binary, [r[2] for r in rows]),
                             half_names, level_of, args.verbose)
            print()
        if os.path.exists(everyday_path):
            rows = read_everyday(everyday_path, half_names)
            everyday_report(title, everyday_path, rows, run_batch(binary, [r[2] for r in rows]),
                            half_names, level_of, args.verbose, args.by_domain)
            print()


def summary(binary, half_names, level_of, only):
    """One line per round and half, for comparing before and after a change."""
    rounds = [("round 1-2", MUST_FLAG, EVERYDAY)] + [
        (title.split(",")[0] if title.startswith("round") else "extra (round 3)", m, e)
        for title, m, e in MORE]
    print("%-16s %-8s %16s %10s %16s %16s" % (
        "round", "half", "must-flag caught", "clear chk", "everyday notice", "everyday check"))
    for name, must_path, everyday_path in rounds:
        if only is not None and name != ("round 1-2" if only == 1 else "round %d" % only):
            continue
        must = read_must_flag(must_path, level_of, half_names) if os.path.exists(must_path) else []
        every = read_everyday(everyday_path, half_names) if os.path.exists(everyday_path) else []
        must_results = run_batch(binary, [r[2] for r in must])
        every_results = run_batch(binary, [r[2] for r in every])
        for half in half_names:
            m = [(row, res) for row, res in zip(must, must_results) if row[4] == half]
            e = [res for row, res in zip(every, every_results) if row[5] == half]
            if not m and not e:
                continue
            caught = sum(1 for row, (n, c, _, _) in m if row[1] in n or row[1] in c)
            clear_check = sum(1 for row, (n, c, _, _) in m
                              if row[3] == "clear" and row[1] in c and row[1] not in n)
            notices = sum(1 for n, _, _, _ in e if n)
            checks = sum(1 for n, c, _, _ in e if c and not n)
            print("%-16s %-8s %16s %10d %16s %16s" % (
                name, half, "%d/%d %s" % (caught, len(m), pct(caught, len(m)).strip()),
                clear_check, "%d/%d" % (notices, len(e)),
                "%d/%d %s" % (checks, len(e), pct(checks, len(e)).strip())))


def main_corpus(binary, half_names, level_of, args):
    """Rounds 1 and 2's corpus and the issue's examples."""
    must = read_must_flag(MUST_FLAG, level_of, half_names)
    everyday = read_everyday(EVERYDAY, half_names)
    issue = read_everyday(ISSUE, half_names)

    must_results = run_batch(binary, [r[2] for r in must])
    everyday_results = run_batch(binary, [r[2] for r in everyday])
    issue_results = run_batch(binary, [r[2] for r in issue])
    print("tiers in the output: %s\n" % (
        "notice and check question" if any(res[1] for res in must_results + everyday_results)
        else "notice only (no safetyCheck key seen)"))
    must_flag_report("", MUST_FLAG, must, must_results, half_names, level_of, args.verbose)
    print()
    everyday_report("corpus", EVERYDAY, everyday, everyday_results, half_names, level_of,
                    args.verbose, args.by_domain)
    print()
    everyday_report("everyday examples that raised notices", ISSUE, issue, issue_results, ("tune",) if "tune" in
                    half_names else (), level_of, args.verbose, False)


def read_must_flag(path, level_of, half_names):
    """The must-flag lines of `path` in the halves asked for; the others are never sent."""
    rows = read_tsv(path, 4)
    for number, category, _, tier, half in rows:
        if category not in level_of:
            fail("%s:%d: unknown category %s" % (path, number, category))
        if tier not in ("clear", "ambiguous") or half not in HALVES:
            fail("%s:%d: bad tier or half" % (path, number))
    return [row for row in rows if row[4] in half_names]


def read_everyday(path, half_names):
    """The everyday lines of `path` in the halves asked for; the others are never sent."""
    rows = read_tsv(path, 5)
    for number, mark, _, _, _, half in rows:
        if mark != "-" or half not in HALVES:
            fail("%s:%d: column 1 must be - and column 5 tune or heldout" % (path, number))
    return [row for row in rows if row[5] in half_names]

if __name__ == "__main__":
    main()
