#!/usr/bin/env python3
"""Generate the blind test set b5 -> messages.jsonl. Every figure is looked up in figures.json
(written by figures.py from the seed registers); nothing numeric is typed by hand."""
import json, os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, os.path.join(HERE, "figures.py")], check=True, stdout=subprocess.DEVNULL)
F = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
P, N, R, COV, DOC = F["provinces"], F["national"], F["regions"], F["coverage"], F["document"]
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
def th(x): return str(x).translate(TH)

def fig(prov=None, typ=None, agency=None):
    """Figures a correct answer must state. No type -> both type totals (non-zero ones)."""
    src = P[prov] if prov else N
    if typ and agency: return [src[typ][agency]]
    if typ: return [src[typ]["total"]]
    if agency: return [v for v in (src["core"][agency], src["extended"][agency]) if v]
    return [v for v in (src["core"]["total"], src["extended"]["total"]) if v]

CASES = []
_uid = [5000]
def add(cat, turns, intent, slots=None, figures=None, reply="answer", lang="th", note="", chat="private", rtb=False):
    _uid[0] += 1
    tl = []
    for i, t in enumerate(turns if isinstance(turns, list) else [turns]):
        if isinstance(t, tuple):
            text, ct, r = (t + (None, None))[:3]
            ct = ct or chat; r = rtb if r is None else r
        else:
            text, ct, r = t, chat, (rtb if i > 0 else False)
        tl.append({"text": text, "chat_type": ct, "user_id": _uid[0], "reply_to_bot": bool(r)})
    CASES.append({"id": f"b5-{len(CASES)+1:04d}", "category": cat, "turns": tl,
                  "expect": {"intent": intent, "slots": slots or {}, "figures": figures or [],
                             "reply": reply, "lang": lang}, "note": note})

def TC(cat, text, prov=None, typ=None, agency=None, chat="private", note="", lang="th", slots_extra=None, figs=None):
    s = {}
    if prov: s["province"] = prov
    if typ: s["trainer_type"] = typ
    if agency: s["agency"] = agency
    if slots_extra: s.update(slots_extra)
    add(cat, text, "trainer_count", s, figs if figs is not None else fig(prov, typ, agency), lang=lang, chat=chat,
        note=note or f"register 2563: {prov or 'national'} {typ or 'core+extended'} {agency or 'all agencies'}")

