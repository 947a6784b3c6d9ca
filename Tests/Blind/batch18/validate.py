#!/usr/bin/env python3
"""Re-check figures.json, messages.jsonl and chatter.txt of blind batch 18. Exits 0 when all is well."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []


def bad(msg):
    problems.append(msg)


FIG = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
AG = ["DOPA", "DLA", "HSS", "CDD", "DOP"]
PROV = FIG["provinces"]

# ------------------------------------------------------------ figures.json
if len(PROV) != 77 or len(set(PROV)) != 77:
    bad("figures.json: province list is not 77 distinct names")
if FIG["agencies"] != AG:
    bad("figures.json: agency order")
for kind, printed_n in (("core", FIG["doc"]["core_printed"]), ("extended", FIG["doc"]["extended_printed"])):
    rows = FIG[kind]
    for p, r in rows.items():
        if p not in PROV:
            bad(f"{kind}: {p} not a province")
        if any(not isinstance(r[a], int) or r[a] < 0 for a in AG):
            bad(f"{kind} {p}: bad cell")
        if r["total"] != sum(r[a] for a in AG):
            bad(f"{kind} {p}: row total {r['total']} != sum of cells")
    cols = {a: sum(r[a] for r in rows.values()) for a in AG}
    printed = FIG["printed_totals"][kind]
    for a in AG:
        if cols[a] != printed[a]:
            bad(f"{kind}: column {a} {cols[a]} != printed {printed[a]}")
        if FIG["totals"][kind][a] != cols[a]:
            bad(f"{kind}: stored total {a} differs")
    if sum(cols.values()) != printed_n or FIG["totals"][kind]["total"] != printed_n:
        bad(f"{kind}: grand total != printed head count {printed_n}")
if set(FIG["extended"]) != set(PROV):
    bad("extended register does not cover all 77 provinces")
if len(FIG["core"]) != 32:
    bad("core register does not have 32 provinces")
if FIG["coverage"]["core_provinces"] != sum(1 for r in FIG["core"].values() if r["total"]):
    bad("coverage core")
if FIG["coverage"]["extended_provinces"] != sum(1 for r in FIG["extended"].values() if r["total"]):
    bad("coverage extended")
if any(v is None for v in FIG["doc"].values()):
    bad("figures.json: a doc number is missing")

# ------------------------------------------------------------ an independent spec resolver
GROUP_SRC = open(os.path.join(HERE, "gen.py"), encoding="utf-8").read()
GROUPS = {}
for name, body in re.findall(r'"([A-Z0-9]+)": ("(?:[^"]*)"(?:\s*"[^"]*")*)', GROUP_SRC.split("GROUPS = {", 1)[1].split("}", 1)[0]):
    GROUPS[name] = "".join(re.findall(r'"([^"]*)"', body)).split()


def val(spec):
    spec = spec.strip()
    m = re.fullmatch(r"diff\((.*)\|(.*)\)", spec)
    if m:
        return abs(val(m.group(1)) - val(m.group(2)))
    kind, *rest = spec.split(":")
    if kind == "doc":
        return FIG["doc"][rest[0]]
    if kind == "cov":
        return FIG["coverage"]["core_provinces" if rest[0] == "core" else "extended_provinces"]
    place, col = rest
    provs = PROV if place == "*" else GROUPS[place[1:]] if place.startswith("@") else place.split("+")
    cols = AG if col == "total" else col.split("+")
    tables = {"core": ["core"], "ext": ["extended"], "all": ["core", "extended"]}[kind]
    total = 0
    for t in tables:
        for p in provs:
            row = FIG[t].get(p)
            if row:
                total += sum(row[c] for c in cols)
    return total


for g, n in (("ISAN20", 20), ("SOUTH14", 14), ("DEEPSOUTH3", 3), ("EEC3", 3), ("BKKMETRO6", 6),
             ("ANDAMAN6", 6), ("UPPERNORTH8", 8), ("NAKHON6", 6), ("SAMUT3", 3)):
    if len(GROUPS.get(g, [])) != n or not set(GROUPS[g]) <= set(PROV):
        bad(f"group {g} wrong in gen.py")

# ------------------------------------------------------------ cases.txt: no typed numbers in expectations
for ln, line in enumerate(open(os.path.join(HERE, "cases.txt"), encoding="utf-8"), 1):
    if line.startswith(("F ", "Z ")):
        for spec in line[2:].split(";"):
            if re.fullmatch(r"\s*\d+\s*", spec):
                bad(f"cases.txt:{ln}: a number typed into an expectation")

# ------------------------------------------------------------ messages.jsonl
CATS = ["ordinary", "followup", "clarify", "english", "district", "region", "comparison", "silent"]
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "trainer_register",
           "trainer_update", "trainer_remove", "agency_duties", "agency_list", "mou_info", "center_info",
           "glossary", "contact", "stats", "unknown"}
SLOTS = {"province": set(PROV), "agency": {"ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"},
         "trainer_type": {"core", "extended"}}
BOT = re.compile(r"@civicbot|civicbot|บอท", re.I)

recs = []
for ln, raw in enumerate(open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8"), 1):
    try:
        recs.append(json.loads(raw))
    except json.JSONDecodeError as e:
        bad(f"messages.jsonl:{ln}: {e}")

ids = set()
counts = {c: 0 for c in CATS}
covered = set()
intents_seen = {}
for n, r in enumerate(recs, 1):
    w = r.get("id", f"line {n}")
    if set(r) != {"id", "category", "turns", "expect", "note"}:
        bad(f"{w}: keys {sorted(r)}")
        continue
    if r["id"] != f"b18-{n:04d}" or r["id"] in ids:
        bad(f"{w}: id not sequential/unique")
    ids.add(r["id"])
    cat = r["category"]
    if cat not in CATS:
        bad(f"{w}: category {cat}")
        continue
    counts[cat] += 1
    turns, ex = r["turns"], r["expect"]
    if not isinstance(turns, list) or not turns:
        bad(f"{w}: no turns")
        continue
    for t in turns:
        if set(t) != {"text", "chat_type", "user_id", "reply_to_bot"}:
            bad(f"{w}: turn keys {sorted(t)}")
        if not isinstance(t.get("text"), str) or not t["text"].strip():
            bad(f"{w}: empty text")
        if t.get("chat_type") not in ("private", "group"):
            bad(f"{w}: chat_type")
        if t.get("user_id") != 1800000 + n:
            bad(f"{w}: user_id {t.get('user_id')} != {1800000 + n}")
        if not isinstance(t.get("reply_to_bot"), bool):
            bad(f"{w}: reply_to_bot not bool")
        if t.get("chat_type") == "private" and t.get("reply_to_bot"):
            bad(f"{w}: reply_to_bot in a private chat")
    if len({t["chat_type"] for t in turns}) != 1:
        bad(f"{w}: turns switch chat type")
    if set(ex) != {"intent", "slots", "figures", "reply", "lang"}:
        bad(f"{w}: expect keys {sorted(ex)}")
        continue
    if ex["intent"] not in INTENTS:
        bad(f"{w}: intent {ex['intent']}")
    intents_seen[ex["intent"]] = intents_seen.get(ex["intent"], 0) + 1
    for k, v in ex["slots"].items():
        if k not in SLOTS or v not in SLOTS[k]:
            bad(f"{w}: slot {k}={v}")
    if "province" in ex["slots"]:
        covered.add(ex["slots"]["province"])
    figs = ex["figures"]
    if not isinstance(figs, list) or any(not isinstance(x, int) or isinstance(x, bool) or x <= 0 for x in figs):
        bad(f"{w}: figures must be positive ints (0 cells go in the note)")
    if len(set(figs)) != len(figs):
        bad(f"{w}: duplicate figures")
    if ex["reply"] not in ("answer", "clarify", "silent"):
        bad(f"{w}: reply {ex['reply']}")
    if ex["lang"] not in ("th", "en"):
        bad(f"{w}: lang {ex['lang']}")
    # figures re-derived from the spec trace in the note
    m = re.search(r"\[figures: (.*?)(?: \| zero cells:|\]$)", r["note"])
    want = []
    if m:
        for s in m.group(1).split(";"):
            v = val(s)
            if v not in want:
                want.append(v)
    if want != figs:
        bad(f"{w}: figures {figs} != re-derived {want}")
    z = re.search(r"zero cells: (.*?)\]$", r["note"])
    if z and any(val(s) != 0 for s in z.group(1).split(";")):
        bad(f"{w}: a zero cell is not 0")
    # category rules
    last = turns[-1]
    if cat == "followup":
        if not 2 <= len(turns) <= 3:
            bad(f"{w}: followup with {len(turns)} turns")
    elif len(turns) != 1:
        bad(f"{w}: {cat} with {len(turns)} turns")
    if cat == "clarify" and (ex["reply"] != "clarify" or figs):
        bad(f"{w}: clarify must ask back with no figures")
    if ex["reply"] == "clarify" and figs:
        bad(f"{w}: clarify reply with figures")
    if cat == "silent":
        if ex["reply"] != "silent" or figs:
            bad(f"{w}: silent must be silent with no figures")
        if any(t["chat_type"] != "group" or t["reply_to_bot"] or BOT.search(t["text"]) for t in turns):
            bad(f"{w}: silent case is private, a reply to the bot, or mentions the bot")
    elif ex["reply"] == "silent":
        bad(f"{w}: silent reply outside the silent category")
    if cat == "english" and ex["lang"] != "en":
        bad(f"{w}: english case not lang en")
    if ex["lang"] == "en" and not re.search(r"[A-Za-z]{2}", last["text"]):
        bad(f"{w}: lang en but the message is not English")
    if ex["lang"] == "th" and cat != "silent" and not re.search(r"[\u0e00-\u0e7f]", last["text"]):
        bad(f"{w}: lang th but no Thai in the message")
    if cat == "district" and "province" not in ex["slots"]:
        bad(f"{w}: district case without a province slot")
    if cat == "region" and ("province" in ex["slots"] or not figs):
        bad(f"{w}: region case with a province slot or no figures")
    if cat == "comparison" and not figs:
        bad(f"{w}: comparison without figures")
    if ex["reply"] == "answer" and ex["intent"] == "trainer_count" and not figs and "zero cells" not in r["note"]:
        bad(f"{w}: count answer with no figures and no zero cell noted")
    if last["chat_type"] == "group" and ex["reply"] != "silent":
        addressed = last["reply_to_bot"] or BOT.search(last["text"])
        if not addressed and not re.search(r"(กี่|ไหม|มั้ย|อะไร|เท่าไ|\?)", last["text"]):
            bad(f"{w}: unaddressed group message expected to be answered but is not a question")

missing = [p for p in PROV if p not in covered]
if missing:
    bad(f"provinces never in a province slot: {missing}")

# ------------------------------------------------------------ chatter.txt
chat = [l.rstrip("\n") for l in open(os.path.join(HERE, "chatter.txt"), encoding="utf-8")]
if len(chat) != 300:
    bad(f"chatter.txt has {len(chat)} lines, not 300")
if len(set(chat)) != len(chat) or any(not l.strip() for l in chat):
    bad("chatter.txt: duplicate or empty lines")
for l in chat:
    if BOT.search(l):
        bad(f"chatter addresses the bot: {l!r}")
hand = [l.rstrip("\n") for l in open(os.path.join(HERE, "chatter_hand.txt"), encoding="utf-8")
        if l.strip() and not l.startswith("#")]
if sum(1 for l in chat if l in set(hand)) < 150:
    bad("fewer than 150 hand-written chatter lines")

if problems:
    for p in problems:
        print("FAIL:", p)
    sys.exit(1)
print(f"ok: {len(recs)} cases {counts}; intents {dict(sorted(intents_seen.items()))}; "
      f"{len(covered)}/77 provinces in slots; chatter {len(chat)} lines")
sys.exit(0)
