#!/usr/bin/env python3
"""Write messages.jsonl (400 blind test cases b10-0001..b10-0400) and specs.json.

Every expected number is computed from figures.json through a spec (see figures.evaluate);
no figure is typed by hand.  specs.json maps each case id to the specs its figures came from,
so validate.py can re-derive them from its own parse of the seed.

Standard library only.  Run after figures.py: python3 make_cases.py
"""
import json
import os
import random

import figures as F

HERE = os.path.dirname(os.path.abspath(__file__))
FIG = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
RNG = random.Random(20251010)

CASES = []  # (category, turns, expect, specs, note)

TYPE_LETTER = {"core": "c", "extended": "e"}


def uid():
    return RNG.randint(1000000, 9999999)


def mk_turns(texts, chat):
    """texts: list of str.  A leading '^' marks a reply to the bot's previous message."""
    user = uid()
    out = []
    for t in texts:
        rtb = t.startswith("^")
        if rtb:
            t = t[1:]
        out.append({"text": t, "chat_type": chat, "user_id": user, "reply_to_bot": rtb})
    return out


def figs(specs):
    vals = []
    for s in specs:
        v = F.evaluate(FIG, s)
        if v != 0 and v not in vals:
            vals.append(v)
    return vals


def add(cat, texts, intent, slots=None, specs=(), reply="answer", lang=None, note="",
        alt=None, chat="private"):
    if isinstance(texts, str):
        texts = [texts]
    slots = dict(slots or {})
    for k in list(slots):
        if slots[k] is None:
            del slots[k]
    if lang is None:
        lang = "en" if cat == "english" else "th"
    exp = {"intent": intent, "slots": slots, "figures": figs(specs), "reply": reply, "lang": lang}
    if alt:
        exp["intent_alt"] = alt
    notes = [note] if note else []
    if specs:
        notes.append("specs: " + " ".join(specs))
    CASES.append((cat, mk_turns(texts, chat), exp, list(specs), "; ".join(notes)))


def count_specs(P=None, A=None, ty=None, scope=None):
    sc = P or scope or "*"
    suf = (":" + A) if A else ""
    if ty:
        return ["%s:%s%s" % (TYPE_LETTER[ty], sc, suf)]
    return ["c:%s%s" % (sc, suf), "e:%s%s" % (sc, suf), "t:%s%s" % (sc, suf)]


def N(cat, texts, P=None, A=None, ty=None, chat="private", note="", scope=None, lang=None,
      alt=None):
    """trainer_count for one province (or scope) with the standard figure rule."""
    specs = count_specs(P, A, ty, scope)
    if not note:
        if P and ty is None and FIG["core"][P] and F.evaluate(FIG, "c:" + P) == 0:
            note = "no core trainers in %s: extended only" % P
        vals = [F.evaluate(FIG, s) for s in specs]
        if all(v == 0 for v in vals):
            note = "register shows none: the reply must say there are none"
    add(cat, texts, "trainer_count", {"province": P, "agency": A, "trainer_type": ty}, specs,
        chat=chat, note=note, lang=lang, alt=alt)


def RK(cat, texts, ty, A=None, scope="*", n=(1,), chat="private", note="", lang=None, P=None):
    """ranking / which-province-has-most: trainer_coverage, alt trainer_count."""
    letter = TYPE_LETTER.get(ty, "t")
    suf = (":" + A) if A else ""
    specs = ["rank:%d:%s:%s%s" % (k, letter, scope, suf) for k in n]
    names = [F.rank_name(FIG, s) for s in specs]
    nt = "expected province(s): " + ", ".join(names)
    if note:
        nt = note + "; " + nt
    add(cat, texts, "trainer_coverage", {"agency": A, "trainer_type": ty, "province": P}, specs,
        chat=chat, note=nt, lang=lang, alt=["trainer_count"])


def CMP(cat, texts, specs, ty=None, P=None, A=None, chat="private", note="", lang=None):
    """comparison: both figures (one when equal); no province slot between two provinces,
    no agency slot between two departments."""
    a, b = [F.evaluate(FIG, s) for s in specs]
    nt = "compare %s=%d vs %s=%d" % (specs[0], a, specs[1], b)
    if a == b:
        nt += " (equal: one figure)"
    if note:
        nt = note + "; " + nt
    add(cat, texts, "trainer_count", {"trainer_type": ty, "province": P, "agency": A}, specs,
        chat=chat, note=nt, lang=lang, alt=["trainer_coverage"])


G = "group"
CAT = "ordinary"

# ============================================================== ordinary (180)
# --- one province, no type: core, extended, sum
N(CAT, "โคราชมีวิทยากรกี่คนคะ", "นครราชสีมา")
N(CAT, "สวัสดีค่ะ ขอถามหน่อยนะคะ ขอนแก่นมีวิทยากรพลเมืองคุณภาพกี่ท่านคะ", "ขอนแก่น")
N(CAT, "อุบลฯมีวิทยากรทั้งหมดกี่คนครับ", "อุบลราชธานี")
N(CAT, "วิทยากรหลักสูตรพลเมืองคุณภาพ จ.ลำปาง มีกี่คนคะ", "ลำปาง",
  note="trap: 'วิทยากรหลักสูตร' is 'trainers of the course', not core trainers")
N(CAT, "เชียงไหม่มีวิทยาการกี่คนนนน", "เชียงใหม่", note="misspelt เชียงใหม่ and วิทยากร")
N(CAT, "ทีบุรีรัมมีวิทยากรกีคนคับ", "บุรีรัมย์", note="missing tone marks, บุรีรัม")
N(CAT, "กทม.มีวิทยากรมั้ยคะ 🤔", "กรุงเทพมหานคร")
N(CAT, "จว.สุรินทร์ วิทยากรมีเท่าไหร่ครับ", "สุรินทร์")
N(CAT, "ขอยอดวิทยากร จ.กระบี่ หน่อยจ้า", "กระบี่")
N(CAT, "ศรีสะเกษ มีวิทยากร พลเมืองคุณภาพ กี่คนคะ ขอบคุณค่ะ 🙏", "ศรีสะเกษ")
N(CAT, "นครปฐมมีวิทยากรไหมครับ หรือต้องไปขอจากกรุงเทพ", "นครปฐม")
N(CAT, "ยายอยู่น่านจ้ะ อยากรู้ว่าวิทยากรที่น่านมีกี่คนจ๊ะ", "น่าน")
N(CAT, "อยุธยามีวิทยากรกี่คน", "พระนครศรีอยุธยา")
N(CAT, "ถามแทนผู้ใหญ่บ้านค่ะ จังหวัดพังงามีวิทยากรกี่คน", "พังงา")
N(CAT, "สุราษมีวิทยากรเท่าไร", "สุราษฎร์ธานี")
N(CAT, "@civicbot ปัตตานีมีวิทยากรกี่คนครับผม", "ปัตตานี", chat=G)
N(CAT, "แม่ฮ่องสอนมีวิทยากรบ้างไหมคะ ที่นี่ไกลมาก 😅", "แม่ฮ่องสอน")
N(CAT, "พี่ๆในกลุ่มฝากถามค่ะ ยโสธรบ้านเรามีวิทยากรพลเมืองคุณภาพกี่คน", "ยโสธร")
N(CAT, "เมื่อวานไปประชุมที่อำเภอมาค่ะ อยากรู้ว่าอำนาจเจริญมีวิทยากรกี่คน", "อำนาจเจริญ")
N(CAT, "ขอโทษที่รบกวนนะคะ จ.ตากมีวิทยากรกี่ท่านคะ จะเชิญมาอบรมที่หมู่บ้าน", "ตาก")
N(CAT, "@civicbot มุกดาหารมีวิทยากรพลเมืองคุณภาพมั้ยคะ", "มุกดาหาร", chat=G)
N(CAT, "วิทยากร ชัยภูมิ", "ชัยภูมิ", note="terse")
N(CAT, "นราธิวาสมีวิทยากรกี่คนคะ ถามให้ครูกศน.ค่ะ", "นราธิวาส")
N(CAT, "หนองบัวลำภูมีคนเป็นวิทยากรพลเมืองคุณภาพบ้างมั้ยคะ อยากได้มาสอนกลุ่มแม่บ้าน", "หนองบัวลำภู")
N(CAT, "ปากน้ำมีวิทยากรเท่าไหร่คะ", "สมุทรปราการ", note="ปากน้ำ = สมุทรปราการ (nickname)")
N(CAT, "ขอจำนวนวิทยากรของจังหวัดพิจิตรด้วยค่ะ", "พิจิตร")
N(CAT, "รบกวนค่ะ🙏 วิทยากรพลเมืองคุณภาพของตรังมีทั้งหมดกี่คนคะ", "ตรัง")
N(CAT, "^เพชรบูรณ์มีวิทยากรกี่คนครับ", "เพชรบูรณ์", chat=G)
N(CAT, "อ่างทองมีวิทยากรทั้งหมดกี่คน หลักกับขยายผลแยกให้ด้วยค่ะ", "อ่างทอง")
N(CAT, "ชุมพรมีวิทยากรกี่คนค้าบบบ พอดีจะทำโครงการ", "ชุมพร")
N(CAT, "สระบุรีมีวิทยากรกี่คนคะ ทั้งหลักและขยายผล", "สระบุรี")
N(CAT, "จันทบูร วิทยากรมีกี่คนค่า", "จันทบุรี", note="จันทบูร = จันทบุรี (old/local name)")
N(CAT, "ประจวบฯ มีวิทยากรไหมครับ ไม่ค่อยเห็นใครพูดถึงเลย", "ประจวบคีรีขันธ์")
N(CAT, "@civicbot ภูเก็ตมีวิทยากรกี่ท่านครับ", "ภูเก็ต", chat=G)
N(CAT, "นครพนมวิทยากรมีกี่คนจ้ะ จะจัดอบรมที่ธาตุพนมเดือนหน้า", "นครพนม")
N(CAT, "บึงกาฬมีวิทยากรกี่คน จังหวัดน้องใหม่สุดเลย", "บึงกาฬ")
N(CAT, "ลพบุรี มีวิทยากรพลเมืองคุณภาพทั้งหมดกี่คนครับ ขอบคุณครับ", "ลพบุรี")
N(CAT, "สุโขทัยมีวิทยากรกี่คน (ถามให้ประธาน อสม.ค่ะ)", "สุโขทัย")
N(CAT, "ปี ๒๕๖๓ เชียงรายมีวิทยากรกี่คนคะ", "เชียงราย", note="Thai digits")
N(CAT, "อุดรมีวิทยากรกี่คนอ่ะ ถามเพื่อนในกลุ่มไม่มีใครรู้เลย 😂", "อุดรธานี")
N(CAT, "สกลฯ มีวิทยากรกี่คน ขอด่วนเลยค่ะ ประชุมบ่ายนี้", "สกลนคร")
N(CAT, "ได้ยินว่ามหาสารคามมีวิทยากร ๓๐ คน จริงป่าวคะ", "มหาสารคาม",
  note="the 30 in the text is the user's guess, not the register")