# ---------------------------------------------------------------- ordinary: trainer_count
O = "ordinary"
for text, prov, typ, ag, chat in [
    ("เชียงใหม่มีวิทยากรหลักกี่คนคะ", "เชียงใหม่", "core", None, "private"),
    ("วิทยากรขยายผลโคราชมีเท่าไหร่ครับ", "นครราชสีมา", "extended", None, "private"),
    ("@civicbot อุบลมีวิทยากรพลเมืองคุณภาพกี่คน", "อุบลราชธานี", None, None, "group"),
    ("ขอนแก่นมีวิทยากรกี่คนจ้า", "ขอนแก่น", None, None, "private"),
    ("จ.ร้อยเอ็ด วิทยากรขยายผล กี่ท่านคะ", "ร้อยเอ็ด", "extended", None, "private"),
    ("บุรีรัมมีวิทยากรหลักไหมครับ กี่คน", "บุรีรัมย์", "core", None, "private"),
    ("ศรีษะเกษมีวิทยากรขยายผลกี่คนครับพี่", "ศรีสะเกษ", "extended", None, "private"),
    ("วิทยากรหลักจังหวัดกระบี่มีกี่คน", "กระบี่", "core", None, "group"),
    ("อยุธยามีวิทยากรเท่าไร", "พระนครศรีอยุธยา", None, None, "private"),
    ("สุราษฎร์ มีวิทยากรขยายผล กี่คน", "สุราษฎร์ธานี", "extended", None, "private"),
    ("นครศรีฯมีวิทยากรหลักกี่คนคะ", "นครศรีธรรมราช", "core", None, "private"),
    ("ปากน้ำมีวิทยากรกี่คนครับ (สมุทรปราการ)", "สมุทรปราการ", None, None, "private"),
    ("แปดริ้วมีวิทยากรขยายผลกี่คน", "ฉะเชิงเทรา", "extended", None, "private"),
    ("จังหวัดลพบุรีวิทยากรพลเมืองคุณภาพทั้งหมดกี่คน", "ลพบุรี", None, None, "group"),
    ("อุดรมีวิทยากรหลักกี่คนนะ", "อุดรธานี", "core", None, "private"),
    ("วิทยากรขยายผลของชัยภูมิมีกี่คนคะ", "ชัยภูมิ", "extended", None, "private"),
    ("เลยมีวิทยากรขยายผลกี่คนครับ", "เลย", "extended", None, "private"),
    ("สกลนครมีวิทยากรขยายผลเท่าไหร่", "สกลนคร", "extended", None, "group"),
    ("ตรังมีวิทยากรหลักกี่คนครับผม", "ตรัง", "core", None, "private"),
    ("@civicbot ปัตตานีวิทยากรหลักกับขยายผลมีอย่างละกี่คน", "ปัตตานี", None, None, "group"),
    ("พิดโลกมีวิทยากรหลักกี่คน", "พิษณุโลก", "core", None, "private"),
    ("เชียงรายมีวิทยากรทั้งหมดกี่คนคับ", "เชียงราย", None, None, "private"),
    ("สุรินทร์วิทยากรขยายผลกี่คนคะ", "สุรินทร์", "extended", None, "private"),
    ("สงขลามีวิทยากรขยายผลกี่คน", "สงขลา", "extended", None, "private"),
    ("กาญจนบุรีมีวิทยากรขยายผลกี่คนครับ", "กาญจนบุรี", "extended", None, "group"),
    ("มหาสารคามวิทยากรกี่คน", "มหาสารคาม", None, None, "private"),
    ("นครพนมมีวิทยากรขยายผลกี่ท่าน", "นครพนม", "extended", None, "private"),
    ("วิทยากรขยายผลสระบุรีมีกี่คนคะ", "สระบุรี", "extended", None, "private"),
    ("ภูเก็ตมีวิทยากรขยายผลกี่คนครับ", "ภูเก็ต", "extended", None, "private"),
    ("ขอจำนวนวิทยากรของจังหวัดนครปฐมหน่อยค่ะ", "นครปฐม", None, None, "private"),
    ("ชุมพรมีวิทยากรขยายผลกี่คน", "ชุมพร", "extended", None, "private"),
    ("วิทยากรหลักน่านมีกี่คนครับ", "น่าน", "core", None, "private"),
    ("ราชบุรีมีวิทยากรขยายผลกี่คนคะ", "ราชบุรี", "extended", None, "group"),
    ("สุพรรณมีวิทยากรขยายผลเท่าไหร่ครับ", "สุพรรณบุรี", "extended", None, "private"),
    ("ลำปางมีวิทยากรหลักกี่คน ขยายผลกี่คน", "ลำปาง", None, None, "private"),
    ("ประจวบมีวิทยากรขยายผลกี่คนครับ", "ประจวบคีรีขันธ์", "extended", None, "private"),
    ("แม่ฮ่องสอนวิทยากรขยายผลกี่คน", "แม่ฮ่องสอน", "extended", None, "private"),
    ("ปทุมมีวิทยากรขยายผลกี่คน", "ปทุมธานี", "extended", None, "private"),
    ("นนท์มีวิทยากรพลเมืองคุณภาพกี่คนคะ", "นนทบุรี", None, None, "private"),
    ("กรุงเทพฯมีวิทยากรกี่คน", "กรุงเทพมหานคร", None, None, "private"),
]:
    figs = fig(prov, typ, ag)
    note = f"{prov} {typ or 'both types'}"
    if prov == "กรุงเทพมหานคร":
        figs = []; note = "Bangkok has 0 in both registers; a correct answer says none (0), no figure listed"
    TC(O, text, prov, typ, ag, chat=chat, note=note, figs=figs)

