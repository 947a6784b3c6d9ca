#!/usr/bin/env python3
"""Independent checks of figures.json, messages.jsonl and chatter.txt.

Shares no code with figures.py or gen.py: it re-reads the seed tables in a different way,
recomputes every derived figure from the rows, and re-resolves every spec quoted in each note.
Prints every problem it finds and exits 1 if there is any.
"""
import glob
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


F = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
D = ["DOPA", "DLA", "HSS", "CDD", "DOP"]
COLS = D + ["total"]
PROV = F["provinces"]

# ---------------------------------------------------------------- figures.json
if F.get("departments") != D:
    err("figures: department order %r" % F.get("departments"))
if len(PROV) != 77 or len(set(PROV)) != 77:
    err("figures: %d provinces (%d distinct)" % (len(PROV), len(set(PROV))))

for key in ("core", "ext"):
    reg = F[key]
    rows = reg["rows"]
    if set(rows) != set(PROV):
        err("figures %s: rows are not exactly the 77 provinces" % key)
    for p, r in rows.items():
        if any((not isinstance(r[d], int)) or r[d] < 0 for d in D):
            err("figures %s %s: bad cell %r" % (key, p, r))
        if r["total"] != sum(r[d] for d in D):
            err("figures %s %s: row total %d != %d" % (key, p, r["total"], sum(r[d] for d in D)))
    for d in D:
        col = sum(rows[p][d] for p in PROV)
        if col != reg["printed_total"][d]:
            err("figures %s: column %s sums to %d, printed %d" % (key, d, col, reg["printed_total"][d]))
        if col != reg["national"][d]:
            err("figures %s: national %s %d != column sum %d" % (key, d, reg["national"][d], col))
    grand = sum(rows[p]["total"] for p in PROV)
    if grand != reg["national"]["total"] or grand != reg["printed_headcount"]:
        err("figures %s: grand %d, national %d, printed head count %d"
            % (key, grand, reg["national"]["total"], reg["printed_headcount"]))
    cov = F["coverage"][key]
    if cov["total"] != sum(1 for p in PROV if rows[p]["total"] > 0):
        err("figures %s: coverage total" % key)
    for d in D:
        if cov[d] != sum(1 for p in PROV if rows[p][d] > 0):
            err("figures %s: coverage %s" % (key, d))

# regions: the six main ones partition the provinces with the stated sizes
SIX = {"north": 9, "northeast": 20, "central": 22, "east": 7, "west": 5, "south": 14}
seen = []
for r, n in SIX.items():
    mem = F["regions"][r]["members"]
    if len(mem) != n:
        err("figures region %s: %d members, want %d" % (r, len(mem), n))
    seen += mem
if sorted(seen) != sorted(PROV):
    err("figures: the six regions do not partition the 77 provinces")
for r in ("บึงกาฬ",):
    if r not in F["regions"]["northeast"]["members"]:
        err("figures: บึงกาฬ not in the north-east")
if "กรุงเทพมหานคร" not in F["regions"]["central"]["members"]:
    err("figures: Bangkok not in the central region")
for r, g in F["regions"].items():
    for key in ("core", "ext"):
        rows = F[key]["rows"]
        for c in COLS:
            v = sum(rows[p][c] for p in g["members"])
            if g[key][c] != v:
                err("figures region %s %s %s: %d != %d" % (r, key, c, g[key][c], v))
        pw = sum(1 for p in g["members"] if rows[p]["total"] > 0)
        if g[key]["provinces_with"] != pw:
            err("figures region %s %s provinces_with" % (r, key))

