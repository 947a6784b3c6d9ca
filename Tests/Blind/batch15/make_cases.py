#!/usr/bin/env python3
"""Generate messages.jsonl (400 blind cases, b15). Deterministic: random seed 150015."""
import json, random, os
from lexicon import PROVINCE_ALIASES, ENGLISH, DISTRICTS, AGENCY_FORMS, AGENCY_EN, TYPE_FORMS, ROLES, PARTICLES, EMOJI, BOT_CALLS
from common import render, strip_tones, thai_digits
HERE = os.path.dirname(os.path.abspath(__file__))
F = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
T = {k: F["tables"][k]["provinces"] for k in ("core", "extended")}
TOT = {k: F["tables"][k]["totals"] for k in ("core", "extended")}
REG = F["regions"]; RT = F["region_totals"]
PROVS = sorted(T["extended"])
R = random.Random(150015)
TH = {"core": "วิทยากรหลัก", "extended": "วิทยากรขยายผล"}
REG_TH = {"north": ["ภาคเหนือ", "ภาคเหนือ", "ทางเหนือ"], "northeast": ["ภาคอีสาน", "ภาคตะวันออกเฉียงเหนือ", "อีสาน"],
          "central": ["ภาคกลาง", "ภาคกลาง"], "east": ["ภาคตะวันออก", "ภาคตอ."], "west": ["ภาคตะวันตก", "ภาคตต."],
          "south": ["ภาคใต้", "ปักษ์ใต้", "ภาคใต้"]}
REG_EN = {"north": "the North", "northeast": "the Northeast (Isan)", "central": "Central Thailand", "east": "the East", "west": "the West", "south": "the South"}

def val(kind, prov, ag=None):
    row = T[kind].get(prov)
    if row is None: return 0
    return row[ag] if ag else row["total"]
def figs(prov, typ=None, ag=None):
    out = []
    for k in ([typ] if typ else ["core", "extended"]):
        v = val(k, prov, ag)
        if v: out.append(v)
    return out
def spec(prov, typ=None, ag=None):
    parts = []
    for k in ([typ] if typ else ["core", "extended"]):
        parts.append(f"{prov} {k}{'/'+ag if ag else ''}={val(k, prov, ag)}")
    return "; ".join(parts)
def pname(p, alias=0.4):
    if p in PROVINCE_ALIASES and R.random() < alias: return R.choice(PROVINCE_ALIASES[p])
    return p
def aname(a): return R.choice(AGENCY_FORMS[a])
def tname(t): return R.choice(TYPE_FORMS[t])
def reg_particle():
    r = R.choice(["central", "central", "north", "northeast", "south"])
    return r, R.choice(PARTICLES[r])
def deco(text):
    if R.random() < 0.35: text += R.choice(["", " "]) + R.choice(EMOJI)
    return text
def address(text, chat):
    """returns (text, reply_to_bot, how)"""
    if chat == "private": return text, False, "private"
    m = R.random()
    if m < 0.35: return "@CivicBot " + text, False, "@start"
    if m < 0.55: return text + " @CivicBot", False, "@end"
    if m < 0.8: return R.choice(["บอทคะ ", "น้องบอท ", "CivicBot ", "น้องบอทจ๋า "]) + text, False, "name-call"
    return text, True, "reply_to_bot"
def chat_type(p=0.55): return "group" if R.random() < p else "private"

WRAP_INDIRECT = ["อยากรู้ว่า{Q}ไหม", "ช่วยเช็คให้หน่อยว่า{Q}", "พอจะบอกได้ไหมว่า{Q}", "รบกวนสอบถามหน่อยว่า{Q}", "ไม่ทราบว่า{Q}"]
WRAP_ELDER = ["สวัสดีครับ ผม{ROLE} หมู่ {N} นะครับ ตามันไม่ค่อยดีอ่านหนังสือไม่ไหว เลยอยากเรียนถามว่า {Q} ขอบพระคุณมากครับ",
              "สวัสดีค่ะลูกหลาน ยายเป็น{ROLE}ค่ะ พอดีประชุมหมู่บ้านพรุ่งนี้ {Q} ค่ะ ขอบใจมากจ้ะ",
              "กราบเรียนครับ ผมเป็น{ROLE}บ้านนอก ใช้ไลน์ไม่ค่อยเป็น ขอถามเรื่องหนึ่งครับ {Q} รบกวนด้วยครับ",
              "เรียนท่านผู้เกี่ยวข้อง ดิฉัน{ROLE} อายุ 67 แล้วค่ะ ลูกสาวสอนใช้ไลน์ให้ อยากทราบว่า {Q} ขอบคุณค่ะ",
              "ขออนุญาตครับ {ROLE}หมู่ {N} ครับ ทางอำเภอให้มาถามเอง {Q} ครับผม"]
WRAP_PLAIN = ["{Q}", "{Q} {PART}", "สอบถามหน่อย{PART} {Q}", "{Q}คะ", "ขอถามหน่อยครับ {Q}", "{Q} ?", "{Q}จ้า", "{Q}??"]
def wrap(q, kind=None):
    kind = kind or R.choice(["plain", "plain", "indirect", "elder"])
    reg, part = reg_particle()
    if kind == "indirect": tpl = R.choice(WRAP_INDIRECT); style = "indirect"
    elif kind == "elder": tpl = R.choice(WRAP_ELDER); style = "elderly/headman long polite"
    else: tpl = R.choice(WRAP_PLAIN); style = "plain"
    out = tpl.replace("{ROLE}", R.choice(ROLES)).replace("{N}", str(R.randint(1, 15))).replace("{PART}", part)
    out = out.replace("{Q}", q)
    if kind == "plain" and reg != "central" and R.random() < 0.6:
        out = out + " " + part; style += f", {reg} particle"
    return deco(out), style

