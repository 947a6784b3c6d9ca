#!/usr/bin/env python3
"""Independent checks of the b13 blind set. Standard library only. Exit 1 on any failure.

* re-parses both registers straight from the seed (own parser, not figures.py) and compares
  every cell, total and region sum with figures.json;
* runs figures.py on broken copies of the seed and expects exit 1;
* re-derives every expected figure of messages.jsonl from its own tables;
* schema, ids, categories, intents/slots vocabulary, group etiquette, duplicates;
* chatter.txt: 300 unique, unaddressed lines, disjoint from the case texts.
"""
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = Path("/work/shared/seed/000_ec2607a1cce9557b.txt")
ERR = []


def err(msg):
    ERR.append(msg)


TH = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "trainer_register",
           "trainer_update", "trainer_remove", "agency_duties", "agency_list", "mou_info", "center_info",
           "glossary", "contact", "stats", "unknown"}
AGENCIES = {"ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"}
CATS = {"ordinary": 170, "followup": 70, "english": 40, "clarify": 40, "district": 25, "region": 15,
        "comparison": 15, "silent": 25}
COLS = ["DOPA", "DLA", "HSS", "CDD", "DOP"]   # column order printed in both registers
MY_REPAIRS = {"อุตรธานี": "อุดรธานี"}

# ------------------------------------------------------------------ independent register parse
text = SEED.read_text(encoding="utf-8")
ci = text.index("ทะเบียนประวัติวิทยากรหลัก")
ei = text.index("ทะเบียนประวัติวิทยากรขยายผล")
MINE = {}
for kind, chunk in (("core", text[ci:ei]), ("extended", text[ei:])):
    pub = int(re.search(r"จำนวน ([\d,]+) คน", chunk).group(1).replace(",", ""))
    rows = {}
    for ln in chunk.splitlines():
        m = re.match(r"^(\d+)\t(\S+)\t?(.*)$", ln)
        if not m:
            continue
        name = MY_REPAIRS.get(m.group(2), m.group(2))
        cells = (m.group(3).split("\t") + [""] * 5)[:5]
        nums = [0 if c.strip() in ("", "-") else int(c) for c in cells]
        if name in rows:
            err(f"{kind}: duplicate {name}")
        rows[name] = dict(zip(COLS, nums))
    tot = re.search(r"รวมจำนวน\t+([\d\t]+)", chunk).group(1).split("\t")
    tot = [int(x) for x in tot if x.strip()]
    for j, a in enumerate(COLS):
        if sum(r[a] for r in rows.values()) != tot[j]:
            err(f"{kind}: my column {a} sum != published {tot[j]}")
    if sum(tot) != pub or sum(sum(r.values()) for r in rows.values()) != pub:
        err(f"{kind}: my grand total != {pub}")
    MINE[kind] = rows
PROVINCES = set(MINE["extended"])        # the extended register lists every province once
if len(PROVINCES) != 77:
    err(f"extended register has {len(PROVINCES)} distinct provinces, expected 77")
if not set(MINE["core"]) <= PROVINCES:
    err("core register has a province outside the 77")

F = json.loads((HERE / "figures.json").read_text(encoding="utf-8"))
for kind in ("core", "extended"):
    fr = F["registers"][kind]["provinces"]
    if set(fr) != set(MINE[kind]):
        err(f"figures.json {kind} provinces differ from my parse")
    for p, r in MINE[kind].items():
        if p in fr and fr[p]["by_agency"] != r:
            err(f"figures.json {kind}/{p} {fr[p]['by_agency']} != mine {r}")
        if p in fr and fr[p]["total"] != sum(r.values()):
            err(f"figures.json {kind}/{p} total wrong")
if set(F["provinces"]) != PROVINCES:
    err("figures.json province list != provinces of the extended register")
REGIONS = {k: v["provinces"] for k, v in F["regions"].items()}
allr = [p for v in REGIONS.values() for p in v]
if len(allr) != 77 or set(allr) != PROVINCES:
    err("regions do not partition the 77 provinces")
if [len(REGIONS[k]) for k in ("north", "northeast", "central", "east", "west", "south")] != [9, 20, 22, 7, 5, 14]:
    err("region sizes are not the official 9/20/22/7/5/14")
for kind in ("core", "extended"):
    for rk, ps in REGIONS.items():
        mine = sum(sum(MINE[kind].get(p, {}).values()) for p in ps)
        if F["registers"][kind]["by_region"][rk]["total"] != mine:
            err(f"region {kind}/{rk} total mismatch")