# agency within province
for text, prov, typ, ag in [
    ("อุบลฯวิทยากรขยายผลของกรมการปกครองกี่คน", "อุบลราชธานี", "extended", "DOPA"),
    ("ร้อยเอ็ด วิทยากรขยายผลสายท้องถิ่นมีกี่คนคะ", "ร้อยเอ็ด", "extended", "DLA"),
    ("โคราชวิทยากรขยายผลฝั่งสาธารณสุข(กรมสนับสนุนบริการสุขภาพ)กี่คน", "นครราชสีมา", "extended", "HSS"),
    ("อุบลราชธานีมีวิทยากรหลักของกรมการปกครองกี่คนครับ", "อุบลราชธานี", "core", "DOPA"),
    ("ขอนแก่น พช. วิทยากรขยายผลกี่คน", "ขอนแก่น", "extended", "CDD"),
    ("เชียงใหม่วิทยากรหลักกรมกิจการผู้สูงอายุมีกี่คน", "เชียงใหม่", "core", "DOP"),
    ("ตรังวิทยากรขยายผลของปกครองมีกี่คน", "ตรัง", "extended", "DOPA"),
    ("เลยมีวิทยากรขยายผลของ สถ. กี่คน", "เลย", "extended", "DLA"),
    ("ชัยภูมิวิทยากรขยายผลของกรมกิจการผู้สูงอายุกี่คนคะ", "ชัยภูมิ", "extended", "DOP"),
    ("สระบุรี กรมสนับสนุนบริการสุขภาพ วิทยากรขยายผล มีกี่ราย", "สระบุรี", "extended", "HSS"),
]:
    TC(O, text, prov, typ, ag, note=f"cell {prov}/{typ}/{ag}")

# national, by type and by agency
for text, typ, ag, chat in [
    ("ทั้งประเทศมีวิทยากรหลักกี่คน", "core", None, "private"),
    ("วิทยากรขยายผลทั่วประเทศรวมกี่คนครับ", "extended", None, "private"),
    ("ทั่วไทยมีวิทยากรพลเมืองคุณภาพทั้งหมดกี่คน", None, None, "group"),
    ("กรมการปกครองมีวิทยากรหลักทั้งหมดกี่คน", "core", "DOPA", "private"),
    ("กรมพัฒนาชุมชนมีวิทยากรขยายผลรวมกี่คนทั้งประเทศ", "extended", "CDD", "private"),
    ("ท้องถิ่น(สถ.)มีวิทยากรขยายผลทั่วประเทศเท่าไร", "extended", "DLA", "private"),
    ("กรมกิจการผู้สูงอายุมีวิทยากรหลักกี่คนคะ", "core", "DOP", "private"),
    ("@civicbot ยอดรวมวิทยากรขยายผลของกรมสนับสนุนบริการสุขภาพทั้งประเทศ", "extended", "HSS", "group"),
    ("กรมสนับสนุนบริการสุขภาพมีวิทยากรหลักกี่คน", "core", "HSS", None),
    ("กรมการปกครองมีวิทยากรขยายผลกี่คนทั่วประเทศ", "extended", "DOPA", None),
]:
    figs = fig(None, typ, ag)
    if typ is None: figs = [N["core"]["total"], N["extended"]["total"]]
    TC(O, text, None, typ, ag, chat=chat or "private", note=f"national {typ or 'both'} {ag or 'all'}", figs=figs)
TC(O, "วิทยากรสองประเภทรวมกันทั้งประเทศกี่คนคะ", None, None, None, figs=[N["all"]], note="core+extended national sum")
TC(O, "พช.มีวิทยากรกี่คน ทั้งหลักและขยายผล", None, None, "CDD", note="CDD national core and extended")

# ---------------------------------------------------------------- ordinary: trainer_coverage
def COVC(text, figs, slots=None, note="", chat="private", cat=O, lang="th"):
    add(cat, text, "trainer_coverage", slots or {}, figs, note=note, chat=chat, lang=lang)