# --- one province + type
N(CAT, "เชียงใหม่มีวิทยากรหลักกี่คนคะ", "เชียงใหม่", ty="core")
N(CAT, "ขอนแก่นวิทยากรขยายผลกี่คน", "ขอนแก่น", ty="extended")
N(CAT, "วิทยากรหลักโคราชมีกี่คนครับ", "นครราชสีมา", ty="core")
N(CAT, "อุบลฯ วิทยากรหลัก มีกี่ท่านคะ", "อุบลราชธานี", ty="core")
N(CAT, "ร้อยเอ็ดมีวิทยากรขยายผลเท่าไหร่", "ร้อยเอ็ด", ty="extended")
N(CAT, "วิทยากรขยายผลที่สงขลามีกี่คนคะ", "สงขลา", ty="extended")
N(CAT, "กาญจนบุรีมีวิทยากรหลักมั้ยคะ", "กาญจนบุรี", ty="core")
N(CAT, "@civicbot ระยองวิทยากรขยายผลกี่คนครับ", "ระยอง", ty="extended", chat=G)
N(CAT, "นครศรีฯ วิทยากรหลักกี่คน", "นครศรีธรรมราช", ty="core")
N(CAT, "ชลบุรีมีวิทยากรหลักกี่คนจ้า", "ชลบุรี", ty="core")
N(CAT, "ฉะเชิงเทรามีวิทยากรขยายผลกี่คนคะ", "ฉะเชิงเทรา", ty="extended")
N(CAT, "แปดริ้ววิทยากรหลักมีมั้ย", "ฉะเชิงเทรา", ty="core", note="แปดริ้ว = ฉะเชิงเทรา (nickname); none")
N(CAT, "สุพรรณ วิทยากรขยายผล กี่คนครับ", "สุพรรณบุรี", ty="extended")
N(CAT, "ลำพูนมีวิทยากรหลักไหม", "ลำพูน", ty="core")
N(CAT, "วิทยากรหลักจังหวัดสมุทรปราการมีกี่คนคะ", "สมุทรปราการ", ty="core")
N(CAT, "^พะเยามีวิทยากรขยายผลกี่คนเจ้า", "พะเยา", ty="extended", chat=G)
N(CAT, "ยะลาขยายผลกี่คนคะ", "ยะลา", ty="extended")
N(CAT, "นนท์มีวิทยากรหลักกี่คน", "นนทบุรี", ty="core")
N(CAT, "หนองคายมีวิทยากรหลักกี่คนนะคะ จะชวนมาช่วยงานที่โพนพิสัย", "หนองคาย", ty="core")
N(CAT, "กำแพงเพชรวิทยากรขยายผลมีกี่คน", "กำแพงเพชร", ty="extended")
N(CAT, "แพร่มีวิทยากรขยายผลกี่คนเจ้า", "แพร่", ty="extended")
N(CAT, "ขอถามเรื่องวิทยากรขยายผลค่ะ ที่มหาสารคามมีกี่คน", "มหาสารคาม", ty="extended")
N(CAT, "วิทยากรหลักของพิษณุโลกกี่คนครับ", "พิษณุโลก", ty="core")
N(CAT, "สิงห์บุรีมีวิทยากรขยายผลกี่คนครับ ขอตัวเลขไปใส่รายงานครับ", "สิงห์บุรี", ty="extended")
N(CAT, "อุทัยฯ มีวิทยากรขยายผลกี่คน", "อุทัยธานี", ty="extended")
N(CAT, "จ.เลย มีวิทยากรขยายผลกี่คนจ๊ะ", "เลย", ty="extended")
N(CAT, "จ.ตราด วิทยาการขยายผล มีกี่คนคะ", "ตราด", ty="extended")
N(CAT, "@civicbot ราชบุรีมีวิทยากรขยายผลกี่คน", "ราชบุรี", ty="extended", chat=G)
N(CAT, "นครสวรรค์ วิทยากรหลักมีกี่คนคะ", "นครสวรรค์", ty="core")
N(CAT, "ปทุมมีวิทยากรขยายผลกี่คนอะ", "ปทุมธานี", ty="extended")
N(CAT, "กาฬสินธุ์วิทยากรขยายผลกี่คนคะ ขอบคุณล่วงหน้าค่ะ 😊", "กาฬสินธุ์", ty="extended")
N(CAT, "วิทยากรหลักที่สตูลมีกี่คนคะ ฝากถามค่ะ", "สตูล", ty="core")
N(CAT, "ระนองฝนแปดแดดสี่ 555 ว่าแต่มีวิทยากรขยายผลกี่คนครับ", "ระนอง", ty="extended")
# --- one province + department
N(CAT, "โคราด วิทยากรของกรมการปกครองกี่คน", "นครราชสีมา", A="DOPA", note="โคราด misspelt")
N(CAT, "อุบลวิทยากรขยายผลของฝ่ายปกครองมีกี่คน", "อุบลราชธานี", A="DOPA", ty="extended")
N(CAT, "เชียงใหม่ วิทยากรหลักของกรมกิจการผู้สูงอายุกี่คนคะ", "เชียงใหม่", A="DOP", ty="core")
N(CAT, "ขอนแก่นวิทยากรของ สบส. กี่คน", "ขอนแก่น", A="HSS")
N(CAT, "ร้อยเอ็ดมีวิทยากรขยายผลจากท้องถิ่นกี่คนครับ", "ร้อยเอ็ด", A="DLA", ty="extended")
N(CAT, "นครราชสีมา วิทยากรขยายผล สบส. มีเท่าไหร่", "นครราชสีมา", A="HSS", ty="extended")
N(CAT, "ตรังวิทยากรขยายผลของกรมท้องถิ่นมีมั้ย", "ตรัง", A="DLA", ty="extended")
N(CAT, "สกลนครวิทยากรขยายผลจากกรมสนับสนุนบริการสุขภาพกี่คน", "สกลนคร", A="HSS", ty="extended")
N(CAT, "เลยวิทยากรขยายผลของ สถ. มีกี่คน", "เลย", A="DLA", ty="extended", note="สถ. = DLA")
N(CAT, "วิทยากรผู้สูงอายุที่บุรีรัมย์มีกี่คนคะ", "บุรีรัมย์", A="DOP")
N(CAT, "พัฒนาชุมชน จ.อุบล มีวิทยากรกี่คน", "อุบลราชธานี", A="CDD", note="core CDD is 0 in อุบล")
N(CAT, "@civicbot สุราษฎร์ธานี วิทยากรขยายผลผู้สูงอายุมีไหม", "สุราษฎร์ธานี", A="DOP",
  ty="extended", chat=G)
