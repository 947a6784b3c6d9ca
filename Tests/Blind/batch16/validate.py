#!/usr/bin/env python3
"""Independent check of the blind set. Exit 0 only when everything holds.

Re-parses the seed (its own parser, not figures.py), re-derives every looked-up value named in
each case's note, checks expected figures, schema, ids, category counts, addressing rules,
figures.json and chatter.txt. Python 3 standard library only.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "trainer_register",
           "trainer_update", "trainer_remove", "agency_duties", "agency_list", "mou_info", "center_info",
           "glossary", "contact", "stats", "unknown"}
AGENCY_CODES = {"ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"}
COLS = ["DOPA", "DLA", "HSS", "CDD", "DOP"]
MINIMA = {"ordinary": 150, "followup": 80, "clarify": 50, "english": 30, "district": 25,
          "region": 15, "comparison": 20, "silent": 30}
MIN_TOTAL = 400
# district (as typed in the case) -> province; typed again here, independently of cases.txt
DISTRICTS = {"หาดใหญ่": "สงขลา", "แม่สาย": "เชียงราย", "ปากช่อง": "นครราชสีมา", "เบตง": "ยะลา",
             "หัวหิน": "ประจวบคีรีขันธ์", "บางละมุง": "ชลบุรี", "ศรีราชา": "ชลบุรี", "เกาะสมุย": "สุราษฎร์ธานี",
             "แม่สอด": "ตาก", "ฝาง": "เชียงใหม่", "ปาย": "แม่ฮ่องสอน", "อรัญประเทศ": "สระแก้ว",
             "วารินชำราบ": "อุบลราชธานี", "เชียงคาน": "เลย", "บ้านไผ่": "ขอนแก่น", "กันทรลักษ์": "ศรีสะเกษ",
             "ปากเกร็ด": "นนทบุรี", "ธัญบุรี": "ปทุมธานี", "ทุ่งสง": "นครศรีธรรมราช", "บางพลี": "สมุทรปราการ",
             "ตะกั่วป่า": "พังงา", "เกาะลันตา": "กระบี่", "นางรอง": "บุรีรัมย์", "พิมาย": "นครราชสีมา",
             "สุไหงโก-ลก": "นราธิวาส", "หล่มสัก": "เพชรบูรณ์", "อัมพวา": "สมุทรสงคราม",
             "บางปะอิน": "พระนครศรีอยุธยา", "ห้วยยอด": "ตรัง"}
CALL_WORDS = ["น้องบอท", "บอทคะ", "บอทค่ะ", "บอทครับ", "บอทจ๋า", "บอทจ้า"]
DOMAIN_WORDS = ["ศส.ปชต.", "วิทยากร", "อสม.", "กกต.", "อบต.", "หน้าที่", "เบอร์โทร"]
errors = []


def err(msg):
    errors.append(msg)


def arabic(s):
    return "".join(chr(ord(c) - 0x0E50 + 48) if "\u0e50" <= c <= "\u0e59" else c for c in s)


# ---------- independent seed parse ----------
def parse_seed(raw):
    text = raw.replace("\r", "")
    parts = re.split(r"^ทะเบียนประวัติวิทยากร(หลัก|ขยายผล)หน่วยงานของรัฐ.*$", text, flags=re.M)
    # parts: [before, 'หลัก', core_block, 'ขยายผล', ext_block]
    if len(parts) != 5 or parts[1] != "หลัก" or parts[3] != "ขยายผล":
        sys.exit("validate: cannot split the two registers")
    regs = {}
    for key, block in (("core", parts[2]), ("extended", parts[4])):
        people = int(re.search(r"จำนวน ([0-9,]+) คน", block).group(1).replace(",", ""))
        rows = {}
        for m in re.finditer(r"^(\d+)\t([^\t\n]+)((?:\t[^\t\n]*)*)$", block, flags=re.M):
            cells = m.group(3).split("\t")[1:]
            cells = (cells + [""] * 5)[:5]
            vals = [int(c) if c.strip().isdigit() else 0 for c in cells]
            for c in cells:
                if c.strip() not in ("", "-") and not c.strip().isdigit():
                    sys.exit("validate: odd cell %r" % c)
            rows[m.group(2).strip()] = dict(zip(COLS, vals))
        tot = re.search(r"รวมจำนวน\t+(\d+)\t(\d+)\t(\d+)\t(\d+)\t(\d+)", block)
        totals = dict(zip(COLS, map(int, tot.groups())))
        regs[key] = {"rows": rows, "totals": totals, "people": people}
    # province names: the extended register lists every province once; one is misspelt
    ext = regs["extended"]["rows"]
    if "อุตรธานี" in ext and "อุดรธานี" not in ext:
        ext["อุดรธานี"] = ext.pop("อุตรธานี")
    else:
        sys.exit("validate: expected the misspelling อุตรธานี in the extended register")
    if len(ext) != 77:
        sys.exit("validate: extended register has %d provinces" % len(ext))
    for p in regs["core"]["rows"]:
        if p not in ext:
            sys.exit("validate: core province %s not among the 77" % p)
    for key, r in regs.items():
        for c in COLS:
            s = sum(row[c] for row in r["rows"].values())
            if s != r["totals"][c]:
                sys.exit("validate: %s %s sums to %d, printed %d" % (key, c, s, r["totals"][c]))
        if sum(r["totals"].values()) != r["people"]:
            sys.exit("validate: %s totals do not add to %d" % (key, r["people"]))
    return regs, sorted(ext)


RAW = open(SEED, encoding="utf-8").read()
REGS, PROVINCES = parse_seed(RAW)
DOC = arabic(RAW)
DOC_VALUES = {
    "ext": int(re.search(r"โทร\. 0-2251-9000 ต่อ (\d{4})", DOC).group(1)),
    "fax": int(re.search(r"โทรสาร 0-2251-(\d{4})", DOC).group(1)),
    "founded": int(re.search(r"\(ศส\.ปชต\.\) ตั้งแต่ปี พ\.ศ\. (\d+)", DOC).group(1)),
    "all_tambon": int(re.findall(r"ครบทุกตำบล\s*ในปีงบประมาณ พ\.ศ\. (\d+)", DOC)[0]),
    "term": int(re.search(r"\((\d)ปี\)", DOC).group(1)),
    "notice": int(re.search(r"ล่วงหน้า\s+ไม่น้อยกว่า (\d+)", DOC).group(1)),
    "letter_year": int(re.search(r"^1 กุมภาพันธ์ (\d{4})$", DOC, flags=re.M).group(1)),
    "letter_no": int(re.search(r"/ว (\d{4})", DOC).group(1)),
}


def value(spec):
    if spec.startswith("doc:"):
        return DOC_VALUES[spec[4:]]
    kind, rest = spec.split(":", 1)
    reg = REGS[{"c": "core", "e": "extended"}[kind if kind in "ce" else rest]]
    if kind == "cov":
        return sum(1 for r in reg["rows"].values() if sum(r.values()) > 0)
    if kind == "max":
        return max(sum(r.values()) for r in reg["rows"].values())
    if kind == "maxcol":
        return max(reg["totals"].values())
    prov, ag = rest.split(":")
    if prov == "*":
        return sum(reg["totals"].values()) if ag == "*" else reg["totals"][ag]
    if prov not in PROVINCES:
        raise KeyError(prov)
    row = reg["rows"].get(prov, {c: 0 for c in COLS})
    return sum(row.values()) if ag == "*" else row[ag]


def addressed(turn):
    t = turn["text"]
    return bool(turn["reply_to_bot"]) or "@civicbot" in t.lower() or any(w in t for w in CALL_WORDS)


# ---------- figures.json against this parse ----------
fj = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
for key in ("core", "extended"):
    if fj[key]["rows"] != REGS[key]["rows"]:
        err("figures.json %s rows differ from validate's parse" % key)
    if fj[key]["column_totals"] != REGS[key]["totals"]:
        err("figures.json %s totals differ" % key)
if sorted(fj["provinces"]) != PROVINCES:
    err("figures.json province list differs from the register's 77")

# ---------- messages.jsonl ----------
cases = []
for n, ln in enumerate(open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8"), 1):
    try:
        cases.append(json.loads(ln))
    except ValueError as e:
        err("line %d not JSON: %s" % (n, e))
counts, uids = {}, {}
for i, c in enumerate(cases, 1):
    cid = c.get("id")
    if cid != "b16-%04d" % i:
        err("line %d: id %r, expected b16-%04d" % (i, cid, i))
    if set(c) != {"id", "category", "turns", "expect", "note"}:
        err("%s: keys %s" % (cid, sorted(c)))
    cat = c["category"]
    counts[cat] = counts.get(cat, 0) + 1
    if cat not in MINIMA:
        err("%s: unknown category %r" % (cid, cat))
    turns = c["turns"]
    nt = len(turns)
    if cat == "followup" and not 2 <= nt <= 4:
        err("%s: follow-up with %d turns" % (cid, nt))
    if cat != "followup" and nt != 1:
        err("%s: %d turns outside follow-ups" % (cid, nt))
    tu = set()
    for t in turns:
        if set(t) != {"text", "chat_type", "user_id", "reply_to_bot"}:
            err("%s: turn keys %s" % (cid, sorted(t)))
        if t["chat_type"] not in ("group", "private") or not isinstance(t["user_id"], int) \
                or isinstance(t["user_id"], bool) or not isinstance(t["reply_to_bot"], bool) \
                or not isinstance(t["text"], str) or not t["text"].strip():
            err("%s: bad turn %r" % (cid, t))
        if t["chat_type"] == "private" and t["reply_to_bot"]:
            err("%s: reply_to_bot in a private chat" % cid)
        tu.add(t["user_id"])
    if len(tu) != 1:
        err("%s: turns from several users" % cid)
    uid = turns[0]["user_id"]
    if uid in uids:
        err("%s: user_id %d reused from %s" % (cid, uid, uids[uid]))
    uids[uid] = cid
    e = c["expect"]
    allowed = {"intent", "slots", "figures", "reply", "lang", "intent_alt"}
    if not set(e) <= allowed or not {"intent", "slots", "figures", "reply", "lang"} <= set(e):
        err("%s: expect keys %s" % (cid, sorted(e)))
    if e["intent"] not in INTENTS:
        err("%s: intent %r" % (cid, e["intent"]))
    for a in e.get("intent_alt", []):
        if a not in INTENTS or a == e["intent"]:
            err("%s: intent_alt %r" % (cid, a))
    sl = e["slots"]
    for k, v in sl.items():
        if k == "province" and v not in PROVINCES:
            err("%s: province %r not canonical" % (cid, v))
        elif k == "agency" and v not in AGENCY_CODES:
            err("%s: agency %r" % (cid, v))
        elif k == "trainer_type" and v not in ("core", "extended"):
            err("%s: trainer_type %r" % (cid, v))
        elif k not in ("province", "agency", "trainer_type"):
            err("%s: unknown slot %r" % (cid, k))
    if e["reply"] not in ("answer", "clarify", "silent"):
        err("%s: reply %r" % (cid, e["reply"]))
    if e["lang"] != ("en" if cat == "english" else "th"):
        err("%s: lang %r" % (cid, e["lang"]))
    figs = e["figures"]
    if not all(isinstance(x, int) and not isinstance(x, bool) and x > 0 for x in figs) or len(set(figs)) != len(figs):
        err("%s: figures %r" % (cid, figs))
    last = turns[-1]
    # addressing rules
    if e["reply"] == "silent":
        if last["chat_type"] != "group" or addressed(last) or "บอท" in last["text"]:
            err("%s: silent case must be an unaddressed group message" % cid)
        if e["intent"] != "unknown" or sl or figs:
            err("%s: silent case must be intent unknown, no slots, no figures" % cid)
        if cat != "silent":
            err("%s: silent reply outside the silent category" % cid)
    else:
        if cat == "silent":
            err("%s: silent category expects a reply" % cid)
        for t in turns:
            if t["chat_type"] == "group" and not addressed(t):
                err("%s: group turn not addressed to the bot: %r" % (cid, t["text"]))
    if e["reply"] == "clarify" and figs:
        err("%s: clarify case with figures" % cid)
    # looked-up values in the note
    m = re.search(r"specs: looked-up values \[(.*)\]$", c["note"])
    if not m:
        err("%s: note has no specs" % cid); continue
    inner = m.group(1)
    specpart = inner.split("; ")
    tail = specpart[-1].split(", ")
    if tail[0] != last["chat_type"]:
        err("%s: note chat type %r" % (cid, tail[0]))
    specs = [] if specpart[0] == "none" else specpart[:-1]
    want = []
    looked = []
    for s in specs:
        sp, _, v = s.rpartition("=")
        try:
            real = value(sp)
        except (KeyError, ValueError, IndexError) as ex:
            err("%s: cannot evaluate %r (%s)" % (cid, sp, ex)); continue
        if real != int(v):
            err("%s: note says %s=%s but the seed gives %d" % (cid, sp, v, real))
        looked.append((sp, real))
        if real and real not in want:
            want.append(real)
    if sorted(want) != sorted(figs):
        err("%s: figures %r but looked-up values give %r" % (cid, figs, want))
    # a single register lookup must agree with the slots
    regl = [sp for sp, _ in looked if sp[:2] in ("c:", "e:")]
    if e["intent"] == "trainer_count" and e["reply"] == "answer" and len(regl) == 1:
        k, p, a = regl[0].split(":")
        if p != "*" and sl.get("province") != p:
            err("%s: province slot %r vs lookup %s" % (cid, sl.get("province"), regl[0]))
        if p == "*" and "province" in sl:
            err("%s: national lookup but a province slot" % cid)
        if sl.get("trainer_type") != {"c": "core", "e": "extended"}[k]:
            err("%s: trainer_type slot vs lookup %s" % (cid, regl[0]))
        if a != "*" and sl.get("agency") != a:
            err("%s: agency slot vs lookup %s" % (cid, regl[0]))
        if a == "*" and "agency" in sl:
            err("%s: row total but an agency slot" % cid)
    if cat == "district":
        d = [k for k in DISTRICTS if k in last["text"]]
        if len(d) != 1:
            err("%s: district not recognised in %r" % (cid, last["text"]))
        elif DISTRICTS[d[0]] != sl.get("province"):
            err("%s: district %s is in %s, slot says %r" % (cid, d[0], DISTRICTS[d[0]], sl.get("province")))
        if any(p in last["text"] for p in PROVINCES if len(p) > 3):
            err("%s: district case also names a province" % cid)
    if cat == "english" and re.search(r"[\u0e00-\u0e7f]{6,}", last["text"]):
        err("%s: English case with a long Thai run" % cid)
for cat, mn in MINIMA.items():
    if counts.get(cat, 0) < mn:
        err("category %s has %d cases, minimum %d" % (cat, counts.get(cat, 0), mn))
if len(cases) < MIN_TOTAL:
    err("only %d cases" % len(cases))
texts = [tuple(t["text"] for t in c["turns"]) for c in cases]
if len(set(texts)) != len(texts):
    err("duplicate case texts")

# ---------- chatter.txt ----------
lines = open(os.path.join(HERE, "chatter.txt"), encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if len(lines) != 300:
    err("chatter.txt has %d lines" % len(lines))
if len(set(lines)) != len(lines):
    err("chatter.txt has duplicate lines")
for l in lines:
    if not l.strip() or "บอท" in l or "civicbot" in l.lower() or any(w in l for w in CALL_WORDS):
        err("chatter line addresses the bot or is empty: %r" % l)
dom = sum(1 for l in lines if any(w in l for w in DOMAIN_WORDS))
if dom < 120:
    err("chatter.txt: only %d lines with domain words" % dom)

if errors:
    for e_ in errors[:60]:
        print("FAIL:", e_)
    print("%d problem(s)" % len(errors))
    sys.exit(1)
print("OK: %d cases %s; chatter %d lines (%d with domain words); seed totals core %d, extended %d"
      % (len(cases), dict(sorted(counts.items())), len(lines), dom,
         sum(REGS["core"]["totals"].values()), sum(REGS["extended"]["totals"].values())))