def V(t, p=None, a=None):
    if p is None:
        return sum((r[a] if a else sum(r.values())) for r in MINE[t].values())
    r = MINE[t].get(p)
    if r is None:
        return 0
    return r[a] if a else sum(r.values())


def RV(t, rk, a=None):
    return sum(V(t, p, a) for p in REGIONS[rk])


def nz(*xs):
    out = []
    for x in xs:
        if x and x not in out:
            out.append(x)
    return out

# document facts, own regexes
DOCF = {
    "term": int(re.search(r"ระยะเวลาความร่วมมือ\s*\(\s*([๐-๙]+)\s*ปี", text).group(1).translate(TH)),
    "notice": int(re.search(r"ไม่น้อยกว่า\s*([๐-๙]+)\s*\(สามสิบ\)", text).group(1).translate(TH)),
    "est": int(re.search(r"ตั้งแต่ปี พ\.ศ\.\s*([๐-๙]+)", text).group(1).translate(TH)),
    "ext": int(re.search(r"ต่อ\s*([๐-๙]+)", text).group(1).translate(TH)),
}
sec = re.split(r"\nความร่วมมือของ", text)
DUTYN = {}
for s in sec[1:]:
    head = s.split("\n", 1)[0].strip()
    body = re.split(r"\n(?:ทุกฝ่ายได้พิจารณา|[๐-๙]\.\s*ระยะเวลา)", s)[0]
    DUTYN.setdefault(head, len(re.findall(r"\n\s*[๐-๙]+\.", body)))
DUTY_BY = {"DOPA": DUTYN.get("กรมการปกครอง"), "DOP": DUTYN.get("กรมกิจการผู้สูงอายุ"),
           "DLA": DUTYN.get("กรมส่งเสริมการปกครองท้องถิ่น"), "HSS": DUTYN.get("กรมสนับสนุนบริการสุขภาพ"),
           "CDD": DUTYN.get("กรมการพัฒนาชุมชน"), "ECT": DUTYN.get("สำนักงานคณะกรรมการการเลือกตั้ง")}

# ------------------------------------------------------------------ figures.py must fail on broken seeds
def broken_runs():
    muts = {
        "unknown province": lambda s: s.replace("\tอุตรธานี\t", "\tอุดรธานีใหม่\t"),
        "duplicate province": lambda s: s.replace("63\tสระแก้ว\t", "63\tสระบุรี\t"),
        "column sum": lambda s: s.replace("77\tอุบลราชธานี\t22", "77\tอุบลราชธานี\t21"),
        "core published total": lambda s: s.replace("รวมจำนวน\t\t35", "รวมจำนวน\t\t36"),
    }
    with tempfile.TemporaryDirectory() as td:
        for name, fn in muts.items():
            s2 = fn(text)
            if s2 == text:
                err(f"mutation '{name}' did not apply")
                continue
            p = Path(td) / "seed.txt"
            p.write_text(s2, encoding="utf-8")
            r = subprocess.run([sys.executable, str(HERE / "figures.py"), str(p), str(Path(td) / "out.json")],
                               capture_output=True, text=True)
            if r.returncode != 1:
                err(f"figures.py exit {r.returncode} on broken seed ({name}), expected 1")
        r = subprocess.run([sys.executable, str(HERE / "figures.py"), str(SEED), str(Path(td) / "ok.json")],
                           capture_output=True, text=True)
        if r.returncode != 0:
            err("figures.py fails on the real seed")
        elif json.loads((Path(td) / "ok.json").read_text()) != F:
            err("figures.json is stale (differs from a fresh figures.py run)")
broken_runs()

# ------------------------------------------------------------------ cases
cases = [json.loads(l) for l in (HERE / "messages.jsonl").read_text(encoding="utf-8").splitlines()]
if len(cases) != 400:
    err(f"{len(cases)} cases, expected 400")
ids = [c["id"] for c in cases]
if ids != [f"b13-{i:04d}" for i in range(1, len(cases) + 1)]:
    err("ids are not b13-0001.. in order / unique")
cc = Counter(c["category"] for c in cases)
if dict(cc) != CATS:
    err(f"category counts {dict(cc)} != {CATS}")