N(CAT, "ชัยภูมิ วิทยากรขยายผลของ กรมกิจการผู้สูงอายุ กี่คนคะ", "ชัยภูมิ", A="DOP", ty="extended")
N(CAT, "ลำปางมีวิทยากรหลักของกรมการปกครองมั้ยครับ", "ลำปาง", A="DOPA", ty="core")
N(CAT, "กรมการพัฒนาชุมชน นครสวรรค์ วิทยากรกี่คน", "นครสวรรค์", A="CDD")
N(CAT, "อสม.เราอยู่ฝั่ง สบส. ใช่มั้ยคะ อยากรู้ว่าที่ศรีสะเกษ สบส.มีวิทยากรกี่คน", "ศรีสะเกษ", A="HSS",
  note="question in the second sentence")
N(CAT, "พช.ชลบุรีมีวิทยากรขยายผลกี่คน", "ชลบุรี", A="CDD", ty="extended", note="พช. = CDD")
N(CAT, "ปค. สุรินทร์ วิทยากรหลักกี่คน", "สุรินทร์", A="DOPA", ty="core", note="ปค. = DOPA")
N(CAT, "วิทยากรขยายผลของกรมส่งเสริมการปกครองท้องถิ่น จ.เชียงราย", "เชียงราย", A="DLA", ty="extended")
N(CAT, "สระบุรีวิทยากร สบส กี่คนคะ", "สระบุรี", A="HSS")
N(CAT, "ปราจีนวิทยากรขยายผลของปกครองมีกี่คน", "ปราจีนบุรี", A="DOPA", ty="extended")
N(CAT, "^ภูเก็ต ผส. มีวิทยากรขยายผลกี่คน", "ภูเก็ต", A="DOP", ty="extended", chat=G,
  note="ผส. = กรมกิจการผู้สูงอายุ")
N(CAT, "ขอนแก่น ท้องถิ่น วิทยากรหลัก", "ขอนแก่น", A="DLA", ty="core", note="terse")
N(CAT, "สมุทรสาครมีวิทยากรของพัฒนาชุมชนกี่คนคะ", "สมุทรสาคร", A="CDD")
N(CAT, "แม่ฮ่องสอน วิทยากรขยายผล พัฒนาชุมชน มีมั้ย", "แม่ฮ่องสอน", A="CDD", ty="extended")
N(CAT, "วิทยากรฝั่งอสม.ที่พิจิตรมีกี่คนคะ", "พิจิตร", A="HSS", note="ฝั่งอสม. = HSS")
N(CAT, "ร้อยเอ็ด วิทยากรหลักผู้สูงอายุ 2 คนใช่ไหมครับ", "ร้อยเอ็ด", A="DOP", ty="core")
# --- whole country
N(CAT, "ทั้งประเทศมีวิทยากรหลักกี่คน", ty="core")
N(CAT, "วิทยากรขยายผลทั่วประเทศรวมกี่คนครับ", ty="extended")
N(CAT, "รวมทั้งหมดทั้งประเทศมีวิทยากรพลเมืองคุณภาพกี่คน")
N(CAT, "วิทยากรหลักของกรมการปกครองทั่วประเทศมีกี่คน", A="DOPA", ty="core")
N(CAT, "@civicbot ทั่วประเทศ วิทยากรขยายผลของกรมกิจการผู้สูงอายุกี่คนคะ", A="DOP", ty="extended", chat=G)
N(CAT, "ท้องถิ่นมีวิทยากรรวมทั้งประเทศกี่คน", A="DLA")
N(CAT, "ทะเบียนวิทยากรหลักปี63 มีกี่คนคะ", ty="core")
# --- coverage / ranking
RK(CAT, "จังหวัดไหนมีวิทยากรขยายผลเยอะที่สุด", "extended")
RK(CAT, "จว.ไหนมีวิทยากรหลักมากสุดคะ", "core")
add(CAT, "มีกี่จังหวัดที่มีวิทยากรหลัก", "trainer_coverage", {"trainer_type": "core"}, ["n:c"],
    alt=["trainer_count"])
add(CAT, "วิทยากรขยายผลมีครบทุกจังหวัดไหมคะ", "trainer_coverage", {"trainer_type": "extended"},
    ["n:e"], alt=["trainer_count"], note="76 of 77: กรุงเทพมหานคร has none")
add(CAT, "@civicbot จังหวัดไหนไม่มีวิทยากรขยายผลเลย", "trainer_coverage", {"trainer_type": "extended"},
    [], alt=["trainer_count"], chat=G, note="answer: กรุงเทพมหานคร (all cells '-')")
RK(CAT, "วิทยากรขยายผลของกรมการปกครอง จังหวัดไหนเยอะสุด", "extended", A="DOPA")
RK(CAT, "ท้องถิ่นมีวิทยากรขยายผลที่ไหนมากที่สุด", "extended", A="DLA")
RK(CAT, "รวมหลักกับขยายผล จังหวัดไหนมากที่สุดคะ", None)
RK(CAT, "สบส.มีวิทยากรขยายผลมากสุดที่จังหวัดไหน", "extended", A="HSS")
RK(CAT, "ขอ ๓ อันดับจังหวัดที่มีวิทยากรรวมมากที่สุดค่ะ", None, n=(1, 2, 3), note="Thai digit 3")
# --- agency duties
D = "agency_duties"
add(CAT, "กรมการปกครองต้องทำอะไรบ้างตาม MOU คะ", D, {"agency": "DOPA"})
add(CAT, "กรมส่งเสริมการปกครองท้องถิ่นมีหน้าที่อะไรในบันทึกข้อตกลง", D, {"agency": "DLA"})
add(CAT, "อสม.ต้องทำไรบ้างเกี่ยวกับ ศส.ปชต.", D, {"agency": "HSS"}, note="อสม. belong to HSS's duties")
add(CAT, "กำนันผู้ใหญ่บ้านเกี่ยวอะไรกับศส.ปชต.ครับ", D, {"agency": "DOPA"},
    note="DOPA duties 1,3,5 (village committees, kamnan evaluation)")
add(CAT, "ชมรมผู้สูงอายุต้องเข้าร่วมอะไรบ้างคะ", D, {"agency": "DOP"})
add(CAT, "กลุ่มสตรีหมู่บ้านต้องทำอะไรตาม MOU กับพัฒนาชุมชน", D, {"agency": "CDD"},
    note="women's development committees are under CDD's duties")
add(CAT, "อบต.ต้องสนับสนุน ศส.ปชต. ยังไงบ้าง", D, {"agency": "DLA"}, note="อบต. = local government → DLA")
add(CAT, "@civicbot กกต.รับผิดชอบอะไรบ้างในข้อตกลงนี้", D, {"agency": "ECT"}, chat=G)
add(CAT, "บทบาทของกรมสนับสนุนบริการสุขภาพใน MOU คืออะไรคะ", D, {"agency": "HSS"})
add(CAT, "กรมกิจการผู้สูงอายุมีหน้าที่อะไรบ้าง", D, {"agency": "DOP"})
add(CAT, "พัฒนาการอำเภอต้องทำอะไรเกี่ยวกับ ศส.ปชต.", D, {"agency": "CDD"})
add(CAT, "นายอำเภอต้องทำอะไรบ้างตามข้อตกลงความร่วมมือ", D, {"agency": "DOPA"})
add(CAT, "หน้าที่ สำนักงาน กกต. ตาม mou มีอะไรบ้าง", D, {"agency": "ECT"})
add(CAT, "ท้องถิ่นต้องบรรจุโครงการ ศส.ปชต. ในแผนด้วยเหรอคะ", D, {"agency": "DLA"})
add(CAT, "สบส.ต้องทำไรบ้างอ่ะ", D, {"agency": "HSS"})
add(CAT, "^กรมการพัฒนาชุมชนรับผิดชอบอะไรใน mou คะ", D, {"agency": "CDD"}, chat=G)
add(CAT, "ศพอส. ต้องทำอะไรกับ ศส.ปชต. บ้าง", D, {"agency": "DOP"}, note="ศพอส. is under DOP's duties")
add(CAT, "กรรมการหมู่บ้านต้องทำอะไรบ้างคะ ตามที่ตกลงกับ กกต.", D, {"agency": "DOPA"})
add(CAT, "เกณฑ์ อสม.ดีเด่น เกี่ยวกับ ศส.ปชต. ยังไง", D, {"agency": "HSS"}, note="HSS duty 4")
add(CAT, "หน้าที่กรมการปกครองข้อ ๕ คืออะไร", D, {"agency": "DOPA"}, note="kamnan/village-head evaluation")
# --- MOU
M = "mou_info"
add(CAT, "MOU นี้มีอายุกี่ปีคะ", M, {}, ["doc:mou_term_years"])
add(CAT, "บันทึกข้อตกลงกับกรมการพัฒนาชุมชนมีผลถึงเมื่อไหร่", M, {"agency": "CDD"}, ["doc:mou_term_years"],
    note="3 years from signing")