c, e = COV["core"], COV["extended"]
COVC("มีกี่จังหวัดที่มีวิทยากรหลัก", [c["with"]], {"trainer_type": "core"}, "provinces with core trainers")
COVC("จังหวัดที่ไม่มีวิทยากรหลักเลยมีกี่จังหวัดครับ", [c["without"]], {"trainer_type": "core"}, "77-32")
COVC("วิทยากรขยายผลครอบคลุมกี่จังหวัด", [e["with"]], {"trainer_type": "extended"}, "only Bangkok has none")
COVC("จังหวัดไหนไม่มีวิทยากรขยายผลบ้าง", [], {"trainer_type": "extended"}, "answer must name กรุงเทพมหานคร (only one)")
COVC("จังหวัดไหนมีวิทยากรขยายผลมากที่สุด", [P[e["ranking"][0]]["extended"]["total"]], {"trainer_type": "extended"}, "นครราชสีมา 47 top")
COVC("@civicbot จังหวัดไหนวิทยากรหลักเยอะสุด", [P[c["ranking"][0]]["core"]["total"]], {"trainer_type": "core"}, "อุบลราชธานี 8 top", chat="group")
COVC("จัดอันดับ5จังหวัดที่มีวิทยากรขยายผลมากที่สุดให้หน่อย", [P[p]["extended"]["total"] for p in e["ranking"][:2]], {"trainer_type": "extended"}, "top: นครราชสีมา 47, then three tied at 45 (บุรีรัมย์ ศรีสะเกษ อุบลราชธานี), ขอนแก่น 43")
COVC("ภาคอีสานมีกี่จังหวัดที่มีวิทยากรหลัก", [R["northeast"]["with_core"]], {"trainer_type": "core"}, "Northeast 20 provinces, 8 with core")
COVC("กรมกิจการผู้สูงอายุไม่มีวิทยากรขยายผลในจังหวัดไหนบ้าง", [], {"trainer_type": "extended", "agency": "DOP"}, "list: " + " ".join(COV["extended_zero_by_agency"]["DOP"]))
TC(O, "จังหวัดเชียงใหม่มีวิทยากรหลักไหม", "เชียงใหม่", "core", note="single-province yes/no counts as trainer_count: yes, 6")
TC(O, "ภูเก็ตมีวิทยากรหลักรึเปล่าคะ", "ภูเก็ต", "core", figs=[], note="0 core in ภูเก็ต (not in core register); answer says none")
TC(O, "จ.ตากมีวิทยากรหลักหรือเปล่า", "ตาก", "core", figs=[], note="0 core; answer says none")
COVC("มีจังหวัดไหนบ้างที่มีวิทยากรหลัก ขอรายชื่อจังหวัด", [c["with"]], {"trainer_type": "core"}, "32 provinces listed")
COVC("จังหวัดไหนวิทยากรขยายผลน้อยที่สุด (ไม่นับที่ไม่มี)", [P["สมุทรปราการ"]["extended"]["total"]], {"trainer_type": "extended"}, "สมุทรปราการ 9 lowest non-zero")
TC(O, "สมุทรสาครมีวิทยากรหลักไหม", "สมุทรสาคร", "core", figs=[], note="0 core")
COVC("จังหวัดไหนที่กรมพัฒนาชุมชนไม่มีวิทยากรขยายผล", [], {"trainer_type": "extended", "agency": "CDD"}, "list: " + " ".join(COV["extended_zero_by_agency"]["CDD"]))
COVC("ศรีสะเกษติดอันดับวิทยากรขยายผลเยอะไหม อยู่อันดับเท่าไหร่", [P["ศรีสะเกษ"]["extended"]["total"]], {"province": "ศรีสะเกษ", "trainer_type": "extended"}, "45, tied 2nd")
COVC("ภาคใต้จังหวัดไหนมีวิทยากรขยายผลเยอะสุด", [max(P[p]["extended"]["total"] for p in R["south"]["provinces"])], {"trainer_type": "extended"}, "South(14): นครศรีธรรมราช and ปัตตานี 25 tie")
COVC("มีกี่จังหวัดที่มีวิทยากรครบทั้ง5กรม(ขยายผล)", [COV["extended_all_five_agencies"]], {"trainer_type": "extended"}, "count of provinces with all 5 agency cells > 0 in extended register")
COVC("วิทยากรหลักมีครบทุกจังหวัดไหมคะ", [c["with"]], {"trainer_type": "core"}, "no, 32 of 77")
COVC("ท็อป3จังหวัดวิทยากรหลักมากสุด", [P[c["ranking"][0]]["core"]["total"]], {"trainer_type": "core"}, "อุบล 8, then เชียงใหม่ & ร้อยเอ็ด 6")
COVC("@civicbot จังหวัดในภาคตะวันออกที่มีวิทยากรหลักมีจังหวัดไหนบ้าง", [], {"trainer_type": "core"}, "East(7): จันทบุรี, ชลบุรี", chat="group")
COVC("ยังมีจังหวัดไหนที่ขาดวิทยากรอยู่บ้างครับ", [], {}, "Bangkok lacks both; 45 lack core")