CASES = []; SEEN = set()
UID = [0]
def new_uid(): return R.randint(10000, 99999999)
def add(cat, texts, intent, slots, figures, reply, lang, what, specs, style, chat=None, alt=None, addressed=True, uid=None):
    chat = chat or chat_type()
    uid = uid or new_uid()
    turns = []; hows = []
    for i, t in enumerate(texts):
        if addressed is True or (addressed == "first" and i == 0):
            if chat == "group" and i > 0 and R.random() < 0.6:
                t2, rtb, how = t, True, "reply_to_bot"
            else:
                t2, rtb, how = address(t, chat)
        else:
            t2, rtb, how = t, False, "not addressed"
        turns.append({"text": t2, "chat_type": chat, "user_id": uid, "reply_to_bot": rtb}); hows.append(how)
    if turns[-1]["text"] in SEEN: return False
    SEEN.add(turns[-1]["text"])
    exp = {"intent": intent, "slots": slots, "figures": figures, "reply": reply, "lang": lang}
    if alt: exp["intent_alt"] = alt
    CASES.append({"category": cat, "turns": turns, "expect": exp,
                  "note": f"{what}. specs: {specs} [{chat}, {hows[-1]}, {style}]"})
    return True

def fill(cat, n, fn):
    start = sum(1 for c in CASES if c["category"] == cat); tries = 0
    while sum(1 for c in CASES if c["category"] == cat) < start + n:
        fn(); tries += 1
        if tries > n * 50: raise SystemExit(f"cannot fill {cat}")

# ---------------- ordinary: trainer counts ----------------
Q_PT = ["{P}มี{T}กี่คน", "{P} {T} มีทั้งหมดกี่คน", "จ.{P}มี{T}เท่าไหร่", "{T}ของจังหวัด{P}มีกี่ท่าน", "{P}มี{T} กี่คนคะ", "ยอด{T} {P} เท่าไร"]
Q_P = ["{P}มีวิทยากรพลเมืองคุณภาพกี่คน", "วิทยากรหลักสูตรพลเมืองคุณภาพ จ.{P} มีกี่คน", "จังหวัด{P}มีวิทยากรทั้งหมดเท่าไหร่", "{P} มีวิทยากรกี่คนบ้าง"]
Q_PTA = ["{P} {T}ของ{A}มีกี่คน", "{A} {P} มี{T}กี่คน", "{T}สาย{A} จ.{P} กี่คน", "{P}มี{T}จาก{A}เท่าไหร่"]
Q_PA = ["{P} วิทยากรของ{A} มีกี่คน", "{A}ที่{P}มีวิทยากรกี่คน"]
def ord_count():
    p = R.choice(PROVS); typ = R.choice(["core", "extended", None, "extended"]); ag = R.choice([None, None, "DOPA", "DLA", "HSS", "CDD", "DOP"])
    if typ is None and p not in T["core"] and R.random() < 0.5: p = R.choice(sorted(T["core"]))
    if ag and typ: q = R.choice(Q_PTA)
    elif ag: q = R.choice(Q_PA)
    elif typ: q = R.choice(Q_PT)
    else: q = R.choice(Q_P)
    q = render(R, q, {"P": pname(p), "T": tname(typ) if typ else "", "A": aname(ag) if ag else ""})
    text, style = wrap(q)
    slots = {"province": p}
    if typ: slots["trainer_type"] = typ
    if ag: slots["agency"] = ag
    fg = figs(p, typ, ag)
    what = "trainer count " + ("(zero cell -> answer, no figures)" if not fg else "")
    add("ordinary", [text], "trainer_count", slots, fg, "answer", "th", what, spec(p, typ, ag), style)
def ord_national():
    typ = R.choice(["core", "extended"]); ag = R.choice([None, "DOPA", "DLA", "HSS", "CDD", "DOP"])
    if ag:
        q = R.choice(["ทั้งประเทศ {T}ของ{A}มีกี่คน", "{A}มี{T}รวมทั้งประเทศเท่าไหร่", "รวมทุกจังหวัด {A} มี{T}กี่คน"])
        fg = [TOT[typ][ag]]; slots = {"trainer_type": typ, "agency": ag}
    else:
        q = R.choice(["ทั้งประเทศมี{T}กี่คน", "{T}ปี 2563 ทั้งหมดกี่คน", "ยอดรวม{T}ทั้งประเทศเท่าไหร่", "รวม{T}ทุกจังหวัดได้กี่คน"])
        fg = [TOT[typ]["total"]]; slots = {"trainer_type": typ}
    q = render(R, q, {"T": tname(typ), "A": aname(ag) if ag else ""})
    text, style = wrap(q)
    add("ordinary", [text], "trainer_count", slots, fg, "answer", "th", "national total", f"{typ} {ag or 'all'} total={fg[0]}", style)
def top(kind, ag=None):
    vals = sorted(((val(kind, p, ag), p) for p in PROVS), reverse=True)
    return vals[0], vals[1][0] == vals[0][0]
def ord_rank():
    typ = R.choice(["core", "extended"]); ag = R.choice([None, None, "DOPA", "DLA", "HSS", "CDD", "DOP"])
    (v, p), tie = top(typ, ag)
    if tie: return
    q = R.choice(["จังหวัดไหนมี{T}{AA}มากที่สุด", "{T}{AA}เยอะสุดอยู่จังหวัดอะไร", "ที่ไหนมี{T}{AA}เยอะที่สุดในประเทศ"])
    q = render(R, q, {"T": tname(typ), "AA": ("ของ" + aname(ag)) if ag else ""})
    text, style = wrap(q)
    slots = {"trainer_type": typ}
    if ag: slots["agency"] = ag
    add("ordinary", [text], "trainer_coverage", slots, [v], "answer", "th", "ranking top province", f"top {typ}/{ag or 'all'} = {p} {v}", style, alt=["trainer_count"])

