#!/usr/bin/env python3
"""Re-check messages.jsonl against the schema and figures.json (independently of
gen.py), and chatter.txt.  Exit 0 when everything holds."""
import json, re, sys, pathlib

HERE = pathlib.Path(__file__).parent
F = json.loads((HERE / "figures.json").read_text(encoding="utf-8"))
COLS = ["DOPA", "DLA", "HSS", "CDD", "DOP"]
CATS = {"ordinary", "followup", "english", "clarify", "district", "region", "comparison", "silent"}
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "trainer_register",
           "trainer_update", "trainer_remove", "agency_duties", "agency_list", "mou_info", "center_info",
           "glossary", "contact", "stats", "unknown"}
AGENCIES = {"ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"}
MENTION = re.compile(r"@civicbot|civicbot|บอท", re.I)
errors = []


def err(msg):
    errors.append(msg)


# ---- figures.json internal consistency ----
provs = F["provinces"]
if len(provs) != 77 or len(set(provs)) != 77:
    err("figures.json: province list is not 77 unique names")
for key in ("core", "extended"):
    t = F[key]
    if set(t) != set(provs):
        err(f"figures.json {key}: rows are not the 77 provinces")
    for p, r in t.items():
        if r["total"] != sum(r[c] for c in COLS):
            err(f"figures.json {key} {p}: row total")
    printed = F[key + "_meta"]["printed_column_totals"]
    for c in COLS:
        s = sum(t[p][c] for p in provs)
        if s != printed[c] or s != F["national"][key][c]:
            err(f"figures.json {key} {c}: sum {s} vs printed {printed[c]}")
    if sum(printed.values()) != F[key + "_meta"]["printed_people"]:
        err(f"figures.json {key}: printed column totals do not add up to the printed head count")
if F["national"]["core"]["total"] != F["core_meta"]["printed_people"]:
    err("core grand total")
if F["national"]["extended"]["total"] != F["extended_meta"]["printed_people"]:
    err("extended grand total")

TT = {"core": "core", "ext": "extended"}


def val(t, p, c):
    tab = TT[t]
    return F["national"][tab][c] if p == "ALL" else F[tab][p][c]


def resolve(spec):
    a = spec.split(":")
    if a[0] in TT:
        return val(a[0], a[1], a[2])
    if a[0] == "ce":
        return val("core", a[1], a[2]) + val("ext", a[1], a[2])
    if a[0] == "region":
        provs_r = F["regions"][a[1]]["provinces"]
        tab = TT[a[2]]
        if a[3] == "provinces_with":
            return sum(1 for p in provs_r if F[tab][p]["total"] > 0)
        return sum(F[tab][p][a[3]] for p in provs_r)
    if a[0] == "cov":
        tab = TT[a[1]]
        return sum(1 for p in provs if F[tab][p][a[2]] > 0)
    if a[0] == "diff":
        return abs(val(a[1], a[2], a[4]) - val(a[1], a[3], a[4]))
    if a[0] == "fact":
        return F["facts"][a[1]]
    raise KeyError(spec)


