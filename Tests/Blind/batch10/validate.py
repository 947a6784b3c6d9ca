#!/usr/bin/env python3
"""Validate messages.jsonl, specs.json and chatter.txt.

Re-parses the seed independently of figures.py (own row regex, own province list, fuzzy
repair of misspelt rows, own region table, own spec evaluator) and re-derives every figure.
Exit status 0 when everything passes; otherwise prints every problem and exits 1.

Standard library only.  Run: python3 validate.py
"""
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"

PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


# ------------------------------------------------------------------ independent seed parse
PROV77 = sorted(set("""
กรุงเทพมหานคร สมุทรปราการ นนทบุรี ปทุมธานี พระนครศรีอยุธยา อ่างทอง ลพบุรี สิงห์บุรี ชัยนาท สระบุรี
ชลบุรี ระยอง จันทบุรี ตราด ฉะเชิงเทรา ปราจีนบุรี นครนายก สระแก้ว นครราชสีมา บุรีรัมย์ สุรินทร์
ศรีสะเกษ อุบลราชธานี ยโสธร ชัยภูมิ อำนาจเจริญ บึงกาฬ หนองบัวลำภู ขอนแก่น อุดรธานี เลย หนองคาย
มหาสารคาม ร้อยเอ็ด กาฬสินธุ์ สกลนคร นครพนม มุกดาหาร เชียงใหม่ ลำพูน ลำปาง อุตรดิตถ์ แพร่ น่าน
พะเยา เชียงราย แม่ฮ่องสอน นครสวรรค์ อุทัยธานี กำแพงเพชร ตาก สุโขทัย พิษณุโลก พิจิตร เพชรบูรณ์
ราชบุรี กาญจนบุรี สุพรรณบุรี นครปฐม สมุทรสาคร สมุทรสงคราม เพชรบุรี ประจวบคีรีขันธ์
นครศรีธรรมราช กระบี่ พังงา ภูเก็ต สุราษฎร์ธานี ระนอง ชุมพร สงขลา สตูล ตรัง พัทลุง ปัตตานี ยะลา นราธิวาส
""".split()))

# six-region scheme, typed again (different order from figures.py on purpose)
REGION6 = {
    "ใต้": "ชุมพร ระนอง สุราษฎร์ธานี พังงา ภูเก็ต กระบี่ นครศรีธรรมราช ตรัง พัทลุง สตูล สงขลา ปัตตานี ยะลา นราธิวาส",
    "ตะวันตก": "ตาก กาญจนบุรี ราชบุรี เพชรบุรี ประจวบคีรีขันธ์",
    "ตะวันออก": "ชลบุรี ระยอง จันทบุรี ตราด ฉะเชิงเทรา ปราจีนบุรี สระแก้ว",
    "เหนือ": "เชียงใหม่ ลำพูน ลำปาง อุตรดิตถ์ แพร่ น่าน พะเยา เชียงราย แม่ฮ่องสอน",
    "อีสาน": ("นครราชสีมา บุรีรัมย์ สุรินทร์ ศรีสะเกษ อุบลราชธานี ยโสธร ชัยภูมิ อำนาจเจริญ บึงกาฬ "
              "หนองบัวลำภู ขอนแก่น อุดรธานี เลย หนองคาย มหาสารคาม ร้อยเอ็ด กาฬสินธุ์ สกลนคร นครพนม มุกดาหาร"),
    "กลาง": ("กรุงเทพมหานคร สมุทรปราการ นนทบุรี ปทุมธานี พระนครศรีอยุธยา อ่างทอง ลพบุรี สิงห์บุรี ชัยนาท "
             "สระบุรี นครนายก นครสวรรค์ อุทัยธานี กำแพงเพชร สุโขทัย พิษณุโลก พิจิตร เพชรบูรณ์ "
             "สุพรรณบุรี นครปฐม สมุทรสาคร สมุทรสงคราม"),
}
REGION6 = {k: v.split() for k, v in REGION6.items()}

AG_KEYS = [("DLA", "ส่งเสริม"), ("DOPA", "กรมการปกครอง"), ("HSS", "สนับสนุน"), ("CDD", "พัฒนาชุมชน"),
           ("DOP", "กิจการ")]