# ---------------- document knowledge ----------------
DOC = [
 # (intent, slots, figures, [questions], specs)
 ("mou_info", {"agency": "CDD"}, [3], ["MOU กับกรมการพัฒนาชุมชนมีระยะเวลากี่ปี", "บันทึกข้อตกลงกับ พช. มีอายุกี่ปี", "ข้อตกลงกับพัฒนาชุมชนใช้บังคับนานเท่าไหร่"], "MOU2 term 3 years from signing date"),
 ("mou_info", {"agency": "CDD"}, [30], ["ถ้าจะยกเลิก MOU กับ พช. ต้องแจ้งล่วงหน้ากี่วัน", "บอกเลิกบันทึกข้อตกลงกับกรมการพัฒนาชุมชนต้องแจ้งก่อนกี่วัน", "ยกเลิกข้อตกลงต้องทำหนังสือแจ้งอีกฝ่ายล่วงหน้านานแค่ไหน"], "MOU2 termination: written notice not less than 30 days"),
 ("mou_info", {}, [], ["ถ้าจะแก้ไขบันทึกข้อตกลงต้องทำยังไง", "MOU แก้ไขเพิ่มเติมได้ไหม ต้องทำอย่างไร", "การเปลี่ยนแปลงแก้ไขบันทึกข้อตกลงต้องทำเป็นหนังสือไหม"], "MOU2 clause 6: amendment by mutual consent, in writing, signed by authorised signatories, annexed"),
 ("mou_info", {}, [], ["ใครเป็นคนลงนามใน MOU บ้าง", "ผู้ลงนามบันทึกข้อตกลงมีใครบ้าง", "MOU ฉบับแรกใครเซ็นบ้าง"], "MOU1 signatories: Pol.Col. Jarungvith Phumma (ECT sec-gen), Thanat (DOPA), Prayoon Rattanasenee (DLA), HSS director-general, Sujitra Pitayanarasate (DOP)"),
 ("mou_info", {"agency": "CDD"}, [], ["MOU กับ พช. ใครเป็นพยานบ้าง", "พยานในบันทึกข้อตกลงกับกรมการพัฒนาชุมชนคือใคร"], "MOU2 witnesses: Paiboon Lekprom (deputy sec-gen ECT), Chokchai Kaewpong (deputy DG CDD)"),
 ("mou_info", {"agency": "CDD"}, [], ["ใครลงนามฝั่งกรมการพัฒนาชุมชน", "อธิบดี พช. ที่เซ็น MOU ชื่ออะไร"], "MOU2 signed for CDD by Suttipong Juljarern, DG"),
 ("mou_info", {}, [], ["MOU นี้ทำขึ้นเพื่ออะไร", "วัตถุประสงค์ของบันทึกข้อตกลงความร่วมมือคืออะไร", "บันทึกข้อตกลงนี้มีเป้าหมายอะไร"], "purpose: build correct understanding of democracy with the King as head of state; participation; per Constitution 2560, national strategy, political reform plan"),
 ("mou_info", {}, [], ["MOU ฉบับแรกมีหน่วยงานไหนบ้าง", "บันทึกข้อตกลงมีกี่ฉบับ ใครกับใคร"], "MOU1 ECT + DOPA, DLA, HSS, DOP; MOU2 ECT + CDD"),
 ("mou_info", {}, [], ["MOU มีผลบังคับใช้ตั้งแต่เมื่อไหร่", "บันทึกข้อตกลงเริ่มใช้วันไหน"], "in force from the signing date"),
 ("mou_info", {}, [2560], ["MOU อ้างรัฐธรรมนูญปีไหน", "ข้อตกลงนี้ให้เป็นไปตามรัฐธรรมนูญฉบับปีอะไร"], "Constitution B.E. 2560"),
 ("mou_info", {}, [], ["หนังสือนำส่ง MOU เลขที่เท่าไหร่", "หนังสือเวียนเรื่อง MOU ที่ มท อะไร"], "letter ref มท 0818.2/ว 2565"),
 ("mou_info", {}, [], ["หนังสือแจ้งเรื่อง MOU ลงวันที่เท่าไหร่", "หนังสือของ สถ. ส่งมาวันไหน"], "letter dated 1 February 2565"),
 ("mou_info", {"agency": "DLA"}, [], ["หนังสือแจ้งจังหวัดเรื่องพลเมืองคุณภาพใครเป็นคนส่ง", "ใครลงนามหนังสือถึงผู้ว่าราชการจังหวัด"], "sender: Prayoon Rattanasenee, DG of DLA, to all provincial governors"),
 ("mou_info", {}, [], ["หนังสือนี้ส่งมาพร้อมอะไรบ้าง", "สิ่งที่ส่งมาด้วยในหนังสือมีอะไร"], "enclosures: 1 copy of MOU, 1 trainer register of พลเมืองคุณภาพ course"),
 ("contact", {}, [], ["เบอร์โทรติดต่อเรื่องนี้เบอร์อะไร", "ขอเบอร์ผู้ประสานงานหน่อย", "ติดต่อกองการเลือกตั้งท้องถิ่นเบอร์ไหน"], "tel 0-2251-9000 ext 2373, coordinator Janrat Arunpanyakul"),
 ("contact", {}, [], ["เบอร์แฟกซ์เบอร์อะไร", "โทรสารของกองการเลือกตั้งท้องถิ่นเบอร์ไหน"], "fax 0-2251-7223"),
 ("contact", {}, [], ["ผู้ประสานงานชื่ออะไร", "ใครเป็นผู้ประสานงานเรื่อง MOU"], "coordinator Mrs Janrat Arunpanyakul, Local Election Division"),
 ("contact", {}, [], ["อยากประสานงานเรื่องเอาวิทยากรไปใช้ในพื้นที่ต้องติดต่อใคร"], "letter: coordinate with provincial ECT office; DLA contact 0-2251-9000 ext 2373"),
 ("center_info", {}, [], ["ศส.ปชต. คืออะไร", "ศูนย์ส่งเสริมพัฒนาประชาธิปไตยทำอะไร", "ศส.ปชต. มีไว้ทำไม"], "Democracy Promotion Centre, hub for democracy learning at tambon level"),
 ("center_info", {}, [2557], ["ศส.ปชต. ตั้งขึ้นตั้งแต่ปีไหน", "ศูนย์ส่งเสริมพัฒนาประชาธิปไตยเริ่มมีตั้งแต่เมื่อไหร่"], "founded 2557 with the non-formal education office"),
 ("center_info", {}, [], ["ศูนย์การเรียนรู้วิถีประชาธิปไตยจะตั้งปีไหนบ้าง", "แผนตั้งศูนย์เรียนรู้แต่ละปีเป็นยังไง", "ปีงบ 64 ตั้งศูนย์กี่แห่ง"], "FY2563 1 tambon per province; FY2564 1 tambon per district; every tambon FY2565"),
 ("center_info", {}, [], ["ปีงบ 65 ศูนย์เรียนรู้ต้องครบทุกตำบลไหม"], "every tambon by FY2565"),
 ("center_info", {}, [], ["โครงการหมู่บ้านพลเมืองดีวิถีประชาธิปไตยคืออะไร", "หมู่บ้านพลเมืองดีวิถีประชาธิปไตยทำอะไร"], "project so every household lives the democratic way, coordinated via ศส.ปชต."),
 ("center_info", {}, [], ["ปัญหาของ ศส.ปชต. ที่ผ่านมาคืออะไร", "อุปสรรคสำคัญของศูนย์คืออะไร"], "lack of a mechanism for quality citizens at village level; agencies unaware of role"),
 ("agency_duties", {"agency": "ECT"}, [], ["กกต. มีหน้าที่อะไรตาม MOU", "สำนักงาน กกต. ต้องทำอะไรบ้าง"], "ECT duties 1-5: support centres, good-citizen village, polling staff/observers, curriculum, evaluation+awards"),
 ("agency_duties", {"agency": "DOPA"}, [], ["กรมการปกครองต้องทำอะไรบ้าง", "หน้าที่ฝ่ายปกครองตาม MOU มีอะไร"], "DOPA duties 1-5: deputy governor/district chief support, village committee, annual plans, training, kamnan/headman evaluation"),
 ("agency_duties", {"agency": "DLA"}, [], ["กรมส่งเสริมการปกครองท้องถิ่นมีหน้าที่อะไร", "ท้องถิ่นต้องช่วยอะไร ศส.ปชต."], "DLA duties 1-4: local government support, annual plans, funding by mandate, invite representatives"),
 ("agency_duties", {"agency": "HSS"}, [], ["สบส. ต้องทำอะไรตามข้อตกลง", "อสม. เกี่ยวอะไรกับ ศส.ปชต.", "กรมสนับสนุนบริการสุขภาพมีบทบาทอะไร"], "HSS duties 1-4: via provincial health officer, อสม. as committee, plans, training, evaluation"),
 ("agency_duties", {"agency": "DOP"}, [], ["กรมกิจการผู้สูงอายุต้องทำอะไร", "ชมรมผู้สูงอายุเกี่ยวข้องยังไงกับ ศส.ปชต."], "DOP duties 1-3: elderly volunteers, councils, clubs, ศพอส. committees join"),
 ("agency_duties", {"agency": "CDD"}, [], ["กรมการพัฒนาชุมชนมีหน้าที่อะไร", "พช. ต้องทำอะไรใน MOU"], "CDD duties 1-4: community development officers, women's development committees and women's fund"),
 ("agency_duties", {"agency": "DOPA"}, [], ["ข้อ 5 ของกรมการปกครองว่าอะไร", "เกณฑ์ประเมินกำนันผู้ใหญ่บ้านดีเด่นเกี่ยวกับ ศส.ปชต. ยังไง"], "DOPA duty 5: kamnan/headman evaluation includes work with ศส.ปชต."),
 ("agency_duties", {"agency": "ECT"}, [], ["ข้อ 3 ของ กกต. คืออะไร", "กกต. ให้ ศส.ปชต. เป็นกรรมการประจำหน่วยเลือกตั้งได้ไหม"], "ECT duty 3: centres/leaders as polling-station staff or observers"),
 ("agency_duties", {"agency": "ECT"}, [], ["ใครเป็นคนจัดประกวด ศส.ปชต. ดีเด่น", "รางวัลศูนย์ดีเด่นใครเป็นคนให้"], "ECT duty 5: evaluation standard, contest, awards at the centres' fair"),
 ("agency_duties", {"agency": "HSS"}, [], ["ข้อ 4 ของ สบส. ว่าไว้ว่าไง", "อสม. ดีเด่นต้องมีผลงานกับ ศส.ปชต. ด้วยเหรอ"], "HSS duty 4: อสม. evaluation includes work with ศส.ปชต."),
 ("agency_duties", {"agency": "DLA"}, [], ["ข้อ 4 ของกรมส่งเสริมการปกครองท้องถิ่นคืออะไร"], "DLA duty 4: invite local government representatives to ECT meetings/training"),
 ("agency_duties", {"agency": "CDD"}, [], ["คณะกรรมการพัฒนาสตรีต้องทำอะไรบ้าง", "กองทุนพัฒนาบทบาทสตรีเกี่ยวอะไรกับ MOU"], "CDD duties: women's development committees and women's fund teams join, plan, train"),
 ("agency_list", {}, [], ["ภาคีใน MOU มีหน่วยงานอะไรบ้าง", "มีกี่กรมที่ร่วมลงนาม", "หน่วยงานพันธมิตรมีใครบ้าง"], "partners: DOPA, DLA, HSS, DOP (MOU1), CDD (MOU2) with ECT"),
 ("glossary", {}, [], ["ศส.ปชต. ย่อมาจากอะไร", "ศส.ปชต ชื่อเต็มคืออะไร"], "ศูนย์ส่งเสริมพัฒนาประชาธิปไตย"),
 ("glossary", {}, [], ["อสม. ย่อมาจากอะไร"], "อาสาสมัครสาธารณสุขประจำหมู่บ้าน"),
 ("glossary", {}, [], ["ศพอส. คืออะไร", "ศพอส. ย่อมาจากอะไรคะ"], "ศูนย์พัฒนาคุณภาพชีวิตและส่งเสริมอาชีพผู้สูงอายุ"),
 ("glossary", {}, [], ["กกต. ย่อมาจากอะไร"], "คณะกรรมการการเลือกตั้ง"),
 ("glossary", {}, [], ["ในหนังสือเขียนว่า มท คืออะไร", "กทม. ในหนังสือหมายถึงอะไร"], "มท = กระทรวงมหาดไทย; กทม. = กรุงเทพมหานคร"),
 ("help", {}, [], ["ถามอะไรได้บ้าง", "ใช้งานยังไง", "ช่วยอะไรได้บ้าง"], "help"),
 ("greeting", {}, [], ["สวัสดีครับ", "หวัดดีจ้า", "สวัสดีตอนเช้าค่ะ"], "greeting"),
]
def ord_doc():
    intent, slots, fg, qs, sp = R.choice(DOC)
    q = render(R, R.choice(qs), {}, nospace=0.3)
    if intent in ("greeting", "help"): text, style = deco(q), "plain"
    else: text, style = wrap(q)
    add("ordinary", [text], intent, dict(slots), list(fg), "answer", "th", f"document breadth: {intent}", sp, style)

