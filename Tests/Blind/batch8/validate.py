#!/usr/bin/env python3
"""Validate the blind8 set: schema, ids, category counts, slots, figures, an independent
re-derivation of the register counts from the seed, and chatter.txt."""
import difflib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"
ERR = []


def err(msg):
    ERR.append(msg)


# Own copy of the 77 provinces (not imported from figures.py).
P77 = set("""กรุงเทพมหานคร กระบี่ กาญจนบุรี กาฬสินธุ์ กำแพงเพชร ขอนแก่น จันทบุรี ฉะเชิงเทรา ชลบุรี ชัยนาท
ชัยภูมิ ชุมพร เชียงราย เชียงใหม่ ตรัง ตราด ตาก นครนายก นครปฐม นครพนม นครราชสีมา นครศรีธรรมราช นครสวรรค์
นนทบุรี นราธิวาส น่าน บึงกาฬ บุรีรัมย์ ปทุมธานี ประจวบคีรีขันธ์ ปราจีนบุรี ปัตตานี พระนครศรีอยุธยา พะเยา
พังงา พัทลุง พิจิตร พิษณุโลก เพชรบุรี เพชรบูรณ์ แพร่ ภูเก็ต มหาสารคาม มุกดาหาร แม่ฮ่องสอน ยโสธร ยะลา
ร้อยเอ็ด ระนอง ระยอง ราชบุรี ลพบุรี ลำปาง ลำพูน เลย ศรีสะเกษ สกลนคร สงขลา สตูล สมุทรปราการ สมุทรสงคราม
สมุทรสาคร สระแก้ว สระบุรี สิงห์บุรี สุโขทัย สุพรรณบุรี สุราษฎร์ธานี สุรินทร์ หนองคาย หนองบัวลำภู อ่างทอง
อำนาจเจริญ อุดรธานี อุตรดิตถ์ อุทัยธานี อุบลราชธานี""".split())
assert len(P77) == 77
AGENCIES = {"ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"}
COLS = ["DOPA", "DLA", "HSS", "CDD", "DOP"]
TYPES = {"core", "extended"}
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "agency_duties",
           "agency_list", "mou_info", "center_info", "glossary", "contact", "unknown"}
COUNTS = {"ordinary": 180, "followup": 60, "english": 40, "clarify": 45, "district": 30, "region": 15,
          "comparison": 15, "silent": 15}


# ------------------------------------------------------------ independent register parse
def parse_seed():
    text = open(SEED, encoding="utf-8").read()
    i_core = text.index("ทะเบียนประวัติวิทยากรหลัก")
    i_ext = text.index("ทะเบียนประวัติวิทยากรขยายผล")
    regs = {}
    for kind, chunk in (("core", text[i_core:i_ext]), ("ext", text[i_ext:])):
        rows = {}
        for m in re.finditer(r"^(\d+)\t([^\t\n]+)((?:\t[^\t\n]*){0,5})$", chunk, re.M):
            name = m.group(2).strip()
            if name not in P77:
                close = difflib.get_close_matches(name, sorted(P77), n=2, cutoff=0.8)
                if len(close) != 1:
                    err(f"seed: {kind} row {name!r} does not map to a single province ({close})")
                    continue
                name = close[0]
            cells = m.group(3).split("\t")[1:]
            cells += [""] * (5 - len(cells))
            vals = [int(c) if c.strip().isdigit() else 0 for c in cells]
            if name in rows:
                err(f"seed: {kind} duplicate {name}")
            rows[name] = dict(zip(COLS, vals))
        tot = re.search(r"รวมจำนวน\t+(\d+)\t(\d+)\t(\d+)\t(\d+)\t(\d+)", chunk)
        head = int(re.search(r"จำนวน ([\d,]+) คน", chunk).group(1).replace(",", ""))
        published = dict(zip(COLS, map(int, tot.groups())))
        for a in COLS:
            if sum(r[a] for r in rows.values()) != published[a]:
                err(f"seed: {kind} column {a} does not add up")
        if sum(published.values()) != head:
            err(f"seed: {kind} headline {head} != total row")
        regs[kind] = rows
    if len(regs["core"]) != 32 or len(regs["ext"]) != 77:
        err("seed: unexpected row counts")
    return regs


REG = parse_seed()
FIG = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))


