#!/usr/bin/env python3
"""Re-check messages.jsonl and chatter.txt: schema, unique ids and user ids, slot values,
and every figure re-derived from figures.json (independently of gen.py's resolver)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIG = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
P77 = set(FIG["provinces"])
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list",
           "trainer_register", "trainer_update", "trainer_remove", "agency_duties",
           "agency_list", "mou_info", "center_info", "glossary", "contact", "stats", "unknown"}
CATS = {"ordinary", "followup", "clarify", "english", "district", "region", "comparison", "silent"}
errs = []
def err(m): errs.append(m)

# 1. figures.json internal consistency (row/column totals against the table)
for key, r in FIG["registers"].items():
    t = r["table"]
    if set(t) != P77: err("%s: table provinces" % key)
    for p in t:
        if sum(t[p].values()) != r["row_totals"][p]: err("%s row total %s" % (key, p))
    for a in FIG["agencies"]:
        if sum(t[p][a] for p in t) != r["column_totals"][a]: err("%s column %s" % (key, a))
    if sum(r["column_totals"].values()) != r["total"] or r["total"] != r["printed_total"]:
        err("%s grand total" % key)

# 2. independent re-derivation of figures from cases.txt specs
sys.path.insert(0, HERE)
import gen  # only for parse_cases and REGIONS (the grouping definitions)
def prov(s):
    if s == "*": return sorted(P77)
    if s[0] == "@": return gen.REGIONS[s[1:]]
    return s.split("+")
def ag(s): return FIG["agencies"] if s == "*" else s.split("+")
def val(reg, ps, as_):
    t = FIG["registers"]["core" if reg == "c" else "extended"]["table"]
    return sum(t[p][a] for p in prov(ps) for a in ag(as_))
def derive(tok):
    k = tok.split(":")
    if k[0] in ("c", "e"): return val(k[0], k[1], k[2])
    if k[0] == "z": return None
    if k[0] == "top": return max(val(k[1], p, k[2]) for p in P77)
    if k[0] == "topa": return max(val(k[1], k[2], a) for a in FIG["agencies"])
    if k[0] == "n": return sum(1 for p in P77 if val(k[1], p, k[2]) > 0)
    if k[0] == "f": return FIG["facts"][k[1]]
    raise ValueError(tok)
expected = []
for b in gen.parse_cases(os.path.join(HERE, "cases.txt")):
    figs = []
    for tok in b["expect"].split()[1:]:
        if re.match(r"^(c|e|z|top|topa|n|f):", tok):
            v = derive(tok)
            if v is not None and v not in figs: figs.append(v)
    expected.append(figs)

# 3. messages.jsonl schema
ids, uids, counts = set(), set(), {}
rows = [json.loads(l) for l in open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8")]
if len(rows) < 400: err("only %d cases" % len(rows))
if len(rows) != len(expected): err("cases.txt and messages.jsonl differ in length")
for i, o in enumerate(rows):
    cid = o.get("id")
    if set(o) != {"id", "category", "turns", "expect", "note"}: err("%s: keys %s" % (cid, sorted(o)))
    if not re.fullmatch(r"b17-\d{4}", str(cid)) or cid in ids: err("bad/dup id %s" % cid)
    ids.add(cid)
    if o["category"] not in CATS: err("%s: category" % cid)
    counts[o["category"]] = counts.get(o["category"], 0) + 1
    turns = o["turns"]
    if not turns: err("%s: no turns" % cid)
    for t in turns:
        if set(t) != {"text", "chat_type", "user_id", "reply_to_bot"}: err("%s: turn keys" % cid)
        if not isinstance(t["text"], str) or not t["text"].strip(): err("%s: empty text" % cid)
        if t["chat_type"] not in ("private", "group"): err("%s: chat_type" % cid)
        if not isinstance(t["user_id"], int) or not isinstance(t["reply_to_bot"], bool): err("%s: types" % cid)
    if len({(t["chat_type"], t["user_id"]) for t in turns}) != 1: err("%s: turns differ in chat/user" % cid)
    if turns[0]["user_id"] in uids: err("%s: user_id reused" % cid)
    uids.add(turns[0]["user_id"])
    e = o["expect"]
    if set(e) != {"intent", "slots", "figures", "reply", "lang"}: err("%s: expect keys" % cid)
    if e["intent"] not in INTENTS: err("%s: intent" % cid)
    if e["reply"] not in ("answer", "clarify", "silent"): err("%s: reply" % cid)
    if e["lang"] not in ("th", "en"): err("%s: lang" % cid)
    if (e["lang"] == "en") != (o["category"] == "english"): err("%s: lang vs category" % cid)
    s = e["slots"]
    if set(s) - {"province", "trainer_type", "agency"}: err("%s: slot names" % cid)
    if "province" in s and s["province"] not in P77: err("%s: province" % cid)
    if s.get("trainer_type", "core") not in ("core", "extended"): err("%s: trainer_type" % cid)
    if s.get("agency", "DLA") not in ("ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"): err("%s: agency" % cid)
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in e["figures"]): err("%s: figures type" % cid)
    if e["reply"] != "answer" and e["figures"]: err("%s: figures on a %s case" % (cid, e["reply"]))
    if e["reply"] == "silent" and (turns[0]["chat_type"] != "group" or any(t["reply_to_bot"] for t in turns)):
        err("%s: silent case must be an unaddressed group message" % cid)
    if o["category"] == "silent" and e["reply"] != "silent": err("%s: silent category" % cid)
    if o["category"] == "clarify" and e["reply"] != "clarify": err("%s: clarify category" % cid)
    if o["category"] == "followup" and len(turns) < 2: err("%s: followup turns" % cid)
    if i < len(expected) and e["figures"] != expected[i]: err("%s: figures %s != re-derived %s" % (cid, e["figures"], expected[i]))

# 4. chatter.txt
ch = open(os.path.join(HERE, "chatter.txt"), encoding="utf-8").read().split("\n")
if ch[-1] == "": ch = ch[:-1]
if len(ch) != 300 or len(set(ch)) != 300: err("chatter.txt: %d lines, %d unique" % (len(ch), len(set(ch))))
for l in ch:
    if "บอท" in l or "civicbot" in l.lower() or not l.strip(): err("chatter line not allowed: %r" % l)
hand = [l for l in open(os.path.join(HERE, "chatter_hand.txt"), encoding="utf-8") if l.strip() and not l.startswith("//")]
if len(hand) < 150: err("fewer than 150 hand-written chatter lines")

if errs:
    print("\n".join(errs[:50])); print("validate.py: %d problem(s)" % len(errs)); sys.exit(1)
print("validate.py: OK, %d cases %s; chatter 300 lines" % (len(rows), json.dumps(counts, ensure_ascii=False)))
