#!/usr/bin/env python3
"""Turn the hand-written cases.txt into messages.jsonl, resolving every expected
figure from figures.json (run figures.py first). Also writes chatter.txt from
chatter_hand.txt plus a deterministic set of composed reminder/caption lines.
Standard library only, deterministic."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIG = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
PROVINCES = FIG["provinces"]
AGENCIES = FIG["agencies"]
REG = {"c": FIG["registers"]["core"], "e": FIG["registers"]["extended"]}

INTENTS = ["help", "greeting", "trainer_count", "trainer_coverage", "trainer_list",
           "trainer_register", "trainer_update", "trainer_remove", "agency_duties",
           "agency_list", "mou_info", "center_info", "glossary", "contact", "stats", "unknown"]
CATEGORIES = ["ordinary", "followup", "clarify", "english", "district", "region",
              "comparison", "silent"]
SLOT_AGENCIES = ["ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"]

# Named regional groupings used by the region cases (the document has no regions;
# these are the usual groupings, chosen where the membership is not disputed).
REGIONS = {
    "อีสาน": "กาฬสินธุ์ ขอนแก่น ชัยภูมิ นครพนม นครราชสีมา บึงกาฬ บุรีรัมย์ มหาสารคาม มุกดาหาร ยโสธร ร้อยเอ็ด เลย ศรีสะเกษ สกลนคร สุรินทร์ หนองคาย หนองบัวลำภู อำนาจเจริญ อุดรธานี อุบลราชธานี",
    "ใต้": "กระบี่ ชุมพร ตรัง นครศรีธรรมราช นราธิวาส ปัตตานี พังงา พัทลุง ภูเก็ต ยะลา ระนอง สงขลา สตูล สุราษฎร์ธานี",
    "ตะวันออก": "จันทบุรี ฉะเชิงเทรา ชลบุรี ตราด ปราจีนบุรี ระยอง สระแก้ว",
    "เหนือ17": "เชียงราย เชียงใหม่ น่าน พะเยา แพร่ แม่ฮ่องสอน ลำปาง ลำพูน อุตรดิตถ์ กำแพงเพชร ตาก นครสวรรค์ พิจิตร พิษณุโลก เพชรบูรณ์ สุโขทัย อุทัยธานี",
    "เหนือบน8": "เชียงราย เชียงใหม่ น่าน พะเยา แพร่ แม่ฮ่องสอน ลำปาง ลำพูน",
    "ชายแดนใต้": "ปัตตานี ยะลา นราธิวาส",
    "อันดามัน": "กระบี่ ตรัง พังงา ภูเก็ต ระนอง สตูล",
    "ปริมณฑล": "นนทบุรี ปทุมธานี สมุทรปราการ สมุทรสาคร นครปฐม",
}
REGIONS = {k: v.split() for k, v in REGIONS.items()}
for k, v in REGIONS.items():
    for p in v:
        assert p in PROVINCES, (k, p)
assert len(REGIONS["อีสาน"]) == 20 and len(REGIONS["ใต้"]) == 14 and len(REGIONS["เหนือ17"]) == 17

class CaseError(Exception):
    pass

def provinces_of(spec):
    if spec == "*":
        return list(PROVINCES)
    if spec.startswith("@"):
        if spec[1:] not in REGIONS:
            raise CaseError("unknown region " + spec)
        return REGIONS[spec[1:]]
    out = []
    for p in spec.split("+"):
        if p not in PROVINCES:
            raise CaseError("unknown province " + p)
        out.append(p)
    return out

def agencies_of(spec):
    if spec == "*":
        return list(AGENCIES)
    out = spec.split("+")
    for a in out:
        if a not in AGENCIES:
            raise CaseError("agency %s has no register column" % a)
    return out

def lookup(reg, pspec, aspec):
    t = REG[reg]["table"]
    return sum(t[p][a] for p in provinces_of(pspec) for a in agencies_of(aspec))

def figure(spec):
    """Return (value or None, note). None = expected zero, not listed."""
    parts = spec.split(":")
    kind = parts[0]
    if kind in ("c", "e") and len(parts) == 3:
        v = lookup(kind, parts[1], parts[2])
        if v == 0:
            raise CaseError("figure %s is 0: write it as z:%s" % (spec, spec))
        return v, None
    if kind == "z" and len(parts) == 4:
        v = lookup(parts[1], parts[2], parts[3])
        if v != 0:
            raise CaseError("z-spec %s is %d, not 0" % (spec, v))
        return None, "register value is 0 (cell '-' or empty): reply must say none/0"
    if kind == "top" and len(parts) == 3:   # top:c|e:AGENCY -> largest province value
        vals = {p: lookup(parts[1], p, parts[2]) for p in PROVINCES}
        return max(vals.values()), None
    if kind == "topa" and len(parts) == 3:  # topa:c|e:PROVINCE -> largest agency value
        return max(lookup(parts[1], parts[2], a) for a in AGENCIES), None
    if kind == "n" and len(parts) == 3:     # n:c|e:AGENCY -> number of provinces with >0
        return sum(1 for p in PROVINCES if lookup(parts[1], p, parts[2]) > 0), None
    if kind == "f" and len(parts) == 2:
        v = FIG["facts"].get(parts[1])
        if not isinstance(v, int):
            raise CaseError("no integer fact " + parts[1])
        return v, None
    raise CaseError("bad figure spec " + spec)

def parse_expect(line, cat):
    toks = line.split()
    intent = toks[0]
    if intent not in INTENTS:
        raise CaseError("unknown intent " + intent)
    slots, figs, notes = {}, [], []
    reply = {"clarify": "clarify", "silent": "silent"}.get(cat, "answer")
    lang = "en" if cat == "english" else "th"
    for tok in toks[1:]:
        if tok in ("answer", "clarify", "silent"):
            reply = tok
        elif tok in ("th", "en"):
            lang = tok
        elif re.match(r"^(c|e|z|top|topa|n|f):", tok):
            v, note = figure(tok)
            if v is not None and v not in figs:
                figs.append(v)
            if note and note not in notes:
                notes.append(note)
        elif "=" in tok:
            k, v = tok.split("=", 1)
            if k == "p":
                if v not in PROVINCES:
                    raise CaseError("province slot %s not canonical" % v)
                slots["province"] = v
            elif k == "t":
                v = {"ext": "extended", "core": "core", "extended": "extended"}.get(v)
                if v is None:
                    raise CaseError("bad trainer_type " + tok)
                slots["trainer_type"] = v
            elif k == "a":
                if v not in SLOT_AGENCIES:
                    raise CaseError("bad agency " + tok)
                slots["agency"] = v
            else:
                raise CaseError("unknown slot " + k)
        else:
            raise CaseError("bad token in expect: " + tok)
    if reply in ("clarify", "silent") and figs:
        raise CaseError("%s case with figures" % reply)
    return {"intent": intent, "slots": slots, "figures": figs, "reply": reply, "lang": lang}, notes

def parse_cases(path):
    blocks, cur = [], None
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if line.startswith("//"):
            continue
        if not line.strip():
            if cur:
                blocks.append(cur); cur = None
            continue
        m = re.match(r"^\[(\w+)\]\s+([pg])\s*$", line)
        if m:
            if cur:
                blocks.append(cur)
            cur = {"line": n, "cat": m.group(1), "chat": "private" if m.group(2) == "p" else "group",
                   "turns": [], "expect": None, "note": []}
            continue
        if cur is None:
            raise SystemExit("cases.txt:%d: text outside a case" % n)
        if line.startswith(">r "):
            cur["turns"].append((line[3:], True))
        elif line.startswith("> "):
            cur["turns"].append((line[2:], False))
        elif line.startswith("= "):
            cur["expect"] = line[2:]
        elif line.startswith("# "):
            cur["note"].append(line[2:])
        else:
            raise SystemExit("cases.txt:%d: unknown line %r" % (n, line))
    if cur:
        blocks.append(cur)
    return blocks

def main():
    blocks = parse_cases(os.path.join(HERE, "cases.txt"))
    out, bad, seen_texts = [], 0, {}
    for i, b in enumerate(blocks, 1):
        try:
            if b["cat"] not in CATEGORIES:
                raise CaseError("unknown category " + b["cat"])
            if not b["turns"] or b["expect"] is None:
                raise CaseError("case needs turns and an expect line")
            if b["cat"] == "followup" and len(b["turns"]) < 2:
                raise CaseError("followup needs 2+ turns")
            if b["cat"] != "followup" and len(b["turns"]) > 1:
                raise CaseError("only followups have several turns")
            expect, notes = parse_expect(b["expect"], b["cat"])
            if expect["reply"] == "silent" and b["chat"] != "group":
                raise CaseError("silent case must be in a group")
            key = tuple(t for t, _ in b["turns"])
            if key in seen_texts:
                raise CaseError("duplicate case text (also line %d)" % seen_texts[key])
            seen_texts[key] = b["line"]
        except CaseError as e:
            print("cases.txt:%d: %s" % (b["line"], e), file=sys.stderr)
            bad += 1
            continue
        uid = 1700000 + i
        turns = [{"text": t.replace("\\n", "\n"), "chat_type": b["chat"], "user_id": uid,
                  "reply_to_bot": r} for t, r in b["turns"]]
        note = " ".join(b["note"] + notes)
        out.append({"id": "b17-%04d" % len(out + [0]), "category": b["cat"], "turns": turns,
                    "expect": expect, "note": note})
    if bad:
        sys.exit("gen.py: %d bad cases" % bad)
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    counts = {}
    for o in out:
        counts[o["category"]] = counts.get(o["category"], 0) + 1
    print("messages.jsonl: %d cases %s" % (len(out), json.dumps(counts, ensure_ascii=False)))
    write_chatter()

# ---- chatter -----------------------------------------------------------------
# Composed lines (the rest of chatter.txt is hand-written in chatter_hand.txt).
CH_WHO = ["ศส.ปชต.ตำบลบ้านเหล่า", "กลุ่ม อสม.หมู่ ๓", "ชมรมผู้สูงอายุบ้านดอนแก้ว",
          "คณะกรรมการพัฒนาสตรีตำบล", "กรรมการหมู่บ้านหมู่ ๗", "อาสาพัฒนาการเมือง ศส.ปชต.",
          "กลุ่มแม่บ้านบ้านหนองหอย"]
CH_WHAT = ["ประชุมประจำเดือน", "อบรมหลักสูตรพลเมืองคุณภาพ", "เวทีหมู่บ้านพลเมืองดีวิถีประชาธิปไตย",
           "ซ้อมกรรมการหน่วยเลือกตั้ง", "ทำแผนโครงการประจำปี", "ลงพื้นที่เยี่ยมผู้สูงอายุ"]
CH_WHEN = ["วันจันทร์นี้ ๙ โมงเช้า ที่ศาลาประชาคม", "พรุ่งนี้บ่ายโมง ห้องประชุม อบต.",
           "วันศุกร์ ๑๓.๓๐ น. ที่วัดกลางบ้าน", "เสาร์นี้ ๘ โมงครึ่ง ที่ รพ.สต.",
           "วันพุธหน้า ๑๐ โมง ที่หอประชุมอำเภอ"]
CH_TAIL = ["ติดต่อพี่สมพร 081-234-5678", "สอบถามเพิ่มเติม โทร ๐๘๙-๑๑๒-๓๔๕๖ คุณมาลี",
           "ใครไปไม่ได้แจ้งในกลุ่มด้วยนะคะ", "ขอให้แต่งชุดผ้าไทยค่ะ", "ช่วยกันแชร์ต่อด้วยครับ 🙏"]

def write_chatter():
    hand = [l.rstrip("\n") for l in open(os.path.join(HERE, "chatter_hand.txt"), encoding="utf-8")
            if l.strip() and not l.startswith("//")]
    composed = []
    i = 0
    while len(hand) + len(composed) < 300:
        who = CH_WHO[i % len(CH_WHO)]
        what = CH_WHAT[(i // len(CH_WHO)) % len(CH_WHAT)]
        when = CH_WHEN[(i * 3) % len(CH_WHEN)]
        tail = CH_TAIL[(i * 7 + 1) % len(CH_TAIL)]
        line = "แจ้ง %s %s %s %s" % (who, what, when, tail)
        if line not in composed and line not in hand:
            composed.append(line)
        i += 1
        if i > 5000:
            sys.exit("could not compose enough chatter")
    lines = hand + composed
    assert len(lines) == 300 and len(set(lines)) == 300, (len(lines), len(set(lines)))
    with open(os.path.join(HERE, "chatter.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("chatter.txt: %d lines (%d hand-written, %d composed)" % (len(lines), len(hand), len(composed)))

if __name__ == "__main__":
    main()
