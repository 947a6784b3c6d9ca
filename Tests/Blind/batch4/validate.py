#!/usr/bin/env python3
"""Self-check of messages.jsonl and chatter.txt."""
import itertools
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
F = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "trainer_register",
           "trainer_update", "trainer_remove", "agency_duties", "agency_list", "mou_info", "center_info",
           "glossary", "contact", "stats", "unknown"}
CATS = {"ordinary", "followup", "english", "clarify", "district", "region", "comparison", "silent"}
AG = {"ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"}

# every number the script can produce
allowed = set()
for p, g in F["grid"].items():
    for t in ("core", "extended"):
        allowed.update(g[t].values())
    allowed.add(g["all"])
for t in ("core", "extended"):
    allowed.update(F["national"][t].values())
allowed.add(F["national"]["all"])
allowed.add(F["national"]["extended"]["total"] - F["national"]["core"]["total"])
allowed.add(F["national"]["core"]["DOPA"] + F["national"]["extended"]["DOPA"])
for r in F["regions"].values():
    for t in ("core", "extended"):
        allowed.update(r[t].values())
for k, v in F["facts"].items():
    if isinstance(v, int):
        allowed.add(v)
    elif isinstance(v, list):
        allowed.update(x for x in v if isinstance(x, int))
allowed.add(len(F["coverage"]["core_provinces"]))
allowed.add(len(F["coverage"]["no_core_provinces"]))
for t in ("core", "extended"):
    for a, b in itertools.combinations(F["provinces"], 2):
        allowed.add(abs(F["grid"][a][t]["total"] - F["grid"][b][t]["total"]))

errors = []
ids, keys = set(), set()
cats, replies = Counter(), Counter()
lines = open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8").read().splitlines()
for ln_no, ln in enumerate(lines, 1):
    try:
        c = json.loads(ln)
    except Exception as e:  # noqa
        errors.append(f"line {ln_no}: not JSON: {e}")
        continue
    def err(m):
        errors.append(f"{c.get('id')}: {m}")
    if set(c) != {"id", "category", "turns", "expect", "note"}:
        err(f"keys {set(c)}")
    if c["id"] in ids:
        err("duplicate id")
    ids.add(c["id"])
    if c["category"] not in CATS:
        err("category")
    cats[c["category"]] += 1
    if not c["turns"] or not all(set(t) == {"text", "chat_type", "user_id", "reply_to_bot"} for t in c["turns"]):
        err("turn keys")
    for t in c["turns"]:
        if t["chat_type"] not in ("group", "private") or not isinstance(t["user_id"], int) \
                or not isinstance(t["reply_to_bot"], bool) or not t["text"].strip():
            err("turn values")
    if len({t["user_id"] for t in c["turns"]}) != 1:
        err("follow-up turns must be one user")
    key = tuple(t["text"] for t in c["turns"])
    if key in keys:
        err("duplicate case text")
    keys.add(key)
    e = c["expect"]
    if set(e) != {"intent", "slots", "figures", "reply", "lang"}:
        err(f"expect keys {set(e)}")
    if e["intent"] not in INTENTS:
        err("intent " + e["intent"])
    if e["reply"] not in ("answer", "clarify", "silent"):
        err("reply")
    replies[e["reply"]] += 1
    if e["lang"] not in ("th", "en"):
        err("lang")
    for k, v in e["slots"].items():
        if k == "province" and v not in F["provinces"]:
            err("province " + v)
        elif k == "agency" and v not in AG:
            err("agency " + v)
        elif k == "trainer_type" and v not in ("core", "extended"):
            err("type " + v)
        elif k not in ("province", "agency", "trainer_type"):
            err("slot " + k)
    if e["reply"] != "answer" and e["figures"]:
        err("figures on a non-answer")
    if e["reply"] == "silent" and c["turns"][-1]["chat_type"] != "group":
        err("silent must be group")
    if c["category"] == "followup" and len(c["turns"]) < 2:
        err("followup needs 2+ turns")
    for f in e["figures"]:
        if not isinstance(f, int) or f not in allowed:
            err(f"figure {f} not producible from figures.json")
    if c["category"] == "english" and e["lang"] != "en":
        err("english lang")

ch = open(os.path.join(HERE, "chatter.txt"), encoding="utf-8").read().splitlines()
if len(ch) != len(set(ch)):
    errors.append("chatter duplicates")
print(len(lines), "cases", dict(cats), dict(replies), len(ch), "chatter lines")
print("\n".join(errors) or "OK")
sys.exit(1 if errors else 0)