add(CAT, "ถ้าจะยกเลิก MOU ต้องแจ้งล่วงหน้ากี่วัน", M, {}, ["doc:notice_days"])
add(CAT, "ใครเป็นคนเซ็น MOU บ้างคะ", M, {})
add(CAT, "ขอแก้ไข MOU ได้มั้ย ต้องทำยังไง", M, {}, note="in writing, agreed and signed by both")
add(CAT, "หนังสือ มท ๐๘๑๘.๒/ว ๒๕๖๕ เรื่องอะไรคะ", M, {}, note="the covering letter")
add(CAT, "หนังสือแจ้งเรื่อง MOU ลงวันที่เท่าไหร่", M, {}, ["doc:letter_year_be"], note="1 ก.พ. 2565")
add(CAT, "@civicbot MOU ว่าด้วยเรื่องอะไร สรุปสั้นๆหน่อย", M, {}, chat=G)
add(CAT, "เลขาธิการ กกต. ที่ลงนามคือใคร", M, {"agency": "ECT"}, note="พ.ต.อ. จรุงวิทย์ (spelt two ways)")
add(CAT, "MOU เริ่มมีผลเมื่อไหร่", M, {}, note="from the day of signing")
add(CAT, "ใครเป็นพยานในการลงนาม mou กับพัฒนาชุมชน", M, {"agency": "CDD"})
add(CAT, "อธิบดีกรมส่งเสริมการปกครองท้องถิ่นที่ลงนามหนังสือชื่ออะไร", M, {"agency": "DLA"},
    note="นายประยูร รัตนเสนีย์")
add(CAT, "mouพลเมืองคุณภาพมีกี่ฉบับคะ", M, {}, note="two: ECT+4 departments, ECT+CDD")
# --- agency list
L = "agency_list"
add(CAT, "MOU มีหน่วยงานไหนบ้างคะ", L, {}, alt=["mou_info"])
add(CAT, "วิทยากรมาจากกี่หน่วยงาน", L, {}, ["doc:register_agencies"], alt=["mou_info"])
add(CAT, "บันทึกข้อตกลงฉบับแรกมีกรมอะไรบ้าง", L, {}, alt=["mou_info"])
add(CAT, "ภาคีเครือข่ายในข้อตกลงนี้มีใครบ้าง", L, {}, alt=["mou_info"])
# --- centres
C = "center_info"
add(CAT, "ศส.ปชต. คืออะไรคะ", C, {}, alt=["glossary"])
add(CAT, "ศูนย์ส่งเสริมพัฒนาประชาธิปไตยตั้งขึ้นเมื่อปีไหน", C, {}, ["doc:centre_founded_be"])
add(CAT, "ศส.ปชต. ทำงานร่วมกับ กศน. ใช่มั้ยคะ", C, {})
add(CAT, "ปี 64 ต้องตั้ง ศส.ปชต. กี่ศูนย์", C, {}, note="one tambon (one centre) per district")
add(CAT, "โครงการหมู่บ้านพลเมืองดีวิถีประชาธิปไตย คืออะไร", C, {})
add(CAT, "ศส.ปชต.ดีเด่น มีประกวดด้วยเหรอ", C, {}, note="ECT duty 5: contest and awards")
add(CAT, "^ใครเป็นกรรมการ ศส.ปชต. ได้บ้าง", C, {}, chat=G)
add(CAT, "ศส.ปชต.ต้องมีครบทุกตำบลภายในปีไหน", C, {}, note="fiscal year 2565")
# --- glossary
GL = "glossary"
add(CAT, "อสม. ย่อมาจากอะไรคะ", GL, {})
add(CAT, "ศพอส. คืออะไร", GL, {})
add(CAT, "วิทยากรขยายผลคืออะไร ต่างจากวิทยากรหลักยังไง", GL, {})
add(CAT, "พลเมืองคุณภาพ หมายถึงอะไร", GL, {}, alt=["center_info"])
add(CAT, "กศน. ย่อมาจาก?", GL, {})
add(CAT, "ศส.ปชต. ย่อมาจากอะไร", GL, {}, alt=["center_info"])
# --- contact
K = "contact"
add(CAT, "ขอเบอร์ติดต่อกรมส่งเสริมการปกครองท้องถิ่นหน่อยค่ะ", K, {}, ["doc:phone_ext"])
add(CAT, "เบอร์แฟกซ์เท่าไหร่ครับ", K, {}, ["doc:fax_last"])
add(CAT, "ผู้ประสานงานชื่ออะไรคะ", K, {}, note="นางจันทร์รัตน์ อารุณปัญญากุล")
add(CAT, "ถ้าจะสอบถามเพิ่มเติม ติดต่อใครได้บ้าง", K, {}, ["doc:phone_ext"])
add(CAT, "@civicbot โทรไปเบอร์ไหนคะ เรื่องวิทยากร", K, {}, ["doc:phone_ext"], chat=G)
add(CAT, "ติดต่อประสานงานเรื่องหนังสือ ว ๒๕๖๕ ได้ที่ไหน", K, {}, ["doc:phone_ext"])
# --- help / greeting
add(CAT, "น้องบอททำอะไรได้บ้างคะ", "help", {})
add(CAT, "@civicbot ใช้ยังไงอ่ะ งงๆ 😅", "help", {}, chat=G)
add(CAT, "สวัสดีค่ะ น้องบอท 🙏", "greeting", {})
add(CAT, "หวัดดีจ้า", "greeting", {})

# ============================================================== followup (60)
CAT = "followup"
N(CAT, ["โคราชมีวิทยากรกี่คนคะ", "แล้วขอนแก่นล่ะ"], "ขอนแก่น")
N(CAT, ["เชียงใหม่วิทยากรหลักกี่คน", "ขยายผลล่ะ"], "เชียงใหม่", ty="extended")
N(CAT, ["อุบลมีวิทยากรขยายผลกี่คน", "ของปกครองกี่คน"], "อุบลราชธานี", A="DOPA", ty="extended")
add(CAT, ["กรมการปกครองต้องทำอะไรบ้างใน MOU", "แล้ว สบส. ล่ะคะ"], "agency_duties", {"agency": "HSS"})
add(CAT, ["MOU มีอายุกี่ปี", "ถ้าจะยกเลิกก่อนต้องทำไง"], "mou_info", {}, ["doc:notice_days"])
N(CAT, ["สวัสดีค่ะ", "อยากทราบว่าร้อยเอ็ดมีวิทยากรหลักกี่คนคะ", "ผู้สูงอายุกี่คน"], "ร้อยเอ็ด", A="DOP",
  ty="core")
N(CAT, ["@civicbot บุรีรัมย์มีวิทยากรขยายผลกี่คน", "^สุรินทร์ด้วยค่ะ"], "สุรินทร์", ty="extended", chat=G)
N(CAT, ["เชียงใหม่วิทยากรหลักมีกี่คนคะ", "ลำพูนล่ะ"], "ลำพูน", ty="core")
add(CAT, ["ขอเบอร์โทรหน่อยค่ะ", "แฟกซ์ด้วย"], "contact", {}, ["doc:fax_last"])
add(CAT, ["ศส.ปชต. คืออะไร", "ตั้งมาตั้งแต่ปีไหนคะ"], "center_info", {}, ["doc:centre_founded_be"])
N(CAT, ["นครศรีธรรมราชมีวิทยากรหลักกี่คน", "ของท้องถิ่นมีมั้ย"], "นครศรีธรรมราช", A="DLA", ty="core")
N(CAT, ["ทั้งประเทศมีวิทยากรขยายผลกี่คนครับ", "หลักล่ะ"], ty="core")
RK(CAT, ["จังหวัดไหนมีวิทยากรรวมมากที่สุด", "อันดับ 2 ล่ะ"], None, n=(2,))
N(CAT, ["ขอนแก่นมีวิทยากรกี่คน", "เอาเฉพาะพัฒนาชุมชน"], "ขอนแก่น", A="CDD")
N(CAT, ["อยู่หาดใหญ่ค่ะ", "มีวิทยากรขยายผลกี่คนคะ"], "สงขลา", ty="extended", note="หาดใหญ่ → สงขลา")
N(CAT, ["กทม.มีวิทยากรไหม", "แล้วนนทบุรีล่ะ"], "นนทบุรี")
N(CAT, ["พิษณุโลกมีวิทยากรหลักกี่คน", "ผู้สูงอายุมีมั้ย"], "พิษณุโลก", A="DOP", ty="core")
N(CAT, ["สวัสดีครับ", "ถามหน่อยครับ อุดรมีวิทยากรกี่คน", "ของ อสม. ล่ะครับ"], "อุดรธานี", A="HSS",
  note="อสม. → HSS")
add(CAT, ["กรมพัฒนาชุมชนต้องทำอะไรบ้างคะ", "ข้อตกลงฉบับนี้กี่ปี"], "mou_info", {"agency": "CDD"},
    ["doc:mou_term_years"], note="the CDD MOU: 3 years")
