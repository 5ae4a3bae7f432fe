#!/usr/bin/env python3
"""CareCoach benchmarks: the Swift figures, the peer comparison and the real thing.

Run through `make bench` (which builds in release and installs Benchmarks/requirements.txt
into .build/venv), or directly: `.build/venv/bin/python Benchmarks/run.py [--quick]`.

Prints figures and PASS/MISS against the targets of the project's benchmark issues. It asserts
nothing: the exit status is 0 whatever the figures are, unless something could not run.
See Benchmarks/README.md for what each figure means.
"""

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELEASE = os.path.join(ROOT, ".build", "release")
BENCH = os.path.join(RELEASE, "carecoach-bench")
CARECOACH = os.path.join(RELEASE, "carecoach")

SIZES = [1000, 10_000, 100_000]
INPUTS = 2000
# RiveScript tries every trigger's regular expression in turn for each reply, and with more
# triggers than Python's regular-expression cache holds it compiles them again each time: one
# reply takes most of a second at 10,000 rules. So each Python engine stops replying after a
# time budget per size (having answered at least MIN_LINES lines), and the run says so; this
# keeps the whole `make bench` under ten minutes on two cores.
REPLY_BUDGET_S = {"rivescript": 40.0, "aiml": 60.0}
MIN_LINES = 5

FALLBACK_REPLY = "I do not know that one."
FILLERS = [
    "my", "friend", "today", "now", "the", "doctor", "said", "so", "little", "bit", "at",
    "home", "we", "were", "talking", "and", "then", "last", "week", "nurse",
]


# The rule set: the same rules written for each engine.

def keyword(index):
    """A made-up word for rule `index`: "k", the index in base 26, then "x"."""
    letters = "k"
    value = index
    while True:
        letters += chr(97 + value % 26)
        value //= 26
        if value == 0:
            break
    return letters + "x"


def rule_patterns(count):
    """Rule i's pattern as words, one of three shapes, and its reply."""
    rules = []
    for index in range(count):
        word = keyword(index)
        shape = index % 3
        if shape == 0:
            words = ["what", "is", word, "*"]
        elif shape == 1:
            words = ["*", word, "*"]
        else:
            words = ["tell", "me", "about", word]
        rules.append((words, "Reply number %d." % index))
    return rules


def write_carecoach(rules, path):
    lines = [
        "id: peer-bench",
        'version: "1"',
        "title: Peer benchmark",
        "sections:",
        "  - id: chat",
        "    title: Chat",
        "    questions:",
        "      - id: topic",
        "        text: What would you like to talk about?",
        "rules:",
    ]
    for index, (words, reply) in enumerate(rules):
        lines += [
            "  - id: r%d" % index,
            '    pattern: "%s"' % " ".join(words),
            "    priority: 1",
            "    say: %s" % reply,
        ]
    lines += ["  - id: fallback", '    pattern: "*"', "    priority: 0",
              "    say: " + FALLBACK_REPLY]
    with open(path, "w") as handle:
        handle.write("\n".join(lines) + "\n")
    # An empty lexicon beside the script: the peers have no concepts either.
    with open(os.path.join(os.path.dirname(path), "lexicon.yaml"), "w") as handle:
        handle.write("concepts: []\n")


def write_rivescript(rules, path):
    with open(path, "w") as handle:
        handle.write("! version = 2.0\n\n")
        for words, reply in rules:
            handle.write("+ %s\n- %s\n\n" % (" ".join(words), reply))
        handle.write("+ *\n- %s\n" % FALLBACK_REPLY)


def write_aiml(rules, path):
    with open(path, "w") as handle:
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n<aiml version="1.0.1">\n')
        for words, reply in rules:
            handle.write("<category><pattern>%s</pattern><template>%s</template></category>\n"
                         % (" ".join(words).upper(), reply))
        handle.write("<category><pattern>*</pattern><template>%s</template></category>\n"
                     % FALLBACK_REPLY)
        handle.write("</aiml>\n")