# ---------------------------------------------------------------- ordinary: trainer_list
for text, prov, chat in [("ขอรายชื่อวิทยากรหลักจังหวัดเชียงใหม่", "เชียงใหม่", "private"),
    ("วิทยากรขยายผลที่ขอนแก่นมีใครบ้าง", "ขอนแก่น", "private"),
    ("อยากได้ชื่อวิทยากรที่อุบลครับ จะเชิญมาบรรยาย", "อุบลราชธานี", "private"),
    ("ใครเป็นวิทยากรหลักของกระบี่บ้างคะ", "กระบี่", "private"),
    ("รายชื่อวิทยากร จ.น่าน", "น่าน", "private"),
    ("@civicbot ลิสต์ชื่อวิทยากรขยายผลสุรินทร์ให้หน่อย", "สุรินทร์", "group"),
    ("ขอดูชื่อวิทยากรพลเมืองคุณภาพของลำปางค่ะ", "ลำปาง", "private"),
    ("วิทยากรหลักตรังชื่ออะไรบ้าง", "ตรัง", "private"),
    ("มีวิทยากรชื่อไรบ้างในโคราช", "นครราชสีมา", "private"),
    ("ส่งรายชื่อวิทยากรของ จ.พังงา มาได้ไหมครับ", "พังงา", "private")]:
    s = {"province": prov}
    if "หลัก" in text: s["trainer_type"] = "core"
    if "ขยายผล" in text: s["trainer_type"] = "extended"
    add(O, text, "trainer_list", s, [], note="names of individual trainers", chat=chat)

# ---------------------------------------------------------------- ordinary: stats
for t in ["สถิติการใช้งานบอทวันนี้", "เดือนนี้มีคนถามบอทกี่ครั้งแล้ว", "ขอดูสถิติผู้ใช้บอทหน่อยครับแอดมิน",
          "บอทตอบไปกี่ข้อความสัปดาห์นี้", "มีผู้ใช้งานบอทกี่คนแล้ว", "รายงานการใช้งาน civicbot", "คำถามไหนถามบ่อยสุดในบอท",
          "ยอด usage ของบอทเมื่อวาน"]:
    add(O, t, "stats", {}, [], note="bot usage statistics, not trainer figures")

