#!/usr/bin/env python3
"""Build messages.jsonl: 400 blind test cases for CivicBot (batch 12).

Cases are data below.  Every expected figure is computed from figures.json through the
spec string of the case (see specs.py); the same spec is written into the note after
"specs:" so validate.py can recompute it independently from the seed.
Deterministic: user ids come from random.Random(SEED).

Turn prefixes in the data:  "g|" group message not replying to the bot,
"r|" group message that replies to the bot (reply_to_bot true), no prefix = private chat.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from specs import Figures

SEED = 20240612
FJ = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
F = Figures(FJ)
MAX_EXT = F.argmax("extended")        # province with most extended trainers
MAX_CORE = F.argmax("core")           # province with most core trainers

CASES = []


def S(p=None, a=None, t=None):
    d = {}
    if p: d["province"] = p
    if a: d["agency"] = a
    if t: d["trainer_type"] = t
    return d


def add(cat, turns, intent, slots=None, spec="none", lang="th", alt=None, reply="answer", note=""):
    if isinstance(turns, str):
        turns = [turns]
    CASES.append(dict(cat=cat, turns=turns, intent=intent, slots=slots or {}, spec=spec,
                      lang=lang, alt=alt, reply=reply, note=note))


def duty(cat, turns, ag, spec="none", note="", alt=None, lang="th"):
    add(cat, turns, "agency_duties", S(a=ag), spec, lang=lang, alt=alt,
        note=note or ("duties of %s under its MOU" % ag))


def cnt(cat, turns, p=None, a=None, t=None, lang="th", note="", alt=None):
    spec = "c:%s:%s:%s" % (p or "ALL", t or "*", a or "*")
    add(cat, turns, "trainer_count", S(p, a, t), spec, lang=lang, alt=alt,
        note=note or "trainer count %s/%s/%s (zero cells give no figure)" % (p or "ALL", t or "any type", a or "all agencies"))


def rank(cat, turns, t, a=None, lang="th", note="", spec=None):
    add(cat, turns, "trainer_coverage", S(a=a, t=t), spec or "max:%s:%s" % (t, a or "*"),
        lang=lang, alt=["trainer_count"], note=note or "ranking: province with most %s trainers" % t)


O, FU, EN, CL, DI, RE, CO, SI = ("ordinary", "followup", "english", "clarify", "district",
                                  "region", "comparison", "silent")

# ---------------------------------------------------------------- ordinary: document (101)
duty(O, "อำเภอต้องทำอะไรบ้างตาม MOU คะ", "DOPA", note="อำเภอ = กรมการปกครอง (5 clauses)")
duty(O, "ปลัดจังหวัดมีหน้าที่อะไรในบันทึกข้อตกลงคะ🙏", "DOPA", note="clause 1: ปลัดจังหวัด facilitates นายอำเภอ")
duty(O, "กรมการปกครองต้องช่วยศสปชตยังไงบ้างครับ", "DOPA")
duty(O, "g|@civicbot กำนันผู้ใหญ่บ้านเกี่ยวอะไรกับ ศส.ปชต. คะ", "DOPA", note="DOPA clause 5: kamnan/headman award criteria include ศส.ปชต. work")
duty(O, "กรรมการหมู่บ้านต้องทำไรบ้างครับตามเอ็มโอยู", "DOPA", note="village committee: DOPA clauses 1, 3, 4")
duty(O, "สวัสดีค่ะ พอดีจะจัดประชุมหมู่บ้าน อยากทราบว่าท้องถิ่นต้องทำอะไรบ้างตาม mou คะ", "DLA")
duty(O, "อบต.ต้องสนับสนุนศส.ปชต.ยังไงเด้อ", "DLA", note="อบต. = องค์กรปกครองส่วนท้องถิ่น -> DLA duties")
duty(O, "เทศบาลมีส่วนเกี่ยวข้องยังไงกับเอ็มโอยูนี้ครับ", "DLA")
duty(O, "g|น้องบอท สถ.รับผิดชอบข้อไหนบ้างจ้ะ", "DLA", note="addressed to the bot by name (น้องบอท)")
duty(O, "อปท.ต้องเอาโครงการหมู่บ้านพลเมืองดีใส่ในแผนประจำปีไหมคะ", "DLA", note="DLA clause 2")
duty(O, "อสม ต้องทำอะไรตามข้อตกลงบ้างคะ", "HSS", note="อสม. under กรมสนับสนุนบริการสุขภาพ")
duty(O, "สาธารณสุขมีหน้าที่อะไรใน mou บ้างเนาะ", "HSS")
duty(O, "g|@civicbot สบส.ต้องทำอะไร", "HSS")
duty(O, "นายแพทย์สาธารณสุขจังหวัดต้องช่วยอะไรศูนย์คะ", "HSS", note="HSS clause 1")
duty(O, "g|@civicbot การประเมินอสม.ดีเด่นเกี่ยวกับศส.ปชต.ยังไงครับ", "HSS", note="HSS clause 4")
duty(O, "กรมกิจการผู้สูงอายุ ต้องทำอะไรบ้างคะ", "DOP")
duty(O, "ชมรมผู้สูงอายุเข้าไปช่วยศส.ปชต.ยังไงเจ้า", "DOP")
duty(O, "ผส.มีหน้าที่กี่ข้อคะ", "DOP", spec="d:clauses:mou1:DOP", note="DOP has 3 clauses")
duty(O, "ศพอส ต้องทำอะไรใน mou", "DOP", note="ศพอส. named in every DOP clause")
duty(O, "g|@CivicBot พช.ต้องทำอะไรบ้างคะ", "CDD")
duty(O, "พัฒนากรต้องทำอะไรตามเอ็มโอยูกับ กกต. ครับ", "CDD", note="CDD clause 1: พัฒนาการจังหวัด/อำเภอ/ประจำตำบล")
duty(O, "กลุ่มสตรีในหมู่บ้านเกี่ยวข้องยังไงกับศูนย์ประชาธิปไตยคะ", "CDD", note="คณะกรรมการพัฒนาสตรี -> CDD")
duty(O, "g|@civicbot กองทุนพัฒนาบทบาทสตรีต้องทำอะไรกับศส.ปชต.คะ", "CDD")
duty(O, "กรมการพัฒนาชุมชนรับผิดชอบอะไรบ้าง", "CDD")
duty(O, "กกต.ต้องทำอะไรบ้างตามmou", "ECT")
duty(O, "สำนักงาน กกต. ช่วยอะไรศูนย์บ้างคะ", "ECT")
duty(O, "ใครเป็นคนจัดทำหลักสูตรพลเมืองคุณภาพคะ", "ECT", alt=["mou_info", "glossary"], note="ECT clause 4")
duty(O, "ใครจัดประกวดศส.ปชต.ดีเด่นครับ", "ECT", note="ECT clause 5")
duty(O, "ข้อ 3 ของกรมการปกครองว่ายังไงคะ", "DOPA", note="DOPA clause 3: village committee annual plan")
duty(O, "ข้อ๒ของท้องถิ่นคืออะไร", "DLA", note="Thai digit clause number, no spaces")
duty(O, "สบส. ข้อ ๔ ว่าไงครับ", "HSS", note="HSS clause 4: อสม. award criteria")
duty(O, "ปกครองมีหน้าที่กี่ข้อ", "DOPA", spec="d:clauses:mou1:DOPA")
duty(O, "g|บอทครับ ท้องถิ่นมีกี่ข้อครับ", "DLA", spec="d:clauses:mou1:DLA")
duty(O, "อาสาสมัครพัฒนาสังคมฯด้านผู้สูงอายุต้องทำไรคะ", "DOP")
duty(O, "นายอำเภอต้องบูรณาการกับหน่วยงานไหนบ้างคะ", "DOPA", note="DOPA clause 2")
duty(O, "ใครต้องส่ง อสม.ไปอบรมกับ กกต.จังหวัดคะ", "HSS", note="HSS clause 3")
duty(O, "ศส.ปชต.หรือผู้นำเครือข่ายไปเป็นกรรมการประจำหน่วยเลือกตั้งได้ไหมคะ", "ECT", alt=["center_info"], note="ECT clause 3")
duty(O, "ข้าราชการอำเภอต้องเข้าร่วมอบรมด้วยไหมครับ", "DOPA", note="DOPA clause 4")
duty(O, "กรมผู้สูงอายุ ยะหยังแหน่ ตามmou", "DOP", note="northern: ยะหยัง = ทำอะไร")
duty(O, "ตกลงว่า อสม.ต้องสอดแทรกความรู้พลเมืองคุณภาพตอนประชุมด้วยเหรอคะ", "HSS", note="HSS clause 3")
duty(O, "พช ต้องสนับสนุนใครมาเป็นกรรมการศส.ปชต.บ้าง", "CDD")
duty(O, "อบจ. เทศบาล อบต. ต้องเชิญไปประชุมด้วยไหม", "DLA", note="DLA clause 4")
duty(O, "กกต มีกี่ข้อคะ ในmou", "ECT", spec="d:clauses:mou1:ECT", note="ECT has 5 clauses in each MOU")

add(O, "MOU นี้ทำขึ้นเพื่ออะไรคะ", "mou_info", note="purpose: correct understanding of democracy with the King as Head of State")
add(O, "บันทึกข้อตกลงความร่วมมือมีกี่ฉบับครับ", "mou_info", spec="d:mou_count", note="two MOUs")
add(O, "g|@civicbot ใครลงนามฝั่ง กกต. คะ", "mou_info", S(a="ECT"), note="พ.ต.อ. จรุงวิทย์ (ฤมมา / ภูมกา in the two copies), เลขาธิการ กกต.")
add(O, "อธิบดีกรมการปกครองที่เซ็น mou ชื่ออะไรครับ", "mou_info", S(a="DOPA"), note="นายธนาถ วจจร (as printed)")
add(O, "g|@civicbot ฝั่งกรมสนับสนุนบริการสุขภาพใครเป็นคนลงนามคะ", "mou_info", S(a="HSS"), note="นายแพทย์เรศ ทรัพย์วิวงศ์ (as printed)")
add(O, "กรมกิจการผู้สูงอายุลงนามโดยใครคะ", "mou_info", S(a="DOP"), note="นางสุจิตรา พิทยานรเศรษฐ์")
add(O, "พช.เซ็นmouฉบับไหนคะ", "mou_info", S(a="CDD"), note="CDD signed the second MOU, alone with ECT")
add(O, "r|mou กับพัฒนาชุมชนมีอายุกี่ปีคะ", "mou_info", S(a="CDD"), spec="d:mou2_term_years")
add(O, "ถ้าจะยกเลิกบันทึกข้อตกลง ต้องแจ้งล่วงหน้ากี่วันครับ", "mou_info", spec="d:mou2_notice_days", note="30 days written notice (MOU 2)")
add(O, "ถ้าจะแก้ไขmouต้องทำยังไงคะ", "mou_info", note="MOU 2 clause 6: in writing, agreed and signed by both")
add(O, "เอ็มโอยูลงนามวันที่เท่าไหร่คะ", "mou_info", note="the text gives no signing date; a good reply says so (letter dated 1 Feb 2565)")
add(O, "พยานใน mou ฉบับ พช. มีใครบ้าง", "mou_info", S(a="CDD"), note="witnesses ไพบุลย์ เหล็กพรหม, โชคชัย แก้วป่อง")
add(O, "mou มีผลบังคับใช้ตั้งแต่เมื่อไหร่ครับ", "mou_info", note="from the signing date (MOU 2 clause 5)")
add(O, "mou ฉบับแรกมีหน่วยงานไหนบ้าง", "mou_info", alt=["agency_list"], note="ECT + DOPA, DLA, HSS, DOP")
add(O, "หนังสือนำส่งลงวันที่เท่าไหร่คะ", "mou_info", spec="d:letter_year", note="1 กุมภาพันธ์ 2565")
add(O, "หนังสือที่ มท 0818.2/ว 2565 เรื่องอะไรคะ", "mou_info", note="subject of the covering letter")
add(O, "หนังสือเวียนฉบับนี้ใครส่งถึงใครครับ", "mou_info", note="DLA to every provincial governor")
add(O, "ใครเป็นคนลงนามในหนังสือนำส่งคะ", "mou_info", note="นายประยูร รัตนเสนีย์ อธิบดี สถ.")
add(O, "เลขที่หนังสือนำส่ง mou คืออะไรคะ", "mou_info", spec="d:letter_ref_series", note="มท 0818.2/ว 2565")
add(O, "สิ่งที่ส่งมาด้วยมีอะไรบ้างคะ", "mou_info", note="copy of the MOU, trainer register")
add(O, "g|@civicbot หนังสือขอให้จังหวัดทำอะไรบ้างครับ", "mou_info", note="tell local authorities, extend the course with trainers, coordinate with provincial ECT")
add(O, "mou อ้างถึงรัฐธรรมนูญปีไหนคะ", "mou_info", spec="d:constitution_year")
add(O, "เลขาธิการ กกต. ที่ลงนามคือใครครับ", "mou_info", S(a="ECT"))
add(O, "สถ.ลงนามโดยใคร", "mou_info", S(a="DLA"), note="นายประยูร รัตนเสนีย์")
add(O, "บันทึกข้อตกลงของ พช มีกี่ปีเจ้า", "mou_info", S(a="CDD"), spec="d:mou2_term_years")
add(O, "mou ฉบับแรก หมดอายุเมื่อไหร่", "mou_info", note="MOU 1 states no term; a good reply says so (only MOU 2 has 3 years)")

add(O, "g|@civicbot ศส.ปชต. คืออะไรคะ", "center_info", alt=["glossary"])
add(O, "ศูนย์ส่งเสริมพัฒนาประชาธิปไตยทำหน้าที่อะไรบ้างคะ", "center_info")
add(O, "ศสปชต ตั้งขึ้นตั้งแต่ปีไหนครับ", "center_info", spec="d:ssp_founded_year")
add(O, "ศส.ปชต.ตั้งขึ้นโดยร่วมมือกับหน่วยงานไหนคะ", "center_info", note="with the non-formal education office (กศน.)")
add(O, "ศส.ปชต.จะมีครบทุกตำบลปีไหนคะ", "center_info", spec="d:rollout:2", alt=["agency_duties", "mou_info"])
add(O, "ปีงบ 64 ตั้ง ศส.ปชต. อำเภอละกี่ตำบล", "center_info", spec="d:rollout:1", alt=["agency_duties", "mou_info"], note="one tambon per district in FY 2564")
add(O, "g|@civicbot ปัญหาของ ศส.ปชต. ที่ผ่านมาคืออะไรคะ", "center_info", alt=["mou_info"], note="lack of a village-level mechanism")
add(O, "ศส.ปชต.ทำอะไรให้หมู่บ้านได้บ้างเด้อ", "center_info")
add(O, "ส ส ป ช ต คืออะไรครับ", "center_info", alt=["glossary"], note="speech-to-text spelling of ศส.ปชต.")
add(O, "ศูนย์ประชาธิปไตยตำบลมีไว้ทำอะไรคะ", "center_info")

add(O, "g|น้องบอท อสม. ย่อมาจากอะไรคะ", "glossary")
add(O, "ศพอส. คืออะไรครับ", "glossary")
add(O, "พลเมืองคุณภาพ หมายถึงอะไรคะ", "glossary", alt=["center_info"])
add(O, "วิทยากรขยายผลคืออะไร ต่างกับวิทยากรหลักยังไง", "glossary", alt=["trainer_count"])
add(O, "กกต. ย่อมาจากอะไร", "glossary")
add(O, "MOU แปลว่าอะไรคะ", "glossary", alt=["mou_info"])
add(O, "ผู้สังเกตการณ์การเลือกตั้งคืออะไรคะ", "glossary", alt=["agency_duties"])
add(O, "กศน. ที่ร่วมตั้งศูนย์คือหน่วยงานอะไรคะ", "glossary", alt=["center_info"])
add(O, "อปท. ย่อมาจากอะไรครับ", "glossary")
add(O, "โครงการหมู่บ้านพลเมืองดีวิถีประชาธิปไตยคืออะไรคะ", "glossary", alt=["center_info", "agency_duties"])

add(O, "ติดต่อสอบถามเรื่องนี้ได้ที่ไหนคะ", "contact", spec="d:phone", note="กองการเลือกตั้งท้องถิ่น 0-2251-9000 ต่อ 2373")
add(O, "ขอเบอร์กองการเลือกตั้งท้องถิ่นหน่อยค่ะ", "contact", spec="d:phone")
add(O, "g|@civicbot เบอร์แฟกซ์เท่าไหร่ครับ", "contact", spec="d:fax")
add(O, "ผู้ประสานงานชื่ออะไรคะ", "contact", note="นางจันทร์รัตน์ อารุณปัญญากุล")
add(O, "โทรไปต้องกดต่อเบอร์อะไรคะ", "contact", spec="d:phone_ext")
add(O, "g|@civicbot ขอเบอร์ติดต่อหน่อยครับ 🙏", "contact", spec="d:phone")
add(O, "ถ้าจะขยายผลหลักสูตรพลเมืองคุณภาพในตำบลต้องประสานใครคะ", "contact", alt=["mou_info"], note="the letter: coordinate with the provincial ECT office")

add(O, "g|@civicbot มีหน่วยงานไหนร่วมลงนามบ้างคะ", "agency_list")
add(O, "กรมอะไรบ้างเป็นภาคีเครือข่ายของ กกต. ครับ", "agency_list")
add(O, "ทะเบียนวิทยากรมีกี่หน่วยงานคะ", "agency_list", spec="d:register_agency_count", alt=["trainer_count"])
add(O, "กรมพัฒนาชุมชนเป็นพันธมิตรด้วยไหมคะ", "agency_list", S(a="CDD"), alt=["mou_info"], note="agency named the register's way (กรมพัฒนาชุมชน)")
add(O, "หน่วยงานพันธมิตรมีใครบ้างเจ้า", "agency_list")

# ---------------------------------------------------------------- ordinary: counts (59)
cnt(O, "เชียงใหม่มีวิทยากรหลักกี่คนคะ", "เชียงใหม่", t="core")
cnt(O, "โคราชมีวิทยากรขยายผลกี่คน", "นครราชสีมา", t="extended")
cnt(O, "อุบลฯ วิทยากรหลัก ปกครอง กี่คนครับ", "อุบลราชธานี", "DOPA", "core")
cnt(O, "วิทยากรขยายผลทั้งประเทศมีกี่คนคะ", t="extended")
cnt(O, "g|บอทจ๋า วิทยากรหลักทั้งหมดมีกี่คน", t="core")
cnt(O, "กทม.มีวิทยากรขยายผลไหมคะ", "กรุงเทพมหานคร", t="extended", note="Bangkok row is all '-': reply says none")
cnt(O, "สุราษฎร์มีวิทยากรขยายผลของผู้สูงอายุกี่คน", "สุราษฎร์ธานี", "DOP", "extended", note="cell '-': none")
cnt(O, "ลำปางวิทยากรหลักกรมการปกครองมีกี่คน", "ลำปาง", "DOPA", "core", note="cell '-': none")
cnt(O, "ขอนแก่นมีวิทยากรกี่คนคะ", "ขอนแก่น", note="no type: both core and extended expected")
cnt(O, "g|@civicbot ร้อยเอ็ดมีวิทยากรขยายผลท้องถิ่นกี่คน", "ร้อยเอ็ด", "DLA", "extended")
cnt(O, "ศรีษะเกษ วิทยากรขยายผล กี่คนคะ", "ศรีสะเกษ", t="extended", note="common misspelling ศรีษะเกษ")
cnt(O, "บุรีรัมวิทยากรหลักกี่คน", "บุรีรัมย์", t="core", note="missing ย์")
cnt(O, "เชียงไหม่ วิทยากรขยายผล สบส. กี่คนเจ้า", "เชียงใหม่", "HSS", "extended", note="typo เชียงไหม่")
cnt(O, "อุดรมีวิทยากรขยายผลพช.กี่คน", "อุดรธานี", "CDD", "extended", note="row printed อุตรธานี in the seed")
cnt(O, "วิทยากรหลักของกรมการปกครองทั้งประเทศมีกี่คน", a="DOPA", t="core")
cnt(O, "วิทยากรขยายผลของผู้สูงอายุทั่วประเทศกี่คนคะ", a="DOP", t="extended")
rank(O, "จังหวัดไหนมีวิทยากรขยายผลมากที่สุดคะ", "extended", spec="max:extended:* + argmax:extended:*=%s" % MAX_EXT)
rank(O, "จังหวัดไหนมีวิทยากรหลักเยอะสุด", "core", spec="max:core:* + argmax:core:*=%s" % MAX_CORE)
rank(O, "มีวิทยากรหลักกี่จังหวัดครับ", "core", spec="ncov:core", note="32 provinces in the core register")
rank(O, "จังหวัดไหนไม่มีวิทยากรขยายผลเลย", "extended", spec="none", note="only กรุงเทพมหานคร (all '-')")
cnt(O, "นครศรีฯ มีวิทยากรหลักท้องถิ่นไหม", "นครศรีธรรมราช", "DLA", "core", note="cell '-': none")
cnt(O, "g|@civicbot แม่ฮ่องสอนมีวิทยากรขยายผลกี่คนคะ", "แม่ฮ่องสอน", t="extended")
cnt(O, "ภูเก็ตมีวิทยากรหลักไหมคะ", "ภูเก็ต", t="core", note="ภูเก็ต not in the core register: none")
cnt(O, "สกลนคร วิทยากรขยายผล สาธารณสุข", "สกลนคร", "HSS", "extended", note="cell '-': none")
cnt(O, "น่านมีวิทยากรขยายผลท้องถิ่นกี่คนน้อ", "น่าน", "DLA", "extended")
cnt(O, "g|น้องบอทคะ ยโสธรมีวิทยากรขยายผลกี่คนคะ", "ยโสธร", t="extended")
cnt(O, "อยุธยามีวิทยากรหลักกี่คน", "พระนครศรีอยุธยา", t="core")
cnt(O, "วิทยากรหลัก พช. มีทั้งหมดกี่คน", a="CDD", t="core")
cnt(O, "ตรังมีวิทยากรขยายผลปกครองกี่คน", "ตรัง", "DOPA", "extended")
cnt(O, "ชัยภูมิ วิทยากรขยายผลผู้สูงอายุ กี่คน", "ชัยภูมิ", "DOP", "extended")
cnt(O, "หนองคายมีวิทยากรหลักกับวิทยากรขยายผลกี่คน", "หนองคาย")
cnt(O, "สตูลวิทยากรขยายผลกีคน", "สตูล", t="extended", note="missing tone mark")
cnt(O, "พิษณุโลกมีวิทยากรหลักกรมผู้สูงอายุไหมคะ", "พิษณุโลก", "DOP", "core", note="cell '-': none")
cnt(O, "อุบลราชทานีมีวิทยากรขยายผลของปกครองกี่คน", "อุบลราชธานี", "DOPA", "extended", note="typo ราชทานี")
cnt(O, "นครสวรรค์ วิทยากรหลัก สบส", "นครสวรรค์", "HSS", "core", note="cell '-': none")
cnt(O, "เชียงรายมีวิทยากรหลักกี่ท่านคะ", "เชียงราย", t="core")
cnt(O, "สมุทรปราการมีวิทยากรขยายผลกี่คน", "สมุทรปราการ", t="extended")
cnt(O, "สมุทรปราการ วิทยากรหลัก ท้องถิ่น", "สมุทรปราการ", "DLA", "core")
cnt(O, "แปดริ้วมีวิทยากรขยายผลกี่คน", "ฉะเชิงเทรา", t="extended", note="แปดริ้ว = ฉะเชิงเทรา")
cnt(O, "กาญจน์ วิทยากรขยายผล กี่คนคะ", "กาญจนบุรี", t="extended")
cnt(O, "สุพรรณมีวิทยากรขยายผลพัฒนาชุมชนกี่คน", "สุพรรณบุรี", "CDD", "extended")
cnt(O, "พะเยา วิทยากรขยายผลมีกี่คนจ้ะ", "พะเยา", t="extended")
cnt(O, "g|@civicbot ปัตตานีมีวิทยากรหลักกี่คนครับ", "ปัตตานี", t="core")
cnt(O, "นราวิทยากรขยายผลกี่คน", "นราธิวาส", t="extended")
cnt(O, "ลพบุรีมีวิทยากรขยายผลผู้สูงอายุกี่คนคะ", "ลพบุรี", "DOP", "extended")
cnt(O, "เลยมีวิทยากรขยายผลของท้องถิ่นกี่คน", "เลย", "DLA", "extended")
cnt(O, "มุกดาหารมีวิทยากรทั้งหมดกี่คน", "มุกดาหาร", note="not in core register: extended only")
rank(O, "จังหวัดไหนมีวิทยากรขยายผลของปกครองมากที่สุด", "extended", "DOPA",
     spec="max:extended:DOPA + argmax:extended:DOPA=%s" % F.argmax("extended", "DOPA"))
add(O, "วิทยากรหลักกับวิทยากรขยายผลรวมกันทั้งหมดกี่คน", "trainer_count", spec="tot:all", note="158 + 1497")
rank(O, "วิทยากรขยายผลมีครบทุกจังหวัดไหม มีกี่จังหวัดที่มี", "extended", spec="ncov:extended",
     note="77 rows listed but กรุงเทพมหานคร has none: 76 provinces have extended trainers")
cnt(O, "ชลบุรีมีวิทยากรหลักกี่คน แล้วต้องติดต่อใคร", "ชลบุรี", t="core", note="two questions: first one scored")
cnt(O, "จันทบุรี วิทยากรขยายผลกี่คน ศส.ปชต.คืออะไรด้วยค่ะ", "จันทบุรี", t="extended", note="two questions: first one scored")
cnt(O, "สวัสดีครับ ผมเป็นกรรมการหมู่บ้าน อยากทราบว่านครปฐมมีวิทยากรขยายผลกี่คนครับ", "นครปฐม", t="extended")
cnt(O, "how many วิทยากรหลัก ที่สุโขทัยคะ", "สุโขทัย", t="core", note="mixed Thai-English, Thai reply")
cnt(O, "ระยอง trainer ขยายผล กี่คน", "ระยอง", t="extended", note="mixed Thai-English")
cnt(O, "สงขลามีวิทยากรขยายผลกี่คนคะ😊", "สงขลา", t="extended")
cnt(O, "พังงามีวิทยากรหลักของสาธารณสุขไหมคะ", "พังงา", "HSS", "core")
cnt(O, "อ่างทองมีวิทยากรขยายผลของ พช. ไหม", "อ่างทอง", "CDD", "extended", note="cell '-': none")
cnt(O, "r|ตากมีวิทยากรขยายผลกี่คนครับ", "ตาก", t="extended")

# ---------------------------------------------------------------- followup: counts (35)
cnt(FU, ["เชียงใหม่มีวิทยากรหลักกี่คน", "แล้วลำปางล่ะ"], "ลำปาง", t="core")
cnt(FU, ["โคราชวิทยากรขยายผลกี่คนคะ", "ปกครองล่ะ"], "นครราชสีมา", "DOPA", "extended")
cnt(FU, ["g|@civicbot ขอนแก่นมีวิทยากรขยายผลกี่คน", "r|วิทยากรหลักล่ะคะ"], "ขอนแก่น", t="core")
cnt(FU, ["อุบลมีวิทยากรหลักกี่คน", "ทั้งประเทศล่ะ"], t="core")
cnt(FU, ["g|@civicbot ลำปางมีวิทยากรขยายผลกี่คน", "r|ไม่ใช่ หมายถึงลำพูน"], "ลำพูน", t="extended")
rank(FU, ["จังหวัดไหนมีวิทยากรขยายผลมากที่สุด", "แล้ววิทยากรหลักล่ะ"], "core",
     spec="max:core:* + argmax:core:*=%s" % MAX_CORE, note="follow-up after a ranking answer")
cnt(FU, ["สงขลามีวิทยากรขยายผลกี่คน", "สบส."], "สงขลา", "HSS", "extended", note="bare department")
cnt(FU, ["g|@civicbot เชียงรายวิทยากรขยายผลกี่คน", "r|แล้วน่านล่ะ", "r|พช.ล่ะ"], "น่าน", "CDD", "extended")
cnt(FU, ["ร้อยเอ็ดวิทยากรหลักกี่คน", "ขยายผลล่ะ", "ท้องถิ่นกี่คน", "แล้วยโสธรล่ะ"], "ยโสธร", "DLA", "extended")
cnt(FU, ["วิทยากรขยายผลท้องถิ่นทั้งประเทศกี่คน", "สบส.ล่ะ"], a="HSS", t="extended")
cnt(FU, ["จังหวัดไหนมีวิทยากรขยายผลมากสุด", "แล้วที่นั่นมีวิทยากรหลักกี่คน"], MAX_EXT, t="core",
    note="'ที่นั่น' = the province of the ranking answer")
cnt(FU, ["บุรีรัมย์มีวิทยากรขยายผลกี่คนคะ", "ผู้สูงอายุเท่าไหร่", "แล้วศรีสะเกษล่ะ", "สุรินทร์ด้วยค่ะ"], "สุรินทร์", "DOP", "extended")
cnt(FU, ["ชัยนาทวิทยากรขยายผลพัฒนาชุมชนกี่คน", "ทั้งประเทศล่ะคะ"], a="CDD", t="extended")
cnt(FU, ["กระบี่มีวิทยากรหลักกี่คน", "ขยายผลด้วย"], "กระบี่", t="extended")
cnt(FU, ["พิจิตร วิทยากรขยายผล", "ไม่ใช่ค่ะ หมายถึงพิษณุโลก"], "พิษณุโลก", t="extended")
cnt(FU, ["อุดรมีวิทยากรหลักกี่คนคะ", "ปกครองกี่คน", "ท้องถิ่นล่ะ"], "อุดรธานี", "DLA", "core")
cnt(FU, ["g|@civicbot ตราดมีวิทยากรขยายผลกี่คน", "r|แล้วจันทบุรีล่ะคะ"], "จันทบุรี", t="extended")
cnt(FU, ["นครพนมวิทยากรขยายผลกี่คน", "สาธารณสุขล่ะ"], "นครพนม", "HSS", "extended")
cnt(FU, ["สุรินทร์มีวิทยากรหลักกี่คน", "แล้วขยายผลล่ะ"], "สุรินทร์", t="extended")
cnt(FU, ["มหาสารคามวิทยากรขยายผลกี่คน", "แล้วกาฬสินธุ์ล่ะเด้อ"], "กาฬสินธุ์", t="extended")
cnt(FU, ["ลำพูนมีวิทยากรขยายผลผู้สูงอายุกี่คน", "ลำปางล่ะ"], "ลำปาง", "DOP", "extended")
cnt(FU, ["จังหวัดไหนมีวิทยากรหลักเยอะที่สุด", "แล้ววิทยากรขยายผลของจังหวัดนั้นกี่คน"], MAX_CORE, t="extended")
cnt(FU, ["วิทยากรหลักทั้งประเทศกี่คน", "ปกครองกี่คน"], a="DOPA", t="core")
cnt(FU, ["วิทยากรหลักผู้สูงอายุทั้งหมดกี่คน", "วิทยากรขยายผลล่ะ"], a="DOP", t="extended")
cnt(FU, ["เพชรบุรีวิทยากรหลักกี่คน", "เพชรบูรณ์ล่ะ"], "เพชรบูรณ์", t="core", note="เพชรบูรณ์ not in core register: none")
cnt(FU, ["g|@civicbot ยะลาวิทยากรขยายผลกี่คนครับ", "r|ปัตตานีล่ะ", "r|นราธิวาสล่ะครับ"], "นราธิวาส", t="extended")
cnt(FU, ["ราชบุรีมีวิทยากรขยายผลกี่คน", "ไม่ใช่ หมายถึงวิทยากรหลัก"], "ราชบุรี", t="core", note="correction of type; ราชบุรี has no core trainers")
cnt(FU, ["g|@civicbot สระบุรีวิทยากรขยายผลสบส.กี่คนคะ", "r|สระแก้วล่ะ"], "สระแก้ว", "HSS", "extended")
cnt(FU, ["ประจวบมีวิทยากรขยายผลกี่คน", "ท้องถิ่น"], "ประจวบคีรีขันธ์", "DLA", "extended")
cnt(FU, ["นนทบุรีวิทยากรขยายผลกี่คน", "ปทุมล่ะ"], "ปทุมธานี", t="extended")
cnt(FU, ["สมุทรสาครวิทยากรขยายผลกี่คนคะ", "สมุทรสงครามล่ะคะ"], "สมุทรสงคราม", t="extended")
cnt(FU, ["อำนาจเจริญวิทยากรขยายผลกี่คน", "ผู้สูงอายุล่ะ"], "อำนาจเจริญ", "DOP", "extended", note="cell '-': none")
cnt(FU, ["เชียงใหม่วิทยากรขยายผลกี่คน", "วิทยากรหลัก ผู้สูงอายุ ล่ะ"], "เชียงใหม่", "DOP", "core")
cnt(FU, ["หนองบัวลำภูวิทยากรขยายผลกี่คน", "อุดรล่ะ", "วิทยากรหลักด้วย"], "อุดรธานี", t="core")
cnt(FU, ["บึงกาฬมีวิทยากรขยายผลกี่คน", "แล้วทั้งประเทศล่ะคะ"], t="extended")

# ---------------------------------------------------------------- followup: document (45)
duty(FU, ["g|@civicbot กรมการปกครองต้องทำอะไรบ้าง", "r|แล้วท้องถิ่นล่ะ"], "DLA")
duty(FU, ["อสม.ต้องทำอะไรตาม mou คะ", "ข้อ 3 ล่ะ"], "HSS", note="clause 3 of HSS")
add(FU, ["ใครลงนาม mou ฝั่ง กกต.", "อีกฉบับล่ะคะ"], "mou_info", note="the other MOU: ECT signatory spelled ภูมกา there")
add(FU, ["mou ฉบับพช.มีอายุกี่ปี", "แล้วฉบับแรกล่ะ"], "mou_info", note="MOU 1 states no term: reply says so")
duty(FU, ["g|@civicbot พช.ต้องทำอะไรบ้าง", "r|แล้วกรมผู้สูงอายุล่ะ"], "DOP")
cnt(FU, ["สาธารณสุขต้องทำอะไรบ้าง", "แล้ววิทยากรของสบส.ที่เชียงใหม่มีกี่คน"], "เชียงใหม่", "HSS",
    note="count after a duties answer; no type: core and extended")
duty(FU, ["ท้องถิ่นที่ขอนแก่นมีวิทยากรขยายผลกี่คน", "แล้วท้องถิ่นต้องทำอะไรตาม mou"], "DLA", note="duties after a count answer")
add(FU, ["ศส.ปชต.คืออะไร", "ตั้งมาตั้งแต่ปีไหน"], "center_info", spec="d:ssp_founded_year")
add(FU, ["g|@civicbot เบอร์ติดต่อเท่าไหร่คะ", "r|แฟกซ์ล่ะ"], "contact", spec="d:fax")
duty(FU, ["g|@civicbot ปกครองมีหน้าที่กี่ข้อ", "r|ข้อ 5 ว่าไง"], "DOPA")
duty(FU, ["ท้องถิ่นต้องทำอะไรคะ", "ไม่ใช่ หมายถึงกรมการปกครอง"], "DOPA", note="correction")
add(FU, ["mou กับพช.อายุกี่ปี", "ยกเลิกก่อนได้ไหม"], "mou_info", spec="d:mou2_notice_days")
add(FU, ["ใครเซ็นฝั่งกรมการปกครอง", "ฝั่งสาธารณสุขล่ะคะ"], "mou_info", S(a="HSS"))
add(FU, ["ใครลงนามหนังสือนำส่ง", "ส่งถึงใครคะ"], "mou_info", note="ผู้ว่าราชการจังหวัด ทุกจังหวัด")
duty(FU, ["g|@civicbot อบต.ต้องทำอะไรตาม mou", "r|ข้อ 4 ล่ะ"], "DLA")
duty(FU, ["กกต.ต้องทำอะไรบ้าง", "แล้วพช.ล่ะ"], "CDD")
duty(FU, ["ผู้สูงอายุมีหน้าที่อะไรบ้าง", "มีกี่ข้อ"], "DOP", spec="d:clauses:mou1:DOP")
duty(FU, ["กำนันผู้ใหญ่บ้านต้องทำอะไร", "อสม.ล่ะ"], "HSS")
add(FU, ["mou ทำเพื่ออะไร", "มีกี่ฉบับ"], "mou_info", spec="d:mou_count")
add(FU, ["ศส.ปชต.คืออะไร", "แล้วหน่วยงานไหนต้องสนับสนุนบ้าง"], "agency_list", alt=["agency_duties", "center_info", "mou_info"])
add(FU, ["ติดต่อใครได้บ้าง", "ผู้ประสานงานชื่ออะไร"], "contact")
duty(FU, ["พัฒนากรต้องทำไร", "ข้อ ๒ ล่ะ"], "CDD")
add(FU, ["ใครลงนามฝั่งพช.", "พยานล่ะ"], "mou_info", S(a="CDD"))
duty(FU, ["สบส.ต้องทำอะไร", "ไม่ใช่ หมายถึงกรมกิจการผู้สูงอายุ"], "DOP", note="correction")
duty(FU, ["จังหวัดไหนมีวิทยากรขยายผลมากสุดคะ", "แล้วปกครองต้องทำอะไรตาม mou"], "DOPA", note="duties after a ranking answer")
add(FU, ["mou ฉบับแรกมีใครบ้าง", "แล้วอีกฉบับมีใครบ้าง"], "mou_info", alt=["agency_list"], note="MOU 2: ECT and CDD")
add(FU, ["หนังสือนำส่งลงวันที่เท่าไหร่", "เลขที่หนังสือล่ะ"], "mou_info", spec="d:letter_ref_series")
add(FU, ["ศส.ปชต.ครบทุกตำบลปีไหน", "ปีแรกตั้งจังหวัดละกี่ศูนย์"], "center_info", spec="d:rollout:0",
    alt=["agency_duties", "mou_info"], note="FY 2563: one tambon (one centre) per province")
duty(FU, ["g|@civicbot เทศบาลต้องทำอะไรบ้างคะ", "r|แล้ว อสม. ล่ะคะ", "r|ผู้สูงอายุด้วยค่ะ"], "DOP")
duty(FU, ["อสม.ดีเด่นเกี่ยวอะไรกับศส.ปชต.", "แล้วกำนันดีเด่นล่ะ"], "DOPA", note="DOPA clause 5")
duty(FU, ["กรมการปกครองต้องทำอะไร", "ข้อ 1 ล่ะ", "ข้อ 2 ด้วย", "แล้วของท้องถิ่นข้อ 2 ล่ะ"], "DLA")
add(FU, ["ใครลงนามฝั่งสบส.", "สถ.ล่ะ ใครเซ็น"], "mou_info", S(a="DLA"))
cnt(FU, ["ท้องถิ่นต้องทำอะไรบ้าง", "แล้วมีวิทยากรท้องถิ่นทั้งประเทศกี่คน"], a="DLA", note="no type: core and extended totals")
add(FU, ["ยกเลิก mou ต้องแจ้งกี่วัน", "แก้ไขล่ะ"], "mou_info", note="amendment in writing, signed by both")
add(FU, ["ศส.ปชต.ทำอะไรบ้าง", "กศน.เกี่ยวยังไง"], "center_info", alt=["glossary"])
add(FU, ["MOU มีกี่ฉบับคะ", "ฉบับที่สองใครเซ็น"], "mou_info", note="MOU 2: ECT secretary-general and CDD director-general")
duty(FU, ["พช.ต้องทำอะไรตาม mou", "กลุ่มสตรีต้องทำไร"], "CDD")
duty(FU, ["ชมรมผู้สูงอายุต้องทำอะไร", "ข้อ ๓ ว่าไงเจ้า"], "DOP")
add(FU, ["อสม.ย่อมาจากอะไร", "แล้วศพอส.ล่ะ"], "glossary")
duty(FU, ["กกต.ต้องทำอะไรบ้าง", "ข้อ 5 ล่ะคะ"], "ECT")
add(FU, ["ใครเป็นอธิบดีท้องถิ่นที่เซ็น", "เขาเซ็นหนังสือนำส่งด้วยไหม"], "mou_info", note="yes, นายประยูร รัตนเสนีย์ signed both")
add(FU, ["เบอร์โทรติดต่อ", "ต่อเบอร์อะไรนะ"], "contact", spec="d:phone_ext")
add(FU, ["พช.ลงนามฉบับไหน", "ฉบับนั้นอายุกี่ปี"], "mou_info", S(a="CDD"), spec="d:mou2_term_years")
duty(FU, ["ปลัดอำเภอต้องทำอะไรบ้าง", "แล้วถ้าเป็นพัฒนากรล่ะ"], "CDD")
add(FU, ["วิทยากรหลักเชียงใหม่กี่คน", "แล้วต้องติดต่อใครเพื่อเชิญวิทยากร"], "contact", alt=["mou_info"],
    note="contact after a count: the letter says coordinate with the provincial ECT office")

# ---------------------------------------------------------------- english (40)
cnt(EN, "How many core trainers does Chiang Mai have?", "เชียงใหม่", t="core", lang="en")
cnt(EN, "How many extended trainers in Nakhon Ratchasima?", "นครราชสีมา", t="extended", lang="en")
cnt(EN, "Total number of core trainers nationwide?", t="core", lang="en")
cnt(EN, "how many extended trainers are there in the whole country", t="extended", lang="en")
rank(EN, "Which province has the most extended trainers?", "extended", lang="en",
     spec="max:extended:* + argmax:extended:*=%s" % MAX_EXT)
cnt(EN, "Khon Kaen trainers from the Department of Local Administration?", "ขอนแก่น", "DLA", lang="en")
cnt(EN, "How many DOPA extended trainers in Ubon Ratchathani?", "อุบลราชธานี", "DOPA", "extended", lang="en")
cnt(EN, "Does Bangkok have any trainers?", "กรุงเทพมหานคร", lang="en", note="Bangkok: none of either type")
cnt(EN, "core trainers in Phuket?", "ภูเก็ต", t="core", lang="en", note="not in core register: none")
cnt(EN, "How many extended trainers does Songkhla have from the Department of Health Service Support?", "สงขลา", "HSS", "extended", lang="en")
cnt(EN, "g|@civicbot how many core trainers in Roi Et?", "ร้อยเอ็ด", t="core", lang="en")
cnt(EN, "Number of extended trainers in Chiang Rai pls", "เชียงราย", t="extended", lang="en")
rank(EN, "How many provinces have core trainers?", "core", lang="en", spec="ncov:core")
cnt(EN, "How many trainers from the Community Development Department nationwide?", a="CDD", lang="en")
cnt(EN, "Extended trainers for older persons in Si Sa Ket?", "ศรีสะเกษ", "DOP", "extended", lang="en")
cnt(EN, ["How many extended trainers in Lampang?", "And Lamphun?"], "ลำพูน", t="extended", lang="en")
cnt(EN, "Udon Thani core trainers count?", "อุดรธานี", t="core", lang="en")
cnt(EN, "How many trainers in Surat Thani in total?", "สุราษฎร์ธานี", lang="en")
duty(EN, "What does the Department of Local Administration have to do under the MOU?", "DLA", lang="en")
add(EN, "What is a Democracy Promotion Centre (ศส.ปชต.)?", "center_info", lang="en", alt=["glossary"])
add(EN, "Who signed the MOU for the Community Development Department?", "mou_info", S(a="CDD"), lang="en")
add(EN, "How long does the MOU with the Community Development Department last?", "mou_info", S(a="CDD"), "d:mou2_term_years", lang="en")
add(EN, "What phone number can I call about this?", "contact", spec="d:phone", lang="en")
add(EN, "What does อสม. stand for?", "glossary", lang="en")
duty(EN, "What are the duties of village health volunteers under the agreement?", "HSS", lang="en")
add(EN, "Which departments are partners in the MOU?", "agency_list", lang="en")
duty(EN, "What must the Department of Provincial Administration do?", "DOPA", lang="en")
duty(EN, "g|@civicbot what is the role of the Department of Older Persons?", "DOP", lang="en")
duty(EN, "What does the Election Commission office commit to do?", "ECT", lang="en")
add(EN, "When was the covering letter dated?", "mou_info", spec="d:letter_year", lang="en")
add(EN, "How many days notice is needed to terminate the MOU?", "mou_info", spec="d:mou2_notice_days", lang="en")
add(EN, "Since when have the democracy promotion centres existed?", "center_info", spec="d:ssp_founded_year", lang="en")
add(EN, "What is the purpose of the MOU?", "mou_info", lang="en")
add(EN, "Who is the contact person for the letter?", "contact", lang="en")
add(EN, "What's the fax number?", "contact", spec="d:fax", lang="en")
add(EN, "Who signed for the Department of Health Service Support?", "mou_info", S(a="HSS"), lang="en")
duty(EN, "What should kamnan and village headmen do according to the MOU?", "DOPA", lang="en")
add(EN, "What is the Quality Citizen course?", "glossary", lang="en", alt=["center_info"])
duty(EN, ["What must the Community Development Department do?", "And clause 4?"], "CDD", lang="en")
duty(EN, "How many duty clauses does the DOPA section have?", "DOPA", spec="d:clauses:mou1:DOPA", lang="en")

# ---------------------------------------------------------------- clarify (40)
def clar(text, intent="trainer_count", note=""):
    add(CL, text, intent, reply="clarify", note=note)

clar("จังหวัดเวียงจันทน์มีวิทยากรกี่คนคะ", note="Vientiane is in Laos")
clar("ปีนังมีวิทยากรหลักไหม", note="Penang, Malaysia")
clar("จังหวัดลานนามีวิทยากรขยายผลกี่คน", note="no such province")
clar("จังหวัดสยามมีวิทยากรกี่คนครับ", note="no such province")
clar("ย่างกุ้งมีวิทยากรขยายผลกี่คน", note="Yangon, Myanmar")
clar("จ.แม่โขง วิทยากรหลักกี่คน", note="no such province")
clar("g|@civicbot นครมีวิทยากรขยายผลกี่คนคะ", note="ambiguous: six provinces start with นคร")
clar("สมุทรมีวิทยากรหลักเท่าไหร่", note="ambiguous: three สมุทร provinces")
clar("สระมีวิทยากรขยายผลกี่คนคะ", note="ambiguous: สระแก้ว / สระบุรี")
clar("อำเภอเมืองมีวิทยากรขยายผลกี่คน", note="every province has an อำเภอเมือง")
clar("วิทยากรหลักเชียงใหม่เป็นผู้หญิงกี่คน", note="register has no gender")
clar("วิทยากรขยายผลขอนแก่นอายุเฉลี่ยเท่าไหร่คะ", note="register has no age")
clar("งบอบรมวิทยากรพลเมืองคุณภาพปี 63 เท่าไหร่", note="no budget amounts in the document")
clar("ปี 2565 มีวิทยากรหลักกี่คน", note="only the 2563 register exists")
clar("ปี 66 โคราชมีวิทยากรขยายผลกี่คน", note="only the 2563 register exists")
clar("วิทยากรได้ค่าตอบแทนครั้งละเท่าไหร่คะ", intent="unknown", note="no fees in the document")
clar("เชียงใหม่มีศส.ปชต.กี่แห่งคะ", intent="center_info", note="no per-province centre counts")
clar("ร้อยเอ็ดมี อสม. กี่คน", intent="unknown", note="no อสม. counts in the document")
clar("มีกี่คนคะ", note="bare question, no context")
clar("g|@civicbot จังหวัดเรามีวิทยากรกี่คน", note="the bot cannot know the user's province")
clar("ที่บ้านผมมีวิทยากรไหมครับ", note="unknown place")
clar("หน่วยงานนี้ต้องทำอะไรบ้าง", intent="agency_duties", note="which department?")
clar("ข้อ 3 ว่ายังไงคะ", intent="agency_duties", note="clause 3 of which party?")
clar("อีกฉบับล่ะ", intent="mou_info", note="no previous turn")
clar("วิทยากรหลักจบการศึกษาอะไรบ้าง", note="register has no education")
clar("วิทยากรขยายผลปี 2564 ลำปางกี่คน", note="only the 2563 register exists")
clar("บ้านใหม่มีวิทยากรขยายผลกี่คนคะ", note="village/tambon name found in many provinces")
clar("สิงคโปร์มีวิทยากรไหม", note="not in Thailand")
clar("จังหวัดทวายมีวิทยากรหลักกี่คน", note="Dawei, Myanmar")
clar("วิทยากรขยายผลเป็นชาวบ้านกี่คน ข้าราชการกี่คน", note="register has no such breakdown")
clar("MOU ใช้งบเท่าไหร่คะ", intent="mou_info", note="no amounts in the MOU")
clar("แต่ละศส.ปชต.ได้งบกี่บาท", intent="center_info", note="no amounts")
clar("ปีนี้จะมีอบรมวิทยากรรุ่นใหม่เมื่อไหร่คะ", intent="unknown", note="no schedule in the document")
clar("เขาลงนามกันที่ไหนคะ", intent="mou_info", note="no place of signing in the document")
clar("วิทยากรหลักคนไหนว่างเดือนหน้าบ้าง", note="no availability data")
clar("ลาวมีวิทยากรหลักกี่คน", note="Laos")
clar("ชัยมีวิทยากรขยายผลกี่คน", note="ambiguous: ชัยนาท / ชัยภูมิ")
clar("กี่คนนะ", note="bare question, no context")
clar("ตำบลผมมีวิทยากรขยายผลกี่คน", note="unknown tambon; register is per province")
clar("ปี 2562 วิทยากรหลักทั้งประเทศกี่คน", note="only the 2563 register exists")

# ---------------------------------------------------------------- district (25)
def dist(text, p, a=None, t=None, d=""):
    cnt(DI, text, p, a, t, note="district %s is in %s" % (d, p))

dist("อยู่อ.หาดใหญ่ค่ะ มีวิทยากรขยายผลกี่คน", "สงขลา", t="extended", d="หาดใหญ่")
dist("แม่สายมีวิทยากรหลักกี่คนเจ้า", "เชียงราย", t="core", d="แม่สาย")
dist("ปากช่องมีวิทยากรขยายผลกี่คน", "นครราชสีมา", t="extended", d="ปากช่อง")
dist("หัวหินมีวิทยากรขยายผลไหมคะ", "ประจวบคีรีขันธ์", t="extended", d="หัวหิน")
dist("เกาะสมุยมีวิทยากรขยายผลกี่คน", "สุราษฎร์ธานี", t="extended", d="เกาะสมุย")
dist("ศรีราชามีวิทยากรหลักกี่คนครับ", "ชลบุรี", t="core", d="ศรีราชา")
dist("อำเภอฝางมีวิทยากรขยายผลของ สบส. กี่คน", "เชียงใหม่", "HSS", "extended", d="ฝาง")
dist("g|@civicbot เบตงมีวิทยากรขยายผลกี่คนคะ", "ยะลา", t="extended", d="เบตง")
dist("วารินชำราบ วิทยากรขยายผล ปกครอง", "อุบลราชธานี", "DOPA", "extended", d="วารินชำราบ")
dist("บ้านไผ่มีวิทยากรหลักกี่คน", "ขอนแก่น", t="core", d="บ้านไผ่")
dist("กุมภวาปีมีวิทยากรขยายผลกี่คนคะ", "อุดรธานี", t="extended", d="กุมภวาปี")
dist("นางรองมีวิทยากรขยายผลผู้สูงอายุกี่คน", "บุรีรัมย์", "DOP", "extended", d="นางรอง")
dist("แม่สอดมีวิทยากรขยายผลกี่คน", "ตาก", t="extended", d="แม่สอด")
dist("ทุ่งสงมีวิทยากรหลักไหมคะ", "นครศรีธรรมราช", t="core", d="ทุ่งสง")
dist("เกาะลันตา วิทยากรขยายผล กี่คน", "กระบี่", t="extended", d="เกาะลันตา")
dist("ตะกั่วป่ามีวิทยากรกี่คนครับ", "พังงา", d="ตะกั่วป่า")
dist("กันทรลักษ์มีวิทยากรขยายผลท้องถิ่นกี่คน", "ศรีสะเกษ", "DLA", "extended", d="กันทรลักษ์")
dist("สุไหงโก-ลกมีวิทยากรขยายผลกี่คน", "นราธิวาส", t="extended", d="สุไหงโก-ลก")
dist("ปากเกร็ดมีวิทยากรขยายผลกี่คนคะ", "นนทบุรี", t="extended", d="ปากเกร็ด")
dist("r|บางพลีมีวิทยากรหลักกี่คน", "สมุทรปราการ", t="core", d="บางพลี")
dist("เถินมีวิทยากรขยายผลกี่คนเจ้า", "ลำปาง", t="extended", d="เถิน")
dist("เชียงคานมีวิทยากรขยายผลกี่คนคะ", "เลย", t="extended", d="เชียงคาน")
dist("ผมอยู่อำเภอปัว อยากรู้ว่ามีวิทยากรขยายผลพช.กี่คน", "น่าน", "CDD", "extended", d="ปัว")
dist("g|@civicbot สัตหีบมีวิทยากรขยายผลกี่คน", "ชลบุรี", t="extended", d="สัตหีบ")
dist("อำเภอเดชอุดมมีวิทยากรหลักกี่คนครับ", "อุบลราชธานี", t="core", d="เดชอุดม")

# ---------------------------------------------------------------- region (15) 6-region grouping
def reg(turns, r, t=None, a=None, note=""):
    add(RE, turns, "trainer_count", S(a=a, t=t), "c:R=%s:%s:%s" % (r, t or "*", a or "*"),
        alt=["trainer_coverage"], note=(note + " " if note else "") + "region %s (6-region grouping)" % r)

reg("ภาคอีสานมีวิทยากรขยายผลกี่คนคะ", "northeast", "extended")
reg("ภาคใต้มีวิทยากรหลักกี่คน", "south", "core")
add(RE, "ภาคไหนมีวิทยากรขยายผลเยอะสุด", "trainer_coverage", S(t="extended"), "rmax:extended",
    alt=["trainer_count"], note="ranking of regions (6-region grouping)")
reg("ภาคตะวันออกเฉียงเหนือมีวิทยากรหลักกี่คน", "northeast", "core")
reg("ภาคใต้มีวิทยากรขยายผลกี่คนครับ", "south", "extended")
reg("อีสานมีวิทยากรขยายผลของปกครองกี่คน", "northeast", "extended", "DOPA")
reg("ภาคใต้ วิทยากรขยายผล สบส. กี่คน", "south", "extended", "HSS")
reg("ภาคเหนือมีวิทยากรขยายผลกี่คน", "north", "extended", note="9-province North; the 4-region North would differ")
reg("ภาคตะวันออกมีวิทยากรหลักกี่คน", "east", "core")
reg("g|บอทคะ ภาคตะวันตกมีวิทยากรหลักกี่คน", "west", "core")
reg("ภาคกลางมีวิทยากรหลักกี่คนคะ", "central", "core", note="22-province Central incl. Bangkok")
reg("ภาคอีสาน วิทยากรหลัก ผู้สูงอายุ", "northeast", "core", "DOP")
reg("อีสานมีวิทยากรทั้งหมดกี่คน", "northeast", note="no type: core and extended")
reg("g|@civicbot ภาคใต้มีวิทยากรขยายผลท้องถิ่นกี่คนครับ", "south", "extended", "DLA")
reg(["ภาคตะวันออกมีวิทยากรขยายผลกี่คน", "แล้วภาคตะวันตกล่ะ"], "west", "extended")

# ---------------------------------------------------------------- comparison (15)
def comp(text, spec, t=None, intent="trainer_count", alt=("trainer_coverage",), note=""):
    add(CO, text, intent, S(t=t), spec, alt=list(alt) if alt else None, note=note)

comp("เชียงใหม่กับเชียงรายที่ไหนมีวิทยากรขยายผลมากกว่า", "c:เชียงใหม่:extended:* + c:เชียงราย:extended:*", "extended")
comp("วิทยากรหลักปกครองกับท้องถิ่น ทั้งประเทศ ใครมากกว่า", "c:ALL:core:DOPA + c:ALL:core:DLA", "core")
comp("โคราชกับขอนแก่นวิทยากรขยายผลต่างกันกี่คน",
     "c:นครราชสีมา:extended:* + c:ขอนแก่น:extended:* + diff(c:นครราชสีมา:extended:*,c:ขอนแก่น:extended:*)", "extended")
comp("อุบลกับศรีสะเกษ วิทยากรขยายผลใครเยอะกว่า", "c:อุบลราชธานี:extended:* + c:ศรีสะเกษ:extended:*", "extended", note="a tie")
comp("วิทยากรขยายผลสบส.กับพช.ทั้งประเทศ อันไหนมากกว่า", "c:ALL:extended:HSS + c:ALL:extended:CDD", "extended")
comp("ลำปางกับลำพูนวิทยากรหลักใครมากกว่า", "c:ลำปาง:core:* + c:ลำพูน:core:*", "core", note="ลำพูน has no core trainers")
comp("ร้อยเอ็ดกับมหาสารคาม วิทยากรขยายผลท้องถิ่นที่ไหนเยอะกว่า", "c:ร้อยเอ็ด:extended:DLA + c:มหาสารคาม:extended:DLA", "extended")
comp("ภาคอีสานกับภาคใต้ วิทยากรหลักที่ไหนมากกว่า", "c:R=northeast:core:* + c:R=south:core:*", "core", note="regions, 6-region grouping")
comp("วิทยากรหลักกับวิทยากรขยายผลของเชียงใหม่ต่างกันกี่คน",
     "c:เชียงใหม่:core:* + c:เชียงใหม่:extended:* + diff(c:เชียงใหม่:core:*,c:เชียงใหม่:extended:*)", None)
comp("ภูเก็ตกับพังงาวิทยากรขยายผลใครมากกว่า", "c:ภูเก็ต:extended:* + c:พังงา:extended:*", "extended", note="a tie")
comp("g|@civicbot สงขลากับปัตตานี วิทยากรขยายผลที่ไหนมากกว่ากันคะ", "c:สงขลา:extended:* + c:ปัตตานี:extended:*", "extended")
comp("กรมไหนมีวิทยากรขยายผลมากที่สุด", "amax:extended", "extended", intent="trainer_coverage", alt=("trainer_count",),
     note="ranking of departments: DOPA column")
comp("mou สองฉบับต่างกันยังไงคะ", "none", intent="mou_info", alt=None, note="MOU 1: four partners; MOU 2: CDD only, with term/termination/amendment clauses")
comp("หน้าที่ของ อสม. กับ กลุ่มผู้สูงอายุ ต่างกันยังไง", "none", intent="agency_duties", alt=None)
comp("ปกครองกับท้องถิ่นใครมีหน้าที่มากข้อกว่า", "d:clauses:mou1:DOPA + d:clauses:mou1:DLA", intent="agency_duties", alt=None)

# ---------------------------------------------------------------- silent (25)
def sil(text, note="group chatter, not addressed to the bot"):
    add(SI, "g|" + text, "unknown", reply="silent", note=note)

def relay(p, t):
    return FJ["provinces"][p][t + "_total"]

sil("พี่สมศรี พรุ่งนี้ประชุม ศส.ปชต. กี่โมงคะ", "question to another member")
sil("ป้าจันทร์ อสม.หมู่ 5 ส่งรายชื่อหรือยังจ้ะ", "question to another member")
sil("ผญ.สมชาย วิทยากรที่อำเภอเชิญมาวันเสาร์ใช่ไหมครับ", "question to another member")
sil("แจ้งเตือน: วันที่ 15 นี้ อบรมพลเมืองคุณภาพ ณ ศาลาประชาคม 9 โมงเช้า")
sil("ขอบคุณวิทยากรจาก กกต.จังหวัดมากๆ ค่ะ วันนี้สนุกมาก 🙏")
sil("ส่งต่อ: กกต.จังหวัดขอความร่วมมือ ศส.ปชต. ทุกตำบลส่งรายงานภายในสิ้นเดือน")
sil("รูปบรรยากาศอบรม อสม. เมื่อวานค่ะ 📷")
sil("ตามทะเบียนปี 63 เชียงใหม่มีวิทยากรขยายผล %d คนนะ เผื่อใครจะเชิญ" % relay("เชียงใหม่", "extended"), "relayed true figure as a statement")
sil("น้องแดง เอา MOU ที่ปริ้นไว้ไปให้ผู้ใหญ่ด้วยนะ")
sil("ใครว่างพรุ่งนี้ช่วยจัดเต็นท์หน้าศาลาหน่อยค่ะ")
sil("โทรหาพี่นะ 081-234-5678 เรื่องอบรมวิทยากร")
sil("555 วิทยากรพูดเพลินจนข้าวเย็นหมดเลย")
sil("พี่หน่อย ท้องถิ่นเขาให้ส่งแผนโครงการวันไหนนะคะ", "question to another member")
sil("วันนี้ฝนตกหนัก ใครไป อบต. ระวังด้วยเด้อ")
sil("สรุปประชุม: ท้องถิ่นจะบรรจุโครงการหมู่บ้านพลเมืองดีในแผนปีหน้า")
sil("รับทราบค่ะ")
sil("ลุงเปี๊ยก ชมรมผู้สูงอายุจะไปอบรมกี่คนครับ", "question to another member")
sil("พัฒนากรบอกว่ากลุ่มสตรีต้องเข้าร่วมด้วยนะจ๊ะ")
sil("ตอนนี้วิทยากรขยายผลทั่วประเทศ %s คนเลยนะ เยอะเหมือนกัน" % format(FJ["totals"]["extended"]["total"], ","), "relayed true figure as a statement")
sil("พี่ต้อม ได้หนังสือจาก สถ. ที่ มท 0818.2 หรือยังครับ", "question to another member")
sil("ฝากประชาสัมพันธ์ รับสมัครอาสาสมัครพัฒนาการเมือง ศส.ปชต. ด่วน")
sil("ยายบัวเจ้า พรุ่งนี้ไปวัดกี่โมงเจ้า", "question to another member")
sil("กินข้าวยังทุกคน 🍚")
sil("แม่ค้าส้มตำหน้าอบต.วันนี้ไม่มานะ")
sil("อ้อย ใบสมัครกรรมการ ศส.ปชต. อยู่กับใครจ๊ะ", "question to another member")


# ---------------------------------------------------------------- build
def build():
    rng = random.Random(SEED)
    out = []
    for i, c in enumerate(CASES, 1):
        uid = rng.randint(10000, 99999999)
        turns = []
        for t in c["turns"]:
            if t.startswith("g|"):
                turns.append({"text": t[2:], "chat_type": "group", "user_id": uid, "reply_to_bot": False})
            elif t.startswith("r|"):
                turns.append({"text": t[2:], "chat_type": "group", "user_id": uid, "reply_to_bot": True})
            else:
                turns.append({"text": t, "chat_type": "private", "user_id": uid, "reply_to_bot": False})
        if len({t["chat_type"] for t in turns}) != 1:
            raise SystemExit("case %d mixes chat types" % i)
        exp = {"intent": c["intent"], "slots": c["slots"], "figures": F.eval(c["spec"]),
               "reply": c["reply"], "lang": c["lang"]}
        if c["alt"]:
            exp["intent_alt"] = c["alt"]
        note = (c["note"] + "; " if c["note"] else "") + "specs: " + c["spec"]
        out.append({"id": "b12-%04d" % i, "category": c["cat"], "turns": turns, "expect": exp, "note": note})
    return out


def main():
    cases = build()
    want = {"ordinary": 160, "followup": 80, "english": 40, "clarify": 40, "district": 25,
            "region": 15, "comparison": 15, "silent": 25}
    got = {}
    for c in cases:
        got[c["category"]] = got.get(c["category"], 0) + 1
    if got != want or len(cases) != 400:
        raise SystemExit("category counts %r != %r" % (got, want))
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("messages.jsonl: %d cases" % len(cases))


if __name__ == "__main__":
    main()
