"""Leave-one-round-out figures for the scored reader, beside the net's own on the same lines.

Run through `python3 Tests/safety/train.py --rounds`. For each measured round, the reader is
trained on the other rounds (both halves) and on two thirds of the ordinary answers, and read
on the round left out (both halves) and the last third of the ordinary answers. The net is the
built binary's patterns and concepts as they are now (the reader's own check questions left
out): it was tuned on every round's tune half, so its figures on a left-out round flatter it
(its first measure of each round is in figures.txt). The reader's figures here leave out the
everyday frames, which in the binary let some of its readings go.
"""

import json
import os
import subprocess

THRESHOLDS = (0.3, 0.4, 0.5, 0.6)


def net(train, texts):
    binary = os.environ.get("CARECOACH_BIN", os.path.join(train.ROOT, ".build", "debug", "carecoach"))
    done = subprocess.run([binary, "match", "--batch"], input="\n".join(texts) + "\n",
                          capture_output=True, text=True, cwd=train.ROOT, check=True)
    out = []
    for line in done.stdout.strip().split("\n"):
        data = json.loads(line)
        out.append(([h["category"] for h in data.get("safety", [])],
                    [h["category"] for h in data.get("safetyCheck", []) if h.get("by") != "reader"]))
    return out


def gated(train, model, text):
    """The scores, or none for a line too short to be asked about."""
    if len(train.normalise(text).split(" ")) < train.FEWEST_WORDS:
        return [0.0] * len(train.CATEGORIES)
    return train.score(model, text)


def report(train):
    ordinary = [l for l in train.ordinary_lines() if l not in train.crisis_answers()]
    measured = [r for r in train.ROUNDS if r[0] in train.MEASURED]
    totals = {}
    for k, left in enumerate(measured):
        others = [r for r in measured if r is not left]
        fold = [l for l in ordinary if train.fnv1a(l) % len(measured) == k]
        rest = [l for l in ordinary if train.fnv1a(l) % len(measured) != k]
        model = train.train(train.training_set(others, rest))
        test = train.round_lines(left[1], left[2], ("tune", "heldout"))
        must = [(c, t) for c, t in test if c]
        everyday = [t for c, t in test if not c]
        net_must = net(train, [t for _, t in must])
        net_every = net(train, everyday)
        net_ord = net(train, fold)
        print("\n%s left out: %d must-flag, %d everyday, %d ordinary answers" % (
            left[0], len(must), len(everyday), len(fold)))
        caught_net = sum(1 for (c, _), (n, ch) in zip(must, net_must) if c in n or c in ch)
        notices = sum(1 for n, _ in net_every if n)
        net_checks = sum(1 for n, ch in net_every if ch and not n)
        ord_net = sum(1 for n, ch in net_ord if n or ch)
        print("  net now        caught %3d/%d (%5.1f%%)  everyday notices %d, checks %d (%4.1f%%)"
              "  ordinary flagged %d" % (caught_net, len(must), 100.0 * caught_net / len(must),
                                          notices, net_checks, 100.0 * net_checks / len(everyday),
                                          ord_net))
        scores_must = [gated(train, model, t) for _, t in must]
        scores_every = [gated(train, model, t) for t in everyday]
        scores_ord = [gated(train, model, t) for t in fold]
        for s, l in zip(scores_ord, fold):
            if max(s) >= train.THRESHOLD:
                print("    ordinary checked: %.2f %s" % (max(s), l))
        for th in THRESHOLDS:
            alone = sum(1 for (c, _), s in zip(must, scores_must)
                        if s[train.CATEGORIES.index(c)] >= th)
            both = sum(1 for (c, _), s, (n, ch) in zip(must, scores_must, net_must)
                       if c in n or c in ch or s[train.CATEGORIES.index(c)] >= th)
            ev = sum(1 for s in scores_every if max(s) >= th)
            ev_both = sum(1 for s, (n, ch) in zip(scores_every, net_every)
                          if not n and (ch or max(s) >= th))
            od = sum(1 for s in scores_ord if max(s) >= th)
            t = totals.setdefault(th, [0, 0, 0, 0, 0, 0, 0, 0])
            for i, v in enumerate((alone, both, len(must), ev, ev_both, len(everyday), od, len(fold))):
                t[i] += v
            print("  reader >= %.1f  alone %3d (%5.1f%%)  net+reader %3d (%5.1f%%)  everyday checks"
                  " alone %3d (%4.1f%%), net+reader %3d (%4.1f%%)  ordinary %d/%d (%4.1f%%)" % (
                      th, alone, 100.0 * alone / len(must), both, 100.0 * both / len(must),
                      ev, 100.0 * ev / len(everyday), ev_both, 100.0 * ev_both / len(everyday),
                      od, len(fold), 100.0 * od / len(fold)))
    later = [r for r in train.ROUNDS if r[0] not in train.MEASURED]
    for name, must_files, everyday_files in later:
        test = train.round_lines(must_files, everyday_files, ("tune",))
        if not test:
            continue
        # Trained on every measured round and every ordinary answer, without this round.
        model = train.train(train.training_set(measured, ordinary))
        must = [(c, t) for c, t in test if c]
        everyday = [t for c, t in test if not c]
        net_must, net_every = net(train, [t for _, t in must]), net(train, everyday)
        th = train.THRESHOLD
        caught_net = sum(1 for (c, _), (n, ch) in zip(must, net_must) if c in n or c in ch)
        both = sum(1 for (c, t), (n, ch) in zip(must, net_must)
                   if c in n or c in ch or gated(train, model, t)[train.CATEGORIES.index(c)] >= th)
        alone = sum(1 for c, t in must if gated(train, model, t)[train.CATEGORIES.index(c)] >= th)
        notices = sum(1 for n, _ in net_every if n)
        checks_net = sum(1 for n, ch in net_every if ch and not n)
        checks_both = sum(1 for t, (n, ch) in zip(everyday, net_every)
                          if not n and (ch or max(gated(train, model, t)) >= th))
        print("\n%s, written after round %d's tuning: tune half only (%d must-flag, %d everyday),"
              " reader trained without it, threshold %.1f, no frames:" % (
                  name, int(name.split()[-1]) - 1, len(must), len(everyday), th))
        print("  net now     caught %d/%d (%.1f%%), everyday notices %d, checks %d" % (
            caught_net, len(must), 100.0 * caught_net / len(must), notices, checks_net))
        print("  reader      caught %d/%d (%.1f%%)" % (alone, len(must), 100.0 * alone / len(must)))
        print("  net+reader  caught %d/%d (%.1f%%), everyday notices %d, checks %d" % (
            both, len(must), 100.0 * both / len(must), notices, checks_both))

    print("\nall rounds left out in turn:")
    for th in THRESHOLDS:
        a, b, m, ev, evb, e, od, o = totals[th]
        print("  reader >= %.1f  alone %4d/%d (%5.1f%%)  net+reader %5.1f%%  everyday checks alone"
              " %4.1f%%, net+reader %4.1f%%  ordinary %4.1f%%" % (
                  th, a, m, 100.0 * a / m, 100.0 * b / m, 100.0 * ev / e, 100.0 * evb / e,
                  100.0 * od / o))