# ---------------------------------------------------------------- ordinary: agency_duties
for t, ag in [("กรมการปกครองต้องทำอะไรบ้างตามMOU", "DOPA"), ("อบต.ต้องช่วย ศส.ปชต. ยังไงบ้าง", "DLA"),
    ("หน้าที่ของกรมส่งเสริมการปกครองท้องถิ่นในบันทึกข้อตกลงมีอะไรบ้าง", "DLA"), ("อสม.ต้องทำอะไรกับศส.ปชต.", "HSS"),
    ("กรมสนับสนุนบริการสุขภาพรับผิดชอบเรื่องไหน", "HSS"), ("พช.มีบทบาทอะไรในเอ็มโอยู", "CDD"),
    ("กรมการพัฒนาชุมชนต้องสนับสนุนอะไรบ้างคะ", "CDD"), ("กรมกิจการผู้สูงอายุทำอะไรในความร่วมมือนี้", "DOP"),
    ("ชมรมผู้สูงอายุเกี่ยวอะไรกับศส.ปชต.", "DOP"), ("กกต.ต้องทำอะไรตามบันทึกข้อตกลง", "ECT"),
    ("สำนักงาน กกต. มีหน้าที่อะไรบ้างครับ", "ECT"), ("นายอำเภอต้องช่วยอะไร ศส.ปชต.", "DOPA"),
    ("ผู้ใหญ่บ้านกำนันต้องเข้ามาเกี่ยวยังไง", "DOPA"), ("ท้องถิ่นต้องบรรจุโครงการอะไรในแผนบ้าง", "DLA"),
    ("กลุ่มสตรี คณะกรรมการพัฒนาสตรี ต้องทำอะไรตาม mou", "CDD"), ("ศพอส.ต้องร่วมอะไรบ้าง", "DOP"),
    ("@civicbot หน้าที่ของกรมการปกครองข้อ5คืออะไร", "DOPA"), ("สาสุขจังหวัดต้องทำไรบ้างกับศูนย์", "HSS"),
    ("บทบาทของกกต.ในการประเมินศูนย์ดีเด่นเป็นยังไง", "ECT"), ("กรมส่งเสริมฯ ต้องเชิญผู้แทนท้องถิ่นเข้าร่วมอะไรคะ", "DLA"),
    ("พัฒนาการอำเภอต้องทำอะไรกับศส.ปชต.บ้าง", "CDD"), ("กรมการปกครองต้องกำหนดเกณฑ์ประเมินอะไร", "DOPA"),
    ("อาสาสมัครพัฒนาสังคมด้านผู้สูงอายุต้องทำอะไร", "DOP"), ("ปกครองจังหวัดมีหน้าที่ไรบ้างตามบันทึก", "DOPA"),
    ("ความร่วมมือของกรมสนับสนุนบริการสุขภาพข้อ4", "HSS"), ("กกต.ต้องจัดทำหลักสูตรกับสื่ออะไรบ้างตามข้อตกลง", "ECT"),
    ("หน่วยงานท้องถิ่นช่วยงบ ศส.ปชต. ได้ไหมตามMOU", "DLA")]:
    add(O, t, "agency_duties", {"agency": ag}, [], note=f"duties of {ag} in the MOU", chat="group" if t.startswith("@") else "private")

# ---------------------------------------------------------------- ordinary: agency_list
for t in ["MOUนี้มีหน่วยงานไหนเซ็นบ้าง", "ภาคีเครือข่ายมีกรมอะไรบ้างคะ", "หน่วยงานพันธมิตรของกกต.มีใครบ้าง",
          "ทะเบียนวิทยากรแยกตามหน่วยงานไหนบ้าง", "ใครบ้างที่ร่วมลงนามบันทึกข้อตกลง", "มีกี่หน่วยงานที่ร่วมมือกับ กกต.",
          "รายชื่อกรมที่เป็นภาคีครับ", "5 หน่วยงานของรัฐในทะเบียนวิทยากรมีอะไรบ้าง"]:
    add(O, t, "agency_list", {}, [], note="list of partner departments")

