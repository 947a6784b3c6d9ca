#!/usr/bin/env python3
"""Independent checks for blind set b15: own re-parse of the registers, recomputed figures, schema, counts."""
import json, re, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"
ERR = []
def err(m): ERR.append(m)
# --- own parser: scan line by line, state machine on titles ---
AG = ["DOPA", "DLA", "HSS", "CDD", "DOP"]
FIX = {"อุตรธานี": "อุดรธานี"}
tab = {"core": {}, "extended": {}}; pub = {}
cur = None
for line in open(SEED, encoding="utf-8"):
    s = line.rstrip("\n")
    if "ทะเบียนประวัติวิทยากรหลัก" in s: cur = "core"; continue
    if "ทะเบียนประวัติวิทยากรขยายผล" in s: cur = "extended"; continue
    if not cur: continue
    m = re.match(r"^(\d+)\t([^\t]+)((?:\t[^\t]*)*)$", s)
    if m:
        name = FIX.get(m.group(2).strip(), m.group(2).strip())
        cells = m.group(3).split("\t")[1:]
        cells = (cells + [""] * 5)[:5]
        nums = [0 if c.strip() in ("", "-") else int(c) for c in cells]
        if name in tab[cur]: err(f"dup {name}")
        tab[cur][name] = dict(zip(AG, nums))
    elif s.strip().startswith("รวมจำนวน") or "\tรวมจำนวน" in s:
        pub[cur] = [int(x) for x in re.findall(r"\d+", s)]
for k in tab:
    for i, a in enumerate(AG):
        if sum(r[a] for r in tab[k].values()) != pub[k][i]: err(f"{k} {a} sum mismatch")
if len(tab["extended"]) != 77 or len(tab["core"]) != 32: err("row counts")
def v(k, p, a=None):
    r = tab[k].get(p)
    return 0 if r is None else (r[a] if a else sum(r.values()))
F = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
REG = F["regions"]
sizes = {"north": 9, "northeast": 20, "central": 22, "east": 7, "west": 5, "south": 14}
allp = [p for ps in REG.values() for p in ps]
if sorted(allp) != sorted(tab["extended"]) or {r: len(p) for r, p in REG.items()} != sizes: err("regions do not split the 77 provinces")
for k in tab:
    for p, row in tab[k].items():
        if F["tables"][k]["provinces"][p] != {**row, "total": sum(row.values())}: err(f"figures.json differs {k} {p}")
