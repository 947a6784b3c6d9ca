#!/usr/bin/env python3
"""Write messages.jsonl: 400 blind test cases for CivicBot (batch b11).

Every expected figure is computed from figures.json through a spec written in the case;
the spec list is recorded at the end of each case's note ("specs: ...") so validate.py can
re-derive it from its own parse of the seed.

Spec language (one figure per spec; "A+B" adds figures):
  c:X[:AG]  e:X[:AG]  t:X[:AG]    core / extended / both, X = province, * (whole country)
                                  or @region; AG one of DOPA DLA HSS CDD DOP
  top:T[:AG][@R]                  largest province value (error if the top is tied)
  rank:N:T[:AG][@R]               N-th largest province value (error if tied around N)
  topag:T:X / lowag:T:X           largest / smallest department column within X (error if tied)
  topreg:T[:AG] / lowreg:T[:AG]   largest / smallest region sum (error if tied)
  n:T[:AG][@R] / z:T[:AG][@R]     number of provinces with a non-zero / zero value
Shorthands expanded here before recording: P:X -> c:X e:X t:X ; PA:X:AG -> c:X:AG e:X:AG t:X:AG ;
R:@r[:AG] -> c/e/t of the region ; N: -> c:* e:* t:* ; NA:AG -> c:*:AG e:*:AG t:*:AG.
Figures = the values in order, zeros dropped, duplicates dropped.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIG = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
AGS = FIG["agencies"]
PROVS = FIG["provinces"]
REGIONS = FIG["regions"]
REGION_TH = {"north": "ภาคเหนือ", "northeast": "ภาคตะวันออกเฉียงเหนือ", "central": "ภาคกลาง",
             "east": "ภาคตะวันออก", "west": "ภาคตะวันตก", "south": "ภาคใต้"}


# ---------------------------------------------------------------- spec evaluation
def cellv(typ, prov, ag):
    def one(reg):
        row = FIG[reg].get(prov, {})
        return row.get(ag, 0) if ag else sum(row.values())
    if typ == "c":
        return one("core")
    if typ == "e":
        return one("extended")
    if typ == "t":
        return one("core") + one("extended")
    raise ValueError("bad type " + typ)


def scope_provs(x):
    if x == "*":
        return list(PROVS)
    if x.startswith("@"):
        return list(REGIONS[x[1:]])
    if x not in PROVS:
        raise ValueError("unknown province " + x)
    return [x]


def split_region(rest):
    if "@" in rest:
        a, r = rest.split("@", 1)
        return a, "@" + r
    return rest, "*"


def unique_extreme(pairs, largest=True):
    vals = sorted((v for _, v in pairs), reverse=largest)
    if len(vals) > 1 and vals[0] == vals[1]:
        raise ValueError("tie at the extreme: %r" % (sorted(pairs, key=lambda p: -p[1])[:4],))
    return vals[0]


def ev_term(s):
    parts = s.split(":")
    head = parts[0]
    if head in ("c", "e", "t"):
        x = parts[1]
        ag = parts[2] if len(parts) > 2 else None
        if ag and ag not in AGS:
            raise ValueError("bad agency " + ag)
        return sum(cellv(head, p, ag) for p in scope_provs(x))
    if head in ("top", "rank", "n", "z"):
        body, sc = split_region(s)
        parts = body.split(":")
        if head == "rank":
            n = int(parts[1])
            parts = parts[1:]
        else:
            n = 1
        typ = parts[1]
        ag = parts[2] if len(parts) > 2 else None
        vals = sorted((cellv(typ, p, ag) for p in scope_provs(sc)), reverse=True)
        if head == "n":
            return sum(1 for v in vals if v > 0)
        if head == "z":
            return sum(1 for v in vals if v == 0)
        if n < len(vals) and vals[n - 1] == vals[n]:
            raise ValueError("tie at rank %d in %s" % (n, s))
        if n > 1 and vals[n - 2] == vals[n - 1]:
            raise ValueError("tie at rank %d in %s" % (n, s))
        return vals[n - 1]
    if head in ("topag", "lowag"):
        typ, x = parts[1], parts[2]
        pairs = [(ag, sum(cellv(typ, p, ag) for p in scope_provs(x))) for ag in AGS]
        return unique_extreme(pairs, head == "topag")
    if head in ("topreg", "lowreg"):
        typ = parts[1]
        ag = parts[2] if len(parts) > 2 else None
        pairs = [(r, sum(cellv(typ, p, ag) for p in ps)) for r, ps in REGIONS.items()]
        return unique_extreme(pairs, head == "topreg")
    raise ValueError("bad spec " + s)


def ev(spec):
    return sum(ev_term(t) for t in spec.split("+"))


def expand(specs):
    out = []
    for s in specs.split():
        head, _, rest = s.partition(":")
        if head == "P":
            out += ["c:" + rest, "e:" + rest, "t:" + rest]
        elif head == "PA" or head == "R":
            out += ["c:" + rest, "e:" + rest, "t:" + rest]
        elif head == "N":
            out += ["c:*", "e:*", "t:*"]
        elif head == "NA":
            out += ["c:*:" + rest, "e:*:" + rest, "t:*:" + rest]
        else:
            out.append(s)
    return out


def figures_of(specs):
    figs = []
    for s in specs:
        v = ev(s)
        if v and v not in figs:
            figs.append(v)
    return figs


# ---------------------------------------------------------------- case builders
CASES = []
SLOTKEY = {"p": "province", "a": "agency", "t": "trainer_type"}
TYPEVAL = {"c": "core", "e": "extended"}


def pv(*texts):
    return [{"text": t, "chat_type": "private", "reply_to_bot": False} for t in texts]


def gp(*texts):
    out = []
    for t in texts:
        rtb = t.startswith("^")
        out.append({"text": t[1:] if rtb else t, "chat_type": "group", "reply_to_bot": rtb})
    return out


def parse_slots(s):
    d = {}
    for tok in s.split():
        k, v = tok.split("=", 1)
        if k == "t":
            v = TYPEVAL[v]
        d[SLOTKEY[k]] = v
    return d


def C(cat, turns, intent, slots="", specs="", reply="answer", note="", alt=None, lang="th"):
    specl = expand(specs)
    exp = {"intent": intent, "slots": parse_slots(slots), "figures": figures_of(specl),
           "reply": reply, "lang": lang}
    if alt:
        exp["intent_alt"] = alt
    n = note
    if specl:
        n = (n + " | " if n else "") + "specs: " + " ; ".join(specl)
    CASES.append({"category": cat, "turns": turns, "expect": exp, "note": n})


COV = ["trainer_count"]          # intent_alt for rankings / comparisons
CNT = ["trainer_coverage"]

# ================================================================ ordinary (140)
O = "ordinary"
# --- trainer_count, province, no type -> core, extended, sum
C(O, pv("จังหวัดขอนแก่นมีวิทยากรพลเมืองคุณภาพกี่คนคะ"), "trainer_count", "p=ขอนแก่น", "P:ขอนแก่น")
C(O, gp("@civicbot โคราชมีวิทยากรทั้งหมดกี่คนครับ"), "trainer_count", "p=นครราชสีมา", "P:นครราชสีมา",
  note="โคราช = นครราชสีมา")
C(O, pv("อยากทราบจำนวนวิทยากรหลักสูตรพลเมืองคุณภาพของจังหวัดสุรินทร์ค่ะ"), "trainer_count",
  "p=สุรินทร์", "P:สุรินทร์")
C(O, pv("ศรีสะเกษ มีวิทยากร กี่ คน"), "trainer_count", "p=ศรีสะเกษ", "P:ศรีสะเกษ",
  note="stray spaces; no core trainers so only extended")
C(O, pv("วิทยากร พลเมือง คุณภาพ จ.น่าน มีเท่าไหร่ครับ"), "trainer_count", "p=น่าน", "P:น่าน")
C(O, gp("@civicbot รบกวนสอบถามค่ะ จังหวัดพังงามีวิทยากรหลักสูตรพลเมืองคุณภาพอยู่กี่ท่านคะ"),
  "trainer_count", "p=พังงา", "P:พังงา")
C(O, pv("ชัยภูมิมีวิทยากรไหมคะ"), "trainer_count", "p=ชัยภูมิ", "P:ชัยภูมิ")
C(O, pv("กรุงเทพมีวิทยากรพลเมืองคุณภาพกี่คน"), "trainer_count", "p=กรุงเทพมหานคร", "P:กรุงเทพมหานคร",
  note="Bangkok: no core row, extended row all '-': reply must say there are none")
C(O, pv("ขอยอดวิทยากรอุดรหน่อยจ้า"), "trainer_count", "p=อุดรธานี", "P:อุดรธานี",
  note="อุดร = อุดรธานี (printed อุตรธานี in the extended register)")
C(O, pv("วิทยากรของจังหวัดกำแพงเพชรมีกี่คนครับผม"), "trainer_count", "p=กำแพงเพชร", "P:กำแพงเพชร")
C(O, pv("ลพบุรีมีวิทยากรหลักกับขยายผลรวมกันกี่คน"), "trainer_count", "p=ลพบุรี", "P:ลพบุรี",
  note="both types named: core, extended and the sum")
C(O, pv("นครศรีฯ มีวิทยากรกี่คนคะ"), "trainer_count", "p=นครศรีธรรมราช", "P:นครศรีธรรมราช")
C(O, pv("แปดริ้วมีวิทยากรพลเมืองคุณภาพไหม"), "trainer_count", "p=ฉะเชิงเทรา", "P:ฉะเชิงเทรา",
  note="แปดริ้ว = ฉะเชิงเทรา (nickname)")
C(O, pv("เชียงไหม่มีวิทยากรกีคน"), "trainer_count", "p=เชียงใหม่", "P:เชียงใหม่",
  note="misspelt เชียงใหม่, missing tone mark in กี่")
C(O, pv("ร้อยเอด มีวิทยากร เท่าไหร"), "trainer_count", "p=ร้อยเอ็ด", "P:ร้อยเอ็ด",
  note="missing ็ and ่")
C(O, pv("สวัสดีค่ะ ขอถามว่าจังหวัดมุกดาหารมีวิทยากรพลเมืองคุณภาพกี่คนคะ ขอบคุณค่ะ"),
  "trainer_count", "p=มุกดาหาร", "P:มุกดาหาร")
C(O, pv("ภูเก็ตมีวิทยากรป่าวครับ"), "trainer_count", "p=ภูเก็ต", "P:ภูเก็ต")
C(O, pv("จ.อยุธยา วิทยากรหลักสูตรพลเมืองคุณภาพ มีกี่ราย"), "trainer_count", "p=พระนครศรีอยุธยา",
  "P:พระนครศรีอยุธยา")
C(O, gp("@civicbot ตากมีวิทยากรกี่คนคับ"), "trainer_count", "p=ตาก", "P:ตาก")
C(O, pv("สุพรรณมีวิทยากรพลเมืองคุณภาพทั้งหมดเท่าไหร่"), "trainer_count", "p=สุพรรณบุรี", "P:สุพรรณบุรี")
C(O, pv("ที่ จ.อุตรดิตถ์ มีคนเป็นวิทยากรพลเมืองคุณภาพกี่คนเหรอคะ"), "trainer_count", "p=อุตรดิตถ์",
  "P:อุตรดิตถ์")
# --- trainer_count, province + type
C(O, pv("วิทยากรหลักของเชียงรายมีกี่คน"), "trainer_count", "p=เชียงราย t=c", "c:เชียงราย")
C(O, pv("อุบลมีวิทยากรขยายผลกี่คนคะ"), "trainer_count", "p=อุบลราชธานี t=e", "e:อุบลราชธานี")
C(O, gp("@civicbot สงขลามีวิทยากรหลักไหมครับ"), "trainer_count", "p=สงขลา t=c", "c:สงขลา",
  note="สงขลา has no core trainers: reply says none")
C(O, pv("จำนวนวิทยากรขยายผล จ.บุรีรัมย์"), "trainer_count", "p=บุรีรัมย์ t=e", "e:บุรีรัมย์")
C(O, pv("วิทยากรหลัก สตูล"), "trainer_count", "p=สตูล t=c", "c:สตูล")
C(O, pv("จ.เลยมีวิทยากรขยายผลเท่าไหร่ครับ"), "trainer_count", "p=เลย t=e", "e:เลย",
  note="เลย is also an everyday word")
C(O, pv("วิทยากรหลักสูตรพลเมืองคุณภาพระดับวิทยากรหลักในจังหวัดพิษณุโลกมีจำนวนเท่าใด"),
  "trainer_count", "p=พิษณุโลก t=c", "c:พิษณุโลก", note="formal register")
C(O, pv("นครปฐม วิทยากรขยายพล กี่คน"), "trainer_count", "p=นครปฐม t=e", "e:นครปฐม",
  note="voice typing: ขยายพล = ขยายผล")
C(O, gp("@civicbot หนองบัวลำภูมีวิทยากรหลักกี่คนคะ"), "trainer_count", "p=หนองบัวลำภู t=c",
  "c:หนองบัวลำภู", note="no core trainers: reply says none")
C(O, pv("วิทยากรหลักจังหวัดอ่างทองมีเท่าไร"), "trainer_count", "p=อ่างทอง t=c", "c:อ่างทอง")
C(O, pv("ตรังมีวิทยาการหลักกี่คนคะ"), "trainer_count", "p=ตรัง t=c", "c:ตรัง",
  note="typo วิทยาการ for วิทยากร")
C(O, gp("@civicbot แพร่ วิทยากรขยายผล"), "trainer_count", "p=แพร่ t=e", "e:แพร่")
C(O, pv("วิทยากรหลักสุราษฎร์มีกี่คน"), "trainer_count", "p=สุราษฎร์ธานี t=c", "c:สุราษฎร์ธานี")
C(O, pv("ขอทราบจำนวนวิทยากรขยายผลของจังหวัดนนทบุรีด้วยครับ"), "trainer_count", "p=นนทบุรี t=e",
  "e:นนทบุรี")
C(O, pv("ลำพูนมีวิทยากรหลักหรือเปล่าคะ"), "trainer_count", "p=ลำพูน t=c", "c:ลำพูน",
  note="no core trainers")
C(O, pv("สมุทรปราการ วิทยากรหลัก มีกี่คน"), "trainer_count", "p=สมุทรปราการ t=c", "c:สมุทรปราการ")
C(O, pv("วิทยากร ขยาย ผล จังหวัด มหา สาร คาม"), "trainer_count", "p=มหาสารคาม t=e", "e:มหาสารคาม",
  note="words split by stray spaces")
C(O, pv("หนองคายมีวิทยากรหลักกี่คนครับ"), "trainer_count", "p=หนองคาย t=c", "c:หนองคาย")
C(O, pv("แม่ฮ่องสอนมีวิทยากรขยายผลกี่คน"), "trainer_count", "p=แม่ฮ่องสอน t=e", "e:แม่ฮ่องสอน")
C(O, pv("จ.ยโสธร วิทยากรขยายผล มีทั้งหมด ๑๕ คนใช่ไหมคะ"), "trainer_count", "p=ยโสธร t=e", "e:ยโสธร",
  note="user checks a number written in Thai digits")
# --- trainer_count with a department
C(O, pv("วิทยากรหลักของกรมการปกครองในอุบลมีกี่คน"), "trainer_count", "p=อุบลราชธานี a=DOPA t=c",
  "c:อุบลราชธานี:DOPA")
C(O, pv("ร้อยเอ็ดมีวิทยากรขยายผลของท้องถิ่นกี่คน"), "trainer_count", "p=ร้อยเอ็ด a=DLA t=e",
  "e:ร้อยเอ็ด:DLA")
C(O, gp("@civicbot นครราชสีมา สบส. ขยายผล กี่คนคะ"), "trainer_count", "p=นครราชสีมา a=HSS t=e",
  "e:นครราชสีมา:HSS")
C(O, pv("วิทยากรสายพัฒนาชุมชนของเชียงใหม่มีกี่คน"), "trainer_count", "p=เชียงใหม่ a=CDD",
  "PA:เชียงใหม่:CDD")
C(O, pv("กรมกิจการผู้สูงอายุ มีวิทยากรหลักในเชียงใหม่กี่คน"), "trainer_count",
  "p=เชียงใหม่ a=DOP t=c", "c:เชียงใหม่:DOP")
C(O, pv("ตรังมีวิทยากรขยายผลของ สบส. ไหม"), "trainer_count", "p=ตรัง a=HSS t=e", "e:ตรัง:HSS",
  note="cell is '-': reply says none")
C(O, pv("อสม. อย่างเราๆ สังกัด สบส. ใช่ไหมคะ แล้ววิทยากรขยายผลของ สบส. ที่สกลนครมีกี่คน"),
  "trainer_count", "p=สกลนคร a=HSS t=e", "e:สกลนคร:HSS", note="cell is '-': reply says none")
C(O, gp("@civicbot ฝ่ายปกครอง กาฬสินธุ์ ขยายผลกี่คน"), "trainer_count", "p=กาฬสินธุ์ a=DOPA t=e",
  "e:กาฬสินธุ์:DOPA")
C(O, pv("วิทยากรกรมผู้สูงอายุ ร้อยเอ็ด"), "trainer_count", "p=ร้อยเอ็ด a=DOP", "PA:ร้อยเอ็ด:DOP",
  note="core 2, extended '-'")
C(O, pv("พช.ชัยนาทมีวิทยากรขยายผลกี่คนครับ"), "trainer_count", "p=ชัยนาท a=CDD t=e",
  "e:ชัยนาท:CDD")
C(O, pv("กรมส่งเสริมการปกครองท้องถิ่น จังหวัดเลย วิทยากรขยายผล"), "trainer_count",
  "p=เลย a=DLA t=e", "e:เลย:DLA")
C(O, pv("ขอนแก่น กรมการปกครอง วิทยากรหลัก+ขยายผล"), "trainer_count", "p=ขอนแก่น a=DOPA",
  "PA:ขอนแก่น:DOPA")
C(O, gp("@civicbot ของกรมผู้สูงอายุในบึงกาฬมีวิทยากรขยายผลไหม"), "trainer_count",
  "p=บึงกาฬ a=DOP t=e", "e:บึงกาฬ:DOP", note="cell is '-'")
C(O, pv("วิทยากรหลักสายท้องถิ่นนครศรีธรรมราชมีกี่คน"), "trainer_count",
  "p=นครศรีธรรมราช a=DLA t=c", "c:นครศรีธรรมราช:DLA", note="cell is '-'")
C(O, pv("แม่ฮ่องสอน พัฒนาชุมชน ขยายผล มีมั้ย"), "trainer_count", "p=แม่ฮ่องสอน a=CDD t=e",
  "e:แม่ฮ่องสอน:CDD", note="cell is '-'")
C(O, pv("สุราษฎร์ธานีมีวิทยากรขยายผลจากกรมกิจการผู้สูงอายุกี่คน"), "trainer_count",
  "p=สุราษฎร์ธานี a=DOP t=e", "e:สุราษฎร์ธานี:DOP", note="cell is '-'")
C(O, pv("ลำปางมีวิทยากรหลักจากกรมการปกครองไหมคะ"), "trainer_count", "p=ลำปาง a=DOPA t=c",
  "c:ลำปาง:DOPA", note="cell is '-'")
C(O, pv("ชุมพร วิทยากรขยายผลกรมกิจการผู้สูงอายุ"), "trainer_count", "p=ชุมพร a=DOP t=e",
  "e:ชุมพร:DOP")
C(O, pv("อุบลราชธานี ปค. ขยายผล"), "trainer_count", "p=อุบลราชธานี a=DOPA t=e",
  "e:อุบลราชธานี:DOPA", note="ปค. = กรมการปกครอง")
C(O, gp("@civicbot ท้องถิ่นสมุทรสาครขยายผลกี่คนครับ"), "trainer_count", "p=สมุทรสาคร a=DLA t=e",
  "e:สมุทรสาคร:DLA")
C(O, pv("สถ. มีวิทยากรขยายผลในพัทลุงกี่คนครับ"), "trainer_count", "p=พัทลุง a=DLA t=e",
  "e:พัทลุง:DLA", note="สถ. = กรมส่งเสริมการปกครองท้องถิ่น")
C(O, pv("วิทยากรขยายผลของกรมสนับสนุนบริการสุขภาพ จ.พระนครศรีอยุธยา"), "trainer_count",
  "p=พระนครศรีอยุธยา a=HSS t=e", "e:พระนครศรีอยุธยา:HSS")
# --- whole country
C(O, pv("ทั้งประเทศมีวิทยากรหลักกี่คน"), "trainer_count", "t=c", "c:*")
C(O, pv("วิทยากรขยายผลทั่วประเทศมีทั้งหมดเท่าไหร่คะ"), "trainer_count", "t=e", "e:*")
C(O, pv("ทั่วประเทศมีวิทยากรพลเมืองคุณภาพรวมกี่คน"), "trainer_count", "", "N:")
C(O, gp("@civicbot วิทยากรหลักของกรมการปกครองทั้งประเทศ"), "trainer_count", "a=DOPA t=c", "c:*:DOPA")
C(O, pv("กรมพัฒนาชุมชนมีวิทยากรขยายผลทั่วประเทศกี่คน"), "trainer_count", "a=CDD t=e", "e:*:CDD",
  note="agency named กรมพัฒนาชุมชน as in the register header")
C(O, pv("สบส. มีวิทยากรทั้งหมดกี่คนทั่วประเทศ"), "trainer_count", "a=HSS", "NA:HSS")
C(O, pv("ทะเบียนวิทยากรหลักปี 63 มีกี่คน"), "trainer_count", "t=c", "c:*",
  note="ปี 63 = 2563, the register's year")
# --- coverage / rankings
C(O, pv("จังหวัดไหนมีวิทยากรขยายผลมากที่สุด"), "trainer_coverage", "t=e", "top:e", alt=COV,
  note="นครราชสีมา")
C(O, pv("จังหวัดไหนมีวิทยากรหลักเยอะสุด"), "trainer_coverage", "t=c", "top:c", alt=COV,
  note="อุบลราชธานี")
C(O, gp("@civicbot จังหวัดที่มีวิทยากรมากที่สุดคือที่ไหนคะ"), "trainer_coverage", "", "top:t",
  alt=COV, note="no type: ranked on core+extended -> อุบลราชธานี (extended alone would be นครราชสีมา)")
C(O, pv("มีกี่จังหวัดที่มีวิทยากรหลัก"), "trainer_coverage", "t=c", "n:c", alt=COV)
C(O, pv("วิทยากรขยายผลของกรมการปกครอง จังหวัดไหนมีมากสุด"), "trainer_coverage", "a=DOPA t=e",
  "top:e:DOPA", alt=COV, note="อุบลราชธานี")
C(O, pv("ท้องถิ่นจังหวัดไหนมีวิทยากรขยายผลมากที่สุดครับ"), "trainer_coverage", "a=DLA t=e",
  "top:e:DLA", alt=COV, note="ร้อยเอ็ด")
C(O, pv("จังหวัดไหนไม่มีวิทยากรหลักบ้าง"), "trainer_coverage", "t=c", "z:c", alt=COV,
  note="45 provinces have no core row")
C(O, pv("มีจังหวัดไหนที่ไม่มีวิทยากรเลยสักคนไหม"), "trainer_coverage", "", "", alt=COV,
  note="only กรุงเทพมหานคร (no core row, extended all '-')")
C(O, pv("จังหวัดที่มีวิทยากรรวมมากเป็นอันดับสองคือจังหวัดอะไร"), "trainer_coverage", "",
  "rank:2:t", alt=COV, note="นครราชสีมา 52 after อุบลราชธานี 53")
C(O, gp("@civicbot สบส. ขยายผล จังหวัดไหนเยอะสุด"), "trainer_coverage", "a=HSS t=e", "top:e:HSS",
  alt=COV, note="นครราชสีมา")
C(O, pv("กรมไหนมีวิทยากรหลักมากที่สุด"), "trainer_coverage", "t=c", "topag:c:*", alt=COV,
  note="department ranking: กรมการปกครอง")
C(O, pv("ในทะเบียนขยายผล กรมไหนส่งวิทยากรน้อยที่สุด"), "trainer_coverage", "t=e", "lowag:e:*",
  alt=COV, note="กรมกิจการผู้สูงอายุ")
C(O, pv("มีกี่จังหวัดที่มีวิทยากรขยายผล"), "trainer_coverage", "t=e", "n:e", alt=COV,
  note="all but กรุงเทพมหานคร")
# --- agency_duties
C(O, pv("กรมการปกครองต้องทำอะไรบ้างตาม MOU"), "agency_duties", "a=DOPA")
C(O, pv("ตาม MOU อสม. ต้องทำอะไรบ้างคะ"), "agency_duties", "a=HSS",
  note="อสม. fall under กรมสนับสนุนบริการสุขภาพ's duties")
C(O, gp("@civicbot กรมส่งเสริมการปกครองท้องถิ่นมีหน้าที่อะไรในบันทึกข้อตกลง"), "agency_duties",
  "a=DLA")
C(O, pv("หน้าที่ของ กกต. ในบันทึกข้อตกลงมีอะไรบ้าง"), "agency_duties", "a=ECT")
C(O, pv("กรมกิจการผู้สูงอายุต้องสนับสนุนอะไร"), "agency_duties", "a=DOP")
C(O, pv("พัฒนาชุมชนรับผิดชอบอะไรใน MOU ครับ"), "agency_duties", "a=CDD")
C(O, pv("กำนันผู้ใหญ่บ้านเกี่ยวข้องกับ ศส.ปชต. ยังไงคะ"), "agency_duties", "a=DOPA",
  alt=["center_info"], note="DOPA items 1 and 5 (village committees, kamnan/headman awards)")
C(O, pv("อบต. เทศบาล ต้องช่วย ศส.ปชต. เรื่องอะไรบ้าง"), "agency_duties", "a=DLA",
  note="local governments = DLA's duties")
C(O, pv("กลุ่มสตรีในหมู่บ้านต้องทำอะไรตามข้อตกลงกับ กกต."), "agency_duties", "a=CDD",
  note="women's development committees are in CDD's duties")
C(O, pv("ชมรมผู้สูงอายุต้องมีส่วนร่วมยังไงกับศส.ปชต"), "agency_duties", "a=DOP")
C(O, pv("นายแพทย์สาธารณสุขจังหวัดต้องทำอะไรตาม MOU"), "agency_duties", "a=HSS")
C(O, pv("กกต.จะจัดประกวด ศส.ปชต. ดีเด่นด้วยไหม"), "agency_duties", "a=ECT", alt=["center_info"],
  note="ECT item 5")
C(O, gp("@civicbot ความร่วมมือของกรมการพัฒนาชุมชนข้อ ๓ ว่ายังไงครับ"), "agency_duties", "a=CDD",
  note="Thai digit item number")
C(O, pv("กรมการปกครองข้อ 5 เรื่องเกณฑ์ประเมินกำนันผู้ใหญ่บ้านดีเด่นว่าไงบ้าง"), "agency_duties",
  "a=DOPA")
C(O, pv("ใครมีหน้าที่จัดทำหลักสูตรพลเมืองคุณภาพ"), "agency_duties", "a=ECT", note="ECT item 4")
# --- agency_list
C(O, pv("MOU นี้มีหน่วยงานไหนบ้าง"), "agency_list", alt=["mou_info"])
C(O, gp("@civicbot ภาคีเครือข่ายในบันทึกข้อตกลงมีกี่กรม"), "agency_list", alt=["mou_info"])
C(O, pv("หน่วยงานพันธมิตรของ กกต. มีใครบ้างคะ"), "agency_list")
C(O, pv("วิทยากรพลเมืองคุณภาพมาจากหน่วยงานไหนบ้าง"), "agency_list", alt=["trainer_count"],
  note="the registers' five department columns")
# --- mou_info
C(O, pv("MOU มีอายุกี่ปีคะ"), "mou_info", note="3 years (stated in the MOU with CDD)")
C(O, pv("บันทึกข้อตกลงกับกรมการพัฒนาชุมชนมีผลถึงเมื่อไหร่"), "mou_info", "a=CDD",
  note="3 years from the date of signing")
C(O, pv("ถ้าจะยกเลิก MOU ต้องแจ้งล่วงหน้ากี่วัน"), "mou_info", note="not less than 30 days, in writing")
C(O, pv("แก้ไขบันทึกข้อตกลงได้ไหม ต้องทำยังไง"), "mou_info", note="in writing, signed by both")
C(O, gp("@civicbot ใครเป็นคนลงนาม MOU ฝั่ง กกต. ครับ"), "mou_info", "a=ECT",
  note="เลขาธิการ กกต. พ.ต.อ. จรุงวิทย์ (surname printed two ways)")
C(O, pv("อธิบดีกรมการปกครองที่เซ็น MOU ชื่ออะไร"), "mou_info", "a=DOPA")
C(O, pv("หนังสือนำส่ง MOU เลขที่เท่าไหร่ ลงวันที่เท่าไร"), "mou_info",
  note="มท ๐๘๑๘.๒/ว ๒๕๖๕, 1 ก.พ. 2565")
C(O, pv("ใครเป็นพยานใน MOU กับ พช."), "mou_info", "a=CDD")
C(O, pv("MOU เรื่องอะไร"), "mou_info")
C(O, pv("บันทึกข้อตกลงมีกี่ฉบับ"), "mou_info", note="two MOUs")
C(O, pv("mou เริ่มมีผลตั้งแต่วันไหน"), "mou_info", note="from the date of signing")
C(O, pv("หนังสือที่ สถ. ส่งถึงผู้ว่าฯ เรื่อง MOU ขอให้จังหวัดทำอะไร"), "mou_info", "a=DLA",
  alt=["agency_duties"], note="the covering letter's request")
# --- center_info
C(O, pv("ศส.ปชต. คืออะไรคะ"), "center_info")
C(O, pv("ศูนย์ส่งเสริมพัฒนาประชาธิปไตยตั้งขึ้นตั้งแต่ปีไหน"), "center_info", note="2557")
C(O, gp("@civicbot ศส.ปชต.ตำบลมีหน้าที่อะไร"), "center_info")
C(O, pv("ปี 2564 ต้องตั้ง ศส.ปชต. กี่แห่ง"), "center_info", note="one tambon per district")
C(O, pv("ศส.ปชต จะครบทุกตำบลเมื่อไหร่"), "center_info", note="fiscal 2565")
C(O, pv("โครงการหมู่บ้านพลเมืองดีวิถีประชาธิปไตย คืออะไร"), "center_info", alt=["glossary"])
C(O, pv("อาสาสมัครพัฒนาการเมืองของ ศส.ปชต. มาจากไหนบ้าง"), "center_info", alt=["agency_duties"])
# --- contact
C(O, pv("ถ้าสงสัยเรื่องหนังสือฉบับนี้ติดต่อใครได้คะ"), "contact")
C(O, pv("เบอร์โทรกองการเลือกตั้งท้องถิ่น"), "contact", note="0-2251-9000 ต่อ 2373")
C(O, gp("@civicbot ขอเบอร์แฟกซ์หน่อยครับ"), "contact", note="0-2251-7223")
C(O, pv("ผู้ประสานงานเรื่อง MOU ชื่ออะไร"), "contact")
C(O, pv("โทรหา สถ. เบอร์อะไร ต่อเท่าไหร่"), "contact", "a=DLA")
C(O, pv("ประสานเรื่องขยายผลหลักสูตรพลเมืองคุณภาพได้ที่ไหน"), "contact",
  note="the letter: the provincial ECT office; plus the DLA contact")
C(O, pv("เบอร์ติดต่อ"), "contact")
# --- glossary
C(O, pv("อสม. ย่อมาจากอะไร"), "glossary")
C(O, pv("ศพอส. คืออะไร"), "glossary")
C(O, pv("วิทยากรขยายผลต่างจากวิทยากรหลักยังไง"), "glossary")
C(O, pv("กศน. ย่อมาจาก"), "glossary")
C(O, pv("ศส.ปชต. ย่อมาจากอะไร"), "glossary", alt=["center_info"])
C(O, pv("สบส. คือกรมอะไร"), "glossary", alt=["agency_list"])
# --- greeting / help
C(O, pv("สวัสดีค่ะ"), "greeting")
C(O, gp("@civicbot สวัสดีครับ"), "greeting")
C(O, pv("หวัดดีจ้า น้องบอท"), "greeting")
C(O, pv("บอทนี้ถามอะไรได้บ้าง"), "help")
C(O, gp("@civicbot ใช้ยังไงครับ"), "help")
C(O, pv("ช่วยอะไรได้บ้างคะ"), "help")

# ================================================================ followup (120)
F = "followup"
# --- type switch
C(F, pv("เชียงใหม่มีวิทยากรหลักกี่คนคะ", "แล้วขยายผลล่ะ"), "trainer_count", "p=เชียงใหม่ t=e",
  "e:เชียงใหม่", note="type switch keeps province")
C(F, pv("สวัสดีครับ", "ขอนแก่นมีวิทยากรขยายผลเท่าไหร่ครับ", "วิทยากรหลักด้วยครับ"), "trainer_count",
  "p=ขอนแก่น t=c", "c:ขอนแก่น")
C(F, gp("@civicbot สุรินทร์ วิทยากรหลักมีกี่คนคะ", "^ส่วนขยายผลมีเท่าไหร่คะ"), "trainer_count",
  "p=สุรินทร์ t=e", "e:สุรินทร์")
C(F, pv("ร้อยเอ็ดมีวิทยากรขยายผลของท้องถิ่นกี่คน", "หลักล่ะ"), "trainer_count",
  "p=ร้อยเอ็ด a=DLA t=c", "c:ร้อยเอ็ด:DLA", note="keeps province and department")
C(F, pv("วิทยากรหลักนครสวรรค์", "ขยายผลด้วย"), "trainer_count", "p=นครสวรรค์ t=e", "e:นครสวรรค์")
C(F, pv("ขอจำนวนวิทยากรขยายผล จ.พิจิตร ค่ะ", "แล้ววิทยากรหลักมีไหมคะ"), "trainer_count",
  "p=พิจิตร t=c", "c:พิจิตร")
C(F, pv("อุบลมีวิทยากรหลักของกรมการปกครองกี่คน", "ขยายผลล่ะคะ ของกรมเดียวกัน"), "trainer_count",
  "p=อุบลราชธานี a=DOPA t=e", "e:อุบลราชธานี:DOPA")
C(F, gp("@civicbot ตรังมีวิทยากรขยายผลกี่คนครับ", "^แล้วที่เป็นวิทยากรหลักล่ะครับ"),
  "trainer_count", "p=ตรัง t=c", "c:ตรัง")
C(F, pv("สตูล วิทยากรหลัก", "ok แล้วขยายผลอะ"), "trainer_count", "p=สตูล t=e", "e:สตูล")
C(F, pv("ป้าอยากรู้ว่าลพบุรีมีวิทยากรขยายผลกี่คน", "แล้วพวกวิทยากรหลักล่ะจ๊ะ"), "trainer_count",
  "p=ลพบุรี t=c", "c:ลพบุรี")
C(F, pv("วิทยากรหลัก พังงา กี่คนครับ", "ขยาย ผล ละ ครับ"), "trainer_count", "p=พังงา t=e",
  "e:พังงา", note="stray spaces in the follow-up")
C(F, pv("ภาคใต้มีวิทยากรหลักกี่คน", "แล้ววิทยากรขยายผลทั้งภาคล่ะ"), "trainer_count", "t=e",
  "e:@south", note="region kept from turn 1 (ภาคใต้, 14 provinces)")
# --- add / switch department
C(F, pv("เชียงใหม่มีวิทยากรขยายผลกี่คน", "ของ พช. ด้วย"), "trainer_count",
  "p=เชียงใหม่ a=CDD t=e", "e:เชียงใหม่:CDD")
C(F, pv("นครราชสีมามีวิทยากรขยายผลเท่าไหร่ครับ", "เฉพาะของ สบส. ครับ"), "trainer_count",
  "p=นครราชสีมา a=HSS t=e", "e:นครราชสีมา:HSS")
C(F, gp("@civicbot บุรีรัมย์ ขยายผล ของปกครองกี่คน", "^ท้องถิ่นล่ะ"), "trainer_count",
  "p=บุรีรัมย์ a=DLA t=e", "e:บุรีรัมย์:DLA")
C(F, pv("อุบลมีวิทยากรขยายผลของปกครองกี่คน", "สบส.ล่ะ", "แล้วพัฒนาชุมชน"), "trainer_count",
  "p=อุบลราชธานี a=CDD t=e", "e:อุบลราชธานี:CDD")
C(F, pv("ร้อยเอ็ด วิทยากรหลัก", "ของกรมกิจการผู้สูงอายุมีกี่คน"), "trainer_count",
  "p=ร้อยเอ็ด a=DOP t=c", "c:ร้อยเอ็ด:DOP")
C(F, pv("ศรีสะเกษมีวิทยากรขยายผลกี่คนคะ", "ที่เป็นสาย สบส. น่ะค่ะ"), "trainer_count",
  "p=ศรีสะเกษ a=HSS t=e", "e:ศรีสะเกษ:HSS")
C(F, pv("กาญจนบุรีมีวิทยากรขยายผลกี่คน", "ของกรมส่งเสริมการปกครองท้องถิ่นล่ะ"), "trainer_count",
  "p=กาญจนบุรี a=DLA t=e", "e:กาญจนบุรี:DLA")
C(F, pv("ขยายผลของเลยมีเท่าไหร่", "ท้องถิ่นกี่คน ผู้สูงอายุกี่คน"), "trainer_count",
  "p=เลย t=e", "e:เลย:DLA e:เลย:DOP", note="two departments at once: no agency slot")
C(F, gp("@civicbot สกลนคร ขยายผลกี่คน", "^สบส.มีกี่คน"), "trainer_count", "p=สกลนคร a=HSS t=e",
  "e:สกลนคร:HSS", note="cell is '-': reply says none")
C(F, pv("วิทยากรหลักสมุทรปราการมีกี่คนคะ", "ของ พช. มีไหม"), "trainer_count",
  "p=สมุทรปราการ a=CDD t=c", "c:สมุทรปราการ:CDD", note="cell is '-'")
C(F, pv("ชัยภูมิ ขยายผล", "กรมผู้สูงอายุ"), "trainer_count", "p=ชัยภูมิ a=DOP t=e",
  "e:ชัยภูมิ:DOP")
C(F, pv("ขอทราบวิทยากรหลักของกรมการปกครองทั้งประเทศ", "แล้วของท้องถิ่นล่ะ"), "trainer_count",
  "a=DLA t=c", "c:*:DLA")
# --- another province, same question
C(F, pv("ขอนแก่นมีวิทยากรขยายผลกี่คน", "แล้วอุดรล่ะ"), "trainer_count", "p=อุดรธานี t=e",
  "e:อุดรธานี")
C(F, gp("@civicbot เชียงรายมีวิทยากรหลักกี่คนครับ", "^พะเยาล่ะครับ"), "trainer_count",
  "p=พะเยา t=c", "c:พะเยา", note="พะเยา has no core trainers")
C(F, pv("วิทยากรขยายผลของ สบส. ที่สระบุรี", "ลพบุรีด้วย"), "trainer_count",
  "p=ลพบุรี a=HSS t=e", "e:ลพบุรี:HSS")
C(F, pv("กระบี่มีวิทยากรกี่คน", "แล้วภูเก็ตล่ะ"), "trainer_count", "p=ภูเก็ต", "P:ภูเก็ต")
C(F, pv("ยโสธร ขยายผล เท่าไร", "อำนาจเจริญ", "มุกดาหารด้วย"), "trainer_count",
  "p=มุกดาหาร t=e", "e:มุกดาหาร")
C(F, pv("นครพนมมีวิทยากรหลักไหม", "แล้วหนองคาย"), "trainer_count", "p=หนองคาย t=c", "c:หนองคาย")
C(F, pv("สุพรรณบุรีขยายผลของท้องถิ่นกี่คน", "กาญจน์ล่ะ"), "trainer_count",
  "p=กาญจนบุรี a=DLA t=e", "e:กาญจนบุรี:DLA", note="กาญจน์ = กาญจนบุรี")
C(F, pv("วิทยากรหลักของนครปฐม", "ราชบุรีอะ"), "trainer_count", "p=ราชบุรี t=c", "c:ราชบุรี",
  note="ราชบุรี has no core trainers")
C(F, gp("@civicbot ระยองมีวิทยากรขยายผลกี่คนคะ", "^จันทบุรีล่ะคะ", "^ตราดด้วยค่ะ"),
  "trainer_count", "p=ตราด t=e", "e:ตราด")
C(F, pv("แพร่มีวิทยากรกี่คน", "น่านล่ะ"), "trainer_count", "p=น่าน", "P:น่าน")
C(F, pv("ปัตตานีมีวิทยากรขยายผลของปกครองกี่คน", "ยะลา", "นราฯ"), "trainer_count",
  "p=นราธิวาส a=DOPA t=e", "e:นราธิวาส:DOPA", note="นราฯ = นราธิวาส")
C(F, pv("ชลบุรีมีวิทยากรหลักกี่คนครับ", "ฉะเชิงเทราล่ะครับ"), "trainer_count", "p=ฉะเชิงเทรา t=c",
  "c:ฉะเชิงเทรา", note="no core trainers")
# --- corrections
C(F, pv("ลำพูนมีวิทยากรหลักกี่คนคะ", "ไม่ใช่ๆ หมายถึงลำปาง"), "trainer_count", "p=ลำปาง t=c",
  "c:ลำปาง")
C(F, pv("สุรินทร์มีวิทยากรขยายผลเท่าไหร่", "ขอโทษค่ะ พิมพ์ผิด สุราษฎร์ค่ะ"), "trainer_count",
  "p=สุราษฎร์ธานี t=e", "e:สุราษฎร์ธานี")
C(F, gp("@civicbot อุดรธานีมีวิทยากรหลักกี่คน", "^อุ๊ย ไม่ใช่ อุตรดิตถ์ครับ"), "trainer_count",
  "p=อุตรดิตถ์ t=c", "c:อุตรดิตถ์", note="อุตรดิตถ์ has no core trainers")
C(F, pv("นครนายกมีวิทยากรขยายผลของ พช. กี่คน", "ไม่ใช่ ผมหมายถึงนครปฐม"), "trainer_count",
  "p=นครปฐม a=CDD t=e", "e:นครปฐม:CDD")
C(F, pv("เพชรบุรีมีวิทยากรกี่คน", "เพชรบูรณ์ครับ ไม่ใช่เพชรบุรี"), "trainer_count", "p=เพชรบูรณ์",
  "P:เพชรบูรณ์")
C(F, pv("วิทยากรหลักของท้องถิ่นในพิษณุโลก", "อ้ะ ไม่ใช่ท้องถิ่น กรมผู้สูงอายุค่ะ"), "trainer_count",
  "p=พิษณุโลก a=DOP t=c", "c:พิษณุโลก:DOP", note="cell is '-'")
C(F, pv("สงขลามีวิทยากรหลักกี่คนคะ", "ขอโทษค่ะ หมายถึงขยายผล"), "trainer_count", "p=สงขลา t=e",
  "e:สงขลา")
C(F, pv("สมุทรสาครมีวิทยากรขยายผลกี่คน", "เอ้ย สมุทรสงครามต่างหาก"), "trainer_count",
  "p=สมุทรสงคราม t=e", "e:สมุทรสงคราม")
C(F, pv("ชัยนาทมีวิทยากรกี่คนคะ", "ไม่ใช่ค่ะ ชัยภูมิ เอาเฉพาะขยายผลของผู้สูงอายุ"), "trainer_count",
  "p=ชัยภูมิ a=DOP t=e", "e:ชัยภูมิ:DOP")
C(F, gp("@civicbot หนองคายมีวิทยากรขยายผลกี่คนคับ", "^ผิดจังหวัด หนองบัวลำภูคับ"), "trainer_count",
  "p=หนองบัวลำภู t=e", "e:หนองบัวลำภู")
# --- the whole region of the province asked about
C(F, pv("อุบลมีวิทยากรขยายผลกี่คน", "ทั้งภาคล่ะ"), "trainer_count", "t=e", "e:@northeast",
  note="อุบลราชธานี -> ภาคตะวันออกเฉียงเหนือ (20 provinces)")
C(F, pv("สงขลามีวิทยากรหลักไหม", "แล้วทั้งภาคใต้มีกี่คน"), "trainer_count", "t=c", "c:@south")
C(F, gp("@civicbot ขอนแก่น สบส. ขยายผล กี่คน", "^ทั้งอีสานเลยล่ะ"), "trainer_count", "a=HSS t=e",
  "e:@northeast:HSS")
C(F, pv("ภูเก็ตมีวิทยากรกี่คน", "ทั้งภาคล่ะคะ รวมทั้งหมด"), "trainer_count", "", "R:@south")
C(F, pv("ระยองมีวิทยากรขยายผลเท่าไหร่", "ภาคตะวันออกทั้งหมดเท่าไหร่"), "trainer_count", "t=e",
  "e:@east", note="six-region east: 7 provinces")
C(F, pv("ศรีสะเกษขยายผลของปกครอง", "รวมทั้งภาค"), "trainer_count", "a=DOPA t=e",
  "e:@northeast:DOPA")
C(F, pv("เชียงรายมีวิทยากรหลักกี่คน", "ภาคเหนือทั้งหมดล่ะ"), "trainer_count", "t=c", "c:@north",
  note="six-region north (9 provinces); a 17-province north would give another figure")
C(F, pv("ราชบุรีขยายผลกี่คน", "ภาคตะวันตกทั้งภาค"), "trainer_count", "t=e", "e:@west",
  note="six-region west: 5 provinces")
# --- sums
C(F, pv("เชียงใหม่มีวิทยากรหลักกี่คน", "ขยายผลล่ะ", "รวมเป็นเท่าไหร่"), "trainer_count",
  "p=เชียงใหม่", "t:เชียงใหม่", note="sum of the two previous answers")
C(F, pv("ขอนแก่นขยายผลกี่คน", "อุดรล่ะ", "สองจังหวัดรวมกันกี่คน"), "trainer_count", "t=e",
  "e:ขอนแก่น+e:อุดรธานี", note="sum over two provinces: no province slot")
C(F, gp("@civicbot ปัตตานีมีวิทยากรขยายผลกี่คน", "^ยะลา นราธิวาส ด้วย",
        "^สามจังหวัดชายแดนใต้รวมกันเท่าไหร่"), "trainer_count", "t=e",
  "e:ปัตตานี+e:ยะลา+e:นราธิวาส")
C(F, pv("บุรีรัมย์ วิทยากรหลักกี่คน", "ขยายผลกี่คน", "บวกกันให้หน่อย"), "trainer_count",
  "p=บุรีรัมย์", "t:บุรีรัมย์")
C(F, pv("ร้อยเอ็ด ขยายผล ท้องถิ่น", "ปกครองล่ะ", "สองกรมรวมกัน"), "trainer_count",
  "p=ร้อยเอ็ด t=e", "e:ร้อยเอ็ด:DLA+e:ร้อยเอ็ด:DOPA", note="sum over two departments: no agency slot")
C(F, pv("อุบลวิทยากรหลักกี่คนจ๊ะ", "ขยายผลด้วย", "ทั้งหมดทั้งสิ้นกี่คนจ๊ะ"), "trainer_count",
  "p=อุบลราชธานี", "t:อุบลราชธานี")
C(F, pv("สุโขทัยมีวิทยากรขยายผลกี่คน", "พิษณุโลก", "รวมกัน"), "trainer_count", "t=e",
  "e:สุโขทัย+e:พิษณุโลก")
C(F, pv("วิทยากรหลักทั้งประเทศมีกี่คน", "ขยายผลทั้งประเทศ", "รวมสองทะเบียนเป็นเท่าไหร่"),
  "trainer_count", "", "t:*")
# --- which department has most
C(F, pv("อุบลมีวิทยากรหลักกี่คนคะ", "แล้วกรมไหนมากสุด"), "trainer_coverage",
  "p=อุบลราชธานี t=c", "topag:c:อุบลราชธานี", alt=COV, note="กรมการปกครอง 6")
C(F, pv("นครราชสีมาขยายผลกี่คน", "กรมไหนเยอะที่สุด"), "trainer_coverage", "p=นครราชสีมา t=e",
  "topag:e:นครราชสีมา", alt=COV, note="สบส. 11")
C(F, pv("ทั่วประเทศมีวิทยากรขยายผลกี่คน", "กรมไหนส่งมามากที่สุด"), "trainer_coverage", "t=e",
  "topag:e:*", alt=COV, note="กรมการปกครอง")
C(F, gp("@civicbot ร้อยเอ็ด ขยายผลกี่คนครับ", "^หน่วยงานไหนมีมากที่สุดครับ"), "trainer_coverage",
  "p=ร้อยเอ็ด t=e", "topag:e:ร้อยเอ็ด", alt=COV, note="ท้องถิ่น 13")
C(F, pv("เชียงใหม่ วิทยากรหลัก", "กรมไหนมีมากกว่าเพื่อน"), "trainer_coverage", "p=เชียงใหม่ t=c",
  "topag:c:เชียงใหม่", alt=COV, note="กรมกิจการผู้สูงอายุ 2")
C(F, pv("ตรังขยายผลกี่คน", "ใครเยอะสุด กรมไหน"), "trainer_coverage", "p=ตรัง t=e",
  "topag:e:ตรัง", alt=COV, note="กรมการปกครอง 8")
# --- greeting, self-introduction, then the question
C(F, pv("สวัสดีค่ะ", "หนูเป็น อสม. อยู่ อ.เดชอุดม ค่ะ",
        "อยากทราบว่าจังหวัดหนูมีวิทยากรพลเมืองคุณภาพกี่คนคะ"), "trainer_count", "p=อุบลราชธานี",
  "P:อุบลราชธานี", note="เดชอุดม -> อุบลราชธานี")
C(F, pv("สวัสดีครับ ผมเป็นกรรมการหมู่บ้านอยู่ อ.บ้านไผ่ ขอนแก่นครับ", "อยากรู้ว่ามีวิทยากรขยายผลกี่คน"),
  "trainer_count", "p=ขอนแก่น t=e", "e:ขอนแก่น")
C(F, pv("หวัดดีจ้า ยายเป็นประธานชมรมผู้สูงอายุ อยู่ ต.ในเวียง อ.เมืองน่าน",
        "วิทยากรของกรมผู้สูงอายุที่นี่มีกี่คนจ๊ะ"), "trainer_count", "p=น่าน a=DOP", "PA:น่าน:DOP")
C(F, gp("@civicbot สวัสดีค่ะ", "^ดิฉันเป็นประธานกลุ่มสตรี อ.ปักธงชัยค่ะ",
        "^พัฒนาชุมชนที่จังหวัดเรามีวิทยากรขยายผลกี่คนคะ"), "trainer_count",
  "p=นครราชสีมา a=CDD t=e", "e:นครราชสีมา:CDD", note="ปักธงชัย -> นครราชสีมา")
C(F, pv("ผมเป็นอาสาสมัคร ศส.ปชต. อยู่อำเภอเสลภูมิครับ", "จังหวัดผมมีวิทยากรหลักไหมครับ"),
  "trainer_count", "p=ร้อยเอ็ด t=c", "c:ร้อยเอ็ด", note="เสลภูมิ -> ร้อยเอ็ด")
C(F, pv("สวัสดีค่ะ ดิฉันทำงานอยู่ รพ.สต. อ.กมลาไสย", "ในจังหวัดมีวิทยากรขยายผลของสบส.กี่คนคะ"),
  "trainer_count", "p=กาฬสินธุ์ a=HSS t=e", "e:กาฬสินธุ์:HSS", note="กมลาไสย -> กาฬสินธุ์")
C(F, pv("สวัสดี", "อยู่ อ.สะเดา ครับ", "มีวิทยากรกี่คน"), "trainer_count", "p=สงขลา", "P:สงขลา",
  note="สะเดา -> สงขลา (no core trainers)")
C(F, pv("หนูอยู่เชียงคานค่ะ เป็นอสม.", "มีวิทยากรหลักไหมคะแถวบ้านหนู"), "trainer_count",
  "p=เลย t=c", "c:เลย", note="เชียงคาน -> เลย, no core trainers")
C(F, pv("สวัสดีครับ ผมผู้ช่วยผู้ใหญ่บ้าน อ.สว่างแดนดิน", "จังหวัดผมมีวิทยากรขยายผลกี่คนครับ",
        "ของฝ่ายปกครองล่ะ"), "trainer_count", "p=สกลนคร a=DOPA t=e", "e:สกลนคร:DOPA",
  note="สว่างแดนดิน -> สกลนคร")
C(F, pv("ป้าชื่อสมศรีนะ อยู่ อ.ศีขรภูมิ", "ที่จังหวัดป้ามีวิทยากรกี่คน"), "trainer_count",
  "p=สุรินทร์", "P:สุรินทร์", note="ศีขรภูมิ -> สุรินทร์")
C(F, gp("@civicbot สวัสดีครับ ผมอยู่ อ.แม่สะเรียง", "^มีวิทยากรขยายผลของพัฒนาชุมชนไหมครับ"),
  "trainer_count", "p=แม่ฮ่องสอน a=CDD t=e", "e:แม่ฮ่องสอน:CDD",
  note="แม่สะเรียง -> แม่ฮ่องสอน; cell is '-'")
C(F, pv("ดีค่ะ เราเป็น อสม. อ.ธาตุพนม", "จังหวัดเรามีวิทยากรหลักสูตรพลเมืองคุณภาพกี่คนคะ"),
  "trainer_count", "p=นครพนม", "P:นครพนม", note="ธาตุพนม -> นครพนม")
C(F, pv("สวัสดีค่ะ อยู่อำเภอบางปะอินค่ะ", "อยากทราบจำนวนวิทยากรหลักของจังหวัดค่ะ"), "trainer_count",
  "p=พระนครศรีอยุธยา t=c", "c:พระนครศรีอยุธยา", note="บางปะอิน -> พระนครศรีอยุธยา")
C(F, pv("หวัดดีครับ ผมทำงาน อบต. อยู่ อ.ท่าบ่อ", "จังหวัดผมมีวิทยากรขยายผลของท้องถิ่นกี่คน"),
  "trainer_count", "p=หนองคาย a=DLA t=e", "e:หนองคาย:DLA", note="ท่าบ่อ -> หนองคาย")
# --- duties follow-ups
C(F, pv("กรมการปกครองต้องทำอะไรบ้างตาม MOU", "ข้อ 2 คืออะไร"), "agency_duties", "a=DOPA")
C(F, pv("สบส. มีหน้าที่อะไรบ้างคะ", "แล้วข้อ ๔ ล่ะคะ"), "agency_duties", "a=HSS")
C(F, pv("หน้าที่ของ กกต. ใน MOU มีอะไรบ้าง", "แล้วของกรมผู้สูงอายุล่ะ"), "agency_duties", "a=DOP")
C(F, gp("@civicbot ท้องถิ่นต้องทำอะไรตามบันทึกข้อตกลงครับ", "^ข้อสุดท้ายว่ายังไงครับ"),
  "agency_duties", "a=DLA", note="DLA item 4")
C(F, pv("พัฒนาชุมชนต้องทำอะไรบ้าง", "ข้อแรกหมายความว่ายังไง"), "agency_duties", "a=CDD")
C(F, pv("อสม.ต้องทำอะไรใน MOU", "แล้วกรรมการหมู่บ้านล่ะ"), "agency_duties", "a=DOPA",
  note="village committees are in DOPA's duties")
C(F, pv("กรมกิจการผู้สูงอายุมีหน้าที่อะไร", "ศพอส. ที่พูดถึงคืออะไร"), "glossary",
  note="topic shifts to a term used in the DOP duties")
C(F, pv("กกต. ต้องทำอะไร", "ข้อ 3 ล่ะ"), "agency_duties", "a=ECT")
C(F, pv("ใน MOU กรมการปกครองต้องทำอะไร", "แล้วท้องถิ่นล่ะ", "ข้อ 2 ของท้องถิ่นขยายความหน่อย"),
  "agency_duties", "a=DLA")
C(F, gp("@civicbot กรมสนับสนุนบริการสุขภาพมีหน้าที่อะไร", "^แล้วพัฒนาชุมชนต้องทำอะไรบ้าง"),
  "agency_duties", "a=CDD")
# --- MOU follow-ups
C(F, pv("MOU กับพัฒนาชุมชนมีอายุกี่ปี", "ถ้าอยากยกเลิกก่อนทำได้ไหม"), "mou_info", "a=CDD",
  note="30 days' written notice")
C(F, pv("บันทึกข้อตกลงเริ่มมีผลเมื่อไหร่", "กี่ปี", "แก้ไขเนื้อหาได้หรือเปล่า"), "mou_info")
C(F, pv("ใครเซ็น MOU ฉบับแรกบ้าง", "พยานล่ะมีไหม"), "mou_info",
  note="witnesses appear only in the MOU with CDD")
C(F, gp("@civicbot หนังสือนำส่ง MOU ออกวันไหนครับ", "^ใครเป็นคนลงนามหนังสือครับ"), "mou_info",
  note="อธิบดี สถ. นายประยูร รัตนเสนีย์")
C(F, pv("mou มีกี่ฉบับ", "ฉบับที่สองทำกับใคร"), "mou_info", alt=["agency_list"])
C(F, pv("MOU ว่าด้วยเรื่องอะไรคะ", "ทำไมต้องทำ MOU นี้"), "mou_info", note="background section")
# --- contact follow-ups
C(F, pv("มีปัญหาเรื่องหนังสือนี้ติดต่อใคร", "แฟกซ์ล่ะ"), "contact")
C(F, pv("เบอร์ติดต่อกองการเลือกตั้งท้องถิ่น", "ต่อเบอร์อะไรนะ"), "contact", note="ต่อ 2373")
C(F, gp("@civicbot ขอเบอร์โทรผู้ประสานงานหน่อยค่ะ", "^ผู้ประสานงานชื่ออะไรคะ"), "contact")
C(F, pv("วิทยากรหลักเชียงรายกี่คน", "ถ้าจะเชิญวิทยากรมาอบรมต้องติดต่อที่ไหน"), "contact",
  note="topic change: the letter says coordinate with the provincial ECT office")
# --- topic changes
C(F, pv("ร้อยเอ็ดมีวิทยากรหลักกี่คน", "ว่าแต่ ศส.ปชต. คืออะไรนะ"), "center_info")
C(F, pv("ศส.ปชต. คืออะไรคะ", "แล้วที่ขอนแก่นมีวิทยากรกี่คน"), "trainer_count", "p=ขอนแก่น",
  "P:ขอนแก่น")
C(F, pv("MOU มีอายุกี่ปี", "โอเค แล้วจังหวัดชลบุรีมีวิทยากรขยายผลกี่คน"), "trainer_count",
  "p=ชลบุรี t=e", "e:ชลบุรี")
C(F, gp("@civicbot เบอร์ติดต่อ สถ. ค่ะ", "^ขอบคุณค่ะ อีกเรื่องนะคะ อสม. ต้องทำอะไรใน MOU คะ"),
  "agency_duties", "a=HSS")
C(F, pv("สวัสดีค่ะ", "ถามอะไรได้บ้างคะ", "งั้นขอถามว่าเพชรบุรีมีวิทยากรหลักกี่คนคะ"),
  "trainer_count", "p=เพชรบุรี t=c", "c:เพชรบุรี")
C(F, pv("สระแก้วมีวิทยากรกี่คน", "อสม. ย่อมาจากอะไรนะ ลืม"), "glossary")
C(F, pv("วิทยากรหลักขอนแก่นกี่คน", "ขอบคุณครับ แล้วศส.ปชต.ต้องครบทุกตำบลปีไหน"), "center_info")
C(F, pv("กรมการปกครองมีหน้าที่อะไรใน MOU", "เปลี่ยนเรื่องนิดนึง อุดรมีวิทยากรขยายผลของปกครองกี่คน"),
  "trainer_count", "p=อุดรธานี a=DOPA t=e", "e:อุดรธานี:DOPA")
# --- whole country
C(F, pv("เชียงใหม่มีวิทยากรหลักของกรมการปกครองกี่คน", "ทั้งประเทศล่ะ"), "trainer_count",
  "a=DOPA t=c", "c:*:DOPA")
C(F, pv("ขอนแก่นขยายผลของพัฒนาชุมชน", "ทั่วประเทศมีกี่คน"), "trainer_count", "a=CDD t=e",
  "e:*:CDD")
C(F, gp("@civicbot ภาคเหนือมีวิทยากรหลักกี่คน", "^ทั้งประเทศเลยล่ะครับ"), "trainer_count", "t=c",
  "c:*")
C(F, pv("วิทยากรขยายผลผู้สูงอายุ อุบล", "ทั่วประเทศเท่าไหร่"), "trainer_count", "a=DOP t=e",
  "e:*:DOP")
# --- ranking follow-ups
C(F, pv("จังหวัดไหนมีวิทยากรขยายผลมากที่สุด", "แล้ววิทยากรหลักล่ะ"), "trainer_coverage", "t=c",
  "top:c", alt=COV, note="อุบลราชธานี")
C(F, pv("จังหวัดไหนมีวิทยากรขยายผลของปกครองมากสุด", "ของท้องถิ่นล่ะ"), "trainer_coverage",
  "a=DLA t=e", "top:e:DLA", alt=COV, note="ร้อยเอ็ด")
C(F, pv("จังหวัดไหนมีวิทยากรรวมมากที่สุด", "อันดับสองล่ะ"), "trainer_coverage", "", "rank:2:t",
  alt=COV, note="นครราชสีมา")
C(F, pv("ภาคไหนมีวิทยากรขยายผลมากที่สุด", "ในภาคนั้นจังหวัดไหนมากสุด"), "trainer_coverage", "t=e",
  "top:e@northeast", alt=COV, note="ภาคตะวันออกเฉียงเหนือ, then นครราชสีมา")
C(F, pv("จังหวัดไหนมีวิทยากรหลักมากที่สุด", "มีกี่คน"), "trainer_count", "p=อุบลราชธานี t=c",
  "c:อุบลราชธานี", alt=CNT, note="'มีกี่คน' refers to the province just named (อุบลราชธานี)")
C(F, pv("สบส. จังหวัดไหนมีวิทยากรขยายผลเยอะสุด", "จังหวัดนั้นมีขยายผลรวมทุกกรมกี่คน"),
  "trainer_count", "p=นครราชสีมา t=e", "e:นครราชสีมา", alt=CNT, note="จังหวัดนั้น = นครราชสีมา")

# ================================================================ english (30)
E = "english"
C(E, pv("How many trainers does Khon Kaen have?"), "trainer_count", "p=ขอนแก่น", "P:ขอนแก่น", lang="en")
C(E, pv("how many core trainers in Ubon Ratchathani"), "trainer_count", "p=อุบลราชธานี t=c",
  "c:อุบลราชธานี", lang="en")
C(E, pv("Extended trainers in Korat?"), "trainer_count", "p=นครราชสีมา t=e", "e:นครราชสีมา", lang="en")
C(E, gp("@civicbot how many DOPA extended trainers are there in Roi Et?"), "trainer_count",
  "p=ร้อยเอ็ด a=DOPA t=e", "e:ร้อยเอ็ด:DOPA", lang="en")
C(E, pv("Which province has the most extended trainers?"), "trainer_coverage", "t=e", "top:e",
  alt=COV, lang="en", note="Nakhon Ratchasima")
C(E, pv("What is a Democracy Promotion Centre?"), "center_info", lang="en")
C(E, pv("How long does the MOU last?"), "mou_info", lang="en", note="3 years")
C(E, pv("Who should I contact about the MOU letter? Phone number please"), "contact", lang="en")
C(E, pv("What does the Department of Older Persons have to do under the MOU?"), "agency_duties",
  "a=DOP", lang="en")
C(E, pv("total number of core trainers nationwide"), "trainer_count", "t=c", "c:*", lang="en")
C(E, pv("Does Bangkok have any trainers?"), "trainer_count", "p=กรุงเทพมหานคร", "P:กรุงเทพมหานคร",
  lang="en", note="none: reply must say so")
C(E, pv("Chiang Mai trainers"), "trainer_count", "p=เชียงใหม่", "P:เชียงใหม่", lang="en")
C(E, pv("hi there"), "greeting", lang="en")
C(E, pv("what can you do?"), "help", lang="en")
C(E, pv("How many extended trainers from the Community Development Department are in Si Sa Ket?"),
  "trainer_count", "p=ศรีสะเกษ a=CDD t=e", "e:ศรีสะเกษ:CDD", lang="en")
C(E, pv("Which departments signed the MOU with the Election Commission?"), "agency_list",
  alt=["mou_info"], lang="en")
C(E, pv("What is the fax number?"), "contact", lang="en")
C(E, pv("How many days notice to terminate the MOU?"), "mou_info", lang="en", note="30 days")
C(E, pv("Phuket extended trainers from the local administration department"), "trainer_count",
  "p=ภูเก็ต a=DLA t=e", "e:ภูเก็ต:DLA", lang="en")
C(E, pv("How many core trainers does Nan have?", "and extended?"), "trainer_count", "p=น่าน t=e",
  "e:น่าน", lang="en", note="English follow-up")
C(E, pv("I'm a health volunteer in Hat Yai. How many trainers does my province have?"),
  "trainer_count", "p=สงขลา", "P:สงขลา", lang="en", note="Hat Yai -> Songkhla")
C(E, pv("core trainers of the Department of Health Service Support in Nakhon Sawan"),
  "trainer_count", "p=นครสวรรค์ a=HSS t=c", "c:นครสวรรค์:HSS", lang="en", note="cell is '-'")
C(E, pv("What must the Department of Local Administration do?"), "agency_duties", "a=DLA", lang="en")
C(E, gp("@civicbot what are the duties of the Election Commission office in the MOU?"),
  "agency_duties", "a=ECT", lang="en")
C(E, pv("How many provinces have core trainers?"), "trainer_coverage", "t=c", "n:c", alt=COV,
  lang="en")
C(E, pv("Compare extended trainers in Chiang Rai and Phayao"), "trainer_coverage", "t=e",
  "e:เชียงราย e:พะเยา", alt=COV, lang="en", note="comparison: no province slot")
C(E, pv("How many extended trainers are there in the Northeast?"), "trainer_count", "t=e",
  "e:@northeast", lang="en")
C(E, pv("What does อสม. stand for?"), "glossary", lang="en")
C(E, pv("Udon Thani core trainers please"), "trainer_count", "p=อุดรธานี t=c", "c:อุดรธานี",
  lang="en")
C(E, pv("Who signed for the Department of Provincial Administration?"), "mou_info", "a=DOPA",
  lang="en")

# ================================================================ clarify (40)
K = "clarify"
CL = "clarify"
C(K, pv("นครมีวิทยากรกี่คนคะ"), "trainer_count", "", "t:นครนายก t:นครปฐม t:นครพนม t:นครราชสีมา "
  "t:นครศรีธรรมราช t:นครสวรรค์", reply=CL, note="six provinces start with นคร")
C(K, pv("สมุทร มีวิทยากรขยายผลกี่คนครับ"), "trainer_count", "t=e",
  "e:สมุทรปราการ e:สมุทรสงคราม e:สมุทรสาคร", reply=CL, note="three สมุทร provinces")
C(K, pv("จ.เพชรฯ มีวิทยากรหลักกี่คน"), "trainer_count", "t=c", "c:เพชรบุรี c:เพชรบูรณ์", reply=CL,
  note="เพชรบุรี or เพชรบูรณ์")
C(K, pv("อุดรดิตถ์มีวิทยากรทั้งหมดกี่คน"), "trainer_count", "", "P:อุดรธานี P:อุตรดิตถ์", reply=CL,
  note="blend of อุดรธานี and อุตรดิตถ์")
C(K, pv("สุรินทร์ธานี วิทยากรขยายผล"), "trainer_count", "t=e", "e:สุรินทร์ e:สุราษฎร์ธานี",
  reply=CL, note="blend of สุรินทร์ and สุราษฎร์ธานี")
C(K, pv("ผมอยู่พระนคร มีวิทยากรกี่คนครับ"), "trainer_count", "", "P:พระนครศรีอยุธยา", reply=CL,
  note="เขตพระนคร (กรุงเทพมหานคร, none) or พระนครศรีอยุธยา")
C(K, pv("จอมทองมีวิทยากรไหมคะ"), "trainer_count", "", "P:เชียงใหม่", reply=CL,
  note="อ.จอมทอง เชียงใหม่ or เขตจอมทอง กรุงเทพมหานคร (none)")
C(K, pv("อำเภอเมืองมีวิทยากรหลักกี่คน"), "trainer_count", "t=c", reply=CL,
  note="every province has an อ.เมือง")
C(K, pv("อ.เฉลิมพระเกียรติ มีวิทยากรขยายผลกี่คนคะ"), "trainer_count", "t=e",
  "e:นครราชสีมา e:บุรีรัมย์ e:น่าน e:สระบุรี e:นครศรีธรรมราช", reply=CL,
  note="อ.เฉลิมพระเกียรติ exists in five provinces")
C(K, pv("เวียงจันทน์มีวิทยากรพลเมืองคุณภาพไหม"), "trainer_count", reply=CL,
  note="Vientiane, Laos: outside the register")
C(K, gp("@civicbot ปีนังมีวิทยากรขยายผลกี่คนคะ"), "trainer_count", "t=e", reply=CL,
  note="Penang, Malaysia")
C(K, pv("ตอนนี้หนูทำงานอยู่ไต้หวันค่ะ ที่นี่มีวิทยากรพลเมืองคุณภาพบ้างไหมคะ"), "trainer_count",
  reply=CL, note="abroad")
C(K, pv("เสียมราฐ วิทยากรหลัก"), "trainer_count", "t=c", reply=CL, note="Siem Reap, Cambodia")
C(K, pv("จังหวัดนาคาเทพมีวิทยากรกี่คน"), "trainer_count", reply=CL, note="no such province")
C(K, pv("วิทยากรขยายผล จ.เวียงทอง เท่าไหร่"), "trainer_count", "t=e", reply=CL,
  note="no such province")
C(K, pv("วิทยากรหลักเชียงใหม่เป็นผู้หญิงกี่คน"), "trainer_count", "p=เชียงใหม่ t=c", "c:เชียงใหม่",
  reply=CL, note="the register has no gender; the wrong guess states the total as women")
C(K, pv("ขอรายชื่อวิทยากรขยายผลขอนแก่นหน่อยค่ะ"), "trainer_list", "p=ขอนแก่น t=e", "e:ขอนแก่น",
  reply=CL, alt=["trainer_count"], note="the seed registers hold counts, no names")
C(K, pv("วิทยากรปี 2565 โคราชมีกี่คน"), "trainer_count", "p=นครราชสีมา", "P:นครราชสีมา",
  reply=CL, note="only the 2563 register exists")
C(K, pv("ทะเบียนวิทยากรปี 2564 มีทั้งหมดกี่คน"), "trainer_count", "", "N:", reply=CL,
  note="only the 2563 register exists")
C(K, pv("อุบลมี อสม. ทั้งหมดกี่คนคะ"), "trainer_count", "p=อุบลราชธานี",
  "e:อุบลราชธานี:HSS t:อุบลราชธานี", reply=CL,
  note="number of อสม. is not in the registers; trainer counts are not อสม. counts")
C(K, pv("ขอนแก่นมี ศส.ปชต. กี่ศูนย์"), "center_info", "p=ขอนแก่น", reply=CL,
  note="centres per province not held (only the rollout plan)")
C(K, pv("วิทยากรที่เป็นคนของ กกต. เองมีกี่คน"), "trainer_count", "a=ECT", "N:", reply=CL,
  note="the registers have no ECT column")
C(K, pv("ค่าตอบแทนวิทยากรพลเมืองคุณภาพได้วันละเท่าไหร่"), "unknown", reply=CL,
  note="fees are not in the document: say what can be answered")
C(K, pv("ลำพูนมีวิทยากรขยายผลกี่คน", "จังหวัดข้างๆ ล่ะ"), "trainer_count", "t=e",
  "e:เชียงใหม่ e:ลำปาง e:ตาก", reply=CL, note="which neighbour? เชียงใหม่, ลำปาง, ตาก")
C(K, pv("บุรีรัมย์วิทยากรหลักกี่คน", "เทียบกับปีก่อน?"), "trainer_count", "p=บุรีรัมย์ t=c",
  reply=CL, note="only the 2563 register: no earlier year to compare")
C(K, pv("แล้วพวกขยายผลล่ะคะ"), "trainer_count", "t=e", reply=CL, note="follow-up with no context")
C(K, pv("ข้อ ๒ หมายถึงอะไรครับ"), "agency_duties", reply=CL, note="no context: which party's item 2?")
C(K, pv("กรมการปกครองมีหน้าที่อะไรตาม MOU", "ข้อ 7 ล่ะ"), "agency_duties", "a=DOPA", reply=CL,
  note="DOPA has five items")
C(K, pv("ทั้งภาคเลยล่ะจ้ะ"), "trainer_count", reply=CL, note="no context")
C(K, pv("ตำบลหนูมีวิทยากรกี่คนคะ"), "trainer_count", reply=CL,
  note="no place given; registers are per province")
C(K, pv("How many trainers in Nakhon?"), "trainer_count", "", "t:นครนายก t:นครปฐม t:นครพนม "
  "t:นครราชสีมา t:นครศรีธรรมราช t:นครสวรรค์", reply=CL, lang="en", note="six Nakhon provinces")
C(K, pv("How many female trainers are there in Phuket?"), "trainer_count", "p=ภูเก็ต", "P:ภูเก็ต",
  reply=CL, lang="en", note="gender not held")
C(K, pv("กศน. มีวิทยากรกี่คนในลำปาง"), "trainer_count", "p=ลำปาง", "P:ลำปาง", reply=CL,
  note="กศน. is not one of the five register columns")
C(K, pv("วิทยากรที่เป็นผู้สูงอายุเองมีกี่คนในชัยภูมิ"), "trainer_count", "p=ชัยภูมิ",
  "PA:ชัยภูมิ:DOP", reply=CL,
  note="trainers' age not held; DOP's trainers are not 'elderly trainers'")
C(K, pv("ชัยฯ มีวิทยากรขยายผลกี่คน"), "trainer_count", "t=e", "e:ชัยนาท e:ชัยภูมิ", reply=CL,
  note="ชัยนาท or ชัยภูมิ")
C(K, pv("ยโสธรขยายผลกี่คนคะ", "แล้วจังหวัดที่ติดกันล่ะคะ"), "trainer_count", "t=e",
  "e:มุกดาหาร e:อำนาจเจริญ e:อุบลราชธานี e:ศรีสะเกษ e:ร้อยเอ็ด", reply=CL,
  note="five neighbours")
C(K, pv("หนูอยู่บ้านหนองแวงค่ะ มีวิทยากรไหมคะ"), "trainer_count", reply=CL,
  note="village name found in many provinces")
C(K, pv("แขวงจำปาสักมีวิทยากรขยายผลไหม"), "trainer_count", "t=e", reply=CL,
  note="Champasak, Laos")
C(K, pv("ขอนแก่นกับอุดร มีวิทยากรหลักเท่ากันไหม", "แล้วขยายผลของจังหวัดนั้นล่ะ"), "trainer_count",
  "t=e", "e:ขอนแก่น e:อุดรธานี", reply=CL, note="'จังหวัดนั้น' after two provinces")
C(K, pv("ขอเบอร์โทรของ สบส. ที่ดูแลเรื่อง อสม. หน่อยค่ะ"), "contact", "a=HSS", reply=CL,
  note="the document gives only the DLA contact")

# ================================================================ district (25)
D = "district"
C(D, pv("หนูอยู่ อ.ปากช่องค่ะ จังหวัดหนูมีวิทยากรกี่คนคะ"), "trainer_count", "p=นครราชสีมา",
  "P:นครราชสีมา", note="ปากช่อง -> นครราชสีมา")
C(D, pv("หาดใหญ่มีวิทยากรพลเมืองคุณภาพไหมครับ"), "trainer_count", "p=สงขลา", "P:สงขลา",
  note="หาดใหญ่ -> สงขลา")
C(D, gp("@civicbot แม่สอดมีวิทยากรขยายผลกี่คน"), "trainer_count", "p=ตาก t=e", "e:ตาก",
  note="แม่สอด -> ตาก")
C(D, pv("ผมอยู่เบตง วิทยากรหลักมีไหม"), "trainer_count", "p=ยะลา t=c", "c:ยะลา",
  note="เบตง -> ยะลา; no core trainers")
C(D, pv("พัทยามีวิทยากรกี่คนคะ"), "trainer_count", "p=ชลบุรี", "P:ชลบุรี", note="พัทยา -> ชลบุรี")
C(D, pv("หัวหิน วิทยากรขยายผล"), "trainer_count", "p=ประจวบคีรีขันธ์ t=e", "e:ประจวบคีรีขันธ์",
  note="หัวหิน -> ประจวบคีรีขันธ์")
C(D, pv("อยู่เกาะสมุยค่ะ อยากรู้ว่ามีวิทยากรหลักในจังหวัดกี่คน"), "trainer_count",
  "p=สุราษฎร์ธานี t=c", "c:สุราษฎร์ธานี", note="เกาะสมุย -> สุราษฎร์ธานี")
C(D, pv("อ.ฝาง มีวิทยากรของพัฒนาชุมชนกี่คน"), "trainer_count", "p=เชียงใหม่ a=CDD",
  "PA:เชียงใหม่:CDD", note="ฝาง -> เชียงใหม่")
C(D, pv("แม่สายมีวิทยากรขยายผลของปกครองกี่คนครับ"), "trainer_count", "p=เชียงราย a=DOPA t=e",
  "e:เชียงราย:DOPA", note="แม่สาย -> เชียงราย")
C(D, pv("ยายอยู่อำเภอวารินชำราบ อยากรู้ว่ามีวิทยากรหลักกี่คนจ๊ะ"), "trainer_count",
  "p=อุบลราชธานี t=c", "c:อุบลราชธานี", note="วารินชำราบ -> อุบลราชธานี")
C(D, gp("@civicbot ทางอำเภอพิมายมีวิทยากรขยายผลกี่คนคะ"), "trainer_count", "p=นครราชสีมา t=e",
  "e:นครราชสีมา", note="พิมาย -> นครราชสีมา")
C(D, pv("สวัสดีครับ ผมเป็นกรรมการหมู่บ้าน อ.ชุมแพ", "ที่จังหวัดผมมีวิทยากรหลักสูตรพลเมืองคุณภาพกี่คนครับ"),
  "trainer_count", "p=ขอนแก่น", "P:ขอนแก่น", note="ชุมแพ -> ขอนแก่น")
C(D, pv("สุไหงโก-ลก มีวิทยากรขยายผลไหมคะ"), "trainer_count", "p=นราธิวาส t=e", "e:นราธิวาส",
  note="สุไหงโก-ลก -> นราธิวาส")
C(D, pv("ทุ่งสงมีวิทยากรหลักของ สบส. ไหม"), "trainer_count", "p=นครศรีธรรมราช a=HSS t=c",
  "c:นครศรีธรรมราช:HSS", note="ทุ่งสง -> นครศรีธรรมราช")
C(D, pv("ปากเกร็ด วิทยากรขยายผลเท่าไหร่"), "trainer_count", "p=นนทบุรี t=e", "e:นนทบุรี",
  note="ปากเกร็ด -> นนทบุรี")
C(D, pv("บางพลีมีวิทยากรหลักกี่คน"), "trainer_count", "p=สมุทรปราการ t=c", "c:สมุทรปราการ",
  note="บางพลี -> สมุทรปราการ")
C(D, pv("เชียงคานมีวิทยากรขยายผลของท้องถิ่นกี่คนครับ"), "trainer_count", "p=เลย a=DLA t=e",
  "e:เลย:DLA", note="เชียงคาน -> เลย")
C(D, pv("ปาย วิทยากรพลเมืองคุณภาพ"), "trainer_count", "p=แม่ฮ่องสอน", "P:แม่ฮ่องสอน",
  note="ปาย -> แม่ฮ่องสอน")
C(D, pv("อ.นางรอง วิทยากรหลักมีกี่คนคะ"), "trainer_count", "p=บุรีรัมย์ t=c", "c:บุรีรัมย์",
  note="นางรอง -> บุรีรัมย์")
C(D, pv("ผมเป็นผู้ใหญ่บ้านอยู่อำเภอกันทรลักษ์ครับ อยากทราบจำนวนวิทยากรขยายผลของกรมการปกครองในจังหวัดครับ"),
  "trainer_count", "p=ศรีสะเกษ a=DOPA t=e", "e:ศรีสะเกษ:DOPA", note="กันทรลักษ์ -> ศรีสะเกษ")
C(D, pv("ปากน้ำโพมีวิทยากรกี่คน"), "trainer_count", "p=นครสวรรค์", "P:นครสวรรค์",
  note="ปากน้ำโพ -> นครสวรรค์")
C(D, pv("อ.อรัญประเทศ มีวิทยากรขยายผลกี่คนค่ะ"), "trainer_count", "p=สระแก้ว t=e", "e:สระแก้ว",
  note="อรัญประเทศ -> สระแก้ว")
C(D, pv("อ.ตะกั่วป่า ขยายผล สบส"), "trainer_count", "p=พังงา a=HSS t=e", "e:พังงา:HSS",
  note="ตะกั่วป่า -> พังงา")
C(D, gp("@civicbot อำเภอเถินมีวิทยากรหลักกี่คนคะ"), "trainer_count", "p=ลำปาง t=c", "c:ลำปาง",
  note="เถิน -> ลำปาง")
C(D, pv("เกาะช้างมีวิทยากรพลเมืองคุณภาพไหม"), "trainer_count", "p=ตราด", "P:ตราด",
  note="เกาะช้าง -> ตราด")

# ================================================================ region (15)  six-region scheme
R = "region"
C(R, pv("ภาคอีสานมีวิทยากรขยายผลกี่คน"), "trainer_count", "t=e", "e:@northeast")
C(R, pv("ภาคใต้มีวิทยากรหลักทั้งหมดกี่คนคะ"), "trainer_count", "t=c", "c:@south")
C(R, gp("@civicbot ทั้งภาคเหนือมีวิทยากรพลเมืองคุณภาพเท่าไหร่"), "trainer_count", "", "R:@north",
  note="six-region north: 9 provinces")
C(R, pv("ภาคตะวันออกมีวิทยากรขยายผลของพัฒนาชุมชนกี่คน"), "trainer_count", "a=CDD t=e",
  "e:@east:CDD")
C(R, pv("วิทยากรหลักภาคตะวันตก"), "trainer_count", "t=c", "c:@west", note="only เพชรบุรี")
C(R, pv("ภาคกลางรวม กทม. มีวิทยากรขยายผลเท่าไร"), "trainer_count", "t=e", "e:@central",
  note="six-region central: 22 provinces incl. กรุงเทพมหานคร")
C(R, pv("อีสานทั้งหมด วิทยากรหลักของกรมการปกครอง"), "trainer_count", "a=DOPA t=c",
  "c:@northeast:DOPA")
C(R, pv("ภาคไหนมีวิทยากรขยายผลเยอะที่สุด"), "trainer_coverage", "t=e", "topreg:e", alt=COV,
  note="ภาคตะวันออกเฉียงเหนือ")
C(R, pv("ภาคอีสาน จังหวัดไหนมีขยายผลมากสุด"), "trainer_coverage", "t=e", "top:e@northeast",
  alt=COV, note="นครราชสีมา")
C(R, pv("ภาคใต้ ทั้งวิทยากรหลักและขยายผล รวมกี่คน"), "trainer_count", "", "R:@south")
C(R, pv("14 จังหวัดภาคใต้ มีวิทยากรขยายผลของ อสม. เอ้ย ของ สบส. กี่คน"), "trainer_count",
  "a=HSS t=e", "e:@south:HSS", note="self-correction inside the message")
C(R, gp("@civicbot ภาคตะวันออก วิทยากรหลัก มีกี่คน อยู่จังหวัดไหนบ้าง"), "trainer_count", "t=c",
  "c:@east", alt=CNT, note="จันทบุรี and ชลบุรี")
C(R, pv("อีสานมีวิทยากรกี่คน ทั้งหลักทั้งขยายผล"), "trainer_count", "", "R:@northeast")
C(R, pv("ภาคตะวันตก ขยายผล กรมผู้สูงอายุ"), "trainer_count", "a=DOP t=e", "e:@west:DOP")
C(R, pv("ภาคไหนมีวิทยากรหลักน้อยที่สุด"), "trainer_coverage", "t=c", "lowreg:c", alt=COV,
  note="ภาคตะวันตก")

# ================================================================ comparison (15)
M = "comparison"
C(M, pv("เชียงใหม่กับเชียงราย ใครมีวิทยากรขยายผลมากกว่ากัน"), "trainer_coverage", "t=e",
  "e:เชียงใหม่ e:เชียงราย", alt=COV)
C(M, pv("วิทยากรหลัก ขอนแก่น เทียบกับ อุดร"), "trainer_coverage", "t=c", "c:ขอนแก่น c:อุดรธานี",
  alt=COV, note="equal: one figure")
C(M, gp("@civicbot บุรีรัมย์กับศรีสะเกษ ขยายผลที่ไหนเยอะกว่าครับ"), "trainer_coverage", "t=e",
  "e:บุรีรัมย์ e:ศรีสะเกษ", alt=COV, note="equal: one figure")
C(M, pv("ในอุบล วิทยากรขยายผลของปกครองกับสบส.ต่างกันเท่าไหร่"), "trainer_coverage",
  "p=อุบลราชธานี t=e", "e:อุบลราชธานี:DOPA e:อุบลราชธานี:HSS", alt=COV,
  note="two departments: no agency slot")
C(M, pv("ทั่วประเทศ วิทยากรหลักของท้องถิ่นกับของพัฒนาชุมชน อันไหนมากกว่า"), "trainer_coverage",
  "t=c", "c:*:DLA c:*:CDD", alt=COV)
C(M, pv("โคราชกับอุบล วิทยากรรวมทั้งสองแบบ ใครเยอะกว่า"), "trainer_coverage", "",
  "t:นครราชสีมา t:อุบลราชธานี", alt=COV)
C(M, pv("ร้อยเอ็ด เทียบ มหาสารคาม ขยายผล"), "trainer_coverage", "t=e", "e:ร้อยเอ็ด e:มหาสารคาม",
  alt=COV)
C(M, pv("ภาคอีสานกับภาคใต้ วิทยากรหลักภาคไหนมากกว่า"), "trainer_coverage", "t=c",
  "c:@northeast c:@south", alt=COV, note="two regions")
C(M, pv("ขยายผลของกรมกิจการผู้สูงอายุ เชียงใหม่กับลำพูน"), "trainer_coverage", "a=DOP t=e",
  "e:เชียงใหม่:DOP e:ลำพูน:DOP", alt=COV)
C(M, pv("สงขลากับปัตตานีมีวิทยากรขยายผลต่างกันไหม"), "trainer_coverage", "t=e",
  "e:สงขลา e:ปัตตานี", alt=COV)
C(M, pv("วิทยากรหลักลำปางกับน่าน ที่ไหนมากกว่า"), "trainer_coverage", "t=c", "c:ลำปาง c:น่าน",
  alt=COV)
C(M, pv("นครปฐมกับนนทบุรี วิทยากรหลักใครมีมากกว่า"), "trainer_coverage", "t=c",
  "c:นครปฐม c:นนทบุรี", alt=COV, note="นนทบุรี has none")
C(M, gp("@civicbot กรมการปกครองกับกรมส่งเสริมการปกครองท้องถิ่น ใครมีวิทยากรขยายผลทั่วประเทศมากกว่ากันครับ"),
  "trainer_coverage", "t=e", "e:*:DOPA e:*:DLA", alt=COV)
C(M, pv("พิจิตร vs พิษณุโลก ขยายผล"), "trainer_coverage", "t=e", "e:พิจิตร e:พิษณุโลก", alt=COV,
  note="equal: one figure")
C(M, pv("ในร้อยเอ็ด ขยายผลของท้องถิ่นเยอะกว่าของสบส.กี่คน"), "trainer_coverage", "p=ร้อยเอ็ด t=e",
  "e:ร้อยเอ็ด:DLA e:ร้อยเอ็ด:HSS", alt=COV)

# ================================================================ silent (15)
S = "silent"
for t in ["ขอบคุณค่ะพี่ๆ 🙏",
          "พรุ่งนี้ประชุม อสม. 9 โมงที่ศาลาวัดนะคะ อย่าลืมเอาสมุดมาด้วย",
          "แจ้งข่าวค่ะ กกต.จังหวัดจะจัดอบรมวิทยากรพลเมืองคุณภาพวันที่ 15 นี้",
          "จากทะเบียนนะ ขอนแก่นมีวิทยากรหลัก 5 คน ขยายผล 43 คน ใครจะติดต่อบอกได้",
          "@civicbot 555 วันนี้ร้อนมากเลยเนอะ",
          "ใครว่างไปตลาดนัดเย็นนี้บ้าง",
          "@civicbot ช่วยสั่งส้มตำปูปลาร้าให้หน่อย",
          "ส่งรูปกิจกรรม ศส.ปชต. เมื่อวานให้แล้วนะคะ 📷",
          "รับทราบครับ",
          "ฝากประชาสัมพันธ์ วันอาทิตย์นี้มีตรวจสุขภาพผู้สูงอายุที่ รพ.สต.",
          "@civicbot ดูดวงให้หน่อย เดือนนี้จะถูกหวยไหม",
          "สวัสดีวันจันทร์ค่ะ ทุกคน 🌻",
          "เมื่อวานประชุม อบต. สรุปว่าจะของบทำป้ายศูนย์ ศส.ปชต. ใหม่",
          "ok ครับ เดี๋ยวผมแจ้งผู้ใหญ่ให้",
          "@civicbot ราคายางวันนี้เท่าไหร่"]:
    C(S, gp(t), "unknown", reply="silent",
      note="tagged but off-domain" if t.startswith("@civicbot") else "group chatter, not addressed")

# ---------------------------------------------------------------- ids, users, output
WANT = {"ordinary": 140, "followup": 120, "english": 30, "clarify": 40, "district": 25,
        "region": 15, "comparison": 15, "silent": 15}


def main():
    counts = {}
    for c in CASES:
        counts[c["category"]] = counts.get(c["category"], 0) + 1
    if counts != WANT:
        sys.exit("category counts %r differ from %r" % (counts, WANT))
    rng = random.Random(1111)
    order = list(range(len(CASES)))
    rng.shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        c = CASES[i]
        uid = rng.randint(10_000, 9_999_999)
        turns = [{"text": t["text"], "chat_type": t["chat_type"], "user_id": uid,
                  "reply_to_bot": t["reply_to_bot"]} for t in c["turns"]]
        out.append({"id": "b11-%04d" % n, "category": c["category"], "turns": turns,
                    "expect": c["expect"], "note": c["note"]})
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("messages.jsonl: %d cases %s" % (len(out), counts))


if __name__ == "__main__":
    main()