fill("ordinary", 62, ord_count); fill("ordinary", 10, ord_national); fill("ordinary", 8, ord_rank); fill("ordinary", 90, ord_doc)

# ---------------- follow-ups ----------------
def fu():
    k = R.choice(["prov", "type", "agency", "three", "doc", "duty", "doc2"])
    uid = new_uid(); chat = chat_type()
    if k == "prov":
        p1, p2 = R.sample(PROVS, 2); typ = R.choice(["core", "extended"])
        if typ == "core": p1, p2 = R.sample(sorted(T["core"]), 2)
        t1 = render(R, R.choice(Q_PT), {"P": pname(p1), "T": tname(typ)})
        t2 = render(R, R.choice(["แล้ว{P}ล่ะ", "{P}ล่ะคะ", "แล้วของ{P}ละ", "ถ้าเป็น{P}ล่ะ"]), {"P": pname(p2)})
        slots = {"province": p2, "trainer_type": typ}; fg = figs(p2, typ); sp = spec(p2, typ); texts = [t1, deco(t2)]
    elif k == "type":
        p = R.choice(sorted(T["core"]))
        t1 = render(R, R.choice(Q_PT), {"P": pname(p), "T": tname("core")})
        t2 = R.choice(["แล้วขยายผลล่ะ", "วิทยากรขยายผลล่ะคะ", "ส่วนขยายผลมีกี่คน", "แล้ววิทยากรขยายผลละ"])
        slots = {"province": p, "trainer_type": "extended"}; fg = figs(p, "extended"); sp = spec(p, "extended"); texts = [t1, deco(t2)]
    elif k == "agency":
        p = R.choice(PROVS); typ = R.choice(["extended", "extended", "core"])
        if typ == "core": p = R.choice(sorted(T["core"]))
        ag = R.choice(["DOPA", "DLA", "HSS", "CDD", "DOP"])
        t1 = render(R, R.choice(Q_PT), {"P": pname(p), "T": tname(typ)})
        t2 = render(R, R.choice(["เฉพาะของ{A}ล่ะ", "แล้ว{A}มีกี่คน", "ของ{A}กี่คน", "{A}ล่ะ"]), {"A": aname(ag)})
        slots = {"province": p, "trainer_type": typ, "agency": ag}; fg = figs(p, typ, ag); sp = spec(p, typ, ag); texts = [t1, deco(t2)]
    elif k == "three":
        p1, p2 = R.sample(sorted(T["core"]), 2)
        t0 = R.choice(["สวัสดีค่ะ", "หวัดดีครับ", "ขอถามเรื่องวิทยากรหน่อยนะคะ"])
        t1 = render(R, R.choice(Q_PT), {"P": pname(p1), "T": tname("extended")})
        t2 = R.choice(["วิทยากรหลักล่ะ", "แล้ววิทยากรหลักมีกี่คน"])
        t3 = render(R, R.choice(["แล้ว{P}ล่ะ", "{P}ด้วยค่ะ", "ของ{P}ล่ะครับ"]), {"P": pname(p2)})
        texts = [t0, t1, t2, deco(t3)] if R.random() < 0.5 else [t1, t2, deco(t3)]
        slots = {"province": p2, "trainer_type": "core"}; fg = figs(p2, "core"); sp = spec(p2, "core")
    elif k == "doc":
        texts = [R.choice(["MOU กับ พช. มีอายุกี่ปี", "บันทึกข้อตกลงกับกรมการพัฒนาชุมชนกี่ปีคะ"]), deco(R.choice(["แล้วถ้าจะยกเลิกต้องแจ้งก่อนกี่วัน", "ถ้าอยากเลิกก่อนล่ะ ต้องบอกล่วงหน้ากี่วัน", "บอกเลิกได้ไหม ต้องแจ้งกี่วัน"]))]
        slots = {"agency": "CDD"}; fg = [30]; sp = "MOU2 term 3 years; notice 30 days"; intent = "mou_info"
        return add("followup", texts, intent, slots, fg, "answer", "th", "follow-up on MOU clause (notice)", sp, "follow-up", chat=chat, uid=uid)
    elif k == "doc2":
        texts = [R.choice(["ศส.ปชต. คืออะไรคะ", "ศูนย์ส่งเสริมพัฒนาประชาธิปไตยคืออะไร"]), deco(R.choice(["ตั้งมาตั้งแต่ปีไหน", "เริ่มมีตั้งแต่ปีอะไรคะ", "แล้วเริ่มตั้งเมื่อไหร่"]))]
        return add("followup", texts, "center_info", {}, [2557], "answer", "th", "follow-up on centre founding year", "founded 2557", "follow-up", chat=chat, uid=uid)
    else:
        a1, a2 = R.sample(["DOPA", "DLA", "HSS", "DOP", "CDD", "ECT"], 2)
        texts = [render(R, R.choice(["{A}มีหน้าที่อะไรตาม MOU", "หน้าที่ของ{A}มีอะไรบ้าง"]), {"A": aname(a1)}),
                 deco(render(R, R.choice(["แล้ว{A}ล่ะ", "ของ{A}ละคะ", "ส่วน{A}ต้องทำอะไร"]), {"A": aname(a2)}))]
        return add("followup", texts, "agency_duties", {"agency": a2}, [], "answer", "th", "follow-up switching department for duties", f"duties of {a2}", "follow-up", chat=chat, uid=uid)
    add("followup", texts, "trainer_count", slots, fg, "answer", "th", f"follow-up ({k}) carries context", sp, "follow-up, short elliptic turn", chat=chat, uid=uid)