# ---------------------------------------------------------------- ordinary: mou_info
for t, figs, note in [("MOU ฉบับกรมการพัฒนาชุมชนมีอายุกี่ปี", [DOC["mou2_term_years"]], "3-year term"),
    ("ถ้าจะยกเลิกบันทึกข้อตกลงต้องแจ้งล่วงหน้ากี่วัน", [DOC["termination_notice_days"]], "30 days' written notice"),
    ("บันทึกข้อตกลงว่าด้วยความร่วมมือนี้เกี่ยวกับอะไร", [], "subject of the MOUs"),
    ("MOU มีกี่ฉบับคะ", [], "two MOUs"), ("หนังสือนำส่ง มท ๐๘๑๘.๒/ว ๒๕๖๕ เรื่องอะไร", [], "covering letter"),
    ("หนังสือแจ้งผู้ว่าฯเรื่องMOUลงวันที่เท่าไหร่", [], "1 Feb 2565"),
    ("ใครเป็นคนลงนามหนังสือนำส่งจากกรมส่งเสริมการปกครองท้องถิ่น", [], "นายประยูร รัตนเสนีย์"),
    ("จะแก้ไขเอ็มโอยูต้องทำยังไง", [], "amend in writing, both parties"),
    ("เลขาธิการ กกต. ที่ลงนามชื่ออะไร", [], "signatory"),
    ("หนังสือที่ส่งมาจังหวัดแนบอะไรมาด้วยบ้าง", [], "enclosures: MOU copy + register"),
    ("MOUเริ่มมีผลตั้งแต่เมื่อไหร่", [], "from signing date"),
    ("ใครเป็นพยานในMOUกับพช.", [], "witnesses"),
    ("บันทึกข้อตกลงอ้างรัฐธรรมนูญปีไหน", [DOC["constitution_year"]], "constitution 2560"),
    ("หนังสือเวียนของสถ.ขอให้จังหวัดทำอะไร", [], "covering letter request"),
    ("@civicbot สรุปเอ็มโอยูให้หน่อยแบบสั้นๆ", [], "MOU summary"),
    ("ขอไฟล์หนังสือนำส่งบันทึกข้อตกลงค่ะ", [], "covering letter"),
    ("mou กับกรมพัฒนาชุมชนต่างจากฉบับแรกยังไง", [], "MOU2 has term/termination/amendment clauses")]:
    add(O, t, "mou_info", {}, figs, note=note, chat="group" if t.startswith("@") else "private")

# ---------------------------------------------------------------- ordinary: center_info
for t, figs, note in [("ศส.ปชต.คืออะไรคะ", [], "what a centre is"), ("ศูนย์ส่งเสริมพัฒนาประชาธิปไตยตั้งขึ้นตั้งแต่ปีไหน", [DOC["centres_since_year"]], "since 2557"),
    ("ศส.ปชต. ทำหน้าที่อะไร", [], "role"), ("ปี64ต้องตั้งศส.ปชต.กี่แห่ง", [], "one per district"),
    ("ศูนย์ ศส.ปชต. จะครบทุกตำบลเมื่อไหร่", [DOC["all_tambons_fiscal_year"]], "all tambons in FY2565"),
    ("ศสปชต ตั้งร่วมกับหน่วยงานไหนตอนแรก", [], "with กศน. (ONIE)"),
    ("หมู่บ้านพลเมืองดีวิถีประชาธิปไตยคือโครงการอะไร", [], "project under centres"),
    ("อาสาสมัครพัฒนาการเมืองของศส.ปชต.คือใคร", [], "political development volunteers"),
    ("ศสปชต.ดีเด่นประกวดยังไง", [], "contest and awards"), ("ศูนย์การเรียนรู้วิถีประชาธิปไตยคืออะไรครับ", [], "learning centre"),
    ("อุปสรรคของศส.ปชต.ที่ผ่านมาคืออะไร", [], "lack of village-level mechanism")]:
    add(O, t, "center_info", {}, figs, note=note)

# ---------------------------------------------------------------- ordinary: glossary
for t, note in [("อสม.ย่อมาจากอะไร", "อาสาสมัครสาธารณสุขประจำหมู่บ้าน"), ("ศพอส. คือ?", "ศูนย์พัฒนาคุณภาพชีวิตและส่งเสริมอาชีพผู้สูงอายุ"),
    ("วิทยากรขยายผลต่างจากวิทยากรหลักยังไง", "core vs extended"), ("พลเมืองคุณภาพหมายถึงอะไร", "course name"),
    ("กศน.ย่อมาจาก", "สำนักงานส่งเสริมการศึกษานอกระบบและการศึกษาตามอัธยาศัย"), ("สถ. คือกรมอะไร", "DLA abbreviation"),
    ("คำว่า อปท. หมายถึง", "องค์กรปกครองส่วนท้องถิ่น"), ("ศส.ปชต.ย่อมาจากอะไรครับ", "ศูนย์ส่งเสริมพัฒนาประชาธิปไตย"),
    ("MOU แปลว่าอะไร", "บันทึกข้อตกลงความร่วมมือ"), ("วิทยากรหลักคือใคร", "core trainer definition")]:
    add(O, t, "glossary", {}, [], note=note)