# an independent pass over the seed: every number cell of each register, summed
seed = sorted(glob.glob("/work/shared/seed/000_*.txt"))
if len(seed) == 1:
    text = open(seed[0], encoding="utf-8").read()
    a = text.index("ทะเบียนประวัติวิทยากรหลัก")
    b = text.index("ทะเบียนประวัติวิทยากรขยายผล")
    for key, chunk in (("core", text[a:b]), ("ext", text[b:])):
        total, nrows = 0, 0
        for line in chunk.splitlines():
            cells = line.split("\t")
            if re.fullmatch(r"\d+", cells[0].strip() or "x"):
                nrows += 1
                total += sum(int(c) for c in cells[2:] if c.strip().isdigit())
        m = re.search(r"จำนวน\s*([\d,]+)\s*คน", chunk)
        printed = int(m.group(1).replace(",", "")) if m else -1
        if total != printed or total != F[key]["national"]["total"]:
            err("seed re-read %s: cells sum to %d, printed %d, figures %d"
                % (key, total, printed, F[key]["national"]["total"]))
        if key == "ext" and nrows != 77:
            err("seed re-read: extended register has %d rows" % nrows)
        if key == "core" and nrows != F["coverage"]["core"]["total"]:
            err("seed re-read: core register has %d rows, coverage %d" % (nrows, F["coverage"]["core"]["total"]))
else:
    err("seed text not found")

# ---------------------------------------------------------------- resolver
def v_cell(reg, p, c):
    if c not in COLS:
        raise ValueError("column " + c)
    if p == "ALL":
        return sum(F[reg]["rows"][q][c] for q in PROV)
    if p not in F[reg]["rows"]:
        raise ValueError("province " + p)
    return F[reg]["rows"][p][c]


def v_resolve(spec):
    t = spec.split(":")
    if t[0] in ("core", "ext") and len(t) == 3:
        return v_cell(t[0], t[1], t[2])
    if t[0] == "ce" and len(t) == 3:
        return v_cell("core", t[1], t[2]) + v_cell("ext", t[1], t[2])
    if t[0] == "region" and len(t) == 4:
        mem = F["regions"][t[1]]["members"]
        if t[2] not in ("core", "ext"):
            raise ValueError("register " + t[2])
        rows = F[t[2]]["rows"]
        if t[3] == "provinces_with":
            return sum(1 for p in mem if rows[p]["total"] > 0)
        if t[3] not in COLS:
            raise ValueError("column " + t[3])
        return sum(rows[p][t[3]] for p in mem)
    if t[0] == "cov" and len(t) == 3:
        rows = F[t[1]]["rows"]
        return sum(1 for p in PROV if rows[p][t[2]] > 0)
    if t[0] == "diff" and len(t) == 5:
        return abs(v_cell(t[1], t[2], t[4]) - v_cell(t[1], t[3], t[4]))
    if t[0] == "fact" and len(t) == 2:
        return F["facts"][t[1]]
    raise ValueError("spec " + spec)


# ---------------------------------------------------------------- messages.jsonl
CATS = ["ordinary", "followup", "english", "clarify", "district", "region", "comparison", "silent"]
MIN = {"ordinary": 180, "followup": 40, "english": 30, "clarify": 40, "district": 30, "region": 20,
       "comparison": 25, "silent": 50}
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "trainer_register",
           "trainer_update", "trainer_remove", "agency_duties", "agency_list", "mou_info", "center_info",
           "glossary", "contact", "stats", "unknown"}
AG = {"ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"}
SLOTV = {"province": set(PROV), "province2": set(PROV), "agency": AG, "agency2": AG,
         "trainer_type": {"core", "extended"}, "region": set(F["regions"]), "region2": set(F["regions"]),
         "term": {"ศส.ปชต.", "อสม.", "ศพอส.", "อปท.", "กศน.", "พลเมืองคุณภาพ", "บันทึกข้อตกลง",
                  "อาสาสมัครพัฒนาการเมือง", "วิทยากรหลัก", "วิทยากรขยายผล"}}


def is_addressed(turn):
    if turn["chat_type"] == "private" or turn["reply_to_bot"]:
        return True
    low = turn["text"].lower()
    return "@civicbot" in low or "บอท" in low