fill("followup", 70, fu)

# ---------------- english ----------------
EN_PT = ["How many {T} trainers are there in {P}?", "how many {T} trainers does {P} have", "Number of {T} trainers in {P} province please", "Hi, could you tell me how many {T} trainers {P} has? ขอบคุณครับ"]
EN_P = ["How many Quality Citizen trainers are in {P}?", "trainers in {P}? (วิทยากร)", "Do you have trainer numbers for {P}?"]
EN_DOC = [("mou_info", {"agency": "CDD"}, [3], ["How long is the MOU with the Community Development Department valid?", "what is the term of the MOU with พช.?"], "MOU2 term 3 years"),
 ("mou_info", {"agency": "CDD"}, [30], ["How many days notice is needed to terminate the MOU with CDD?", "If one side wants to cancel the MOU, how much notice?"], "30 days written notice"),
 ("mou_info", {}, [], ["Who signed the MOU?", "Can you list the signatories of the MOU?"], "MOU1 signatories (ECT sec-gen + 4 DGs)"),
 ("mou_info", {}, [], ["How can the MOU be amended?"], "amendment in writing by mutual consent"),
 ("center_info", {}, [], ["What is a ศส.ปชต.?", "What are the Democracy Promotion Centres?", "What's the rollout plan for the democracy learning centres by fiscal year?"], "centres; FY2563/2564/2565 rollout"),
 ("center_info", {}, [2557], ["Since when have the Democracy Promotion Centres existed?"], "since 2557"),
 ("agency_duties", {"agency": "HSS"}, [], ["What does the Department of Health Service Support have to do under the MOU?", "What is the role of อสม. volunteers in this MOU?"], "HSS duties"),
 ("agency_duties", {"agency": "DOP"}, [], ["What are the duties of the Department of Older Persons?"], "DOP duties"),
 ("agency_duties", {"agency": "ECT"}, [], ["What is the Election Commission office responsible for in the MOU?"], "ECT duties"),
 ("contact", {}, [], ["Who is the contact person and what's the phone number?", "What is the fax number in the cover letter?"], "tel 0-2251-9000 ext 2373, fax 0-2251-7223"),
 ("agency_list", {}, [], ["Which departments are party to the MOUs?"], "DOPA, DLA, HSS, DOP, CDD with ECT"),
 ("glossary", {}, [], ["What does อสม. stand for?", "What does ศพอส. mean?"], "glossary"),
 ("mou_info", {}, [], ["What is the reference number and date of the DLA cover letter?"], "มท 0818.2/ว 2565, 1 Feb 2565")]
