#!/usr/bin/env python3
"""Build messages.jsonl from the hand-written cases.txt (and figures.json).

Deterministic: user ids come from random.Random(SEED). Python 3 standard library only.
"""
import json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_TEXT = "/work/shared/seed/000_ec2607a1cce9557b.txt"
RNG_SEED = 20160416
CATS = {"O": "ordinary", "F": "followup", "C": "clarify", "E": "english", "D": "district",
        "R": "region", "X": "comparison", "S": "silent"}
SLOT_KEYS = {"p": "province", "t": "trainer_type", "a": "agency"}
REPLY = {"a": "answer", "c": "clarify", "s": "silent"}
THAI = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
DOC_PATTERNS = {  # key -> regex on the seed (Thai digits converted first)
    "ext": r"ต่อ (\d+)",
    "fax": r"โทรสาร \d-\d{4}-(\d{4})",
    "founded": r"ตั้งแต่ปี พ\.ศ\. (\d{4})",
    "all_tambon": r"ครบทุกตำบล ?ในปีงบประมาณ พ\.ศ\. (\d{4})",
    "term": r"ระยะเวลาความร่วมมือ\((\d+)ปี\)",
    "notice": r"ไม่น้อยกว่า (\d+) \(สามสิบ\) วัน",
    "letter_year": r"\n\d+ กุมภาพันธ์ (\d{4})",
    "letter_no": r"ที่ มท 0818\.2/ว (\d{4})",
}
MENTION = re.compile(r"@civicbot", re.I)
CALLS = ["น้องบอท", "บอทคะ", "บอทค่ะ", "บอทครับ"]


def load():
    fig = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
    doc = open(SEED_TEXT, encoding="utf-8").read().translate(THAI)
    return fig, doc


def lookup(spec, fig, doc):
    if spec.startswith("doc:"):
        m = re.search(DOC_PATTERNS[spec[4:]], doc)
        if not m:
            sys.exit("gen.py: doc pattern %s not found" % spec)
        return int(m.group(1))
    kind, _, rest = spec.partition(":")
    reg = {"c": "core", "e": "extended"}
    if kind == "cov":
        return sum(1 for v in fig[reg[rest]]["row_totals"].values() if v > 0)
    if kind == "max":
        return max(fig[reg[rest]]["row_totals"].values())
    if kind == "maxcol":
        return max(fig[reg[rest]]["column_totals"].values())
    prov, ag = rest.split(":")
    r = fig[reg[kind]]
    if prov == "*":
        return r["total"] if ag == "*" else r["column_totals"][ag]
    if prov not in fig["provinces"]:
        sys.exit("gen.py: unknown province in lookup %r" % spec)
    row = r["rows"].get(prov)
    if row is None:
        return 0
    return sum(row.values()) if ag == "*" else row[ag]


def addressing(code, text):
    if code == "P":
        return "private"
    if code == "GR":
        return "reply-to-bot"
    if code == "GS":
        return "not addressed"
    if MENTION.search(text):
        return "mention"
    if any(c in text for c in CALLS):
        return "call"
    sys.exit("gen.py: group turn not addressed: %r" % text)


def main():
    fig, doc = load()
    rows = []
    for n, ln in enumerate(open(os.path.join(HERE, "cases.txt"), encoding="utf-8"), 1):
        ln = ln.rstrip("\n")
        if not ln.strip() or ln.startswith("#"):
            continue
        f = [x.strip() for x in ln.split(" | ")]
        if len(f) != 8:
            sys.exit("gen.py: line %d has %d fields" % (n, len(f)))
        rows.append((n, f))
    rng = random.Random(RNG_SEED)
    uids = rng.sample(range(100000, 9999999), len(rows))
    out = []
    for i, (n, (cat, turns, intent, slots, looks, reply, style, note)) in enumerate(rows):
        uid = uids[i]
        tl = []
        addr = None
        for seg in turns.split(" ;; "):
            code, _, text = seg.partition(" ")
            if code not in ("P", "G", "GR", "GS"):
                sys.exit("gen.py: line %d bad turn code %r" % (n, code))
            addr = addressing(code, text)
            tl.append({"text": text, "chat_type": "private" if code == "P" else "group",
                       "user_id": uid, "reply_to_bot": code == "GR"})
        intent, _, alt = intent.partition("/")
        sl = {}
        if slots != "-":
            for kv in slots.split():
                k, v = kv.split("=")
                sl[SLOT_KEYS[k]] = v
        vals = []
        if looks != "-":
            for spec in [s.strip() for s in looks.split(",")]:
                vals.append((spec, lookup(spec, fig, doc)))
        figures = []
        for _, v in vals:
            if v != 0 and v not in figures:
                figures.append(v)
        expect = {"intent": intent, "slots": sl, "figures": figures, "reply": REPLY[reply],
                  "lang": "en" if cat == "E" else "th"}
        if alt:
            expect["intent_alt"] = alt.split(",")
        specs = "; ".join("%s=%d" % sv for sv in vals) if vals else "none"
        chat = tl[-1]["chat_type"]
        note_full = "%s. specs: looked-up values [%s; %s, %s, %s]" % (note, specs, chat, addr, style)
        out.append({"id": "b16-%04d" % (i + 1), "category": CATS[cat], "turns": tl,
                    "expect": expect, "note": note_full})
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    counts = {}
    for o in out:
        counts[o["category"]] = counts.get(o["category"], 0) + 1
    print("wrote %d cases %s" % (len(out), counts))


if __name__ == "__main__":
    main()