ADDR = re.compile(r"(^\s*@civicbot\b|@civicbot\s*$|^(น้อง)?บอท|^(hey\s+)?civicbot\b)", re.I)
NAMECALL = re.compile(r"(^|\s)(@civicbot|civicbot|บอท)", re.I)
last_texts, convs = Counter(), Counter()
for c in cases:
    cid = c["id"]
    keys = set(c)
    if keys != {"id", "category", "turns", "expect", "note"}:
        err(f"{cid}: keys {keys}")
    e = c["expect"]
    if not set(e) <= {"intent", "slots", "figures", "reply", "lang", "intent_alt"} or not {"intent", "slots", "figures", "reply", "lang"} <= set(e):
        err(f"{cid}: expect keys {set(e)}")
    if "specs:" not in c["note"]:
        err(f"{cid}: note without specs:")
    turns = c["turns"]
    if not turns:
        err(f"{cid}: no turns")
        continue
    for t in turns:
        if set(t) != {"text", "chat_type", "user_id", "reply_to_bot"}:
            err(f"{cid}: turn keys {set(t)}")
        if t["chat_type"] not in ("private", "group") or not isinstance(t["user_id"], int) or not isinstance(t["reply_to_bot"], bool):
            err(f"{cid}: bad turn types")
        if not t["text"].strip() or t["text"].lstrip().startswith("/"):
            err(f"{cid}: empty text or command")
    if len({t["user_id"] for t in turns}) != 1 or len({t["chat_type"] for t in turns}) != 1:
        err(f"{cid}: turns mix users or chats")
    n = len(turns)
    if c["category"] == "followup" and not 2 <= n <= 4:
        err(f"{cid}: followup with {n} turns")
    if c["category"] not in ("followup", "silent") and n != 1:
        err(f"{cid}: {n} turns")
    if e["intent"] not in INTENTS or e["intent"] == "stats":
        err(f"{cid}: intent {e['intent']}")
    for a in e.get("intent_alt", []):
        if a not in INTENTS or a == "stats":
            err(f"{cid}: alt {a}")
    if e["reply"] not in ("answer", "clarify", "silent") or e["lang"] not in ("th", "en"):
        err(f"{cid}: reply/lang")
    s = e["slots"]
    if not set(s) <= {"province", "agency", "trainer_type"}:
        err(f"{cid}: slot names {set(s)}")
    if "province" in s and s["province"] not in PROVINCES:
        err(f"{cid}: province {s['province']}")
    if "agency" in s and s["agency"] not in AGENCIES:
        err(f"{cid}: agency {s['agency']}")
    if "trainer_type" in s and s["trainer_type"] not in ("core", "extended"):
        err(f"{cid}: trainer_type")
    figs = e["figures"]
    if any((not isinstance(x, int)) or x <= 0 for x in figs):
        err(f"{cid}: figure 0 / non-int {figs}")
    last = turns[-1]
    if e["reply"] in ("silent", "clarify") and figs:
        err(f"{cid}: {e['reply']} with figures")
    if e["reply"] == "silent":
        if c["category"] != "silent" or last["chat_type"] != "group" or last["reply_to_bot"] or NAMECALL.search(last["text"]):
            err(f"{cid}: silent case is addressed or not in a group")
    elif last["chat_type"] == "group" and not (last["reply_to_bot"] or ADDR.search(last["text"].strip())):
        err(f"{cid}: group question not addressed to the bot")
    if e["lang"] == "en":
        txt = last["text"]
        lat = sum(ch.isascii() and ch.isalpha() for ch in txt)
        thai = sum("\u0e00" <= ch <= "\u0e7f" for ch in txt)
        if lat <= 2 * thai:
            err(f"{cid}: english case is not mostly Latin")
    last_texts[last["text"]] += 1
    convs[tuple(t["text"] for t in turns)] += 1

    # ---- recompute expected figures independently
    note = c["note"]
    it = e["intent"]
    exp = None
    if e["reply"] != "answer":
        exp = []
    elif it == "trainer_count" and c["category"] == "comparison":
        m = re.match(r"comparison/(\S+) vs (\S+?)(?: in (\S+))?;", note)
        if "core vs extended" in note:
            p = s["province"]
            exp = nz(V("core", p), V("extended", p))
        elif m and m.group(3):
            exp = nz(V(s["trainer_type"], m.group(3), m.group(1)), V(s["trainer_type"], m.group(3), m.group(2)))
        elif m:
            exp = nz(V(s["trainer_type"], m.group(1)), V(s["trainer_type"], m.group(2)))
    elif c["category"] == "region":
        t = s["trainer_type"]
        m = re.match(r"region/(\w+) (total|[A-Z]+);", note)
        if m:
            exp = nz(RV(t, m.group(1), None if m.group(2) == "total" else m.group(2)))
        elif note.startswith("region/ranking"):
            exp = [max(RV(t, rk) for rk in REGIONS)]
        elif note.startswith("region/coverage"):
            rk = re.search(r"region (\w+) provinces", note).group(1)
            exp = [sum(1 for p in REGIONS[rk] if V(t, p) > 0)]
    elif it == "trainer_count" and "province" in s:
        p = s["province"]
        if "trainer_type" in s:
            exp = nz(V(s["trainer_type"], p, s.get("agency")))
        else:
            exp = nz(V("core", p), V("extended", p))
    elif it == "trainer_count":
        exp = [V(s["trainer_type"], None, s.get("agency"))]
    elif it == "trainer_coverage":
        t = s["trainer_type"]
        a = s.get("agency")
        cells = {p: V(t, p, a) for p in MINE[t]}
        if "ranking agencies" in note:
            exp = [max(V(t, None, x) for x in COLS)]
        elif "top5" in note:
            exp = nz(*sorted(cells.values(), reverse=True)[:5])
        elif "lowest" in note:
            exp = [min(v for v in cells.values() if v > 0)]
        elif "coverage gap" in note and "77" in note:
            exp = [77 - sum(1 for v in cells.values() if v > 0)]
        elif "coverage gap" in note:
            exp = []
        elif "coverage" in note:
            exp = [sum(1 for v in cells.values() if v > 0)]
        else:
            exp = [max(cells.values())]
    elif it == "agency_duties":
        exp = [DUTY_BY[s["agency"]]] if "number of duty items" in note else []
    elif it in ("mou_info", "contact", "center_info", "agency_list"):
        exp = []
        if "notice" in note:
            exp = [DOCF["notice"]]
        elif "term" in note:
            exp = [DOCF["term"]]
        elif "founding year" in note:
            exp = [DOCF["est"]]
        elif "document.contact_ext" in note and figs:
            exp = [DOCF["ext"]]
        elif it == "agency_list" and "register columns" in note:
            exp = [len(COLS)]
        elif it == "agency_list" and "non-ECT parties" in note:
            exp = [sum(1 for k, v in DUTY_BY.items() if k != "ECT" and v)]
    else:
        exp = []
    if exp is None:
        err(f"{cid}: cannot recompute figures ({note})")
    elif exp != figs:
        err(f"{cid}: figures {figs} but independently {exp} ({note})")