def reparse():
    text = open(SEED, encoding="utf-8").read()
    i_core = text.index("ทะเบียนประวัติวิทยากรหลักหน่วยงานของรัฐ")
    i_ext = text.index("ทะเบียนประวัติวิทยากรขยายผลหน่วยงานของรัฐ")
    out = {}
    repairs = []
    for label, part in (("core", text[i_core:i_ext]), ("extended", text[i_ext:])):
        stated = int(re.search(r"จำนวน ([\d,]+) คน", part).group(1).replace(",", ""))
        # agency order from the first header line: position of each keyword
        hdr = next(l for l in part.splitlines() if "กรมการปกครอง" in l)
        order = [a for a, key in sorted(AG_KEYS, key=lambda x: hdr.replace(" ", "").index(x[1]))]
        table = {}
        for m in re.finditer(r"^(\d{1,2})\t([^\t\n]+)\t([^\n]*)$", part, re.M):
            name = m.group(2).strip()
            if name not in PROV77:
                close = difflib.get_close_matches(name, PROV77, n=2, cutoff=0.75)
                if len(close) < 1:
                    bad("seed: row %r matches no province" % name)
                    continue
                repairs.append((label, name, close[0]))
                name = close[0]
            cells = (m.group(3).split("\t") + [""] * 5)[:5]
            vals = [int(c) if c.strip().isdigit() else 0 for c in cells]
            for c in cells:
                if c.strip() not in ("", "-") and not c.strip().isdigit():
                    bad("seed: odd cell %r in %s" % (c, name))
            if name in table:
                bad("seed: %s twice in %s" % (name, label))
            table[name] = dict(zip(order, vals))
        tm = re.search(r"รวมจำนวน\t+([\d\t]+)", part)
        tots = [int(x) for x in tm.group(1).split("\t") if x.strip()]
        for k, a in enumerate(order):
            s = sum(r[a] for r in table.values())
            if s != tots[k]:
                bad("seed: %s %s column sums to %d, published %d" % (label, a, s, tots[k]))
        if sum(tots) != stated:
            bad("seed: %s totals %d != stated %d" % (label, sum(tots), stated))
        out[label] = table
    if len(out["extended"]) != 77:
        bad("seed: extended register has %d provinces" % len(out["extended"]))
    t = text.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
    doc = {
        "mou_term_years": int(re.search(r"\((\d+)ปี\)", t).group(1)),
        "notice_days": int(re.search(r"ไม่น้อยกว่า (\d+) \(", t).group(1)),
        "centre_founded_be": int(re.search(r"ตั้งแต่ปี พ\.ศ\. (\d+)", t).group(1)),
        "letter_year_be": int(re.search(r"ว 2565\n\n.*?\n\n1 กุมภาพันธ์ (\d+)", t, re.S).group(1)),
        "phone_ext": int(re.search(r"ต่อ (\d+)", t).group(1)),
        "fax_last": int(re.search(r"โทรสาร 0-2251-(\d+)", t).group(1)),
        "register_agencies": int(re.search(r"(\d) หน่วยงาน", t).group(1)),
    }
    return out, repairs, doc


DATA, REPAIRS, DOC = reparse()


def val(kind, provs, agency):
    ags = [agency] if agency else ["DOPA", "DLA", "HSS", "CDD", "DOP"]
    s = 0
    for p in provs:
        for a in ags:
            if kind in "ct":
                s += DATA["core"].get(p, {}).get(a, 0)
            if kind in "et":
                s += DATA["extended"][p][a]
    return s


def scope(sc):
    if sc == "*":
        return PROV77
    if sc.startswith("@"):
        return REGION6[sc[1:]]
    ps = sc.split("+")
    for p in ps:
        if p not in PROV77:
            raise ValueError("unknown province " + p)
    return ps