def make_inputs(rules, count, seed=7):
    """Lines and what each should get: 60% name exactly one rule's keyword in its shape, 20%
    name none (the fallback), 20% name two keywords (where the engines' orders differ, so they
    are timed but not compared)."""
    chance = random.Random(seed)

    def fill(low, high):
        return [chance.choice(FILLERS) for _ in range(chance.randint(low, high))]

    lines = []
    for index in range(count):
        kind = index % 5
        if kind in (0, 1, 2):
            number = chance.randrange(len(rules))
            words = rules[number][0]
            line = []
            for word in words:
                line += fill(1, 3) if word == "*" else [word]
            lines.append((" ".join(line), rules[number][1]))
        elif kind == 3:
            lines.append((" ".join(fill(3, 8)), FALLBACK_REPLY))
        else:
            first, second = chance.randrange(len(rules)), chance.randrange(len(rules))
            line = fill(1, 3) + [keyword(first)] + fill(1, 3) + [keyword(second)] + fill(1, 2)
            lines.append((" ".join(line), None))
    return lines


# One engine, one size, in a fresh process: load, then reply to every line.

def child(engine, rules_path, inputs_path, replies_path, budget_s):
    with open(inputs_path) as handle:
        lines = [line.rstrip("\n") for line in handle if line.strip()]
    start = time.perf_counter_ns()
    if engine == "rivescript":
        from rivescript import RiveScript
        bot = RiveScript(utf8=False)
        bot.load_file(rules_path)
        bot.sort_replies()

        def reply(line):
            return bot.reply("bench", line)
    else:
        import aiml
        bot = aiml.Kernel()
        bot.verbose(False)
        bot.learn(rules_path)

        def reply(line):
            return bot.respond(line)
    load_ms = (time.perf_counter_ns() - start) / 1e6
    times = []
    replies = []
    deadline = time.monotonic() + float(budget_s)
    for line in lines:
        if len(times) >= MIN_LINES and time.monotonic() > deadline:
            break
        begin = time.perf_counter_ns()
        text = reply(line)
        times.append((time.perf_counter_ns() - begin) / 1000)
        replies.append(text)
    with open(replies_path, "w") as handle:
        handle.write("\n".join(replies) + "\n")
    times.sort()
    print(json.dumps({
        "load_ms": load_ms, "median_us": percentile(times, 0.5), "p99_us": percentile(times, 0.99),
        "inputs": len(lines),
        "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }))


def percentile(sorted_values, fraction):
    if not sorted_values:
        return float("nan")
    rank = max(0, min(len(sorted_values) - 1, int(-(-fraction * len(sorted_values) // 1)) - 1))
    return sorted_values[rank]


def run_json(command, timeout):
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise RuntimeError("%s failed: %s" % (" ".join(command[:3]), result.stderr[-500:]))
    return json.loads(result.stdout.strip().splitlines()[-1])


def normalise(text):
    return " ".join((text or "").split())


def peer_comparison(sizes, inputs_count, work):
    print("Peer comparison: the same rules for each engine (a third each 'what is KEYWORD *',")
    print("'* KEYWORD *' and 'tell me about KEYWORD', one reply each, and a fallback '*'),")
    print("the same %d lines to each, timed in-process per reply; each engine and size in a"
          % inputs_count)
    print("fresh process, for its peak memory.")
    results = {}
    notes = []
    for size in sizes:
        rules = rule_patterns(size)
        lines = make_inputs(rules, inputs_count)
        folder = os.path.join(work, "rules-%d" % size)
        os.makedirs(folder, exist_ok=True)
        paths = {
            "carecoach": os.path.join(folder, "rules.yaml"),
            "rivescript": os.path.join(folder, "rules.rive"),
            "aiml": os.path.join(folder, "rules.aiml"),
        }
        write_carecoach(rules, paths["carecoach"])
        write_rivescript(rules, paths["rivescript"])
        write_aiml(rules, paths["aiml"])
        replies = {}
        for engine in ("carecoach", "aiml", "rivescript"):
            inputs_path = os.path.join(folder, "inputs.txt")
            with open(inputs_path, "w") as handle:
                handle.write("\n".join(line for line, _ in lines) + "\n")
            replies_path = os.path.join(folder, "replies-%s.txt" % engine)
            if engine == "carecoach":
                command = [BENCH, "peer", "--rules", paths[engine], "--inputs", inputs_path,
                           "--replies", replies_path]
            else:
                command = [sys.executable, os.path.abspath(__file__), "--child", engine,
                           paths[engine], inputs_path, replies_path,
                           str(REPLY_BUDGET_S[engine])]
            started = time.monotonic()
            results[(engine, size)] = run_json(command, timeout=400)
            results[(engine, size)]["wall_s"] = time.monotonic() - started
            answered = results[(engine, size)]["inputs"]
            if answered < len(lines):
                notes.append("%s at %d rules answered only the first %d of the %d lines in its "
                             "%s s budget; its figures are over those"
                             % (engine, size, answered, len(lines),
                                fmt(REPLY_BUDGET_S[engine], 0)))
            with open(replies_path) as handle:
                replies[engine] = [normalise(line) for line in handle.read().split("\n")[:answered]]
        # Agreement: lines where the engines' meanings agree (one keyword, or none).
        comparable = [(index, expected) for index, (_, expected) in enumerate(lines)
                      if expected is not None]
        agree = 0
        checked = 0
        right = {engine: 0 for engine in replies}
        answered = {engine: 0 for engine in replies}
        for index, expected in comparable:
            got = {engine: replies[engine][index] for engine in replies
                   if index < len(replies[engine])}
            for engine, text in got.items():
                right[engine] += text == expected
                answered[engine] += 1
            if len(got) == 3:
                checked += 1
                agree += len(set(got.values())) == 1 and got["carecoach"] == expected
        results[("agreement", size)] = (agree, checked, right, answered)
    print_peer_table(sizes, results)
    for note in notes:
        print("  Note: " + note)
    return results


def print_peer_table(sizes, results):
    print()
    header = "  %-11s %8s %10s %13s %11s %9s   %s" % (
        "engine", "rules", "load ms", "reply µs med", "p99", "peak MB", "CareCoach faster by")
    print(header)
    for size in sizes:
        base = results[("carecoach", size)]
        for engine in ("carecoach", "aiml", "rivescript"):
            figures = results[(engine, size)]
            if engine == "carecoach":
                ratio = "-"
            else:
                ratio = "reply %s×, load %s×" % (
                    fmt(figures["median_us"] / base["median_us"], 1),
                    fmt(figures["load_ms"] / base["load_ms"], 1))
            label = {"carecoach": "CareCoach", "aiml": "python-aiml",
                     "rivescript": "RiveScript"}[engine]
            print("  %-11s %8d %10s %13s %11s %9s   %s" % (
                label, size, fmt(figures["load_ms"], 1), fmt(figures["median_us"], 2),
                fmt(figures["p99_us"], 2), fmt(figures["peak_kb"] / 1024, 1), ratio))
        agree, checked, right, answered = results[("agreement", size)]
        print("  agreement at %d rules: %d of %d comparable lines answered by all three got the "
              "same, expected reply from each" % (size, agree, checked))
        print("    expected reply alone: " + ", ".join(
            "%s %d of %d" % (name, right[engine], answered[engine]) for engine, name in
            (("carecoach", "CareCoach"), ("aiml", "python-aiml"), ("rivescript", "RiveScript"))))
    if 10_000 in sizes:
        cc = results[("carecoach", 10_000)]
        aiml = results[("aiml", 10_000)]
        rive = results[("rivescript", 10_000)]
        print("Targets at 10,000 rules:")
        verdict("per reply at least 3× faster than python-aiml",
                aiml["median_us"] / cc["median_us"], 3, "×")
        verdict("per reply at least 1,000× faster than RiveScript",
                rive["median_us"] / cc["median_us"], 1000, "×")
        verdict("load faster than python-aiml", aiml["load_ms"] / cc["load_ms"], 1, "×",
                strictly=True)
        verdict("load faster than RiveScript", rive["load_ms"] / cc["load_ms"], 1, "×",
                strictly=True)


def verdict(name, value, target, unit, strictly=False, below=False):
    if below:
        ok = value < target
        goal = "under %s" % fmt(target, 0)
    else:
        ok = value > target if strictly else value >= target
        goal = "%s %s" % ("over" if strictly else "at least", fmt(target, 0))
    print("  %s  %s: %s %s (target %s %s)" % ("PASS" if ok else "MISS", name, fmt(value, 2),
                                               unit, goal, unit))


def fmt(value, digits):
    return ("%." + str(digits) + "f") % value


# The real thing: the release binary, started cold, through a pipe.

def first_prompt_times(runs):
    env = dict(os.environ, XDG_DATA_HOME=tempfile.mkdtemp(prefix="carecoach-bench-"))
    command = [CARECOACH, "start", "--no-history"]
    probe = subprocess.run(command, input="quit\n", capture_output=True, text=True, env=env,
                           timeout=60)
    before_quit = probe.stdout.split("OK, we'll stop here.")[0].strip().splitlines()
    marker = before_quit[-1].strip().encode() if before_quit else b""
    to_prompt = []
    to_exit = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, env=env)
        seen = b""
        while marker and marker not in seen:
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                break
            seen += chunk
        to_prompt.append((time.perf_counter_ns() - start) / 1e6)
        process.stdin.write(b"quit\n")
        process.stdin.close()
        process.stdout.read()
        process.wait()
        to_exit.append((time.perf_counter_ns() - start) / 1e6)
    return marker.decode(), to_prompt, to_exit


def real_thing(work, runs):
    print("The real thing: the release `carecoach start`, default script, stdin a pipe.")
    marker, to_prompt, to_exit = first_prompt_times(runs)
    median = statistics.median(to_prompt)
    print("  start to first prompt (%r), cold process, median of %d: %s ms (min %s, max %s); "
          "to exit after 'quit': %s ms" % (marker[:40], runs, fmt(median, 1),
                                           fmt(min(to_prompt), 1), fmt(max(to_prompt), 1),
                                           fmt(statistics.median(to_exit), 1)))
    verdict("start to first prompt", median, 30, "ms", below=True)

    answers = os.path.join(work, "answers.txt")
    subprocess.run([BENCH, "engine", "--repeats", "1", "--write-answers", answers, "--json"],
                   check=True, capture_output=True)
    with open(answers, "rb") as handle:
        data = handle.read()
    times = []
    status = None
    for _ in range(5):
        start = time.perf_counter_ns()
        result = subprocess.run([CARECOACH, "start", "--no-history"], input=data,
                                capture_output=True, timeout=60,
                                env=dict(os.environ, XDG_DATA_HOME=work))
        times.append((time.perf_counter_ns() - start) / 1e6)
        status = result.returncode
    print("  a whole conversation through a pipe (%d answers, exit status %d), median of 5: "
          "%s ms" % (data.count(b"\n"), status, fmt(statistics.median(times), 1)))

    store = json.loads(subprocess.run([BENCH, "store", "--json"], check=True,
                                      capture_output=True, text=True).stdout)
    print("  durable store per turn (each event committed before the step, in-process, %d "
          "conversations): append median %s us, p99 %s us; the engine's step median %s us"
          % (store["conversations"], fmt(store["append_median_us"], 1),
             fmt(store["append_p99_us"], 1), fmt(store["step_median_us"], 1)))


def swift_figures(quick):
    command = [BENCH, "all"]
    if quick:
        command = [BENCH, "understanding", "--sizes", "1000,10000", "--inputs", "2000"]
    subprocess.run(command, check=True)
    if quick:
        subprocess.run([BENCH, "engine", "--repeats", "20"], check=True)
        subprocess.run([BENCH, "startup"], check=True)
        subprocess.run([BENCH, "safety", "--repeats", "3"], check=True)
        subprocess.run([BENCH, "store", "--conversations", "3"], check=True)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:7])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="1,000 and 10,000 rules only, fewer lines: a check that it runs")
    parser.add_argument("--only", choices=["swift", "peer", "real"],
                        help="run one part only")
    options = parser.parse_args()
    for binary in (BENCH, CARECOACH):
        if not os.path.exists(binary):
            sys.exit("run.py: %s is missing: run `swift build -c release` first" % binary)
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="carecoach-bench-") as work:
        if options.only in (None, "swift"):
            swift_figures(options.quick)
            print()
        if options.only in (None, "peer"):
            sizes = [1000, 10_000] if options.quick else SIZES
            peer_comparison(sizes, 500 if options.quick else INPUTS, work)
            print()
        if options.only in (None, "real"):
            real_thing(work, 5 if options.quick else 20)
    print("\nWhole benchmark: %s s" % fmt(time.monotonic() - began, 0))


if __name__ == "__main__":
    main()