def cnt(kind, prov=None, agency=None, provs=None):
    rows = REG[kind]
    if prov:
        provs = [prov]
    if provs is None:
        provs = list(rows)
    cols = [agency] if agency else COLS
    return sum(rows.get(p, {}).get(a, 0) for p in provs for a in cols)


def region_members(key):
    r = FIG["regions"].get(key) or FIG["subregions"].get(key)
    return r["provinces"]


allreg = sorted(p for r in FIG["regions"].values() for p in r["provinces"])
if allreg != sorted(P77):
    err("figures.json regions do not partition the 77 provinces")


def derive(spec):
    """Independent value for a spec, or None when it is not a register count."""
    p = spec.split(":")
    k = p[0]
    if k in ("core", "ext", "comb"):
        a = p[2] if len(p) > 2 else None
        if k == "comb":
            return cnt("core", p[1], a) + cnt("ext", p[1], a)
        return cnt(k, p[1], a)
    if k == "nat":
        a = p[2] if len(p) > 2 else None
        if p[1] == "comb":
            return cnt("core", agency=a) + cnt("ext", agency=a)
        return cnt(p[1], agency=a)
    if k == "reg":
        provs = region_members(p[1])
        a = p[3] if len(p) > 3 else None
        if p[2] == "comb":
            return cnt("core", agency=a, provs=provs) + cnt("ext", agency=a, provs=provs)
        return cnt(p[2], agency=a, provs=provs)
    if k == "regcov":
        return sum(1 for q in region_members(p[1]) if cnt("core", q) > 0)
    if k == "cov":
        key = p[1]
        if key == "core_provinces":
            return sum(1 for q in P77 if cnt("core", q) > 0)
        if key == "core_missing":
            return sum(1 for q in P77 if cnt("core", q) == 0)
        if key == "extended_provinces_with_trainers":
            return sum(1 for q in P77 if cnt("ext", q) > 0)
        if key == "core_all5_provinces":
            return sum(1 for q in P77 if all(cnt("core", q, a) > 0 for a in COLS))
        if key == "core_by_agency_provinces":
            return sum(1 for q in P77 if cnt("core", q, p[2]) > 0)
        if key == "extended_by_agency_provinces":
            return sum(1 for q in P77 if cnt("ext", q, p[2]) > 0)
        return None
    if k == "rank":
        kinds = {"core": ["core"], "extended": ["ext"], "combined": ["core", "ext"]}[p[1]]
        return max(sum(cnt(kk, q) for kk in kinds) for q in P77)
    if k == "rankag":
        kind = "core" if p[1] == "core" else "ext"
        return max(cnt(kind, q, p[2]) for q in P77)
    return None


def flat_ints(o, out):
    if isinstance(o, bool):
        return
    if isinstance(o, int):
        out.add(o)
    elif isinstance(o, dict):
        for v in o.values():
            flat_ints(v, out)
    elif isinstance(o, list):
        for v in o:
            flat_ints(v, out)


FIG_INTS = set()
flat_ints(FIG, FIG_INTS)

# ------------------------------------------------------------ messages.jsonl
cases = []
with open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            cases.append(json.loads(line))
        except Exception as e:
            err(f"line {n}: bad JSON {e}")
if len(cases) != 400:
    err(f"{len(cases)} cases, expected 400")
