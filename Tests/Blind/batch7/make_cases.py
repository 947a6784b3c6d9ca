#!/usr/bin/env python3
"""Write messages.jsonl: blind test cases, batch 7 (ids b7-0001 ...).

Every expected figure is looked up in figures.json (written by figures.py); none is typed here.
Output is deterministic (fixed seed)."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lexicon import (PROV_FORMS, PROV_EN, DISTRICTS, DISTRICT_EN, AGENCY_FORMS, AGENCY_EN, TYPE_FORMS,  # noqa: E402
                     TYPE_EN, ABROAD, AMBIGUOUS_SHORT, AMBIGUOUS_DISTRICT, UNKNOWN_PLACES)

F = json.loads((HERE / "figures.json").read_text(encoding="utf-8"))
REG = F["registers"]
AG5 = F["register_agencies"]
FACTS = F["facts"]
PROVS = F["provinces"]
R = random.Random(7_2563)

CORE_PROVS = REG["core"]["coverage"]["provinces"]
EXT_ONLY = [p for p in PROVS if p not in CORE_PROVS and REG["extended"]["provinces"][p]["total"] > 0]


# ----------------------------------------------------------------- figure look-ups
def cnt(t, p=None, a=None):
    if p is None:
        return REG[t]["totals"][a or "total"]
    return REG[t]["provinces"][p][a or "total"]


def nz(*vals):
    """Figures a reply must contain: the non-zero values (zero counts expect no figure)."""
    out = []
    for v in vals:
        if v and v not in out:
            out.append(v)
    return out


def breakdown(t, p):
    return ", ".join(f"{a}{cnt(t, p, a)}" for a in AG5)


# ----------------------------------------------------------------- surface forms
PARTICLE_Q = ["", "คะ", "ครับ", "คับ", "จ้า", "ค่ะ", "ครับผม", "คะพี่", "ฮะ", "จ๊ะ", "นะคะ", "ค้าบ", "น้า"]
_uid = [0]


def uid():
    _uid[0] += 1
    return 10_000 + R.randrange(1, 89_999) * 10 + (_uid[0] % 10)


def q():
    return R.choice(PARTICLE_Q)


def psurf(p, prefixed=False, kinds="cnst"):
    """A surface form of province p.  prefixed=True: the template already has จ./จังหวัด."""
    forms = [f for f, k in PROV_FORMS[p] if k in kinds]
    if prefixed:
        forms = [f for f, k in PROV_FORMS[p] if k in "cst"]
        forms = [f.replace("จังหวัด", "").replace("จ.", "") for f in forms]
    if not forms:
        forms = [PROV_FORMS[p][0][0]]
    # canonical a bit more often than the rest
    if R.random() < 0.45:
        f0 = PROV_FORMS[p][0][0]
        return f0.replace("จังหวัด", "").replace("จ.", "") if prefixed else f0
    return R.choice(forms)


def fill(tpl, **kw):
    """Fill a template; {P} is replaced with a province form that respects a จ./จังหวัด prefix."""
    out = tpl
    if "{P}" in out:
        p = kw.pop("p")
        pre = any(x + "{P}" in out for x in ("จ.", "จังหวัด", "จว."))
        out = out.replace("{P}", psurf(p, prefixed=pre, kinds=kw.pop("kinds", "cnst")))
    for k, v in kw.items():
        out = out.replace("{" + k + "}", v)
    if "{q}" in out:
        out = out.replace("{q}", q())
    return out.replace("  ", " ").strip()


def tsurf(t):
    if R.random() < 0.5:
        return TYPE_FORMS[t][0]
    return R.choice(TYPE_FORMS[t])


def asurf(a):
    return R.choice(AGENCY_FORMS[a])


def mention(text):
    r = R.random()
    if r < 0.35:
        return "@civicbot " + text
    if r < 0.55:
        return text + " @civicbot"
    if r < 0.62:
        return "@CivicBot " + text
    return text


CASES = []


def add(cat, turns, intent, slots, figures, reply="answer", lang="th", note="", alt=None):
    user = uid()
    tt = []
    for t in turns:
        if isinstance(t, str):
            t = (t, "private", False)
        text, ct, rtb = t
        tt.append({"text": text, "chat_type": ct, "user_id": user, "reply_to_bot": rtb})
    exp = {"intent": intent}
    alt = [a for a in (alt or []) if a != intent]
    if alt:
        exp["intent_alt"] = alt
    exp["slots"] = {k: v for k, v in slots.items() if v is not None}
    exp["figures"] = list(figures)
    exp["reply"] = reply
    exp["lang"] = lang
    CASES.append({"category": cat, "turns": tt, "expect": exp, "note": note})


def chat(text, group_share=0.35):
    """Randomly place a single message in a group (with or without a mention) or a private chat."""
    if R.random() < group_share:
        return (mention(text), "group", False)
    return (text, "private", False)


class Cycle:
    def __init__(self, items):
        self.items = list(items)
        R.shuffle(self.items)
        self.i = 0

    def next(self):
        if self.i >= len(self.items):
            R.shuffle(self.items)
            self.i = 0
        v = self.items[self.i]
        self.i += 1
        return v


core_cycle = Cycle(CORE_PROVS)
ext_cycle = Cycle(EXT_ONLY)
all_cycle = Cycle([p for p in PROVS if p != "กรุงเทพมหานคร"])


def pick_province(t):
    """For a typed count question: core questions mostly about provinces that have core trainers."""
    if t == "core":
        return core_cycle.next() if R.random() < 0.85 else ext_cycle.next()
    return all_cycle.next()


def count_note(t, p, a=None):
    v = cnt(t, p, a)
    s = f"{t} {p}" + (f" {a}" if a else "") + f" = {v}"
    if not a:
        s += f" ({breakdown(t, p)})"
    if v == 0:
        s += "; zero -> no figure, reply may say there are none"
    return s


# =================================================================== ORDINARY (180)
PT_TEMPLATES = [
    "{P}มี{T}กี่คน{q}",
    "ขอถามหน่อยนะคะ {T}ของ{P} มีทั้งหมดกี่ท่านคะ",
    "{T} {P} ยอดเท่าไหร่",
    "จังหวัด{P} {T}มีกี่คนอะ",
    "อยากทราบจำนวน{T}ใน{P}ค่ะ",
    "แอดคะ {P}นี่มี{T}อยู่เท่าไรคะ",
    "{P} {T}กี่คน",
    "สวัสดีค่ะ หนูเป็น อสม. อยู่{P}ค่ะ อยากรู้ว่าจังหวัดหนูมี{T}กี่คน จะได้ชวนมาช่วยอบรมที่หมู่บ้านค่ะ",
    "{T}ของ{P}เนี่ย มีซักกี่คนเหรอครับ",
    "ช่วยเช็คให้หน่อย {P} {T} กี่ราย",
    "นับ{T}{P}ให้หน่อยได้ป่าว",
    "จำนวน{T} จ.{P} ปี๖๓",
    "ที่{P}มีคนที่เป็น{T}กี่คนนะ",
    "{P}ได้{T}มากี่คนคะ",
    "คุณบอทขา {T}{P}มีเยอะไหมคะ กี่คน",
    "{P} มี {T} ทั้งหมด กี่ คน",
    "รบกวนสอบถามค่ะ ตามทะเบียนวิทยากรปี ๒๕๖๓ จังหวัด{P}มี{T}จำนวนกี่คนคะ",
    "หัวหน้าให้มาถามว่า {P} {T}มีกี่คน จะทำรายงานส่งอำเภอพรุ่งนี้",
    "ยอด{T}{P}",
    "{P}มี{T}อยู่ในทะเบียนกี่คนครับผม",
    "ขอตัวเลข{T}ของ{P}หน่อยจ้า",
    "เมื่อวานประชุมประจำเดือน ผู้ใหญ่บ้านถามว่า{P}เรามี{T}กี่คน ตอบไม่ได้เลย อายมาก ช่วยหน่อยนะคะ",
    "{P}{T}กี่คนน้าาา",
    "อยากรู้ว่า{T}ที่{P} มีประมาณกี่คน",
    "กี่คนคะ {T} {P}",
    "บ้านผมอยู่{P} {T}ที่นั่นมีกี่คนครับ",
    "ทะเบียน{T}ของ{P} รวมได้กี่คน",
    "{P}มี{T}กี่ท่านคะ จะเชิญมาช่วยงานวันผู้สูงอายุ",
    "จะจัดอบรมพลเมืองคุณภาพที่{P} มี{T}ในจังหวัดกี่คนที่พอจะเชิญได้",
    "{T}{P}มีไหม กี่คน",
    "ถามหน่อยครับ {P} มี{T}ซักกี่คน พอดีจะทำโครงการหมู่บ้านพลเมืองดี",
    "มี{T}อยู่{P}กี่คนคะ",
    "{P}: {T} = ?",
    "จว.{P} มี{T}กี่คนครับ",
]

PTA_TEMPLATES = [
    "{P} {A} มี{T}กี่คน",
    "{T}จาก{A} จังหวัด{P} มีกี่ท่านคะ",
    "ฝั่ง{A}ของ{P}มี{T}กี่คน{q}",
    "ใน{P} {T}ที่มาจาก{A}มีกี่คน",
    "สังกัด{A} {P} {T}กี่คนครับ",
    "{A} {P}มี{T}กี่คนจ้า",
    "ขอยอด{T} {A} จ.{P}",
    "{T}ของ{A}ที่อยู่{P}มีกี่คน",
    "อยากรู้ว่า{A}ใน{P}มี{T}เท่าไหร่คะ",
    "{P}ค่ะ {T} ส่วนของ{A} กี่คน",
    "{A} / {P} / {T} กี่คน",
    "คนของ{A} ที่{P} เป็น{T}กี่คนครับ",
    "ถาม{T}{P}เฉพาะของ{A}ค่ะ มีกี่คน",
    "{A}จังหวัด{P}ส่ง{T}ไว้กี่คน",
]
PTA_SPECIAL = [
    ("CDD", "พี่เป็นพัฒนากรอยู่{P}จ้า อยากรู้ว่า{T}ของ{A}ที่จังหวัดเรามีกี่คน"),
    ("HSS", "อสม.อย่างเราอยู่ใต้{A}ใช่ไหมคะ แล้วที่{P}มี{T}สาย{A}กี่คนคะ"),
]


def ordinary():
    cat = "ordinary"
    # ---- trainer_count: province + type (36)
    for tpl in PT_TEMPLATES:
        t = "core" if R.random() < 0.5 else "extended"
        p = pick_province(t)
        text = fill(tpl, p=p, T=tsurf(t))
        add(cat, [chat(text)], "trainer_count", {"province": p, "trainer_type": t}, nz(cnt(t, p)),
            note=count_note(t, p))
    # ---- trainer_count: province + type + agency (16)
    for tpl in PTA_TEMPLATES:
        t = "core" if R.random() < 0.45 else "extended"
        p = pick_province(t)
        a = R.choice(AG5)
        text = fill(tpl, p=p, T=tsurf(t), A=asurf(a))
        add(cat, [chat(text)], "trainer_count", {"province": p, "agency": a, "trainer_type": t},
            nz(cnt(t, p, a)), note=count_note(t, p, a))
    for a, tpl in PTA_SPECIAL:
        t = "extended"
        p = all_cycle.next()
        text = fill(tpl, p=p, T=tsurf(t), A=asurf(a))
        add(cat, [chat(text)], "trainer_count", {"province": p, "agency": a, "trainer_type": t},
            nz(cnt(t, p, a)), note=count_note(t, p, a) + "; agency named explicitly, speaker's role is context")
    # ---- national totals (8)
    nat_t = ["ทั้งประเทศมี{T}กี่คน{q}", "{T}รวมทั่วประเทศเท่าไหร่คะ", "ทั่วไทยมี{T}ทั้งหมดกี่คนจ้า",
             "{T}ทั้งหมดในทะเบียนปี 63 มีกี่คน"]
    for i, tpl in enumerate(nat_t):
        t = ["core", "extended"][i % 2]
        add(cat, [chat(fill(tpl, T=tsurf(t)))], "trainer_count", {"trainer_type": t}, nz(cnt(t)),
            note=f"national {t} total")
    nat_a = ["{A}มี{T}รวมทุกจังหวัดกี่คน", "{T}ของ{A}ทั้งประเทศมีกี่คนคะ", "ทั่วประเทศ {A} มี{T}กี่คน",
             "รวมทุกจังหวัด {T} {A} เท่าไร{q}"]
    ags = R.sample(AG5, 4)
    for i, tpl in enumerate(nat_a):
        t = ["extended", "core"][i % 2]
        a = ags[i]
        add(cat, [chat(fill(tpl, T=tsurf(t), A=asurf(a)))], "trainer_count", {"agency": a, "trainer_type": t},
            nz(cnt(t, None, a)), note=f"national {t} {a} column total")
    # ---- untyped (8)
    un_ext = ["{P}มีวิทยากรพลเมืองคุณภาพกี่คนคะ", "วิทยากรที่{P}มีกี่คนจ้า", "{P}มีวิทยากนกี่คน",
              "จ.{P} วิทยากรทั้งหมดกี่คน"]
    for tpl in un_ext:
        p = ext_cycle.next()
        add(cat, [chat(fill(tpl, p=p))], "trainer_count", {"province": p}, nz(cnt("extended", p)),
            note=f"untyped; {p} has no core trainers, so the only count is extended = {cnt('extended', p)}")
    for tpl in ["{P}มีวิทยากรกี่คนคะ", "อยากรู้ว่า{P}มีวิทยากรเท่าไหร่"]:
        p = core_cycle.next()
        add(cat, [chat(fill(tpl, p=p))], "trainer_count", {"province": p}, [],
            note=f"untyped, {p} has both types (core {cnt('core', p)}, extended {cnt('extended', p)}); no figure required "
                 "(bot may give both or ask which type)", alt=None)
    p = core_cycle.next()
    add(cat, [chat(fill("{P} รวมวิทยากรหลักกับวิทยากรขยายผลแล้วได้กี่คน", p=p))], "trainer_count", {"province": p},
        [F["combined"]["provinces"][p]], note=f"explicit sum of both types for {p}: core {cnt('core', p)} + extended {cnt('extended', p)}")
    add(cat, [chat("รวมทั้งสองแบบเลยนะคะ ทั้งหลักทั้งขยายผล ทั่วประเทศมีวิทยากรกี่คน")], "trainer_count", {},
        [F["combined"]["total"]], note="explicit national sum of both registers")
    # ---- zero counts (4)
    add(cat, [chat("กทม.มีวิทยากรขยายผลกี่คนคะ")], "trainer_count",
        {"province": "กรุงเทพมหานคร", "trainer_type": "extended"}, [], note=count_note("extended", "กรุงเทพมหานคร"))
    p = ext_cycle.next()
    add(cat, [chat(fill("{P}มีวิทยากรหลักกี่คน{q}", p=p))], "trainer_count", {"province": p, "trainer_type": "core"}, [],
        note=count_note("core", p))
    zero_cells = [(t, p, a) for t in ("core", "extended") for p in PROVS for a in AG5
                  if cnt(t, p, a) == 0 and cnt(t, p) > 0]
    for tpl in ["{P} {A} {T}กี่คน", "ขอจำนวน{T}ของ{A}ที่{P}หน่อยค่ะ"]:
        t, p, a = R.choice(zero_cells)
        add(cat, [chat(fill(tpl, p=p, A=asurf(a), T=tsurf(t)))], "trainer_count",
            {"province": p, "agency": a, "trainer_type": t}, [], note=count_note(t, p, a) + " (a '-' or empty cell)")

    # ---- trainer_coverage (20)
    yn = ["{P}มี{T}มั้ยคะ", "ที่{P}มี{T}รึเปล่า", "{T}มีถึง{P}ไหม", "จังหวัด{P}อยู่ในรายชื่อที่มี{T}หรือเปล่าคะ",
          "{P}ไม่มี{T}เลยเหรอ", "อยากรู้ว่า{P}มี{T}ป่ะ", "{P}มีตัว{T}ด้วยเหรอ", "แถว{P}มี{T}บ้างไหมครับ"]
    for i, tpl in enumerate(yn):
        t = "core" if i < 6 else "extended"
        p = (core_cycle.next() if i % 2 == 0 else ext_cycle.next()) if t == "core" else all_cycle.next()
        has = cnt(t, p) > 0
        add(cat, [chat(fill(tpl, p=p, T=tsurf(t)))], "trainer_coverage", {"province": p, "trainer_type": t}, [],
            alt=["trainer_count"], note=f"yes/no: {t} {p} = {cnt(t, p)} -> {'yes' if has else 'no'}; no figure required")
    hm = [("{T}มีกี่จังหวัด{q}", "core"), ("มีกี่จังหวัดที่มี{T}", "extended"), ("{T}กระจายอยู่กี่จังหวัดคะ", "core"),
          ("จังหวัดที่มี{T} มีทั้งหมดกี่จว.", "extended")]
    for tpl, t in hm:
        add(cat, [chat(fill(tpl, T=tsurf(t)))], "trainer_coverage", {"trainer_type": t}, [REG[t]["coverage"]["count"]],
            note=f"{t} coverage = {REG[t]['coverage']['count']} provinces with at least one")
    a = R.choice(AG5)
    add(cat, [chat(fill("{A}มี{T}อยู่ในกี่จังหวัด", A=asurf(a), T=tsurf("extended")))], "trainer_coverage",
        {"agency": a, "trainer_type": "extended"}, [REG["extended"]["agency_coverage"][a]],
        note=f"provinces where {a} has >=1 extended trainer")
    for text, t in [("จังหวัดไหนบ้างที่มีวิทยากรหลักคะ", "core"), ("ขอรายชื่อจังหวัดที่มีวิทยากรหลักหน่อยจ้า", "core"),
                    ("จังหวัดไหนไม่มีวิทยากรขยายผลเลย", "extended"), ("มีจังหวัดไหนที่ยังไม่มีวิทยากรหลักบ้าง เยอะไหม", "core")]:
        add(cat, [chat(text)], "trainer_coverage", {"trainer_type": t}, [],
            note="which provinces: a list, no figure required")
    p = ext_cycle.next()
    add(cat, [chat(fill("{P}มีวิทยากรพลเมืองคุณภาพบ้างไหม", p=p))], "trainer_coverage", {"province": p}, [],
        alt=["trainer_count"], note=f"untyped yes/no; {p}: core 0, extended {cnt('extended', p)}")
    add(cat, [chat("วิทยากรมีครบทุกจังหวัดเลยไหมคะ")], "trainer_coverage", {}, [],
        note=f"no; provinces without any trainer: {F['combined']['coverage']['without']}")
    add(cat, [chat("กรุงเทพมีวิทยากรบ้างมั้ย")], "trainer_coverage", {"province": "กรุงเทพมหานคร"}, [],
        alt=["trainer_count"], note="Bangkok: 0 core, 0 extended (row of '-'): reply says none")

    # ---- trainer_list (12)
    lt = [("ขอรายชื่อ{T} {P}", True), ("{P}มีวิทยากรชื่ออะไรบ้าง", False), ("ใครเป็น{T}ที่{P}บ้างคะ", True),
          ("อยากได้ลิสต์วิทยากร{P}ค่ะ", False), ("{T}ของ{P}มีใครบ้าง", True), ("รายชื่อ{T}{P} ขอหน่อยครับ", True),
          ("มีชื่อ{T}{P}มั้ย จะติดต่อไปเชิญมาบรรยาย", True), ("ส่งรายชื่อวิทยากร{P}มาให้หน่อยได้ไหม", False),
          ("ใครบ้างที่เป็น{T}ใน{P}", True), ("ช่วยลิสต์{T}{P}ให้ทีจ้า", True), ("{P} วิทยากรหลักมีใคร", None),
          ("ขอชื่อ{T}ของ{A}จ.{P}", True)]
    for tpl, typed in lt:
        t = "core" if (typed is None or R.random() < 0.5) else "extended"
        p = core_cycle.next() if t == "core" else all_cycle.next()
        a = R.choice(AG5)
        text = fill(tpl, p=p, T=tsurf(t), A=asurf(a))
        slots = {"province": p}
        if typed or typed is None:
            slots["trainer_type"] = t
        if "{A}" in tpl:
            slots["agency"] = a
        add(cat, [chat(text)], "trainer_list", slots, [],
            note="the document gives counts only, no names; reply may say so / give counts; no figure required")

    # ---- agency_duties (20)
    dt = ["{A}ต้องทำอะไรบ้างตาม MOU", "บทบาทของ{A}ใน ศส.ปชต. มีอะไรบ้าง", "{A}รับผิดชอบเรื่องอะไรในบันทึกข้อตกลง",
          "ตาม mou {A} ต้องช่วยอะไรคะ", "หน้าที่{A}ตามบันทึกความร่วมมือ", "{A}มีส่วนร่วมยังไงบ้างกับศูนย์ส่งเสริมพัฒนาประชาธิปไตย",
          "ข้อตกลงฝั่ง{A}เขียนไว้ว่าไงบ้าง", "อยากรู้ว่า{A}ต้องสนับสนุน ศส.ปชต. ยังไง", "{A}ทำอะไรให้ ศส.ปชต. บ้างคะ",
          "ในเอ็มโอยู {A}มีภารกิจอะไร", "{A}ต้องทำไรบ้างอะ ตามที่เซ็นกันไว้", "ช่วยสรุปหน้าที่ของ{A}ให้หน่อย แบบสั้นๆ"]
    ags6 = ["ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"]
    seq = ags6 * 2
    R.shuffle(seq)
    for tpl, a in zip(dt, seq):
        add(cat, [chat(fill(tpl, A=asurf(a)))], "agency_duties", {"agency": a}, [],
            note=f"{a} has {FACTS['duties_count'][a]} numbered duties in its MOU")
    for tpl in ["{A}มีหน้าที่กี่ข้อใน MOU", "{A}ต้องทำกี่ข้อคะ ตามบันทึกข้อตกลง", "หน้าที่ของ{A}ตามเอ็มโอยูมีกี่ข้อ"]:
        a = R.choice(ags6)
        add(cat, [chat(fill(tpl, A=asurf(a)))], "agency_duties", {"agency": a}, [FACTS["duties_count"][a]],
            note=f"{a}: {FACTS['duties_count'][a]} numbered duties")
    member = [("อสม.ต้องไปช่วยงาน ศส.ปชต. ยังไงบ้างตามข้อตกลง", "HSS"),
              ("กำนันผู้ใหญ่บ้านเกี่ยวอะไรกับ ศส.ปชต. ตาม MOU ครับ", "DOPA"),
              ("อบต. เทศบาล ต้องสนับสนุน ศส.ปชต. ยังไงคะ", "DLA"),
              ("ชมรมผู้สูงอายุต้องทำอะไรบ้างในเอ็มโอยูนี้", "DOP"),
              ("คณะกรรมการพัฒนาสตรีต้องทำอะไรตาม MOU คะ", "CDD")]
    for text, a in member:
        add(cat, [chat(text)], "agency_duties", {"agency": a}, [],
            note=f"names a group the MOU assigns to {a} (its duties are about this group); resolve to {a}")

    # ---- agency_list (8)
    al = [("MOU นี้มีหน่วยงานไหนร่วมบ้าง", [], None), ("ภาคีเครือข่ายมีกรมอะไรบ้างคะ", [], None),
          ("กรมไหนเซ็น MOU กับ กกต. บ้าง", [], ["mou_info"]), ("หน่วยงานพันธมิตรมีกี่กรม{q}", [FACTS["partner_departments"]], None),
          ("ใครบ้างที่ร่วมลงนามความร่วมมือ", [], ["mou_info"]),
          ("มีหน่วยงานรัฐกี่หน่วยงานที่ส่งคนมาเป็นวิทยากร", [FACTS["partner_departments"]], None),
          ("นอกจาก กกต. แล้วมีกรมไหนอีกบ้างที่อยู่ใน MOU", [], ["mou_info"]), ("พาร์ทเนอร์ของ ศส.ปชต. มีใครบ้าง", [], None)]
    for tpl, figs, alt in al:
        add(cat, [chat(fill(tpl))], "agency_list", {}, figs, alt=alt,
            note="partners: DOPA, DLA, HSS, DOP (MOU 1) and CDD (MOU 2)")

    # ---- mou_info (12)
    mi = [("MOU กับกรมการพัฒนาชุมชนมีอายุกี่ปี", {"agency": "CDD"}, [FACTS["mou_cdd_term_years"]], "MOU 2 term"),
          ("เอ็มโอยูกับ พช. หมดอายุเมื่อไหร่คะ", {"agency": "CDD"}, [FACTS["mou_cdd_term_years"]], "3 years from signing"),
          ("ถ้าจะเลิก MOU ต้องแจ้งล่วงหน้ากี่วันคะ", {}, [FACTS["termination_notice_days"]], "MOU 2 termination notice"),
          ("บันทึกข้อตกลงมีทั้งหมดกี่ฉบับ", {}, [FACTS["mou_count"]], "two MOUs"),
          ("ใครเป็นคนเซ็น MOU ฝั่ง กกต.", {"agency": "ECT"}, [], "secretary-general of the ECT (name spelled two ways in the scan)"),
          ("MOU ฉบับที่มีกรมผู้สูงอายุ มีใครร่วมบ้าง", {"agency": "DOP"}, [], "MOU 1: ECT + DOPA, DLA, HSS, DOP"),
          ("แก้ไข MOU ได้ไหม ต้องทำยังไง", {}, [], "amendment in writing, signed by both sides"),
          ("MOU นี้ทำขึ้นมาเพื่ออะไรคะ", {}, [], "purpose: understanding of democracy with the King as head of state"),
          ("หนังสือ มท ๐๘๑๘.๒/ว ๒๕๖๕ ลงวันที่เท่าไร", {}, [FACTS["letter_year"]], "letter dated 1 Feb 2565"),
          ("อธิบดีกรมการปกครองที่เซ็น MOU ชื่ออะไร", {"agency": "DOPA"}, [], "signatory name (scan noise)"),
          ("MOU มีผลบังคับใช้ตั้งแต่เมื่อไหร่", {}, [], "from the signing date (MOU 2)"),
          ("เขาเซ็น mou กันกี่ฝ่ายคะ ฉบับที่ทำกับสี่กรม", {}, [FACTS["mou1_party_count"]], "MOU 1: 5 parties")]
    for text, slots, figs, note in mi:
        add(cat, [chat(text)], "mou_info", slots, figs, note=note,
            alt=["agency_list"] if "ร่วมบ้าง" in text or "กี่ฝ่าย" in text else None)

    # ---- center_info (10)
    ci = [("ศส.ปชต. คืออะไรคะ", [], ["glossary"]), ("ศูนย์ส่งเสริมพัฒนาประชาธิปไตยทำอะไรบ้าง", [], None),
          ("ศส.ปชต. ตั้งขึ้นมาตั้งแต่ปีไหน", [FACTS["center_founded_year"]], None),
          ("ศส.ปชต. ต้องมีให้ครบทุกตำบลภายในปีไหนคะ", [FACTS["center_rollout"]["all_tambon_year"]], None),
          ("ปีงบ 64 เขาให้ตั้ง ศส.ปชต. ยังไงนะ", [], None), ("ศสปชต มีไว้ทำไมอะ", [], ["glossary"]),
          ("ใครเป็นคนตั้ง ศส.ปชต. ขึ้นมา", [], None),
          ("โครงการหมู่บ้านพลเมืองดีวิถีประชาธิปไตยคืออะไร", [], ["glossary", "mou_info"]),
          ("ศส.ปชต.ในตำบลเราต้องทำงานกับใครบ้างคะ", [], ["agency_list"]),
          ("ศูนย์ ศส.ปชต. เกี่ยวกับการเลือกตั้งยังไง", [], None)]
    for text, figs, alt in ci:
        add(cat, [chat(text)], "center_info", {}, figs, alt=alt, note="ศส.ปชต. background from the MOU preamble")

    # ---- glossary (10)
    gl = [("อสม. ย่อมาจากอะไร", None), ("ศพอส. คืออะไรคะ", None), ("กกต. ย่อมาจากอะไร", None),
          ("ปชต. ย่อมาจากอะไร", ["center_info"]), ("วิทยากรขยายผลคืออะไร ต่างจากวิทยากรหลักยังไง", None),
          ("พลเมืองคุณภาพ หมายความว่าไง", ["center_info"]), ("MOU แปลว่าอะไรคะ", ["mou_info"]),
          ("อาสาสมัครพัฒนาการเมือง คือใคร", ["center_info"]), ("คำว่า ศส.ปชต. เต็มๆ คืออะไร", ["center_info"]),
          ("สบส. ย่อมาจากอะไรคะ", None)]
    for text, alt in gl:
        add(cat, [chat(text)], "glossary", {}, [], alt=alt, note="term or abbreviation in the document")

    # ---- contact (8)
    ext = FACTS["phone_ext"]
    ct = [("ติดต่อใครได้บ้างคะเรื่องนี้", {}, [ext]), ("เบอร์โทรผู้ประสานงานขอหน่อย", {}, [ext]),
          ("โทรไปถามที่ไหนได้บ้าง", {}, [ext]), ("ขอเบอร์แฟกซ์หน่อยค่ะ", {}, [FACTS["fax_last4"]]),
          ("ผู้ประสานงานชื่ออะไรคะ", {}, []), ("ถ้ามีปัญหาเรื่องหนังสือเวียนนี้ติดต่อกองไหน", {}, []),
          ("เบอร์ ต่อ อะไรนะ ลืมจด", {}, [ext]), ("มีเบอร์ติดต่อกรมส่งเสริมฯ มั้ยคะ", {"agency": "DLA"}, [ext])]
    for text, slots, figs in ct:
        add(cat, [chat(text)], "contact", slots, figs,
            note=f"letter contact: {FACTS['contact_unit']}, tel {FACTS['phone']} ext {ext}, fax {FACTS['fax']}, {FACTS['coordinator']}")

    # ---- help / greeting / unknown (10)
    for text in ["บอทนี้ทำอะไรได้บ้างคะ", "ใช้งานยังไง ถามอะไรได้บ้าง", "ช่วยอะไรได้มั่ง", "เมนูมีอะไรบ้างครับ"]:
        add(cat, [(text, "private", False)], "help", {}, [], note="private chat")
    for text in ["สวัสดีค่ะ", "หวัดดีจ้าบอท", "ขอบคุณมากนะคะ", "ขอบใจจ้า"]:
        add(cat, [(text, "private", False)], "greeting", {}, [], note="private chat: greet / thank back")
    for text in ["งวดนี้หวยออกอะไรคะ", "ช่วยแนะนำร้านส้มตำแถวบ้านหน่อย"]:
        add(cat, [(text, "private", False)], "unknown", {}, [],
            note="out of scope in private: polite 'cannot help with that' reply, no figure")


# =================================================================== FOLLOWUP (60)
def followup():
    cat = "followup"

    def ctx(first, second, third=None, group=False):
        if group:
            turns = [(mention(first), "group", False), (second, "group", True)]
            if third:
                turns.append((third, "group", True))
        else:
            turns = [first, second] + ([third] if third else [])
        return turns

    # A. province switch, same type (14)
    fa = ["แล้ว{P}ล่ะ", "{P}ล่ะคะ", "ของ{P}ด้วยค่ะ", "เปลี่ยนเป็น{P}", "{P}หละ", "ถ้าเป็น{P}?", "{P}มั่ง",
          "แล้วที่{P}อะ", "{P}ด้วยจ้า", "ขอของจังหวัด{P}ด้วย", "อ้อ แล้ว{P}ล่ะครับ", "แล้วบ้านผม{P}ล่ะ",
          "ต่อไป{P}", "งั้น{P}ละคะ"]
    for i, tpl in enumerate(fa):
        t = "core" if i % 2 == 0 else "extended"
        p1 = pick_province(t)
        p2 = pick_province(t)
        while p2 == p1:
            p2 = pick_province(t)
        first = fill(R.choice(PT_TEMPLATES[:12]), p=p1, T=tsurf(t))
        add(cat, ctx(first, fill(tpl, p=p2), group=(i % 4 == 3)), "trainer_count",
            {"province": p2, "trainer_type": t}, nz(cnt(t, p2)),
            note=f"type carried from turn 1; {count_note(t, p2)}")
    # B. type switch, same province (8)
    fb = [("ขยายผลล่ะ", "extended"), ("แล้ววิทยากรหลักล่ะ", "core"), ("ถ้าเป็นขยายผลมีกี่คน", "extended"),
          ("แล้วตัวหลักล่ะคะ", "core"), ("ขยายผลมีเท่าไหร่", "extended"), ("หลักล่ะ", "core"),
          ("แล้ววิทยากนขยายผลหละ", "extended"), ("ส่วนวิทยากรหลักมีกี่คนคะ", "core")]
    for i, (t2, t) in enumerate(fb):
        t1 = "core" if t == "extended" else "extended"
        p = core_cycle.next()
        first = fill(R.choice(PT_TEMPLATES[12:30]), p=p, T=tsurf(t1))
        add(cat, ctx(first, t2, group=(i % 3 == 2)), "trainer_count", {"province": p, "trainer_type": t},
            nz(cnt(t, p)), note=f"province carried; {count_note(t, p)}")
    # C. add agency (8)
    fc = ["เฉพาะ{A}ล่ะ", "{A}กี่คน", "ของ{A}อะ", "แล้ว{A}มีกี่คนคะ", "แยกเอาแค่{A}ได้ไหม", "ในนั้น{A}เท่าไหร่",
          "{A}ล่ะคะ", "ที่มาจาก{A}กี่คน"]
    for i, tpl in enumerate(fc):
        t = "extended" if i % 2 == 0 else "core"
        p = core_cycle.next()
        a = R.choice(AG5)
        first = fill(R.choice(PT_TEMPLATES), p=p, T=tsurf(t))
        add(cat, ctx(first, fill(tpl, A=asurf(a)), group=(i % 4 == 1)), "trainer_count",
            {"province": p, "agency": a, "trainer_type": t}, nz(cnt(t, p, a)),
            note=f"province and type carried; {count_note(t, p, a)}")
    # D. duties: switch agency (6)
    fd = ["แล้ว{A}ล่ะ", "{A}ล่ะคะ", "ถ้าเป็น{A}ต้องทำอะไร", "ของ{A}ด้วย", "{A}มั่ง", "ต่อด้วย{A}ค่ะ"]
    ags6 = ["ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"]
    for i, tpl in enumerate(fd):
        a1, a2 = R.sample(ags6, 2)
        first = fill(R.choice(["{A}ต้องทำอะไรบ้างตาม MOU", "หน้าที่ของ{A}ในบันทึกข้อตกลงมีอะไรบ้าง",
                               "{A}รับผิดชอบอะไรบ้างคะ"]), A=asurf(a1))
        add(cat, ctx(first, fill(tpl, A=asurf(a2)), group=(i % 3 == 0)), "agency_duties", {"agency": a2}, [],
            note=f"intent carried; agency switched {a1} -> {a2}")
    # E. three turns (8)
    for i in range(8):
        t = "core" if i % 2 == 0 else "extended"
        p1 = core_cycle.next()
        p2 = core_cycle.next()
        a = R.choice(AG5)
        first = fill(R.choice(PT_TEMPLATES), p=p1, T=tsurf(t))
        second = fill(R.choice(fa), p=p2)
        third = fill(R.choice(["{A}เท่าไหร่", "แล้ว{A}ล่ะ", "ของ{A}กี่คนจ๊ะ", "เฉพาะ{A}"]), A=asurf(a))
        add(cat, ctx(first, second, third, group=(i % 4 == 2)), "trainer_count",
            {"province": p2, "agency": a, "trainer_type": t}, nz(cnt(t, p2, a)),
            note=f"3 turns: type from 1, province from 2, agency from 3; {count_note(t, p2, a)}")
    # F. national after a province (3)
    for i, tpl in enumerate(["รวมทั้งประเทศล่ะ", "ทั่วประเทศมีเท่าไหร่คะ", "แล้วทั้งหมดทุกจังหวัดล่ะ"]):
        t = ["core", "extended", "core"][i]
        p = core_cycle.next()
        first = fill(R.choice(PT_TEMPLATES), p=p, T=tsurf(t))
        add(cat, ctx(first, tpl), "trainer_count", {"trainer_type": t}, nz(cnt(t)),
            note=f"province dropped, type carried: national {t} total")
    # G. center / mou / contact chains (4)
    add(cat, ctx("ศส.ปชต. คืออะไรคะ", "แล้วตั้งมาตั้งแต่ปีไหน"), "center_info", {}, [FACTS["center_founded_year"]],
        note="year the centres were set up")
    add(cat, ctx("MOU กับกรมการพัฒนาชุมชนมีอายุกี่ปี", "แล้วถ้าอยากเลิกก่อนต้องทำไง"), "mou_info", {"agency": "CDD"},
        [FACTS["termination_notice_days"]], note="termination: written notice >= 30 days")
    add(cat, ctx("ติดต่อใครได้บ้างเรื่องหนังสือฉบับนี้", "แฟกซ์ล่ะคะ"), "contact", {}, [FACTS["fax_last4"]],
        note=f"fax {FACTS['fax']}")
    add(cat, ctx("อสม. ย่อมาจากอะไร", "แล้ว อสม. ต้องทำอะไรกับ ศส.ปชต. บ้าง"), "agency_duties", {"agency": "HSS"}, [],
        note="glossary then duties of HSS (the MOU's HSS items are about อสม.)")
    # H. district as follow-up (3)
    dists = [d for d, p in DISTRICTS.items() if p in CORE_PROVS]
    for i, tpl in enumerate(["แล้วอำเภอ{D}ล่ะ", "อ.{D}ล่ะคะ", "ถ้าอยู่{D}ล่ะ"]):
        d = R.choice(dists)
        p2 = DISTRICTS[d]
        t = "core" if i != 1 else "extended"
        p1 = core_cycle.next()
        while p1 == p2:
            p1 = core_cycle.next()
        first = fill(R.choice(PT_TEMPLATES), p=p1, T=tsurf(t))
        add(cat, ctx(first, tpl.replace("{D}", d)), "trainer_count", {"province": p2, "trainer_type": t},
            nz(cnt(t, p2)), note=f"district {d} -> {p2}; {count_note(t, p2)}")
    # J. answering the bot's question (3)
    for tpl, t in [("หลักค่ะ", "core"), ("เอาแบบขยายผลครับ", "extended"), ("วิทยากรหลักจ้า", "core")]:
        p = core_cycle.next()
        first = fill(R.choice(["{P}มีวิทยากรกี่คนคะ", "วิทยากร{P}มีเท่าไหร่", "{P}มีวิทยากรเยอะไหม"]), p=p)
        add(cat, ctx(first, tpl), "trainer_count", {"province": p, "trainer_type": t}, nz(cnt(t, p)),
            note=f"turn 1 untyped (bot may ask which type), turn 2 picks the type; {count_note(t, p)}")
    # L. no leak: a complete new question (3)
    t = "extended"
    add(cat, ctx(fill(R.choice(PT_TEMPLATES), p=core_cycle.next(), T=tsurf("core")), "ทั้งประเทศมีวิทยากรขยายผลกี่คน"),
        "trainer_count", {"trainer_type": t}, nz(cnt(t)), note="complete new question: province must not leak from turn 1")
    p = ext_cycle.next()
    add(cat, ctx(fill(R.choice(PT_TEMPLATES), p=core_cycle.next(), T=tsurf("core")),
                 fill("เปลี่ยนเรื่องนะ {P}มีวิทยากรขยายผลกี่คน", p=p)),
        "trainer_count", {"province": p, "trainer_type": "extended"}, nz(cnt("extended", p)),
        note=f"new full question; {count_note('extended', p)}")
    a = R.choice(["DOPA", "CDD", "DOP"])
    add(cat, ctx(fill(R.choice(PT_TEMPLATES), p=core_cycle.next(), T=tsurf("extended")),
                 fill("ขอถามเรื่องอื่นค่ะ {A}ต้องทำอะไรตาม MOU บ้าง", A=asurf(a))),
        "agency_duties", {"agency": a}, [], note="intent switch to duties; no province slot")


# =================================================================== ENGLISH (40)
def en_p(p):
    return R.choice(PROV_EN[p])


def english():
    cat = "english"
    en_core = [p for p in CORE_PROVS if p in PROV_EN]
    en_ext = [p for p in PROVS if p in PROV_EN and p != "กรุงเทพมหานคร"]
    ec, ee = Cycle(en_core), Cycle(en_ext)
    pt = ["How many {T} are there in {P}?", "how many {T} does {P} have", "{P} {T} count?", "Number of {T} in {P} please",
          "hi, could you tell me how many {T} {P} has?", "what's the number of {T} for {P} province",
          "{P}: how many {T}?", "Do you know the total of {T} in {P}?", "how many ppl are {T} in {P}",
          "I'm a volunteer from {P}. How many {T} do we have?", "Tell me the {T} figure for {P}",
          "{T} in {P} - how many?", "count of {T}, {P}", "pls how many {T} {P}"]
    for i, tpl in enumerate(pt):
        t = "core" if i % 2 == 0 else "extended"
        p = ec.next() if t == "core" else ee.next()
        text = tpl.replace("{T}", R.choice(TYPE_EN[t])).replace("{P}", en_p(p))
        add(cat, [chat(text, 0.25)], "trainer_count", {"province": p, "trainer_type": t}, nz(cnt(t, p)), lang="en",
            note=count_note(t, p))
    pta = ["How many {T} from {A} are in {P}?", "{P}, {A}: how many {T}?", "how many {T} does {A} have in {P}",
           "In {P}, how many {T} come from {A}?", "number of {A} {T} in {P}"]
    for i, tpl in enumerate(pta):
        t = "extended" if i % 2 == 0 else "core"
        p = ee.next() if t == "extended" else ec.next()
        a = R.choice(AG5)
        text = tpl.replace("{T}", R.choice(TYPE_EN[t])).replace("{P}", en_p(p)).replace("{A}", R.choice(AGENCY_EN[a]))
        add(cat, [chat(text, 0.25)], "trainer_count", {"province": p, "agency": a, "trainer_type": t},
            nz(cnt(t, p, a)), lang="en", note=count_note(t, p, a))
    for tpl, t, a in [("How many {T} are there nationwide?", "core", None),
                      ("total {T} in the whole country?", "extended", None),
                      ("How many {T} does {A} have across all provinces?", "extended", R.choice(AG5))]:
        text = tpl.replace("{T}", R.choice(TYPE_EN[t])).replace("{A}", R.choice(AGENCY_EN[a]) if a else "")
        add(cat, [chat(text, 0.25)], "trainer_count", {"trainer_type": t, "agency": a}, nz(cnt(t, None, a)), lang="en",
            note=f"national {t}" + (f" {a}" if a else ""))
    p = ec.next()
    add(cat, [chat(f"Does {en_p(p)} have any core trainers?", 0.25)], "trainer_coverage",
        {"province": p, "trainer_type": "core"}, [], lang="en", alt=["trainer_count"], note=f"yes: {count_note('core', p)}")
    add(cat, [chat("Is there any trainer in Bangkok?", 0.25)], "trainer_coverage", {"province": "กรุงเทพมหานคร"}, [],
        lang="en", alt=["trainer_count"], note="Bangkok: none in either register")
    add(cat, [chat("How many provinces have core trainers?", 0.25)], "trainer_coverage", {"trainer_type": "core"},
        [REG["core"]["coverage"]["count"]], lang="en", note="core coverage")
    add(cat, [chat("which provinces have no extension trainers at all?", 0.25)], "trainer_coverage",
        {"trainer_type": "extended"}, [], lang="en", note=f"only {REG['extended']['coverage']['without']}")
    for a, tpl in zip(R.sample(["ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"], 4),
                      ["What does {A} have to do under the MOU?", "what are the duties of {A}?",
                       "Under the agreement, what is {A} responsible for?", "role of {A} in the democracy centres?"]):
        add(cat, [chat(tpl.replace("{A}", R.choice(AGENCY_EN[a])), 0.25)], "agency_duties", {"agency": a}, [], lang="en",
            note=f"{a} duties ({FACTS['duties_count'][a]} items)")
    add(cat, [chat("What is a Democracy Promotion Centre?", 0.25)], "center_info", {}, [], lang="en", alt=["glossary"],
        note="ศส.ปชต.")
    add(cat, [chat("When were the democracy promotion centres first set up?", 0.25)], "center_info", {},
        [FACTS["center_founded_year"]], lang="en", note="B.E. 2557 (a reply may also give 2014; 2557 required)")
    add(cat, [chat("How long is the MOU with the Community Development Department valid?", 0.25)], "mou_info",
        {"agency": "CDD"}, [FACTS["mou_cdd_term_years"]], lang="en", note="3 years")
    add(cat, [chat("how many days notice to terminate the MOU?", 0.25)], "mou_info", {},
        [FACTS["termination_notice_days"]], lang="en", note="30 days written notice")
    add(cat, [chat("Which departments signed the MOU with the Election Commission?", 0.25)], "agency_list", {}, [],
        lang="en", alt=["mou_info"], note="DOPA, DLA, HSS, DOP; CDD in the second MOU")
    add(cat, [("Who can I call about this? phone number?", "private", False)], "contact", {}, [FACTS["phone_ext"]],
        lang="en", note=f"ext {FACTS['phone_ext']}")
    add(cat, [("what's the fax number", "private", False)], "contact", {}, [FACTS["fax_last4"]], lang="en",
        note=f"fax {FACTS['fax']}")
    add(cat, [("what can you do?", "private", False)], "help", {}, [], lang="en", note="help in English")
    add(cat, [("hello there", "private", False)], "greeting", {}, [], lang="en", note="private greeting")
    add(cat, [chat("What does อสม. stand for?", 0.25)], "glossary", {}, [], lang="en",
        note="village health volunteers; English reply")


# =================================================================== CLARIFY (45)
def clarify():
    cat = "clarify"
    ab_t = ["{X}มี{T}กี่คน", "ที่{X}มี{T}ไหมคะ", "{T} {X} กี่คน{q}", "ลูกสาวอยู่{X} ที่นั่นมี{T}กี่คนคะ",
            "{X}มีวิทยากรพลเมืองคุณภาพเท่าไหร่", "ขอยอด{T}{X}", "{X}ล่ะ มี{T}กี่ท่าน", "ถ้าเป็น{X}มี{T}มั้ย",
            "อยากรู้จำนวน{T}ของ{X}ค่ะ"]
    abroad = R.sample(ABROAD, 9)
    for tpl, x in zip(ab_t, abroad):
        t = "core" if R.random() < 0.5 else "extended"
        text = fill(tpl, X=x, T=tsurf(t))
        slots = {"trainer_type": t} if "{T}" in tpl else {}
        intent = "trainer_coverage" if ("ไหม" in tpl or "มั้ย" in tpl) else "trainer_count"
        add(cat, [chat(text)], intent, slots, [], reply="clarify",
            alt=["trainer_count", "trainer_coverage"], note=f"{x} is outside Thailand: ask/say not in the register, no figure")
    add(cat, [chat("How many core trainers in Vientiane?", 0.2)], "trainer_count", {"trainer_type": "core"}, [],
        reply="clarify", lang="en", note="abroad (Laos)")
    amb_t = {"นคร": "{X}มี{T}กี่คน", "สมุทร": "จังหวัด{X}มี{T}กี่คนคะ", "เพชร": "{T}ที่{X}มีเท่าไหร่",
             "ลำ": "จังหวัด{X}... อะไรนะ ลืมชื่อ มี{T}กี่คนจ้า", "ชัย": "ขอยอด{T}จ.{X}... หน่อย",
             "สระ": "อยู่{X}...ค่ะ พิมพ์ไม่ถูก มี{T}กี่คน", "หนอง": "{X}... อะไรนะ จำไม่ได้ มี{T}กี่คน",
             "เชียง": "{T}จ.{X}มีไหม", "พิ": "ที่จ.{X}... มี{T}กี่ท่านคะ", "สุ": "จังหวัด{X}...อะไรสักอย่าง มี{T}ซักกี่คน"}
    for x, cands in AMBIGUOUS_SHORT.items():
        tpl = amb_t[x]
        t = "core" if R.random() < 0.5 else "extended"
        text = tpl.replace("{X}", x).replace("{T}", tsurf(t))
        add(cat, [chat(text)], "trainer_count", {"trainer_type": t}, [], reply="clarify",
            alt=["trainer_coverage"], note=f"'{x}' could be {', '.join(cands)}: ask which province")
    for x, tpl in zip(AMBIGUOUS_DISTRICT + UNKNOWN_PLACES[:4],
                      ["อำเภอ{X}มี{T}กี่คน", "{X}มี{T}กี่คนคะ", "ผมอยู่{X} {T}มีกี่คน", "{X}มี{T}ไหม",
                       "ที่{X} มี{T}กี่คนคะ", "{X} {T}เท่าไหร่", "{X}มีวิทยากรกี่คน"]):
        t = "extended" if R.random() < 0.6 else "core"
        text = tpl.replace("{X}", x).replace("{T}", tsurf(t))
        slots = {"trainer_type": t} if "{T}" in tpl else {}
        add(cat, [chat(text)], "trainer_count", slots, [], reply="clarify", alt=["trainer_coverage"],
            note=f"'{x}' does not resolve to one province (many provinces have it, or not a real place)")
    attrs = ["{P}มี{T}ผู้หญิงกี่คน", "{T}{P}ที่อายุเกิน 60 มีกี่คนคะ", "{T}ได้ค่าตอบแทนเท่าไหร่ต่อครั้ง",
             "{T}ในทะเบียนจบปริญญาตรีกี่คน", "{P}มี{T}ที่เป็นผู้ชายกี่คน", "{T}ที่เป็นมุสลิมใน{P}มีกี่คน",
             "{T}อายุเฉลี่ยเท่าไหร่ครับ", "{P} {T}ที่เป็นข้าราชการบำนาญกี่คน", "เงินเดือน{T}{P}เท่าไหร่คะ"]
    for tpl in attrs:
        t = "core" if R.random() < 0.5 else "extended"
        p = core_cycle.next() if "{P}" in tpl else None
        text = fill(tpl, p=p, T=tsurf(t)) if p else fill(tpl, T=tsurf(t))
        add(cat, [chat(text)], "trainer_count", {"province": p, "trainer_type": t}, [], reply="clarify",
            alt=["unknown"], note="attribute the register does not hold (gender/age/pay/education/religion/status): no figure")
    years = ["ปี 2566 {P}มี{T}กี่คน", "{T}{P}ปี๖๕ มีกี่คนคะ", "ปีงบ 67 {P} {T}เท่าไหร่", "{P}มี{T}กี่คน ข้อมูลปี 2562 นะคะ",
             "ขอยอด{T} {P} ปี ๒๕๖๘", "ทะเบียนปี 2564 {P}มี{T}กี่คน", "{T}ปี 2567 ทั้งประเทศกี่คน",
             "ปี 2565 มี{T}กี่จังหวัด", "{P} {T} ปี 66 ครับ"]
    for tpl in years:
        t = "core" if R.random() < 0.5 else "extended"
        p = core_cycle.next() if "{P}" in tpl else None
        text = fill(tpl, p=p, T=tsurf(t)) if p else fill(tpl, T=tsurf(t))
        intent = "trainer_coverage" if "จังหวัด" in tpl and "{P}" not in tpl else "trainer_count"
        add(cat, [chat(text)], intent, {"province": p, "trainer_type": t}, [], reply="clarify",
            alt=["trainer_count", "trainer_coverage"],
            note=f"asks for a year other than the register's ({REG['core']['year']}): clarify, never state a figure")


# =================================================================== DISTRICT (30)
def district():
    cat = "district"
    dl = list(DISTRICTS.items())
    R.shuffle(dl)
    bkk = [d for d in dl if d[1] == "กรุงเทพมหานคร"][:2]
    rest = [d for d in dl if d[1] != "กรุงเทพมหานคร"]
    dt = ["อยู่อำเภอ{D}ค่ะ มี{T}กี่คน", "อ.{D} มี{T}ไหม กี่คน", "คน{D}ครับ จังหวัดผมมี{T}กี่คน",
          "{D}มี{T}กี่คนคะ", "ผมอยู่{D} อยากรู้ว่าจังหวัดนี้มี{T}เท่าไหร่", "แถว{D}มี{T}กี่คนจ้า",
          "อำเภอ{D} {T}เท่าไหร่", "{T}ที่{D}มีกี่คน", "บ้านอยู่{D}ค่ะ {T}มีกี่ท่าน", "{D}นะ {T}กี่คน",
          "ศส.ปชต.อำเภอ{D}อยากเชิญ{T} จังหวัดเรามีกี่คนคะ", "{T}โซน{D}มีเท่าไหร่", "ขอยอด{T}แถวอ.{D}",
          "อ.{D} จ.อะไรจำไม่ได้ 555 มี{T}กี่คน", "{D}ค่ะ {T}", "ที่{D}มี{T}อยู่กี่คนครับ",
          "ทำงานอยู่{D} ถามว่ามี{T}กี่คน", "อยู่{D}มาสิบปีแล้ว ไม่เคยรู้เลยว่าจังหวัดมี{T}กี่คน ช่วยบอกหน่อย"]
    i = 0
    for tpl in dt:
        d, p = rest[i]
        i += 1
        t = "core" if (p in CORE_PROVS and R.random() < 0.6) else "extended"
        add(cat, [chat(tpl.replace("{D}", d).replace("{T}", tsurf(t)))], "trainer_count", {"province": p, "trainer_type": t},
            nz(cnt(t, p)), note=f"district {d} -> {p}; {count_note(t, p)}")
    for tpl in ["เขต{D} กทม. มีวิทยากรขยายผลกี่คนคะ", "อยู่เขต{D}ค่ะ มีวิทยากรหลักมั้ย"]:
        d, p = bkk.pop()
        intent = "trainer_coverage" if "มั้ย" in tpl else "trainer_count"
        t = "core" if "หลัก" in tpl else "extended"
        add(cat, [chat(tpl.replace("{D}", d))], intent, {"province": p, "trainer_type": t}, [],
            alt=["trainer_count"] if intent == "trainer_coverage" else None,
            note=f"Bangkok district {d}: Bangkok has 0 {t}")
    for tpl in ["อ.{D} มี{T}ของ{A}กี่คน", "{A}แถว{D}มี{T}เท่าไหร่คะ", "อยู่{D}ค่ะ {T}ที่เป็นคนของ{A}กี่คน"]:
        d, p = rest[i]
        i += 1
        t = "extended"
        a = R.choice(AG5)
        add(cat, [chat(tpl.replace("{D}", d).replace("{T}", tsurf(t)).replace("{A}", asurf(a)))], "trainer_count",
            {"province": p, "agency": a, "trainer_type": t}, nz(cnt(t, p, a)), note=f"district {d} -> {p}; {count_note(t, p, a)}")
    for tpl in ["{D}มีวิทยากรหลักไหมคะ", "อยู่อำเภอ{D} จังหวัดเรามีวิทยากรหลักรึเปล่า", "แถว{D}มีวิทยากรหลักมั้ยครับ"]:
        d, p = rest[i]
        i += 1
        add(cat, [chat(tpl.replace("{D}", d))], "trainer_coverage", {"province": p, "trainer_type": "core"}, [],
            alt=["trainer_count"], note=f"district {d} -> {p}; core {cnt('core', p)} -> {'yes' if cnt('core', p) else 'no'}")
    d, p = rest[i]
    i += 1
    add(cat, [chat(f"ขอรายชื่อวิทยากรแถว{d}หน่อยค่ะ")], "trainer_list", {"province": p}, [],
        note=f"district {d} -> {p}; no names in the document")
    while rest[i][1] in CORE_PROVS:
        i += 1
    d, p = rest[i]
    i += 1
    add(cat, [chat(f"อำเภอ{d}มีวิทยากรกี่คนคะ")], "trainer_count", {"province": p}, nz(cnt("extended", p)),
        note=f"district {d} -> {p}; untyped but {p} has no core trainers: extended {cnt('extended', p)}")
    d, p = next(x for x in DISTRICT_EN.items())
    add(cat, [chat(f"I live in {d}. How many extended trainers are in my province?", 0.2)], "trainer_count",
        {"province": p, "trainer_type": "extended"}, nz(cnt("extended", p)), lang="en",
        note=f"English, district {d} -> {p}; {count_note('extended', p)}")
    d, p = list(DISTRICT_EN.items())[2]
    add(cat, [chat(f"{d} core trainers?", 0.2)], "trainer_count", {"province": p, "trainer_type": "core"},
        nz(cnt("core", p)), lang="en", note=f"English, district {d} -> {p}; {count_note('core', p)}")


# =================================================================== REGION (15)
REGION_FORMS = {"northeast": ["อีสาน", "ภาคอีสาน", "ภาคตะวันออกเฉียงเหนือ", "ภาคอีสานบ้านเฮา"],
                "south": ["ภาคใต้", "ปักษ์ใต้", "ทางใต้ทั้งภาค"],
                "deep_south": ["สามจังหวัดชายแดนภาคใต้", "๓ จังหวัดชายแดนใต้"],
                "andaman": ["ฝั่งอันดามัน", "จังหวัดฝั่งอันดามัน"]}


def region():
    cat = "region"
    G = F["regions"]
    plan = [("northeast", "core", "total", "{R}มี{T}กี่คน"), ("northeast", "extended", "total", "{R}รวมกันมี{T}เท่าไหร่คะ"),
            ("northeast", "core", "coverage", "{R}มีกี่จังหวัดที่มี{T}"),
            ("northeast", "extended", "total", "ทั้ง{R} 20 จังหวัด {T}รวมกี่คน"),
            ("south", "core", "total", "{T}ทั้ง{R}มีกี่คนจ้า"), ("south", "extended", "total", "{R}มี{T}รวมกันกี่คน"),
            ("south", "core", "coverage", "จังหวัด{R}ที่มี{T}มีกี่จังหวัด"),
            ("deep_south", "extended", "total", "{R} มี{T}รวมกี่คนคะ"), ("deep_south", "core", "total", "{T} {R} กี่คน"),
            ("andaman", "extended", "total", "{R}มี{T}รวมกี่คน"), ("andaman", "core", "total", "{T}{R}รวมได้เท่าไหร่"),
            ("northeast", "extended", "agency", "{R} {A} มี{T}กี่คน"), ("south", "extended", "agency", "{T}ของ{A}ใน{R}รวมกี่คน")]
    for rk, t, kind, tpl in plan:
        a = R.choice(AG5) if kind == "agency" else None
        text = fill(tpl, R=R.choice(REGION_FORMS[rk]), T=tsurf(t), A=asurf(a) if a else "")
        val = G[rk][t]["coverage"] if kind == "coverage" else G[rk][t][a or "total"]
        intent = "trainer_coverage" if kind == "coverage" else "trainer_count"
        add(cat, [chat(text)], intent, {"trainer_type": t, "agency": a}, nz(val),
            note=f"region {rk} ({len(G[rk]['provinces'])} provinces) {t} {kind}{(' ' + a) if a else ''} = {val}")
    add(cat, [chat("How many extended trainers in the Northeast (Isan)?", 0.2)], "trainer_count", {"trainer_type": "extended"},
        nz(G["northeast"]["extended"]["total"]), lang="en", note="region northeast extended total")
    add(cat, [chat("อีสานกับใต้ ใครมีวิทยากรหลักเยอะกว่ากันคะ")], "trainer_count", {"trainer_type": "core"},
        nz(G["northeast"]["core"]["total"], G["south"]["core"]["total"]),
        note=f"compare regions: northeast core {G['northeast']['core']['total']} vs south {G['south']['core']['total']}")


# =================================================================== COMPARISON (15)
def comparison():
    cat = "comparison"
    pairs_t = ["{P1}กับ{P2} ที่ไหนมี{T}มากกว่ากัน", "{T} {P1} vs {P2} ใครเยอะกว่า", "เทียบ{T}{P1}กับ{P2}ให้หน่อยค่ะ",
               "{P1}มี{T}มากกว่า{P2}ไหม", "ระหว่าง{P1}และ{P2} {T}ที่ไหนน้อยกว่า",
               "อยากรู้ว่า{P1}หรือ{P2}มี{T}เยอะกว่ากัน จะได้ขอยืมตัวมาช่วย"]
    for i, tpl in enumerate(pairs_t):
        t = "extended" if i % 2 == 0 else "core"
        pool = all_cycle if t == "extended" else core_cycle
        p1 = pool.next()
        p2 = pool.next()
        while p2 == p1 or cnt(t, p2) == cnt(t, p1):
            p2 = pool.next()
        text = tpl.replace("{P1}", psurf(p1, kinds="cns")).replace("{P2}", psurf(p2, kinds="cns")).replace("{T}", tsurf(t))
        add(cat, [chat(text)], "trainer_count", {"trainer_type": t}, nz(cnt(t, p1), cnt(t, p2)),
            note=f"compare {t}: {p1} {cnt(t, p1)} vs {p2} {cnt(t, p2)}")
    rk = F["rankings"]
    add(cat, [chat("จังหวัดไหนมีวิทยากรขยายผลเยอะที่สุดคะ")], "trainer_count", {"trainer_type": "extended"},
        [rk["extended"]["max"]["value"]], note=f"max extended: {rk['extended']['max']}")
    add(cat, [chat("วิทยากรหลักจังหวัดไหนมากสุด")], "trainer_count", {"trainer_type": "core"},
        [rk["core"]["max"]["value"]], note=f"max core: {rk['core']['max']}")
    add(cat, [chat("กรมไหนส่งวิทยากรหลักมามากที่สุดครับ")], "trainer_count", {"trainer_type": "core"},
        [rk["core"]["agency_max"]["value"]], note=f"agency max core: {rk['core']['agency_max']}")
    add(cat, [chat("ในบรรดาจังหวัดที่มีวิทยากรหลัก จังหวัดไหนมีน้อยที่สุดคะ")], "trainer_count", {"trainer_type": "core"},
        [rk["core"]["min_nonzero"]["value"]], note=f"min among provinces with core: {rk['core']['min_nonzero']}")
    a1, a2 = "DOPA", "CDD"
    add(cat, [chat(f"{asurf(a1)} กับ {asurf(a2)} ใครมีวิทยากรขยายผลมากกว่า")], "trainer_count", {"trainer_type": "extended"},
        nz(cnt("extended", None, a1), cnt("extended", None, a2)),
        note=f"national extended {a1} {cnt('extended', None, a1)} vs {a2} {cnt('extended', None, a2)}")
    p = "อุบลราชธานี"
    add(cat, [chat(f"{psurf(p)} {asurf('DOPA')}กับ{asurf('HSS')} วิทยากรขยายผลต่างกันกี่คน")], "trainer_count",
        {"province": p, "trainer_type": "extended"}, nz(cnt("extended", p, "DOPA"), cnt("extended", p, "HSS")),
        note=f"two agencies in one province: DOPA {cnt('extended', p, 'DOPA')} vs HSS {cnt('extended', p, 'HSS')}")
    p = core_cycle.next()
    add(cat, [chat(f"{psurf(p)}มีวิทยากรหลักหรือวิทยากรขยายผลเยอะกว่ากัน")], "trainer_count", {"province": p},
        nz(cnt("core", p), cnt("extended", p)), note=f"core {cnt('core', p)} vs extended {cnt('extended', p)} in {p}")
    add(cat, [chat("Which province has the most extended trainers?", 0.2)], "trainer_count", {"trainer_type": "extended"},
        [rk["extended"]["max"]["value"]], lang="en", note=f"max extended: {rk['extended']['max']}")
    p1, p2 = "เชียงใหม่", "ขอนแก่น"
    add(cat, [chat("Chiang Mai or Khon Kaen, which has more core trainers?", 0.2)], "trainer_count", {"trainer_type": "core"},
        nz(cnt("core", p1), cnt("core", p2)), lang="en", note=f"core {p1} {cnt('core', p1)} vs {p2} {cnt('core', p2)}")


# =================================================================== SILENT (15)
def silent():
    cat = "silent"
    lines = [
        ("พรุ่งนี้ประชุม ศส.ปชต. 9 โมงที่ศาลาหมู่บ้านนะคะ ใครไปได้กดไลค์ด้วย", None),
        ("ขอบคุณวิทยากรทุกท่านที่มาให้ความรู้วันนี้ค่ะ 🙏", ["greeting"]),
        ("ภาพบรรยากาศอบรมหลักสูตรพลเมืองคุณภาพ ต.หนองแวง เมื่อวานค่ะ", None),
        ("ส่งต่อ: กกต.จังหวัดแจ้งกำหนดการอบรม อสม. รุ่นที่ 2 ดูรายละเอียดในไฟล์แนบ", None),
        ("ป้าแดงคะ พรุ่งนี้ช่วยเอาเต็นท์มาด้วยนะ", None),
        ("ใครรู้บ้างว่าพรุ่งนี้ฝนจะตกไหม จะได้เลื่อนงานวัด", None),
        ("555 ตลกมากเลยคลิปนี้", None),
        ("เซ็น MOU เสร็จแล้ว ยินดีด้วยกับทุกคนค่ะ 🎉", None),
        ("ขอบคุณค่ะบอท", ["greeting"]),
        ("@civicbot วันนี้หวยออกอะไร", None),
        ("นายกฯ อบต. ฝากแจ้งว่าเงินผู้สูงอายุเข้าวันที่ 10 นะจ๊ะ", None),
        ("รูปนี้ถ่ายตอนไปดูงานที่เชียงใหม่ปีที่แล้ว คิดถึงจัง", None),
        ("อรุณสวัสดิ์วันจันทร์ค่ะทุกคน ☀️", ["greeting"]),
        ("ใครว่างช่วยไปรับพี่สมชายที่ บขส. ให้หน่อย", None),
        ("@civicbot ช่วยแนะนำสูตรแกงส้มหน่อย", None),
    ]
    for text, alt in lines:
        add(cat, [(text, "group", False)], "unknown", {}, [], reply="silent", alt=alt,
            note="group chatter / thanks / caption / off-domain: stay silent" +
                 ("; off-domain even with a mention" if "@civicbot" in text else ""))


def main():
    ordinary()
    followup()
    english()
    clarify()
    district()
    region()
    comparison()
    silent()
    order = list(range(len(CASES)))
    R.shuffle(order)
    with (HERE / "messages.jsonl").open("w", encoding="utf-8") as fh:
        for n, i in enumerate(order, 1):
            c = CASES[i]
            obj = {"id": f"b7-{n:04d}", "category": c["category"], "turns": c["turns"], "expect": c["expect"],
                   "note": c["note"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    from collections import Counter
    print("wrote messages.jsonl:", len(CASES), dict(Counter(c["category"] for c in CASES)))


if __name__ == "__main__":
    main()