def en():
    m = R.random()
    if m < 0.45:
        en_name = R.choice(sorted(ENGLISH)); p = ENGLISH[en_name]; typ = R.choice(["core", "extended"])
        q = R.choice(EN_PT).replace("{T}", R.choice({"core": ["core", "main", "lead"], "extended": ["extended", "extension", "cascade"]}[typ])).replace("{P}", en_name)
        slots = {"province": p, "trainer_type": typ}; fg = figs(p, typ); sp = spec(p, typ); intent = "trainer_count"; alt = None
    elif m < 0.55:
        en_name = R.choice(sorted(ENGLISH)); p = ENGLISH[en_name]
        q = R.choice(EN_P).replace("{P}", en_name); slots = {"province": p}; fg = figs(p); sp = spec(p); intent = "trainer_count"; alt = None
    elif m < 0.62:
        typ = R.choice(["core", "extended"]); q = f"What is the national total of {typ} trainers?"
        if R.random() < 0.5: q = f"total {typ} trainers nationwide in 2563?"
        slots = {"trainer_type": typ}; fg = [TOT[typ]["total"]]; sp = f"{typ} total {fg[0]}"; intent = "trainer_count"; alt = None
    else:
        intent, slots, fg, qs, sp = R.choice(EN_DOC); q = R.choice(qs); slots = dict(slots); alt = None
    pre = R.choice(["", "", "Hello, I work for an NGO in Chiang Mai. ", "Hi! ", "Sorry my Thai is bad. ", "Good morning krub, "])
    text = deco(pre + q)
    add("english", [text], intent, slots, list(fg), "answer", "en", "English question from foreigner/NGO staff", sp, "English" + (" mixed Thai" if any('\u0e00' <= c <= '\u0e7f' for c in text) else ""), alt=alt)
fill("english", 40, en)