for t, k in last_texts.items():
    if k > 1:
        err(f"duplicate last-turn text: {t}")
for t, k in convs.items():
    if k > 1:
        err(f"duplicate conversation: {t}")

# ------------------------------------------------------------------ chatter
ch = (HERE / "chatter.txt").read_text(encoding="utf-8").splitlines()
if len(ch) != 300 or len(set(ch)) != 300:
    err(f"chatter.txt: {len(ch)} lines, {len(set(ch))} unique")
alltexts = {t["text"] for c in cases for t in c["turns"]}
for l in ch:
    if not l.strip() or NAMECALL.search(l) or l.lstrip().startswith("/"):
        err(f"chatter line addresses the bot / empty: {l}")
    if l in alltexts:
        err(f"chatter line also a case text: {l}")

# ------------------------------------------------------------------ report
group = sum(1 for c in cases if c["turns"][-1]["chat_type"] == "group")
styles = Counter()
for c in cases:
    lt = c["turns"][-1]
    if lt["chat_type"] != "group":
        continue
    if c["expect"]["reply"] == "silent":
        styles["silent"] += 1
    elif lt["reply_to_bot"]:
        styles["reply_to_bot"] += 1
    elif re.search(r"^\s*@civicbot", lt["text"], re.I):
        styles["@mention start"] += 1
    elif re.search(r"@civicbot\s*$", lt["text"], re.I):
        styles["@mention end"] += 1
    else:
        styles["name call"] += 1
print("cases", len(cases), "| categories", dict(cc))
print("intents", dict(Counter(c["expect"]["intent"] for c in cases)))
print("replies", dict(Counter(c["expect"]["reply"] for c in cases)), "| lang", dict(Counter(c["expect"]["lang"] for c in cases)))
print("group (last turn)", group, dict(styles))
print("turns", dict(Counter(len(c["turns"]) for c in cases)))
print("cases with figures", sum(1 for c in cases if c["expect"]["figures"]))
print("chatter lines", len(ch))
if ERR:
    print(f"FAILED: {len(ERR)} problem(s)")
    for x in ERR[:60]:
        print("  -", x)
    sys.exit(1)
print("OK: all checks passed")
