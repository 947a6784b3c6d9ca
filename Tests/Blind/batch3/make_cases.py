#!/usr/bin/env python3
"""Build messages.jsonl and chatter.txt for blind test set 3 from figures.json.

Every number in an `expect.figures` list (and every register number quoted inside a
message or chatter line) is read from figures.json here; none is typed by hand.
Standard library only; deterministic (fixed seed).  Run figures.py first.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
F = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
assert F["check"] == "ok"
P = F["provinces"]
N = F["national"]
AG = F["agencies"]
REG = F["regions_six"]
D = F["document"]  # non-register facts (letter, MOU) parsed by figures.py
PHONE = [D["phone_last4"], D["phone_ext"]]
rng = random.Random(3003)

CORE_PROVS = [p for p in P if P[p]["in_core_register"]]
NONCORE_PROVS = [p for p in P if not P[p]["in_core_register"]]
TYPE_TH = {"core": "วิทยากรหลัก", "extended": "วิทยากรขยายผล"}
AG_TH = {"DOPA": "กรมการปกครอง", "DLA": "กรมส่งเสริมการปกครองท้องถิ่น", "HSS": "กรมสนับสนุนบริการสุขภาพ",
         "CDD": "กรมการพัฒนาชุมชน", "DOP": "กรมกิจการผู้สูงอายุ", "ECT": "สำนักงาน กกต."}
THD = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def th(n):
    return str(n).translate(THD)


# ---------------------------------------------------------------- surfaces
NICK = {
    "กรุงเทพมหานคร": ["กทม.", "กรุงเทพฯ", "กรุงเทพ", "บางกอก"],
    "นครราชสีมา": ["โคราช", "เมืองย่า", "โคราช"],
    "อุบลราชธานี": ["อุบลฯ", "อุบล", "เมืองดอกบัว"],
    "พระนครศรีอยุธยา": ["อยุธยา", "กรุงเก่า"],
    "นครศรีธรรมราช": ["นครศรีฯ", "เมืองคอน", "นครศรี"],
    "สุราษฎร์ธานี": ["สุราษฎร์", "สุราษฎร์ฯ"],
    "ฉะเชิงเทรา": ["แปดริ้ว"],
    "สมุทรปราการ": ["ปากน้ำ"],
    "นครสวรรค์": ["ปากน้ำโพ"],
    "ประจวบคีรีขันธ์": ["ประจวบ", "ประจวบฯ"],
    "อุดรธานี": ["อุดร", "อุดรฯ"],
    "กาญจนบุรี": ["กาญจน์"],
    "สุพรรณบุรี": ["สุพรรณ"],
    "ปทุมธานี": ["ปทุม"],
    "พิษณุโลก": ["พิดโลก", "เมืองสองแคว"],
    "ลำปาง": ["เมืองรถม้า"],
    "แม่ฮ่องสอน": ["เมืองสามหมอก"],
    "นราธิวาส": ["นราฯ"],
    "หนองบัวลำภู": ["หนองบัว"],
    "อำนาจเจริญ": ["อำนาจ"],
    "สมุทรสาคร": ["มหาชัย"],
    "สมุทรสงคราม": ["แม่กลอง"],
    "กำแพงเพชร": ["กำแพง"],
    "ร้อยเอ็ด": ["เมืองร้อยเอ็ด"],
}
TYPO = {
    "เชียงใหม่": "เชียงใหม", "ขอนแก่น": "ขอนแกน", "ลำพูน": "ลำพุน", "ลำปาง": "ลําปาง",  # ํา decomposed
    "สุรินทร์": "สุรินท์", "ศรีสะเกษ": "ศรีษะเกษ", "อุบลราชธานี": "อุบลราขธานี",
    "นครราชสีมา": "นครราชสีมมา", "บุรีรัมย์": "บุรีรัม", "พิษณุโลก": "พิศณุโลก", "อุดรธานี": "อุตรธานี",
    "ร้อยเอ็ด": "ร้อยเอ็จ", "กาฬสินธุ์": "กาฬสินธ์", "สุราษฎร์ธานี": "สุราษฏร์ธานี", "ปัตตานี": "ปัตตนี",
    "นครศรีธรรมราช": "นครศรีธรรมราด", "ชลบุรี": "ชลบุลี", "มหาสารคาม": "มหาสาคาม",
    "พระนครศรีอยุธยา": "พระนครศรีอยุทธยา", "อ่างทอง": "อางทอง", "หนองคาย": "หนองค่าย", "สตูล": "สะตูล",
    "พังงา": "พังา", "กระบี่": "กะบี่", "เชียงราย": "เชียงรายย", "สุโขทัย": "สุโขไท", "นครปฐม": "นครปถม",
    "ชัยภูมิ": "ชัยภูม", "ลพบุรี": "ลบบุรี", "จันทบุรี": "จันทบุลี",
}
EN = {
    "เชียงใหม่": "Chiang Mai", "เชียงราย": "Chiang Rai", "ขอนแก่น": "Khon Kaen", "นครราชสีมา": "Korat",
    "อุบลราชธานี": "Ubon Ratchathani", "กรุงเทพมหานคร": "Bangkok", "พระนครศรีอยุธยา": "Ayutthaya",
    "ภูเก็ต": "Phuket", "สุราษฎร์ธานี": "Surat Thani", "อุดรธานี": "Udon Thani", "ลำปาง": "Lampang",
    "ลำพูน": "Lamphun", "ร้อยเอ็ด": "Roi Et", "บุรีรัมย์": "Buriram", "ศรีสะเกษ": "Sisaket",
    "สงขลา": "Songkhla", "ชลบุรี": "Chonburi", "น่าน": "Nan", "กระบี่": "Krabi", "ปัตตานี": "Pattani",
    "สุรินทร์": "Surin", "หนองคาย": "Nong Khai", "ตรัง": "Trang", "สตูล": "Satun",
    "นครศรีธรรมราช": "Nakhon Si Thammarat", "ชัยภูมิ": "Chaiyaphum", "พิษณุโลก": "Phitsanulok",
    "สมุทรปราการ": "Samut Prakan", "นครปฐม": "Nakhon Pathom", "จันทบุรี": "Chanthaburi",
    "สุโขทัย": "Sukhothai", "พังงา": "Phang Nga", "แม่ฮ่องสอน": "Mae Hong Son", "ระยอง": "Rayong",
    "เลย": "Loei", "นครสวรรค์": "Nakhon Sawan", "เพชรบุรี": "Phetchaburi",
}

AGS = {
    "DOPA": ["กรมการปกครอง", "ปค.", "ฝ่ายปกครอง", "สายปกครอง", "กรมการปกครอง(ปค.)", "ปกครอง"],
    "DLA": ["กรมส่งเสริมการปกครองท้องถิ่น", "สถ.", "ท้องถิ่น", "กรมท้องถิ่น", "อปท.", "เทศบาล", "อบต.",
            "กรมส่งเสริมฯ"],
    "HSS": ["กรมสนับสนุนบริการสุขภาพ", "สบส.", "สาธารณสุข", "อสม.", "กรม สบส", "ฝั่งสุขภาพ"],
    "CDD": ["กรมการพัฒนาชุมชน", "กรมพัฒนาชุมชน", "พช.", "พัฒนาชุมชน", "พัฒนากร"],
    "DOP": ["กรมกิจการผู้สูงอายุ", "ผส.", "ผู้สูงอายุ", "กรมผู้สูงอายุ", "กรมกิจการผู้สูงอายุ (ผส.)"],
}
TSURF = {
    "core": ["วิทยากรหลัก", "วิทยากรหลัก", "วิทยากร หลัก", "วิทยากรหลักๆ", "วิทยากรตัวหลัก"],
    "extended": ["วิทยากรขยายผล", "วิทยากรขยายผล", "วิทยากร ขยายผล", "วิทยากรขยายผลฯ", "วิทยากรขยาย"],
}
PT = ["ครับ", "คะ", "ค่ะ", "จ้า", "นะคะ", "คับ", "ครัช", "จ้ะ", "ฮะ", "", "", "", "ค้าบ", "คะ 🙏",
      "ครับผม", "น้า", "ค่า", "ครับ 🙏", "คะพี่", "อ่ะ"]


def pt():
    s = rng.choice(PT)
    return (rng.choice(["", "", " "]) + s) if s else ""


def psurf(p, allow=("canon", "canon", "canon", "nick", "typo")):
    style = rng.choice(allow)
    if style == "nick" and p in NICK:
        s = rng.choice(NICK[p])
        return s, "nickname %s = %s" % (s, p)
    if style == "typo" and p in TYPO:
        s = TYPO[p]
        return s, "typo/variant spelling %s = %s" % (s, p)
    return p, None


def asurf(a):
    s = rng.choice(AGS[a])
    n = None
    if s in ("อปท.", "เทศบาล", "อบต."):
        n = "%s (local government) -> DLA column" % s
    elif s == "อสม.":
        n = "อสม. (village health volunteers) -> HSS column"
    elif s == "พัฒนากร":
        n = "พัฒนากร (CDD field officer) -> CDD column"
    return s, n


def nz(xs):
    return [x for x in xs if x]


def figs(p=None, t=None, a=None):
    src = P[p] if p else N
    if t is None and a is None:
        return nz([src["core_total"], src["extended_total"]])
    if a is None:
        return nz([src[t + "_total"]])
    if t is None:
        return nz([src["core"][a], src["extended"][a]])
    return nz([src[t][a]])


def zero_note(p=None, t=None, a=None):
    src = P[p] if p else N
    out = []
    types = [t] if t else ["core", "extended"]
    for tt in types:
        v = src[tt + "_total"] if a is None else src[tt][a]
        if v == 0:
            if p and tt == "core" and not P[p]["in_core_register"]:
                out.append("%s is not in the core register: no core trainers (0)" % p)
            else:
                out.append("%s%s %s = 0 (reply must say none)" % (p or "national", "/" + a if a else "", tt))
    return "; ".join(out) or None


def slots(p=None, t=None, a=None):
    s = {}
    if p:
        s["province"] = p
    if t:
        s["trainer_type"] = t
    if a:
        s["agency"] = a
    return s


def joinnote(*ns):
    ns = [n for n in ns if n]
    return "; ".join(ns) if ns else None


# ---------------------------------------------------------------- case store
CASES = []
SHAPES = set()
_uid = [3000]


def add(cat, turns, intent, sl=None, fg=None, reply="answer", lang=None, alt=None, note=None, shape=None):
    _uid[0] += 1
    u = _uid[0]
    tt = []
    for t in turns:
        if isinstance(t, str):
            t = (t, "private", False)
        text, chat, rtb = t
        tt.append({"text": text, "chat_type": chat, "user_id": u, "reply_to_bot": rtb})
    exp = {"intent": intent}
    if alt:
        exp["intent_alt"] = alt
    exp["slots"] = sl or {}
    exp["figures"] = fg or []
    exp["reply"] = reply
    if lang:
        exp["lang"] = lang
    c = {"id": None, "category": cat, "turns": tt, "expect": exp}
    if note:
        c["note"] = note
    CASES.append(c)
    last = turns[-1] if isinstance(turns[-1], str) else turns[-1][0]
    SHAPES.add(shape or last)


def cycle(lst):
    lst = list(lst)
    while True:
        rng.shuffle(lst)
        for x in lst:
            yield x


def grp(text, how=None):
    """A group message addressed to the bot (mention, name, or reply)."""
    how = how or rng.choice(["at", "at", "reply", "at_end"])
    if how == "at":
        return ("@civicbot " + text, "group", False)
    if how == "at_end":
        return (text + " @civicbot", "group", False)
    return (text, "group", True)


def maybe_group(text, prob=0.25):
    if rng.random() < prob:
        return grp(text)
    return (text, "private", False)


# ================================================================ ORDINARY
def ordinary():
    C = "ordinary"
    provs = cycle(list(P))
    coreprovs = cycle(CORE_PROVS)
    noncore = cycle(NONCORE_PROVS)

    # --- A. province, no type: both registers' totals
    A_T = [
        "{p}มีวิทยากรกี่คน{pt}",
        "วิทยากรพลเมืองคุณภาพ {p} มีกี่คน{pt}",
        "ขอจำนวนวิทยากรจังหวัด{p}หน่อย{pt}",
        "{p} วิทยากรทั้งหมดเท่าไหร่{pt}",
        "อยากทราบว่า{p}มีวิทยากรหลักสูตรพลเมืองคุณภาพกี่ท่าน{pt}",
        "จ.{p} มีวิทยากรเท่าไร",
        "วิทยากรใน{p}มีกี่คนอะ",
        "ที่{p}มีวิทยากรบ้างไหม กี่คน{pt}",
        "เช็คยอดวิทยากร {p} ให้หน่อยจ้า",
        "{p}มีวิทยากรกี่คนนะ จำไม่ได้ละ",
        "รบกวนสอบถามจำนวนวิทยากรของจังหวัด{p}ค่ะ",
        "วิทยากร{p}กี่คน",
        "ขอทราบยอดวิทยากรพลเมืองคุณภาพ ปี ๒๕๖๓ ของ{p}{pt}",
        "ในทะเบียนวิทยากร {p} มีกี่คน{pt}",
        "จังหวัดผม{p} มีวิทยากรมั้ยครับ กี่คน",
        "{p} มีคนเป็นวิทยากรพลเมืองคุณภาพกี่คนเหรอ",
        "หนูอยู่{p}ค่ะ อยากรู้ว่ามีวิทยากรกี่คน",
        "มีวิทยากรที่{p}เท่าไหร่{pt}",
        "วิทยากรทั้งหลักและขยายผลของ{p}มีกี่คน{pt}",
        "สวัสดีค่ะ ขอสอบถามค่ะ {p}มีวิทยากรหลักสูตรพลเมืองคุณภาพกี่คนคะ",
        "{p}กี่คน วิทยากรอ่ะ",
        "ช่วยดูให้หน่อย {p} วิทยากรมีเท่าไหร่ 😊",
        "จังหวัด{p}มีวิทยากรพลเมืองคุณภาพอยู่กี่คน{pt}",
        "วิทยากรของ{p} มีกี่คนครับ จะจัดอบรมเดือนหน้า",
        "ยอดวิทยากร{p}??",
    ]
    for i, tpl in enumerate(A_T):
        for k in range(2 if i < 11 else 1):
            p = next(provs)
            if p == "กรุงเทพมหานคร":
                p = next(provs)
            s, n = psurf(p)
            text = tpl.format(p=s, pt=pt())
            add(C, [maybe_group(text)], "trainer_count", slots(p), figs(p),
                note=joinnote(n, zero_note(p), "no type given: both register totals expected"), shape=tpl)

    # --- B. province + type
    B_CORE = [
        "{p}มีวิทยากรหลักกี่คน{pt}",
        "วิทยากรหลัก{p}กี่คน{pt}",
        "จำนวนวิทยากรหลักของจังหวัด{p}",
        "{p} {t} เท่าไหร่{pt}",
        "ขอยอด{t}จ.{p}{pt}",
        "{t}หลักสูตรพลเมืองคุณภาพในจังหวัด{p}มีกี่ท่าน{pt}",
        "{t}ที่{p}มีเท่าไร๊",
        "{p}{t}กี่คนน้าาา",
        "อยากได้ตัวเลข{t} {p} ปี๖๓{pt}",
        "ทะเบียน{t} {p} มีกี่รายชื่อ{pt}",
        "วิทยากรหลักๆ ของ{p}มีกี่คน (ไม่เอาขยายผล)",
        "core trainer {p} กี่คน{pt}",
    ]
    B_EXT = [
        "{p}มีวิทยากรขยายผลกี่คน{pt}",
        "วิทยากรขยายผล{p}เท่าไหร่{pt}",
        "จ.{p} {t}มีกี่คน{pt}",
        "ขอจำนวน{t}ในพื้นที่{p}{pt}",
        "{p} ขยายผลกี่คน",
        "{t}ของ{p}มีกี่ท่าน{pt}",
        "ยอด{t} {p}?",
        "ที่{p}มี{t}อยู่เท่าไหร่{pt}",
        "{t}จังหวัด{p}ทั้งหมดกี่คน{pt}",
        "วิทยากรรุ่นขยายผลใน{p} มีกี่คนคะ",
        "ขยายผล {p} กี่คนครับ ด่วนนิดนึง",
        "{p}มีวิทยากรขยายผลเยอะไหม กี่คน",
    ]
    for tpl in B_CORE:
        for k in range(2):
            p = next(coreprovs)
            s, n = psurf(p)
            text = tpl.format(p=s, pt=pt(), t=rng.choice(TSURF["core"]))
            add(C, [maybe_group(text)], "trainer_count", slots(p, "core"), figs(p, "core"), note=n, shape=tpl)
    # core asked of provinces that have none
    for tpl in ["{p}มีวิทยากรหลักกี่คน{pt}", "วิทยากรหลักจังหวัด{p}มีกี่คน{pt}", "{p} วิทยากรหลัก?",
                "ขอจำนวนวิทยากรหลัก {p}"]:
        p = next(noncore)
        s, n = psurf(p)
        text = tpl.format(p=s, pt=pt())
        add(C, [maybe_group(text)], "trainer_count", slots(p, "core"), [], alt=["trainer_coverage"],
            note=joinnote(n, zero_note(p, "core"),
                          "a good reply says the province has no core trainers and may add its extended count %d"
                          % P[p]["extended_total"]), shape=tpl + "#noncore")
    for tpl in B_EXT:
        for k in range(2):
            p = next(provs)
            if p == "กรุงเทพมหานคร":
                p = next(provs)
            s, n = psurf(p)
            text = tpl.format(p=s, pt=pt(), t=rng.choice(TSURF["extended"]))
            add(C, [maybe_group(text)], "trainer_count", slots(p, "extended"), figs(p, "extended"), note=n,
                shape=tpl)
    # Bangkok: in the extended register but all zero, absent from core
    add(C, ["กทม.มีวิทยากรขยายผลกี่คนคะ"], "trainer_count", slots("กรุงเทพมหานคร", "extended"), [],
        note="Bangkok is listed in the extended register with '-' in every column: 0. Reply must say none.")
    add(C, ["กรุงเทพฯ มีวิทยากรพลเมืองคุณภาพไหมครับ"], "trainer_count", slots("กรุงเทพมหานคร"), [],
        alt=["trainer_coverage"], note="Bangkok: no core row, extended row all '-': no trainers at all")

    # --- C. province + agency (with / without type)
    C_T = [
        ("{p} วิทยากรจาก{a}กี่คน{pt}", None),
        ("วิทยากรหลักสาย{a} {p} มีกี่คน{pt}", "core"),
        ("{a}{p}มีวิทยากรขยายผลกี่คน{pt}", "extended"),
        ("จังหวัด{p} ฝั่ง{a} มีวิทยากรหลักกี่คน", "core"),
        ("วิทยากรขยายผลของ{a}ในจังหวัด{p}{pt}", "extended"),
        ("ขอตัวเลขวิทยากร{a} จ.{p} ทั้งหลักและขยายผล{pt}", None),
        ("{p}มีวิทยากรที่มาจาก{a}เท่าไหร่{pt}", None),
        ("คน{a}ที่เป็นวิทยากรขยายผลใน{p}กี่คน{pt}", "extended"),
        ("{p} {a} ขยายผล กี่คน", "extended"),
        ("วิทยากรหลัก {p} ของ {a} มีกี่คน{pt}", "core"),
        ("{a} {p} เป็นวิทยากรกี่คน", None),
        ("ในจังหวัด{p} วิทยากรขยายผลที่เป็นคนของ{a}มีกี่คน{pt}", "extended"),
        ("ทะเบียนวิทยากรหลัก {p} คอลัมน์{a} ได้กี่คน", "core"),
        ("{p}: {a} / ขยายผล / กี่คน", "extended"),
        ("ถามหน่อย{pt} {a}ของ{p}มีวิทยากรกี่คน", None),
        ("ขยายผล{a} {p}", "extended"),
        ("หลัก {a} {p} กี่", "core"),
    ]
    agc = cycle(AG)
    for tpl, t in C_T:
        for k in range(2):
            a = next(agc)
            # choose a province where the asked figure is non-zero most of the time
            for _ in range(50):
                p = next(coreprovs) if t == "core" or (t is None and rng.random() < .6) else next(provs)
                if figs(p, t, a) and p != "กรุงเทพมหานคร":
                    break
            s, n = psurf(p)
            sa, na = asurf(a)
            text = tpl.format(p=s, a=sa, pt=pt())
            add(C, [maybe_group(text)], "trainer_count", slots(p, t, a), figs(p, t, a),
                note=joinnote(n, na, zero_note(p, t, a)), shape=tpl)
    # explicit zero cells (printed "-" or empty)
    for p, t, a, tpl in [("ลำปาง", "core", "DOPA", "ลำปางมีวิทยากรหลักของกรมการปกครองกี่คน"),
                         ("อุบลราชธานี", "core", "HSS", "อุบลฯ วิทยากรหลัก สบส. กี่คนคะ"),
                         ("เพชรบูรณ์", "extended", "DOP", "เพชรบูรณ์ วิทยากรขยายผลผู้สูงอายุมีกี่คน"),
                         ("ตรัง", "extended", "DLA", "ตรังมีวิทยากรขยายผลสายท้องถิ่นไหมครับ")]:
        add(C, [tpl], "trainer_count", slots(p, t, a), [],
            note="cell printed as '-' or empty = 0; reply must say there are none (no other figure required)")

    # --- D. national totals
    D_T = [
        ("ทั้งประเทศมีวิทยากรหลักกี่คน{pt}", "core", None),
        ("วิทยากรขยายผลทั่วประเทศเท่าไหร่{pt}", "extended", None),
        ("วิทยากรพลเมืองคุณภาพทั่วประเทศมีกี่คน{pt}", None, None),
        ("ภาพรวมทั้งประเทศ วิทยากรมีเท่าไหร่", None, None),
        ("ทั่วประเทศ {a} มีวิทยากรหลักกี่คน{pt}", "core", "A"),
        ("วิทยากรขยายผลของ{a}รวมทุกจังหวัด{pt}", "extended", "A"),
        ("{a}มีวิทยากรกี่คนทั้งประเทศ{pt}", None, "A"),
        ("ทะเบียนวิทยากรหลักปี 2563 มีทั้งหมดกี่คน", "core", None),
        ("ยอดรวมวิทยากรขยายผลทั้งหมดในทะเบียน", "extended", None),
        ("วิทยากรหลักจาก{a}ทั้งหมดมีกี่คน", "core", "A"),
        ("ทุกจังหวัดรวมกัน {a} ขยายผลกี่คน", "extended", "A"),
        ("ประเทศไทยมีวิทยากรหลักสูตรพลเมืองคุณภาพทั้งหมดกี่คน{pt}", None, None),
        ("รวมทั้งประเทศ วิทยากรของ{a} ทั้งหลักและขยายผล", None, "A"),
        ("วิทยากรหลักทั่วไทย", "core", None),
    ]
    for tpl, t, ah in D_T:
        a = next(agc) if ah else None
        sa, na = asurf(a) if a else (None, None)
        text = tpl.format(a=sa, pt=pt())
        add(C, [maybe_group(text)], "trainer_count", slots(None, t, a), figs(None, t, a), alt=["stats"],
            note=na, shape=tpl)
    add(C, ["วิทยากรหลักมี %s คนใช่ไหมคะ" % th(N["core_total"])], "trainer_count", slots(None, "core"),
        [N["core_total"]], alt=["stats"], note="confirmation question with Thai digits")
    add(C, ["ได้ยินว่าวิทยากรขยายผลมีพันกว่าคน จริงป่ะ"], "trainer_count", slots(None, "extended"),
        [N["extended_total"]], alt=["stats"])

    # --- E. coverage
    add(C, ["มีกี่จังหวัดที่มีวิทยากรหลักคะ"], "trainer_coverage", {}, [N["provinces_in_core_register"]],
        alt=["trainer_count"])
    add(C, [grp("วิทยากรหลักครอบคลุมกี่จังหวัด")], "trainer_coverage", slots(None, "core"),
        [N["provinces_in_core_register"]], alt=["trainer_count"])
    add(C, ["ทะเบียนวิทยากรขยายผลมีครบทุกจังหวัดไหม"], "trainer_coverage", slots(None, "extended"), [],
        alt=["trainer_count"],
        note="all 77 provinces are listed, but Bangkok's row is all '-' (0): a good reply mentions it")
    add(C, ["จังหวัดไหนบ้างที่มีวิทยากรหลัก"], "trainer_coverage", slots(None, "core"), [],
        alt=["trainer_list", "trainer_count"],
        note="expects the list of the %d provinces of the core register" % N["provinces_in_core_register"])
    for p in ["ลำพูน", "ศรีสะเกษ", "ชัยภูมิ"]:
        s, n = psurf(p)
        add(C, ["%sมีวิทยากรหลักไหม%s" % (s, rng.choice(["คะ", "ครับ", " ป่ะ", "น้อ"]))], "trainer_coverage",
            slots(p, "core"), [], alt=["trainer_count"],
            note=joinnote(n, "no: %s is not in the core register (has %d extended)" % (p, P[p]["extended_total"])))
    for p in ["เชียงราย", "สตูล"]:
        add(C, ["%s มีวิทยากรหลักมั้ยครับ" % p], "trainer_coverage", slots(p, "core"), figs(p, "core"),
            alt=["trainer_count"], note="yes; the count is expected")

    # group questions with no mention and no reply: obvious data questions
    for p, t, tpl in [("ลำปาง", "core", "ใครรู้บ้าง ลำปางมีวิทยากรหลักกี่คนคะ"),
                      ("นครราชสีมา", "extended", "โคราชมีวิทยากรขยายผลกี่คนนะ"),
                      ("สุรินทร์", None, "สุรินทร์มีวิทยากรพลเมืองคุณภาพกี่คนครับ"),
                      ("ยโสธร", "extended", "วิทยากรขยายผลยโสธรเท่าไหร่คะ"),
                      ("พัทลุง", "core", "พัทลุงวิทยากรหลักมีกี่คนครับ ใครทราบบ้าง")]:
        add(C, [(tpl, "group", False)], "trainer_count", slots(p, t), figs(p, t),
            note="group, no mention, not a reply: an obvious question about the register (hard; a bot that "
                 "only answers when addressed would stay silent)")
    # nicknames and spelling variants, one each
    for p, surf, t, tpl in [
        ("นครราชสีมา", "เมืองย่า", "core", "{s}เรามีวิทยากรหลักกี่คนจ๊ะ"),
        ("ฉะเชิงเทรา", "แปดริ้ว", "extended", "แปดริ้ว ขยายผล มีเท่าไหร่ครับ"),
        ("สมุทรปราการ", "ปากน้ำ", None, "คนปากน้ำค่ะ อยากรู้ว่าจังหวัดเรามีวิทยากรกี่คน"),
        ("พระนครศรีอยุธยา", "กรุงเก่า", "core", "กรุงเก่ามีวิทยากรหลักกี่ท่านคะ"),
        ("นครศรีธรรมราช", "เมืองคอน", "extended", "เมืองคอนมีวิทยากรขยายผลกี่คนหนิ"),
        ("นครสวรรค์", "ปากน้ำโพ", None, "ปากน้ำโพ วิทยากรกี่คนครับ"),
        ("สมุทรสงคราม", "แม่กลอง", "extended", "แม่กลองมีวิทยากรขยายผลกี่คน"),
        ("ศรีสะเกษ", "ศรีษะเกษ", "extended", "วิทยากรขยายผลศรีษะเกษมีกี่คนคะ"),
        ("อุดรธานี", "อุตรธานี", None, "อุตรธานีมีวิทยากรเท่าไหร่"),
        ("ลำปาง", "ลําปาง", "extended", "ลําปาง วิทยากรขยายผล กี่คนคะ"),
        ("กรุงเทพมหานคร", "บางกอก", "core", "บางกอกมีวิทยากรหลักไหม"),
        ("อุบลราชธานี", "อุบลฯ", "core", "วิทยากรหลักอุบลฯมีกี่คน ทำไมเยอะจัง"),
        ("เชียงใหม่", "เชียงใหม่", "extended", "วิทยากรขยายผลจังหวัด เชียง ใหม่ มีกี่คนคะ"),
        ("ขอนแก่น", "ขอนแก่น", "core", "ขอนแก่นน วิทยากรหลักก กี่คนน"),
    ]:
        text = tpl.format(s=surf)
        note = {"ลําปาง": "written with ํ + า (U+0E4D U+0E32) instead of ำ: normaliser must fold it",
                "อุตรธานี": "the document's own misspelling of อุดรธานี",
                "ศรีษะเกษ": "common misspelling of ศรีสะเกษ",
                "เชียงใหม่": "province name split by a space",
                "ขอนแก่น": "doubled final letters (typing noise)",
                "บางกอก": "old name of Bangkok; " + (zero_note(p, t) or "")}.get(surf, "nickname %s = %s" % (surf, p))
        fg = figs(p, t)
        add(C, [maybe_group(text, .2)], "trainer_count", slots(p, t), fg,
            alt=["trainer_coverage"] if "ไหม" in tpl else None,
            note=joinnote(note, zero_note(p, t) if surf != "บางกอก" else None), shape=tpl)

    # names of trainers: the document holds only counts
    for p, tpl in [("เชียงใหม่", "ขอรายชื่อวิทยากรหลักเชียงใหม่หน่อยค่ะ"),
                   ("อุบลราชธานี", "วิทยากรขยายผลอุบลมีใครบ้าง ขอชื่อ")]:
        t = "core" if "หลัก" in tpl else "extended"
        add(C, [tpl], "trainer_list", slots(p, t), [], alt=["trainer_count"],
            note="the seed has counts only (core %d / extended %d for %s); no names in the document, so a reply "
                 "gives what the register holds or says names are not available" % (
                     P[p]["core_total"], P[p]["extended_total"], p))

    duties()
    docinfo()


# duty keywords a correct reply should carry (from the MOU text)
DUTY_KW = {
    "ECT": "coordinates/supports ศส.ปชต.; 2563 one centre per province, 2564 one per district, all tambons 2565; "
           "หมู่บ้านพลเมืองดีวิถีประชาธิปไตย; polling-station staff/observers; curriculum & trainers; "
           "standard assessment + award (5 duties)",
    "DOPA": "ปลัดจังหวัด/นายอำเภอ support; village committee members join ศส.ปชต.; village annual plan; "
            "staff attend training; กำนัน/ผู้ใหญ่บ้านดีเด่น criteria (5 duties)",
    "DLA": "cooperate with อปท. to support ศส.ปชต., put projects in อปท. annual plans, invite อปท. "
           "representatives to meetings/training (4 duties)",
    "HSS": "นายแพทย์สาธารณสุขจังหวัด; อสม. join ศส.ปชต.; อสม. annual plans; อสม. attend training; "
           "อสม.ดีเด่น criteria (4 duties)",
    "CDD": "พัฒนาการจังหวัด/อำเภอ/ตำบล; คณะกรรมการพัฒนาสตรี and กองทุนพัฒนาบทบาทสตรี join, plan, attend "
           "(4 duties) in the separate MOU 2",
    "DOP": "อพม. เชี่ยวชาญด้านผู้สูงอายุ, สภาผู้สูงอายุ, ชมรมผู้สูงอายุ, ศพอส. join ศส.ปชต., plan, attend (3 duties)",
}
DUTY_COUNT = D["duty_counts"]  # numbered items per party, parsed from the MOU text by figures.py


def duties():
    C = "ordinary"
    T = [
        ("ECT", "กกต.มีหน้าที่อะไรตาม MOU{pt}"),
        ("ECT", "สำนักงาน กกต. ต้องทำอะไรบ้างในบันทึกข้อตกลง"),
        ("ECT", "บทบาทของสำนักงานคณะกรรมการการเลือกตั้งใน mou คืออะไร{pt}"),
        ("ECT", "ฝั่ง กกต. รับปากจะทำอะไรให้ ศส.ปชต. บ้าง"),
        ("ECT", "ความร่วมมือของ กกต มีกี่ข้อ อะไรบ้าง"),
        ("DOPA", "กรมการปกครองรับผิดชอบอะไร{pt}"),
        ("DOPA", "ปค.ต้องทำอะไรบ้างในmou"),
        ("DOPA", "ฝ่ายปกครองมีบทบาทยังไงกับ ศส.ปชต.{pt}"),
        ("DOPA", "นายอำเภอต้องช่วยอะไรตามบันทึกข้อตกลงนี้"),
        ("DOPA", "หน้าที่ข้อ ๕ ของกรมการปกครองคืออะไร"),
        ("DLA", "ท้องถิ่นมีหน้าที่อะไรบ้าง{pt}"),
        ("DLA", "สถ.ต้องทำอะไร"),
        ("DLA", "อปท. ต้องช่วยอะไร ศส.ปชต.{pt}"),
        ("DLA", "เทศบาลกับ อบต. ต้องทำอะไรตาม MOU"),
        ("DLA", "กรมส่งเสริมการปกครองท้องถิ่นตกลงว่าจะทำอะไรบ้าง"),
        ("HSS", "สบส.มีหน้าที่อะไร{pt}"),
        ("HSS", "อสม.ต้องทำอะไรกับ ศส.ปชต.บ้าง"),
        ("HSS", "กรมสนับสนุนบริการสุขภาพรับผิดชอบอะไรใน mou{pt}"),
        ("HSS", "ฝั่งสาธารณสุขต้องทำไรบ้างอะ"),
        ("HSS", "บทบาท สบส ใน MOU ศส.ปชต."),
        ("CDD", "พช.มีบทบาทอะไร{pt}"),
        ("CDD", "กรมการพัฒนาชุมชนตกลงจะทำอะไร"),
        ("CDD", "กลุ่มสตรีกับกองทุนพัฒนาบทบาทสตรีต้องทำอะไรตาม mou ศส.ปชต."),
        ("CDD", "หน้าที่ของพัฒนาชุมชนในบันทึกข้อตกลงมีอะไรบ้าง"),
        ("CDD", "กรมพัฒนาชุมชนต้องทำอะไร{pt}"),
        ("DOP", "กรมกิจการผู้สูงอายุทำอะไร{pt}"),
        ("DOP", "ผส.มีหน้าที่ไร"),
        ("DOP", "ชมรมผู้สูงอายุเกี่ยวข้องยังไงกับ ศส.ปชต."),
        ("DOP", "กรมผู้สูงอายุต้องทำอะไรตามบันทึกข้อตกลง{pt}"),
        ("DOP", "หน้าที่กรมกิจการผู้สูงอายุ มีกี่ข้อ"),
    ]
    for a, tpl in T:
        text = tpl.format(pt=pt())
        fg = [DUTY_COUNT[a]] if "กี่ข้อ" in tpl else []
        note = "reply should cover: " + DUTY_KW[a]
        if a == "DOPA" and "๕" in tpl:
            note = "duty 5: criteria for outstanding กำนัน/ผู้ใหญ่บ้าน include work with ศส.ปชต."
        if "เทศบาล" in tpl or "อปท" in tpl:
            note += "; local governments themselves are not a party, DLA is"
        if "กลุ่มสตรี" in tpl:
            note += "; women's groups named only in CDD's duties (hard: no department word)"
        if "ชมรมผู้สูงอายุ" in tpl:
            note += "; elderly clubs named only in DOP's duties (hard: no department word)"
        if "นายอำเภอ" in tpl:
            note += "; นายอำเภอ named in DOPA's duties (hard: no department word)"
        add(C, [maybe_group(text, .2)], "agency_duties", {"agency": a}, fg, note=note, shape=tpl)


def docinfo():
    C = "ordinary"
    # agency_list
    for tpl, fg, note in [
        ("MOU นี้มีหน่วยงานไหนบ้าง{pt}", [], "ECT + DOPA, DLA, HSS, DOP (MOU 1) and ECT + CDD (MOU 2)"),
        ("ภาคีเครือข่ายมีใครบ้าง", [], "the five partner departments"),
        ("มีกี่กรมที่ร่วมลงนามกับ กกต.{pt}", [D["partner_departments"]], "5 departments over 2 MOUs"),
        ("ทะเบียนวิทยากรแบ่งเป็นกี่หน่วยงาน", [D["register_agencies"]], "register columns: 5 state agencies"),
        ("หน่วยงานพันธมิตรของ ศส.ปชต. มีอะไรบ้างคะ", [], "five partner departments"),
        ("ขอรายชื่อหน่วยงานที่ทำ mou ทั้งหมด", [], "ECT + five departments"),
    ]:
        add(C, [maybe_group(tpl.format(pt=pt()), .2)], "agency_list", {}, fg, note=note, shape=tpl)

    # mou_info
    M = [
        ("MOU กับ พช. มีอายุกี่ปี{pt}", [D["mou2_term_years"]], "MOU 2 (ECT-CDD): 3 years from signing; agency not listed as slot"),
        ("บันทึกข้อตกลงมีผลกี่ปีครับ", [D["mou2_term_years"]], "3 years (stated in MOU 2)"),
        ("ถ้าจะยกเลิก mou ต้องแจ้งล่วงหน้ากี่วัน", [D["termination_notice_days"]], "written notice >= 30 days"),
        ("บอกเลิกบันทึกข้อตกลงได้ไหม ยังไง", [D["termination_notice_days"]], "either party, written notice not less than 30 days"),
        ("จะแก้ไขบันทึกข้อตกลงต้องทำยังไง{pt}", [], "both parties agree, in writing, signed by authorised signatories, annexed"),
        ("MOU มีผลบังคับใช้ตั้งแต่เมื่อไหร่", [], "from the date of signing"),
        ("ใครลงนาม MOU ฝั่ง กกต.{pt}", [], "พ.ต.อ. จรุงวิทย์ (surname scanned two ways: ฤมมา / ภูมกา), เลขาธิการ กกต."),
        ("พยานใน mou กับกรมการพัฒนาชุมชนมีใครบ้าง", [], "นายไพบุลย์ เหล็กพรหม (รองเลขาธิการ กกต.) and นายโชคชัย แก้วป่อง (รองอธิบดี พช.)"),
        ("อธิบดีกรมพัฒนาชุมชนที่เซ็น mou ชื่ออะไร", [], "นายสุทธิพงษ์ จุลเจริญ"),
        ("ใครเซ็นแทนกรมกิจการผู้สูงอายุ{pt}", [], "นางสุจิตรา พิทยานรเศรษฐ์ (as scanned)"),
        ("บันทึกข้อตกลงนี้เรื่องอะไร", [], "ความร่วมมือการสร้างความรู้ความเข้าใจที่ถูกต้องเกี่ยวกับการปกครองระบอบประชาธิปไตยฯ"),
        ("mou มีกี่ฉบับคะ", [D["mou_count"]], "two MOUs: ECT+4 departments, ECT+CDD"),
        ("ทำ MOU ไปเพื่ออะไร", [], "objective: knowledge of democracy, participation; per constitution 2560, national strategy"),
        ("MOU อ้างถึงรัฐธรรมนูญปีไหน", [D["constitution_be"]], "รัฐธรรมนูญ พ.ศ. 2560"),
    ]
    for tpl, fg, note in M:
        add(C, [maybe_group(tpl.format(pt=pt()), .2)], "mou_info", {}, fg, note=note, shape=tpl)

    # the covering letter
    L = [
        ("หนังสือ สถ. เรื่อง mou ลงวันที่เท่าไหร่{pt}", [D["letter_year_be"]], "1 กุมภาพันธ์ 2565"),
        ("หนังสือที่ มท ๐๘๑๘.๒/ว ๒๕๖๕ เรื่องอะไร", [], "forwarding the MOU and the trainer register to governors"),
        ("หนังสือนำส่งใครเป็นคนเซ็น", [], "นายประยูร รัตนเสนีย์ อธิบดีกรมส่งเสริมการปกครองท้องถิ่น"),
        ("หนังสือฉบับนี้ส่งถึงใคร{pt}", [], "ผู้ว่าราชการจังหวัด ทุกจังหวัด"),
        ("สิ่งที่ส่งมาด้วยมีอะไรบ้าง", [], "1. MOU copy, 2. trainer register of the พลเมืองคุณภาพ course"),
        ("เลขที่หนังสือกรมส่งเสริมฯ คืออะไรคะ", [D["letter_ref_no"]], "มท 0818.2/ว 2565"),
        ("หนังสือขอให้จังหวัดทำอะไร", [], "inform อปท., expand the course using core and extended trainers, coordinate with provincial ECT office"),
    ]
    for tpl, fg, note in L:
        add(C, [maybe_group(tpl.format(pt=pt()), .2)], "mou_info", {}, fg, alt=["contact"] if "เซ็น" in tpl else None,
            note="letter: " + note, shape=tpl)

    # center_info
    CI = [
        ("ศส.ปชต. คืออะไร{pt}", [], "ศูนย์ส่งเสริมพัฒนาประชาธิปไตย, set up by ECT, tambon-level volunteers"),
        ("ศส.ปชต.ตั้งขึ้นเมื่อไหร่", [D["centre_founded_be"]], "since พ.ศ. 2557, with กศน."),
        ("ศส.ปชต.จะมีครบทุกตำบลปีไหน", [D["all_tambons_year_be"]], "fiscal 2565"),
        ("ปีงบ ๒๕๖๔ ตั้ง ศส.ปชต. อำเภอละกี่ศูนย์", [D["centres_per_district_2564"]], "one tambon (one centre) per district in 2564"),
        ("ศูนย์ส่งเสริมพัฒนาประชาธิปไตยทำอะไรบ้าง", [], "centre of democracy learning, activities, citizen network, election participation"),
        ("ศสปชต ย่อมาจากอะไรครับ", [], "ศูนย์ส่งเสริมพัฒนาประชาธิปไตย (written without dots)"),
        ("ใครร่วมกับ กกต. ตั้ง ศส.ปชต. ตอนแรก", [], "สำนักงาน กศน."),
        ("ปัญหาของ ศส.ปชต. ที่ผ่านมาคืออะไร", [], "lack of a village-level mechanism; partners unaware of roles"),
        ("โครงการหมู่บ้านพลเมืองดีวิถีประชาธิปไตยคืออะไร{pt}", [], "every household lives the democratic way; ศส.ปชต. coordinates"),
    ]
    for tpl, fg, note in CI:
        alt = ["glossary"] if "ย่อ" in tpl or "คืออะไร" in tpl else None
        if "หมู่บ้านพลเมืองดี" in tpl:
            alt = ["glossary", "mou_info"]
        add(C, [maybe_group(tpl.format(pt=pt()), .2)], "center_info", {}, fg, alt=alt, note=note, shape=tpl)

    # glossary
    G = [
        ("อสม.ย่อมาจากอะไร{pt}", "อาสาสมัครสาธารณสุขประจำหมู่บ้าน"),
        ("ศพอส. คืออะไร", "ศูนย์พัฒนาคุณภาพชีวิตและส่งเสริมอาชีพผู้สูงอายุ"),
        ("วิทยากรหลักกับวิทยากรขยายผลต่างกันยังไง{pt}", "two registers: core (158) vs extended (1,497)"),
        ("พลเมืองคุณภาพ หมายถึงอะไร", "the course / goal named in the MOU"),
        ("กกต. ย่อมาจากอะไร", "คณะกรรมการการเลือกตั้ง"),
        ("MOU แปลว่าอะไรคะ", "บันทึกข้อตกลงความร่วมมือ"),
        ("อปท. คือ?", "องค์กรปกครองส่วนท้องถิ่น"),
        ("กศน.คืออะไร{pt}", "สำนักงานส่งเสริมการศึกษานอกระบบและการศึกษาตามอัธยาศัย"),
        ("อาสาสมัครพัฒนาการเมืองคือใคร", "volunteers of a ศส.ปชต. drawn from partner networks"),
        ("วิทยากรขยายผลคืออะไร", "extended trainers: second register"),
    ]
    for tpl, note in G:
        fg = [N["core_total"], N["extended_total"]] if "ต่างกัน" in tpl else []
        add(C, [maybe_group(tpl.format(pt=pt()), .2)], "glossary", {}, fg, note="term: " + note,
            alt=["center_info"] if "อาสาสมัครพัฒนาการเมือง" in tpl else None, shape=tpl)

    # contact
    CT = [
        ("ติดต่อใครได้บ้างเรื่องนี้{pt}", PHONE, "กองการเลือกตั้งท้องถิ่น สถ., โทร 0-2251-9000 ต่อ 2373, ผู้ประสานงาน นางจันทร์รัตน์"),
        ("ขอเบอร์โทรผู้ประสานงานหน่อย{pt}", PHONE, "0-2251-9000 ต่อ 2373"),
        ("เบอร์แฟกซ์ สถ. เรื่อง mou", [D["fax_last4"]], "โทรสาร 0-2251-7223"),
        ("ผู้ประสานงานชื่ออะไรคะ", [], "นางจันทร์รัตน์ อารุณปัญญากุล"),
        ("เบอร์ต่อเท่าไหร่ครับ", [D["phone_ext"]], "ext 2373"),
        ("ถ้าจะขยายผลหลักสูตรในพื้นที่ต้องประสานที่ไหน", [], "สำนักงาน กกต. ประจำจังหวัด (from the letter)"),
        ("ที่อยู่กรมส่งเสริมการปกครองท้องถิ่นอยู่ไหน", [D["postcode"]], "ถนนนครราชสีมา กทม. 10300 (street name is a province name: trap)"),
        ("กองไหนรับผิดชอบเรื่องนี้ โทรเบอร์อะไร", PHONE, "กองการเลือกตั้งท้องถิ่น"),
    ]
    for tpl, fg, note in CT:
        add(C, [maybe_group(tpl.format(pt=pt()), .2)], "contact", {}, fg, note=note, shape=tpl)

    # help / greeting
    for t in ["/help", "ทำอะไรได้บ้าง", "ใช้งานยังไงคะ", "ถามอะไรได้บ้างครับ", "เมนู", "บอทนี้ตอบเรื่องอะไรได้บ้าง"]:
        add(C, [t], "help", {}, [], alt=["greeting"] if t == "/start" else None)
    add(C, [grp("ช่วยอะไรได้บ้าง", "at")], "help", {}, [])
    add(C, ["/start"], "help", {}, [], alt=["greeting"])
    for t in ["สวัสดีค่ะ", "หวัดดีบอท", "สวัสดีครับ ขอรบกวนหน่อยนะครับ"]:
        add(C, [t], "greeting", {}, [], alt=["help"])
    add(C, [grp("สวัสดีค่ะน้องบอท", "at")], "greeting", {}, [], alt=["help"])


# ================================================================ FOLLOW-UPS
def followups():
    C = "followup"
    coreprovs = cycle([p for p in CORE_PROVS])
    extprovs = cycle([p for p in P if p != "กรุงเทพมหานคร"])
    agc = cycle(AG)

    # A. province switch, type inherited
    A2 = ["แล้ว{p}ล่ะ", "แล้ว{p}ล่ะคะ", "{p}ล่ะ", "ถ้าเป็น{p}ล่ะครับ", "{p}?", "แล้วจังหวัด{p}หละ",
          "ของ{p}ด้วย", "แล้วที่{p}อ่ะ", "{p} บ้าง", "ขอของ{p}ด้วยค่ะ"]
    for i, tpl in enumerate(A2):
        t = "core" if i % 2 == 0 else "extended"
        src = coreprovs if t == "core" else extprovs
        p1, p2 = next(src), next(src)
        while p2 == p1:
            p2 = next(src)
        s2, n2 = psurf(p2, ("canon", "canon", "nick", "typo"))
        first = "%sมี%sกี่คน%s" % (p1, TYPE_TH[t], pt())
        add(C, [first, tpl.format(p=s2)], "trainer_count", slots(p2, t), figs(p2, t),
            note=joinnote(n2, "type inherited from turn 1"), shape="fu:" + tpl)
    # province switch to a province with no core trainers
    add(C, ["ลำปางมีวิทยากรหลักกี่คน", "แล้วลำพูนล่ะ"], "trainer_count", slots("ลำพูน", "core"), [],
        note=zero_note("ลำพูน", "core") + "; reply must say none, not repeat Lampang's figure")

    # B. type switch on the same province
    B2 = [("แล้วขยายผลล่ะ", "extended"), ("หลักล่ะ", "core"), ("เอาเฉพาะวิทยากรหลัก", "core"),
          ("แล้ววิทยากรขยายผลมีเท่าไหร่", "extended"), ("ขยายผลอย่างเดียวกี่คน", "extended"),
          ("แค่ core", "core"), ("วิทยากรหลักอ่ะ กี่คน", "core"), ("ส่วนขยายผลล่ะคะ", "extended")]
    for tpl, t in B2:
        p = next(coreprovs)
        s, n = psurf(p)
        add(C, ["%s มีวิทยากรกี่คน%s" % (s, pt()), tpl], "trainer_count", slots(p, t), figs(p, t),
            note=joinnote(n, "province inherited"), shape="fu:" + tpl)

    # C. agency added
    C2 = ["เฉพาะ{a}", "ของ{a}ล่ะ", "แล้ว{a}มีกี่คน", "แยกเป็น{a}ได้ไหม", "{a}ล่ะคะ", "แล้วของ{a}ล่ะ"]
    for tpl in C2:
        t = rng.choice(["core", "extended"])
        for _ in range(50):
            a = next(agc)
            p = next(coreprovs)
            if figs(p, t, a):
                break
        sa, na = asurf(a)
        add(C, ["%s %sกี่คน" % (p, TYPE_TH[t]), tpl.format(a=sa)], "trainer_count", slots(p, t, a),
            figs(p, t, a), note=joinnote(na, "province and type inherited"), shape="fu:" + tpl)

    # D. national after a province
    D2 = [("ทั้งประเทศล่ะ", "core"), ("แล้วทั่วประเทศล่ะคะ", "extended"), ("รวมทุกจังหวัดเท่าไหร่", "extended"),
          ("ทั้งประเทศมีเท่าไหร่ครับ", "core")]
    for tpl, t in D2:
        p = next(coreprovs)
        add(C, ["%s%sกี่คน" % (p, TYPE_TH[t]), tpl], "trainer_count", slots(None, t), figs(None, t),
            alt=["stats"], note="province dropped, type inherited", shape="fu:" + tpl)
    a = "HSS"
    add(C, ["อุดรฯ วิทยากรขยายผลของ สบส. กี่คน", "ทั้งประเทศล่ะ"], "trainer_count", slots(None, "extended", a),
        figs(None, "extended", a), alt=["stats"], note="type and agency inherited, province dropped (hard)")

    # E. duties follow-ups
    E = [("ท้องถิ่นมีหน้าที่อะไร", "แล้ว พช. ล่ะ", "CDD"), ("กกต.ต้องทำอะไรบ้างใน mou", "ของกรมการปกครองล่ะ", "DOPA"),
         ("สบส. มีหน้าที่อะไรคะ", "แล้วผู้สูงอายุล่ะคะ", "DOP"), ("กรมการปกครองรับผิดชอบอะไร", "ท้องถิ่นล่ะ", "DLA"),
         ("พช.ทำอะไรบ้าง", "แล้ว กกต. ล่ะ", "ECT"), ("ผส.ต้องทำอะไร", "อสม.ล่ะ", "HSS"),
         ("หน้าที่ของ สถ. มีอะไรบ้าง", "ปค.ล่ะครับ", "DOPA")]
    for t1, t2, a in E:
        add(C, [t1, t2], "agency_duties", {"agency": a}, [], note="reply should cover: " + DUTY_KW[a],
            shape="fu:" + t2)
    add(C, ["กรมการปกครองมีหน้าที่อะไร", "มีกี่ข้อ"], "agency_duties", {"agency": "DOPA"}, [DUTY_COUNT["DOPA"]],
        shape="fu:มีกี่ข้อ")

    # F. three-turn chains
    for _ in range(4):
        p1, p2 = next(coreprovs), next(coreprovs)
        while p2 == p1:
            p2 = next(coreprovs)
        add(C, ["%sมีวิทยากรหลักกี่คน" % p1, "แล้ว%sล่ะ" % p2, "ขยายผลล่ะ"], "trainer_count",
            slots(p2, "extended"), figs(p2, "extended"), note="province from turn 2, type switched in turn 3",
            shape="fu3:ขยายผลล่ะ")
    p1, p2 = "เชียงใหม่", "เชียงราย"
    add(C, ["เชียงใหม่วิทยากรขยายผลกี่คน", "แยกตามกรม", "แล้วเชียงรายล่ะ"], "trainer_count",
        slots(p2, "extended"), figs(p2, "extended"),
        note="turn 2 asks for the per-department breakdown; a breakdown of Chiang Rai is fine as long as its "
             "extended total is stated")

    # G. group follow-ups by the same user
    G = [("แล้ว{p}ล่ะคะ", True), ("{p}ล่ะ", False), ("แล้ว{p}ครับ", True), ("ขอ{p}ด้วย", False),
         ("{p}ด้วยค่ะ", True), ("แล้ว {p} ล่ะ", False)]
    for tpl, rtb in G:
        t = rng.choice(["core", "extended", None])
        src = coreprovs if t != "extended" else extprovs
        p1, p2 = next(src), next(src)
        while p2 == p1:
            p2 = next(src)
        first = "@civicbot %s%sกี่คน%s" % (p1, TYPE_TH[t] if t else "มีวิทยากร", pt())
        add(C, [(first, "group", False), (tpl.format(p=p2), "group", rtb)], "trainer_count", slots(p2, t),
            figs(p2, t), note=joinnote(zero_note(p2, t),
                                       "group follow-up by the same user, %s" %
                                       ("as a reply to the bot" if rtb else "NOT a reply and no mention (hard)")),
            shape="fug:" + tpl)

    # H. nickname / district follow-ups, totals
    add(C, ["ขอนแก่นมีวิทยากรขยายผลกี่คน", "แล้วโคราชล่ะ"], "trainer_count", slots("นครราชสีมา", "extended"),
        figs("นครราชสีมา", "extended"), note="nickname in follow-up")
    add(C, ["อุดรมีวิทยากรหลักกี่คน", "แล้วอุบลฯ ล่ะ"], "trainer_count", slots("อุบลราชธานี", "core"),
        figs("อุบลราชธานี", "core"), note="อุดร / อุบล are easy to confuse")
    add(C, ["สงขลามีวิทยากรขยายผลกี่คน", "แล้วอำเภอหาดใหญ่ล่ะ"], "trainer_count", slots("สงขลา", "extended"),
        figs("สงขลา", "extended"), note="หาดใหญ่ is a district of สงขลา: the register is per province")
    add(C, ["ชลบุรีวิทยากรหลักกี่คน", "แล้วพัทยาล่ะ"], "trainer_count", slots("ชลบุรี", "core"),
        figs("ชลบุรี", "core"), note="Pattaya (in อ.บางละมุง) is in ชลบุรี: same province")
    for p in ["เชียงใหม่", "ร้อยเอ็ด"]:
        add(C, ["%sมีวิทยากรกี่คน" % p, "รวมทั้งสองแบบกี่คน"], "trainer_count", slots(p), [P[p]["total"]],
            note="sum of both registers", shape="fu:รวมทั้งสองแบบกี่คน")
    add(C, ["ลำปางวิทยากรหลักกี่คน", "แล้วขยายผลสายผู้สูงอายุล่ะ"], "trainer_count", slots("ลำปาง", "extended", "DOP"),
        figs("ลำปาง", "extended", "DOP"), note="type switched and agency added in one follow-up")
    add(C, ["เชียงใหม่ สถ. วิทยากรหลักกี่คน", "แล้วลำปางล่ะ"], "trainer_count", slots("ลำปาง", "core", "DLA"),
        figs("ลำปาง", "core", "DLA"), note="agency and type inherited (hard: some bots drop the agency)")

    # I. non-count follow-ups
    add(C, ["ขอเบอร์ติดต่อผู้ประสานงาน", "แล้วแฟกซ์ล่ะ"], "contact", {}, [D["fax_last4"]])
    add(C, ["mou กับ พช. มีอายุกี่ปี", "ถ้าจะเลิกก่อนต้องทำไง"], "mou_info", {}, [D["termination_notice_days"]])
    add(C, ["ศส.ปชต. คืออะไร", "ตั้งมาตั้งแต่ปีไหน"], "center_info", {}, [D["centre_founded_be"]])
    add(C, ["อสม.ย่อมาจากอะไร", "แล้ว ศพอส. ล่ะ"], "glossary", {}, [], note="ศูนย์พัฒนาคุณภาพชีวิตและส่งเสริมอาชีพผู้สูงอายุ")
    add(C, ["กรมการปกครองมีวิทยากรหลักกี่คนทั้งประเทศ", "ขยายผลล่ะ"], "trainer_count",
        slots(None, "extended", "DOPA"), figs(None, "extended", "DOPA"), alt=["stats"])
    add(C, ["วิทยากรหลักทั้งประเทศกี่คน", "แล้วนครปฐมล่ะ"], "trainer_count", slots("นครปฐม", "core"),
        figs("นครปฐม", "core"))
    add(C, ["พิจิตรมีวิทยากรหลักกี่คน", "แล้วผู้สูงอายุมีไหม"], "trainer_count", slots("พิจิตร", "core", "DOP"), [],
        note="พิจิตร core DOP cell is '-': reply must say none")


# ================================================================ DISTRICTS
DISTRICTS = [
    ("หาดใหญ่", "สงขลา"), ("แม่สาย", "เชียงราย"), ("แม่ริม", "เชียงใหม่"), ("ฝาง", "เชียงใหม่"),
    ("ปากช่อง", "นครราชสีมา"), ("พิมาย", "นครราชสีมา"), ("วารินชำราบ", "อุบลราชธานี"), ("เดชอุดม", "อุบลราชธานี"),
    ("กันทรลักษ์", "ศรีสะเกษ"), ("บางละมุง", "ชลบุรี"), ("ศรีราชา", "ชลบุรี"), ("หัวหิน", "ประจวบคีรีขันธ์"),
    ("ชะอำ", "เพชรบุรี"), ("เกาะสมุย", "สุราษฎร์ธานี"), ("ทุ่งสง", "นครศรีธรรมราช"), ("บางพลี", "สมุทรปราการ"),
    ("ปากเกร็ด", "นนทบุรี"), ("แม่สอด", "ตาก"), ("เบตง", "ยะลา"), ("สุไหงโก-ลก", "นราธิวาส"), ("ชุมแพ", "ขอนแก่น"),
    ("นางรอง", "บุรีรัมย์"), ("เชียงคาน", "เลย"), ("ปาย", "แม่ฮ่องสอน"), ("อรัญประเทศ", "สระแก้ว"),
    ("บ้านโป่ง", "ราชบุรี"), ("ลำลูกกา", "ปทุมธานี"), ("บางปะอิน", "พระนครศรีอยุธยา"), ("หล่มสัก", "เพชรบูรณ์"),
    ("เกาะคา", "ลำปาง"), ("กันตัง", "ตรัง"), ("ศรีเชียงใหม่", "หนองคาย"), ("เสลภูมิ", "ร้อยเอ็ด"),
    ("ลับแล", "อุตรดิตถ์"),
]


def districts():
    C = "district"
    T = [
        ("อยู่อำเภอ{d} มีวิทยากรกี่คน{pt}", None),
        ("{d}มีวิทยากรหลักไหม{pt}", "core"),
        ("อ.{d} วิทยากรขยายผลเท่าไหร่", "extended"),
        ("แถว{d}มีวิทยากรบ้างไหม", None),
        ("ผมอยู่{d}ครับ วิทยากรขยายผลในจังหวัดผมมีกี่คน", "extended"),
        ("วิทยากรหลักที่อำเภอ{d}", "core"),
        ("{d} มีวิทยากรพลเมืองคุณภาพกี่คน{pt}", None),
        ("ศส.ปชต.อำเภอ{d}อยากเชิญวิทยากรขยายผล มีกี่คนคะ", "extended"),
        ("คนอยู่{d}หาวิทยากรได้กี่คน", None),
        ("อำเภอ{d}ขยายผลกี่คน", "extended"),
    ]
    tc = cycle(T)
    for d, p in DISTRICTS:
        for _ in range(20):
            tpl, t = next(tc)
            if t != "core" or P[p]["in_core_register"] or rng.random() < .3:
                break
        text = tpl.format(d=d, pt=pt())
        note = "%s is a district of %s; register is per province" % (d, p)
        if d == "ศรีเชียงใหม่":
            note += "; trap: contains เชียงใหม่ but is in หนองคาย"
        if t == "core" and not P[p]["in_core_register"]:
            note += "; " + zero_note(p, "core")
        add(C, [maybe_group(text, .2)], "trainer_count", slots(p, t), figs(p, t),
            alt=["trainer_coverage"] if "ไหม" in tpl else None, note=note, shape=tpl)
    # names shared by many provinces -> clarify
    for text, note in [
        ("อำเภอเมืองมีวิทยากรกี่คน", "every province has an อำเภอเมือง"),
        ("อ.เมือง มีวิทยากรหลักไหมคะ", "every province has an อำเภอเมือง"),
        ("อำเภอเฉลิมพระเกียรติมีวิทยากรขยายผลกี่คน", "อ.เฉลิมพระเกียรติ exists in several provinces "
                                                  "(นครราชสีมา, บุรีรัมย์, สระบุรี, นครศรีธรรมราช, น่าน)"),
        ("ผมอยู่เฉลิมพระเกียรติครับ มีวิทยากรกี่คน", "อ.เฉลิมพระเกียรติ exists in several provinces"),
    ]:
        add(C, [text], "trainer_count", {}, [], reply="clarify", alt=["trainer_coverage"],
            note=note + ": bot must ask which province, state no figure")


# ================================================================ REGIONS
def region_sum(ps, t=None, a=None, key=None):
    tot = 0
    for p in ps:
        if a:
            tot += P[p][t][a]
        else:
            tot += P[p][t + "_total"]
    return tot


def regions():
    C = "region"
    RN = {"northeast": ["ภาคอีสาน", "อีสาน", "ภาคตะวันออกเฉียงเหนือ"], "south": ["ภาคใต้", "ปักษ์ใต้"],
          "east": ["ภาคตะวันออก"], "west": ["ภาคตะวันตก"], "central": ["ภาคกลาง"], "north": ["ภาคเหนือ"]}
    T = [
        ("{r}มีวิทยากรกี่คน{pt}", None, None),
        ("{r} วิทยากรหลักรวมกี่คน", "core", None),
        ("{r}มีวิทยากรขยายผลเท่าไหร่{pt}", "extended", None),
        ("รวมวิทยากรหลักทั้ง{r}", "core", None),
        ("วิทยากรขยายผล{r}ทั้งหมด", "extended", None),
        ("{r} สาธารณสุข วิทยากรขยายผลกี่คน", "extended", "HSS"),
        ("{r}มีวิทยากรหลักจากกรมการปกครองกี่คน", "core", "DOPA"),
    ]
    plan = [("northeast", 0), ("northeast", 1), ("northeast", 2), ("northeast", 5), ("south", 0), ("south", 1),
            ("south", 4), ("east", 2), ("east", 0), ("west", 1), ("west", 4), ("central", 3), ("central", 2),
            ("north", 1), ("north", 2), ("north", 6)]
    for r, ti in plan:
        tpl, t, a = T[ti]
        ps = REG[r]
        if t is None:
            fg = nz([region_sum(ps, "core"), region_sum(ps, "extended")])
        else:
            fg = nz([region_sum(ps, t, a)])
        note = "six-region scheme, %s = %d provinces: %s" % (r, len(ps), " ".join(ps))
        if r == "north":
            alt_ps = ps + F["north17_extra"]
            if t is None:
                f17 = [region_sum(alt_ps, "core"), region_sum(alt_ps, "extended")]
            else:
                f17 = [region_sum(alt_ps, t, a)]
            note += "; AMBIGUOUS: the 17-province (four-region) ภาคเหนือ would give %s" % f17
        if r == "central":
            note += "; Bangkok included (all zero anyway)"
        add(C, [maybe_group(tpl.format(r=rng.choice(RN[r]), pt=pt()), .25)], "trainer_count",
            slots(None, t, a), fg, alt=["stats", "trainer_coverage"], note=note, shape=tpl)
    # coverage within a region
    ne = REG["northeast"]
    add(C, ["ภาคอีสานมีกี่จังหวัดที่มีวิทยากรหลัก"], "trainer_coverage", slots(None, "core"),
        [sum(1 for p in ne if P[p]["in_core_register"])], alt=["trainer_count", "stats"],
        note="six-region northeast (20 provinces)")
    # well-defined groups
    deep = ["ปัตตานี", "ยะลา", "นราธิวาส"]
    add(C, ["สามจังหวัดชายแดนใต้มีวิทยากรขยายผลรวมกี่คน"], "trainer_count", slots(None, "extended"),
        [region_sum(deep, "extended")], alt=["stats"], note="ปัตตานี ยะลา นราธิวาส")
    bkk = ["กรุงเทพมหานคร", "นนทบุรี", "ปทุมธานี", "สมุทรปราการ", "สมุทรสาคร", "นครปฐม"]
    add(C, ["กรุงเทพและปริมณฑลมีวิทยากรกี่คน"], "trainer_count", {},
        nz([region_sum(bkk, "core"), region_sum(bkk, "extended")]), alt=["stats"],
        note="กรุงเทพฯ + นนทบุรี ปทุมธานี สมุทรปราการ สมุทรสาคร นครปฐม")
    add(C, ["ภาคใต้จังหวัดไหนมีวิทยากรขยายผลมากที่สุด"], "trainer_count", slots(None, "extended"),
        [max(P[p]["extended_total"] for p in REG["south"])], alt=["stats", "trainer_coverage"],
        note="south max: %s" % [p for p in REG["south"] if P[p]["extended_total"] ==
                                max(P[q]["extended_total"] for q in REG["south"])])


# ================================================================ ENGLISH
def english():
    C = "english"
    ENA = {"DOPA": ["the Department of Provincial Administration", "DOPA", "provincial administration"],
           "DLA": ["the Department of Local Administration", "DLA", "local administration"],
           "HSS": ["the Department of Health Service Support", "HSS", "public health"],
           "CDD": ["the Community Development Department", "CDD", "community development"],
           "DOP": ["the Department of Older Persons", "DOP", "the elderly department"]}
    enp = cycle([p for p in EN if p != "กรุงเทพมหานคร"])
    encore = cycle([p for p in EN if P[p]["in_core_register"]])
    agc = cycle(AG)
    T = [
        ("How many trainers are there in {P}?", None, False),
        ("how many core trainers in {P}", "core", False),
        ("Number of extended trainers in {P} please", "extended", False),
        ("{P} - how many trainers?", None, False),
        ("Could you tell me the number of core trainers in {P}?", "core", False),
        ("extended trainers {P}??", "extended", False),
        ("how many extended trainers does {P} have", "extended", False),
        ("{P} core trainers from {A}?", "core", True),
        ("How many extended trainers from {A} are in {P}?", "extended", True),
        ("trainers in {P} from {A}", None, True),
        ("hi, how many Quality Citizen course trainers in {P}?", None, False),
        ("What's the trainer count for {P} province?", None, False),
        ("I'm in {P}, how many core trainers do we have?", "core", False),
        ("pls give me the extended trainer number for {P}", "extended", False),
    ]
    for tpl, t, has_a in T:
        for k in range(2 if not has_a else 1):
            for _ in range(50):
                p = next(encore) if t == "core" else next(enp)
                a = next(agc) if has_a else None
                if figs(p, t, a):
                    break
            text = tpl.format(P=EN[p], A=rng.choice(ENA[a]) if a else "")
            g = rng.random() < .2
            turn = ("@civicbot " + text, "group", False) if g else (text, "private", False)
            add(C, [turn], "trainer_count", slots(p, t, a), figs(p, t, a), lang="en",
                note=zero_note(p, t, a), shape=tpl)
    add(C, ["How many trainers are there in Korat?"], "trainer_count", slots("นครราชสีมา"), figs("นครราชสีมา"),
        lang="en", note="Korat = นครราชสีมา")
    add(C, ["Does Bangkok have any trainers?"], "trainer_count", slots("กรุงเทพมหานคร"), [], lang="en",
        alt=["trainer_coverage"], note="Bangkok: none (absent from core, all '-' in extended)")
    add(C, ["how many core trainers are there nationwide?"], "trainer_count", slots(None, "core"),
        figs(None, "core"), lang="en", alt=["stats"])
    add(C, ["total extended trainers in Thailand"], "trainer_count", slots(None, "extended"),
        figs(None, "extended"), lang="en", alt=["stats"])
    add(C, ["How many trainers does the Department of Provincial Administration have in total?"], "trainer_count",
        slots(None, None, "DOPA"), figs(None, None, "DOPA"), lang="en", alt=["stats"])
    add(C, ["Which province has the most extended trainers?"], "trainer_count", slots(None, "extended"),
        [max(P[p]["extended_total"] for p in P)], lang="en", alt=["stats", "trainer_coverage"],
        note="นครราชสีมา")
    add(C, ["How many provinces have no core trainers?"], "trainer_coverage", slots(None, "core"),
        [N["provinces_without_core"]], lang="en", alt=["trainer_count", "stats"])
    # non-count
    for text, intent, sl, fg, note in [
        ("What does the Department of Older Persons have to do under the MOU?", "agency_duties", {"agency": "DOP"}, [], DUTY_KW["DOP"]),
        ("What are the Election Commission's duties in the MOU?", "agency_duties", {"agency": "ECT"}, [], DUTY_KW["ECT"]),
        ("what must local administration do for the democracy centres", "agency_duties", {"agency": "DLA"}, [], DUTY_KW["DLA"]),
        ("Role of the Community Development Department?", "agency_duties", {"agency": "CDD"}, [], DUTY_KW["CDD"]),
        ("What is a Democracy Promotion Centre?", "center_info", {}, [], "ศส.ปชต."),
        ("what is ศส.ปชต.?", "center_info", {}, [], "ศส.ปชต."),
        ("Who do I contact about this?", "contact", {}, PHONE, "0-2251-9000 ext 2373"),
        ("what's the fax number", "contact", {}, [D["fax_last4"]], "0-2251-7223"),
        ("How long does the MOU with the Community Development Department last?", "mou_info", {}, [D["mou2_term_years"]], "3 years"),
        ("How many days notice to terminate the MOU?", "mou_info", {}, [D["termination_notice_days"]], "30 days written notice"),
        ("Who signed the MOU for the Election Commission?", "mou_info", {}, [], "Pol.Col. Jarungvith (scanned ฤมมา/ภูมกา)"),
        ("When was the covering letter dated?", "mou_info", {}, [], "1 February 2565 (2022); either calendar acceptable"),
        ("What does อสม. stand for?", "glossary", {}, [], "village health volunteer"),
        ("difference between core and extended trainers?", "glossary", {}, [], "two registers"),
        ("Which departments signed the MOU?", "agency_list", {}, [], "five departments + ECT"),
        ("help", "help", {}, [], None),
        ("What can you do?", "help", {}, [], None),
        ("hello", "greeting", {}, [], None),
    ]:
        add(C, [text], intent, sl, fg, lang="en", note=note,
            alt=["help"] if intent == "greeting" else (["glossary"] if intent == "center_info" else None))
    # follow-ups in English
    add(C, ["How many core trainers in Lampang?", "what about Chiang Mai?"], "trainer_count",
        slots("เชียงใหม่", "core"), figs("เชียงใหม่", "core"), lang="en")
    add(C, ["How many trainers in Khon Kaen?", "and extended only?"], "trainer_count",
        slots("ขอนแก่น", "extended"), figs("ขอนแก่น", "extended"), lang="en")
    add(C, ["extended trainers in Surin", "from public health?"], "trainer_count",
        slots("สุรินทร์", "extended", "HSS"), figs("สุรินทร์", "extended", "HSS"), lang="en")


# ================================================================ CLARIFY
def clarify():
    C = "clarify"
    X = [
        ("ลำปางมีวิทยากรจากกรมอนามัยกี่คน", "trainer_count", {"province": "ลำปาง"}, "กรมอนามัย is not a register column"),
        ("วิทยากร กศน. เชียงใหม่ กี่คน", "trainer_count", {"province": "เชียงใหม่"}, "กศน. is not a register column"),
        ("ตำรวจเป็นวิทยากรกี่คนคะ", "trainer_count", {}, "police is not a register column"),
        ("วิทยากรจากกระทรวงศึกษาธิการมีกี่คน", "trainer_count", {}, "not a register column"),
        ("ขอนแก่นมีวิทยากรของกรมป่าไม้ไหม", "trainer_count", {"province": "ขอนแก่น"}, "not a register column"),
        ("วิทยากรจาก สปสช. ในโคราชกี่คน", "trainer_count", {"province": "นครราชสีมา"}, "สปสช. not a column"),
        ("กรมการแพทย์แผนไทยมีวิทยากรหลักกี่คน", "trainer_count", {"trainer_type": "core"}, "not a column"),
        ("วิทยากรของ ธกส. มีกี่คน", "trainer_count", {}, "not a column"),
        ("จังหวัดสุวรรณเขตมีวิทยากรกี่คน", "trainer_count", {}, "made-up province"),
        ("จ.ภูผาหลวง วิทยากรขยายผลเท่าไหร่", "trainer_count", {"trainer_type": "extended"}, "made-up province"),
        ("จังหวัดสมุทรทองมีวิทยากรหลักไหมครับ", "trainer_count", {"trainer_type": "core"}, "made-up province"),
        ("บางนครมีวิทยากรกี่คน", "trainer_count", {}, "not a province"),
        ("จังหวัดที่ 78 มีวิทยากรกี่คน", "trainer_count", {}, "there are 77 provinces"),
        ("วิทยากรปี 2565 มีกี่คน", "trainer_count", {}, "only the 2563 registers exist"),
        ("ลำปางมีวิทยากรกี่คนในปี ๒๕๖๐", "trainer_count", {"province": "ลำปาง"}, "only 2563"),
        ("วิทยากรหลักที่เป็นผู้หญิงมีกี่คน", "trainer_count", {"trainer_type": "core"}, "no gender data"),
        ("วิทยากรอายุเกิน 60 มีกี่คน", "trainer_count", {}, "no age data"),
        ("งบอบรมวิทยากรต่อจังหวัดเท่าไหร่", "unknown", {}, "no budget figures in the document"),
        ("ค่าตอบแทนวิทยากรชั่วโมงละเท่าไหร่คะ", "unknown", {}, "not in the document"),
        ("ปีหน้าจะมีวิทยากรเพิ่มกี่คน", "trainer_count", {}, "no forecast in the document"),
        ("กี่คนครับ", "trainer_count", {}, "no subject, no context"),
        ("แล้วล่ะ", "unknown", {}, "follow-up with no earlier turn"),
        ("นครมีวิทยากรกี่คน", "trainer_count", {}, "นคร* matches many provinces (นครปฐม นครนายก นครพนม ...)"),
        ("สมุทรมีวิทยากรขยายผลกี่คน", "trainer_count", {"trainer_type": "extended"}, "สมุทรปราการ/สงคราม/สาคร"),
        ("สระ มีวิทยากรกี่คนคะ", "trainer_count", {}, "สระบุรี or สระแก้ว"),
        ("กรมประชาสัมพันธ์มีหน้าที่อะไรใน MOU", "agency_duties", {}, "not a party to either MOU"),
        ("กระทรวงมหาดไทยต้องทำอะไรบ้าง", "agency_duties", {}, "ambiguous: DOPA and DLA are both Interior"),
        ("ศส.ปชต.ในลำปางมีกี่ศูนย์", "center_info", {"province": "ลำปาง"}, "per-province centre counts not in the document"),
        ("หมู่บ้านพลเมืองดีวิถีประชาธิปไตยมีกี่หมู่บ้านแล้ว", "center_info", {}, "not in the document"),
        ("คะแนนเลือกตั้ง อบต. ปีนี้เป็นไง", "unknown", {}, "out of scope"),
        ("พรุ่งนี้ฝนจะตกไหม", "unknown", {}, "out of scope"),
        ("ใครเป็นวิทยากรที่เก่งที่สุดในเชียงใหม่", "trainer_count", {"province": "เชียงใหม่"}, "opinion, not data"),
        ("วิทยากรจาก กกต. มีกี่คน", "trainer_count", {"agency": "ECT"},
         "ECT is a valid agency code but the register has no ECT column (hard; a reply saying the register "
         "counts only the 5 departments is right, a number is wrong)"),
        ("xyz จังหวัด ๆ ๆ วิทยากร", "unknown", {}, "garbled"),
        ("วิทยากรอำเภอแม่ริมตำบลริมใต้ มีกี่คน ขอรายตำบล", "trainer_count", {"province": "เชียงใหม่"},
         "per-tambon counts not in the register (hard: province is known)"),
        ("เชียงใหม่ ทหาร วิทยากรขยายผลกี่คน", "trainer_count", {"province": "เชียงใหม่", "trainer_type": "extended"},
         "army is not a column"),
    ]
    for text, intent, sl, note in X:
        alt = ["unknown"] if intent != "unknown" else None
        add(C, [maybe_group(text, .15)], intent, sl, [], reply="clarify", alt=alt,
            note=note + "; must not state a trainer figure")


# ================================================================ COMPARISON
def comparison():
    C = "comparison"

    def pair(p1, p2, t, tpl, s1=None, s2=None):
        key = (t + "_total") if t else "total"
        v1, v2 = P[p1][key], P[p2][key]
        rel = "equal" if v1 == v2 else (p1 if v1 > v2 else p2) + " more"
        fg = sorted(set(nz([v1, v2])))
        if "กี่คน" in tpl and v1 != v2:
            fg.append(abs(v1 - v2))
        add(C, [maybe_group(tpl.format(a=s1 or p1, b=s2 or p2), .2)], "trainer_count", {},
            fg, alt=["stats"],
            note="%s %s=%d vs %s=%d (%s); two provinces: no province slot" % (key, p1, v1, p2, v2, rel))

    pair("ลำปาง", "ลำพูน", None, "{a}กับ{b}ที่ไหนมีวิทยากรมากกว่ากัน")
    pair("เชียงใหม่", "เชียงราย", "core", "{a}กับ{b} วิทยากรหลักใครเยอะกว่า")
    pair("นครราชสีมา", "อุบลราชธานี", "extended", "{a}กับ{b} ขยายผลที่ไหนมากกว่า", "โคราช", "อุบล")
    pair("ร้อยเอ็ด", "ขอนแก่น", "core", "ร้อยเอ็ดหรือขอนแก่นมีวิทยากรหลักมากกว่า")
    pair("สระบุรี", "สระแก้ว", "extended", "เทียบวิทยากรขยายผล {a} vs {b}")
    pair("ภูเก็ต", "กระบี่", None, "ภูเก็ตกับกระบี่ ใครมีวิทยากรมากกว่า")
    pair("พิจิตร", "พิษณุโลก", None, "{a}กับ{b}มีวิทยากรเท่ากันไหม")
    pair("อุดรธานี", "หนองคาย", "extended", "อุดรมีวิทยากรขยายผลมากกว่าหนองคายกี่คน")

    def top(t, tpl, most=True):
        key = t + "_total" if t else "total"
        vals = {p: P[p][key] for p in P}
        v = max(vals.values()) if most else min(vals.values())
        who = [p for p in P if vals[p] == v]
        add(C, [tpl], "trainer_count", slots(None, t), nz([v]), alt=["stats", "trainer_coverage"],
            note="%s %s = %d: %s" % ("max" if most else "min", key, v, " ".join(who)))

    top("extended", "จังหวัดไหนมีวิทยากรขยายผลมากที่สุด")
    top("core", "จังหวัดไหนมีวิทยากรหลักเยอะที่สุดคะ")
    top(None, "วิทยากรรวมทั้งสองแบบ จังหวัดไหนมากสุด")
    add(C, ["มีกี่จังหวัดที่ไม่มีวิทยากรหลัก"], "trainer_coverage", slots(None, "core"),
        [N["provinces_without_core"]], alt=["trainer_count", "stats"])
    add(C, ["จังหวัดไหนไม่มีวิทยากรขยายผลเลย"], "trainer_coverage", slots(None, "extended"), [],
        alt=["trainer_count"], note="only กรุงเทพมหานคร (row of '-'): %s" % N["provinces_with_zero_extended"])
    for p in ["เชียงใหม่", "ขอนแก่น"]:
        add(C, ["%sทั้งวิทยากรหลักและขยายผลรวมกันกี่คน" % p], "trainer_count", slots(p), [P[p]["total"]],
            note="sum of both registers")
    add(C, ["ทั้งประเทศรวมทั้งสองทะเบียนกี่คน"], "trainer_count", {}, [N["total"]], alt=["stats"],
        note="158 + 1497")
    vals = N["core"]
    best = max(vals, key=vals.get)
    add(C, ["กรมไหนมีวิทยากรหลักมากที่สุด"], "trainer_count", slots(None, "core"), [vals[best]],
        alt=["stats"], note="%s with %d" % (best, vals[best]))
    vals = N["extended"]
    worst = min(vals, key=vals.get)
    add(C, ["หน่วยงานไหนมีวิทยากรขยายผลน้อยสุด"], "trainer_count", slots(None, "extended"), [vals[worst]],
        alt=["stats"], note="%s with %d" % (worst, vals[worst]))
    add(C, ["วิทยากรขยายผลมากกว่าวิทยากรหลักกี่คน"], "trainer_count", {},
        [N["extended_total"] - N["core_total"]], alt=["stats"],
        note="difference %d - %d" % (N["extended_total"], N["core_total"]))
    v = P["อุบลราชธานี"]["extended_total"]
    same = [p for p in P if P[p]["extended_total"] == v]
    assert {"บุรีรัมย์", "ศรีสะเกษ", "อุบลราชธานี"} <= set(same), same
    add(C, ["บุรีรัมย์ ศรีสะเกษ อุบล ขยายผลเท่ากันป่ะ"], "trainer_count", slots(None, "extended"), [v],
        alt=["stats"], note="all equal: %s" % " ".join(same))


# ================================================================ SILENT
def silent():
    C = "silent"
    cm = P["เชียงใหม่"]["core_total"]
    kk = P["ขอนแก่น"]["extended_total"]
    S = [
        ("รับทราบค่ะ", None),
        ("รับทราบครับผม 🙏", None),
        ("ขอบคุณวิทยากรจากสาธารณสุขจังหวัดลำปางมากค่ะ 🙏", None),
        ("พรุ่งนี้ประชุม ศส.ปชต. 9 โมงนะคะ ที่ศาลาประชาคมหมู่ 3", None),
        ("วันนี้ อสม. มาอบรมหลักสูตรพลเมืองคุณภาพ 42 คน ขอบคุณทุกท่านค่ะ", None),
        ("ส่งรูปกิจกรรมวันนี้ค่ะ 📷📷", None),
        ("เชียงใหม่มีวิทยากรหลัก %d คน ตามหนังสือ สถ. นะจ๊ะ ใครยังไม่ได้อ่านไปอ่านด้วย" % cm,
         "a statement quoting a figure, not a question"),
        ("555 จริงด้วย", None),
        ("ฝากประชาสัมพันธ์ครับ กกต.จังหวัดจัดอบรมวิทยากรขยายผลวันที่ 15 นี้", None),
        ("@somchai ช่วยส่งรายชื่อวิทยากรขยายผลให้หน่อยนะ", "addressed to another member, not the bot"),
        ("พี่ๆ ใครว่างบ้างคะพรุ่งนี้ ช่วยจัดสถานที่หน่อย", "a question to the group, not about the data"),
        ("มีใครเห็นกุญแจห้องประชุม อบต. บ้างไหม", "a question to the group, not for the bot"),
        ("สวัสดีตอนเช้าค่ะทุกคน 🌞", "greeting to the group, not to the bot"),
        ("อรุณสวัสดิ์วันจันทร์ค่ะ ขอให้เป็นวันที่ดีนะคะ", None),
        ("ขอนแก่นเรามีวิทยากรขยายผลตั้ง %d คนแน่ะ ภูมิใจ" % kk, "statement with a figure"),
        ("เดี๋ยวพัฒนากรจะเข้ามาคุยเรื่องกองทุนสตรีตอนบ่ายนะคะ", None),
        ("ผู้ใหญ่บ้านฝากแจ้ง งดประชุมประจำเดือนนี้", None),
        ("ok ครับ", None),
        ("👍👍", None),
        ("ยินดีด้วยกับ ศส.ปชต. ตำบลเราที่ได้รางวัลดีเด่นค่ะ 🎉", None),
        ("ใครจะไปคิดว่าโคราชมีวิทยากรเยอะขนาดนี้ 555", "rhetorical remark"),
        ("วันนี้วิทยากรหลักจากท้องถิ่นจังหวัดมาบรรยายเรื่อง MOU สนุกมาก", None),
        ("ขอบคุณ อสม. ทุกท่านที่มาช่วยงานเลือกตั้งครับ", None),
        ("แจ้งเปลี่ยนเวลาอบรมพลเมืองคุณภาพเป็น 13.00 น.", None),
        ("forward: กกต. ประกาศรับสมัครอาสาสมัครพัฒนาการเมือง ดูรายละเอียดในลิงก์", None),
        ("ชมรมผู้สูงอายุบ้านเราจะไปร่วมงานมหกรรม ศส.ปชต. ด้วยนะ", None),
        ("กินข้าวกันยังคะ", "chit-chat question to the group"),
        ("หนังสือ มท 0818.2/ว 2565 แนบไฟล์ไว้ข้างบนแล้วนะครับ", "mentions the letter but is a notice"),
        ("ใครสะดวกโทรหาผู้ประสานงานที่ สถ. ให้หน่อย เราติดประชุม", "request to a member"),
        ("เหนื่อยแต่สนุกค่ะ อบรมวิทยากรขยายผลรุ่น 2 จบแล้ว", None),
        ("ลำปางกับลำพูนไปอบรมด้วยกันนะ สนุกดี", "two provinces but chatter"),
    ]
    for text, note in S:
        add(C, [(text, "group", False)], "unknown", {}, [], reply="silent", alt=["greeting", "help"],
            note=joinnote(note, "group, not addressed: reply must be null (intent not judged)"))


# ================================================================ CHATTER
def chatter():
    out = []
    base = """รับทราบค่ะ