N(CAT, ["วิทยากรหลักกับวิทยากรขยายผลต่างกันยังไง", "แล้วเชียงรายมีแบบไหนบ้าง"], "เชียงราย")
N(CAT, ["@civicbot ศรีสะเกษมีวิทยากรกี่คน", "^หลักไม่มีเลยเหรอ"], "ศรีสะเกษ", ty="core", chat=G)
N(CAT, ["ลพบุรีมีวิทยากรขยายผลกี่คน", "สระบุรีละ"], "สระบุรี", ty="extended")
N(CAT, ["วิทยากรขยายผลของ สบส. ที่โคราชกี่คน", "ปกครองล่ะ"], "นครราชสีมา", A="DOPA", ty="extended")
add(CAT, ["ใครลงนาม MOU ฝั่ง กกต.", "พยานมีใครบ้าง"], "mou_info", {})
add(CAT, ["อสม.ต้องทำอะไรบ้างตาม MOU", "แล้วผู้สูงอายุล่ะ"], "agency_duties", {"agency": "DOP"})
N(CAT, ["ตรังมีวิทยากรหลักกี่คน", "กระบี่ล่ะคะ"], "กระบี่", ty="core")
N(CAT, ["ภาคอีสานมีวิทยากรขยายผลรวมกี่คน", "ภาคใต้ล่ะ"], ty="extended", scope="@ใต้",
  note="region sum (six-region scheme, ใต้ 14 provinces)")
CMP(CAT, ["ขอนแก่นกับอุดร วิทยากรขยายผลที่ไหนเยอะกว่า", "แล้วหลักล่ะ"],
    ["c:ขอนแก่น", "c:อุดรธานี"], ty="core")
N(CAT, ["ชลบุรีมีวิทยากรกี่คน", "ขยายผลของท้องถิ่นกี่คน"], "ชลบุรี", A="DLA", ty="extended")
RK(CAT, ["จังหวัดไหนมีวิทยากรหลักเยอะสุด", "ของปกครองอย่างเดียวล่ะ"], "core", A="DOPA")
add(CAT, ["สวัสดีจ้า", "เบอร์ติดต่อผู้ประสานงานค่ะ"], "contact", {}, ["doc:phone_ext"])
N(CAT, ["ปัตตานีวิทยากรขยายผลกี่คน", "ยะลา", "นราธิวาสด้วย"], "นราธิวาส", ty="extended")
N(CAT, ["สุโขทัยมีวิทยากรกี่คน", "อืม แล้วสบส.ล่ะ"], "สุโขทัย", A="HSS")
N(CAT, ["@civicbot มุกดาหารมีวิทยากรขยายผลกี่คน", "^ขอบคุณค่ะ แล้วอำนาจเจริญล่ะคะ"], "อำนาจเจริญ",
  ty="extended", chat=G)
add(CAT, ["ศส.ปชต.ต้องครบทุกตำบลปีไหน", "ปีแรกตั้งกี่ศูนย์"], "center_info", {},
    note="2563: one tambon (one centre) per province")
N(CAT, ["ร้อยเอ็ดวิทยากรขยายผลกี่คน", "ผู้สูงอายุล่ะ"], "ร้อยเอ็ด", A="DOP", ty="extended")
N(CAT, ["แม่ฮ่องสอนมีวิทยากรหลักมั้ย", "งั้นขยายผลมีบ้างไหม"], "แม่ฮ่องสอน", ty="extended")
add(CAT, ["ขอเบอร์กองการเลือกตั้งท้องถิ่นค่ะ", "แล้วคนประสานงานชื่ออะไรคะ"], "contact", {},
    note="นางจันทร์รัตน์ อารุณปัญญากุล")
add(CAT, ["กกต.ต้องทำอะไรบ้าง", "แล้วท้องถิ่นล่ะ"], "agency_duties", {"agency": "DLA"})
N(CAT, ["พะเยามีวิทยากรกี่คน", "แล้วเชียงรายล่ะคะ มีหลักด้วยมั้ย"], "เชียงราย", ty="core")
N(CAT, ["@civicbot โคราชมีวิทยากรหลักกี่คน", "@civicbot ขยายผลด้วยครับ"], "นครราชสีมา",
  ty="extended", chat=G)
N(CAT, ["บุรีรัมย์ วิทยากรขยายผล", "เฉพาะท้องถิ่น"], "บุรีรัมย์", A="DLA", ty="extended")
RK(CAT, ["9 จังหวัดภาคเหนือมีวิทยากรขยายผลกี่คน", "จังหวัดไหนมากสุดในภาคนี้"], "extended",
   scope="@เหนือ", note="six-region North (9 provinces)")
add(CAT, ["MOU กับกรมพัฒนาชุมชนมีกี่ปีคะ", "แก้ไขได้ไหม"], "mou_info", {"agency": "CDD"},
    note="amendment in writing, both parties")
N(CAT, ["อ่างทองมีวิทยากรหลักกี่คน", "อ่างทองขยายผลกี่คน", "รวมเป็นเท่าไหร่"], "อ่างทอง",
  note="sum of both types (parts may be restated)")
N(CAT, ["วิทยากรขยายผลทั้งประเทศกี่คน", "ของกรมการปกครองล่ะ"], A="DOPA", ty="extended")
N(CAT, ["ขอถามค่ะ", "นครพนมมีวิทยากรกี่คน"], "นครพนม")
N(CAT, ["ปราจีนบุรีมีวิทยากรขยายผลกี่คน", "ฉะเชิงเทราล่ะ", "สระแก้ว"], "สระแก้ว", ty="extended")
add(CAT, ["หน้าที่กรมสนับสนุนบริการสุขภาพมีอะไรบ้าง", "ข้อ 4 คืออะไร"], "agency_duties",
    {"agency": "HSS"}, note="HSS duty 4: อสม. awards criteria")
N(CAT, ["เพชรบุรีมีวิทยากรกี่คนคะ", "แล้วราชบุรี"], "ราชบุรี")
N(CAT, ["สงขลามีวิทยากรหลักไหม", "งั้นขยายผลมีกี่คน"], "สงขลา", ty="extended")
N(CAT, ["ขอนแก่นมีวิทยากรหลักของปกครองกี่คน", "ทั้งจังหวัดรวมทุกกรมล่ะ"], "ขอนแก่น", ty="core",
  note="agency dropped by the user")
RK(CAT, ["@civicbot จังหวัดไหนวิทยากรขยายผลเยอะสุด", "^แล้วของท้องถิ่นล่ะ"], "extended", A="DLA", chat=G)
N(CAT, ["กาฬสินธุ์มีวิทยากรขยายผลกี่คน", "ของ พช. มีกี่คน"], "กาฬสินธุ์", A="CDD", ty="extended")
N(CAT, ["อุตรดิตถ์มีวิทยากรกี่คนครับ", "อุทัยธานีด้วยครับ"], "อุทัยธานี")
N(CAT, ["เลยมีวิทยากรขยายผลกี่คน", "ท้องถิ่นเยอะสุดเลยใช่มั้ย"], "เลย", A="DLA", ty="extended")
N(CAT, ["วิทยากรหลักสุรินทร์", "ขยายผลสุรินทร์"], "สุรินทร์", ty="extended")
N(CAT, ["สวัสดีครับบอท", "ผมอยู่อำเภอพิมายครับ", "ที่นี่มีวิทยากรหลักกี่คน"], "นครราชสีมา", ty="core",
  note="พิมาย → นครราชสีมา")
add(CAT, ["ใครเซ็นหนังสือนำส่ง MOU", "หนังสือลงวันที่เท่าไหร่"], "mou_info", {}, ["doc:letter_year_be"])
N(CAT, ["@civicbot สกลนครมีวิทยากรกี่คน", "^สบส.ไม่มีเลยหรอคะ"], "สกลนคร", A="HSS", chat=G)

# ============================================================== english (40)
CAT = "english"
N(CAT, "How many core trainers does Chiang Mai have?", "เชียงใหม่", ty="core")
N(CAT, "hi, how many trainers in Korat?", "นครราชสีมา")
N(CAT, "Ubon extended trainers from DOPA?", "อุบลราชธานี", A="DOPA", ty="extended")
RK(CAT, "Which province has the most extended trainers?", "extended")
add(CAT, "What does the Department of Local Administration have to do under the MOU?", "agency_duties",
    {"agency": "DLA"})
add(CAT, "how long is the MOU valid", "mou_info", {}, ["doc:mou_term_years"])
add(CAT, "What's a Democracy Promotion Centre?", "center_info", {}, alt=["glossary"])
add(CAT, "phone number for the coordinator pls", "contact", {}, ["doc:phone_ext"])
add(CAT, "fax number?", "contact", {}, ["doc:fax_last"])
add(CAT, "who signed the MOU", "mou_info", {})
N(CAT, "Does Bangkok have any trainers?", "กรุงเทพมหานคร")
N(CAT, "Total number of core trainers nationwide", ty="core")
add(CAT, "how many provinces have core trainers", "trainer_coverage", {"trainer_type": "core"}, ["n:c"],
    alt=["trainer_count"])