def ev(spec):
    p = spec.split(":")
    if p[0] in ("c", "e", "t"):
        return val(p[0], scope(p[1]), p[2] if len(p) > 2 and p[2] != "*" else None)
    if p[0] == "rank":
        n, kind, sc = int(p[1]), p[2], p[3]
        ag = p[4] if len(p) > 4 else None
        vals = sorted((val(kind, [x], ag) for x in scope(sc)), reverse=True)
        v = vals[n - 1]
        if vals.count(v) != 1:
            raise ValueError("tie in " + spec)
        return v
    if p[0] == "n":
        return sum(1 for x in scope(p[2] if len(p) > 2 else "*") if val(p[1], [x], None) > 0)
    if p[0] == "doc":
        return DOC[p[1]]
    raise ValueError("bad spec " + spec)


def derive(specs):
    out = []
    for s in specs:
        v = ev(s)
        if v and v not in out:
            out.append(v)
    return out


# ------------------------------------------------------------------ case checks
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "trainer_register",
           "trainer_update", "trainer_remove", "agency_duties", "agency_list", "mou_info", "center_info",
           "glossary", "contact", "stats", "unknown"}
FORBIDDEN = {"trainer_register", "trainer_update", "trainer_remove", "stats"}
AGENCIES = {"DOPA", "DLA", "HSS", "CDD", "DOP", "ECT"}
TYPES = {"core", "extended"}
COUNTS = {"ordinary": 180, "followup": 60, "english": 40, "clarify": 45, "district": 30, "region": 15,
          "comparison": 15, "silent": 15}
TOP_KEYS = {"id", "category", "turns", "expect", "note"}
EXP_KEYS = {"intent", "slots", "figures", "reply", "lang"}
TURN_KEYS = {"text", "chat_type", "user_id", "reply_to_bot"}


def spec_parts(s):
    p = s.split(":")
    if p[0] in ("c", "e", "t"):
        return p[1], (p[2] if len(p) > 2 else None)
    return None, None