# ---------------- clarify ----------------
CL = [
 ("trainer_count", {}, ["เวียงจันทน์มีวิทยากรกี่คน", "ปีนังมีวิทยากรขยายผลกี่คน", "โตเกียวมีวิทยากรหลักไหม", "How many trainers in Vientiane?", "ย่างกุ้งมีวิทยากรพลเมืองคุณภาพกี่คน", "สิบสองปันนามีวิทยากรไหมเจ้า"], "foreign place, not a Thai province"),
 ("trainer_count", {}, ["จังหวัดสุวรรณเขตมีวิทยากรกี่คน", "จังหวัดเชียงแสนมีวิทยากรหลักกี่คน", "จ.ทวารวดี มีวิทยากรขยายผลกี่คน"], "non-existent province"),
 ("trainer_count", {}, ["อำเภอเมืองมีวิทยากรกี่คน", "สมุทรมีวิทยากรขยายผลกี่คน", "จังหวัดนครมีวิทยากรหลักกี่คน", "บ้านผมมีวิทยากรกี่คน", "สุ...อะไรนะ จังหวัดที่ขึ้นต้นด้วยสุ มีวิทยากรกี่คน"], "ambiguous place"),
 ("trainer_count", {"province": "เชียงใหม่"}, ["วิทยากรเชียงใหม่เป็นผู้หญิงกี่คน", "เชียงใหม่วิทยากรหลักอายุเฉลี่ยเท่าไหร่"], "attribute not in registers (gender/age)"),
 ("trainer_count", {"province": "ขอนแก่น"}, ["ขอนแก่นวิทยากรขยายผลจบปริญญาตรีกี่คน", "ขอนแก่นวิทยากรอยู่อำเภอไหนบ้าง"], "attribute not in registers (education/district breakdown)"),
 ("trainer_count", {"province": "นครราชสีมา"}, ["โคราชปี 2566 มีวิทยากรกี่คน", "โคราชปี 2565 วิทยากรขยายผลเพิ่มขึ้นไหม"], "other year than 2563"),
 ("trainer_count", {"trainer_type": "core"}, ["ปี 2564 มีวิทยากรหลักทั้งประเทศกี่คน", "วิทยากรหลักปี 2567 มีเท่าไหร่"], "other year than 2563"),
 ("trainer_count", {"province": "อุบลราชธานี"}, ["อุบลวิทยากรของกรมป่าไม้มีกี่คน", "อุบล วิทยากรสายตำรวจกี่คน"], "department not a party"),
 ("agency_duties", {}, ["กรมการจัดหางานมีหน้าที่อะไรใน MOU", "กระทรวงศึกษาต้องทำอะไรตามบันทึกข้อตกลงนี้", "กรมทางหลวงมีบทบาทอะไรในศส.ปชต."], "department not a party"),
 ("trainer_count", {}, ["แล้วที่นั่นล่ะ", "จังหวัดเดียวกันกับเมื่อกี้มีกี่คน", "ของเขามีกี่คน", "จังหวัดผมมีวิทยากรกี่คน"], "missing context"),
 ("trainer_count", {"trainer_type": "extended"}, ["วิทยากรขยายผลที่นั่นมีกี่คน", "ขยายผลจังหวัดนั้นกี่คนคะ"], "missing context (which province)"),
 ("trainer_list", {"province": "ลำปาง"}, ["ขอเบอร์โทรวิทยากรลำปางทุกคน", "วิทยากรลำปางชื่ออะไรบ้าง"], "names/phones not in the registers (and not for group/non-admin)"),
]
def cl():
    intent, slots, qs, why = R.choice(CL)
    q = render(R, R.choice(qs), {}, tones=0.2)
    lang = "en" if q.isascii() else "th"
    text = deco(q) if lang == "en" else wrap(q, R.choice(["plain", "plain", "indirect", "elder"]))[0]
    add("clarify", [text], intent, dict(slots), [], "clarify", lang, f"clarify: {why}", why, "clarify")
fill("clarify", 40, cl)

# ---------------- district ----------------
DQ = ["อยู่อำเภอ{D}ค่ะ อยากรู้ว่าแถวนี้มีวิทยากรกี่คน", "อ.{D} มีวิทยากร{T}กี่คน", "ผมอยู่{D} จังหวัดผมมีวิทยากร{T}เท่าไหร่", "บ้านอยู่{D}เจ้า มีวิทยากร{T}กี่คนเจ้า", "อำเภอ{D}ของเฮามีวิทยากร{T}บ่", "{D}หนิมีวิทยากร{T}กี่คนโหม"]
def dist():
    d = R.choice(sorted(DISTRICTS)); p = DISTRICTS[d]; typ = R.choice([None, "core", "extended", "extended"])
    if typ == "core" and p not in T["core"]: typ = "extended"
    q = R.choice(DQ)
    if typ is None: q = q.replace("วิทยากร{T}", "วิทยากร")
    q = render(R, q, {"D": d, "T": TH[typ][7:] if typ else ""})
    text, style = wrap(q, R.choice(["plain", "indirect", "elder"]))
    slots = {"province": p}
    if typ: slots["trainer_type"] = typ
    add("district", [text], "trainer_count", slots, figs(p, typ), "answer", "th", f"district {d} -> {p}", spec(p, typ), style)
fill("district", 25, dist)

# ---------------- region ----------------
def region():
    r = R.choice(sorted(REG)); typ = R.choice([None, "core", "extended", "extended"]); ag = R.choice([None, None, "HSS", "DOPA", "CDD"])
    q = R.choice(["{R}มี{T}รวมกี่คน", "รวมทั้ง{R} {T}{AA}มีเท่าไหร่", "{R}ทั้งภาคมี{T}{AA}กี่คน"])
    q = render(R, q, {"R": R.choice(REG_TH[r]), "T": tname(typ) if typ else "วิทยากร", "AA": ("ของ" + aname(ag)) if ag else ""})
    if "{AA}" not in "" and ag and ("ของ" not in q): ag = None
    text, style = wrap(q)
    slots = {}
    if typ: slots["trainer_type"] = typ
    if ag: slots["agency"] = ag
    fg = [RT[k][r][ag or "total"] for k in ([typ] if typ else ["core", "extended"]) if RT[k][r][ag or "total"]]
    add("region", [text], "trainer_count", slots, fg, "answer", "th", f"regional total {r} ({len(REG[r])} provinces)", f"{r} {typ or 'core+extended'} {ag or 'all'} = {fg}", style, alt=["trainer_coverage"])