deriv = json.load(open(os.path.join(HERE, "derivations.json"), encoding="utf-8"))
cat_count = {}
seen_text = set()
for i, c in enumerate(cases, 1):
    cid = c.get("id")
    if cid != f"b8-{i:04d}":
        err(f"case {i}: id {cid} out of order")
    if set(c) != {"id", "category", "turns", "expect", "note"}:
        err(f"{cid}: keys {sorted(c)}")
        continue
    cat = c["category"]
    cat_count[cat] = cat_count.get(cat, 0) + 1
    if cat not in COUNTS:
        err(f"{cid}: unknown category {cat}")
    turns = c["turns"]
    if not isinstance(turns, list) or not turns:
        err(f"{cid}: no turns")
        continue
    for t in turns:
        if set(t) != {"text", "chat_type", "user_id", "reply_to_bot"}:
            err(f"{cid}: turn keys {sorted(t)}")
        if not isinstance(t.get("text"), str) or not t["text"].strip():
            err(f"{cid}: empty text")
        if t.get("chat_type") not in ("private", "group"):
            err(f"{cid}: chat_type")
        if not isinstance(t.get("user_id"), int) or isinstance(t.get("user_id"), bool):
            err(f"{cid}: user_id")
        if not isinstance(t.get("reply_to_bot"), bool):
            err(f"{cid}: reply_to_bot")
    if len({t["user_id"] for t in turns}) != 1 or len({t["chat_type"] for t in turns}) != 1:
        err(f"{cid}: turns of one case must share user and chat")
    if cat == "followup":
        if not 2 <= len(turns) <= 3:
            err(f"{cid}: followup needs 2-3 turns")
        if len(turns[-1]["text"]) > 45:
            err(f"{cid}: last follow-up turn is not elliptical")
    elif len(turns) != 1:
        err(f"{cid}: single-turn category with {len(turns)} turns")
    key = tuple(t["text"] for t in turns)
    if key in seen_text:
        err(f"{cid}: duplicate case text")
    seen_text.add(key)
    last = turns[-1]
    e = c["expect"]
    allowed = {"intent", "slots", "figures", "reply", "lang", "intent_alt"}
    if not set(e) <= allowed or not {"intent", "slots", "figures", "reply", "lang"} <= set(e):
        err(f"{cid}: expect keys {sorted(e)}")
        continue
    if e["intent"] not in INTENTS:
        err(f"{cid}: intent {e['intent']}")
    for a in e.get("intent_alt", []):
        if a not in INTENTS or a == e["intent"]:
            err(f"{cid}: intent_alt {a}")
    sl = e["slots"]
    if not set(sl) <= {"province", "agency", "trainer_type"}:
        err(f"{cid}: slot keys {sorted(sl)}")
    if "province" in sl and sl["province"] not in P77:
        err(f"{cid}: province {sl['province']} not canonical")
    if "agency" in sl and sl["agency"] not in AGENCIES:
        err(f"{cid}: agency {sl['agency']}")
    if "trainer_type" in sl and sl["trainer_type"] not in TYPES:
        err(f"{cid}: trainer_type {sl['trainer_type']}")
    figs = e["figures"]
    if not isinstance(figs, list) or any(not isinstance(x, int) or isinstance(x, bool) for x in figs):
        err(f"{cid}: figures must be ints")
        figs = []
    for x in figs:
        if x not in FIG_INTS:
            err(f"{cid}: figure {x} not in figures.json")
    if len(set(figs)) != len(figs):
        err(f"{cid}: repeated figure")
    if e["reply"] not in ("answer", "clarify", "silent"):
        err(f"{cid}: reply {e['reply']}")
    if e["lang"] not in ("th", "en"):
        err(f"{cid}: lang")
    # category rules
    if cat == "english" and e["lang"] != "en":
        err(f"{cid}: english case must expect en")
    if cat != "english" and e["lang"] != "th":
        err(f"{cid}: non-english case must expect th")
    if cat == "english" and re.search(r"[\u0E00-\u0E7F]", last["text"]) and \
            len(re.findall(r"[A-Za-z]+", last["text"])) < 3:
        err(f"{cid}: english case is not typed in English")
    if cat == "clarify":
        if e["reply"] != "clarify":
            err(f"{cid}: clarify reply")
        if not figs:
            err(f"{cid}: clarify case needs the figures a wrong guess would state")
    elif cat == "silent":
        if e["reply"] != "silent" or last["chat_type"] != "group" or last["reply_to_bot"]:
            err(f"{cid}: silent case must be an unreplied group message with reply silent")
    elif e["reply"] != "answer":
        err(f"{cid}: {cat} must expect answer")
    if cat != "silent" and last["chat_type"] == "group" and not (
            last["text"].startswith("@civicbot") or last["reply_to_bot"]):
        err(f"{cid}: group question not addressed to the bot")
    if cat == "district" and "province" not in sl:
        err(f"{cid}: district case needs the province slot")
    if cat in ("comparison",) and len(figs) < 1:
        err(f"{cid}: comparison needs figures")
    if cat == "region" and "province" in sl:
        err(f"{cid}: region case must not name a province slot")
    if e["intent"] in ("trainer_count", "trainer_coverage") and cat not in ("clarify", "silent") \
            and not figs and not deriv.get(cid, {}).get("zero"):
        err(f"{cid}: count case without figures or a recorded zero")
    # derivations: every figure re-derived where it is a register count
    d = deriv.get(cid)
    if d is None:
        err(f"{cid}: no derivation")
        continue
    dvals = [v for _, v in d["figures"]]
    if sorted(set(dvals)) != sorted(figs):
        err(f"{cid}: derivations {dvals} do not match figures {figs}")
    for spec, v in d["figures"]:
        r = derive(spec)
        if r is not None and r != v:
            err(f"{cid}: {spec} = {v} but independent parse gives {r}")
        if r is None and not spec.startswith("doc:"):
            err(f"{cid}: spec {spec} not re-derivable")
    for spec in d["zero"]:
        r = derive(spec)
        if r != 0:
            err(f"{cid}: zero spec {spec} gives {r}")
    # simple counts checked directly from the slots (independent of the specs)
    if e["intent"] == "trainer_count" and cat in ("ordinary", "followup", "district", "english") \
            and "province" in sl and "trainer_type" in sl and cat != "comparison":
        kind = "core" if sl["trainer_type"] == "core" else "ext"
        v = cnt(kind, sl["province"], sl.get("agency"))
        breakdown = [cnt(kind, sl["province"], a) for a in COLS]
        if v == 0:
            if figs:
                pass  # breakdown of a zero total cannot occur; any figure is a mistake
        elif v not in figs and not all(x in figs for x in breakdown if x):
            err(f"{cid}: slot count {v} for {sl} not among figures {figs}")
    if e["intent"] == "trainer_count" and cat in ("ordinary", "district", "english", "followup") \
            and "province" in sl and "trainer_type" not in sl and "agency" not in sl:
        c1, c2 = cnt("core", sl["province"]), cnt("ext", sl["province"])
        ok = (c1 + c2) in figs or all(x in figs for x in (c1, c2) if x)
        if not ok and (c1 or c2):
            err(f"{cid}: province totals {c1}/{c2} not among figures {figs}")