รับทราบครับ
รับทราบ 🙏
ขอบคุณค่ะ
ขอบคุณมากครับพี่
ขอบคุณทุกท่านที่มาร่วมงานนะคะ
สวัสดีค่ะทุกคน
สวัสดีตอนเช้าค่ะ 🌞
อรุณสวัสดิ์ครับ
ฝันดีค่ะทุกคน
555555
ฮ่าๆๆ จริงด้วย
👍
👍👍👍
🙏🙏
ok ค่ะ
โอเคครับ
ได้เลยค่ะ
จัดไปครับ
เดี๋ยวส่งรูปให้นะคะ
ส่งรูปกิจกรรมค่ะ 📷
รูปสวยมากค่ะ
บรรยากาศดีมากเลย
ขอบคุณวิทยากรทุกท่านค่ะ
วิทยากรพูดเข้าใจง่ายมากเลยค่ะ ชอบ
วันนี้อากาศร้อนมาก ดื่มน้ำเยอะๆ นะคะ
เดินทางปลอดภัยนะคะทุกคน
ถึงบ้านแล้วค่ะ
ใครลืมร่มไว้ที่ศาลาประชาคมมารับคืนได้นะคะ
พรุ่งนี้ประชุม ศส.ปชต. เวลา 09.00 น. ที่ห้องประชุม อบต.
แจ้งงดประชุมประจำเดือนนี้ค่ะ
เลื่อนประชุมเป็นวันศุกร์นะครับ
ประชุมคณะกรรมการหมู่บ้านบ่ายสองโมงครับ
ผู้ใหญ่บ้านฝากแจ้งเรื่องประชุมประชาคมหมู่บ้านวันอาทิตย์นี้
กำนันฝากขอบคุณ อสม. ทุกหมู่บ้านครับ
อสม. หมู่ 5 มาครบแล้วค่ะ
อสม. ทุกคนช่วยแต่งชุดเหลืองมานะคะ
ชมรมผู้สูงอายุเตรียมรำวงต้อนรับด้วยค่ะ
กลุ่มแม่บ้านเตรียมอาหารว่างไว้แล้วนะ
ฝากพัฒนากรช่วยประสานกลุ่มสตรีด้วยครับ
กองทุนพัฒนาบทบาทสตรีประชุมวันพุธค่ะ
เทศบาลส่งรถมารับที่หน้าวัดนะครับ
อบต. เตรียมเต็นท์ให้แล้วครับ
ท้องถิ่นอำเภอแจ้งว่าจะมาร่วมงานด้วย
ปลัดอำเภอจะมาเปิดงานค่ะ
นายอำเภอติดภารกิจ ส่งปลัดมาแทนครับ
ฝากแชร์ด้วยนะคะ
ฝากประชาสัมพันธ์ค่ะ
forward ข่าวจาก กกต. จังหวัดครับ
ส่งต่อจากกลุ่มไลน์ ศส.ปชต. อำเภอค่ะ
ข่าวดี ศส.ปชต. ตำบลเราได้รางวัลดีเด่นระดับจังหวัด 🎉
ยินดีด้วยค่ะ 🎉🎉
เก่งมากทุกคน
ภูมิใจในทีมเรามากค่ะ
สู้ๆ นะคะ
เหนื่อยแต่สนุกค่ะ
วันนี้ได้ความรู้เยอะมาก
หลักสูตรพลเมืองคุณภาพดีจริงๆ ค่ะ
ชอบตอนวิทยากรเล่นเกมส์ค่ะ สนุกมาก
เอกสารอบรมเหลืออยู่ที่โต๊ะหน้าห้องนะคะ
ใครยังไม่ได้ลงชื่อ ลงชื่อที่หน้าห้องด้วยค่ะ
เบิกค่าเดินทางได้ที่พี่แอนนะคะ
แบบประเมินส่งภายในวันศุกร์นี้นะครับ
ขอความร่วมมือทุกท่านตอบแบบสอบถามด้วยค่ะ
อย่าลืมใส่หน้ากากนะคะ
ขอโทษที่มาสายค่ะ รถติดมาก
ติดประชุมอยู่ เดี๋ยวตามไปครับ
ขอลาประชุมครั้งนี้นะคะ ลูกไม่สบาย
ยังไม่ถึงเลย อีก 10 นาทีครับ
ขับรถอยู่ เดี๋ยวโทรกลับนะ
เดี๋ยวค่อยคุยกันนะคะ
วันนี้วิทยากรหลักจากท้องถิ่นจังหวัดมาบรรยายเรื่องการมีส่วนร่วม
วิทยากรขยายผลจากสาธารณสุขอำเภอมาช่วยอบรม อสม. ค่ะ
ทีมวิทยากรขยายผลจาก พช. ลงพื้นที่หมู่ 7 วันนี้
อบรมวิทยากรขยายผลรุ่นที่ 2 จบไปด้วยดีค่ะ
ขอบคุณวิทยากรจากกรมการปกครองที่มาให้ความรู้ค่ะ
ขอบคุณวิทยากรจากกรมกิจการผู้สูงอายุค่ะ ผู้สูงอายุชอบมาก
วิทยากรจาก สบส. เก่งมากเลย
หนังสือ สถ. เรื่อง MOU แนบไว้ข้างบนแล้วนะครับ
ไฟล์ทะเบียนวิทยากรอยู่ในอัลบั้มนะคะ
อ่าน MOU แล้ว ยาวมากกก
MOU นี้ดีนะ ได้ทำงานร่วมกันหลายหน่วย
งานนี้ต้องร่วมมือกันหลายฝ่าย ทั้งท้องถิ่น ปกครอง สาธารณสุข
ใครจะไปรู้ว่าเรื่องประชาธิปไตยจะสนุกขนาดนี้ 555
ประชาธิปไตยเริ่มที่บ้านเรา
หมู่บ้านพลเมืองดีวิถีประชาธิปไตย เริ่มแล้วค่ะ
ช่วยกันชวนลูกหลานไปใช้สิทธิ์เลือกตั้งนะคะ
วันเลือกตั้งอย่าลืมไปใช้สิทธิ์นะครับ
อาสาสมัครพัฒนาการเมืองของตำบลเราประชุมนัดแรกแล้ว
ศส.ปชต. ตำบลเราเปิดป้ายวันนี้ค่ะ
ถ่ายรูปหมู่กันหน้าป้าย ศส.ปชต. ค่ะ
วันนี้มีคนมาร่วมเวทีประชาคม 63 คนค่ะ
อบรมวันนี้มา 35 คน ขาด 5 คน
อสม. มาช่วยงาน 18 คนครับ
ผู้สูงอายุมาเข้าร่วม 27 ท่านค่ะ
ยอดผู้เข้าร่วมทั้งสองวันรวม 120 คน
ได้งบจากเทศบาลมาจัดกิจกรรมแล้วครับ
เทศบาลอนุมัติโครงการแล้วค่ะ เย้
แผนพัฒนาท้องถิ่นบรรจุโครงการ ศส.ปชต. แล้วครับ
ฝากทุกคนคิดชื่อกิจกรรมเดือนหน้าด้วยนะ
เดือนหน้าจะจัดค่ายเยาวชนประชาธิปไตย
แจ้งกำหนดการ: 08.30 ลงทะเบียน 09.00 พิธีเปิด 09.30 บรรยายโดยวิทยากร
ช่วงบ่ายแบ่งกลุ่มทำกิจกรรมกับวิทยากรขยายผลนะคะ
พักเที่ยงถึงบ่ายโมงครับ
ข้าวกล่องมาแล้วค่ะ
ใครไม่ทานเผ็ดบอกนะคะ
กาแฟหมดแล้วจ้า
ขอบคุณแม่บ้านที่ทำกับข้าวอร่อยมากค่ะ
หิวแล้ว 555
คิดถึงทุกคนนะ
นานๆ ได้เจอกันที
ไว้เจอกันงานหน้านะคะ
ขอให้ทุกคนสุขภาพแข็งแรงค่ะ
สุขสันต์วันเกิดพี่ประธานนะคะ 🎂
สุขสันต์วันสงกรานต์ค่ะ
สวัสดีปีใหม่ค่ะทุกคน
วันนี้วันพระ ทำบุญกันนะคะ
ฝนตกหนักมาก ระวังน้ำท่วมนะคะ
ไฟดับทั้งหมู่บ้านเลย
ลิงก์ประชุมออนไลน์ส่งให้ในกลุ่มแล้วนะคะ
เข้าซูมไม่ได้ค่ะ เน็ตไม่ดี
ได้ยินเสียงไหมคะ  ไม่เป็นไรค่ะ เดี๋ยวพิมพ์แทน
ปิดไมค์ด้วยนะคะทุกคน
ขอบคุณผู้ประสานงานที่ช่วยเหลือตลอดค่ะ
ตอนนี้ทุกตำบลมี ศส.ปชต. ครบแล้ว ดีใจด้วย
ตั้ง ศส.ปชต. มาตั้งแต่ปี 57 ไม่น่าเชื่อเลย
จำได้ว่าปี 63 ตั้งแค่จังหวัดละตำบลเดียว
MOU กับ พช. สามปีเองนะ ต้องรีบทำงาน
ต้องแจ้งล่วงหน้า 30 วันถ้าจะเลิก MOU ผมอ่านเจอ
ป้าแดงเป็นวิทยากรขยายผลแล้วนะ ภูมิใจแทน
ลูกสาวป้าได้เป็นวิทยากรแล้วค่ะ
อยากเป็นวิทยากรบ้างจัง
คนเก่งๆ บ้านเราเยอะนะ
วิทยากรมาไม่ครบ แต่ก็จัดได้ครับ
วิทยากรติดภารกิจด่วน ขอเลื่อนไปสัปดาห์หน้าค่ะ
ครั้งหน้าเชิญวิทยากรจากท้องถิ่นมาอีกนะ
ทีมเราพร้อมแล้วค่ะ
เตรียมเอกสารเสร็จแล้วครับ
พิมพ์ป้ายไวนิลเสร็จแล้วนะคะ
ปริ้นเกียรติบัตรให้วิทยากรแล้วค่ะ
ของที่ระลึกวิทยากรซื้อแล้วนะ
ทุกคนได้รับเสื้อแล้วใช่ไหมคะ ถ้ายังบอกพี่ได้เลย
ใครได้เสื้อผิดไซส์มาเปลี่ยนได้ค่ะ
ลงชื่อกลับด้วยนะคะ
ขอบคุณครับ วันนี้ปิดงานด้วยดี
ส่งสรุปผลการอบรมให้ กกต. จังหวัดแล้วค่ะ
รายงานผลส่งอำเภอเรียบร้อยครับ
ส่งรายชื่อวิทยากรให้ท้องถิ่นจังหวัดแล้วนะครับ
เอกสารเบิกจ่ายครบแล้วค่ะ
ขอบคุณค่ะ ได้รับเอกสารแล้ว
ได้รับแล้วครับ
เห็นด้วยค่ะ
เห็นด้วยครับ เอาตามนี้
ตามนั้นครับ
จริงค่ะ
ใช่ๆ
ไม่เป็นไรค่ะ
สบายมาก
คนน้อยไปหน่อย แต่คุณภาพคับ
พูดถึงเรื่องวิทยากร เมื่อวานพี่ไปอบรมที่อำเภอมา สนุกดี
ขำตอนวิทยากรทำไมค์หล่น 555
ลุงชมว่าวิทยากรพูดเพราะ
ยายบอกอยากฟังอีก
เด็กๆ ชอบเกมส์ประชาธิปไตยมากค่ะ
โรงเรียนขอให้ไปจัดกิจกรรมให้นักเรียนด้วย
กศน. ตำบลขอร่วมจัดกิจกรรมด้วยค่ะ
ชวน กศน. มาร่วมด้วยก็ดีนะ
ประธาน ศส.ปชต. ฝากขอบคุณทุกคนครับ
คณะกรรมการ ศส.ปชต. ประชุมสรุปงานวันเสาร์
ส่งคลิปวิดีโอกิจกรรมให้แล้วนะคะ
ใครมีรูปตอนบ่ายส่งเข้ากลุ่มหน่อยค่ะ
รูปนี้ใครถ่ายสวยจัง
แท็กเพจ ศส.ปชต. ด้วยนะคะ
ลงเพจแล้วค่ะ ไปกดไลก์กันด้วย
ข่าวเราได้ลงเพจ กกต. จังหวัดด้วย เย้
""".strip().split("\n")
    out += [b.strip() for b in base if b.strip()]
    # templated announcements with provinces, departments, trainers (tricky: all domain words)
    provs = cycle([p for p in P if p != "กรุงเทพมหานคร"])
    ann = [
        "แจ้งข่าว วันที่ {d} นี้ วิทยากรหลักจาก{a}จังหวัด{p}จะมาอบรมหลักสูตรพลเมืองคุณภาพที่ตำบลเรา",
        "ขอเชิญ อสม. ทุกหมู่ร่วมอบรมวิทยากรขยายผล จังหวัด{p} วันที่ {d}",
        "ขอบคุณวิทยากรขยายผลจาก{a} {p} ที่มาให้ความรู้วันนี้ค่ะ",
        "ภาพบรรยากาศการอบรมพลเมืองคุณภาพ ณ {p} โดยทีมวิทยากร{a} 📷",
        "กกต.จังหวัด{p}ฝากประชาสัมพันธ์ การอบรมวิทยากรขยายผลรุ่นที่ {n}",
        "วันนี้ทีม{a} {p} ลงพื้นที่ประชุมร่วมกับ ศส.ปชต. ค่ะ",
        "ส่งต่อ: {a}จังหวัด{p} เชิญประชุมเครือข่าย ศส.ปชต. วันที่ {d}",
        "{p}เราจะจัดเวทีพลเมืองคุณภาพวันที่ {d} เชิญวิทยากรมา {n} ท่าน",
        "ทีมจาก{p}มาศึกษาดูงาน ศส.ปชต. ตำบลเรา {n} คนค่ะ",
        "เมื่อวานไปอบรมที่{p}มา วิทยากร{a}สอนดีมาก",
        "สรุปยอดผู้เข้าอบรมหลักสูตรพลเมืองคุณภาพ {p} วันนี้ {n} คน",
        "แจ้งเปลี่ยนสถานที่อบรมวิทยากรขยายผล{p} เป็นหอประชุมอำเภอนะคะ",
    ]
    ags = ["ท้องถิ่น", "สาธารณสุข", "พัฒนาชุมชน", "ปกครอง", "กรมกิจการผู้สูงอายุ", "สบส.", "พช.", "สถ.", "ปค.",
           "ผส.", "กรมส่งเสริมการปกครองท้องถิ่น", "กรมการพัฒนาชุมชน"]
    months = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
    i = 0
    while len(out) < 300:
        tpl = ann[i % len(ann)]
        i += 1
        p = next(provs)
        ps = psurf(p, ("canon", "canon", "nick"))[0]
        d = "%d %s" % (rng.randint(1, 28), rng.choice(months))
        if rng.random() < .4:
            d = th(d)
        line = tpl.format(p=ps, a=rng.choice(ags), d=d, n=rng.randint(2, 60))
        if line not in out:
            out.append(line)
    # statements quoting register figures (from figures.json): not questions
    st = [
        "ตามทะเบียนปี 63 {p}มีวิทยากรหลัก {c} คน ขยายผลอีก {e} คนนะคะ เผื่อใครจะเชิญ",
        "{p}เรามีวิทยากรขยายผล {e} คน เยอะพอสมควรเลย",
        "ทั้งประเทศมีวิทยากรหลักแค่ {C} คนเองนะ {p}ของเรามี {c} คน",
        "จดไว้นะ {p} วิทยากรรวม {t} คน",
        "ผมนับแล้ว {p} ขยายผล {e} คนครับ ตรงกับหนังสือ",
        "วิทยากรขยายผลทั้งประเทศ {E} คน ส่วน{p}มี {e} คน เห็นตัวเลขแล้วตกใจ",
    ]
    cp = cycle(CORE_PROVS)
    j = 0
    while len(out) < 330:
        p = next(cp)
        tpl = st[j % len(st)]
        j += 1
        line = tpl.format(p=p, c=P[p]["core_total"], e=P[p]["extended_total"], t=P[p]["total"],
                          C=N["core_total"], E=N["extended_total"])
        if line not in out:
            out.append(line)
    assert len(out) == len(set(out)), [x for x in out if out.count(x) > 1][:5]
    with open(os.path.join(HERE, "chatter.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    return len(out)


# ================================================================ MAIN
def main():
    ordinary()
    followups()
    districts()
    regions()
    english()
    clarify()
    comparison()
    silent()
    ids = set()
    seen_u = set()
    for i, c in enumerate(CASES, 1):
        c["id"] = "b3-%04d" % i
        us = {t["user_id"] for t in c["turns"]}
        assert len(us) == 1
        u = us.pop()
        assert u not in seen_u
        seen_u.add(u)
        ids.add(c["id"])
        e = c["expect"]
        assert e["reply"] in ("answer", "clarify", "silent")
        if e["reply"] != "answer":
            assert not e["figures"], c
        for k, v in e["slots"].items():
            assert k in ("province", "trainer_type", "agency"), k
            if k == "province":
                assert v in P, v
            if k == "trainer_type":
                assert v in ("core", "extended")
            if k == "agency":
                assert v in AG + ["ECT"]
        for fgv in e["figures"]:
            assert isinstance(fgv, int) and fgv > 0
    for c in CASES:
        if c["expect"]["slots"].get("province") == "เลย":
            c["note"] = joinnote(c.get("note"), "เลย is also an everyday word ('at all'): hard to spot as a province")
    # independent consistency check: recompute figures from slots for single-province count cases
    for c in CASES:
        e = c["expect"]
        sl = e["slots"]
        if (e["intent"] == "trainer_count" and e["reply"] == "answer" and "province" in sl
                and c["category"] not in ("comparison",) and len(e["figures"]) <= 2
                and "sum of both" not in (c.get("note") or "")):
            want = figs(sl["province"], sl.get("trainer_type"), sl.get("agency"))
            assert e["figures"] == want, (c["id"], e["figures"], want)
    # write, ordered as generated
    order = {"id": 0, "category": 1, "turns": 2, "expect": 3, "note": 4}
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps({k: c[k] for k in sorted(c, key=order.get)}, ensure_ascii=False) + "\n")
    nchat = chatter()
    # re-read what was written: valid JSON per line, unique ids and user ids
    seen, users = set(), set()
    with open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            assert o["id"] not in seen
            seen.add(o["id"])
            u = o["turns"][0]["user_id"]
            assert u not in users
            users.add(u)
    from collections import Counter
    cnt = Counter(c["category"] for c in CASES)
    print("cases:", len(CASES), dict(cnt))
    print("distinct sentence shapes:", len(SHAPES))
    print("chatter lines:", nchat)


if __name__ == "__main__":
    main()
