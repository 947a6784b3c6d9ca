#!/usr/bin/env python3
"""Independent checks of the blind12 test set.  Standard library only; does NOT import
figures.py, specs.py or make_cases.py.  It re-reads the seed with its own parser, checks
figures.json against it, re-evaluates every case's "specs:" from its own numbers, and
checks schema, ids, categories, duplicates, group etiquette and chatter.txt.
Exit 0 when everything passes, 1 otherwise.
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"
ERR = []


def err(m):
    ERR.append(m)


# ------------------------------------------------------------------ seed, own parser
raw = open(SEED, encoding="utf-8").read()
text = raw.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
i_core = text.index("ทะเบียนประวัติวิทยากรหลักหน่วยงานของรัฐ")
i_ext = text.index("ทะเบียนประวัติวิทยากรขยายผลหน่วยงานของรัฐ")
FIX = {"อุตรธานี": "อุดรธานี"}            # the one misspelled row label
ORDER = ["DOPA", "DLA", "HSS", "CDD", "DOP"]  # printed column order (checked below)


def reg(block):
    hdr = re.search(r"\n\t\t([^\n]+)\n", block).group(1).replace(" ", "").split("\t")
    want = ["กรมการปกครอง", "กรมส่งเสริมการปกครองท้องถิ่น", "กรมสนับสนุนบริการสุขภาพ", "กรมพัฒนาชุมชน", "กรมกิจการผู้สูงอายุ"]
    if [h for h in hdr if h] != want:
        err("unexpected register header %r" % hdr)
    rows = collections.OrderedDict()
    for m in re.finditer(r"(?m)^(\d+)\t([^\t\n]+)((?:\t[^\t\n]*){0,5})$", block):
        cells = (m.group(3).split("\t")[1:] + [""] * 5)[:5]
        name = FIX.get(m.group(2).strip(), m.group(2).strip())
        if name in rows:
            err("seed: %s twice" % name)
        rows[name] = dict(zip(ORDER, [int(c) if c.strip().isdigit() else 0 for c in cells]))
    tot = re.search(r"รวมจำนวน\t+([\d\t]+)", block).group(1).split("\t")
    tot = dict(zip(ORDER, [int(x) for x in tot if x]))
    people = int(re.search(r"จำนวน ([\d,]+) คน", block).group(1).replace(",", ""))
    return rows, tot, people


CORE, CORE_T, CORE_N = reg(text[i_core:i_ext])
EXT, EXT_T, EXT_N = reg(text[i_ext:])
for nm, rows, tot, n in (("core", CORE, CORE_T, CORE_N), ("extended", EXT, EXT_T, EXT_N)):
    for a in ORDER:
        if sum(r[a] for r in rows.values()) != tot[a]:
            err("seed %s column %s does not add up" % (nm, a))
    if sum(tot.values()) != n:
        err("seed %s totals %d != %d people" % (nm, sum(tot.values()), n))
PROVS = list(EXT)                      # the extended register lists all 77 provinces
if len(PROVS) != 77:
    err("extended register has %d provinces" % len(PROVS))
if not set(CORE) <= set(PROVS):
    err("core provinces not a subset of extended: %r" % (set(CORE) - set(PROVS)))
ZERO = dict.fromkeys(ORDER, 0)


def val(P, T, A):
    R = CORE if T == "core" else EXT
    if P == "ALL":
        ps = PROVS
    elif P.startswith("R="):
        ps = REGION[P[2:]]
    else:
        ps = [P]
    return sum((R.get(p, ZERO)[A] if A != "*" else sum(R.get(p, ZERO).values())) for p in ps)


# document numbers, own regexes
DOC = {}
DOC["letter_year"] = int(re.search(r"(\d{4})\n\nเรื่อง", text).group(1))
DOC["letter_ref_series"] = int(re.search(r"มท 0818\.2/ว (\d+)", text).group(1))
DOC["constitution_year"] = int(re.search(r"รัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช (\d+)", text).group(1))
DOC["ssp_founded_year"] = int(re.search(r"\(ศส\.ปชต\.\) ตั้งแต่ปี พ\.ศ\. (\d+)", text).group(1))
DOC["rollout"] = [int(x) for x in re.search(
    r"ปีงบประมาณ พ\.ศ\. (\d+) จัดตั้งจังหวัดละ.*?ปีงบประมาณ พ\.ศ\. (\d+) จัดตั้งอำเภอละ.*?ทุกตำบล ในปีงบประมาณ พ\.ศ\. (\d+)",
    text, re.S).groups()]
DOC["mou2_term_years"] = int(re.search(r"\((\d)ปี\)", text).group(1))
DOC["mou2_notice_days"] = int(re.search(r"ล่วงหน้า\s+ไม่น้อยกว่า (\d+)", text).group(1))
ph = re.search(r"โทร\. 0-(\d+)-(\d+) ต่อ (\d+)", text)
DOC["phone"] = [int(ph.group(2)), int(ph.group(3))]
DOC["phone_ext"] = int(ph.group(3))
DOC["fax"] = [int(re.search(r"โทรสาร 0-\d+-(\d+)", text).group(1))]
DOC["mou_count"] = text.count("บันทึกข้อตกลงฉบับนี้จัดทำขึ้น")
DOC["register_agency_count"] = int(re.search(r"หน่วยงานของรัฐ (\d) หน่วยงาน", text).group(1))
# duty clauses: split the MOU text at the party headings
mou2 = text.index("จัดทำขึ้นระหว่างสำนักงานคณะกรรมการการเลือกตั้งกับกรมการพัฒนาชุมชน")
CL = {}
for m in re.finditer(r"ความร่วมมือของ(\S+)\n(.*?)(?=\nความร่วมมือของ|\nทุกฝ่ายได้พิจารณา|\n๕\. ระยะ|\n5\. ระยะ)", text, re.S):
    key = ("mou2" if m.start() > mou2 else "mou1", m.group(1))
    CL[key] = len(re.findall(r"(?m)^\s*\d\.", m.group(2)))
CODE = {"สำนักงานคณะกรรมการการเลือกตั้ง": "ECT", "กรมการปกครอง": "DOPA", "กรมส่งเสริมการปกครองท้องถิ่น": "DLA",
        "กรมสนับสนุนบริการสุขภาพ": "HSS", "กรมกิจการผู้สูงอายุ": "DOP", "กรมการพัฒนาชุมชน": "CDD"}
CLAUSES = {(k[0], CODE[k[1]]): v for k, v in CL.items()}

# ------------------------------------------------------------------ figures.json vs seed
FJ = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
if sorted(FJ["provinces"]) != sorted(PROVS):
    err("figures.json provinces differ from the seed's 77")
for p in PROVS:
    for T, R in (("core", CORE), ("extended", EXT)):
        if FJ["provinces"][p][T] != R.get(p, ZERO):
            err("figures.json %s %s differs from seed" % (p, T))
if FJ["totals"]["core"]["total"] != CORE_N or FJ["totals"]["extended"]["total"] != EXT_N:
    err("figures.json totals differ")
REGION = {k: r["provinces"] for k, r in FJ["regions"].items()}
SIZES = {"north": 9, "northeast": 20, "central": 22, "east": 7, "west": 5, "south": 14}
if {k: len(v) for k, v in REGION.items()} != SIZES:
    err("region sizes are not the official 6-region sizes")
if sorted(p for v in REGION.values() for p in v) != sorted(PROVS):
    err("regions do not partition the 77 provinces")
if not any(r["from"] == "อุตรธานี" and r["to"] == "อุดรธานี" for r in FJ["repairs"]):
    err("repair อุตรธานี -> อุดรธานี not recorded")


# ------------------------------------------------------------------ own spec evaluator
def per_prov(T, A):
    return {p: val(p, T, A) for p in PROVS}


def ev_term(t):
    t = t.strip()
    if t == "none":
        return []
    m = re.fullmatch(r"diff\((c:[^,]+),(c:[^)]+)\)", t)
    if m:
        a, b = ev_term(m.group(1)), ev_term(m.group(2))
        return [abs((a or [0])[0] - (b or [0])[0])]
    k = t.split(":")
    if k[0] == "c":
        ts = ["core", "extended"] if k[2] == "*" else [k[2]]
        return [v for v in (val(k[1], x, k[3]) for x in ts) if v]
    if k[0] == "max":
        return [max(per_prov(k[1], k[2]).values())]
    if k[0] == "argmax":
        T, rest = k[1], k[2]
        A, P = rest.split("=")
        pp = per_prov(T, A)
        mx = max(pp.values())
        if [p for p in pp if pp[p] == mx] != [P]:
            err("argmax %s/%s is not uniquely %s" % (T, A, P))
        return []
    if k[0] == "ncov":
        return [sum(1 for v in per_prov(k[1], "*").values() if v)]
    if k[0] == "rmax":
        return [max(val("R=" + r, k[1], "*") for r in REGION)]
    if k[0] == "amax":
        return [max(val("ALL", k[1], a) for a in ORDER)]
    if t == "tot:all":
        return [CORE_N + EXT_N]
    if k[0] == "d":
        key = k[1]
        if key == "clauses":
            return [CLAUSES[(k[2], k[3])]]
        if key == "rollout":
            return [DOC["rollout"][int(k[2])]]
        v = DOC[key]
        return v if isinstance(v, list) else [v]
    raise ValueError(t)


def ev(spec):
    out = []
    for t in spec.split(" + "):
        for v in ev_term(t):
            if v not in out:
                out.append(v)
    return out


# ------------------------------------------------------------------ cases
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "trainer_register",
           "trainer_update", "trainer_remove", "agency_duties", "agency_list", "mou_info", "center_info",
           "glossary", "contact", "stats", "unknown"}
FORBIDDEN = {"stats", "trainer_register", "trainer_update", "trainer_remove"}
AGENCIES = {"ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"}
WANT = {"ordinary": 160, "followup": 80, "english": 40, "clarify": 40, "district": 25,
        "region": 15, "comparison": 15, "silent": 25}
DOC_INTENTS = {"agency_duties", "agency_list", "mou_info", "center_info", "glossary", "contact"}


def addressed(turn):
    t = turn["text"].lower()
    return turn["reply_to_bot"] or "@civicbot" in t or "บอท" in t


def latin_share(s):
    letters = [ch for ch in s if ch.isalpha()]
    return sum(1 for ch in letters if ch.isascii()) / max(1, len(letters))


cases = [json.loads(l) for l in open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8")]
if len(cases) != 400:
    err("%d cases" % len(cases))
ids = [c.get("id") for c in cases]
if ids != ["b12-%04d" % i for i in range(1, len(cases) + 1)]:
    err("ids not b12-0001.. in order")
if len(set(ids)) != len(ids):
    err("duplicate ids")
cat = collections.Counter(c["category"] for c in cases)
if dict(cat) != WANT:
    err("category counts %r" % dict(cat))
last_texts = collections.Counter()
convs = collections.Counter()
all_texts = set()
for c in cases:
    cid = c["id"]
    if set(c) != {"id", "category", "turns", "expect", "note"}:
        err("%s keys %r" % (cid, sorted(c)))
    turns, e = c["turns"], c["expect"]
    if not 1 <= len(turns) <= 4:
        err("%s has %d turns" % (cid, len(turns)))
    if c["category"] == "followup" and not 2 <= len(turns) <= 4:
        err("%s followup with %d turns" % (cid, len(turns)))
    for t in turns:
        if set(t) != {"text", "chat_type", "user_id", "reply_to_bot"}:
            err("%s turn keys %r" % (cid, sorted(t)))
        if t["chat_type"] not in ("private", "group") or not isinstance(t["user_id"], int) \
                or not isinstance(t["reply_to_bot"], bool) or not t["text"].strip():
            err("%s bad turn %r" % (cid, t))
        if t["chat_type"] == "private" and t["reply_to_bot"]:
            err("%s reply_to_bot in a private chat" % cid)
        all_texts.add(t["text"])
    if len({t["user_id"] for t in turns}) != 1 or len({t["chat_type"] for t in turns}) != 1:
        err("%s turns not from one user in one chat" % cid)
    last = turns[-1]
    last_texts[last["text"]] += 1
    convs[tuple(t["text"] for t in turns)] += 1
    need = {"intent", "slots", "figures", "reply", "lang"}
    if not need <= set(e) or not set(e) <= need | {"intent_alt"}:
        err("%s expect keys %r" % (cid, sorted(e)))
    if e["intent"] not in INTENTS or e["intent"] in FORBIDDEN:
        err("%s intent %s" % (cid, e["intent"]))
    for a in e.get("intent_alt", []):
        if a not in INTENTS or a in FORBIDDEN:
            err("%s intent_alt %s" % (cid, a))
    if e["intent"] == "trainer_coverage" and "trainer_count" not in e.get("intent_alt", []):
        err("%s ranking without intent_alt trainer_count" % cid)
    for k, v in e["slots"].items():
        ok = (k == "province" and v in PROVS) or (k == "agency" and v in AGENCIES) or \
             (k == "trainer_type" and v in ("core", "extended"))
        if not ok:
            err("%s bad slot %s=%r" % (cid, k, v))
    if e["reply"] not in ("answer", "clarify", "silent") or e["lang"] not in ("th", "en"):
        err("%s reply/lang" % cid)
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in e["figures"]):
        err("%s figures not ints" % cid)
    m = re.search(r"specs: (.+)$", c["note"])
    if not m:
        err("%s note without specs" % cid)
    else:
        try:
            got = ev(m.group(1))
        except Exception as x:
            err("%s spec error %s" % (cid, x)); got = None
        if got is not None and got != e["figures"]:
            err("%s figures %r, recomputed %r" % (cid, e["figures"], got))
    if (e["reply"] == "silent") != (c["category"] == "silent"):
        err("%s silent/category mismatch" % cid)
    if (e["reply"] == "clarify") != (c["category"] == "clarify"):
        err("%s clarify/category mismatch" % cid)
    if e["reply"] in ("silent", "clarify") and (e["figures"] or e["slots"]):
        err("%s %s case with figures/slots" % (cid, e["reply"]))
    if e["reply"] == "silent":
        if last["chat_type"] != "group" or addressed(last):
            err("%s silent case is private or addressed to the bot" % cid)
    elif last["chat_type"] == "group":
        for t in turns:
            if not addressed(t):
                err("%s group turn not addressed to the bot: %s" % (cid, t["text"]))
    if (e["lang"] == "en") != (c["category"] == "english"):
        err("%s lang/category mismatch" % cid)
    if e["lang"] == "en" and latin_share(last["text"]) < 0.6:
        err("%s English case not mostly Latin" % cid)
    if c["category"] in ("district", "region") and e["intent"] not in ("trainer_count", "trainer_coverage"):
        err("%s %s case with intent %s" % (cid, c["category"], e["intent"]))
for t, n in last_texts.items():
    if n > 1:
        err("last-turn text used %d times: %s" % (n, t))
for t, n in convs.items():
    if n > 1:
        err("conversation repeated: %r" % (t,))

# ------------------------------------------------------------------ chatter
chat = open(os.path.join(HERE, "chatter.txt"), encoding="utf-8").read().split("\n")
if chat and chat[-1] == "":
    chat = chat[:-1]
if len(chat) != 300:
    err("chatter.txt has %d lines" % len(chat))
if len(set(chat)) != len(chat):
    err("chatter.txt has duplicate lines")
for l in chat:
    if not l.strip() or "@civicbot" in l.lower() or "บอท" in l:
        err("chatter line empty or addresses the bot: %r" % l)
    if l in all_texts:
        err("chatter line also a case text: %r" % l)

# ------------------------------------------------------------------ report
ans = [c for c in cases if c["expect"]["reply"] == "answer"]
docs = [c for c in ans if c["expect"]["intent"] in DOC_INTENTS]
print("cases: %d  categories: %s" % (len(cases), dict(sorted(cat.items()))))
print("intents:", dict(sorted(collections.Counter(c["expect"]["intent"] for c in cases).items())))
print("answer cases: %d, about the document: %d (%.0f%%)" % (len(ans), len(docs), 100.0 * len(docs) / len(ans)))
print("group cases: %d, multi-turn: %d, chatter lines: %d" % (
    sum(1 for c in cases if c["turns"][-1]["chat_type"] == "group"),
    sum(1 for c in cases if len(c["turns"]) > 1), len(chat)))
print("seed: core %d (%d provinces), extended %d (%d provinces)" % (CORE_N, len(CORE), EXT_N, len(EXT)))
if ERR:
    for m in ERR[:60]:
        print("FAIL:", m)
    print("%d problem(s)" % len(ERR))
    sys.exit(1)
print("validate: OK")
