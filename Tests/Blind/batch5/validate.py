#!/usr/bin/env python3
"""Independent check of messages.jsonl and chatter.txt."""
import json, os, sys, collections
H = os.path.dirname(os.path.abspath(__file__))
F = json.load(open(os.path.join(H, "figures.json"), encoding="utf-8"))
vals = set()
def walk(x):
    if isinstance(x, bool): return
    if isinstance(x, int): vals.add(x)
    elif isinstance(x, dict): [walk(v) for v in x.values()]
    elif isinstance(x, list): [walk(v) for v in x]
walk(F)
INTENTS = "help greeting trainer_count trainer_coverage trainer_list trainer_register trainer_update trainer_remove agency_duties agency_list mou_info center_info glossary contact stats unknown".split()
CATS = "ordinary followup english clarify district region comparison silent".split()
ids, lasts, texts, errs = set(), set(), [], []
M = []
for n, line in enumerate(open(os.path.join(H, "messages.jsonl"), encoding="utf-8"), 1):
    c = json.loads(line); M.append(c)
    def bad(msg): errs.append(f"line {n} {c.get('id')}: {msg}")
    if set(c) != {"id", "category", "turns", "expect", "note"}: bad("fields")
    if c["id"] in ids: bad("dup id")
    ids.add(c["id"])
    if c["category"] not in CATS: bad("category")
    if not c["turns"]: bad("no turns")
    for t in c["turns"]:
        if set(t) != {"text", "chat_type", "user_id", "reply_to_bot"} or t["chat_type"] not in ("group", "private") \
           or not isinstance(t["user_id"], int) or not isinstance(t["reply_to_bot"], bool) or not t["text"].strip(): bad("turn")
        texts.append(t["text"])
    if c["turns"][-1]["text"] in lasts: bad("dup last text")
    lasts.add(c["turns"][-1]["text"])
    e = c["expect"]
    if set(e) != {"intent", "slots", "figures", "reply", "lang"}: bad("expect fields")
    if e["intent"] not in INTENTS: bad("intent")
    if e["reply"] not in ("answer", "clarify", "silent"): bad("reply")
    if e["lang"] not in ("th", "en"): bad("lang")
    for k, v in e["slots"].items():
        if k == "province" and v not in F["provinces"]: bad("province " + v)
        elif k == "agency" and v not in ("ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"): bad("agency")
        elif k == "trainer_type" and v not in ("core", "extended"): bad("type")
        elif k not in ("province", "agency", "trainer_type"): bad("slot " + k)
    for x in e["figures"]:
        if not isinstance(x, int) or x not in vals: bad(f"figure {x} not in figures.json")
    if e["reply"] != "answer" and e["figures"]: bad("figures on non-answer")
    if e["reply"] == "silent" and (c["turns"][-1]["chat_type"] != "group" or "@civicbot" in c["turns"][-1]["text"].lower()): bad("silent must be unaddressed group")
    if e["intent"] == "stats" and e["figures"]: bad("stats with figures")
d = [t for t, k in collections.Counter(texts).items() if k > 1]
if d: errs.append(f"duplicate turn texts: {d}")
ch = open(os.path.join(H, "chatter.txt"), encoding="utf-8").read().splitlines()
if len(set(ch)) != len(ch) or any(not l.strip() for l in ch): errs.append("chatter dup/empty")
if set(ch) & set(texts): errs.append("chatter overlaps messages")
print("\n".join(errs) or "OK")
print(len(M), "cases;", dict(collections.Counter(c["category"] for c in M)), "; chatter", len(ch))
sys.exit(1 if errs else 0)