def check_cases():
    path = os.path.join(HERE, "messages.jsonl")
    specs = json.load(open(os.path.join(HERE, "specs.json"), encoding="utf-8"))
    lines = open(path, encoding="utf-8").read().splitlines()
    if len(lines) != 400:
        bad("messages.jsonl has %d lines, expected 400" % len(lines))
    counts = {}
    last_texts = {}
    all_texts = set()
    for n, line in enumerate(lines, 1):
        try:
            c = json.loads(line)
        except ValueError as e:
            bad("line %d: not JSON (%s)" % (n, e))
            continue
        cid = c.get("id")
        where = "%s (line %d)" % (cid, n)
        if cid != "b10-%04d" % n:
            bad("%s: id out of order, expected b10-%04d" % (where, n))
        if set(c) != TOP_KEYS:
            bad("%s: keys %s" % (where, sorted(c)))
            continue
        cat = c["category"]
        counts[cat] = counts.get(cat, 0) + 1
        if cat not in COUNTS:
            bad("%s: unknown category %s" % (where, cat))
        if not isinstance(c["note"], str):
            bad("%s: note must be a string" % where)
        turns = c["turns"]
        exp = c["expect"]
        # --- turns
        if not isinstance(turns, list) or not turns:
            bad("%s: no turns" % where)
            continue
        for t in turns:
            if set(t) != TURN_KEYS:
                bad("%s: turn keys %s" % (where, sorted(t)))
                continue
            if not isinstance(t["text"], str) or not t["text"].strip():
                bad("%s: empty turn text" % where)
            if t["chat_type"] not in ("private", "group"):
                bad("%s: chat_type %r" % (where, t["chat_type"]))
            if not isinstance(t["user_id"], int) or isinstance(t["user_id"], bool):
                bad("%s: user_id not int" % where)
            if not isinstance(t["reply_to_bot"], bool):
                bad("%s: reply_to_bot not bool" % where)
            if t["chat_type"] == "private" and t["reply_to_bot"]:
                bad("%s: reply_to_bot in a private chat" % where)
            all_texts.add(t["text"].strip())
        if cat == "followup":
            if not 2 <= len(turns) <= 3:
                bad("%s: followup needs 2-3 turns" % where)
            if len({t["user_id"] for t in turns}) != 1 or len({t["chat_type"] for t in turns}) != 1:
                bad("%s: followup turns must be one user in one chat" % where)
        elif len(turns) != 1:
            bad("%s: %s case must have one turn" % (where, cat))
        last = turns[-1]["text"].strip()
        key = " ".join(last.split())
        if key in last_texts:
            bad("%s: last turn duplicates %s: %r" % (where, last_texts[key], last))
        last_texts[key] = cid
        # --- expect
        if not EXP_KEYS <= set(exp) or not set(exp) <= EXP_KEYS | {"intent_alt"}:
            bad("%s: expect keys %s" % (where, sorted(exp)))
            continue
        intent = exp["intent"]
        if intent not in INTENTS:
            bad("%s: intent %r not in DESIGN.md" % (where, intent))
        if intent in FORBIDDEN:
            bad("%s: admin/stats intent %s not allowed" % (where, intent))
        for a in exp.get("intent_alt", []):
            if a not in INTENTS or a in FORBIDDEN:
                bad("%s: intent_alt %r" % (where, a))
        if intent == "trainer_coverage" and "trainer_count" not in exp.get("intent_alt", []):
            bad("%s: trainer_coverage must carry intent_alt trainer_count" % where)
        slots = exp["slots"]
        if not isinstance(slots, dict) or not set(slots) <= {"province", "agency", "trainer_type"}:
            bad("%s: slots %r" % (where, slots))
            slots = {}
        if "province" in slots and slots["province"] not in PROV77:
            bad("%s: province %r not canonical" % (where, slots["province"]))
        if "agency" in slots and slots["agency"] not in AGENCIES:
            bad("%s: agency %r" % (where, slots["agency"]))
        if "trainer_type" in slots and slots["trainer_type"] not in TYPES:
            bad("%s: trainer_type %r" % (where, slots["trainer_type"]))
        figs = exp["figures"]
        if not isinstance(figs, list) or any(not isinstance(x, int) or isinstance(x, bool) or x <= 0
                                             for x in figs) or len(set(figs)) != len(figs):
            bad("%s: figures must be distinct positive ints: %r" % (where, figs))
        if exp["reply"] not in ("answer", "clarify", "silent"):
            bad("%s: reply %r" % (where, exp["reply"]))
        want_lang = "en" if cat == "english" else "th"
        if exp["lang"] != want_lang:
            bad("%s: lang %r, expected %s" % (where, exp["lang"], want_lang))
        want_reply = {"clarify": "clarify", "silent": "silent"}.get(cat, "answer")
        if exp["reply"] != want_reply:
            bad("%s: reply %s, expected %s for %s" % (where, exp["reply"], want_reply, cat))
        # --- addressing
        chat = turns[-1]["chat_type"]
        if exp["reply"] in ("answer", "clarify") and chat == "group":
            for t in turns:
                if not (t["text"].lstrip().lower().startswith("@civicbot") or t["reply_to_bot"]):
                    bad("%s: group turn not addressed to the bot: %r" % (where, t["text"]))
        if exp["reply"] == "silent":
            if chat != "group" or intent != "unknown" or figs or slots:
                bad("%s: silent cases are group, intent unknown, no slots, no figures" % where)
            if any(t["reply_to_bot"] for t in turns):
                bad("%s: silent case replies to the bot" % where)
        # --- figures re-derived
        sp = specs.get(cid)
        if sp is None:
            bad("%s: no specs" % where)
            continue
        try:
            d = derive(sp)
        except (ValueError, KeyError, IndexError) as e:
            bad("%s: spec error %s" % (where, e))
            continue
        if d != figs:
            bad("%s: figures %r, re-derived %r from %s" % (where, figs, d, sp))
        # --- conventions on trainer counts
        if intent == "trainer_count" and cat not in ("clarify", "comparison") and "province" in slots \
                and len(sp) in (1, 3):
            P, A, T = slots["province"], slots.get("agency"), slots.get("trainer_type")
            if T:
                conv = [val(T[0], [P], A)]
            else:
                conv = [val("c", [P], A), val("e", [P], A), val("t", [P], A)]
            conv2 = []
            for v in conv:
                if v and v not in conv2:
                    conv2.append(v)
            if conv2 != figs:
                bad("%s: figures %r break the province/type convention %r" % (where, figs, conv2))
        if cat == "comparison" or (len(sp) == 2 and all(s[0] in "cet" and s[1] == ":" for s in sp)
                                   and intent == "trainer_count"):
            (p1, a1), (p2, a2) = spec_parts(sp[0]), spec_parts(sp[1])
            if p1 != p2 and "province" in slots:
                bad("%s: comparison of two places carries a province slot" % where)
            if p1 == p2 and p1 in PROV77 and slots.get("province") != p1:
                bad("%s: department comparison should carry province %s" % (where, p1))
            if a1 != a2 and "agency" in slots:
                bad("%s: comparison of two departments carries an agency slot" % where)
    if counts != COUNTS:
        bad("category counts %s, expected %s" % (counts, COUNTS))
    return all_texts