fill("region", 15, region)

# ---------------- comparison ----------------
def comp():
    if R.random() < 0.65:
        typ = R.choice(["core", "extended", "extended"])
        pool = sorted(T["core"]) if typ == "core" else [p for p in PROVS if val("extended", p)]
        p1, p2 = R.sample(pool, 2)
        q = render(R, R.choice(["{P1}กับ{P2} ที่ไหนมี{T}มากกว่ากัน", "{T} {P1} vs {P2} ใครเยอะกว่า", "เทียบ{T}{P1}กับ{P2}หน่อย", "{P1}หรือ{P2}มี{T}มากกว่า"]), {"P1": pname(p1), "P2": pname(p2), "T": tname(typ)})
        slots = {"trainer_type": typ}; fg = [val(typ, p1), val(typ, p2)]; sp = f"{p1} {typ}={fg[0]}; {p2} {typ}={fg[1]}"
    else:
        p = R.choice(PROVS); typ = "extended"; a1, a2 = R.sample(["DOPA", "DLA", "HSS", "CDD", "DOP"], 2)
        if not (val(typ, p, a1) and val(typ, p, a2)): return
        q = render(R, R.choice(["{P} {T}ของ{A1}กับ{A2} ใครมากกว่ากัน", "ที่{P} {A1}หรือ{A2}มี{T}เยอะกว่า"]), {"P": pname(p), "T": tname(typ), "A1": aname(a1), "A2": aname(a2)})
        slots = {"province": p, "trainer_type": typ}; fg = [val(typ, p, a1), val(typ, p, a2)]; sp = f"{p} {typ} {a1}={fg[0]}, {a2}={fg[1]}"
    text, style = wrap(q)
    add("comparison", [text], "trainer_coverage", slots, fg, "answer", "th", "comparison of two values", sp, style, alt=["trainer_count"])
fill("comparison", 15, comp)

# ---------------- silent ----------------
SIL1 = ["ใครไปประชุมที่อำเภอพรุ่งนี้บ้างคะ", "ข้าวเที่ยงวันนี้กินอะไรดีพี่ๆ 555", "รถตู้ไปศาลากลางออกกี่โมงครับ", "วิทยากรหลักบ้านเราขยันกว่าใครในประเทศแล้วมั้ง555", "ใครเห็นแฟ้ม MOU ที่วางไว้บนโต๊ะบ้างไหม", "พี่ๆ ประชุม ศส.ปชต. เลื่อนไปวันศุกร์ใช่ไหมคะ",
        "โคราชร้อนขนาดนี้ใครจะไปอบรมไหวเนาะ", "ใครมีเบอร์ปลัดบ้างส่งให้หน่อย", "ผู้ใหญ่บ้านหมู่ 3 มาถึงยังครับ", "เอกสารพลเมืองคุณภาพปริ้นท์ครบยังน้อง", "อสม.บ้านเราได้เสื้อใหม่ยังจ๊ะ", "ใครจะนั่งรถไปด้วยกันบ้าง ยกมือ",
        "ห้องประชุมชั้น 2 หรือชั้น 3 คะ", "ฝนตกหนักมาก ใครยังไม่ถึงบ้าง", "กาแฟใครสั่งเพิ่มบ้างคับ", "ทำไมวิทยากรขยายผลต้องอบรมวันอาทิตย์ด้วยอ่ะ เหนื่อยจัง", "555 ใครถ่ายรูปผมหลับตาเนี่ย", "พรุ่งนี้ต้องใส่ชุดอะไรไปงานมหกรรม ศส.ปชต. ครับ",
        "เจ้าภาพเลี้ยงข้าวเที่ยงไหมเจ้า", "ลุงมาถึงหอประชุมแล้วเด้อ อยู่ไสกันหมด", "เมื่อวานใครได้ยินท่านนายอำเภอพูดเรื่อง MOU บ้าง", "แม่ๆ อสม. ประชุมกี่โมงจ๊ะ", "ตกลงอบรมพลเมืองคุณภาพรุ่นสองวันไหนนะ", "มีใครเอาพาวเวอร์แบงค์มาบ้าง", "วันนี้ใครเวรทำความสะอาดศาลา"]
SIL2 = [("ขอบคุณค่ะ เดี๋ยวพี่ๆ ช่วยดูตัวเลขอีกทีนะคะ", "thanks then talks to members"), ("โอเค งั้นพรุ่งนี้ใครว่างไปศาลากลางกับผมบ้าง", "then organises transport"),
        ("พี่นิดเห็นไหม ตามที่พี่บอกเลย 555", "then talks to a member"), ("เดี๋ยวเที่ยงนี้กินข้าวด้วยกันนะทุกคน", "then lunch plan"), ("ใครจดไว้บ้าง ส่งให้ผู้ใหญ่ด้วยเด้อ", "then asks members to note it")]
def silent1():
    t = R.choice(SIL1); t = render(R, t, {}, tdig=0.2); t = deco(t)
    add("silent", [t], "unknown", {}, [], "silent", "th", "group line not addressed to the bot", "none", "group chatter", chat="group", addressed=False)
def silent2():
    t2, why = R.choice(SIL2); p = R.choice(sorted(T["core"]))
    t1 = render(R, R.choice(Q_PT), {"P": pname(p), "T": tname("core")})
    add("silent", [t1, deco(t2)], "unknown", {}, [], "silent", "th", f"two-turn: asked the bot, {why}", "none", "group chatter after bot question", chat="group", addressed="first")
fill("silent", 20, silent1); fill("silent", 5, silent2)

# ---------------- finalise ----------------
assert len(CASES) == 400, len(CASES)
R.shuffle(CASES)
with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
    for i, c in enumerate(CASES, 1):
        f.write(json.dumps({"id": f"b15-{i:04d}", **c}, ensure_ascii=False) + "\n")
print("make_cases.py: wrote", len(CASES))