N(CAT, "trainers in Phuket from the elderly dept", "ภูเก็ต", A="DOP")
add(CAT, "What is อสม.?", "glossary", {})
add(CAT, "Can we end the MOU early?", "mou_info", {}, ["doc:notice_days"])
N(CAT, "Hat Yai how many extended trainers", "สงขลา", ty="extended", note="Hat Yai → สงขลา")
add(CAT, "What can you do?", "help", {})
add(CAT, "Hello!", "greeting", {})
add(CAT, "Which departments are part of the MOU?", "agency_list", {}, alt=["mou_info"])
CMP(CAT, "Compare Khon Kaen and Udon Thani extended trainers", ["e:ขอนแก่น", "e:อุดรธานี"], ty="extended")
N(CAT, "Northeast region total extended trainers?", ty="extended", scope="@อีสาน",
  note="Isan, 20 provinces")
add(CAT, "What does the CDD do in this agreement", "agency_duties", {"agency": "CDD"})
add(CAT, "@civicbot HSS duties?", "agency_duties", {"agency": "HSS"}, chat=G)
add(CAT, "ECT responsibilities under the MOU", "agency_duties", {"agency": "ECT"})
N(CAT, "How many extended trainers does Nakhon Si Thammarat have", "นครศรีธรรมราช", ty="extended")
N(CAT, "core trainers in Roi Et from the Department of Older Persons", "ร้อยเอ็ด", A="DOP", ty="core")
N(CAT, "korat DLA trainers", "นครราชสีมา", A="DLA")
add(CAT, "Who is the contact person for the letter", "contact", {})
add(CAT, "When were the Democracy Promotion Centres started?", "center_info", {},
    note="2557 BE = 2014 CE; no figure required since either era may be used")
N(CAT, "how many trainers in chiangrai pls", "เชียงราย")
N(CAT, "Lampang core trainers", "ลำปาง", ty="core")
N(CAT, "Is there any core trainer in Kanchanaburi?", "กาญจนบุรี", ty="core")
N(CAT, "sukhothai extended trainers by health dept", "สุโขทัย", A="HSS", ty="extended")
add(CAT, "What's the difference between core and extended trainers?", "glossary", {})
N(CAT, "^how many trainers does ubon have in total, core plus extended", "อุบลราชธานี", chat=G)
RK(CAT, "Which province has the most core trainers?", "core")
N(CAT, "Sisaket trainers pls 🙏", "ศรีสะเกษ")
add(CAT, "Tell me about the MOU with the Community Development Department", "mou_info", {"agency": "CDD"})
N(CAT, "how many trainers in โคราช from the health service dept?", "นครราชสีมา", A="HSS",
  note="English with a Thai place name")

# ============================================================== clarify (45)
CAT = "clarify"


def CL(texts, intent="trainer_count", slots=None, wrong=(), note="", chat="private"):
    add(CAT, texts, intent, slots or {}, list(wrong), reply="clarify", chat=chat,
        note=("figures = what a wrong guess would state; " if wrong else "") + note)


def cand(provs, letters=("e", "t")):
    return ["%s:%s" % (l, p) for p in provs for l in letters]


NAKHON = ["นครนายก", "นครปฐม", "นครพนม", "นครราชสีมา", "นครศรีธรรมราช", "นครสวรรค์"]
CL("นครมีวิทยากรกี่คน", wrong=cand(NAKHON, ("t",)), note="partial: six provinces start with นคร")
CL("สมุทรมีวิทยากรขยายผลกี่คนคะ", slots={"trainer_type": "extended"},
   wrong=cand(["สมุทรปราการ", "สมุทรสงคราม", "สมุทรสาคร"], ("e",)), note="partial: three สมุทร provinces")
CL("เชียง วิทยากรหลักกี่คน", slots={"trainer_type": "core"},
   wrong=cand(["เชียงใหม่", "เชียงราย"], ("c",)), note="partial: เชียงใหม่/เชียงราย")
CL("จังหวัดลำ...อะไรนะ ลืมชื่อ 555 มีวิทยากรกี่คน", wrong=cand(["ลำปาง", "ลำพูน"], ("t",)),
   note="partial: ลำปาง/ลำพูน")
CL("สระมีวิทยากรกี่คนคะ", wrong=cand(["สระแก้ว", "สระบุรี"], ("t",)), note="partial: สระแก้ว/สระบุรี")
CL("@civicbot เพชรมีวิทยากรกี่คนคะ", wrong=cand(["เพชรบุรี", "เพชรบูรณ์"], ("t",)), chat=G,
   note="partial: เพชรบุรี/เพชรบูรณ์")
CL("หนองบัวมีวิทยากรขยายผลกี่คน", slots={"trainer_type": "extended"},
   wrong=["e:หนองบัวลำภู", "e:นครสวรรค์"],
   note="หนองบัว: short for หนองบัวลำภู or อ.หนองบัว (นครสวรรค์)")
CL("ชัย มีวิทยากรขยายผลเท่าไหร่", slots={"trainer_type": "extended"},
   wrong=cand(["ชัยนาท", "ชัยภูมิ"], ("e",)), note="partial: ชัยนาท/ชัยภูมิ")
CL("จังหวัดสุ อะไรสักอย่างในภาคกลาง มีวิทยากรกี่คน", wrong=cand(["สุพรรณบุรี", "สุโขทัย"], ("t",)),
   note="partial: สุ- provinces in the central region (สุพรรณบุรี, สุโขทัย)")
CL("พระนครมีวิทยากรกี่คนคะ", wrong=["t:พระนครศรีอยุธยา"],
   note="เขตพระนคร (กรุงเทพมหานคร) or พระนครศรีอยุธยา")
CL("นครฯ มีวิทยากรขยายผลกี่คน", slots={"trainer_type": "extended"},
   wrong=["e:นครศรีธรรมราช", "e:นครราชสีมา"], note="นครฯ: นครศรีธรรมราช in the south, or any นคร-")
CL("อ.เมืองมีวิทยากรกี่คน", note="every province has an อำเภอเมือง")
CL("อำเภอเฉลิมพระเกียรติ มีวิทยากรขยายผลกี่คนคะ", slots={"trainer_type": "extended"},
   wrong=cand(["นครราชสีมา", "บุรีรัมย์", "สระบุรี", "นครศรีธรรมราช", "น่าน"], ("e",)),
   note="five provinces have an อ.เฉลิมพระเกียรติ")
CL("สุวรรณภูมิมีวิทยากรกี่คน", wrong=["t:ร้อยเอ็ด", "t:สมุทรปราการ"],
   note="อ.สุวรรณภูมิ (ร้อยเอ็ด) or the airport (สมุทรปราการ)")
CL("ตำบลบ้านใหม่ มีวิทยากรกี่คนคะ", note="tambon name found in many provinces")
CL("^บ้านหนองแวง มีวิทยากรขยายผลไหม", slots={"trainer_type": "extended"}, chat=G,
   note="village name found in many provinces")
CL("ที่บ้านเรามีวิทยากรกี่คนคะ", note="no place")
CL("จังหวัดเรามีวิทยากรหลักมั้ย", slots={"trainer_type": "core"}, note="no place")
CL("แถวนี้มีวิทยากรขยายผลกี่คน", slots={"trainer_type": "extended"}, note="no place")
CL("ขอยอดวิทยากรอำเภอเราหน่อยค่ะ", note="no place; also registers are by province only")
CL("@civicbot แล้วของเราล่ะ", intent="unknown", chat=G, note="no context, no place")
CL("เวียงจันทน์มีวิทยากรพลเมืองคุณภาพมั้ย", note="abroad (Laos)")
CL("ที่มาเลย์มีวิทยากรกี่คน", wrong=["e:เลย"], note="abroad (Malaysia); 'มาเลย์' contains เลย")
CL("เชียงตุงมีวิทยากรกี่คนครับ", wrong=["t:เชียงใหม่", "t:เชียงราย"], note="abroad (Myanmar)")
CL("ลูกสาวอยู่ญี่ปุ่นค่ะ ที่โน่นมีวิทยากรมั้ย 555", note="abroad")
CL("ปีนังมีวิทยากรขยายผลไหม", slots={"trainer_type": "extended"}, note="abroad (Malaysia)")
CL("เสียมราฐ มีวิทยากรกี่คน", note="abroad (Cambodia)")
CL("สิงคโปร์มีวิทยากรหลักไหมคะ", slots={"trainer_type": "core"}, wrong=["e:สิงห์บุรี"],
   note="abroad; sounds like สิงห์บุรี")
CL("สุวรรณเขตมีวิทยากรขยายผลกี่คน", slots={"trainer_type": "extended"}, note="abroad (Laos)")
CL("จังหวัดลานนามีวิทยากรกี่คน", note="no such province")
CL("จังหวัดโคราชใต้มีวิทยากรกี่คนครับ", wrong=["t:นครราชสีมา"], note="no such province")
CL("ขอรายชื่อวิทยากรหลักเชียงใหม่ทั้งหมดค่ะ", intent="trainer_list",
   slots={"province": "เชียงใหม่", "trainer_type": "core"}, note="names are not in the registers")