def check_chatter(case_texts):
    path = os.path.join(HERE, "chatter.txt")
    lines = open(path, encoding="utf-8").read().splitlines()
    if len(lines) != 300:
        bad("chatter.txt has %d lines" % len(lines))
    if len(set(lines)) != len(lines):
        bad("chatter.txt has duplicate lines")
    dom_words = ["อสม", "ประชุม", "วิทยากร", "กกต", "อบต", "ศส.ปชต", "เลือกตั้ง", "อบรม", "ผู้ใหญ่บ้าน",
                 "กำนัน", "เทศบาล", "พัฒนาชุมชน", "ผู้สูงอายุ", "ประชาธิปไตย", "พลเมือง", "อำเภอ", "กศน",
                 "รพ.สต", "MOU", "สตรี", "กรรมการหมู่บ้าน"]
    dom = 0
    for l in lines:
        if not l.strip():
            bad("chatter: empty line")
        if "civicbot" in l.lower() or "บอท" in l or l.strip().startswith("/"):
            bad("chatter: addressed to the bot: %r" % l)
        if l.strip() in case_texts:
            bad("chatter: line also used in messages.jsonl: %r" % l)
        if any(w in l for w in dom_words):
            dom += 1
    if dom < 120:
        bad("chatter: only %d lines with domain words (need 120)" % dom)
    return dom


def check_figures_json():
    fig = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
    for p in PROV77:
        for a in ["DOPA", "DLA", "HSS", "CDD", "DOP"]:
            if fig["extended"][p][a] != DATA["extended"][p][a]:
                bad("figures.json extended %s %s differs from re-parse" % (p, a))
            if fig["core"][p][a] != DATA["core"].get(p, {}).get(a, 0):
                bad("figures.json core %s %s differs from re-parse" % (p, a))
    if sorted(fig["core_listed"]) != sorted(DATA["core"]):
        bad("figures.json core province list differs")
    rep = sorted((r["register"], r["seen"], r["as"]) for r in fig["repairs"])
    if rep != sorted(REPAIRS):
        bad("repairs differ: figures.json %s, re-parse %s" % (rep, sorted(REPAIRS)))
    for k, v in DOC.items():
        if fig["doc"].get(k) != v:
            bad("doc fact %s: figures.json %r, re-parse %r" % (k, fig["doc"].get(k), v))
    for r, ps in REGION6.items():
        if sorted(fig["regions"][r]) != sorted(ps):
            bad("region %s differs between figures.json and validate.py" % r)
    if sorted(p for ps in REGION6.values() for p in ps) != PROV77:
        bad("validate.py region table does not cover the 77 provinces once")


def main():
    check_figures_json()
    texts = check_cases()
    dom = check_chatter(texts)
    if PROBLEMS:
        for p in PROBLEMS:
            print("FAIL:", p)
        print("%d problem(s)" % len(PROBLEMS))
        sys.exit(1)
    print("OK: 400 cases (counts, schema, ids, slots, addressing, unique last turns, figures "
          "re-derived from an independent parse); chatter 300 unique lines, %d with domain words; "
          "repairs %s" % (dom, REPAIRS))


if __name__ == "__main__":
    main()
