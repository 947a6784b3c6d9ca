#!/usr/bin/env python3
"""Build messages.jsonl from cases.txt (figures resolved from figures.json) and
chatter.txt from chatter_hand.txt plus lines assembled from parts.

Exits 1 on any error in cases.txt: unknown spec, a figure that resolves to 0 (zeros go in a
Z line, never in the figures), a Z spec that is not 0, an unknown slot value, etc.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIG = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
PROVINCES = FIG["provinces"]
AGENCIES = FIG["agencies"]
BASE_UID = 1800000

CATEGORIES = ["ordinary", "followup", "clarify", "english", "district", "region", "comparison", "silent"]
INTENTS = ["help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "trainer_register",
           "trainer_update", "trainer_remove", "agency_duties", "agency_list", "mou_info", "center_info",
           "glossary", "contact", "stats", "unknown"]
SLOT_VALUES = {
    "province": set(PROVINCES),
    "agency": {"ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"},
    "trainer_type": {"core", "extended"},
}

# Groupings by name (membership only; every number comes from figures.json).
GROUPS = {
    # ภาคตะวันออกเฉียงเหนือ: 20 provinces in both the 4-region and the 6-region scheme
    "ISAN20": "กาฬสินธุ์ ขอนแก่น ชัยภูมิ นครพนม นครราชสีมา บึงกาฬ บุรีรัมย์ มหาสารคาม มุกดาหาร ยโสธร "
              "ร้อยเอ็ด เลย ศรีสะเกษ สกลนคร สุรินทร์ หนองคาย หนองบัวลำภู อำนาจเจริญ อุดรธานี อุบลราชธานี",
    # ภาคใต้: 14 provinces in both schemes
    "SOUTH14": "กระบี่ ชุมพร ตรัง นครศรีธรรมราช นราธิวาส ปัตตานี พังงา พัทลุง ภูเก็ต ยะลา ระนอง สงขลา สตูล "
               "สุราษฎร์ธานี",
    "DEEPSOUTH3": "ปัตตานี ยะลา นราธิวาส",
    "EEC3": "ฉะเชิงเทรา ชลบุรี ระยอง",
    "BKKMETRO6": "กรุงเทพมหานคร นนทบุรี ปทุมธานี สมุทรปราการ สมุทรสาคร นครปฐม",
    "ANDAMAN6": "ระนอง พังงา ภูเก็ต กระบี่ ตรัง สตูล",
    "UPPERNORTH8": "เชียงใหม่ เชียงราย ลำปาง ลำพูน แพร่ น่าน พะเยา แม่ฮ่องสอน",
    "NAKHON6": "นครนายก นครปฐม นครพนม นครราชสีมา นครศรีธรรมราช นครสวรรค์",
    "SAMUT3": "สมุทรปราการ สมุทรสาคร สมุทรสงคราม",
}
GROUPS = {k: v.split() for k, v in GROUPS.items()}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def check_groups():
    sizes = {"ISAN20": 20, "SOUTH14": 14, "DEEPSOUTH3": 3, "EEC3": 3, "BKKMETRO6": 6, "ANDAMAN6": 6,
             "UPPERNORTH8": 8, "NAKHON6": 6, "SAMUT3": 3}
    for g, members in GROUPS.items():
        for p in members:
            if p not in PROVINCES:
                err("GROUPS", f"{g}: {p} is not a province")
        if len(set(members)) != len(members) or len(members) != sizes[g]:
            err("GROUPS", f"{g}: {len(members)} members, name says {sizes[g]}")
    nakhon = [p for p in PROVINCES if p.startswith("นคร")]
    if sorted(nakhon) != sorted(GROUPS["NAKHON6"]):
        err("GROUPS", "NAKHON6 differs from the provinces whose names start with นคร")
    samut = [p for p in PROVINCES if p.startswith("สมุทร")]
    if sorted(samut) != sorted(GROUPS["SAMUT3"]):
        err("GROUPS", "SAMUT3 differs from the สมุทร provinces")


def table_value(kind, prov, cols):
    vals = []
    for k in (["core", "extended"] if kind == "all" else [kind]):
        row = FIG[k].get(prov)
        vals.append(0 if row is None else sum(row[c] for c in cols))
    return sum(vals)


def resolve(spec, where):
    """Return the integer a spec stands for, or None after recording an error."""
    spec = spec.strip()
    if spec.startswith("diff(") and spec.endswith(")"):
        inner = spec[5:-1].split("|")
        if len(inner) != 2:
            err(where, f"bad diff spec {spec!r}")
            return None
        a, b = resolve(inner[0], where), resolve(inner[1], where)
        return None if a is None or b is None else abs(a - b)
    parts = spec.split(":")
    if parts[0] == "doc" and len(parts) == 2:
        if parts[1] not in FIG["doc"] or FIG["doc"][parts[1]] is None:
            err(where, f"unknown doc number {parts[1]!r}")
            return None
        return FIG["doc"][parts[1]]
    if parts[0] == "cov" and len(parts) == 2:
        key = {"core": "core_provinces", "ext": "extended_provinces"}.get(parts[1])
        if key is None:
            err(where, f"bad coverage spec {spec!r}")
            return None
        return FIG["coverage"][key]
    if len(parts) != 3 or parts[0] not in ("core", "ext", "all"):
        err(where, f"bad spec {spec!r}")
        return None
    kind = {"core": "core", "ext": "extended", "all": "all"}[parts[0]]
    place, col = parts[1], parts[2]
    if place == "*":
        provs = PROVINCES
    elif place.startswith("@"):
        if place[1:] not in GROUPS:
            err(where, f"unknown group {place}")
            return None
        provs = GROUPS[place[1:]]
    else:
        provs = place.split("+")
        for p in provs:
            if p not in PROVINCES:
                err(where, f"{p!r} is not a canonical province")
                return None
    cols = AGENCIES if col == "total" else col.split("+")
    for c in cols:
        if c not in AGENCIES:
            err(where, f"unknown column {c!r}")
            return None
    return sum(table_value(kind, p, cols) for p in provs)


def parse_cases(path):
    cases = []
    category = None
    block = []
    lineno = 0

    def flush():
        nonlocal block
        if block:
            cases.append((category, block))
        block = []

    with open(path, encoding="utf-8") as f:
        for raw in f:
            lineno += 1
            line = raw.rstrip("\n")
            if line.startswith("#"):
                continue
            if line.startswith("=== "):
                flush()
                category = line[4:].strip()
                if category not in CATEGORIES:
                    err(f"cases.txt:{lineno}", f"unknown category {category!r}")
                continue
            if not line.strip():
                flush()
                continue
            block.append((lineno, line))
    flush()
    return cases


def build_case(n, category, block):
    where = f"cases.txt:{block[0][0]}"
    uid = BASE_UID + n
    turns, intent, slots, figs, zeros = [], None, {}, [], []
    reply = {"clarify": "clarify", "silent": "silent"}.get(category, "answer")
    lang = "en" if category == "english" else "th"
    notes = []
    fig_specs, zero_specs = [], []
    for ln, line in block:
        w = f"cases.txt:{ln}"
        if line.startswith("> "):
            head, sep, text = line[2:].partition(" | ")
            if not sep or head not in ("p", "g", "gr") or not text.strip():
                err(w, f"bad turn line {line!r}")
                continue
            turns.append({"text": text, "chat_type": "private" if head == "p" else "group",
                          "user_id": uid, "reply_to_bot": head == "gr"})
        elif line.startswith("I "):
            intent = line[2:].strip()
        elif line.startswith("S "):
            for kv in line[2:].split():
                k, _, v = kv.partition("=")
                if k not in SLOT_VALUES or v not in SLOT_VALUES[k]:
                    err(w, f"bad slot {kv!r}")
                slots[k] = v
        elif line.startswith("F "):
            fig_specs += [s for s in line[2:].split(";") if s.strip()]
        elif line.startswith("Z "):
            zero_specs += [s for s in line[2:].split(";") if s.strip()]
        elif line.startswith("R "):
            reply = line[2:].strip()
        elif line.startswith("L "):
            lang = line[2:].strip()
        elif line.startswith("N "):
            notes.append(line[2:].strip())
        else:
            err(w, f"unrecognised line {line!r}")
    for s in fig_specs:
        v = resolve(s, where)
        if v is None:
            continue
        if v == 0:
            err(where, f"figure {s.strip()} is 0: put it in a Z line and say so in the note")
            continue
        if v not in figs:
            figs.append(v)
    for s in zero_specs:
        v = resolve(s, where)
        if v is not None and v != 0:
            err(where, f"Z spec {s.strip()} is {v}, not 0")
    if intent not in INTENTS:
        err(where, f"unknown intent {intent!r}")
    if reply not in ("answer", "clarify", "silent"):
        err(where, f"bad reply {reply!r}")
    if lang not in ("th", "en"):
        err(where, f"bad lang {lang!r}")
    note = " ".join(notes)
    trace = []
    if fig_specs:
        trace.append("figures: " + "; ".join(s.strip() for s in fig_specs))
    if zero_specs:
        trace.append("zero cells: " + "; ".join(s.strip() for s in zero_specs))
    if trace:
        note = (note + " " if note else "") + "[" + " | ".join(trace) + "]"
    return {
        "id": f"b18-{n:04d}",
        "category": category,
        "turns": turns,
        "expect": {"intent": intent, "slots": slots, "figures": figs, "reply": reply, "lang": lang},
        "note": note,
    }


# ---------------------------------------------------------------- chatter

def generated_chatter(n_needed, existing):
    """Group chatter assembled from parts: greetings, meeting notices, thanks, photo captions,
    questions to named people. None mentions the bot; questions are always to a named human."""
    rng = random.Random(18)
    people = ["พี่เอ๋", "พี่นก", "ครูแดง", "ลุงชัย", "พี่ติ๋ม", "น้องเมย์", "พี่หน่อย", "พี่โอ๋", "น้าสมปอง",
              "พี่จิ๋ม", "พี่อ้อย", "ผอ.วิชัย", "ปลัดสมศักดิ์", "พี่นุ่น", "ครูเอ", "พี่ต่าย", "ป้าแต๋ว", "พี่บอย"]
    places = ["ศาลาประชาคมหมู่ 3", "ห้องประชุมอำเภอ", "อบต.หนองแวง", "เทศบาลตำบลบ้านเป็ด", "รพ.สต.โนนสวรรค์",
              "หอประชุมโรงเรียนบ้านโคก", "วัดป่าสามัคคี", "ศูนย์ ศส.ปชต.ตำบล"]
    days = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัส", "วันศุกร์", "เสาร์นี้", "พรุ่งนี้", "มะรืนนี้"]
    times = ["8.30 น.", "9.00 น.", "10.00 น.", "13.00 น.", "13.30 น.", "บ่ายสอง", "เก้าโมงเช้า"]
    meetings = ["ประชุมคณะกรรมการ ศส.ปชต.", "อบรมวิทยากรขยายผล", "ประชุมอาสาสมัครพัฒนาการเมือง",
                "ซ้อมกรรมการประจำหน่วยเลือกตั้ง", "ประชุม อสม. ร่วมกับ ศส.ปชต.", "เวทีหมู่บ้านพลเมืองดีวิถีประชาธิปไตย"]
    asks = ["ไปด้วยไหมคะ", "ว่างไหมคะ", "ช่วยเอาโปรเจกเตอร์มาด้วยนะคะ", "ฝากซื้อน้ำดื่มด้วยค่ะ",
            "รับเอกสารที่อำเภอให้หน่อยได้ไหมคะ", "ขอเบอร์ผู้ใหญ่บ้านหน่อยค่ะ", "ถ่ายรูปให้ด้วยนะคะ"]
    captions = ["บรรยากาศ", "ภาพกิจกรรม", "รูปหมู่", "เก็บตกภาพ"]
    events = ["อบรมพลเมืองคุณภาพ", "ประชุม ศส.ปชต.", "ลงพื้นที่หมู่บ้าน", "เวทีประชาคม", "งานมหกรรม ศส.ปชต."]
    thanks = ["ขอบคุณค่ะ", "ขอบคุณครับ", "ขอบคุณมากค่ะ", "ขอบใจจ้า", "ขอบคุณทุกท่านค่ะ"]
    tails = ["", " 🙏", " 😊", " ค่ะ", " นะคะ", " ครับ"]
    out = []
    seen = set(existing)
    attempts = 0
    while len(out) < n_needed and attempts < 100000:
        attempts += 1
        kind = rng.randrange(4)
        if kind == 0:
            s = f"แจ้ง{rng.choice(meetings)} {rng.choice(days)} {rng.choice(times)} ณ {rng.choice(places)}{rng.choice(tails)}"
        elif kind == 1:
            s = f"{rng.choice(people)} {rng.choice(days)}{rng.choice(meetings)} {rng.choice(asks)}"
        elif kind == 2:
            s = f"{rng.choice(captions)}{rng.choice(events)} ที่{rng.choice(places)}{rng.choice(tails)} 📷"
        else:
            s = f"{rng.choice(thanks)}{rng.choice(people)} ที่มาช่วย{rng.choice(events)}{rng.choice(['', ' 🙏', ' 😊', ' 👍'])}"
        s = " ".join(s.split())
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def main():
    check_groups()
    cases = parse_cases(os.path.join(HERE, "cases.txt"))
    records = [build_case(i, cat, blk) for i, (cat, blk) in enumerate(cases, 1)]
    hand = []
    with open(os.path.join(HERE, "chatter_hand.txt"), encoding="utf-8") as f:
        for ln, raw in enumerate(f, 1):
            s = raw.rstrip("\n")
            if not s.strip() or s.startswith("#"):
                continue
            if s in hand:
                err(f"chatter_hand.txt:{ln}", f"duplicate line {s!r}")
                continue
            hand.append(s)
    if len(hand) < 150:
        err("chatter_hand.txt", f"only {len(hand)} hand-written lines (need 150)")
    gen_lines = generated_chatter(max(0, 300 - len(hand)), hand)
    chatter = (hand + gen_lines)[:300]
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "chatter.txt"), "w", encoding="utf-8") as f:
        for s in chatter:
            f.write(s + "\n")
    counts = {}
    for r in records:
        counts[r["category"]] = counts.get(r["category"], 0) + 1
    print(f"messages.jsonl: {len(records)} cases {counts}")
    print(f"chatter.txt: {len(chatter)} lines ({min(len(hand), 300)} hand-written, "
          f"{len(chatter) - min(len(hand), 300)} generated)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