if cat_count != COUNTS:
    err(f"category counts {cat_count} != {COUNTS}")
for k in deriv:
    if k not in {c.get('id') for c in cases}:
        err(f"derivations has unknown id {k}")

# national totals sanity against the headlines
if cnt("core") != FIG["core"]["total"] or cnt("ext") != FIG["extended"]["total"]:
    err("national totals differ between figures.json and the independent parse")

# ------------------------------------------------------------ chatter.txt
DOMAIN_WORDS = ["กกต", "ศส.ปชต", "วิทยากร", "อสม", "อบต", "พช", "พัฒนากร", "พัฒนาชุมชน", "เลือกตั้ง",
                "ประชาธิปไตย", "เทศบาล", "ผู้สูงอายุ", "MOU", "บันทึกข้อตกลง", "พลเมืองคุณภาพ", "อำเภอ",
                "กำนัน", "ผู้ใหญ่บ้าน", "โคราช", "อุบล", "อุดร", "กรุงเทพ", "หาดใหญ่", "กรมการปกครอง",
                "ท้องถิ่น", "กศน", "รพ.สต", "สสจ", "สสอ"]
QUESTION = ["กี่", "ไหม", "มั้ย", "อะไร", "ยังไง", "อย่างไร", "เท่าไหร่", "เท่าไร", "หรือเปล่า", "ป่าว", "?", "ไม๊"]
lines = open(os.path.join(HERE, "chatter.txt"), encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]
if len(lines) != 300:
    err(f"chatter.txt has {len(lines)} lines")
if len(set(lines)) != len(lines):
    err("chatter.txt has duplicate lines")
ndom = 0
for l in lines:
    if not l.strip():
        err("chatter: empty line")
    if "civicbot" in l.lower() or "บอท" in l:
        err(f"chatter addresses the bot: {l}")
    dom = any(w in l for w in DOMAIN_WORDS) or any(p in l for p in P77) or re.search(r"\d{2,3}-\d{6,7}", l)
    if dom:
        ndom += 1
        if any(q in l for q in QUESTION):
            err(f"chatter domain line looks like a question: {l}")
if ndom < 120:
    err(f"chatter: only {ndom} lines with domain words")

if ERR:
    for m in ERR[:60]:
        print("FAIL:", m)
    print(f"validate.py: {len(ERR)} problem(s)")
    sys.exit(1)
print(f"validate.py: OK - 400 cases {cat_count}; chatter 300 lines, {ndom} with domain words; "
      f"core {cnt('core')} ext {cnt('ext')} re-derived independently")