# --- cases ---
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "trainer_register", "trainer_update", "trainer_remove", "agency_duties", "agency_list", "mou_info", "center_info", "glossary", "contact", "stats", "unknown"}
COUNTS = {"ordinary": 170, "followup": 70, "english": 40, "clarify": 40, "district": 25, "region": 15, "comparison": 15, "silent": 25}
import lexicon
cases = [json.loads(l) for l in open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8")]
if len(cases) != 400: err("not 400 lines")
cnt = {}
lasts = set()
def addressed(t):
    x = t["text"].strip()
    return t["reply_to_bot"] or x.startswith("@CivicBot") or x.endswith("@CivicBot") or any(x.startswith(c) for c in ("บอทคะ", "น้องบอท", "CivicBot"))
for i, c in enumerate(cases, 1):
    cid = c["id"]; e = c["expect"]
    if cid != f"b15-{i:04d}": err(f"id {cid}")
    cnt[c["category"]] = cnt.get(c["category"], 0) + 1
    if set(c) != {"id", "category", "turns", "expect", "note"}: err(f"{cid} keys")
    if e["intent"] not in INTENTS: err(f"{cid} intent")
    for a in e.get("intent_alt", []):
        if a not in INTENTS: err(f"{cid} alt")
    if e["reply"] not in ("answer", "clarify", "silent") or e["lang"] not in ("th", "en"): err(f"{cid} reply/lang")
    sl = e["slots"]
    if set(sl) - {"province", "agency", "trainer_type"}: err(f"{cid} slot names")
    if "province" in sl and sl["province"] not in tab["extended"]: err(f"{cid} province {sl['province']}")
    if "agency" in sl and sl["agency"] not in ("ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"): err(f"{cid} agency")
    if "trainer_type" in sl and sl["trainer_type"] not in ("core", "extended"): err(f"{cid} type")
    if not all(isinstance(x, int) and x > 0 for x in e["figures"]): err(f"{cid} zero/non-int figure")
    if "specs:" not in c["note"] or not re.search(r"\[[^\]]+\]$", c["note"]): err(f"{cid} note format")
    tu = c["turns"]
    if not (1 <= len(tu) <= 4) or len({(t["user_id"], t["chat_type"]) for t in tu}) != 1: err(f"{cid} turns")
    if c["category"] == "followup" and not 2 <= len(tu) <= 4: err(f"{cid} followup turns")
    last = tu[-1]
    if last["text"] in lasts: err(f"{cid} duplicate text")
    lasts.add(last["text"])
    if e["reply"] == "silent":
        if last["chat_type"] != "group" or addressed(last) or "บอท" in last["text"] or "civicbot" in last["text"].lower(): err(f"{cid} silent addressed")
        if e["intent"] != "unknown" or e["figures"]: err(f"{cid} silent expect")
    elif last["chat_type"] == "group" and not addressed(last): err(f"{cid} group answer not addressed")
    if e["reply"] == "clarify" and e["figures"]: err(f"{cid} clarify with figures")
    # recompute figures
    cat = c["category"]
    if e["intent"] == "trainer_count" and e["reply"] == "answer" and cat != "region":
        p, t, a = sl.get("province"), sl.get("trainer_type"), sl.get("agency")
        if p: exp = [x for x in (v(k, p, a) for k in ([t] if t else ["core", "extended"])) if x]
        else: exp = [sum(v(t, q, a) for q in tab[t])]
        if exp != e["figures"]: err(f"{cid} figures {e['figures']} != {exp}")
    if cat == "region":
        r = re.search(r"regional total (\w+)", c["note"]).group(1)
        t, a = sl.get("trainer_type"), sl.get("agency")
        exp = [x for x in (sum(v(k, p, a) for p in REG[r]) for k in ([t] if t else ["core", "extended"])) if x]
        if exp != e["figures"] or e.get("intent_alt") != ["trainer_coverage"] or "province" in sl: err(f"{cid} region {exp}")
    if cat == "comparison":
        sp = c["note"].split("specs:")[1]
        if "province" in sl:
            got = [v(sl["trainer_type"], sl["province"], a) for a in re.findall(r"\b(DOPA|DLA|HSS|CDD|DOP)=", sp)]
        else:
            got = [v(k, p) for p, k in re.findall(r"(\S+) (core|extended)=", sp)]
        if got != e["figures"] or len(got) != 2: err(f"{cid} comparison {got}")
    if "ranking" in c["note"]:
        t, a = sl["trainer_type"], sl.get("agency")
        vals = sorted((v(t, p, a) for p in tab[t] if True), reverse=True) if tab[t] else []
        vals = sorted((v(t, p, a) for p in tab["extended"]), reverse=True)
        if [vals[0]] != e["figures"] or vals[0] == vals[1] or e.get("intent_alt") != ["trainer_count"]: err(f"{cid} ranking")
    if cat == "district":
        d = re.search(r"district (\S+) ->", c["note"]).group(1)
        if lexicon.DISTRICTS.get(d) != sl.get("province") or d not in last["text"]: err(f"{cid} district")
if cnt != COUNTS: err(f"category counts {cnt}")
sil = [c for c in cases if c["category"] == "silent"]
if sum(len(c["turns"]) == 1 for c in sil) != 20 or sum(len(c["turns"]) == 2 for c in sil) != 5: err("silent split")
for d, p in lexicon.DISTRICTS.items():
    if p not in tab["extended"]: err(f"lexicon district {d} -> {p}")
for p in lexicon.PROVINCE_ALIASES: 
    if p not in tab["extended"]: err(f"lexicon alias key {p}")
if len(lexicon.DISTRICTS) < 50: err("fewer than 50 districts")
# chatter
ch = open(os.path.join(HERE, "chatter.txt"), encoding="utf-8").read().splitlines()
alltexts = {t["text"] for c in cases for t in c["turns"]}
if len(ch) != 300 or len(set(ch)) != 300: err("chatter count/unique")
for l in ch:
    if "บอท" in l or "civicbot" in l.lower() or l in alltexts or not l.strip(): err(f"chatter line bad: {l}")
if ERR:
    print("validate.py: FAIL"); [print(" -", x) for x in ERR[:50]]; sys.exit(1)
print("validate.py: OK", cnt)
