#!/usr/bin/env python3
"""Independent check: re-parse the registers with its own parser, recompute figures, check schema and counts."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"
ERR = []
def err(m): ERR.append(m)

# --- own parser: row regex, sections split on the word วิทยากรหลัก/ขยายผล in title lines ---
text = open(SEED, encoding="utf-8").read()
i_core = text.index("ทะเบียนประวัติวิทยากรหลัก"); i_ext = text.index("ทะเบียนประวัติวิทยากรขยายผล")
ROW = re.compile(r"^(\d+)\t([^\t\d]+?)\t([^\n]*)$", re.M)
FIX = {"อุตรธานี": "อุดรธานี"}
COLS = ["DOPA", "DLA", "HSS", "CDD", "DOP"]
def parse(chunk):
    rows = {}
    for m in ROW.finditer(chunk):
        name = FIX.get(m.group(2).strip(), m.group(2).strip())
        cells = (m.group(3).split("\t") + [""] * 5)[:5]
        rows[name] = {c: (int(v) if v.strip().isdigit() else 0) for c, v in zip(COLS, cells)}
        for v in cells:
            if v.strip() not in ("", "-") and not v.strip().isdigit(): err(f"bad cell {v!r}")
    tot = re.search(r"รวมจำนวน\t+([\d\t]+)", chunk)
    pub = [int(x) for x in tot.group(1).split()] if tot else None
    return rows, pub
core, pub_c = parse(text[i_core:i_ext]); ext, pub_e = parse(text[i_ext:])
for rows, pub, n in ((core, pub_c, 158), (ext, pub_e, 1497)):
    s = [sum(r[c] for r in rows.values()) for c in COLS]
    if s != pub: err(f"column sums {s} != published {pub}")
    if sum(s) != n: err(f"grand total {sum(s)} != {n}")
if len(core) != 32 or len(ext) != 77: err(f"row counts {len(core)} {len(ext)}")
F = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
PROVS = set(F["provinces"])
if set(ext) != PROVS: err("extended provinces != figures.json provinces")
for t, rows in (("core", core), ("extended", ext)):
    for p in PROVS:
        for c in COLS:
            if F["registers"][t]["by_province"][p][c] != rows.get(p, {}).get(c, 0): err(f"figures.json mismatch {t} {p} {c}")
REGIONS = F["regions"]
if sorted(len(v) for v in REGIONS.values()) != sorted([9, 20, 22, 7, 5, 14]) or set(sum(REGIONS.values(), [])) != PROVS: err("regions")

def v(p, t, a=None):
    r = (core if t == "core" else ext).get(p)
    if not r: return 0
    return r[a] if a else sum(r.values())
def nz(xs): return [x for x in xs if x]

# --- cases ---
lines = open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8").read().splitlines()
if len(lines) != 400: err(f"{len(lines)} lines")
WANT = {"ordinary": 170, "followup": 70, "english": 40, "clarify": 40, "district": 25, "region": 15, "comparison": 15, "silent": 25}
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "trainer_register", "trainer_update", "trainer_remove",
           "agency_duties", "agency_list", "mou_info", "center_info", "glossary", "contact", "stats", "unknown"}
AG = {"ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"}
DOCFACTS = {3, 30, 2557, 2565, 2373, 5, 4, 1}
ADDR = ("@civicbot", "บอทคะ", "น้องบอท", "civicbot")
cats = Counter(); texts = Counter(); emph = 0
for n, l in enumerate(lines, 1):
    c = json.loads(l)
    if c["id"] != f"b14-{n:04d}": err(f"id {c['id']} at {n}")
    cats[c["category"]] += 1
    e = c["expect"]; tn = c["turns"]; last = tn[-1]; cid = c["id"]
    if set(c) != {"id", "category", "turns", "expect", "note"}: err(f"{cid} keys")
    if not set(e) <= {"intent", "slots", "figures", "reply", "lang", "intent_alt"}: err(f"{cid} expect keys")
    if e["intent"] not in INTENTS: err(f"{cid} intent")
    if e["reply"] not in ("answer", "clarify", "silent") or e["lang"] not in ("th", "en"): err(f"{cid} reply/lang")
    if not all(isinstance(x, int) for x in e["figures"]): err(f"{cid} figures type")
    s = e["slots"]
    if "province" in s and s["province"] not in PROVS: err(f"{cid} province")
    if "agency" in s and s["agency"] not in AG: err(f"{cid} agency")
    if "trainer_type" in s and s["trainer_type"] not in ("core", "extended"): err(f"{cid} type")
    if not set(s) <= {"province", "agency", "trainer_type"}: err(f"{cid} slot names")
    if len({(t["user_id"], t["chat_type"]) for t in tn}) != 1: err(f"{cid} turn identity")
    if "specs:" not in c["note"] or not re.search(r"\[[^\]]+\]\s*$", c["note"]): err(f"{cid} note format")
    if c["note"].startswith("emph:"): emph += 1
    texts[last["text"]] += 1
    addressed = last["reply_to_bot"] or any(a in last["text"].lower() for a in ADDR)
    if c["category"] == "silent":
        if e["reply"] != "silent" or e["intent"] != "unknown" or last["chat_type"] != "group" or addressed or e["figures"]: err(f"{cid} silent")
        if len(tn) not in (1, 2): err(f"{cid} silent turns")
        continue
    if last["chat_type"] == "group" and not addressed: err(f"{cid} group case not addressed")
    if c["category"] == "followup" and not 2 <= len(tn) <= 5: err(f"{cid} followup turns")
    if c["category"] == "clarify":
        if e["reply"] != "clarify" or e["figures"]: err(f"{cid} clarify")
        continue
    if e["reply"] != "answer": err(f"{cid} reply")
    note = c["note"]; t = s.get("trainer_type"); a = s.get("agency")
    ts = [t] if t else ["core", "extended"]
    if c["category"] == "region":
        r = re.search(r"regional total (\w+)", note).group(1)
        want = nz([sum(v(p, x, a) for p in REGIONS[r]) for x in ts])
        if "province" in s or e.get("intent_alt") != ["trainer_coverage"] or e["intent"] != "trainer_count": err(f"{cid} region slots")
    elif c["category"] == "comparison":
        ps = re.findall(r"(\S+) (core|extended)=", note)
        want = nz([v(p, x) for p, x in ps])
    elif e["intent"] == "trainer_count" and "province" in s:
        want = nz([v(s["province"], x, a) for x in ts])
    elif e["intent"] == "trainer_count":
        want = nz([sum(v(p, x, a) for p in PROVS) for x in ts])
    elif e["intent"] == "trainer_coverage" and "ranking" in note or "English ranking" in note:
        want = [max(v(p, t, a) for p in PROVS)]
        if e.get("intent_alt") != ["trainer_count"]: err(f"{cid} ranking alt")
    elif e["intent"] == "trainer_coverage":
        want = [sum(1 for p in PROVS if v(p, t) > 0)]
    else:
        want = e["figures"]
        if not set(want) <= DOCFACTS: err(f"{cid} doc fact {want}")
    if e["figures"] != want: err(f"{cid} figures {e['figures']} != recomputed {want}")
if dict(cats) != WANT: err(f"categories {dict(cats)}")
dup = [t for t, k in texts.items() if k > 1]
if dup: err(f"duplicate last-turn texts: {len(dup)} e.g. {dup[:3]}")
if emph < 134: err(f"only {emph} emphasis cases")
ch = open(os.path.join(HERE, "chatter.txt"), encoding="utf-8").read().splitlines()
alltexts = {t["text"] for l in lines for t in json.loads(l)["turns"]}
if len(ch) != 300 or len(set(ch)) != 300: err("chatter count/unique")
for x in ch:
    if any(a in x.lower() for a in ADDR) or x in alltexts: err(f"chatter line bad: {x}")
if ERR:
    print("validate.py: FAIL"); [print(" -", m) for m in ERR[:40]]; sys.exit(1)
print(f"validate.py: OK 400 cases {dict(cats)}; emphasis {emph}; chatter 300")
print("intents", dict(Counter(json.loads(l)["expect"]["intent"] for l in lines)))
print("replies", dict(Counter(json.loads(l)["expect"]["reply"] for l in lines)))