# ---- messages.jsonl ----
lines = (HERE / "messages.jsonl").read_text(encoding="utf-8").splitlines()
counts, uids, texts = {}, set(), set()
for n, line in enumerate(lines, 1):
    where = f"messages.jsonl:{n}"
    try:
        c = json.loads(line)
    except json.JSONDecodeError as e:
        err(f"{where}: not JSON ({e})"); continue
    if list(c) != ["id", "category", "turns", "expect", "note"]:
        err(f"{where}: top-level keys {list(c)}"); continue
    if c["id"] != f"b19-{n:04d}":
        err(f"{where}: id {c['id']}")
    cat = c["category"]
    if cat not in CATS:
        err(f"{where}: category {cat}")
    counts[cat] = counts.get(cat, 0) + 1
    turns = c["turns"]
    if not isinstance(turns, list) or not turns:
        err(f"{where}: turns"); continue
    if cat == "followup" and not 2 <= len(turns) <= 3:
        err(f"{where}: followup needs 2-3 turns")
    for t in turns:
        if list(t) != ["text", "chat_type", "user_id", "reply_to_bot"]:
            err(f"{where}: turn keys {list(t)}")
        if not isinstance(t["text"], str) or not t["text"].strip():
            err(f"{where}: empty text")
        if t["chat_type"] not in ("private", "group"):
            err(f"{where}: chat_type")
        if t["user_id"] != 1900000 + n or isinstance(t["user_id"], bool):
            err(f"{where}: user_id {t['user_id']}")
        if not isinstance(t["reply_to_bot"], bool):
            err(f"{where}: reply_to_bot")
    if len({t["chat_type"] for t in turns}) != 1:
        err(f"{where}: turns change chat type")
    uids.add(turns[0]["user_id"])
    key = tuple(t["text"] for t in turns)
    if key in texts:
        err(f"{where}: duplicate case")
    texts.add(key)
    e = c["expect"]
    if list(e) != ["intent", "slots", "figures", "reply", "lang"]:
        err(f"{where}: expect keys {list(e)}"); continue
    if e["intent"] not in INTENTS:
        err(f"{where}: intent {e['intent']}")
    for k, v in e["slots"].items():
        ok = (k == "province" and v in provs) or (k == "agency" and v in AGENCIES) or \
             (k == "trainer_type" and v in ("core", "extended"))
        if not ok:
            err(f"{where}: slot {k}={v}")
    if e["reply"] not in ("answer", "clarify", "silent"):
        err(f"{where}: reply {e['reply']}")
    if e["lang"] not in ("th", "en"):
        err(f"{where}: lang")
    if cat == "english" and e["lang"] != "en":
        err(f"{where}: english case must expect en")
    if cat == "clarify" and e["reply"] != "clarify":
        err(f"{where}: clarify category")
    if (cat == "silent") != (e["reply"] == "silent"):
        err(f"{where}: silent iff category silent")
    last = turns[-1]
    addressed = last["chat_type"] == "private" or last["reply_to_bot"] or bool(MENTION.search(last["text"]))
    if e["reply"] == "silent" and addressed:
        err(f"{where}: silent expected but the last turn is addressed to the bot")
    if e["reply"] != "silent" and not addressed:
        err(f"{where}: an answer/clarify expected but the last group turn is not addressed")
    figs = e["figures"]
    if not isinstance(figs, list) or any(not isinstance(x, int) or isinstance(x, bool) or x <= 0 for x in figs):
        err(f"{where}: figures must be positive integers: {figs}")
    if e["reply"] != "answer" and figs:
        err(f"{where}: figures on a non-answer")
    m = re.search(r"\[figures: (.*)\]$", c["note"])
    if not m:
        err(f"{where}: note lacks [figures: ...]"); continue
    specs = [] if m.group(1) == "-" else [s.strip() for s in m.group(1).split(",")]
    want = []
    for s in specs:
        try:
            if s.startswith("Z:"):
                if resolve(s[2:]) != 0:
                    err(f"{where}: zero spec {s} is not zero")
                continue
            v = resolve(s)
        except (KeyError, IndexError) as ex:
            err(f"{where}: bad spec {s} ({ex})"); continue
        if v == 0:
            err(f"{where}: spec {s} resolves to 0")
        if v not in want:
            want.append(v)
    if want != figs:
        err(f"{where}: figures {figs} != specs {want}")
if len(lines) < 400:
    err(f"only {len(lines)} cases")
if len(uids) != len(lines):
    err("user ids are not unique per case")

# ---- chatter.txt ----
ch = (HERE / "chatter.txt").read_text(encoding="utf-8").splitlines()
if len(ch) != 300 or len(set(ch)) != 300 or any(not l.strip() for l in ch):
    err(f"chatter.txt: {len(ch)} lines, {len(set(ch))} unique")
for l in ch:
    if MENTION.search(l):
        err(f"chatter.txt mentions the bot: {l}")

if errors:
    print("\n".join(errors[:50]))
    print(f"FAIL: {len(errors)} problem(s)")
    sys.exit(1)
print(f"OK: {len(lines)} cases {dict(sorted(counts.items()))}; chatter {len(ch)} lines")