CL("เบอร์โทรวิทยากรขยายผลที่ขอนแก่น ขอหน่อยครับ", intent="trainer_list",
   slots={"province": "ขอนแก่น", "trainer_type": "extended"}, note="trainers' phones are not in the registers")
CL("วิทยากรที่โคราชเป็นผู้หญิงกี่คน", slots={"province": "นครราชสีมา"},
   note="no gender in the registers; a total given with that caveat is acceptable")
CL("วิทยากรอายุเกิน ๖๐ ปี ที่บุรีรัมย์มีกี่คน", slots={"province": "บุรีรัมย์"},
   note="no age in the registers")
CL("ปี 2566 อุบลมีวิทยากรขยายผลกี่คน", slots={"province": "อุบลราชธานี", "trainer_type": "extended"},
   note="only the 2563 register exists; 2563 figures with that caveat are acceptable")
CL("@civicbot วิทยากรของ กกต. ที่เชียงรายมีกี่คน", slots={"province": "เชียงราย", "agency": "ECT"}, chat=G,
   note="the registers hold five departments, not the ECT office")
CL("ตำบลเรามี ศส.ปชต. กี่แห่ง โคราชนะคะ", intent="center_info", slots={"province": "นครราชสีมา"},
   note="number of centres per province is not in the document")
CL("ผู้ผ่านการอบรมหลักสูตรพลเมืองคุณภาพที่ขอนแก่นมีกี่คน", slots={"province": "ขอนแก่น"},
   note="trainees, not trainers: not in the document")
CL("งบที่ กกต.จัดสรรให้หมู่บ้านละเท่าไหร่คะ", intent="mou_info", note="amounts are not in the document")
CL("วิทยากรขยายผลที่ลำปางจบการศึกษาอะไรบ้าง", intent="trainer_list",
   slots={"province": "ลำปาง", "trainer_type": "extended"}, note="education is not in the registers")
CL("วิทยากรหลักที่ตรังอยู่อำเภอไหนบ้าง", intent="trainer_list",
   slots={"province": "ตรัง", "trainer_type": "core"}, note="districts are not in the registers")
CL("ค่าตอบแทนวิทยากรพลเมืองคุณภาพได้ชั่วโมงละเท่าไหร่", intent="unknown", note="fees are not in the document")
CL("ขอไลน์วิทยากรที่อุบลหน่อยค่ะ", intent="trainer_list", slots={"province": "อุบลราชธานี"},
   note="contact ids are not in the registers")
CL("ปี 66 ทั้งประเทศมีวิทยากรหลักกี่คน", slots={"trainer_type": "core"},
   note="only the 2563 register; 2563 figure with that caveat is acceptable")

# ============================================================== district (30)
CAT = "district"
N(CAT, "อยู่ปากช่องค่ะ มีวิทยากรพลเมืองคุณภาพกี่คนคะ", "นครราชสีมา", note="ปากช่อง → นครราชสีมา")
N(CAT, "หาดใหญ่มีวิทยากรขยายผลกี่คน", "สงขลา", ty="extended", note="หาดใหญ่ → สงขลา")
N(CAT, "แม่สายมีวิทยากรกี่คนคะ", "เชียงราย", note="แม่สาย → เชียงราย")
N(CAT, "@civicbot พัทยามีวิทยากรหลักไหมครับ", "ชลบุรี", ty="core", chat=G, note="เมืองพัทยา → ชลบุรี")
N(CAT, "หัวหินมีวิทยากรขยายผลกี่คน", "ประจวบคีรีขันธ์", ty="extended", note="หัวหิน → ประจวบคีรีขันธ์")
N(CAT, "เกาะสมุยมีวิทยากรกี่คนจ้ะ", "สุราษฎร์ธานี", note="เกาะสมุย → สุราษฎร์ธานี")
N(CAT, "เบตงมีวิทยากรขยายผลของพัฒนาชุมชนกี่คน", "ยะลา", A="CDD", ty="extended", note="เบตง → ยะลา")
N(CAT, "แม่สอดมีวิทยากรกี่คน", "ตาก", note="แม่สอด → ตาก")
N(CAT, "ตากใบมีวิทยากรกี่คนคะ", "นราธิวาส", note="ตากใบ → นราธิวาส (not ตาก)")
N(CAT, "อ.ศรีเชียงใหม่ มีวิทยากรหลักกี่คน", "หนองคาย", ty="core",
  note="ศรีเชียงใหม่ is a district of หนองคาย, not เชียงใหม่")
N(CAT, "วารินชำราบมีวิทยากรขยายผลจากฝ่ายปกครองกี่คน", "อุบลราชธานี", A="DOPA", ty="extended",
  note="วารินชำราบ → อุบลราชธานี")
N(CAT, "ทุ่งสงมีวิทยากรหลักกี่คนครับ", "นครศรีธรรมราช", ty="core", note="ทุ่งสง → นครศรีธรรมราช")
N(CAT, "^สุไหงโกลกมีวิทยากร สบส. กี่คน", "นราธิวาส", A="HSS", chat=G, note="สุไหงโก-ลก → นราธิวาส")
N(CAT, "กันทรลักษ์ มีวิทยากรกี่คนคะ", "ศรีสะเกษ", note="กันทรลักษ์ → ศรีสะเกษ")
N(CAT, "เชียงคานมีวิทยากรขยายผลไหม", "เลย", ty="extended", note="เชียงคาน → เลย")
N(CAT, "นางรองมีวิทยากรหลักกี่คนคะ", "บุรีรัมย์", ty="core", note="นางรอง → บุรีรัมย์")
N(CAT, "อยู่ปายค่ะ วิทยากรขยายผลมีกี่คน", "แม่ฮ่องสอน", ty="extended", note="ปาย → แม่ฮ่องสอน")
N(CAT, "ปากเกร็ดมีวิทยากรกี่คน", "นนทบุรี", note="ปากเกร็ด → นนทบุรี")
N(CAT, "@civicbot รังสิตมีวิทยากรขยายผลกี่คนคะ", "ปทุมธานี", ty="extended", chat=G,
  note="รังสิต → ปทุมธานี")
N(CAT, "บ้านไผ่มีวิทยากรของท้องถิ่นกี่คน", "ขอนแก่น", A="DLA", note="บ้านไผ่ → ขอนแก่น")
N(CAT, "หล่มสักมีวิทยากรกี่คนครับ", "เพชรบูรณ์", note="หล่มสัก → เพชรบูรณ์")
N(CAT, "ศรีราชามีวิทยากรขยายผลของ สบส. กี่คน", "ชลบุรี", A="HSS", ty="extended", note="ศรีราชา → ชลบุรี")
N(CAT, "อัมพวามีวิทยากรขยายผลกี่คนคะ", "สมุทรสงคราม", ty="extended", note="อัมพวา → สมุทรสงคราม")
N(CAT, "บางปะอินมีวิทยากรกี่คน", "พระนครศรีอยุธยา", note="บางปะอิน → พระนครศรีอยุธยา")
N(CAT, "ฝางมีวิทยากรหลักของผู้สูงอายุกี่คน", "เชียงใหม่", A="DOP", ty="core", note="ฝาง → เชียงใหม่")
N(CAT, "เกาะช้างมีวิทยากรมั้ยคะ", "ตราด", note="เกาะช้าง → ตราด")
N(CAT, "ตาคลีมีวิทยากรหลักกี่คน", "นครสวรรค์", ty="core", note="ตาคลี → นครสวรรค์")
N(CAT, "ลับแลมีวิทยากรขยายผลกี่คน", "อุตรดิตถ์", ty="extended", note="ลับแล → อุตรดิตถ์")
N(CAT, "ป่าตองมีวิทยากรกี่คนครับ", "ภูเก็ต", note="ป่าตอง → ภูเก็ต")
N(CAT, "เดชอุดม วิทยากรขยายผล อสม. กี่คน", "อุบลราชธานี", A="HSS", ty="extended",
  note="เดชอุดม → อุบลราชธานี; อสม. → HSS")

# ============================================================== region (15)
CAT = "region"
RN = "region sum, six-region scheme"
N(CAT, "ภาคอีสานรวมมีวิทยากรขยายผลกี่คนคะ", ty="extended", scope="@อีสาน", note=RN + " (อีสาน 20)")
N(CAT, "อีสานทั้งภาค วิทยากรหลักรวมกันเท่าไหร่ครับ", ty="core", scope="@อีสาน", note=RN + " (อีสาน 20)")
N(CAT, "ภาคใต้ ๑๔ จังหวัด มีวิทยากรทั้งหมดกี่คน", scope="@ใต้", note=RN + " (ใต้ 14)")
N(CAT, "ภาคตะวันออกมีวิทยากรของพัฒนาชุมชนกี่คน", A="CDD", scope="@ตะวันออก", note=RN + " (ตะวันออก 7)")
N(CAT, "ภาคเหนือ 9 จังหวัด รวมวิทยากรขยายผลได้กี่คนคะ", ty="extended", scope="@เหนือ",
  note=RN + " (เหนือ 9)")
