#!/usr/bin/env python3
"""Scores CivicBot on a blind test set through `civicbot repl --jsonl` (the public contract).

A set is a folder with messages.jsonl (cases: turns, expect {intent, slots, figures, reply,
lang}) and chatter.txt (group lines that must stay silent), written by someone who saw only the
source document and DESIGN.md. Usage:

    swift build && python3 scripts/score_blind.py Tests/Blind/batch2 [--bin .build/debug/civicbot] [--failures N]

Prints the score per category and overall, and the group-chatter reply rate. A case passes when
the last turn's reply is as expected: silent → no reply; answer → the intent, every expected slot,
every expected figure in the reply (digits normalised); clarify → a reply that states none of the
trainer figures the province or department would have (no number of 2+ digits and no figure
the case lists); lang en → the reply is mostly Latin letters.
"""
import argparse, json, os, re, subprocess, sys, tempfile

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

def numbers(text):
    text = (text or "").translate(THAI_DIGITS).replace(",", "")
    return [int(n) for n in re.findall(r"\d+", text)]

def run(binary, lines, db):
    proc = subprocess.run([binary, "repl", "--jsonl", "--db", db], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, timeout=600)
    out = [json.loads(l) for l in proc.stdout.splitlines() if l.strip()]
    if len(out) != len(lines):
        sys.exit(f"expected {len(lines)} output lines, got {len(out)}: {proc.stderr[-2000:]}")
    return out

ALIASES = {}
# Slots the writer added beyond DESIGN.md's (batch20: province2, agency2, region2 of a comparison,
# whose figures are still checked), and the writer's names of values we name otherwise.
IGNORED_SLOTS = set()
SLOT_VALUES = {}

def judge(case, got):
    e = dict(case["expect"])
    if e.get("intent") in ALIASES:
        e["intent_alt"] = list(e.get("intent_alt") or []) + ALIASES[e["intent"]]
    reply = got.get("reply")
    kind = e.get("reply", "answer")
    if kind == "silent":
        return reply is None, "expected silence"
    if reply is None:
        return False, "silent"
    if kind == "clarify":
        figures = set(e.get("figures") or [])
        stated = [n for n in numbers(reply) if n >= 10 or n in figures]
        asked = set(numbers(case["turns"][-1]["text"]))
        stated = [n for n in stated if n not in asked and n not in (2563, 2564, 2565, 77)]
        return (not stated), f"clarify stated numbers {stated[:5]}"
    if e.get("intent") and got.get("intent") != e["intent"] and got.get("intent") not in (e.get("intent_alt") or []):
        return False, f"intent {got.get('intent')} != {e['intent']}"
    for k, v in (e.get("slots") or {}).items():
        if k in IGNORED_SLOTS:
            continue
        v = SLOT_VALUES.get(k, {}).get(v, v)
        if got.get("slots", {}).get(k) != v:
            return False, f"slot {k}={got.get('slots', {}).get(k)} != {v}"
    have = set(numbers(reply))
    missing = [f for f in (e.get("figures") or []) if f not in have]
    if missing:
        return False, f"figures missing {missing}"
    if e.get("lang") == "en":
        latin = sum(c.isascii() and c.isalpha() for c in reply)
        thai = sum("\u0e00" <= c <= "\u0e7f" for c in reply)
        if latin <= thai:
            return False, "reply not in English"
    return True, ""

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--bin", default=".build/debug/civicbot")
    ap.add_argument("--failures", type=int, default=0, help="print this many failing cases")
    ap.add_argument("--show-chatter", action="store_true", help="print the chatter lines that got a reply")
    ap.add_argument("--alias", action="append", default=[], metavar="WRITTEN=OURS,OURS",
                    help="accept our ids for an id the writer used in another sense (DESIGN.md lists the ids without "
                         "their meaning; batch4's writer used stats, our admins' usage figures, for national totals)")
    a = ap.parse_args()
    for alias in a.alias:
        written, ours = alias.split("=", 1)
        ALIASES[written] = ours.split(",")
    # The set's entry in floors.json (as BlindSetTests reads it): its aliases, ignored slots, slot values.
    floors_path = os.path.join(os.path.dirname(os.path.abspath(a.folder)), "floors.json")
    if os.path.exists(floors_path):
        entry = json.load(open(floors_path, encoding="utf-8")).get(os.path.basename(os.path.abspath(a.folder)), {})
        for written, ours in (entry.get("aliases") or {}).items():
            ALIASES.setdefault(written, ours)
        IGNORED_SLOTS.update(entry.get("ignore_slots") or [])
        SLOT_VALUES.update(entry.get("slot_values") or {})
    cases = [json.loads(l) for l in open(os.path.join(a.folder, "messages.jsonl"), encoding="utf-8") if l.strip()]
    lines, last = [], []
    for n, c in enumerate(cases):
        for i, t in enumerate(c["turns"]):
            chat_type = t.get("chat_type", "private")
            user = t.get("user_id", 10_000 + n)
            if isinstance(user, int):
                user = user * 1000 + n  # every case its own chat and user: no context leaks between cases
            obj = {"text": t["text"], "user_id": user, "chat_id": user if chat_type == "private" else -(n + 1),
                   "chat_type": chat_type, "reply_to_bot": bool(t.get("reply_to_bot", False))}
            lines.append(json.dumps(obj, ensure_ascii=False))
        last.append(len(lines) - 1)
    chatter = [l.rstrip("\n") for l in open(os.path.join(a.folder, "chatter.txt"), encoding="utf-8") if l.strip()]
    chatter_start = len(lines)
    for n, text in enumerate(chatter):
        lines.append(json.dumps({"text": text, "user_id": 900_000 + n, "chat_id": -900_000, "chat_type": "group"}, ensure_ascii=False))
    with tempfile.TemporaryDirectory() as tmp:
        out = run(a.bin, lines, os.path.join(tmp, "score.sqlite"))
    by_cat, fails = {}, []
    for c, i in zip(cases, last):
        ok, why = judge(c, out[i])
        cat = c.get("category", "?")
        p, t = by_cat.get(cat, (0, 0))
        by_cat[cat] = (p + ok, t + 1)
        if not ok:
            fails.append((c, out[i], why))
    total_p = sum(p for p, _ in by_cat.values()); total = sum(t for _, t in by_cat.values())
    for cat, (p, t) in sorted(by_cat.items()):
        print(f"{cat:10s} {p:4d}/{t:<4d} {100 * p / t:5.1f} %")
    print(f"{'all':10s} {total_p:4d}/{total:<4d} {100 * total_p / total:5.1f} %")
    answered = sum(1 for o in out[chatter_start:] if o.get("reply") is not None)
    print(f"chatter    {answered:4d}/{len(chatter):<4d} replies ({100 * answered / max(1, len(chatter)):.2f} %)")
    if a.show_chatter:
        for text, o in zip(chatter, out[chatter_start:]):
            if o.get("reply") is not None:
                print(f"CHATTER REPLY: {text!r} → {o.get('intent')} {o.get('slots')}")
    for c, o, why in fails[: a.failures]:
        print(f"FAIL {c['id']} [{c.get('category')}] {why}: {c['turns'][-1]['text']!r} → {o.get('intent')} {o.get('slots')}")

if __name__ == "__main__":
    main()