# ---------------------------------------------------------------- ordinary: contact / help / greeting
for t in ["ติดต่อใครได้บ้างเรื่องMOU", "เบอร์โทรผู้ประสานงานกองการเลือกตั้งท้องถิ่น", "ถ้าจะขอวิทยากรต้องประสานที่ไหน",
          "มีเบอร์ติดต่อสถ.ไหมคะ", "ผู้ประสานงานหนังสือนี้ชื่ออะไร", "แฟกซ์กองการเลือกตั้งท้องถิ่นเบอร์อะไร", "@civicbot ขอช่องทางติดต่อหน่อย"]:
    add(O, t, "contact", {}, [], note="contact from covering letter (กองการเลือกตั้งท้องถิ่น / กกต.จังหวัด)", chat="group" if t.startswith("@") else "private")
for t in ["บอทนี้ทำอะไรได้บ้าง", "ใช้ยังไงอะ", "@civicbot ช่วยด้วย ถามอะไรได้บ้าง", "เมนู", "help", "ถามเรื่องไหนได้บ้างคะน้องบอท"]:
    add(O, t, "help", {}, [], note="capabilities", chat="group" if t.startswith("@") else "private", lang="en" if t == "help" else "th")
for t in ["สวัสดีครับ", "หวัดดีจ้าบอท", "@civicbot สวัสดีค่ะ", "ดีครับน้อง", "สวัสดีตอนเช้าค่ะ"]:
    add(O, t, "greeting", {}, [], note="greeting", chat="group" if t.startswith("@") else "private")

import cases2  # the rest lives in cases2.py to keep this file readable
cases2.build(add, TC, COVC, fig, P, N, R, COV, th, DOC)

# ---------------------------------------------------------------- mix in addressed group messages
_k = {}
for c in CASES:
    cat = c["category"]
    if cat in ("clarify", "district", "comparison", "english", "region") and len(c["turns"]) == 1:
        _k[cat] = _k.get(cat, 0) + 1
        t = c["turns"][0]
        if _k[cat] % 6 == 3 and t["chat_type"] == "private" and "@civicbot" not in t["text"].lower():
            t["chat_type"] = "group"; t["text"] = "@civicbot " + t["text"]
            c["note"] += "; group, addressed"
    if not c["note"]:
        c["note"] = f"{c['expect']['lang']} phrasing, intent {c['expect']['intent']}"

# ---------------------------------------------------------------- validate and write
INTENTS = {"help","greeting","trainer_count","trainer_coverage","trainer_list","trainer_register","trainer_update",
           "trainer_remove","agency_duties","agency_list","mou_info","center_info","glossary","contact","stats","unknown"}
ids, lasts = set(), set()
for c in CASES:
    assert c["id"] not in ids; ids.add(c["id"])
    last = c["turns"][-1]["text"]
    assert last not in lasts, last; lasts.add(last)
    ex = c["expect"]
    assert ex["intent"] in INTENTS, c
    assert ex["reply"] in ("answer", "clarify", "silent")
    assert c["category"] in ("ordinary","followup","english","clarify","district","region","comparison","silent"), c
    for k, v in ex["slots"].items():
        assert k in ("province", "agency", "trainer_type")
        if k == "province": assert v in P, v
        if k == "agency": assert v in ("ECT","DOPA","DLA","HSS","CDD","DOP")
        if k == "trainer_type": assert v in ("core", "extended")
    if ex["reply"] != "answer": assert not ex["figures"]
    if ex["reply"] == "silent": assert c["turns"][-1]["chat_type"] == "group"
    assert all(isinstance(x, int) for x in ex["figures"])
alltexts = [t["text"] for c in CASES for t in c["turns"]]
dups = {t for t in alltexts if alltexts.count(t) > 1}
assert not dups, dups
with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
    for c in CASES: f.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(len(CASES), Counter(c["category"] for c in CASES))
print(Counter(c["expect"]["intent"] for c in CASES))
print(Counter(c["expect"]["reply"] for c in CASES))
