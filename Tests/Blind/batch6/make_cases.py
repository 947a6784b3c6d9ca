#!/usr/bin/env python3
"""Write messages.jsonl: the blind test set b6.

Every expected figure is looked up in figures.json (written by figures.py from the seed
text); none is typed here.  Run figures.py first.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
F = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
D = F["document"]
R = F["regions"]
rng = random.Random(6006)


# ---------------------------------------------------------------- figure look-ups
def core(p=None, a=None):
    """core count: province (optionally agency); no province = national (agency) total."""
    if p is None:
        return F["core"]["by_agency"][a] if a else F["core"]["total"]
    return F["core"]["by_province"].get(p, {}).get(a or "total", 0)


def ext(p=None, a=None):
    if p is None:
        return F["extended"]["by_agency"][a] if a else F["extended"]["total"]
    return F["extended"]["by_province"].get(p, {}).get(a or "total", 0)


def nz(*xs):
    """figures a correct answer must contain: zero counts are left out (a reply may say
    'none' instead of 0); duplicates collapse."""
    out = []
    for x in xs:
        if x and x not in out:
            out.append(x)
    return out


def untyped(p):
    """A question that names no trainer type.  Only safe when the province has no core
    trainers: then the total and the extended count are the same number, whichever way
    the bot answers (breakdown or sum)."""
    assert core(p) == 0, p
    return nz(ext(p))


# ---------------------------------------------------------------- case builders
TC, CV, TL = "trainer_count", "trainer_coverage", "trainer_list"
CORE, EXT = "core", "extended"
CASES = []


def S(p=None, a=None, t=None):
    s = {}
    if p:
        s["province"] = p
    if a:
        s["agency"] = a
    if t:
        s["trainer_type"] = t
    return s


def uid():
    return rng.choice([rng.randint(1000, 9999), rng.randint(100000, 999999), rng.randint(10_000_000, 99_999_999)])


def P(text):
    return {"text": text, "chat_type": "private", "reply_to_bot": False}


def G(text, rtb=False):
    return {"text": text, "chat_type": "group", "reply_to_bot": rtb}


def add(cat, turns, intent, slots=None, figs=(), reply="answer", lang="th", note="", alt=None):
    if isinstance(turns, (str, dict)):
        turns = [turns]
    u = uid()
    tt = []
    for t in turns:
        if isinstance(t, str):
            t = P(t)
        t = dict(t)
        t["user_id"] = u
        tt.append({"text": t["text"], "chat_type": t["chat_type"], "user_id": u,
                   "reply_to_bot": t["reply_to_bot"]})
    exp = {"intent": intent, "slots": slots or {}, "figures": list(figs), "reply": reply, "lang": lang}
    # a yes/no question about trainers ("...ไหม", "มีป่ะ") is equally a count or a coverage question
    YN = ("ไหม", "มั้ย", "ป่ะ", "รึเปล่า", "หรือเปล่า", "หรือยัง", "เหรอ", "Does ", "Is the")
    HM = ("กี่", "เท่าไหร่", "เท่าไร", "How many", "how many")
    CMP = ("กว่า", "เท่ากัน", "ต่างกัน", "เยอะไหม", "เยอะมั้ย", "สุด")
    # the turn that carries the question form: the last one, or an earlier one when the
    # last is a bare follow-up ("นนทบุรีล่ะ")
    q = next((t["text"] for t in reversed(tt) if any(w in t["text"] for w in YN + HM)), tt[-1]["text"])
    yesno = any(w in q for w in YN)
    howmany = any(w in q for w in HM)
    if intent in (TC, CV) and yesno and not howmany and cat != "comparison" and not any(w in q for w in CMP):
        other = CV if intent == TC else TC
        alt = list(alt or [])
        if other not in alt:
            alt.append(other)
    if alt:
        exp["intent_alt"] = list(alt)
    CASES.append({"category": cat, "turns": tt, "expect": exp, "note": note})



# Canonical names used below (spelled once, from figures.json keys, to avoid typos)
PV = {p: p for p in F["combined"]["by_province"]}
assert len(PV) == 77


def pv(name):
    assert name in PV, name
    return name


# ======================================================================= ordinary (220)
O = "ordinary"

# --- trainer_count: province + type -------------------------------------------------
for text, p, t, chat, note in [
    ("เชียงใหม่มีวิทยากรหลักกี่คนคะ", "เชียงใหม่", CORE, "p", ""),
    ("วิทยากรขยายผลโคราชมีเท่าไหร่ครับ", "นครราชสีมา", EXT, "p", "nickname โคราช"),
    ("อุบลฯ วิทยากรหลัก?", "อุบลราชธานี", CORE, "p", "อุบลฯ, terse"),
    ("ขอนแก่น ขยายผล", "ขอนแก่น", EXT, "p", "2 words"),
    ("แปดริ้วเรามีวิทยากรขยายผลสักกี่ท่านคะ", "ฉะเชิงเทรา", EXT, "p", "nickname แปดริ้ว"),
    ("ทะเบียนวิทยากรหลักปี63 ของลำปางมีกี่รายจ้า", "ลำปาง", CORE, "p", "DOPA cell '-'"),
    ("ร้อยเอ็ดมีวิทยากรขยายผลอยู่เท่าไร", "ร้อยเอ็ด", EXT, "g", "group, no mention"),
    ("ที่ศรีสะเกษเนี่ย วิทยากรขยายผลมีกี่คนอะ", "ศรีสะเกษ", EXT, "p", "colloquial"),
    ("พิดโลกได้วิทยากรหลักกี่คน", "พิษณุโลก", CORE, "p", "colloquial พิดโลก; DOP '-'"),
    ("สุราษฯมีวิทยากนขยายผลกี่คนคะ", "สุราษฎร์ธานี", EXT, "p", "สุราษฯ; typo วิทยากน"),
    ("ขอทราบยอดวิทยากรขยายผล จ.นครศรีธรรมราช ด้วยครับ", "นครศรีธรรมราช", EXT, "p", ""),
    ("เมืองคอนมีวิทยากรหลักกี่คนครับ", "นครศรีธรรมราช", CORE, "p", "nickname เมืองคอน; DLA cell '-'"),
    ("วิทยาการขยายผลตรังกี่คน", "ตรัง", EXT, "p", "typo วิทยาการ; two '-' cells"),
    ("@civicbot ภูเก็ตมีคนที่เป็นวิทยากรขยายผลกี่คนนะ", "ภูเก็ต", EXT, "g", "group with mention"),
    ("มหาชัยมีวิทยากรขยายผลประมาณกี่คน", "สมุทรสาคร", EXT, "p", "มหาชัย = สมุทรสาคร"),
    ("ปากน้ำ วิทยากรหลัก มีกี่ท่านครับ", "สมุทรปราการ", CORE, "p", "ปากน้ำ = สมุทรปราการ"),
    ("นนท์ วิทยากรขยายผลรวมทุกหน่วยงาน", "นนทบุรี", EXT, "p", "นนท์, no question word"),
    ("รบกวนเช็คให้หน่อยค่ะ บึงกาฬวิทยากรขยายผลกี่ท่าน", "บึงกาฬ", EXT, "p", "DOP cell '-'"),
    ("จังหวัดเลยมีวิทยากรขยายผลเท่าไหร่เลย", "เลย", EXT, "p", "province name that is also a particle"),
    ("มีวิทยากรหลักที่อยุธยากี่คนคะ", "พระนครศรีอยุธยา", CORE, "p", ""),
    ("กรุงเก่า วิทยากรขยายผลกี่คน", "พระนครศรีอยุธยา", EXT, "p", "nickname กรุงเก่า"),
    ("ชัยภูมิมี วิทยากรขยายผล กี่ คน ครับผม", "ชัยภูมิ", EXT, "p", "odd spacing"),
    ("แม่ฮ่องสอนมีวิทยากรขยายผลพอไหม มีกี่คน", "แม่ฮ่องสอน", EXT, "g", "group, no mention"),
    ("วิทยากรขยายผล จ.สกลนคร มีทั้งหมดเท่าไหร่คะ", "สกลนคร", EXT, "p", "HSS cell '-'"),
    ("อำนาจเจริญ ขยายผลกี่คน", "อำนาจเจริญ", EXT, "p", "terse"),
    ("สวัสดีค่ะ รบกวนสอบถามค่ะ จังหวัดยโสธรมีวิทยากรขยายผลทั้งหมดกี่คนคะ พอดีจะจัดอบรมให้อสม.ในตำบลแล้วอยากได้วิทยากรในพื้นที่ค่ะ ขอบคุณค่ะ",
     "ยโสธร", EXT, "p", "long, polite, mentions อสม."),
    ("พี่ๆคะ หัวหน้าให้หาข้อมูลด่วนเลยว่าจังหวัดสุโขทัยมีวิทยากรหลักกี่คน จะเชิญมาช่วยบรรยายเวทีประชาคมหมู่บ้านอาทิตย์หน้าค่ะ",
     "สุโขทัย", CORE, "g", "long, group, no mention"),
    ("กาญจน์ ขยายผลมีกี่คนจ๊ะ", "กาญจนบุรี", EXT, "p", "กาญจน์"),
    ("ตัวเลขวิทยากรขยายผลของตากล่าสุดเท่าไหร่คะ", "ตาก", EXT, "p", "'latest' = the 2563 register"),
    ("น่านวิทยากรหลักกี่คน", "น่าน", CORE, "p", "no spaces"),
    ("นับวิทยากรขยายผลพะเยาให้หน่อยครับ", "พะเยา", EXT, "p", ""),
    ("ราชบุรี วิทยากรขยายผล", "ราชบุรี", EXT, "p", "2 words, no question word"),
    ("ปทุมมีวิทยกรขยายผลกี่คน", "ปทุมธานี", EXT, "p", "ปทุม; typo วิทยกร"),
    ("@civicbot นราธิวาส วิทยากรขยายผลมีเท่าไหร่ครับ", "นราธิวาส", EXT, "g", "group with mention"),
    ("วิทยากรหลักหนองคายกี่คน", "หนองคาย", CORE, "p", ""),
    ("ขอทราบจำนวนวิทยากรหลักประจำจังหวัดลพบุรีค่ะ", "ลพบุรี", CORE, "p", "formal"),
    ("วิทยากรขยายผลของกำแพงเพชรมีกี่คนค่ะ", "กำแพงเพชร", EXT, "p", "ค่ะ misused for คะ"),
    ("ในตราดมีวิทยากรขยายผลอยู่กี่ท่านครับ", "ตราด", EXT, "p", ""),
    ("เจ้าหน้าที่อำเภอถามมาว่าสตูลมีวิทยากรหลักกี่คน ช่วยดูให้ทีค่ะ", "สตูล", CORE, "p", "relayed question"),
    ("ขอถามหน่อยค่ะ พิจิตรวิทยากรหลักมีกี่ท่าน", "พิจิตร", CORE, "g", "group, no mention; DOP '-'"),
    ("บุรีรัมย์ขยายผลเยอะมั้ยคะ กี่คน", "บุรีรัมย์", EXT, "p", ""),
    ("ชลมีวิทยากรหลักกี่คนครับ", "ชลบุรี", CORE, "p", "ชล"),
    ("วิทยากรขยายผลอุดรกี่คน", "อุดรธานี", EXT, "p", "register spells it อุตรธานี"),
    ("โคราชได้วิทยากรหลักมากี่คน", "นครราชสีมา", CORE, "p", ""),
    ("เมืองย่ามีวิทยากรขยายผลเยอะไหม", "นครราชสีมา", EXT, "p", "nickname เมืองย่า"),
    ("ปากน้ำโพ วิทยากรหลักกี่คนคะ", "นครสวรรค์", CORE, "p", "ปากน้ำโพ = นครสวรรค์; HSS '-'"),
    ("อุตรดิตถ์ วิทยากรขยายผลมีกี่คนงับ", "อุตรดิตถ์", EXT, "p", "not the misspelt อุตรธานี row"),
    ("วิทยากรหลัก ณ จังหวัดพังงา", "พังงา", CORE, "p", "no question word"),
]:
    f = core(pv(p)) if t == CORE else ext(pv(p))
    add(O, P(text) if chat == "p" else G(text), TC, S(p=p, t=t), nz(f), note=note or "province + type")

# Both types explicitly asked: both figures
add(O, "อยากทราบจำนวนวิทยากรหลักสูตรพลเมืองคุณภาพของจังหวัดสุรินทร์ค่ะ ทั้งวิทยากรหลักและวิทยากรขยายผล",
    TC, S(p="สุรินทร์"), nz(core("สุรินทร์"), ext("สุรินทร์")), note="both types asked explicitly")
add(O, "เชียงราย หลักกี่คน ขยายผลกี่คน", TC, S(p="เชียงราย"),
    nz(core("เชียงราย"), ext("เชียงราย")), note="both types, terse")

# --- trainer_count: province + agency + type ----------------------------------------
for text, p, a, t, chat, note in [
    ("ร้อยเอ็ด วิทยากรขยายผลของกรมส่งเสริมการปกครองท้องถิ่นมีกี่คน", "ร้อยเอ็ด", "DLA", EXT, "p", ""),
    ("อุบลฯ วิทยากรหลักที่มาจากกรมการปกครองกี่คนคะ", "อุบลราชธานี", "DOPA", CORE, "p", ""),
    ("โคราชมีวิทยากรขยายผลของกรมสนับสนุนบริการสุขภาพกี่คน", "นครราชสีมา", "HSS", EXT, "p", ""),
    ("เชียงใหม่ วิทยากรหลักของกรมกิจการผู้สูงอายุ กี่คน", "เชียงใหม่", "DOP", CORE, "p", ""),
    ("ขอนแก่น พช. วิทยากรขยายผล กี่คนคะ", "ขอนแก่น", "CDD", EXT, "p", "พช."),
    ("อุบล กรมการปกครอง ขยายผลกี่คน", "อุบลราชธานี", "DOPA", EXT, "p", ""),
    ("เลย สถ. วิทยากรขยายผลกี่คน", "เลย", "DLA", EXT, "p", "สถ."),
    ("ชัยภูมิ วิทยากรขยายผลฝั่งกรมกิจการผู้สูงอายุมีกี่คน", "ชัยภูมิ", "DOP", EXT, "p", ""),
    ("สระบุรีวิทยากรขยายผลจาก สบส. กี่คนครับ", "สระบุรี", "HSS", EXT, "p", "สบส."),
    ("สมุทรปราการ วิทยากรหลักของกรมส่งเสริมฯ มีกี่คน", "สมุทรปราการ", "DLA", CORE, "p", "กรมส่งเสริมฯ"),
    ("ภูเก็ตมีวิทยากรขยายผลที่เป็นคนของกรมการพัฒนาชุมชนกี่คน", "ภูเก็ต", "CDD", EXT, "p", ""),
    ("@civicbot จันทบุรีมีวิทยากรขยายผลของกรมการปกครองกี่คนครับ", "จันทบุรี", "DOPA", EXT, "g", ""),
    ("นครปฐม วิทยากรขยายผลกรมสนับสนุนบริการสุขภาพ", "นครปฐม", "HSS", EXT, "p", "no question word"),
    ("กรมพัฒนาชุมชน ชัยนาท วิทยากรขยายผลมีกี่คนคะ", "ชัยนาท", "CDD", EXT, "p", "agency named as in the table"),
]:
    f = core(p, a) if t == CORE else ext(p, a)
    add(O, P(text) if chat == "p" else G(text), TC, S(p=p, a=a, t=t), nz(f), note=note or "province + agency + type")

# zero cells: the reply must say there are none (no figure to require)
add(O, "ตรังไม่มีวิทยากรขยายผลของกรมสนับสนุนบริการสุขภาพเลยเหรอคะ", TC, S(p="ตรัง", a="HSS", t=EXT), [],
    note="cell '-' = 0; reply must say none", alt=[CV])
add(O, "สุราษฎร์ วิทยากรขยายผลของกรมกิจการผู้สูงอายุ กี่คน", TC, S(p="สุราษฎร์ธานี", a="DOP", t=EXT), [],
    note="cell '-' = 0; reply must say none")
add(O, "กทม.มีวิทยากรขยายผลกี่คน", TC, S(p="กรุงเทพมหานคร", t=EXT), [],
    note="Bangkok row all '-': reply must say none")
add(O, "ระนองมีวิทยากรหลักรึเปล่า กี่คนครับ", TC, S(p="ระนอง", t=CORE), [],
    note="Ranong not in the core table: none")

# --- trainer_count: agency national -----------------------------------------------------
for text, a, t, note in [
    ("กรมการปกครองมีวิทยากรหลักทั้งหมดกี่คน", "DOPA", CORE, ""),
    ("วิทยากรขยายผลของกรมกิจการผู้สูงอายุทั่วประเทศมีเท่าไหร่", "DOP", EXT, ""),
    ("พช.มีวิทยากรขยายผลทั้งหมดกี่คนคะ", "CDD", EXT, "พช."),
    ("สถ. วิทยากรหลัก รวมทั้งประเทศ", "DLA", CORE, "terse"),
    ("กรมสนับสนุนบริการสุขภาพมีวิทยากรหลักกี่คนทั่วประเทศ", "HSS", CORE, ""),
    ("กรมส่งเสริมการปกครองท้องถิ่นมีวิทยากรขยายผลทั้งหมดเท่าไหร่", "DLA", EXT, ""),
    ("ของกรมการปกครอง วิทยากรขยายผลรวมกี่คนคะ", "DOPA", EXT, ""),
    ("วิทยากรหลักจากกรมกิจการผู้สูงอายุมีกี่คน", "DOP", CORE, ""),
]:
    f = core(None, a) if t == CORE else ext(None, a)
    add(O, text, TC, S(a=a, t=t), nz(f), note=note or "agency national total (published column total)")

# --- trainer_count: national ------------------------------------------------------------
add(O, "วิทยากรหลักทั้งประเทศมีกี่คน", TC, S(t=CORE), nz(core()), note="national core")
add(O, "ทั่วประเทศมีวิทยากรขยายผลกี่คนคะ", TC, S(t=EXT), nz(ext()), note="national extended")
add(O, "ปี 63 วิทยากรหลักสูตรพลเมืองคุณภาพมีทั้งหมดกี่คน เอาทั้งหลักและขยายผลรวมกันเลยครับ", TC, {},
    nz(F["combined"]["total"]), note="explicit sum of both registers; year 2563 is the register's")
add(O, "ทะเบียนวิทยากรหลักมีกี่รายชื่อครับ", TC, S(t=CORE), nz(core()), note="national core, 'รายชื่อ' but asks a count")
add(O, G("@civicbot ขอยอดรวมวิทยากรขยายผลทุกจังหวัดค่ะ"), TC, S(t=EXT), nz(ext()), note="group, national extended")
add(O, "วิทยากรทั้งหมดมีกี่คน", TC, {}, [],
    note="untyped national: breakdown (158/1497) or sum (1655) both acceptable, so no figure required")

# --- trainer_count: rankings -----------------------------------------------------------
top_ext = F["extended"]["top"]
top_core = F["core"]["top"]
assert top_ext[0]["total"] > top_ext[1]["total"] and top_core[0]["total"] > top_core[1]["total"]
add(O, "จังหวัดไหนมีวิทยากรขยายผลเยอะที่สุด", TC, S(t=EXT), [top_ext[0]["total"]],
    note=f"ranking: {top_ext[0]['province']} (unique top)")
add(O, "วิทยากรหลักจังหวัดไหนมากสุดคะ", TC, S(t=CORE), [top_core[0]["total"]],
    note=f"ranking: {top_core[0]['province']} (unique top)")
ext_nonzero = sorted((d["total"], p) for p, d in F["extended"]["by_province"].items() if d["total"] > 0)
assert ext_nonzero[0][0] < ext_nonzero[1][0]
add(O, "จังหวัดไหนมีวิทยากรขยายผลน้อยที่สุด ไม่นับ กทม. นะ", TC, S(t=EXT), [ext_nonzero[0][0]],
    note=f"ranking excluding Bangkok: {ext_nonzero[0][1]} (unique)")
add(O, "5 อันดับจังหวัดที่มีวิทยากรขยายผลมากที่สุดมีจังหวัดไหนบ้าง", TC, S(t=EXT),
    nz(*[x["total"] for x in top_ext[:5]]), note="top 5 (three tie at the second value)")
ag_core = F["core"]["by_agency"]
best = max(ag_core, key=ag_core.get)
assert sorted(ag_core.values())[-1] > sorted(ag_core.values())[-2]
add(O, "กรมไหนมีวิทยากรหลักเยอะที่สุด", TC, S(t=CORE), [ag_core[best]], note=f"agency ranking: {best}")
ag_ext = F["extended"]["by_agency"]
worst = min(ag_ext, key=ag_ext.get)
add(O, "หน่วยงานไหนมีวิทยากรขยายผลน้อยสุดคะ", TC, S(t=EXT), [ag_ext[worst]], note=f"agency ranking: {worst}")
mx = F["extended"]["max_by_agency"]["DOPA"]
assert mx == ext("อุบลราชธานี", "DOPA")
add(O, "อุบลมีวิทยากรขยายผลกรมการปกครองเยอะสุดในประเทศเลยป่ะ", TC, S(p="อุบลราชธานี", a="DOPA", t=EXT), [mx],
    note="yes: Ubon's DOPA extended cell is the largest")

# --- trainer_count: untyped, provinces without core trainers (total == extended) ------
for text, p, chat in [
    ("ศรีสะเกษมีวิทยากรกี่คนคะ", "ศรีสะเกษ", "p"),
    ("ชัยภูมิมีวิทยากรพลเมืองคุณภาพกี่คน", "ชัยภูมิ", "p"),
    ("ลำพูน มีวิทยากรกี่คน", "ลำพูน", "g"),
    ("เพชรบูรณ์มีวิทยากรเท่าไหร่ครับ", "เพชรบูรณ์", "p"),
    ("วิทยากร จ.สระแก้ว กี่คนคะ", "สระแก้ว", "p"),
    ("สงขลามีวิทยากรทั้งหมดกี่คน", "สงขลา", "p"),
]:
    add(O, P(text) if chat == "p" else G(text), TC, S(p=p), untyped(p),
        note="untyped; no core trainers here so total = extended")
add(O, "เชียงรายมีวิทยากรกี่คนคะ", TC, S(p="เชียงราย"), [],
    note="untyped, province has both registers: breakdown or sum both fine, no figure required")

# --- trainer_coverage --------------------------------------------------------------------
cw = F["core"]
ew = F["extended"]
for text, slots, figs, note, chat, alt in [
    ("มีกี่จังหวัดที่มีวิทยากรหลัก", S(t=CORE), [cw["provinces_with"]], "", "p", None),
    ("จังหวัดที่ยังไม่มีวิทยากรหลักมีกี่จังหวัด", S(t=CORE), [cw["provinces_without"]], "", "p", None),
    ("วิทยากรขยายผลมีครบทุกจังหวัดไหมคะ", S(t=EXT), [], "all but Bangkok; reply may word it without a number", "p", None),
    ("จังหวัดไหนบ้างที่ไม่มีวิทยากรขยายผล", S(t=EXT), [], "only กรุงเทพมหานคร", "p", None),
    ("เชียงใหม่มีวิทยากรหลักไหม", S(p="เชียงใหม่", t=CORE), [], "yes", "p", [TC]),
    ("ภูเก็ตมีวิทยากรหลักด้วยรึเปล่าคะ", S(p="ภูเก็ต", t=CORE), [], "no: not in the core table", "p", [TC]),
    ("จังหวัดอะไรบ้างที่มีวิทยากรหลัก", S(t=CORE), [], "list of 32 provinces", "p", None),
    ("วิทยากรหลักของกรมกิจการผู้สูงอายุมีอยู่กี่จังหวัด", S(a="DOP", t=CORE), [cw["provinces_with_by_agency"]["DOP"]], "", "p", None),
    ("กี่จังหวัดที่มีวิทยากรขยายผลของกรมกิจการผู้สูงอายุ", S(a="DOP", t=EXT), [ew["provinces_with_by_agency"]["DOP"]], "", "p", None),
    ("จังหวัดที่ไม่มีวิทยากรขยายผลของ พช. มีกี่จังหวัด", S(a="CDD", t=EXT), [ew["provinces_without_by_agency"]["CDD"]], "incl. Bangkok", "p", None),
    ("@civicbot โคราชมีวิทยากรหลักครบทุกกรมไหมคะ", S(p="นครราชสีมา", t=CORE), [], "yes, all five", "g", None),
    ("อุบลมีวิทยากรหลักครบทุกหน่วยงานหรือเปล่า", S(p="อุบลราชธานี", t=CORE), [], "no: HSS and CDD are '-'", "p", None),
    ("กทม.มีวิทยากรไหม", S(p="กรุงเทพมหานคร"), [], "none in either register", "p", [TC]),
    ("ศรีสะเกษมีวิทยากรหลักหรือยังคะ", S(p="ศรีสะเกษ", t=CORE), [], "no", "g", [TC]),
    ("วิทยากรขยายผลมีกี่จังหวัด", S(t=EXT), [ew["provinces_with"]], "77 rows but Bangkok is empty", "p", None),
    ("กรมการปกครองมีวิทยากรหลักอยู่ในกี่จังหวัด", S(a="DOPA", t=CORE), [cw["provinces_with_by_agency"]["DOPA"]], "", "p", None),
    ("สบส.มีวิทยากรขยายผลกี่จังหวัด", S(a="HSS", t=EXT), [ew["provinces_with_by_agency"]["HSS"]], "", "p", None),
    ("น่านมีวิทยากรหลักมั้ยคะ", S(p="น่าน", t=CORE), [], "yes", "p", [TC]),
    ("แม่ฮ่องสอนมีวิทยากรขยายผลของกรมการพัฒนาชุมชนไหม", S(p="แม่ฮ่องสอน", a="CDD", t=EXT), [], "no: '-'", "p", [TC]),
    ("ในทะเบียนวิทยากรหลัก สถ. มีกี่จังหวัดคะ", S(a="DLA", t=CORE), [cw["provinces_with_by_agency"]["DLA"]], "", "p", None),
]:
    add(O, P(text) if chat == "p" else G(text), CV, slots, figs, note=note or "coverage", alt=alt)

# --- trainer_list (the document holds counts only, no names) ------------------------------
for text, slots, chat in [
    ("ขอรายชื่อวิทยากรหลักจังหวัดเชียงใหม่หน่อยค่ะ", S(p="เชียงใหม่", t=CORE), "p"),
    ("วิทยากรขยายผลที่ขอนแก่นมีใครบ้าง", S(p="ขอนแก่น", t=EXT), "p"),
    ("อยากได้ชื่อวิทยากรในโคราช จะติดต่อไปบรรยายให้ชมรมผู้สูงอายุค่ะ", S(p="นครราชสีมา"), "p"),
    ("ใครเป็นวิทยากรหลักของอุบลบ้างคะ", S(p="อุบลราชธานี", t=CORE), "p"),
    ("รายชื่อวิทยากร จ.ลำปาง", S(p="ลำปาง"), "p"),
    ("วิทยากรพลเมืองคุณภาพในพัทลุงชื่ออะไรบ้างคะ", S(p="พัทลุง"), "p"),
    ("@civicbot รายชื่อวิทยากรขยายผล นครปฐม", S(p="นครปฐม", t=EXT), "g"),
    ("ส่งรายชื่อวิทยากรหลักของกรมการปกครองที่ร้อยเอ็ดให้หน่อยครับ", S(p="ร้อยเอ็ด", a="DOPA", t=CORE), "p"),
    ("มีลิสต์ชื่อวิทยากรขยายผลสุรินทร์ไหม", S(p="สุรินทร์", t=EXT), "p"),
]:
    add(O, P(text) if chat == "p" else G(text), TL, slots, [],
        note="names are not in the source document; reply must not invent names")

# --- agency_duties -------------------------------------------------------------------------
AD = "agency_duties"
for text, a, chat, note, alt in [
    ("กรมการปกครองต้องทำอะไรบ้างตาม MOU", "DOPA", "p", "", None),
    ("กกต.มีหน้าที่อะไรในบันทึกข้อตกลงคะ", "ECT", "p", "", None),
    ("กรมส่งเสริมการปกครองท้องถิ่นต้องสนับสนุนอะไรบ้าง", "DLA", "p", "", None),
    ("สถ.ทำอะไรบ้างตามข้อตกลง", "DLA", "p", "สถ.", None),
    ("พช.มีหน้าที่อะไรบ้างคะ ตามmouกับกกต.", "CDD", "p", "no spaces around mou", None),
    ("กรมกิจการผู้สูงอายุรับผิดชอบเรื่องอะไร", "DOP", "p", "", None),
    ("กรมสนับสนุนบริการสุขภาพต้องช่วย ศส.ปชต. ยังไงบ้าง", "HSS", "p", "", None),
    ("บทบาทของนายอำเภอตาม MOU มีอะไรบ้าง", "DOPA", "p", "นายอำเภอ appears in DOPA's duties", None),
    ("กลุ่มสตรีในหมู่บ้านต้องทำอะไรกับ ศส.ปชต. บ้างคะ ตามข้อตกลง", "CDD", "p", "women's committees are in CDD's duties", None),
    ("ชมรมผู้สูงอายุต้องเข้าร่วมอะไรบ้างตาม mou", "DOP", "p", "elderly clubs are in DOP's duties", None),
    ("อบต.ต้องทำอะไรตาม MOU นี้ครับ", "DLA", "p", "local bodies: DLA's duties", None),
    ("ในmou กรมการปกครองมีหน้าที่กี่ข้อ", "DOPA", "p", "count of numbered items", None),
    ("ปลัดจังหวัดต้องทำอะไรในเรื่องนี้", "DOPA", "p", "ปลัดจังหวัด in DOPA item 1", None),
    ("กรมการปกครองต้องให้ใครมาเป็นกรรมการ ศส.ปชต.", "DOPA", "p", "village committees", None),
    ("ข้อตกลงกับกรมการพัฒนาชุมชน ให้พัฒนาการอำเภอทำอะไรบ้าง", "CDD", "p", "", None),
    ("กรมกิจการผู้สูงอายุกับ ศพอส. ต้องทำไรบ้าง", "DOP", "p", "", None),
    ("@civicbot กรมส่งเสริมฯ ต้องทำอะไรบ้างคะ", "DLA", "g", "group with mention", None),
    ("กกต.ต้องประเมินมาตรฐาน ศส.ปชต. ด้วยไหม", "ECT", "p", "ECT item 5", [ "center_info"]),
    ("อสม.ต้องมีบทบาทยังไงกับศส.ปชต.คะ", "HSS", "g", "อสม. = HSS's duties; group, no mention", ["center_info"]),
]:
    figs = []
    if "กี่ข้อ" in text:
        figs = [D["duty_items"][a][0]]
    add(O, P(text) if chat == "p" else G(text), AD, S(a=a), figs, note=note or "duties", alt=alt)
add(O, "ใครต้องจัดทำหลักสูตรพลเมืองคุณภาพ", AD, {}, [], note="ECT item 4; no agency named", alt=["center_info", "mou_info"])
add(O, "ใครจัดสรรงบโครงการหมู่บ้านพลเมืองดีวิถีประชาธิปไตยให้หมู่บ้าน", AD, {}, [],
    note="DOPA item 3: ECT allocates budget to DOPA and villages", alt=["mou_info", "center_info"])
add(O, "กกต.ต้องตั้ง ศส.ปชต. ให้ครบทุกตำบลภายในปีไหน", AD, S(a="ECT"), [max(D["center_plan_years_be"])],
    note="ECT item 1", alt=["center_info"])

# --- agency_list ------------------------------------------------------------------------------
AL = "agency_list"
for text, slots, figs, note, alt, chat in [
    ("MOU นี้มีหน่วยงานไหนบ้าง", {}, [], "", None, "p"),
    ("ภาคีเครือข่ายของ กกต. มีกรมอะไรบ้างคะ", {}, [], "", None, "p"),
    ("มีกี่กรมที่ร่วมลงนามกับ กกต.", {}, [D["partner_departments"]], "4 in MOU 1 + 1 in MOU 2", None, "p"),
    ("หน่วยงานพันธมิตรมีใครบ้าง", {}, [], "", None, "g"),
    ("กรมการพัฒนาชุมชนอยู่ใน MOU ด้วยไหม", S(a="CDD"), [], "yes, MOU 2", ["mou_info"], "p"),
    ("วิทยากรมาจากกี่หน่วยงาน", {}, [len(F["register_agencies"])], "five register columns", [TC], "p"),
    ("กรมอนามัยเป็นภาคีด้วยไหมคะ", {}, [], "no: not a party", None, "p"),
    ("ในทะเบียนวิทยากรมีหน่วยงานอะไรบ้าง", {}, [], "the five departments", None, "p"),
    ("กศน.เกี่ยวข้องด้วยไหม", {}, [], "named in background and DOPA item 2, not a signatory", ["center_info", "mou_info"], "p"),
]:
    add(O, P(text) if chat == "p" else G(text), AL, slots, figs, note=note or "partners", alt=alt)

# --- mou_info -----------------------------------------------------------------------------------
MI = "mou_info"
for text, slots, figs, note, alt, chat in [
    ("MOU นี้มีอายุกี่ปี", {}, [D["mou2_term_years"]], "MOU 2 states 3 years; MOU 1 states none", None, "p"),
    ("ถ้าจะยกเลิกข้อตกลงต้องแจ้งล่วงหน้ากี่วันคะ", {}, [D["termination_notice_days"]], "", None, "p"),
    ("บันทึกข้อตกลงเซ็นวันไหน", {}, [], "signing date not in the document: must not invent one", None, "p"),
    ("ใครลงนามฝั่ง กกต.", S(a="ECT"), [], "the ECT secretary-general", None, "p"),
    ("ข้อตกลงนี้ทำขึ้นมาเพื่ออะไรครับ", {}, [], "purpose", None, "p"),
    ("MOU มีกี่ฉบับ", {}, [D["mou_count"]], "", None, "p"),
    ("แก้ไขข้อตกลงได้ไหม ต้องทำยังไง", {}, [], "in writing, both parties", None, "p"),
    ("หนังสือ มท ๐๘๑๘.๒/ว ๒๕๖๕ เรื่องอะไรคะ", {}, [], "the covering letter, Thai digits", None, "p"),
    ("หนังสือแจ้งเรื่อง mou ลงวันที่เท่าไหร่", {}, [D["letter_year_be"]], "1 Feb 2565", None, "p"),
    ("ใครเป็นพยานตอนลงนาม MOU กับ พช.", S(a="CDD"), [], "two witnesses", None, "p"),
    ("อธิบดีกรมการปกครองที่เซ็นชื่ออะไร", S(a="DOPA"), [], "signatory name", None, "p"),
    ("@civicbot ขอสรุปสาระสำคัญของบันทึกข้อตกลงหน่อยครับ", {}, [], "summary", None, "g"),
]:
    add(O, P(text) if chat == "p" else G(text), MI, slots, figs, note=note or "mou", alt=alt)

# --- center_info ----------------------------------------------------------------------------------
CI = "center_info"
for text, figs, note, alt, chat in [
    ("ศส.ปชต.คืออะไรคะ", [], "", ["glossary"], "p"),
    ("ศูนย์ส่งเสริมพัฒนาประชาธิปไตยตั้งขึ้นเมื่อปีไหน", [D["center_founded_be"]], "", None, "p"),
    ("ศส.ปชต. มีหน้าที่ทำอะไรบ้าง", [], "", None, "p"),
    ("ใครเป็นกรรมการ ศส.ปชต. ได้บ้างคะ", [], "structure: committee + volunteers", None, "p"),
    ("ศสปชต ตั้งมาตั้งแต่ปีไหน ร่วมกับใคร", [D["center_founded_be"]], "no dots in the abbreviation", None, "p"),
    ("ศส.ปชต.ต้องมีครบทุกตำบลภายในปีไหน", [max(D["center_plan_years_be"])], "", ["agency_duties"], "p"),
    ("โครงการหมู่บ้านพลเมืองดีวิถีประชาธิปไตยคืออะไร", [], "", ["mou_info"], "p"),
    ("อาสาสมัครพัฒนาการเมืองคืออะไร ทำอะไร", [], "", ["glossary"], "p"),
    ("ช่วงเลือกตั้ง ศส.ปชต. ประจำตำบลต้องทำอะไรบ้าง", [], "polling-station committee / observers", ["agency_duties"], "g"),
    ("มีประกวด ศส.ปชต. ดีเด่นด้วยเหรอคะ", [], "", ["agency_duties"], "p"),
    ("ศูนย์การเรียนรู้วิถีประชาธิปไตยคืออะไร", [], "", ["glossary"], "p"),
    ("ศส.ปชต.ขึ้นกับหน่วยงานไหน", [], "set up by ECT", ["agency_list"], "p"),
    ("หลักสูตรพลเมืองคุณภาพคืออะไรครับ", [], "", ["glossary", "mou_info"], "p"),
]:
    add(O, P(text) if chat == "p" else G(text), CI, {}, figs, note=note or "centre", alt=alt)

# --- glossary -------------------------------------------------------------------------------------
GL = "glossary"
for text, slots, note, alt in [
    ("อสม. ย่อมาจากอะไร", {}, "", None),
    ("สถ. คือกรมอะไรคะ", S(a="DLA"), "", None),
    ("พช.ย่อมาจาก", S(a="CDD"), "", None),
    ("สบส. คืออะไร", S(a="HSS"), "", None),
    ("ปค. หมายถึงกรมไหน", S(a="DOPA"), "", None),
    ("ศพอส. คืออะไร", {}, "in DOP's duties", None),
    ("กกต. ย่อมาจากอะไรครับ", S(a="ECT"), "", None),
    ("MOU แปลว่าอะไร", {}, "", ["mou_info"]),
    ("วิทยากรขยายผลต่างจากวิทยากรหลักยังไง", {}, "", [CI]),
    ("กศน. ย่อมาจากอะไรนะ", {}, "full name appears in the document", None),
]:
    add(O, text, GL, slots, [], note=note or "abbreviation", alt=alt)

# --- contact ------------------------------------------------------------------------------------
CT = "contact"
for text, slots, figs, note, chat in [
    ("ติดต่อใครได้บ้างเรื่องนี้คะ", {}, [], "coordinator", "p"),
    ("เบอร์โทรผู้ประสานงานเรื่อง MOU", {}, [D["phone_ext"]], "extension", "p"),
    ("ขอเบอร์แฟกซ์กรมส่งเสริมฯ", S(a="DLA"), [D["fax_last"]], "fax", "p"),
    ("ผู้ประสานงานชื่ออะไรคะ", {}, [], "name", "p"),
    ("ถ้าจะเชิญวิทยากรไปบรรยายต้องประสานที่ไหน", {}, [], "provincial ECT office per the letter", "p"),
    ("โทรไปเบอร์ไหนได้บ้างคะ", {}, [D["phone_ext"]], "", "p"),
    ("ขอช่องทางติดต่อกองการเลือกตั้งท้องถิ่นหน่อย", {}, [D["phone_ext"]], "", "p"),
    ("กกต.จังหวัดอุบลเบอร์อะไร", S(p="อุบลราชธานี", a="ECT"), [], "not in the document: must not invent a number", "p"),
    ("@civicbot ขอเบอร์ติดต่อหน่อยครับ", {}, [D["phone_ext"]], "group with mention", "g"),
]:
    add(O, P(text) if chat == "p" else G(text), CT, slots, figs, note=note or "contact")

# --- help / greeting --------------------------------------------------------------------------
for text, chat in [("ทำอะไรได้บ้าง", "p"), ("น้องบอทช่วยอะไรได้บ้างคะ", "p"), ("ถามอะไรได้บ้างครับ", "p"),
                   ("วิธีใช้", "p"), ("@civicbot ใช้ยังไงคะ", "g")]:
    add(O, P(text) if chat == "p" else G(text), "help", {}, [], note="help")
for text, chat in [("สวัสดีค่ะ", "p"), ("หวัดดีครับ", "p"), ("สวัสดีจ้าน้องบอท", "p"), ("@civicbot สวัสดีครับ", "g")]:
    add(O, P(text) if chat == "p" else G(text), "greeting", {}, [], note="greeting")

# --- unknown ------------------------------------------------------------------------------------
for text, note in [
    ("พรุ่งนี้ฝนจะตกไหม", "weather"),
    ("หวยงวดนี้ออกอะไรคะ", "lottery"),
    ("นายกคนต่อไปจะเป็นใคร", "politics"),
    ("เลือกตั้ง อบต. ครั้งหน้าเมื่อไหร่ครับ", "election date: not in the document"),
    ("เบี้ยยังชีพผู้สูงอายุเดือนนี้เข้าวันไหนคะ", "DOP-adjacent but not in the document"),
    ("อสม.ได้ค่าป่วยการเดือนละเท่าไหร่", "อสม. word, not in the document: no figure"),
    ("สูตรแกงเขียวหวานหน่อย", "off topic"),
    ("ทำบัตรประชาชนใหม่ต้องใช้อะไรบ้าง", "DOPA service, not in the document"),
]:
    add(O, text, "unknown", {}, [], note=note + "; polite out-of-scope reply, no figure")
for text, note in [
    ("ใครรู้บ้างว่าพรุ่งนี้ตลาดนัดเปิดไหม", "group question outside the domain"),
    ("ราคายางวันนี้เท่าไหร่ครับ", "group question outside the domain"),
    ("ผู้ใหญ่บ้านอยู่ไหมครับ จะขอเอกสารรับรอง", "group question to a person"),
]:
    add(O, G(text), "unknown", {}, [], reply="silent", note=note + "; bot stays silent")

# ======================================================================= followup (60)
FU = "followup"
fu = [
    (["วิทยากรหลักเชียงใหม่มีกี่คน", "แล้วลำปางล่ะ"], TC, S(p="ลำปาง", t=CORE), nz(core("ลำปาง")), "province swap"),
    (["ขอนแก่นวิทยากรขยายผลกี่คนคะ", "ของหลักล่ะคะ"], TC, S(p="ขอนแก่น", t=CORE), nz(core("ขอนแก่น")), "type swap"),
    (["อุบลมีวิทยากรหลักเท่าไหร่ครับ", "กรมการปกครองกี่คน"], TC, S(p="อุบลราชธานี", a="DOPA", t=CORE), nz(core("อุบลราชธานี", "DOPA")), "agency drill-down"),
    (["วิทยากรขยายผลที่โคราชมีเท่าไหร่", "แล้วบุรีรัมย์ล่ะครับ", "สุรินทร์ด้วย"], TC, S(p="สุรินทร์", t=EXT), nz(ext("สุรินทร์")), "3 turns"),
    (["กรมการปกครองต้องทำอะไรบ้างตาม MOU", "แล้ว สถ. ล่ะ"], AD, S(a="DLA"), [], "agency swap"),
    (["สบส.มีหน้าที่อะไร", "กรมกิจการผู้สูงอายุล่ะคะ"], AD, S(a="DOP"), [], "agency swap"),
    (["ร้อยเอ็ดขยายผลกี่คนคะ", "เฉพาะของกรมส่งเสริมการปกครองท้องถิ่นล่ะ"], TC, S(p="ร้อยเอ็ด", a="DLA", t=EXT), nz(ext("ร้อยเอ็ด", "DLA")), "agency drill-down"),
    (["วิทยากรหลักทั้งประเทศกี่คน", "ขยายผลล่ะ"], TC, S(t=EXT), nz(ext()), "national type swap"),
    (["ศส.ปชต.คืออะไร", "ตั้งมาตั้งแต่ปีไหน"], CI, {}, [D["center_founded_be"]], "centre follow-up"),
    (["MOU กับ พช. มีอายุกี่ปี", "ถ้าจะยกเลิกต้องแจ้งก่อนกี่วัน"], MI, {}, [D["termination_notice_days"]], "mou follow-up"),
    (["เชียงใหม่ วิทยากรขยายผลทั้งหมดเท่าไหร่", "ขอรายชื่อหน่อย"], TL, S(p="เชียงใหม่", t=EXT), [], "list after count; no names in the document"),
    (["สวัสดีค่ะ", "อยากทราบว่าลำพูนมีวิทยากรขยายผลกี่คนคะ"], TC, S(p="ลำพูน", t=EXT), nz(ext("ลำพูน")), "greeting then question"),
    (["สวัสดีครับ", "ถามเรื่องวิทยากรได้ไหม", "ตรังมีวิทยากรหลักกี่คน"], TC, S(p="ตรัง", t=CORE), nz(core("ตรัง")), "greeting, help, question"),
    (["นครปฐม วิทยากรหลัก", "ราชบุรีล่ะ"], TC, S(p="ราชบุรี", t=CORE), [], "swap to a province with no core trainers: reply must say none"),
    (["พะเยามีวิทยากรขยายผลกี่คนคะ", "แล้วแพร่ล่ะ", "น่านอะ"], TC, S(p="น่าน", t=EXT), nz(ext("น่าน")), "3 turns"),
    (["กรมการพัฒนาชุมชนมีวิทยากรขยายผลกี่คน", "วิทยากรหลักล่ะ"], TC, S(a="CDD", t=CORE), nz(core(None, "CDD")), "agency national type swap"),
    (["กรมการปกครองมีวิทยากรหลักกี่คน", "แล้วที่อุบลล่ะ"], TC, S(p="อุบลราชธานี", a="DOPA", t=CORE), nz(core("อุบลราชธานี", "DOPA")), "add province to agency"),
    (["ขอตัวเลขวิทยากรขยายผลชัยภูมิค่ะ", "ในนั้นเป็นของกรมกิจการผู้สูงอายุกี่คน"], TC, S(p="ชัยภูมิ", a="DOP", t=EXT), nz(ext("ชัยภูมิ", "DOP")), "agency drill-down"),
    (["กกต.ต้องทำอะไรบ้าง", "แล้วกรมการพัฒนาชุมชนล่ะ"], AD, S(a="CDD"), [], "agency swap"),
    (["มีกี่จังหวัดที่มีวิทยากรหลัก", "แล้วขยายผลล่ะ"], CV, S(t=EXT), [F["extended"]["provinces_with"]], "coverage type swap"),
    (["ศรีสะเกษมีวิทยากรหลักไหม", "แล้วขยายผลมีกี่คน"], TC, S(p="ศรีสะเกษ", t=EXT), nz(ext("ศรีสะเกษ")), "coverage then count"),
    (["สงขลามีวิทยากรขยายผลกี่คน", "ปัตตานีล่ะ", "ยะลา"], TC, S(p="ยะลา", t=EXT), nz(ext("ยะลา")), "3 turns, bare name"),
    (["ใครเป็นผู้ประสานงานเรื่องนี้", "ขอเบอร์โทรด้วยค่ะ"], CT, {}, [D["phone_ext"]], "contact follow-up"),
    (["ขอนแก่นวิทยากรหลักกี่ท่านคะ", "แล้ว ศส.ปชต. คืออะไร"], CI, {}, [], "topic switch: no slots carried"),
    (["อยุธยาวิทยากรขยายผลมีเท่าไร", "สบส.กี่คน"], TC, S(p="พระนครศรีอยุธยา", a="HSS", t=EXT), nz(ext("พระนครศรีอยุธยา", "HSS")), "agency drill-down"),
    (["ลพบุรี ขยายผล กี่คนครับ", "สระบุรีละ"], TC, S(p="สระบุรี", t=EXT), nz(ext("สระบุรี")), "typo ละ"),
    (["ขอจำนวนวิทยากรขยายผลของนครพนม", "มุกดาหารด้วย"], TC, S(p="มุกดาหาร", t=EXT), nz(ext("มุกดาหาร")), ""),
    (["วิทยากรขยายผลของกาฬสินธุ์มีกี่คนคะ", "ขอบคุณค่ะ แล้วมหาสารคามล่ะคะ"], TC, S(p="มหาสารคาม", t=EXT), nz(ext("มหาสารคาม")), "thanks + follow-up"),
    (["วิทยากรหลักอุดรธานีมีเท่าไหร่", "ของกรมกิจการผู้สูงอายุมีไหม"], TC, S(p="อุดรธานี", a="DOP", t=CORE), [], "yes/no on one cell (1)", ),
    (["พิษณุโลกมีวิทยากรหลักกี่คน", "ขาดหน่วยงานไหนบ้าง"], CV, S(p="พิษณุโลก", t=CORE), [], "missing agency: DOP"),
    (["วิทยากรหลักจังหวัดไหนมากสุด", "แล้วขยายผลล่ะ"], TC, S(t=EXT), [top_ext[0]["total"]], "ranking type swap"),
    (["สถ. ย่อมาจากอะไร", "แล้วต้องทำอะไรบ้างใน mou"], AD, S(a="DLA"), [], "glossary then duties"),
    (["อสม. คืออะไร", "อสม.ต้องทำอะไรกับ ศส.ปชต. บ้าง"], AD, S(a="HSS"), [], "อสม. -> HSS duties"),
    (["บันทึกข้อตกลงมีกี่ฉบับ", "ฉบับที่สองทำกับใคร"], MI, {}, [], "second MOU = CDD", [AL]),
    (["เบอร์ติดต่อกองการเลือกตั้งท้องถิ่น", "แฟกซ์ด้วยครับ"], CT, {}, [D["fax_last"]], "contact follow-up"),
    (["จำนวนวิทยากรหลักนครสวรรค์", "สบส.มีไหม"], TC, S(p="นครสวรรค์", a="HSS", t=CORE), [], "zero cell: reply must say none"),
    (["ตากมีวิทยากรขยายผลกี่คน", "แล้วกำแพงเพชร", "สุโขทัยล่ะ มีวิทยากรหลักไหม"], CV, S(p="สุโขทัย", t=CORE), [], "3rd turn changes type"),
    (["ยโสธรขยายผลมีกี่ท่านคะ", "อำนาจเจริญล่ะ จ้า"], TC, S(p="อำนาจเจริญ", t=EXT), nz(ext("อำนาจเจริญ")), ""),
    (["กทม.มีวิทยากรหลักไหม", "นนทบุรีล่ะ"], CV, S(p="นนทบุรี", t=CORE), [], "no core in either"),
    (["อ่างทองได้วิทยากรขยายผลกี่คน", "พช.มีกี่คน"], TC, S(p="อ่างทอง", a="CDD", t=EXT), [], "zero cell ('-')"),
    (["วิทยากรขยายผลนราธิวาสกี่คนคะ", "ขอรายชื่อได้ไหมคะ จะโทรเชิญ"], TL, S(p="นราธิวาส", t=EXT), [], "list after count"),
    (["กรมอะไรบ้างที่ร่วม MOU", "แต่ละกรมต้องทำอะไร"], AD, {}, [], "all duties", [MI]),
    (["ขอนแก่นวิทยากรขยายผลเยอะไหมครับ", "ผมอยู่ชุมแพ ถ้าจะติดต่อวิทยากรต้องไปที่ไหน"], CT, S(p="ขอนแก่น"), [], "district of the same province"),
    (["สกลฯ วิทยากรขยายผล", "กรมการปกครองกี่คน"], TC, S(p="สกลนคร", a="DOPA", t=EXT), nz(ext("สกลนคร", "DOPA")), ""),
    (["แม่ฮ่องสอนวิทยากรขยายผลกี่คน", "เชียงใหม่", "ลำพูนล่ะ"], TC, S(p="ลำพูน", t=EXT), nz(ext("ลำพูน")), "3 turns"),
    (["จ.เลย มีวิทยากรขยายผลเท่าไหร่ครับ", "ของ สถ. กี่คน"], TC, S(p="เลย", a="DLA", t=EXT), nz(ext("เลย", "DLA")), ""),
    (["วิทยากรขยายผลของกรมกิจการผู้สูงอายุทั้งหมดกี่คน", "มีกี่จังหวัด"], CV, S(a="DOP", t=EXT), [F["extended"]["provinces_with_by_agency"]["DOP"]], "count then coverage"),
    (["ตราดมีวิทยากรหลักป่ะ", "จันทบุรีล่ะ"], CV, S(p="จันทบุรี", t=CORE), [], "yes"),
    (["ศส.ปชต. ต้องตั้งครบทุกตำบลปีไหน", "แล้วปี 63 ตั้งกี่แห่ง"], CI, {}, [], "one per province in 2563", ["agency_duties"]),
    (["ชุมพร ขยายผลมีกี่คน", "กรมไหนมีเยอะสุด"], TC, S(p="ชุมพร", t=EXT), nz(ext("ชุมพร", "DOP")), "largest column in one province (DOP)"),
    (["ระยองวิทยากรขยายผลกี่ท่านคะ", "เป็นผู้หญิงกี่คน"], TC, S(p="ระยอง", t=EXT), [], "attribute not in the document", ),
    (["สุพรรณมีวิทยากรขยายผลเท่าไหร่", "แล้วปี 66 ล่ะ"], TC, S(p="สุพรรณบุรี", t=EXT), [], "year not in the document"),
    (["เชียงรายวิทยากรขยายผลกี่คน", "น้อยกว่าเชียงใหม่ไหม"], TC, S(t=EXT), nz(ext("เชียงราย"), ext("เชียงใหม่")), "comparison follow-up"),
]
for turns, intent, slots, figs, note, *alt in fu:
    reply = "answer"
    if "not in the document" in note:
        reply = "clarify"
    add(FU, turns, intent, slots, figs, reply=reply, note=note or "follow-up", alt=alt[0] if alt else None)

# group follow-ups
add(FU, [G("@civicbot เชียงรายมีวิทยากรขยายผลกี่คน"), G("แล้วพะเยาล่ะคะ", rtb=True)], TC, S(p="พะเยา", t=EXT),
    nz(ext("พะเยา")), note="group; follow-up is a reply to the bot")
add(FU, [G("@civicbot ภูเก็ตวิทยากรขยายผลกี่คนครับ"), G("@civicbot พังงาล่ะ")], TC, S(p="พังงา", t=EXT),
    nz(ext("พังงา")), note="group; both mention")
add(FU, [G("@civicbot วิทยากรหลักทั้งประเทศมีกี่คนคะ"), G("แล้วจังหวัดเราล่ะ โคราช", rtb=True)], TC,
    S(p="นครราชสีมา", t=CORE), nz(core("นครราชสีมา")), note="group; reply to bot")
add(FU, [G("@civicbot อสม. ต้องทำอะไรตาม MOU"), G("@civicbot แล้วชมรมผู้สูงอายุล่ะ")], AD, S(a="DOP"), [],
    note="group; elderly clubs -> DOP duties")
add(FU, [G("@civicbot ขอนแก่นวิทยากรขยายผลกี่ท่านคะ"), G("ขอบคุณค่ะ เดี๋ยวส่งต่อให้ อสม. นะคะ")], "unknown", {}, [],
    reply="silent", note="group; thanks after the answer is not a question")
# english follow-ups
add(FU, ["How many core trainers in Khon Kaen?", "and Udon?"], TC, S(p="อุดรธานี", t=CORE), nz(core("อุดรธานี")),
    lang="en", note="english follow-up")
add(FU, ["What does DOPA have to do under the MOU?", "and the Department of Older Persons?"], AD, S(a="DOP"), [],
    lang="en", note="english follow-up")

# ======================================================================= english (45)
EN = "english"
en = [
    ("How many core trainers does Chiang Mai have?", TC, S(p="เชียงใหม่", t=CORE), nz(core("เชียงใหม่")), "", None),
    ("how many extended trainers in korat", TC, S(p="นครราชสีมา", t=EXT), nz(ext("นครราชสีมา")), "Korat", None),
    ("Number of core trainers in Ubon Ratchathani please", TC, S(p="อุบลราชธานี", t=CORE), nz(core("อุบลราชธานี")), "", None),
    ("Total core trainers nationwide?", TC, S(t=CORE), nz(core()), "", None),
    ("How many extended trainers are there in total?", TC, S(t=EXT), nz(ext()), "", None),
    ("Which province has the most extended trainers?", TC, S(t=EXT), [top_ext[0]["total"]], "ranking", None),
    ("Does Phuket have any core trainers?", CV, S(p="ภูเก็ต", t=CORE), [], "no", [TC]),
    ("How many provinces have core trainers?", CV, S(t=CORE), [F["core"]["provinces_with"]], "", None),
    ("Which provinces have no extended trainers?", CV, S(t=EXT), [], "Bangkok only", None),
    ("What is a Democracy Promotion Centre?", CI, {}, [], "", ["glossary"]),
    ("What does ศส.ปชต. stand for?", GL, {}, [], "", [CI]),
    ("What are the duties of the Department of Local Administration under the MOU?", AD, S(a="DLA"), [], "", None),
    ("What must the Election Commission office do?", AD, S(a="ECT"), [], "", None),
    ("Who are the partner agencies?", AL, {}, [], "", None),
    ("How long is the MOU valid for?", MI, {}, [D["mou2_term_years"]], "", None),
    ("How many days notice to terminate the agreement?", MI, {}, [D["termination_notice_days"]], "", None),
    ("Who signed the MOU for the Community Development Department?", MI, S(a="CDD"), [], "", None),
    ("Who should I contact about this letter?", CT, {}, [], "", None),
    ("phone number for the coordinator pls", CT, {}, [D["phone_ext"]], "", None),
    ("What does อสม. mean?", GL, {}, [], "", None),
    ("What is DOPA?", GL, S(a="DOPA"), [], "", None),
    ("hi", "greeting", {}, [], "", None),
    ("What can you do?", "help", {}, [], "", None),
    ("Khon Kaen extended trainers from the Department of Health Service Support?", TC, S(p="ขอนแก่น", a="HSS", t=EXT), nz(ext("ขอนแก่น", "HSS")), "", None),
    ("How many core trainers from the Department of Provincial Administration in total?", TC, S(a="DOPA", t=CORE), nz(core(None, "DOPA")), "", None),
    ("How many extended trainers in Bangkok?", TC, S(p="กรุงเทพมหานคร", t=EXT), [], "zero: must say none", None),
    ("Compare Chiang Mai and Chiang Rai extended trainers", TC, S(t=EXT), nz(ext("เชียงใหม่"), ext("เชียงราย")), "comparison", None),
    ("Can I get the list of trainers in Nakhon Pathom?", TL, S(p="นครปฐม"), [], "no names in the document", None),
    ("When was the DLA letter sent?", MI, {}, [], "1 Feb 2565 = 2022; either calendar, so no figure", None),
    ("Since when have the democracy promotion centres existed?", CI, {}, [], "2557 BE = 2014 CE; either calendar, so no figure", None),
    ("What's the weather in Bangkok tomorrow?", "unknown", {}, [], "off topic", None),
    ("Who will win the next election?", "unknown", {}, [], "politics", None),
    ("How many trainers are there in Hat Yai?", TC, S(p="สงขลา"), untyped("สงขลา"), "district -> Songkhla; untyped, no core there", None),
    ("I'm in Pak Chong, how many extended trainers does my province have?", TC, S(p="นครราชสีมา", t=EXT), nz(ext("นครราชสีมา")), "district -> Nakhon Ratchasima", None),
    ("Do village health volunteers have a role in the centres?", AD, S(a="HSS"), [], "อสม. = HSS duties", [CI]),
    ("Which department has the most core trainers?", TC, S(t=CORE), [ag_core[best]], "", None),
    ("How many provinces lack core trainers?", CV, S(t=CORE), [F["core"]["provinces_without"]], "", None),
    ("core trainers Surat Thani", TC, S(p="สุราษฎร์ธานี", t=CORE), nz(core("สุราษฎร์ธานี")), "terse", None),
    ("extended trainers songkhla department of older persons", TC, S(p="สงขลา", a="DOP", t=EXT), nz(ext("สงขลา", "DOP")), "lower case", None),
    ("What does the Department of Older Persons have to do?", AD, S(a="DOP"), [], "", None),
    ("Is the Community Development Department part of the agreement?", AL, S(a="CDD"), [], "", [MI]),
    ("What is the Quality Citizen course?", CI, {}, [], "", [GL, MI]),
    ("How many core trainers are there in Ayutthaya, and how many extended?", TC, S(p="พระนครศรีอยุธยา"), nz(core("พระนครศรีอยุธยา"), ext("พระนครศรีอยุธยา")), "both asked", None),
    ("How many trainers in Sisaket?", TC, S(p="ศรีสะเกษ"), untyped("ศรีสะเกษ"), "untyped, no core there", None),
]
for text, intent, slots, figs, note, alt in en:
    add(EN, text, intent, slots, figs, lang="en", note=note or "english", alt=alt)
add(EN, G("@civicbot how many extended trainers in Nong Khai?"), TC, S(p="หนองคาย", t=EXT), nz(ext("หนองคาย")),
    lang="en", note="english, group with mention")

# ======================================================================= clarify (50)
CL = "clarify"
cl = [
    # unknown / unrecognisable places
    ("จังหวัดภูผาทองมีวิทยากรหลักกี่คน", TC, S(t=CORE), "no such province"),
    ("วิทยากรขยายผลที่ จ.ชกนมรคาษ มีกี่คนคะ", TC, S(t=EXT), "garbled beyond recognition"),
    ("จังหวัดนครไพรมีวิทยากรขยายผลไหมครับ", CV, S(t=EXT), "no such province"),
    ("ขอจำนวนวิทยากรของ จ.แสนดาว ด้วยค่ะ", TC, {}, "no such province"),
    ("ฟหกด วิทยากรหลักมีกี่คน", TC, S(t=CORE), "keyboard mash"),
    ("จ.ทะเลทอง ขยายผลเท่าไหร่คะ", TC, S(t=EXT), "no such province"),
    # ambiguous short names
    ("สมุทรมีวิทยากรขยายผลกี่คนครับ", TC, S(t=EXT), "สมุทรปราการ/สาคร/สงคราม"),
    ("เพชรมีวิทยากรหลักกี่คนคะ", TC, S(t=CORE), "เพชรบุรี/เพชรบูรณ์/กำแพงเพชร"),
    ("จังหวัดนคร มีวิทยากรขยายผลกี่คน", TC, S(t=EXT), "six provinces start with นคร (in the South นคร alone can mean นครศรีธรรมราช)"),
    ("อำเภอเมืองมีวิทยากรหลักกี่คน", TC, S(t=CORE), "every province has one"),
    ("อ.เฉลิมพระเกียรติ มีวิทยากรขยายผลกี่คน", TC, S(t=EXT), "district name in several provinces"),
    ("ต.บ้านใหม่ มีวิทยากรขยายผลไหมคะ", CV, S(t=EXT), "very common tambon name, no province"),
    ("สระ...มีวิทยากรขยายผลกี่คนนะ", TC, S(t=EXT), "สระบุรี/สระแก้ว, cut off"),
    ("ลำ..มีวิทยากรหลักไหม", CV, S(t=CORE), "ลำปาง/ลำพูน, cut off"),
    ("หมู่ 4 บ้านเรามีวิทยากรหลักกี่คน", TC, S(t=CORE), "a village with no tambon, district or province"),
    # abroad
    ("แล้วที่เวียงจันทน์มีวิทยากรหลักไหมคะ พอดีมีญาติอยู่ลาว", CV, S(t=CORE), "abroad (Laos)"),
    ("ที่ปีนังมีวิทยากรพลเมืองคุณภาพไหมคะ", CV, {}, "abroad (Malaysia)"),
    ("เสียมราฐมีวิทยากรขยายผลด้วยเหรอ", TC, S(t=EXT), "abroad (Cambodia)"),
    ("วิทยากรหลักในสิงคโปร์มีกี่คนครับ", TC, S(t=CORE), "abroad"),
    ("ย่างกุ้ง วิทยากรขยายผล", TC, S(t=EXT), "abroad (Myanmar)"),
    ("ลาวมีวิทยากรไหม", CV, {}, "abroad"),
    # attributes the document lacks
    ("วิทยากรหลักเชียงใหม่เป็นผู้หญิงกี่คน", TC, S(p="เชียงใหม่", t=CORE), "gender"),
    ("วิทยากรขยายผลโคราชอายุเฉลี่ยเท่าไหร่", TC, S(p="นครราชสีมา", t=EXT), "age", ["unknown"]),
    ("วิทยากรได้เงินเดือนเท่าไหร่คะ", TC, {}, "salary", ["unknown"]),
    ("วิทยากรหลักที่จบปริญญาโทมีกี่คน", TC, S(t=CORE), "education"),
    ("วิทยากรขยายผลขอนแก่นอยู่อำเภอไหนบ้าง", TC, S(p="ขอนแก่น", t=EXT), "district of residence", ),
    ("ค่าตอบแทนวิทยากรชั่วโมงละเท่าไหร่", TC, {}, "fees", ["unknown"]),
    ("วิทยากรขยายผลบุรีรัมย์เป็นผู้ชายกี่คนครับ", TC, S(p="บุรีรัมย์", t=EXT), "gender"),
    ("วิทยากรที่อายุเกิน 60 มีกี่คน", TC, {}, "age"),
    ("วิทยากรหลักแต่ละคนสอนไปแล้วกี่ครั้ง", TC, S(t=CORE), "activity record", ["unknown"]),
    ("วิทยากรหลักอุบลเป็นข้าราชการกี่คน พนักงานราชการกี่คน", TC, S(p="อุบลราชธานี", t=CORE), "employment status"),
    ("วิทยากรขยายผลที่ผ่านการอบรมแล้วกี่รุ่น", TC, S(t=EXT), "cohorts", ["unknown"]),
    ("วิทยากรขยายผลสุรินทร์พูดเขมรได้กี่คน", TC, S(p="สุรินทร์", t=EXT), "language skill"),
    # years the document lacks
    ("ทะเบียนวิทยากรหลักปี 2566 มีทั้งหมดกี่คน", TC, S(t=CORE), "year 2566"),
    ("วิทยากรขยายผลปี 64 เชียงใหม่มีกี่คน", TC, S(p="เชียงใหม่", t=EXT), "year 2564"),
    ("ปี 2562 ทะเบียนวิทยากรหลักมีกี่คนคะ", TC, S(t=CORE), "year 2562"),
    ("ปีนี้มีวิทยากรเพิ่มขึ้นกี่คน", TC, {}, "trend over years"),
    ("ปี ๒๕๖๗ ขอนแก่นมีวิทยากรขยายผลกี่คน", TC, S(p="ขอนแก่น", t=EXT), "year 2567, Thai digits"),
    ("เทียบปีที่แล้วกับปีนี้ วิทยากรหลักเพิ่มหรือลด", TC, S(t=CORE), "trend"),
    ("วิทยากรหลักปี 2565 ของร้อยเอ็ดกี่คน", TC, S(p="ร้อยเอ็ด", t=CORE), "year 2565 (letter year, not register year)"),
    # no antecedent
    ("ที่นั่นมีวิทยากรกี่คน", TC, {}, "no antecedent, first message"),
    ("กรมนั้นต้องทำอะไรบ้าง", AD, {}, "no antecedent"),
    ("มีกี่คนคะ", TC, {}, "no antecedent"),
    ("แล้วจังหวัดนั้นล่ะ", TC, {}, "no antecedent"),
    ("กรมส.ต้องทำอะไร", AD, {}, "สถ./สบส. ambiguous"),
]
for text, intent, slots, note, *alt in cl:
    add(CL, text, intent, slots, [], reply="clarify", note=note, alt=alt[0] if alt else None)
add(CL, G("@civicbot วิทยากรขยายผลจังหวัดปากใต้มีกี่คน"), TC, S(t=EXT), [], reply="clarify",
    note="group, no such province")
add(CL, "How many core trainers in Vientiane?", TC, S(t=CORE), [], reply="clarify", lang="en", note="abroad, english")
add(CL, "core trainers in 2023?", TC, S(t=CORE), [], reply="clarify", lang="en", note="year not held, english")
add(CL, "วิทยากรหลักของกรมอนามัยมีกี่คน", TC, S(t=CORE), [], reply="clarify",
    note="department not in the register")
add(CL, "เบอร์โทรวิทยากรขยายผลที่แพร่", CT, S(p="แพร่", t=EXT), [], reply="clarify",
    note="trainer phone numbers not in the document", alt=[TL])

# ======================================================================= district (30)
DI = "district"
di = [
    ("อยู่ปากช่องค่ะ อยากรู้ว่าแถวนี้มีวิทยากรขยายผลกี่คน", "ปากช่อง", "นครราชสีมา", EXT, None, "p"),
    ("คนหาดใหญ่ครับ อยากทราบจำนวนวิทยากรขยายผลในจังหวัด", "หาดใหญ่", "สงขลา", EXT, None, "p"),
    ("คนแม่สายค่ะ ในจังหวัดมีวิทยากรหลักไหม กี่คน", "แม่สาย", "เชียงราย", CORE, None, "p"),
    ("อ.ฝาง วิทยากรขยายผล กี่คน", "ฝาง", "เชียงใหม่", EXT, None, "p"),
    ("ทำงานอยู่เกาะสมุยค่ะ มีวิทยากรขยายผลใกล้ๆไหม จังหวัดนี้มีกี่คน", "เกาะสมุย", "สุราษฎร์ธานี", EXT, None, "p"),
    ("หัวหินมีวิทยากรขยายผลกี่ท่าน", "หัวหิน", "ประจวบคีรีขันธ์", EXT, None, "p"),
    ("ที่แม่สอดหาวิทยากรขยายผลได้กี่คนครับ", "แม่สอด", "ตาก", EXT, None, "g"),
    ("เบตง วิทยากรขยายผล", "เบตง", "ยะลา", EXT, None, "p"),
    ("สุไหงโก-ลก วิทยากรขยายผลมีกี่คนคะ", "สุไหงโก-ลก", "นราธิวาส", EXT, None, "p"),
    ("อยู่วารินฯ ค่ะ วิทยากรหลักของจังหวัดมีกี่คน", "วารินชำราบ", "อุบลราชธานี", CORE, None, "p"),
    ("นางรองบ้านเรามีวิทยากรขยายผลบ้างไหมจ๊ะ กี่คน", "นางรอง", "บุรีรัมย์", EXT, None, "p"),
    ("อำเภอกันทรลักษ์มีวิทยากรขยายผลกี่คนคะ", "กันทรลักษ์", "ศรีสะเกษ", EXT, None, "p"),
    ("ชุมแพ วิทยากรหลักมีกี่คน", "ชุมแพ", "ขอนแก่น", CORE, None, "p"),
    ("กุมภวาปี ขยายผลกี่คนจ้ะ", "กุมภวาปี", "อุดรธานี", EXT, None, "p"),
    ("@civicbot ทางธาตุพนมมีวิทยากรขยายผลเท่าไหร่คะ", "ธาตุพนม", "นครพนม", EXT, None, "g"),
    ("อ.หล่มสัก วิทยากรขยายผลมีกี่คนครับ", "หล่มสัก", "เพชรบูรณ์", EXT, None, "p"),
    ("ศรีราชา วิทยากรหลัก เท่าไหร่", "ศรีราชา", "ชลบุรี", CORE, None, "p"),
    ("เชียงคานมีวิทยากรขยายผลไหม กี่คนคะ", "เชียงคาน", "เลย", EXT, None, "p"),
    ("ทุ่งสงมีวิทยากรหลักกี่คนครับ", "ทุ่งสง", "นครศรีธรรมราช", CORE, None, "p"),
    ("แถวตะกั่วป่ามีวิทยากรขยายผลกี่คน", "ตะกั่วป่า", "พังงา", EXT, None, "p"),
    ("บางพลี วิทยากรขยายผลทั้งหมดเท่าไรคะ", "บางพลี", "สมุทรปราการ", EXT, None, "p"),
    ("อัมพวาหาวิทยากรขยายผลได้จากไหน มีกี่คน", "อัมพวา", "สมุทรสงคราม", EXT, None, "p"),
    ("อู่ทองมีวิทยากรขยายผลของกรมการพัฒนาชุมชนกี่คน", "อู่ทอง", "สุพรรณบุรี", EXT, "CDD", "p"),
    ("บางปะอินมีวิทยากรหลักกี่คนคะ", "บางปะอิน", "พระนครศรีอยุธยา", CORE, None, "p"),
    ("ปากเกร็ด วิทยากรขยายผลกี่คน", "ปากเกร็ด", "นนทบุรี", EXT, None, "g"),
    ("พี่อยู่เถินค่ะ จังหวัดเรามีวิทยากรหลักของกรมการปกครองไหม", "เถิน", "ลำปาง", CORE, "DOPA", "p"),
    ("ปายมีวิทยากรกี่คน", "ปาย", "แม่ฮ่องสอน", None, None, "p"),
    ("อรัญ วิทยากรขยายผลกี่ท่านครับ", "อรัญประเทศ", "สระแก้ว", EXT, None, "p"),
    ("เสลภูมิ วิทยากรขยายผลสายกรมส่งเสริมการปกครองท้องถิ่นกี่คน", "เสลภูมิ", "ร้อยเอ็ด", EXT, "DLA", "p"),
    ("เขตบางเขนมีวิทยากรขยายผลกี่คนคะ", "บางเขน", "กรุงเทพมหานคร", EXT, None, "p"),
]
for text, dist, p, t, a, chat in di:
    if t is None:
        figs = untyped(p)
    elif t == CORE:
        figs = nz(core(p, a))
    else:
        figs = nz(ext(p, a))
    note = f"district {dist} -> {p}; register is per province"
    if not figs:
        note += "; zero: reply must say none"
    alt = [CV] if ("ไหม" in text and not figs) else None
    add(DI, P(text) if chat == "p" else G(text), TC, S(p=p, a=a, t=t), figs, note=note, alt=alt)

# ======================================================================= region (15)
RG = "region"
ne, so, ea, ds = R["northeast"], R["south"], R["east"], R["deep_south"]
assert len(ne["extended_top"]["provinces"]) == 1
rg = [
    ("ภาคอีสานมีวิทยากรขยายผลทั้งหมดกี่คน", TC, S(t=EXT), [ne["extended_total"]], "northeast = 20 provinces", "th", None),
    ("อีสานมีวิทยากรหลักรวมกี่คนคะ", TC, S(t=CORE), [ne["core_total"]], "northeast", "th", None),
    ("ภาคใต้ วิทยากรหลัก กี่คน", TC, S(t=CORE), [so["core_total"]], "south = 14 provinces", "th", None),
    ("วิทยากรขยายผลภาคใต้ทั้งหมดเท่าไหร่ครับ", TC, S(t=EXT), [so["extended_total"]], "south", "th", None),
    ("สามจังหวัดชายแดนใต้รวมกันมีวิทยากรขยายผลเท่าไหร่", TC, S(t=EXT), [ds["extended_total"]], "ปัตตานี ยะลา นราธิวาส", "th", None),
    ("วิทยากรขยายผลฝั่งภาคตะวันออกรวมได้กี่คน", TC, S(t=EXT), [ea["extended_total"]], "east = 7 provinces (6-region scheme)", "th", None),
    ("ในภาคอีสาน จังหวัดไหนมีวิทยากรขยายผลมากที่สุด", TC, S(t=EXT), [ne["extended_top"]["total"]],
     f"regional ranking: {ne['extended_top']['provinces'][0]}", "th", None),
    ("ภาคใต้มีกี่จังหวัดที่มีวิทยากรหลัก", CV, S(t=CORE), [so["core_provinces_with"]], "south coverage", "th", None),
    ("อีสานมีวิทยากรหลักกี่จังหวัด", CV, S(t=CORE), [ne["core_provinces_with"]], "northeast coverage", "th", None),
    ("ภาคเหนือมีวิทยากรขยายผลกี่คนคะ", TC, S(t=EXT), [], "North is 9 or 17 provinces depending on the scheme: no figure required", "th", None),
    ("ภาคกลางมีวิทยากรหลักกี่คนคะ", TC, S(t=CORE), [], "Central differs between schemes: no figure required", "th", None),
    ("วิทยากรหลักในภาคตะวันออกรวมกันกี่คน", TC, S(t=CORE), [ea["core_total"]], "east", "th", None),
    ("ชายแดนใต้ ๓ จังหวัด มีวิทยากรหลักไหม", CV, S(t=CORE), [], "only ปัตตานี", "th", [TC]),
    ("How many extended trainers are there in the Northeast (Isan)?", TC, S(t=EXT), [ne["extended_total"]], "northeast, english", "en", None),
    ("@civicbot ภาคอีสานวิทยากรขยายผลของกรมการปกครองรวมกี่คน", TC, S(a="DOPA", t=EXT), [ne["extended_by_agency"]["DOPA"]], "northeast, one agency, group", "th", None),
]
for text, intent, slots, figs, note, lang, alt in rg:
    add(RG, G(text) if text.startswith("@civicbot") else P(text), intent, slots, figs, lang=lang, note=note, alt=alt)

# ======================================================================= comparison (15)
CO = "comparison"
co = [
    ("โคราชกับขอนแก่น ที่ไหนมีวิทยากรขยายผลมากกว่ากัน", EXT, ["นครราชสีมา", "ขอนแก่น"], None),
    ("เชียงใหม่หรือเชียงราย วิทยากรหลักเยอะกว่า", CORE, ["เชียงใหม่", "เชียงราย"], None),
    ("อุบลกับศรีสะเกษ วิทยากรขยายผลเท่ากันไหม", EXT, ["อุบลราชธานี", "ศรีสะเกษ"], None),
    ("ร้อยเอ็ดกับมหาสารคามวิทยากรขยายผลต่างกันกี่คน", EXT, ["ร้อยเอ็ด", "มหาสารคาม"], None),
    ("ภูเก็ตกับกระบี่ ใครมีวิทยากรหลักมากกว่าคะ", CORE, ["ภูเก็ต", "กระบี่"], None),
    ("สงขลากับปัตตานี วิทยากรขยายผล ที่ไหนเยอะกว่า", EXT, ["สงขลา", "ปัตตานี"], None),
    ("ลำปางกับลำพูนวิทยากรขยายผลใครเยอะกว่า", EXT, ["ลำปาง", "ลำพูน"], None),
    ("อุดรกับหนองคาย วิทยากรหลักต่างกันไหม", CORE, ["อุดรธานี", "หนองคาย"], None),
    ("สุราษฯ vs นครศรีฯ วิทยากรขยายผล", EXT, ["สุราษฎร์ธานี", "นครศรีธรรมราช"], None),
    ("กทม.กับนนทบุรี วิทยากรขยายผลต่างกันยังไง", EXT, ["กรุงเทพมหานคร", "นนทบุรี"], None),
    ("พิษณุโลกกับพิจิตรวิทยากรหลักเท่ากันป่าว", CORE, ["พิษณุโลก", "พิจิตร"], None),
    ("@civicbot ชลบุรีกับระยองวิทยากรขยายผลที่ไหนมากกว่ากันครับ", EXT, ["ชลบุรี", "ระยอง"], None),
]
for text, t, ps, a in co:
    fn = core if t == CORE else ext
    figs = nz(*[fn(p, a) for p in ps])
    add(CO, G(text) if text.startswith("@civicbot") else P(text), TC, S(t=t), figs,
        note="compare " + " vs ".join(f"{p}={fn(p, a)}" for p in ps) + "; province slot left out (two named)")
add(CO, "กรมการปกครองกับกรมพัฒนาชุมชน ใครมีวิทยากรหลักมากกว่ากัน", TC, S(t=CORE),
    nz(core(None, "DOPA"), core(None, "CDD")), note="compare agencies; agency slot left out (two named)")
add(CO, "สถ.กับสบส. วิทยากรขยายผลใครมากกว่า", TC, S(t=EXT),
    nz(ext(None, "DLA"), ext(None, "HSS")), note="compare agencies; agency slot left out (two named)")
add(CO, "ขอนแก่นมีวิทยากรหลักกับวิทยากรขยายผลต่างกันเยอะไหม", TC, S(p="ขอนแก่น"),
    nz(core("ขอนแก่น"), ext("ขอนแก่น")), note="compare the two types within one province")

# ======================================================================= silent (15)
SI = "silent"
for text in [
    "📢 แจ้งประชุมกรรมการ ศส.ปชต. ตำบลหนองแวง วันพฤหัสที่ 14 เวลา 09.30 น. ณ ศาลาอเนกประสงค์ ม.3 ค่ะ",
    "ขอบคุณวิทยากรขยายผลจาก สนง.กกต.จังหวัด ที่มาให้ความรู้พลเมืองคุณภาพวันนี้นะคะ 🙏🙏",
    "ส่งต่อจากกลุ่มอำเภอ: หนังสือ มท 0818.2/ว 2565 เรื่องบันทึกข้อตกลงความร่วมมือ รายละเอียดตามไฟล์แนบครับ",
    "ภาพบรรยากาศอบรม อสม. หลักสูตรพลเมืองคุณภาพ ณ รพ.สต.บ้านโนน 📸",
    "รับทราบค่ะ เดี๋ยวแจ้ง อสม. ในหมู่บ้านให้นะคะ",
    "วันนี้วิทยากรหลักจากกรมการปกครองมาบรรยายสนุกมากเลยค่ะ",
    "ฝากประชาสัมพันธ์ กกต.จังหวัดเปิดรับสมัครอาสาสมัคร ศส.ปชต. ถึงสิ้นเดือนนี้ครับ",
    "👍 ครับ ได้รับเอกสาร MOU แล้วครับ",
    "ผู้ใหญ่บ้านฝากบอกว่าพรุ่งนี้ ศส.ปชต. ยืมเต็นท์ อบต. ได้แล้วนะ",
    "ชมรมผู้สูงอายุ ต.ท่าช้าง ร่วมกิจกรรมหมู่บ้านพลเมืองดีวิถีประชาธิปไตยเรียบร้อยค่ะ",
    "สรุปยอดผู้เข้าร่วมอบรมวิทยากรขยายผลวันนี้ 42 คนครับ",
    "ไฟล์ทะเบียนวิทยากรหลักอยู่ในไดรฟ์กลุ่มแล้วนะคะ ใครจะใช้หยิบได้เลย",
    "@somchai_k ช่วยส่งรูปงาน ศส.ปชต. ให้พี่ด้วยน้า",
    "ขอแสดงความยินดีกับ ศส.ปชต.ตำบลโคกสูง ได้รางวัลศูนย์ดีเด่นระดับจังหวัด 🎉🎉",
    "กลุ่มสตรี พช. นัดซ้อมรำเปิดงานมหกรรม ศส.ปชต. เย็นนี้ 5 โมงนะคะ",
]:
    add(SI, G(text), "unknown", {}, [], reply="silent", note="group, domain words, no question to the bot")


# ======================================================================= write
def main():
    out = os.path.join(HERE, "messages.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, c in enumerate(CASES, 1):
            obj = {"id": f"b6-{i:04d}", "category": c["category"], "turns": c["turns"],
                   "expect": c["expect"], "note": c["note"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    from collections import Counter
    print(len(CASES), dict(Counter(c["category"] for c in CASES)))


if __name__ == "__main__":
    main()
