#!/usr/bin/env python3
"""Build messages.jsonl (400 blind cases for CivicBot) from hand-written phrasings.

Every expected figure is a *spec* resolved against figures.json (never typed by hand):
  c:PROV[:AG]      core trainers of a province (AG = DOPA|DLA|HSS|CDD|DOP, default total)
  e:PROV[:AG]      extended trainers of a province
  b:PROV[:AG]      core + extended of a province
  u:PROV[:AG]      untyped question: core, extended and their sum (core left out when 0)
  n:TYPE[:AG]      national total, TYPE = core|extended|both
  r:REGION:TYPE[:AG]  regional sum (regions defined in figures.py)
  rc:REGION        number of provinces of a region that have core trainers
  max:TYPE         highest province total for TYPE;  top:TYPE:K  the K highest values
  agmax:TYPE       highest department total for TYPE
  cov:KEY / cova:core|extended:AG   coverage figures;  doc:KEY  document figures
A value of 0 is dropped (the reply says "none" rather than a digit; the note says so).
The specs of every case go to derivations.json so validate.py can re-derive them.
Deterministic: fixed seed for user ids.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
F = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
P = F["provinces"]
AG = F["agencies"]

rng = random.Random(20250909)
CASES = []
DERIV = {}


def resolve(spec):
    parts = spec.split(":")
    k = parts[0]
    if k in ("c", "e", "b"):
        t = {"c": "core", "e": "extended", "b": "both"}[k]
        a = parts[2] if len(parts) > 2 else "total"
        return [P[parts[1]][t][a]]
    if k == "u":
        a = parts[2] if len(parts) > 2 else "total"
        c, e = P[parts[1]]["core"][a], P[parts[1]]["extended"][a]
        return [c, e, c + e] if c else [e]
    if k == "n":
        a = parts[2] if len(parts) > 2 else "total"
        return [F["national"][parts[1]][a]]
    if k == "r":
        a = parts[3] if len(parts) > 3 else "total"
        return [F["regions"][parts[1]]["sums"][parts[2]][a]]
    if k == "rc":
        return [F["regions"][parts[1]]["core_province_count"]]
    if k == "max":
        return [F["rankings"][parts[1]]["max"]]
    if k == "top":
        return [v for _, v in F["rankings"][parts[1]]["order"][: int(parts[2])]]
    if k == "agmax":
        return [F["agency_ranking"][parts[1]][0][1]]
    if k == "cov":
        return [F["coverage"][parts[1]]]
    if k == "cova":
        return [F["coverage"]["%s_by_agency_provinces" % parts[1]][parts[2]]]
    if k == "doc":
        v = F["document"]
        for p in parts[1:]:
            v = v[p]
        return [v]
    raise SystemExit("bad spec " + spec)


def figs_of(specs):
    out = []
    for s in specs:
        for v in resolve(s):
            if not isinstance(v, int):
                raise SystemExit("spec %s is not an int" % s)
            if v != 0 and v not in out:
                out.append(v)
    return out


def add(cat, turns, intent, slots=None, figs=(), reply="answer", lang="th", note="",
        chat="private", alt=None):
    if isinstance(turns, (str, tuple)):
        turns = [turns]
    uid = rng.randint(100000, 999999) if chat == "private" else rng.randint(2000000, 2999999)
    tt = []
    for t in turns:
        rtb = False
        if isinstance(t, tuple):
            t, rtb = t
        tt.append({"text": t, "chat_type": chat, "user_id": uid, "reply_to_bot": rtb})
    exp = {"intent": intent, "slots": dict(slots or {}), "figures": figs_of(figs),
           "reply": reply, "lang": lang}
    if alt:
        exp["intent_alt"] = list(alt)
    CASES.append({"category": cat, "turns": tt, "expect": exp, "note": note, "_specs": list(figs)})


G = "group"
# slot shorthands
def S(p=None, a=None, t=None):
    d = {}
    if p:
        assert p in P, p
        d["province"] = p
    if a:
        assert a in AG + ["ECT"], a
        d["agency"] = a
    if t:
        assert t in ("core", "extended"), t
        d["trainer_type"] = t
    return d


K, X = "core", "extended"
KORAT, UBON, KK, CM = "นครราชสีมา", "อุบลราชธานี", "ขอนแก่น", "เชียงใหม่"
RANK = ["trainer_count"]

# ---------------------------------------------------------------- ordinary (180)
O = "ordinary"
# trainer_count (56)
add(O, "โคราชมีวิทยากรหลักกี่คนคะ", "trainer_count", S(KORAT, t=K), ["c:" + KORAT], note="nickname โคราช")
add(O, "วิทยากรขยายผล จ.ขอนแก่น มีกี่ท่านครับ", "trainer_count", S(KK, t=X), ["e:" + KK])
add(O, "อุบลฯวิทยากรหลักทั้งหมดกี่คน", "trainer_count", S(UBON, t=K), ["c:" + UBON], note="อุบลฯ with ฯ, no space")
add(O, "เชียงใหม่ วิทยากรขยายผล กี่คนจ้า", "trainer_count", S(CM, t=X), ["e:" + CM])
add(O, "ศรีษะเกษ มีวิทยากรขยายผลกี่คนคะ", "trainer_count", S("ศรีสะเกษ", t=X), ["e:ศรีสะเกษ"], note="common misspelling ศรีษะเกษ")
add(O, "บุรีรัมมีวิทยากรหลักป่าวคะ ถ้ามีกี่คน", "trainer_count", S("บุรีรัมย์", t=K), ["c:บุรีรัมย์"], note="misspelling บุรีรัม")
add(O, "สุราษฏร์ธานีขยายผลกี่คนครับ", "trainer_count", S("สุราษฎร์ธานี", t=X), ["e:สุราษฎร์ธานี"], note="ฏ for ฎ")
add(O, "กทม.มีวิทยากรขยายผลกี่คนคะ", "trainer_count", S("กรุงเทพมหานคร", t=X), [], note="Bangkok row is all '-': reply must say none (0)")
add(O, "ปากน้ำมีวิทยากรหลักกี่คนอ่ะ", "trainer_count", S("สมุทรปราการ", t=K), ["c:สมุทรปราการ"], note="ปากน้ำ = สมุทรปราการ")
add(O, "แปดริ้ว วิทยากรขยายผลมีกี่คนครับ", "trainer_count", S("ฉะเชิงเทรา", t=X), ["e:ฉะเชิงเทรา"], note="แปดริ้ว = ฉะเชิงเทรา")
add(O, "เมืองย่ามีวิทยากรกี่คนคะ", "trainer_count", S(KORAT), ["u:" + KORAT], note="เมืองย่า(โม) = โคราช; no type: both types and sum")
add(O, "@civicbot วิทยากรหลักของ อสม. ที่ร้อยเอ็ด มีกี่คนคะ", "trainer_count", S("ร้อยเอ็ด", "HSS", K), ["c:ร้อยเอ็ด:HSS"], chat=G, note="อสม. -> HSS column")
add(O, "พช.ลำปาง ขยายผลกี่คน", "trainer_count", S("ลำปาง", "CDD", X), ["e:ลำปาง:CDD"])
add(O, "ปค.อุบล วิทยากรหลัก มีกี่คน", "trainer_count", S(UBON, "DOPA", K), ["c:%s:DOPA" % UBON])
add(O, "สถ. เชียงราย วิทยากรขยายผลกี่ท่านคะ", "trainer_count", S("เชียงราย", "DLA", X), ["e:เชียงราย:DLA"])
add(O, "ผส.นครศรีฯ มีวิทยากรหลักกี่คน", "trainer_count", S("นครศรีธรรมราช", "DOP", K), ["c:นครศรีธรรมราช:DOP"], note="นครศรีฯ")
add(O, "ทั้งประเทศมีวิทยากรหลักกี่คน", "trainer_count", S(t=K), ["n:core"])
add(O, "วิทยากรขยายผลทั่วประเทศรวมกี่คนคะ 🙏", "trainer_count", S(t=X), ["n:extended"])
add(O, "รวมวิทยากรทั้งหลักทั้งขยายผลทั้งหมดทั้งประเทศกี่คน", "trainer_count", {}, ["n:both"], note="both registers summed")
add(O, "กรมการปกครองมีวิทยากรขยายผลทั้งหมดกี่คน", "trainer_count", S(a="DOPA", t=X), ["n:extended:DOPA"])
add(O, "วิทยากรหลักสายกรมกิจการผู้สูงอายุ ทั้งหมดมีเท่าไหร่คะ", "trainer_count", S(a="DOP", t=K), ["n:core:DOP"])
add(O, "ฝั่งท้องถิ่นมีวิทยากรขยายผลทั้งประเทศกี่คน", "trainer_count", S(a="DLA", t=X), ["n:extended:DLA"], note="ฝั่งท้องถิ่น = กรมส่งเสริมการปกครองท้องถิ่น")
add(O, "สบส.มีวิทยากรหลักรวมกี่คนครับ", "trainer_count", S(a="HSS", t=K), ["n:core:HSS"])
add(O, "พัฒนาชุมชนมีวิทยากรทั้งสองแบบรวมกันกี่คน", "trainer_count", S(a="CDD"), ["n:both:CDD"])
add(O, "นครสวรรค์ อสม.ขยายผลกี่คน", "trainer_count", S("นครสวรรค์", "HSS", X), ["e:นครสวรรค์:HSS"])
add(O, "ตรังมีวิทยากรขยายผลสายปกครองกี่คน", "trainer_count", S("ตรัง", "DOPA", X), ["e:ตรัง:DOPA"])
add(O, "อยากทราบจำนวนวิทยากรขยายผลของจังหวัดน่านค่ะ", "trainer_count", S("น่าน", t=X), ["e:น่าน"])
add(O, "๕ หน่วยงานในพิษณุโลก วิทยากรหลักรวมกันได้กี่คน", "trainer_count", S("พิษณุโลก", t=K), ["c:พิษณุโลก"], note="Thai digit ๕")
add(O, "ยโสธร  มี  วิทยากร ขยายผล  กี่คน", "trainer_count", S("ยโสธร", t=X), ["e:ยโสธร"], note="odd spaces")
add(O, "จ.เลย วิทยากรขยายผลของ อบต./เทศบาล กี่คนคะ", "trainer_count", S("เลย", "DLA", X), ["e:เลย:DLA"], note="อบต./เทศบาล -> DLA")
add(O, "ภูเก็ตมีวิทยากรหลักมั้ยครับ กี่คน", "trainer_count", S("ภูเก็ต", t=K), [], note="ภูเก็ต is not in the core register: reply must say none")
add(O, "สกลนคร ยอดวิทยากรขยายผลทั้งหมด", "trainer_count", S("สกลนคร", t=X), ["e:สกลนคร"])
add(O, "นราธิวาสมีวิทยากรกี่คน", "trainer_count", S("นราธิวาส"), ["u:นราธิวาส"], note="no core row; extended only")
add(O, "ชัยภูมิ ขยายผล ผส. กี่ท่าน", "trainer_count", S("ชัยภูมิ", "DOP", X), ["e:ชัยภูมิ:DOP"])
add(O, "อุดรมีวิทยากรหลักกี่คนจ๊ะ", "trainer_count", S("อุดรธานี", t=K), ["c:อุดรธานี"], note="อุดร")
add(O, "อุดรธานีวิทยากรขยายผลเท่าไหร่", "trainer_count", S("อุดรธานี", t=X), ["e:อุดรธานี"], note="row printed อุตรธานี in the table")
add(O, "ปัตตานี วิทยากรหลัก+ขยายผล รวมกันกี่คน", "trainer_count", S("ปัตตานี"), ["b:ปัตตานี"])
add(O, "@civicbot สงขลามีวิทยากรขยายผลจากกรมการพัฒนาชุมชนกี่คน", "trainer_count", S("สงขลา", "CDD", X), ["e:สงขลา:CDD"], chat=G)
add(O, "วิทยากรหลักเชียงใหม่ฝั่งผู้สูงอายุมีกี่คนคะ", "trainer_count", S(CM, "DOP", K), ["c:%s:DOP" % CM])
add(O, "มหาสารคามมีวิทยากรขยายผลกี่คน", "trainer_count", S("มหาสารคาม", t=X), ["e:มหาสารคาม"])
add(O, "อ่างทอง วิทยากรขยายผลพช.มีไหม", "trainer_count", S("อ่างทอง", "CDD", X), [], note="cell is '-': reply must say none")
add(O, "กรุงเก่ามีวิทยากรหลักกี่คน", "trainer_count", S("พระนครศรีอยุธยา", t=K), ["c:พระนครศรีอยุธยา"], note="กรุงเก่า = อยุธยา")
add(O, "เมืองสองแควมีวิทยากรขยายผลกี่คนครับ", "trainer_count", S("พิษณุโลก", t=X), ["e:พิษณุโลก"], note="สองแคว = พิษณุโลก")
add(O, "เมืองรถม้า วิทยากรหลักมีกี่คน", "trainer_count", S("ลำปาง", t=K), ["c:ลำปาง"], note="เมืองรถม้า = ลำปาง")
add(O, "ขอยอดวิทยากรขยายผล จ.กาฬสินธุ์ หน่อยค่ะ", "trainer_count", S("กาฬสินธุ์", t=X), ["e:กาฬสินธุ์"])
add(O, ("ชลบุรีมีวิทยากรกี่คน", True), "trainer_count", S("ชลบุรี"), ["u:ชลบุรี"], chat=G, note="reply to bot in group; untyped")
add(O, "หนองคาย วิทยากรหลักกรมการปกครองมีกี่คน", "trainer_count", S("หนองคาย", "DOPA", K), ["c:หนองคาย:DOPA"])
add(O, "วิทยากรขยายผลนครพนมกี่คนน้า", "trainer_count", S("นครพนม", t=X), ["e:นครพนม"])
add(O, "ลพบุรีมีวิทยากรหลักของกรมสนับสนุนบริการสุขภาพกี่คน", "trainer_count", S("ลพบุรี", "HSS", K), ["c:ลพบุรี:HSS"])
add(O, "สุรินทร์ ขยายผล กี่คน ครับผม", "trainer_count", S("สุรินทร์", t=X), ["e:สุรินทร์"])
add(O, "จำนวน trainer ขยายผลที่นนทบุรีค่ะ", "trainer_count", S("นนทบุรี", t=X), ["e:นนทบุรี"], note="English word mixed in")
add(O, "วิทยากรหลัก กรมการปกครอง ทั่วประเทศ มีกี่คน", "trainer_count", S(a="DOPA", t=K), ["n:core:DOPA"])
add(O, "ขอยอดรวมวิทยากรขยายผลของ พช. ทุกจังหวัด", "trainer_count", S(a="CDD", t=X), ["n:extended:CDD"])
add(O, "เพชรบูรณ์ ขยายผล ผู้สูงอายุ กี่คนคะ", "trainer_count", S("เพชรบูรณ์", "DOP", X), [], note="empty cell in the table = 0: reply must say none")
add(O, "ร้อยเอ็ด วิทยากรขยายผล สถ. กี่คน", "trainer_count", S("ร้อยเอ็ด", "DLA", X), ["e:ร้อยเอ็ด:DLA"])
add(O, "จันทบุรีมีวิทยากรทั้งหมดกี่คนคะ", "trainer_count", S("จันทบุรี"), ["u:จันทบุรี"])
# trainer_coverage (22)
add(O, "มีวิทยากรหลักกี่จังหวัดคะ", "trainer_coverage", S(t=K), ["cov:core_provinces"])
add(O, "จังหวัดไหนบ้างที่ไม่มีวิทยากรหลักเลย", "trainer_coverage", S(t=K), ["cov:core_missing"], note="list of provinces; count of them expected")
add(O, "จังหวัดไหนมีวิทยากรขยายผลมากที่สุด", "trainer_coverage", S(t=X), ["max:extended"], alt=RANK, note="ranking: นครราชสีมา")
add(O, "วิทยากรหลักเยอะสุดจังหวัดอะไรครับ", "trainer_coverage", S(t=K), ["max:core"], alt=RANK, note="ranking: อุบลราชธานี")
add(O, "ถ้านับรวมทั้งสองแบบ จังหวัดไหนมีวิทยากรมากที่สุด", "trainer_coverage", {}, ["max:both"], alt=RANK, note="ranking over both: อุบลราชธานี, not นครราชสีมา")
add(O, "กทม.มีวิทยากรบ้างมั้ยคะ", "trainer_coverage", S("กรุงเทพมหานคร"), [], note="no core row and all-zero extended row: answer no")
add(O, "ระยองมีวิทยากรหลักรึเปล่า", "trainer_coverage", S("ระยอง", t=K), [], note="not in core register")
add(O, "วิทยากรหลักครอบคลุมกี่จังหวัด", "trainer_coverage", S(t=K), ["cov:core_provinces"])
add(O, "วิทยากรขยายผลมีครบทุกจังหวัดมั้ยคะ", "trainer_coverage", S(t=X), [], note="listed for all 77 but กรุงเทพมหานคร has none")
add(O, "มีกี่จังหวัดที่มีวิทยากรขยายผลอย่างน้อย 1 คน", "trainer_coverage", S(t=X), ["cov:extended_provinces_nonzero"], note="Bangkok row is zero")
add(O, "หน่วยงานไหนมีวิทยากรขยายผลมากที่สุด", "trainer_coverage", S(t=X), ["agmax:extended"], alt=RANK, note="department ranking: DOPA")
add(O, "ขอ 5 อันดับจังหวัดที่มีวิทยากรขยายผลเยอะสุด", "trainer_coverage", S(t=X), ["top:extended:5"], alt=RANK)
add(O, "จังหวัดที่วิทยากรขยายผลน้อยที่สุด ไม่นับ กทม. นะ", "trainer_coverage", S(t=X), ["e:สมุทรปราการ"], alt=RANK, note="lowest non-zero: สมุทรปราการ")
add(O, "@civicbot อีสานจังหวัดไหนวิทยากรหลักเยอะที่สุด", "trainer_coverage", S(t=K), ["c:" + UBON], alt=RANK, chat=G, note="regional ranking: อุบลราชธานี")
add(O, "เชียงใหม่อยู่ในทะเบียนวิทยากรหลักไหม", "trainer_coverage", S(CM, t=K), [], note="yes")
add(O, "จังหวัดที่มีวิทยากรหลักมีที่ไหนบ้าง", "trainer_coverage", S(t=K), ["cov:core_provinces"])
add(O, "ภาคใต้มีจังหวัดไหนบ้างที่มีวิทยากรหลัก", "trainer_coverage", S(t=K), ["rc:south"], note="region south (6-region scheme): count of provinces with core")
add(O, "วิทยากรหลักของกรมกิจการผู้สูงอายุมีกี่จังหวัด", "trainer_coverage", S(a="DOP", t=K), ["cova:core:DOP"])
add(O, "มีจังหวัดไหนที่วิทยากรหลักเกิน 5 คนบ้าง", "trainer_coverage", S(t=K), ["c:" + UBON, "c:" + CM], note="อุบลราชธานี, เชียงใหม่, ร้อยเอ็ด")
add(O, "นครปฐมมีวิทยากรหลักครบทุกหน่วยงานไหม", "trainer_coverage", S("นครปฐม", t=K), [], note="yes, one in each column")
add(O, "ลำพูนมีวิทยากรหลักไหมจ๊ะ", "trainer_coverage", S("ลำพูน", t=K), [], note="no")
add(O, "ที่ไหนมีวิทยากรขยายผลของกรมการปกครองเยอะสุด", "trainer_coverage", S(a="DOPA", t=X), ["e:%s:DOPA" % UBON], alt=RANK, note="ranking within DOPA column: อุบลราชธานี")
# trainer_list (8)
add(O, "ขอรายชื่อวิทยากรหลักจังหวัดขอนแก่นหน่อยค่ะ", "trainer_list", S(KK, t=K), [], note="register has counts only; reply must say so or list")
add(O, "วิทยากรขยายผลที่โคราชมีใครบ้าง", "trainer_list", S(KORAT, t=X), [])
add(O, "ใครเป็นวิทยากรหลักของ พช. ที่อุบล", "trainer_list", S(UBON, "CDD", K), [], note="cell is '-'")
add(O, "อยากได้ชื่อวิทยากรในสุรินทร์ไว้เชิญมาอบรม อสม. ค่ะ", "trainer_list", S("สุรินทร์"), [], note="อสม. is the audience, not the department")
add(O, "@civicbot รายชื่อวิทยากร จ.ลำปาง มีป่าวคะ", "trainer_list", S("ลำปาง"), [], chat=G)
add(O, "มีชื่อวิทยากรขยายผลเชียงรายไหม ขอเบอร์ด้วยนะ", "trainer_list", S("เชียงราย", t=X), [])
add(O, "ขอลิสต์วิทยากรหลักทั้งหมดของพัทลุง", "trainer_list", S("พัทลุง", t=K), [])
add(O, "วิทยากรหลักสายผู้สูงอายุที่ร้อยเอ็ด %d คนนั้นชื่ออะไรบ้าง" % P["ร้อยเอ็ด"]["core"]["DOP"], "trainer_list", S("ร้อยเอ็ด", "DOP", K), [])
# agency_duties (22)
add(O, "กกต.ต้องทำอะไรบ้างตาม MOU", "agency_duties", S(a="ECT"), [])
add(O, "สำนักงาน กกต. รับผิดชอบเรื่องไหนในบันทึกข้อตกลงคะ", "agency_duties", S(a="ECT"), [])
add(O, "ฝั่ง กกต. มีหน้าที่ทำหลักสูตรกับสื่อด้วยใช่มั้ย", "agency_duties", S(a="ECT"), [], note="ECT duty 4")
add(O, "กรมการปกครองมีบทบาทอะไรใน mou นี้", "agency_duties", S(a="DOPA"), [])
add(O, "ปค. ต้องสนับสนุน ศส.ปชต. ยังไงบ้าง", "agency_duties", S(a="DOPA"), [])
add(O, "นายอำเภอกับกรรมการหมู่บ้านต้องทำไรบ้างตามข้อตกลง", "agency_duties", S(a="DOPA"), [], note="นายอำเภอ/กรรมการหมู่บ้าน -> DOPA")
add(O, "@civicbot ผลงานกับ ศส.ปชต. เอาไปใช้ประเมินกำนันผู้ใหญ่บ้านดีเด่นด้วยเหรอ", "agency_duties", S(a="DOPA"), [], chat=G, note="DOPA duty 5")
add(O, "อบต. เทศบาล ต้องช่วย ศส.ปชต. ยังไงคะ", "agency_duties", S(a="DLA"), [])
add(O, "สถ.มีหน้าที่อะไรบ้าง", "agency_duties", S(a="DLA"), [])
add(O, "ท้องถิ่นต้องเอาโครงการหมู่บ้านพลเมืองดีใส่ในแผนประจำปีไหมครับ", "agency_duties", S(a="DLA"), [], note="DLA duty 2")
add(O, "กรมส่งเสริมการปกครองท้องถิ่นรับผิดชอบอะไรตามข้อตกลงความร่วมมือ", "agency_duties", S(a="DLA"), [])
add(O, "อสม.ต้องทำอะไรเกี่ยวกับ ศส.ปชต. บ้างคะ", "agency_duties", S(a="HSS"), [])
add(O, "สบส. หน้าที่ตาม MOU มีกี่ข้อ", "agency_duties", S(a="HSS"), ["doc:duty_counts:HSS"])
add(O, "กรมสนับสนุนบริการสุขภาพต้องขอให้ สสจ. ทำอะไร", "agency_duties", S(a="HSS"), [], note="นายแพทย์สาธารณสุขจังหวัด")
add(O, ("อสม.ดีเด่นต้องมีผลงานร่วมกับ ศส.ปชต. ด้วยหรอคะ", True), "agency_duties", S(a="HSS"), [], chat=G, note="HSS duty 4")
add(O, "พช.ต้องทำอะไรบ้าง", "agency_duties", S(a="CDD"), [])
add(O, "พัฒนากรต้องช่วยงาน ศส.ปชต. ยังไงบ้างคะ", "agency_duties", S(a="CDD"), [], note="พัฒนากร -> CDD")
add(O, "กลุ่มสตรี กองทุนพัฒนาบทบาทสตรี เกี่ยวอะไรกับ mou เนี่ย", "agency_duties", S(a="CDD"), [])
add(O, "กรมการพัฒนาชุมชนมีบทบาทยังไงกับ กกต.", "agency_duties", S(a="CDD"), [])
add(O, "ผส. ต้องทำอะไรบ้างคะ", "agency_duties", S(a="DOP"), [])
add(O, "ชมรมผู้สูงอายุต้องเข้าไปเป็นกรรมการ ศส.ปชต. ด้วยไหม", "agency_duties", S(a="DOP"), [])
add(O, "กรมกิจการผู้สูงอายุมีหน้าที่กี่ข้อ", "agency_duties", S(a="DOP"), ["doc:duty_counts:DOP"])
# agency_list (10)
add(O, "MOU นี้มีหน่วยงานไหนบ้างคะ", "agency_list", {}, [])
add(O, "ภาคีเครือข่ายของ กกต. มีกี่กรม", "agency_list", {}, ["doc:partner_departments"])
add(O, "หน่วยงานที่ลงนามร่วมกับ กกต. มีใครบ้าง", "agency_list", {}, [])
add(O, "หน่วยงานรัฐที่ส่งวิทยากรมีกี่หน่วย อะไรบ้าง", "agency_list", {}, ["doc:partner_departments"])
add(O, "@civicbot ใครบ้างเป็นพันธมิตรใน mou ฉบับแรก", "agency_list", {}, [], chat=G, note="four partners of MOU 1")
add(O, "มีกรมอะไรร่วมบ้างคะเรื่อง ศส.ปชต.", "agency_list", {}, [])
add(O, "partner มีใครบ้างครับ", "agency_list", {}, [])
add(O, "หน่วยงานภาคีมีใครบ้าง ขอชื่อเต็มนะ", "agency_list", {}, [])
add(O, "รายชื่อกรมที่ร่วมขับเคลื่อนหลักสูตรพลเมืองคุณภาพ", "agency_list", {}, [])
add(O, "กรมการพัฒนาชุมชนเซ็นแยกฉบับใช่ไหม แล้วฉบับรวมมีใคร", "agency_list", {}, [], note="MOU 2 is CDD alone; MOU 1 the four others")
# mou_info (18)
add(O, "MOU มีกี่ฉบับคะ", "mou_info", {}, ["doc:mou_count"])
add(O, "บันทึกข้อตกลงกับ พช. มีอายุกี่ปี", "mou_info", S(a="CDD"), ["doc:mou2_term_years"])
add(O, "ถ้าจะยกเลิก mou ต้องแจ้งล่วงหน้ากี่วันครับ", "mou_info", {}, ["doc:mou2_notice_days"])
add(O, "ใครเซ็น MOU ฝั่ง กกต.", "mou_info", S(a="ECT"), [], note="เลขาธิการ กกต. (จรุงวิทย์, name scanned two ways)")
add(O, "อธิบดีกรมการปกครองที่ลงนามชื่ออะไรคะ", "mou_info", S(a="DOPA"), [])
add(O, "mou มีผลตั้งแต่เมื่อไหร่", "mou_info", {}, [], note="from the date of signing")
add(O, "แก้ไข mou ได้ไหม ต้องทำยังไง", "mou_info", {}, [], note="in writing, signed by all parties")
add(O, "หนังสือ สถ. ที่ส่งมาเลขที่อะไร ลงวันที่เท่าไหร่", "mou_info", S(a="DLA"), ["doc:letter_year"], note="มท 0818.2/ว 2565, 1 ก.พ. 2565")
add(O, "หนังสือนำส่งเรียนถึงใครคะ", "mou_info", {}, [], note="ผู้ว่าราชการจังหวัด ทุกจังหวัด")
add(O, "พยานตอนเซ็น mou กับพัฒนาชุมชนเป็นใคร", "mou_info", S(a="CDD"), [])
add(O, "ข้อตกลงนี้ทำขึ้นมาเพื่ออะไร", "mou_info", {}, [])
add(O, "mou อ้างรัฐธรรมนูญฉบับปีไหน", "mou_info", {}, ["doc:constitution_year"])
add(O, "@civicbot ใครเป็นคนลงนามหนังสือแจ้งจังหวัด", "mou_info", {}, [], chat=G, note="นายประยูร รัตนเสนีย์")
add(O, "mou กับ พช. หมดอายุเมื่อไหร่", "mou_info", S(a="CDD"), ["doc:mou2_term_years"])
add(O, "บันทึกข้อตกลงว่าด้วยเรื่องอะไรคะ", "mou_info", {}, [])
add(O, "ขอดูสาระสำคัญของ mou หน่อยครับ", "mou_info", {}, [])
add(O, "หนังสือแจ้งให้จังหวัดทำอะไรต่อ", "mou_info", {}, [], note="inform local governments, use trainers to expand the course")
add(O, "ลงนามเอ็มโอยูกันวันไหนคะ", "mou_info", {}, [], note="the document gives no signing date; letter dated 1 ก.พ. 2565")
# center_info (12)
add(O, "ศส.ปชต. ตั้งขึ้นตั้งแต่ปีไหน", "center_info", {}, ["doc:centre_founded"])
add(O, "ศูนย์ส่งเสริมพัฒนาประชาธิปไตยมีไว้ทำอะไร", "center_info", {}, [])
add(O, "ปีงบ 64 จะตั้ง ศส.ปชต. กี่แห่ง", "center_info", {}, [], note="อำเภอละ 1 ตำบล")
add(O, "ศส.ปชต.ครบทุกตำบลปีไหนคะ", "center_info", {}, ["doc:centre_rollout_years:all_tambons"], note="ปีงบประมาณ 2565")
add(O, "ศส.ปชต. ตั้งร่วมกับ กศน. ใช่ไหม", "center_info", {}, [])
add(O, "ศส.ปชต.ทำอะไรบ้าง", "center_info", {}, [])
add(O, "ที่ผ่านมา ศส.ปชต. มีปัญหาอะไร", "center_info", {}, [], note="lack of a village-level mechanism")
add(O, "ปีงบ 63 ศส.ปชต. ตั้งจังหวัดละกี่ศูนย์", "center_info", {}, [])
add(O, "ศส.ปชต.ตั้งมากี่ปีแล้วคะ", "center_info", {}, ["doc:centre_founded"])
add(O, "@civicbot ศส.ปชต. เกี่ยวกับการเลือกตั้งยังไง", "center_info", {}, [], chat=G, note="polling-station committee, observers")
add(O, "ใครเป็นกรรมการ ศส.ปชต. ได้บ้าง", "center_info", {}, [])
add(O, "ศูนย์ ศส.ปชต. คือไรอ่ะ", "center_info", {}, [], note="could be read as glossary; centre facts expected")
# glossary (12)
add(O, "ศส.ปชต. ย่อมาจากอะไร", "glossary", {}, [])
add(O, "อสม. ย่อมาจากอะไรคะ", "glossary", {}, [])
add(O, "ศพอส. คืออะไร", "glossary", {}, [])
add(O, "วิทยากรขยายผลคืออะไร ต่างจากวิทยากรหลักยังไง", "glossary", {}, [])
add(O, "สบส. ย่อมาจาก?", "glossary", S(a="HSS"), [])
add(O, "ผส. คือกรมอะไร", "glossary", S(a="DOP"), [])
add(O, "กกต. ชื่อเต็มๆ คืออะไรครับ", "glossary", S(a="ECT"), [])
add(O, "พลเมืองคุณภาพ หมายถึงอะไร", "glossary", {}, [])
add(O, "MOU แปลว่าอะไรคะ", "glossary", {}, [])
add(O, "อาสาสมัครพัฒนาการเมือง คือใคร", "glossary", {}, [])
add(O, "สถ.คืออะไรคะ", "glossary", S(a="DLA"), [])
add(O, "กศน. ย่อมาจากอะไร", "glossary", {}, [])
# contact (10)
add(O, "เรื่องนี้ติดต่อใครได้บ้างคะ", "contact", {}, [])
add(O, "เบอร์โทรกองการเลือกตั้งท้องถิ่น", "contact", {}, ["doc:phone_ext"])
add(O, "ขอเบอร์แฟกซ์หน่อย", "contact", {}, ["doc:fax_tail"])
add(O, "ผู้ประสานงานชื่ออะไร", "contact", {}, [])
add(O, "โทรไปเบอร์ไหนคะ ต่อเท่าไหร่", "contact", {}, ["doc:phone_ext"])
add(O, "จะส่งแฟ็กซ์ไปที่ สถ. เบอร์อะไร", "contact", S(a="DLA"), ["doc:fax_tail"])
add(O, "ที่อยู่กรมส่งเสริมการปกครองท้องถิ่นอยู่ไหน", "contact", S(a="DLA"), [], note="ถนนนครราชสีมา is a street: no province slot")
add(O, "อยากประสานเรื่องวิทยากร ต้องติดต่อที่ไหน", "contact", {}, [], note="the letter says: the provincial ECT office")
add(O, "@civicbot มีเบอร์เจ้าหน้าที่ไหมคะ จะโทรถาม", "contact", {}, ["doc:phone_ext"], chat=G)
add(O, "ติดต่อ จนท.เรื่องหนังสือฉบับนี้ได้ทางไหนบ้าง", "contact", {}, [])
# help / greeting / unknown (10)
add(O, "ใช้งานยังไงคะ", "help", {}, [])
add(O, "บอทตอบอะไรได้บ้าง", "help", {}, [])
add(O, "/help", "help", {}, [])
add(O, "สวัสดีค่ะ", "greeting", {}, [])
add(O, "หวัดดีจ้าน้องบอท", "greeting", {}, [])
add(O, "@civicbot สวัสดีตอนเช้าค่ะ 🙏", "greeting", {}, [], chat=G, note="addressed greeting in a group")
add(O, "ราคาปุ๋ยวันนี้เท่าไหร่", "unknown", {}, [], note="off-domain, private chat: polite fallback")
add(O, "พรุ่งนี้ฝนตกมั้ยคะ", "unknown", {}, [])
add(O, "หวยงวดนี้ออกอะไร", "unknown", {}, [])
add(O, "ขอสูตรแกงเขียวหวานหน่อย", "unknown", {}, [])

# ---------------------------------------------------------------- followup (60)
FU = "followup"
add(FU, ["โคราชมีวิทยากรขยายผลกี่คน", "แล้วลำปางล่ะ"], "trainer_count", S("ลำปาง", t=X), ["e:ลำปาง"])
add(FU, ["ขอนแก่นวิทยากรหลักกี่คนคะ", "ขยายผลล่ะ"], "trainer_count", S(KK, t=X), ["e:" + KK])
add(FU, ["อุบลมีวิทยากรขยายผลกี่คน", "ของ พช. ด้วย"], "trainer_count", S(UBON, "CDD", X), ["e:%s:CDD" % UBON])
add(FU, ["เชียงใหม่มีวิทยากรหลักกี่คน", "แล้ว ผส. ละ"], "trainer_count", S(CM, "DOP", K), ["c:%s:DOP" % CM])
add(FU, ["กรมการปกครองต้องทำอะไรตาม MOU", "แล้ว สบส. ล่ะ"], "agency_duties", S(a="HSS"), [])
add(FU, ["ศส.ปชต. คืออะไร", "ตั้งตั้งแต่ปีไหน"], "center_info", {}, ["doc:centre_founded"])
add(FU, ["MOU กับ พช. มีอายุกี่ปีคะ", "ถ้าจะเลิกก่อนล่ะ"], "mou_info", S(a="CDD"), ["doc:mou2_notice_days"])
add(FU, ["บุรีรัมย์ ขยายผล กี่คน", "สุรินทร์ล่ะ", "ศรีสะเกษด้วย"], "trainer_count", S("ศรีสะเกษ", t=X), ["e:ศรีสะเกษ"])
add(FU, ["ร้อยเอ็ด วิทยากรหลักกี่คน", "เฉพาะ อสม."], "trainer_count", S("ร้อยเอ็ด", "HSS", K), ["c:ร้อยเอ็ด:HSS"])
add(FU, ["พิษณุโลกมีวิทยากรขยายผลเท่าไหร่", "แยกตามหน่วยงานได้ไหม"], "trainer_count", S("พิษณุโลก", t=X),
    ["e:พิษณุโลก:" + a for a in AG], note="per-department breakdown")
add(FU, ["ทั้งประเทศมีวิทยากรหลักกี่คน", "แล้วแบบขยายผลล่ะคะ"], "trainer_count", S(t=X), ["n:extended"])
add(FU, ["ทั้งประเทศมีวิทยากรหลักกี่คน", "เอาแค่กรมการปกครอง"], "trainer_count", S(a="DOPA", t=K), ["n:core:DOPA"])
add(FU, ["สถ.ต้องทำอะไรบ้าง", "ผู้สูงอายุล่ะ"], "agency_duties", S(a="DOP"), [])
add(FU, ["หาดใหญ่มีวิทยากรขยายผลกี่คน", "แล้วหลักล่ะ"], "trainer_count", S("สงขลา", t=K), [], note="สงขลา has no core row: say none")
add(FU, ["เบอร์โทรติดต่อคืออะไร", "แฟกซ์ล่ะ"], "contact", {}, ["doc:fax_tail"])
add(FU, ["ลำพูนวิทยากรขยายผลกี่คน", "พะเยาล่ะคะ"], "trainer_count", S("พะเยา", t=X), ["e:พะเยา"])
add(FU, ["นครศรีฯ วิทยากรหลักกี่คน", "กรมส่งเสริมฯ มีมั้ย"], "trainer_count", S("นครศรีธรรมราช", "DLA", K), [], note="cell '-': none")
add(FU, ["สกลนครมีวิทยากรขยายผล สบส. กี่คน", "แล้ว พช. ล่ะ"], "trainer_count", S("สกลนคร", "CDD", X), ["e:สกลนคร:CDD"])
add(FU, ["เชียงรายวิทยากรขยายผลกี่คน", "รวมกับวิทยากรหลักด้วย"], "trainer_count", S("เชียงราย"), ["b:เชียงราย"])
add(FU, ["ภาคอีสานมีวิทยากรขยายผลกี่คน", "ภาคใต้ล่ะ"], "trainer_count", S(t=X), ["r:south:extended"], note="region south, 14 provinces")
add(FU, ["ศส.ปชต. ย่อมาจากอะไร", "แล้ว ศพอส. ล่ะ"], "glossary", {}, [])
add(FU, ["ใครเซ็น MOU ฝั่ง กกต.", "ฝั่งพัฒนาชุมชนล่ะ"], "mou_info", S(a="CDD"), [], note="นายสุทธิพงษ์ จุลเจริญ")
add(FU, ["มีวิทยากรหลักกี่จังหวัด", "ส่วนวิทยากรขยายผลมีกี่จังหวัด"], "trainer_coverage", S(t=X), [], note="77 rows, Bangkok has none")
add(FU, ["จังหวัดไหนวิทยากรขยายผลเยอะสุด", "แล้ววิทยากรหลักล่ะ"], "trainer_coverage", S(t=K), ["max:core"], alt=RANK)
add(FU, ["ขอนแก่นมีวิทยากรขยายผลกี่คน", "เอาแค่ของ อบต. เทศบาล"], "trainer_count", S(KK, "DLA", X), ["e:%s:DLA" % KK])
add(FU, ["@civicbot ชลบุรีวิทยากรขยายผลกี่คน", ("ระยองล่ะ", True)], "trainer_count", S("ระยอง", t=X), ["e:ระยอง"], chat=G)
add(FU, ["@civicbot กรมการปกครองมีหน้าที่อะไร", ("ขอของ กกต. ด้วยค่ะ", True)], "agency_duties", S(a="ECT"), [], chat=G)
add(FU, ["ยะลามีวิทยากรขยายผลกี่คน", "ปัตตานีกับนราธิวาสด้วย"], "trainer_count", S(t=X), ["e:ปัตตานี", "e:นราธิวาส"], note="two provinces: no province slot")
add(FU, ["สุพรรณวิทยากรขยายผลเท่าไหร่", "กาญจน์ล่ะ"], "trainer_count", S("กาญจนบุรี", t=X), ["e:กาญจนบุรี"])
add(FU, ["เพชรบุรีวิทยากรหลักกี่คน", "ขยายผลด้วย"], "trainer_count", S("เพชรบุรี", t=X), ["e:เพชรบุรี"])
add(FU, ["ลพบุรีวิทยากรขยายผลกี่คน", "สระบุรี", "สิงห์บุรีอีกจังหวัด"], "trainer_count", S("สิงห์บุรี", t=X), ["e:สิงห์บุรี"])
add(FU, ["อสม. ต้องทำอะไรใน mou", "มีกี่ข้อ"], "agency_duties", S(a="HSS"), ["doc:duty_counts:HSS"])
add(FU, ["กกต. มีหน้าที่อะไรบ้าง", "ข้อ 3 คืออะไรนะ"], "agency_duties", S(a="ECT"), [], note="polling-station committee / observers")
add(FU, ["อุดรวิทยากรหลักกี่คน", "หนองคายล่ะ", "แล้วขยายผลของหนองคาย"], "trainer_count", S("หนองคาย", t=X), ["e:หนองคาย"])
add(FU, ["วิทยากรหลักของ ผส. ทั้งประเทศกี่คน", "ขยายผลของ ผส. อีกที"], "trainer_count", S(a="DOP", t=X), ["n:extended:DOP"])
add(FU, ["นครปฐมวิทยากรขยายผลกี่คน", "นนท์ล่ะ"], "trainer_count", S("นนทบุรี", t=X), ["e:นนทบุรี"], note="นนท์ = นนทบุรี")
add(FU, ["เมืองคอนมีวิทยากรขยายผลกี่คน", "พัทลุงล่ะจ๊ะ"], "trainer_count", S("พัทลุง", t=X), ["e:พัทลุง"])
add(FU, ["ตากมีวิทยากรขยายผลกี่คน", "แม่ฮ่องสอนด้วย"], "trainer_count", S("แม่ฮ่องสอน", t=X), ["e:แม่ฮ่องสอน"])
add(FU, ["เลยมีวิทยากรขยายผลกี่คน", "ใครบ้าง"], "trainer_list", S("เลย", t=X), [])
add(FU, ["โคราชวิทยากรหลักกี่คน", "ชื่ออะไรบ้าง"], "trainer_list", S(KORAT, t=K), [])
add(FU, ["ศส.ปชต. มีไว้ทำไม", "ปี 65 จะมีครบทุกตำบลไหม"], "center_info", {}, [])
add(FU, ["หน่วยงานที่ร่วม mou มีใครบ้าง", "แล้วใครเป็นคนเซ็น"], "mou_info", {}, [])
add(FU, ["กำแพงเพชรมีวิทยากรขยายผลกี่คน", "ผู้สูงอายุมีไหม"], "trainer_count", S("กำแพงเพชร", "DOP", X), [], note="cell '-': none")
add(FU, ["สมุทรสาครวิทยากรขยายผลกี่คน", "สมุทรสงครามล่ะ"], "trainer_count", S("สมุทรสงคราม", t=X), ["e:สมุทรสงคราม"])
add(FU, ["อุตรดิตถ์วิทยากรขยายผลกี่คน", "อุทัยล่ะ"], "trainer_count", S("อุทัยธานี", t=X), ["e:อุทัยธานี"])
add(FU, ["มุกดาหารมีวิทยากรขยายผลกี่คน", "อำนาจเจริญ"], "trainer_count", S("อำนาจเจริญ", t=X), ["e:อำนาจเจริญ"])
add(FU, ["ขอนแก่นวิทยากรหลักกี่คน", "แล้วทั้งภาคอีสานล่ะ"], "trainer_count", S(t=K), ["r:northeast:core"], note="region northeast, 20 provinces")
add(FU, ["ชัยนาทวิทยากรขยายผลกี่คน", "พช. มีกี่คน"], "trainer_count", S("ชัยนาท", "CDD", X), ["e:ชัยนาท:CDD"])
add(FU, ["ฉะเชิงเทรามีวิทยากรขยายผลกี่คน", "ปราจีนฯ ล่ะ", "สระแก้วด้วยค่ะ"], "trainer_count", S("สระแก้ว", t=X), ["e:สระแก้ว"])
add(FU, ["เบอร์ติดต่อ สถ.", "ใครเป็นผู้ประสานงาน"], "contact", {}, [])
add(FU, ["พช. ต้องทำอะไร", "แล้ว mou นี้มีผลนานแค่ไหน"], "mou_info", S(a="CDD"), ["doc:mou2_term_years"])
add(FU, ["ตรังวิทยากรขยายผลกี่คน", "แยกหน่วยงานหน่อย"], "trainer_count", S("ตรัง", t=X), ["e:ตรัง:" + a for a in AG], note="two columns are '-'")
add(FU, ["วิทยากรหลักมีกี่คนทั้งหมด", "แยกตามกรมได้มั้ย"], "trainer_count", S(t=K), ["n:core:" + a for a in AG])
add(FU, ["@civicbot สุโขทัยวิทยากรหลักกี่คนคะ", ("แล้วพิจิตรละคะ", True)], "trainer_count", S("พิจิตร", t=K), ["c:พิจิตร"], chat=G)
add(FU, ["@civicbot วิทยากรขยายผลนครสวรรค์", ("เฉพาะ สบส. ค่ะ", True)], "trainer_count", S("นครสวรรค์", "HSS", X), ["e:นครสวรรค์:HSS"], chat=G)
add(FU, ["ภูเก็ตวิทยากรขยายผลกี่คน", "สุราษฎร์ล่ะ"], "trainer_count", S("สุราษฎร์ธานี", t=X), ["e:สุราษฎร์ธานี"])
add(FU, ["วิทยากรขยายผลคืออะไร", "แล้วโคราชมีกี่คน"], "trainer_count", S(KORAT, t=X), ["e:" + KORAT], note="type carried from the glossary turn")
add(FU, ["วิทยากรหลักต่างจากขยายผลยังไง", "เชียงใหม่มีแบบแรกกี่คน"], "trainer_count", S(CM, t=K), ["c:" + CM], note="แบบแรก = core")
add(FU, ["แพร่วิทยากรขยายผลกี่คน", "น่านล่ะ", "วิทยากรหลักของน่านด้วย"], "trainer_count", S("น่าน", t=K), ["c:น่าน"])
add(FU, ["ยโสธรวิทยากรขยายผลกี่คน", "โอเคขอบคุณค่ะ แล้วร้อยเอ็ดล่ะ"], "trainer_count", S("ร้อยเอ็ด", t=X), ["e:ร้อยเอ็ด"])

# ---------------------------------------------------------------- english (40)
EN = "english"
def en(turns, intent, slots=None, figs=(), note="", **kw):
    add(EN, turns, intent, slots, figs, lang="en", note=note, **kw)

en("How many core trainers does Chiang Mai have?", "trainer_count", S(CM, t=K), ["c:" + CM])
en("how many extended trainers in khon kaen", "trainer_count", S(KK, t=X), ["e:" + KK])
en("Korat trainers?", "trainer_count", S(KORAT), ["u:" + KORAT])
en("Total number of core trainers nationwide?", "trainer_count", S(t=K), ["n:core"])
en("How many trainers in total, both types together?", "trainer_count", {}, ["n:both"])
en("Which province has the most extended trainers?", "trainer_coverage", S(t=X), ["max:extended"], alt=RANK)
en("How many provinces have core trainers?", "trainer_coverage", S(t=K), ["cov:core_provinces"])
en("What does the Department of Local Administration have to do under the MOU?", "agency_duties", S(a="DLA"))
en("what are the duties of the Community Development Department", "agency_duties", S(a="CDD"))
en("What is a Democracy Promotion Centre?", "center_info")
en("When was the ศส.ปชต. set up?", "center_info", {}, ["doc:centre_founded"])
en("How long is the MOU with CDD valid?", "mou_info", S(a="CDD"), ["doc:mou2_term_years"])
en("notice period to terminate the MOU?", "mou_info", {}, ["doc:mou2_notice_days"])
en("Who signed for the Election Commission?", "mou_info", S(a="ECT"))
en("what does อสม. stand for", "glossary")
en("What does DOPA mean?", "glossary", S(a="DOPA"))
en("phone number for the local election division?", "contact", {}, ["doc:phone_ext"])
en("fax number pls", "contact", {}, ["doc:fax_tail"])
en("hello", "greeting")
en("What can you do?", "help")
en("Which departments are partners in the MOU?", "agency_list")
en("How many extended trainers from the Department of Older Persons in Ubon?", "trainer_count", S(UBON, "DOP", X), ["e:%s:DOP" % UBON])
en("core trainers bangkok", "trainer_count", S("กรุงเทพมหานคร", t=K), [], note="none")
en("Does Phuket have any core trainers?", "trainer_coverage", S("ภูเก็ต", t=K), [], note="no")
en("how many extended trainers in Nakhon Si Thammarat", "trainer_count", S("นครศรีธรรมราช", t=X), ["e:นครศรีธรรมราช"])
en("list the trainers in Surin", "trainer_list", S("สุรินทร์"))
en("Compare core trainers in Ubon and Roi Et", "trainer_count", S(t=K), ["c:" + UBON, "c:ร้อยเอ็ด"], note="comparison")
en("extended trainers in Isan altogether?", "trainer_count", S(t=X), ["r:northeast:extended"], note="region northeast, 20 provinces")
en("what's the reference number of the DLA letter?", "mou_info", S(a="DLA"), ["doc:letter_year"])
en("Who is the coordinator?", "contact")
en("Health Service Support duties?", "agency_duties", S(a="HSS"))
en("hat yai extended trainers", "trainer_count", S("สงขลา", t=X), ["e:สงขลา"], note="district -> สงขลา")
en("How many extended trainers does Pattaya have?", "trainer_count", S("ชลบุรี", t=X), ["e:ชลบุรี"], note="Pattaya -> ชลบุรี")
en("How many core trainers does the Department of Provincial Administration have in total?", "trainer_count", S(a="DOPA", t=K), ["n:core:DOPA"])
en("how many provinces lack core trainers", "trainer_coverage", S(t=K), ["cov:core_missing"])
en("What is the Quality Citizen course?", "glossary")
en("what's the weather in Bangkok tomorrow", "unknown", {}, [], note="off-domain; Bangkok must not trigger a count")
en(["How many extended trainers in Sakon Nakhon?", "and Udon Thani?"], "trainer_count", S("อุดรธานี", t=X), ["e:อุดรธานี"])
en("Does the register have trainers for Bueng Kan?", "trainer_coverage", S("บึงกาฬ"), [], note="yes, extended only")
en("@civicbot how many core trainers from the elderly department in Chiang Mai", "trainer_count", S(CM, "DOP", K), ["c:%s:DOP" % CM], chat=G)

# ---------------------------------------------------------------- clarify (45)
CL = "clarify"
NAKHON = ["นครราชสีมา", "นครศรีธรรมราช", "นครปฐม", "นครพนม", "นครสวรรค์", "นครนายก"]
def cl(turns, slots=None, figs=(), note="", intent="trainer_count", **kw):
    add(CL, turns, intent, slots, figs, reply="clarify", note=note, **kw)

# partial / ambiguous names
cl("นครมีวิทยากรขยายผลกี่คน", S(t=X), ["e:" + p for p in NAKHON], note="'นคร' fits six provinces")
cl("จ.สมุทร วิทยากรหลักกี่คนคะ", S(t=K), ["c:สมุทรปราการ"], note="สมุทรปราการ/สมุทรสาคร/สมุทรสงคราม")
cl("จังหวัดสระ... วิทยากรขยายผลมีเท่าไหร่", S(t=X), ["e:สระแก้ว", "e:สระบุรี"], note="สระแก้ว or สระบุรี")
cl("เพชร มีวิทยากรหลักไหม", S(t=K), ["c:เพชรบุรี"], note="เพชรบุรี/เพชรบูรณ์/กำแพงเพชร", intent="trainer_coverage")
cl("จังหวัดลำอะไรนะ ลืมชื่อ ขยายผลกี่คน", S(t=X), ["e:ลำปาง", "e:ลำพูน"], note="ลำปาง or ลำพูน")
cl("ชัยฯ วิทยากรขยายผลกี่คนคะ", S(t=X), ["e:ชัยนาท", "e:ชัยภูมิ"], note="ชัยนาท or ชัยภูมิ")
cl("พระนครมีวิทยากรขยายผลกี่คน", S(t=X), ["e:พระนครศรีอยุธยา"], note="เขตพระนคร (กทม.) or พระนครศรีอยุธยา")
cl("อุตรฯ มีวิทยากรหลักกี่คน", S(t=K), ["c:อุดรธานี"], note="อุตรดิตถ์ or the table's misspelt อุตรธานี (อุดรธานี)")
cl("@civicbot นครฯ วิทยากรหลักกี่คนคะ", S(t=K), ["c:" + p for p in NAKHON], chat=G, note="นครฯ is ambiguous")
cl("สุฯ มีวิทยากรขยายผลกี่คน", S(t=X), ["e:สุโขทัย", "e:สุพรรณบุรี", "e:สุราษฎร์ธานี", "e:สุรินทร์"], note="four สุ- provinces")
# places that are not a province / not resolvable
cl("อำเภอเมืองมีวิทยากรกี่คน", {}, [], note="every province has an อำเภอเมือง")
cl("ตำบลบ้านใหม่มีวิทยากรขยายผลไหมคะ", S(t=X), [], note="hundreds of tambons named บ้านใหม่", intent="trainer_coverage")
cl("บ้านหนองแวงมีวิทยากรหลักกี่คน", S(t=K), [], note="village name shared by many")
cl("จังหวัดเรามีวิทยากรหลักกี่คน", S(t=K), ["n:core"], note="no context: which province is 'ours'")
cl("ที่นี่มีวิทยากรขยายผลกี่คนคะ", S(t=X), ["n:extended"], note="'here' is unknown")
cl("จังหวัดลานทองมีวิทยากรขยายผลกี่คน", S(t=X), [], note="no such province")
cl("@civicbot บ้านผมมีวิทยากรกี่คนครับ", {}, [], chat=G, note="unknown place")
# abroad
cl("เวียงจันทน์มีวิทยากรไหมคะ", {}, ["u:หนองคาย"], note="Vientiane (Laos); wrong guess หนองคาย", intent="trainer_coverage")
cl("ที่ญี่ปุ่นมีวิทยากรขยายผลกี่คน ลูกสาวอยู่ที่นั่น", S(t=X), [], note="abroad")
cl("ปีนังมีวิทยากรหลักกี่คน", S(t=K), [], note="Penang, Malaysia")
cl("ท่าขี้เหล็กมีวิทยากรกี่คน", {}, ["u:เชียงราย"], note="Tachileik (Myanmar) across from แม่สาย")
cl("ปอยเปตมีวิทยากรขยายผลกี่คนคะ", S(t=X), ["e:สระแก้ว"], note="Poipet (Cambodia) across from อรัญประเทศ")
cl("โกตาบารู มีวิทยากรขยายผลไหม", S(t=X), ["e:นราธิวาส"], note="Kota Bharu (Malaysia)", intent="trainer_coverage")
cl("สะหวันนะเขตมีวิทยากรกี่คน", {}, ["u:มุกดาหาร"], note="Savannakhet (Laos) across from มุกดาหาร")
cl("ย่างกุ้งมีวิทยากรขยายผลกี่คน", S(t=X), [], note="Yangon")
# attributes the register does not hold
cl("วิทยากรหลักที่ขอนแก่นเป็นผู้หญิงกี่คน", S(KK, t=K), ["c:" + KK], note="gender not in register")
cl("วิทยากรขยายผลโคราชอายุเกิน 60 มีกี่คน", S(KORAT, t=X), ["e:" + KORAT], note="age not in register")
cl("วิทยากรขยายผลที่จบ ป.โท มีกี่คน", S(t=X), ["n:extended"], note="education not in register")
cl("วิทยากรหลักผู้ชายทั้งประเทศกี่คนครับ", S(t=K), ["n:core"], note="gender")
cl("วิทยากรขยายผลบุรีรัมย์ที่อบรมออนไลน์มีกี่คน", S("บุรีรัมย์", t=X), ["e:บุรีรัมย์"], note="training mode not held")
cl("วิทยากรขยายผลศรีสะเกษที่ยังไม่เกษียณกี่คน", S("ศรีสะเกษ", t=X), ["e:ศรีสะเกษ"], note="retirement status not held")
cl("วิทยากรหลักอายุเฉลี่ยเท่าไหร่", S(t=K), ["n:core"], note="age")
cl("@civicbot วิทยากรขยายผลที่เป็น อสม. ผู้หญิง ในร้อยเอ็ดกี่คน", S("ร้อยเอ็ด", "HSS", X), ["e:ร้อยเอ็ด:HSS"], chat=G, note="gender")
cl("วิทยากรหลักสุรินทร์พูดภาษาเขมรได้กี่คน", S("สุรินทร์", t=K), ["c:สุรินทร์"], note="language skill not held")
# years other than 2563
cl("ปี 2565 มีวิทยากรหลักกี่คน", S(t=K), ["n:core"], note="register is 2563 only")
cl("วิทยากรขยายผลปี 66 ของเชียงใหม่", S(CM, t=X), ["e:" + CM], note="year 2566")
cl("ปีที่แล้วโคราชมีวิทยากรกี่คน", S(KORAT), ["u:" + KORAT], note="relative year, not 2563")
cl("ทะเบียนวิทยากรปี ๒๕๖๔ อุบลฯ มีกี่คน", S(UBON), ["u:" + UBON], note="Thai digits, year 2564")
cl("ปี 2562 มีวิทยากรขยายผลกี่คน", S(t=X), ["n:extended"], note="year 2562")
cl("ปีงบ 67 วิทยากรหลักขอนแก่นมีกี่คน", S(KK, t=K), ["c:" + KK], note="year 2567")
# departments that are not in the register
cl("กรมอนามัยมีวิทยากรขยายผลกี่คน", S(t=X), ["n:extended:HSS"], note="not a partner; wrong guess HSS")
cl("กศน. มีวิทยากรหลักกี่คน", S(t=K), ["n:core"], note="กศน. is mentioned but has no column")
cl("ตำรวจมีวิทยากรในโคราชกี่คน", S(KORAT), ["u:" + KORAT], note="police: no column")
cl("ครู สพฐ. เป็นวิทยากรขยายผลกี่คน", S(t=X), ["n:extended"], note="no column")
cl("กรมการ... ขยายผลกี่คนนะ", S(t=X), ["n:extended:DOPA", "n:extended:CDD"], note="กรมการปกครอง or กรมการพัฒนาชุมชน")

# ---------------------------------------------------------------- district (30)
D = "district"
def di(text, prov, t=None, a=None, note="", **kw):
    spec = {K: "c", X: "e", None: "u"}[t] + ":" + prov + (":" + a if a else "")
    add(D, text, "trainer_count", S(prov, a, t), [spec], note=note, **kw)

di("หาดใหญ่มีวิทยากรขยายผลกี่คน", "สงขลา", X, note="หาดใหญ่ -> สงขลา")
di("อยู่ปากช่องค่ะ วิทยากรหลักมีกี่คน", KORAT, K, note="ปากช่อง -> นครราชสีมา")
di("แม่สายมีวิทยากรขยายผลกี่คนคะ", "เชียงราย", X, note="แม่สาย -> เชียงราย")
di("หัวหินมีวิทยากรไหม กี่คน", "ประจวบคีรีขันธ์", None, note="หัวหิน -> ประจวบคีรีขันธ์; extended only")
di("@civicbot พัทยามีวิทยากรหลักกี่คน", "ชลบุรี", K, chat=G, note="พัทยา -> ชลบุรี")
di("เบตง วิทยากรขยายผล กี่คน", "ยะลา", X, note="เบตง -> ยะลา")
di("สุไหงโก-ลก มีวิทยากรขยายผลกี่คนครับ", "นราธิวาส", X, note="สุไหงโก-ลก -> นราธิวาส")
di("คนแม่สอดอยากรู้ว่ามีวิทยากรขยายผลกี่คน", "ตาก", X, note="แม่สอด -> ตาก")
di("อ.ฝาง วิทยากรหลักกี่คน", CM, K, note="ฝาง -> เชียงใหม่")
di("ปายมีวิทยากรขยายผลกี่คน", "แม่ฮ่องสอน", X, note="ปาย -> แม่ฮ่องสอน")
di("เกาะสมุย วิทยากรขยายผลมีกี่ท่าน", "สุราษฎร์ธานี", X, note="เกาะสมุย -> สุราษฎร์ธานี")
di("บ้านไผ่มีวิทยากรหลักกี่คนคะ", KK, K, note="บ้านไผ่ -> ขอนแก่น")
di("วารินฯ วิทยากรขยายผลกี่คน", UBON, X, note="วารินชำราบ -> อุบลราชธานี")
di("กันทรลักษ์ มีวิทยากรขยายผลเท่าไหร่", "ศรีสะเกษ", X, note="กันทรลักษ์ -> ศรีสะเกษ")
di("แถวปากเกร็ดมีวิทยากรขยายผลกี่คน", "นนทบุรี", X, note="ปากเกร็ด -> นนทบุรี")
di("บางพลี วิทยากรหลักมีกี่คนจ๊ะ", "สมุทรปราการ", K, note="บางพลี -> สมุทรปราการ")
di("ธัญบุรีมีวิทยากรขยายผลกี่คน", "ปทุมธานี", X, note="ธัญบุรี -> ปทุมธานี")
di("อู่ทองมีวิทยากรขยายผลกี่คนคะ", "สุพรรณบุรี", X, note="อู่ทอง -> สุพรรณบุรี")
di("ศรีสัชนาลัยมีวิทยากรหลักไหม กี่คน", "สุโขทัย", K, note="ศรีสัชนาลัย -> สุโขทัย")
di(("นางรองมีวิทยากรหลักกี่คน", True), "บุรีรัมย์", K, chat=G, note="นางรอง -> บุรีรัมย์; reply to bot")
di("เชียงคาน วิทยากรขยายผล กี่คน", "เลย", X, note="เชียงคาน -> เลย")
di("หล่มสักมีวิทยากรขยายผลกี่คนครับ", "เพชรบูรณ์", X, note="หล่มสัก -> เพชรบูรณ์")
di("ทุ่งสงมีวิทยากรหลักกี่คน", "นครศรีธรรมราช", K, note="ทุ่งสง -> นครศรีธรรมราช")
di("สัตหีบ วิทยากรขยายผลกี่คนคะ", "ชลบุรี", X, note="สัตหีบ -> ชลบุรี")
di("บ้านโป่งมีวิทยากรขยายผลกี่คน", "ราชบุรี", X, note="บ้านโป่ง -> ราชบุรี")
di("อัมพวามีวิทยากรขยายผลเท่าไหร่คะ", "สมุทรสงคราม", X, note="อัมพวา -> สมุทรสงคราม")
di("สังขละบุรีมีวิทยากรขยายผลกี่คน", "กาญจนบุรี", X, note="สังขละบุรี -> กาญจนบุรี")
di("ท่าบ่อ ปค. วิทยากรหลักกี่คน", "หนองคาย", K, "DOPA", note="ท่าบ่อ -> หนองคาย")
di("ธาตุพนมมีวิทยากรขยายผลกี่คนคะ", "นครพนม", X, note="ธาตุพนม -> นครพนม")
di("@civicbot อรัญประเทศ มีวิทยากรขยายผลกี่คน", "สระแก้ว", X, chat=G, note="อรัญประเทศ -> สระแก้ว")

# ---------------------------------------------------------------- region (15)
RG = "region"
def rg(text, region, t, a=None, note="", **kw):
    tt = {"core": "core", "extended": "extended", "both": "both"}[t]
    spec = "r:%s:%s" % (region, tt) + (":" + a if a else "")
    lab = F["regions"][region]["label"]
    add(RG, text, "trainer_count", S(a=a, t=None if t == "both" else t), [spec],
        note="region = %s as defined in figures.py. %s" % (lab, note), **kw)

rg("ภาคอีสานมีวิทยากรขยายผลทั้งหมดกี่คน", "northeast", X)
rg("อีสาน 20 จังหวัด วิทยากรหลักรวมกันเท่าไหร่คะ", "northeast", K)
rg("ทางภาคอีสานรวมวิทยากรทั้งหลักทั้งขยายผลได้กี่คน", "northeast", "both")
rg("ภาคใต้มีวิทยากรขยายผลกี่คน", "south", X)
rg("@civicbot วิทยากรหลักในภาคใต้รวมกี่คนคะ", "south", K, chat=G)
rg("ภาคตะวันออกมีวิทยากรขยายผลเท่าไหร่", "east", X)
rg("ภาคตะวันออก 7 จว. วิทยากรหลักรวม", "east", K)
rg("๓ จังหวัดชายแดนใต้ มีวิทยากรขยายผลรวมกี่คน", "deep_south", X, note="Thai digit")
rg("ปริมณฑลวิทยากรขยายผลรวมกันกี่คน", "bkk_vicinity", X)
rg("อันดามัน 6 จังหวัด วิทยากรขยายผลรวมกันเท่าไหร่", "andaman", X)
rg("ภาคเหนือตอนบน 8 จังหวัด มีวิทยากรหลักรวมกี่คน", "upper_north", K)
rg("ภาคเหนือ 9 จว. วิทยากรขยายผลรวมกี่คนครับ", "north", X, note="the message names the 9-province north")
rg("ภาคตะวันตกมีวิทยากรขยายผลกี่คน", "west", X)
rg("ภาคกลาง 22 จังหวัดรวม กทม. วิทยากรหลักทั้งหมดกี่คน", "central", K)
rg("อีสานมีวิทยากรหลักของกรมการปกครองกี่คน", "northeast", K, "DOPA")

# ---------------------------------------------------------------- comparison (15)
CP = "comparison"
def cp(text, slots, specs, note="", **kw):
    add(CP, text, "trainer_count", slots, specs, note=note or "both figures expected", **kw)

cp("โคราชกับขอนแก่น ที่ไหนวิทยากรขยายผลเยอะกว่ากัน", S(t=X), ["e:" + KORAT, "e:" + KK])
cp("อุบลกับร้อยเอ็ด วิทยากรหลักใครมากกว่า", S(t=K), ["c:" + UBON, "c:ร้อยเอ็ด"])
cp("เชียงใหม่ vs เชียงราย วิทยากรขยายผล", S(t=X), ["e:" + CM, "e:เชียงราย"])
cp("กรมการปกครองกับ พช. ใครมีวิทยากรขยายผลมากกว่ากัน", S(t=X), ["n:extended:DOPA", "n:extended:CDD"])
cp("สบส.กับสถ. วิทยากรหลักต่างกันเท่าไหร่", S(t=K), ["n:core:HSS", "n:core:DLA"])
cp("บุรีรัมย์กับสุรินทร์ วิทยากรขยายผลที่ไหนเยอะกว่า", S(t=X), ["e:บุรีรัมย์", "e:สุรินทร์"])
cp("สงขลากับปัตตานี วิทยากรหลักใครเยอะกว่า", S(t=K), ["c:สงขลา", "c:ปัตตานี"], note="สงขลา has none (0 dropped)")
cp("นครพนมกับสกลนคร ขยายผลต่างกันกี่คน", S(t=X), ["e:นครพนม", "e:สกลนคร"])
cp("ในอุบล ปค. กับ สบส. วิทยากรขยายผลต่างกันแค่ไหน", S(UBON, t=X), ["e:%s:DOPA" % UBON, "e:%s:HSS" % UBON])
cp("เชียงใหม่ วิทยากรหลัก ผส. กับ ปค. ใครเยอะกว่า", S(CM, t=K), ["c:%s:DOP" % CM, "c:%s:DOPA" % CM])
cp("@civicbot ร้อยเอ็ด ฝั่ง อบต.เทศบาล กับฝั่ง อสม. วิทยากรขยายผลใครมากกว่า", S("ร้อยเอ็ด", t=X), ["e:ร้อยเอ็ด:DLA", "e:ร้อยเอ็ด:HSS"], chat=G)
cp("นนทบุรีเทียบปทุมธานี วิทยากรขยายผล", S(t=X), ["e:นนทบุรี", "e:ปทุมธานี"])
cp("กรมกิจการผู้สูงอายุกับกรมการพัฒนาชุมชน วิทยากรหลักใครมากกว่า", S(t=K), ["n:core:DOP", "n:core:CDD"])
cp("ชลบุรีกับระยอง ใครมีวิทยากรขยายผลมากกว่า", S(t=X), ["e:ชลบุรี", "e:ระยอง"])
cp("อุดรกับขอนแก่นวิทยากรหลักเท่ากันมั้ย", S(t=K), ["c:อุดรธานี", "c:" + KK], note="equal: one figure")

# ---------------------------------------------------------------- silent (15)
SI = "silent"
def si(turn, note=""):
    intent = "unknown"
    add(SI, turn, intent, {}, [], reply="silent", chat=G, note=note)

si("ขอบคุณค่ะทุกคน วันนี้ประชุมเรียบร้อยดี 🙏", "thanks among members")
si("แจ้งข่าว พรุ่งนี้ 9 โมง ประชุม อสม. ที่ รพ.สต. นะคะ", "announcement with domain word")
si("@civicbot วันนี้กินข้าวยังจ๊ะ 555", "mention, off-domain chatter")
si("ใครว่างบ้าง เย็นนี้ไปช่วยงานวัดหน่อยจ้า", "chatter")
si("ขอบใจหลายเด้อ civicbot ตอบไวดี", "thanks, mention not at the start")
si("@civicbot ฝากซื้อกาแฟด้วย 😂", "mention, off-domain")
si("ส่งรูปกิจกรรม ศส.ปชต. เมื่อวานนะคะ 📷", "photo caption with domain word")
si("ประกาศ กกต.จังหวัดจะมาอบรมวิทยากรขยายผลวันที่ 15 นี้ ที่หอประชุมอำเภอ", "announcement")
si("รับทราบค่ะ", "ack")
si("👍👍", "emoji")
si("ผู้ใหญ่บ้านฝากบอก งดประชุมหมู่บ้านวันศุกร์นะ", "announcement")
si("@civicbot ร้องเพลงให้ฟังหน่อยดิ", "mention, off-domain")
si("สวัสดีวันจันทร์ค่ะ ขอให้ทุกคนมีความสุขนะคะ 🌸", "greeting among members")
si("ฝากแชร์ข่าว เลือกตั้ง อบต. ปีนี้ไปใช้สิทธิ์กันด้วยนะคะ", "forwarded news")
si("ตามที่บอทตอบเมื่อกี้ โคราชมีวิทยากรขยายผล %d คนนะคะ ใครจะเชิญติดต่อได้เลย" % P[KORAT]["extended"]["total"], "relaying a figure to members, not a question")


def main():
    want = {"ordinary": 180, "followup": 60, "english": 40, "clarify": 45, "district": 30,
            "region": 15, "comparison": 15, "silent": 15}
    got = {}
    for c in CASES:
        got[c["category"]] = got.get(c["category"], 0) + 1
    if got != want:
        raise SystemExit("category counts %s != %s" % (got, want))
    deriv = {}
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(CASES, 1):
            cid = "b9-%04d" % i
            specs = c.pop("_specs")
            deriv[cid] = specs
            obj = {"id": cid, "category": c["category"], "turns": c["turns"],
                   "expect": c["expect"], "note": c["note"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "derivations.json"), "w", encoding="utf-8") as f:
        json.dump(deriv, f, ensure_ascii=False, indent=0)
    print("make_cases.py: wrote %d cases %s" % (len(CASES), got))


if __name__ == "__main__":
    main()