cases = []
for n, line in enumerate(open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8"), 1):
    try:
        cases.append(json.loads(line))
    except ValueError as e:
        err("messages line %d: not JSON (%s)" % (n, e))

texts = Counter()
main_ids, other_ids = [], []
cats = Counter()
unforeseen = 0
for i, c in enumerate(cases, 1):
    tag = c.get("id", "line %d" % i)
    if list(c.keys()) != ["id", "category", "turns", "expect", "note"]:
        err("%s: top-level keys %r" % (tag, list(c.keys())))
        continue
    if c["id"] != "b20-%04d" % i:
        err("%s: id out of sequence (want b20-%04d)" % (tag, i))
    if c["category"] not in CATS:
        err("%s: category %r" % (tag, c["category"]))
    cats[c["category"]] += 1
    turns = c["turns"]
    if not isinstance(turns, list) or not 1 <= len(turns) <= 3:
        err("%s: 1-3 turns expected" % tag)
        continue
    if c["category"] == "followup" and len(turns) < 2:
        err("%s: followup with one turn" % tag)
    ctypes = set()
    for t in turns:
        if list(t.keys()) != ["text", "chat_type", "user_id", "reply_to_bot"]:
            err("%s: turn keys %r" % (tag, list(t.keys())))
            continue
        if not isinstance(t["text"], str) or not t["text"].strip():
            err("%s: empty text" % tag)
        if t["chat_type"] not in ("private", "group"):
            err("%s: chat_type %r" % (tag, t["chat_type"]))
        if not isinstance(t["user_id"], int) or isinstance(t["user_id"], bool):
            err("%s: user_id not an int" % tag)
        if not isinstance(t["reply_to_bot"], bool):
            err("%s: reply_to_bot not a bool" % tag)
        if t["chat_type"] == "private" and t["reply_to_bot"]:
            err("%s: reply_to_bot in a private chat" % tag)
        ctypes.add(t["chat_type"])
        texts[re.sub(r"\s+", " ", t["text"]).strip()] += 1
    if len(ctypes) != 1:
        err("%s: mixed chat types" % tag)
    uid = turns[0]["user_id"]
    main_ids.append(uid)
    for t in turns[1:]:
        if t["user_id"] != uid:
            other_ids.append(t["user_id"])
    e = c["expect"]
    if list(e.keys()) != ["intent", "slots", "figures", "reply", "lang"]:
        err("%s: expect keys %r" % (tag, list(e.keys())))
        continue
    if e["intent"] not in INTENTS:
        err("%s: intent %r" % (tag, e["intent"]))
    if not isinstance(e["slots"], dict):
        err("%s: slots not an object" % tag)
    else:
        for k, v in e["slots"].items():
            if k not in SLOTV:
                err("%s: slot name %r" % (tag, k))
            elif v not in SLOTV[k]:
                err("%s: slot %s=%r" % (tag, k, v))
    if e["reply"] not in ("answer", "clarify", "silent"):
        err("%s: reply %r" % (tag, e["reply"]))
    if e["lang"] not in ("th", "en"):
        err("%s: lang %r" % (tag, e["lang"]))
    if c["category"] == "english" and e["lang"] != "en":
        err("%s: english case not lang en" % tag)
    if (c["category"] == "silent") != (e["reply"] == "silent"):
        err("%s: silent category/reply mismatch" % tag)
    if c["category"] == "clarify" and e["reply"] != "clarify":
        err("%s: clarify category expects %s" % (tag, e["reply"]))
    if c["category"] == "district" and "province" not in e["slots"]:
        err("%s: district case without province" % tag)
    # etiquette: silent exactly when the last turn is an unaddressed group turn
    if (e["reply"] == "silent") != (not is_addressed(turns[-1])):
        err("%s: reply %s but last turn addressed=%s" % (tag, e["reply"], is_addressed(turns[-1])))
    # specs
    m = re.search(r"\[figures: ([^\]]*)\]$", c["note"])
    if not m:
        err("%s: note lacks a trailing [figures: ...]" % tag)
        continue
    if c["note"].startswith("unforeseen") and c["category"] == "ordinary":
        unforeseen += 1
    specs = [] if m.group(1).strip() == "-" else m.group(1).split()
    want = []
    for sp in specs:
        z = sp.startswith("Z:")
        try:
            v = v_resolve(sp[2:] if z else sp)
        except (ValueError, KeyError) as ex:
            err("%s: cannot resolve %s (%s)" % (tag, sp, ex))
            continue
        if z and v != 0:
            err("%s: %s is %d, not 0" % (tag, sp, v))
        if not z:
            if v == 0:
                err("%s: figure spec %s is 0" % (tag, sp))
            elif v not in want:
                want.append(v)
    if e["figures"] != want:
        err("%s: figures %r, specs give %r" % (tag, e["figures"], want))
    if any(not isinstance(x, int) or x == 0 for x in e["figures"]):
        err("%s: figures must be non-zero ints" % tag)
    if e["reply"] in ("silent", "clarify") and specs:
        err("%s: %s case lists specs" % (tag, e["reply"]))

for t, k in texts.items():
    if k > 1:
        err("duplicate turn text %r (%d times)" % (t, k))
if len(set(main_ids)) != len(main_ids):
    err("a user id is reused across cases")
if set(other_ids) & set(main_ids) or len(set(other_ids)) != len(other_ids):
    err("a second-user id collides with another case")
if len(cases) < 440:
    err("only %d cases" % len(cases))
for k, n in MIN.items():
    if cats[k] < n:
        err("category %s has %d cases, want >= %d" % (k, cats[k], n))
if unforeseen * 3 < cats["ordinary"] * 0.9:
    err("only %d unforeseen-phrasing ordinary cases of %d" % (unforeseen, cats["ordinary"]))

# ---------------------------------------------------------------- chatter.txt
DOMAIN = ["ศส.ปชต.", "วิทยากร", "อบรม", "MOU", "กกต.", "อสม.", "พช.", "อบต.", "เทศบาล", "ผู้สูงอายุ",
          "กรรมการหมู่บ้าน", "ผู้ใหญ่", "กำนัน", "กลุ่มสตรี", "ชมรม", "รพ.สต.", "เลือกตั้ง", "ประชาธิปไตย",
          "พัฒนากร", "พัฒนาการ", "อำเภอ", "ปลัด", "กศน.", "ประชาคม", "พลเมือง", "อาสาสมัคร", "สตรี",
          "กรุงเทพ", "อยุธยา", "สุราษฎร์", "อุบล", "อุดร", "โคราช"] + PROV
lines = [l.rstrip("\n") for l in open(os.path.join(HERE, "chatter.txt"), encoding="utf-8")]
if len(lines) != 300:
    err("chatter: %d lines, want 300" % len(lines))
if len(set(lines)) != len(lines):
    err("chatter: duplicate lines")
for n, l in enumerate(lines, 1):
    if not l.strip():
        err("chatter %d: empty" % n)
    low = l.lower()
    if "บอท" in low or "civicbot" in low:
        err("chatter %d names the bot" % n)
    if not any(w in l for w in DOMAIN):
        err("chatter %d: no domain word: %s" % (n, l))

print("validate: figures.json %d+%d rows, messages %d (%s), unforeseen %d, chatter %d lines"
      % (F["core"]["provinces_listed"], F["ext"]["provinces_listed"], len(cases),
         ", ".join("%s %d" % (k, cats[k]) for k in CATS), unforeseen, len(lines)))
if errors:
    for e in errors:
        print("  ERROR " + e)
    print("validate: %d problem(s)" % len(errors))
    sys.exit(1)
print("validate: OK")