RK(CAT, "ในภาคอีสาน จังหวัดไหนมีวิทยากรขยายผลเยอะสุด", "extended", scope="@อีสาน")
RK(CAT, "@civicbot ภาคเหนือจังหวัดไหนวิทยากรหลักมากที่สุด", "core", scope="@เหนือ", chat=G,
   note="six-region North (9)")
RK(CAT, "ภาคตะวันออกจังหวัดไหนมีวิทยากรขยายผลมากสุดคะ", "extended", scope="@ตะวันออก")
N(CAT, "ภาคตะวันตกมีวิทยากรหลักกี่คน ได้ยินว่ามีจังหวัดเดียว", ty="core", scope="@ตะวันตก",
  note=RN + " (ตะวันตก 5: กาญจนบุรี ตาก ประจวบฯ เพชรบุรี ราชบุรี)")
N(CAT, "ภาคใต้ วิทยากรขยายผลของ สบส. รวมเท่าไร", A="HSS", ty="extended", scope="@ใต้", note=RN)
add(CAT, "ภาคอีสานมีกี่จังหวัดที่มีวิทยากรหลัก", "trainer_coverage", {"trainer_type": "core"},
    ["n:c:@อีสาน"], alt=["trainer_count"], note="count of Isan provinces in the core register")
N(CAT, "สามจังหวัดชายแดนใต้ ปัตตานี ยะลา นราฯ รวมกันมีวิทยากรขยายผลกี่คน", ty="extended",
  scope="ปัตตานี+ยะลา+นราธิวาส", note="sum of three named provinces; no single province slot")
N(CAT, "^ภาคอีสานวิทยากรหลักของปกครองรวมกี่คน", A="DOPA", ty="core", scope="@อีสาน", chat=G, note=RN)
CMP(CAT, "ภาคเหนือ 9 จว. กับภาคใต้ 14 จว. ภาคไหนมีวิทยากรขยายผลมากกว่ากัน", ["e:@เหนือ", "e:@ใต้"], ty="extended",
    note="six-region scheme (เหนือ 9, ใต้ 14)")
N(CAT, "๕ จังหวัดภาคตะวันตก วิทยากรขยายผลรวมกี่คนครับ", ty="extended", scope="@ตะวันตก", note=RN)

# ============================================================== comparison (15)
CAT = "comparison"
CMP(CAT, "โคราชกับขอนแก่น ที่ไหนมีวิทยากรขยายผลมากกว่ากันคะ", ["e:นครราชสีมา", "e:ขอนแก่น"], ty="extended")
CMP(CAT, "เชียงใหม่ vs เชียงราย วิทยากรหลักใครเยอะกว่า", ["c:เชียงใหม่", "c:เชียงราย"], ty="core")
CMP(CAT, "อุบลฯกับศรีสะเกษ รวมทั้งหลักทั้งขยายผล ที่ไหนมากกว่า", ["t:อุบลราชธานี", "t:ศรีสะเกษ"])
CMP(CAT, "บุรีรัมย์กับสุรินทร์วิทยากรขยายผลต่างกันกี่คน", ["e:บุรีรัมย์", "e:สุรินทร์"], ty="extended",
    note="the difference may also be stated")
CMP(CAT, "ที่ร้อยเอ็ด วิทยากรขยายผลของท้องถิ่นกับปกครองอันไหนเยอะกว่า", ["e:ร้อยเอ็ด:DLA", "e:ร้อยเอ็ด:DOPA"],
    ty="extended", P="ร้อยเอ็ด")
CMP(CAT, "ทั้งประเทศ วิทยากรหลักของปกครองกับของผู้สูงอายุ ใครมากกว่า", ["c:*:DOPA", "c:*:DOP"], ty="core")
CMP(CAT, "@civicbot สบส. กับ พช. ทั่วประเทศ ขยายผลใครเยอะกว่ากัน", ["e:*:HSS", "e:*:CDD"], ty="extended",
    chat=G)
CMP(CAT, "ภูเก็ตกับกระบี่วิทยากรขยายผลเท่ากันป่าว", ["e:ภูเก็ต", "e:กระบี่"], ty="extended")
CMP(CAT, "หนองคายกับอุดร วิทยากรหลักที่ไหนเยอะกว่าคะ", ["c:หนองคาย", "c:อุดรธานี"], ty="core")
CMP(CAT, "ลำปางลำพูน ขยายผลใครมากกว่า", ["e:ลำปาง", "e:ลำพูน"], ty="extended")
CMP(CAT, "ตรังกับพัทลุง วิทยากรหลักเท่ากันมั้ย", ["c:ตรัง", "c:พัทลุง"], ty="core")
CMP(CAT, "^สงขลากับนครศรี ขยายผลต่างกันเท่าไร", ["e:สงขลา", "e:นครศรีธรรมราช"], ty="extended", chat=G)
CMP(CAT, "ที่อุบล วิทยากรหลักของปกครองกับ สบส. ต่างกันกี่คน", ["c:อุบลราชธานี:DOPA", "c:อุบลราชธานี:HSS"],
    ty="core", P="อุบลราชธานี", note="HSS core is 0 in อุบล: left out, reply says none")
CMP(CAT, "กทม กับ นนทบุรี ใครมีวิทยากรขยายผลมากกว่า", ["e:กรุงเทพมหานคร", "e:นนทบุรี"], ty="extended",
    note="กทม. has none: left out")
CMP(CAT, "จ.เลย วิทยากรขยายผลของท้องถิ่นกับของผู้สูงอายุ อันไหนมากกว่ากัน", ["e:เลย:DLA", "e:เลย:DOP"],
    ty="extended", P="เลย")

# ============================================================== silent (15)
CAT = "silent"


def S(text, note=""):
    add(CAT, text, "unknown", {}, [], reply="silent", chat=G, note=note or "group chatter, not addressed")


S("ขอบคุณทุกคนที่มาประชุมวันนี้นะคะ 🙏")
S("แจ้งข่าวค่ะ พรุ่งนี้ 9 โมง ประชุม ศส.ปชต. ที่ศาลาวัดนะคะ")
S("เมื่อกี้ถามมาแล้ว โคราชมีวิทยากรขยายผล 47 คน ตามนี้นะคะทุกคน", note="relayed figure")
S("ส่งรูปอบรมวิทยากรเมื่อวานค่ะ 📷📷")
S("555 ตลกมากกก")
S("ใครว่างบ้าง เสาร์นี้ไปช่วยงานบุญบ้านป้าแดงหน่อย")
S("ฝนตกหนักมาก ตากผ้าไว้เปียกหมดเลย", note="contains ตาก and เลย as ordinary words")
S("สวัสดีวันจันทร์ค่ะ 🌸🌸")
S("ประชาสัมพันธ์ กกต.จังหวัดรับสมัครกรรมการประจำหน่วยเลือกตั้ง สนใจติดต่อ อบต.ได้เลยค่ะ")
S("ลุงสมชายฝากบอกว่า วิทยากรขยายผลของ อบต.เรามาครบ 3 คนแล้วนะ", note="relayed figure")
S("@civicbot หวยงวดนี้ออกอะไรครับ 😂", note="tags the bot, off-domain")
S("@civicbot ร้องเพลงให้ฟังหน่อย", note="tags the bot, off-domain")
S("@civicbot พรุ่งนี้ฝนจะตกมั้ย ลุงจะไปนา", note="tags the bot, off-domain")
S("@civicbot ส้มตำร้านไหนอร่อยแถวตลาด", note="tags the bot, off-domain")
S("อสม.หมู่ 5 ใครยังไม่ส่งรายงานเดือนนี้ รีบส่งนะคะ")


# ============================================================== write
def main():
    expected = {"ordinary": 180, "followup": 60, "english": 40, "clarify": 45, "district": 30,
                "region": 15, "comparison": 15, "silent": 15}
    got = {}
    for c in CASES:
        got[c[0]] = got.get(c[0], 0) + 1
    if got != expected:
        raise SystemExit("category counts %s != %s" % (got, expected))
    order = list(expected)
    cases = sorted(CASES, key=lambda c: order.index(c[0]))  # stable within category
    specs = {}
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
        for i, (cat, turns, exp, sp, note) in enumerate(cases, 1):
            cid = "b10-%04d" % i
            specs[cid] = sp
            rec = {"id": cid, "category": cat, "turns": turns, "expect": exp, "note": note}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "specs.json"), "w", encoding="utf-8") as f:
        json.dump(specs, f, ensure_ascii=False, indent=0)
    print("wrote messages.jsonl (%d cases) and specs.json" % len(cases), got)


if __name__ == "__main__":
    main()
