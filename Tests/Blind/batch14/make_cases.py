#!/usr/bin/env python3
"""Generate messages.jsonl (400 blind cases) deterministically (seed 140014)."""
import json, os, random, re
import lexicon as L

HERE = os.path.dirname(os.path.abspath(__file__))
F = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
R = random.Random(140014)
REG = F["registers"]; DF = F["doc_facts"]
PROVS = F["provinces"]
TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
TONES = "่้๊๋"
AG_TH = {"ECT": "สำนักงาน กกต.", "DOPA": "กรมการปกครอง", "DLA": "กรมส่งเสริมการปกครองท้องถิ่น",
         "HSS": "กรมสนับสนุนบริการสุขภาพ", "CDD": "กรมการพัฒนาชุมชน", "DOP": "กรมกิจการผู้สูงอายุ"}
TR_AG = ["DOPA", "DLA", "HSS", "CDD", "DOP"]  # agencies that have register columns

def val(p, t, a=None):
    d = REG[t]["by_province"][p]
    return d[a] if a else d["total"]

def figs(p, t=None, a=None):
    ts = [t] if t else ["core", "extended"]
    return [v for v in (val(p, x, a) for x in ts) if v]

def spec(p, t=None, a=None):
    ts = [t] if t else ["core", "extended"]
    return "; ".join(f"{p} {x}{'/' + a if a else ''}={val(p, x, a)}" for x in ts)

def pick(xs): return R.choice(xs)

def notone(s, prob=0.5):
    if R.random() < prob:
        return "".join(ch for ch in s if ch not in TONES or R.random() < 0.4)
    return s

def spacing(s):
    r = R.random()
    if r < 0.3: return s.replace(" ", "")
    if r < 0.45:
        out = []
        for ch in s:
            out.append(ch)
            if R.random() < 0.06 and ch not in TONES + "ัิีึืุูํ็์": out.append(" ")
        return "".join(out)
    return s

def tmpl(_tpl, **kw):
    """Apply tone-mark loss and spacing to the template text only, then insert names."""
    pieces = re.split(r"(\{[a-z]+\})", _tpl)
    mode_nt = R.random() < 0.5
    out = []
    for pc in pieces:
        if pc.startswith("{"):
            out.append(pc.format(**kw))
        else:
            out.append(notone(pc, 1.0 if mode_nt else 0.0))
    return spacing_safe(out, pieces)

def spacing_safe(out, pieces):
    r = R.random()
    res = []
    for o, pc in zip(out, pieces):
        if pc.startswith("{"):
            res.append(o)
        elif r < 0.3:
            res.append(o.replace(" ", ""))
        elif r < 0.45:
            res.append(spacing_lit(o))
        else:
            res.append(o)
    return "".join(res)

def spacing_lit(s):
    out = []
    marks = TONES + "ัิีึืุูํ็์ำ"
    for i, ch in enumerate(s):
        out.append(ch)
        nxt = s[i + 1] if i + 1 < len(s) else ""
        if R.random() < 0.08 and nxt and nxt not in marks and ch not in "เแโใไ": out.append(" ")
    return "".join(out)

def pform(p):
    return pick(L.PROVINCE_FORMS[p])

def jw(pf):  # "จังหวัด"+form without doubling
    return pf if pf.startswith(("จังหวัด", "จ.")) else pick(["จังหวัด", "จ.", "จ. ", ""]) + pf

def tform(t):
    return pick(L.TYPE_FORMS[t]) if t else pick(L.TRAINER_WORDS)

def aform(a):
    return pick(L.AGENCY_FORMS[a])

def part(g=None):
    g = g or pick("mf")
    return pick(L.PARTICLES_M if g == "m" else L.PARTICLES_F)

def emo():
    return pick(L.EMOJI) if R.random() < 0.35 else ""

CASES = []
UID = [100000]

def new_uid():
    UID[0] += R.randint(1, 997)
    return UID[0]

def address(text, mode=None):
    """Return (text, reply_to_bot) addressed to the bot in a group."""
    mode = mode or pick(["start", "end", "reply", "name", "start"])
    if mode == "start": return pick(["@CivicBot ", "@CivicBot  ", "@civicbot "]) + text, False
    if mode == "end": return text + pick([" @CivicBot", "@CivicBot", " @CivicBot 🙏"]), False
    if mode == "reply": return text, True
    nm = pick(["น้องบอท", "บอทคะ", "CivicBot", "น้องบอทครับ", "CivicBot ครับ"])
    return (nm + " " + text) if R.random() < 0.7 else (text + " " + nm), False

def add(cat, texts, intent, slots, figures, reply, lang, note, alt=None, chat=None, addressed=True, modes=None):
    chat = chat or pick(["group", "group", "private"])
    uid = new_uid()
    turns = []
    for i, t in enumerate(texts):
        rtb = False
        if chat == "group" and addressed and (modes is None or modes[i]):
            t, rtb = address(t, None if modes is None else (modes[i] if isinstance(modes[i], str) else None))
        turns.append({"text": t, "chat_type": chat, "user_id": uid, "reply_to_bot": rtb})
    exp = {"intent": intent, "slots": slots, "figures": list(figures), "reply": reply, "lang": lang}
    if alt: exp["intent_alt"] = alt
    CASES.append({"category": cat, "turns": turns, "expect": exp, "note": note})

# ---------- building blocks ----------
Q_COUNT = ["{p}มี{t}กี่คน", "{t}ของ{jp}มีกี่คน", "{jp} {t} มีกี่ท่าน", "อยากทราบจำนวน{t}ที่{p}", "{p} {t} กี่คน",
           "ที่{p}มี{t}ทั้งหมดเท่าไหร่", "ขอยอด{t} {jp} หน่อย", "{t} {p} มีกี่คนนะ", "{p}มี{t}อยู่กี่คน",
           "ในเขต{jp} มี{t}เท่าไร", "ขอทราบว่า{jp}มี{t}กี่คน"]
Q_COUNT_AG = ["{p} {t}ของ{a} มีกี่คน", "{t}สังกัด{a} ใน{jp} มีกี่คน", "{a} {p} มี{t}เท่าไหร่",
              "ที่{p} {a}มี{t}กี่ท่าน", "ขอจำนวน{t}ฝั่ง{a} {jp}"]
INTRO_PLACES = ["ขอนแก่น", "อุบล", "โคราช", "เชียงใหม่", "สงขลา", "บุรีรัมย์", "ลำปาง", "ชลบุรี", "น่าน", "ตรัง"]

def intro(target_p):
    role, g = pick(L.ROLES)
    place = pick([x for x in INTRO_PLACES if x not in L.PROVINCE_FORMS[target_p]])
    s = pick(["{r}อยู่{pl} ", "{r} อยู่{pl}นะ{pa} ", "{r}ที่{pl} ", "{r}ค่ะ/ครับ ", "{r} หมู่{m} ต.บ้านใหม่ "])
    s = notone(s.replace("ค่ะ/ครับ", part(g)), 0.3)
    return s.format(r=role, pl=place, pa=part(g), m=R.randint(1, 14)), g, f"intro '{role}'+'{place}'"

def digits_noise():
    d = pick([f"วันที่ {R.randint(1,28)} มิ.ย. 67 ", f"บ้านเลขที่ {R.randint(1,199)}/{R.randint(1,9)} ",
              f"หมู่ {R.randint(1,15)} ", f"โทร 08{R.randint(1,9)}-{R.randint(100,999)}-{R.randint(1000,9999)} ",
              f"นัดวันที่ {R.randint(1,28)}/{R.randint(1,12)} ", f"ประชุมเวลา {R.randint(8,16)}.30 น. ", f"รุ่นที่ {R.randint(1,9)} "])
    if R.random() < 0.5: d = d.translate(TH_DIG)
    return d

def voice(s):
    s = re.sub(r"[?!,]", "", s)
    s = s.replace("วิทยากร", pick(["วิทยากร", "วิทยาการ", "วิทยากอน"]), 1)
    s = s.replace("ขยายผล", pick(["ขยายผล", "ขยายพล", "ขยายผลล"]))
    s = s.replace("เท่าไหร่", pick(["เท่าไหร่", "เท่าไร", "เท่าหร่าย"]))
    f1 = pick(L.FILLERS)
    return f1 + " " + s.replace(" ", "") + pick(["", " " + pick(L.FILLERS), "นะ", "อะ"])

def style_wrap(core_q, target_p=None, force=None):
    """Apply one emphasis style or a plain style. Returns text, tag, style-label."""
    mode = force or pick(["intro", "voice", "digits", "mixed", "plain", "plain", "intro", "voice"])
    if mode == "intro" and target_p:
        pre, g, info = intro(target_p)
        return pre + pick(["อยากทราบว่า", "ขอถามว่า", "สงสัยว่า", ""]) + core_q + part(g) + emo(), "emph:a", "self-intro " + info
    if mode == "voice":
        return voice(core_q), "emph:b", "voice-typed"
    if mode == "digits":
        return digits_noise() + core_q + " " + part() + emo(), "emph:d", "digit noise in preamble"
    if mode == "mixed":
        pre = pick(["Hi ค่ะ ", "sorry to bother นะคะ ", "ขอ confirm หน่อย ", "quick question ครับ ", "for the report ค่ะ "])
        return pre + core_q + pick([" please", " ครับ thx", " ค่ะ thanks", " na ka", ""]), "emph:e", "mixed Thai-English"
    pol = pick(L.POLITE) + " " if R.random() < 0.5 else ""
    q = core_q
    if R.random() < 0.3: q = q.translate(TH_DIG)
    return pol + q + " " + part() + emo(), "plain", pick(["LINE group plain", "polite preamble", "no spaces"])

# ---------- ORDINARY (170) ----------
def ordinary():
    listed_core = [p for p in PROVS if REG["core"]["by_province"][p]["listed"]]
    # 60 count-by-province
    for i in range(55):
        p = pick(listed_core) if i % 2 == 0 else pick(PROVS)
        t = pick([None, "core", "extended", "extended", "core"])
        if i % 5 == 4 and p == "กรุงเทพมหานคร": t = "extended"
        pf = pform(p)
        q = tmpl(pick(Q_COUNT), p=pf, jp=jw(pf), t=tform(t))
        text, tag, st = style_wrap(q, p)
        slots = {"province": p}
        if t: slots["trainer_type"] = t
        add("ordinary", [text], "trainer_count", slots, figs(p, t), "answer", "th",
            f"{tag}: count for {p} via form '{pf}', type {t or 'unspecified'}. specs: {spec(p, t)} [{st}]")
    # 15 count-by-province-and-agency, including zero cells
    zero_cells = [(p, t, a) for t in ("core", "extended") for p in PROVS if REG[t]["by_province"][p]["listed"]
                  for a in TR_AG if val(p, t, a) == 0 and p != "กรุงเทพมหานคร"]
    for i in range(15):
        if i % 4 == 0:
            p, t, a = pick(zero_cells)
        else:
            p = pick(listed_core if R.random() < 0.5 else PROVS); t = pick(["core", "extended", None]); a = pick(TR_AG)
        pf = pform(p); af = aform(a)
        q = tmpl(pick(Q_COUNT_AG), p=pf, jp=jw(pf), t=tform(t), a=af)
        text, tag, st = style_wrap(q, p)
        slots = {"province": p, "agency": a}
        if t: slots["trainer_type"] = t
        add("ordinary", [text], "trainer_count", slots, figs(p, t, a), "answer", "th",
            f"{tag}: province x agency ('{af}'){' zero cell -> no figure' if not figs(p,t,a) else ''}. specs: {spec(p, t, a)} [{st}]")
    # 6 national totals
    nat = [("ทั้งประเทศมีวิทยากรหลักกี่คน", {"trainer_type": "core"}, [158]),
           ("วิทยากรขยายผลทั่วประเทศรวมกี่คน", {"trainer_type": "extended"}, [1497]),
           ("ทั่วประเทศมีวิทยากรพลเมืองคุณภาพทั้งหมดกี่คน", {}, [158, 1497]),
           ("กรมการปกครองมีวิทยากรหลักทั้งหมดกี่คน", {"trainer_type": "core", "agency": "DOPA"}, [REG["core"]["column_sums"]["DOPA"]]),
           ("ยอดรวมวิทยากรขยายผลของ สบส. ทั้งประเทศ", {"trainer_type": "extended", "agency": "HSS"}, [REG["extended"]["column_sums"]["HSS"]]),
           ("วิทยากรขยายผลสาย พช. ทั้งหมดมีกี่คน", {"trainer_type": "extended", "agency": "CDD"}, [REG["extended"]["column_sums"]["CDD"]])]
    for q, s, fg in nat:
        text, tag, st = style_wrap(tmpl(q), None, pick(["voice", "digits", "mixed", "plain"]))
        add("ordinary", [text], "trainer_count", s, fg, "answer", "th", f"{tag}: national total, no province slot. specs: {fg} [{st}]")
    # 12 coverage / rankings
    for t in ("core", "extended"):
        for a in [None] + TR_AG:
            pass
    rank = []
    for t in ("core", "extended"):
        for a in [None, "DOPA", "DLA", "HSS", "CDD", "DOP"]:
            vals = sorted(((val(p, t, a), p) for p in PROVS), reverse=True)
            if vals[0][0] != vals[1][0]:
                rank.append((t, a, vals[0]))
    RQ = ["จังหวัดไหนมี{t}{ax}มากที่สุด", "{t}{ax} จังหวัดไหนเยอะสุด", "ที่ไหนมี{t}{ax}เยอะที่สุดในประเทศ",
          "อันดับ1 ของ{t}{ax} คือจังหวัดอะไร"]
    for i in range(9):
        t, a, (v, p) = rank[i % len(rank)]
        ax = (" ของ" + aform(a)) if a else ""
        text, tag, st = style_wrap(tmpl(pick(RQ), t=tform(t), ax=ax), None, pick(["voice", "plain", "mixed", "digits"]))
        s = {"trainer_type": t}
        if a: s["agency"] = a
        add("ordinary", [text], "trainer_coverage", s, [v], "answer", "th",
            f"{tag}: ranking, top value. specs: top {t}/{a or 'all'} = {p} {v} [{st}]", alt=["trainer_count"])
    for q in ["วิทยากรหลักมีกี่จังหวัด", "มีกี่จังหวัดที่มีวิทยากรหลัก", "วิทยากรหลักครอบคลุมกี่จังหวัดคะ"]:
        text, tag, st = style_wrap(tmpl(q), None, pick(["plain", "voice"]))
        add("ordinary", [text], "trainer_coverage", {"trainer_type": "core"}, [REG["core"]["rows_listed"]], "answer", "th",
            f"{tag}: coverage count of provinces. specs: core register lists {REG['core']['rows_listed']} provinces [{st}]")
    # 25 duties
    DQ = ["{a}มีหน้าที่อะไรบ้างใน MOU", "บทบาทของ{a}ตามบันทึกข้อตกลงคืออะไร", "{a}ต้องทำอะไรบ้างกับ ศส.ปชต.",
          "ความร่วมมือของ{a}มีอะไรบ้าง", "หน้าที่{a} ในเอ็มโอยู"]
    DN = ["{a}มีหน้าที่กี่ข้อ", "ความร่วมมือของ{a}มีกี่ข้อ", "ใน MOU {a}รับผิดชอบกี่ข้อ"]
    for i in range(25):
        a = ["ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"][i % 6]
        af = aform(a)
        if i % 3 == 2:
            q = tmpl(pick(DN), a=af); fg = [DF["duty_items"][a]]; sp = f"{a} duty items {fg[0]}"
        else:
            q = tmpl(pick(DQ), a=af); fg = []; sp = f"{a} duties listed in MOU{'2' if a=='CDD' else '1'}"
        text, tag, st = style_wrap(q, pick(PROVS), pick(["intro", "voice", "mixed", "plain", "plain"]))
        add("ordinary", [text], "agency_duties", {"agency": a}, fg, "answer", "th", f"{tag}: duties of '{af}'. specs: {sp} [{st}]")
    # 15 MOU
    MQ = [("MOU กับกรมการพัฒนาชุมชนมีอายุกี่ปี", {"agency": "CDD"}, [3], "term 3 years"),
          ("บันทึกข้อตกลงกับ พช. มีผลกี่ปีคะ", {"agency": "CDD"}, [3], "term 3 years"),
          ("ระยะเวลาความร่วมมือ MOU ฉบับ พัฒนาชุมชน กี่ปี", {"agency": "CDD"}, [3], "term 3 years"),
          ("ถ้าจะยกเลิก MOU ต้องแจ้งล่วงหน้ากี่วัน", {}, [30], "notice 30 days"),
          ("บอกเลิกบันทึกข้อตกลงต้องมีหนังสือแจ้งก่อนกี่วัน", {}, [30], "notice 30 days"),
          ("MOU เริ่มมีผลตั้งแต่เมื่อไหร่", {}, [], "effective from signing date"),
          ("แก้ไข MOU ต้องทำยังไง", {}, [], "amendment in writing signed by all"),
          ("MOU ศส.ปชต. มีหน่วยงานไหนลงนามบ้าง", {}, [], "MOU1 ECT+DOPA+DLA+HSS+DOP; MOU2 ECT+CDD"),
          ("บันทึกข้อตกลงความร่วมมือเรื่องอะไร", {}, [], "democracy understanding MOU"),
          ("MOU ฉบับแรกมีกี่หน่วยงานร่วมลงนาม", {}, [5], "MOU1 parties 5"),
          ("เอ็มโอยูกับกรมกิจการผู้สูงอายุลงนามโดยใคร", {"agency": "DOP"}, [], "signatories"),
          ("อยากได้สรุป MOU พลเมืองคุณภาพ", {}, [], "summary"),
          ("ใครเซ็น MOU ฝั่ง กกต.", {"agency": "ECT"}, [], "ECT secretary-general signed"),
          ("MOU กับพัฒนาชุมชนยกเลิกได้ไหม ต้องแจ้งกี่วัน", {"agency": "CDD"}, [30], "notice 30 days"),
          ("หนังสือแจ้ง MOU ลงวันที่เท่าไหร่", {}, [], "letter 1 Feb 2565")]
    for q, s, fg, sp in MQ:
        text, tag, st = style_wrap(tmpl(q), pick(PROVS), pick(["intro", "voice", "digits", "mixed", "plain"]))
        add("ordinary", [text], "mou_info", s, fg, "answer", "th", f"{tag}: MOU fact. specs: {sp} [{st}]")
    # 12 centre
    CQ = [("ศส.ปชต. ตั้งขึ้นตั้งแต่ปีไหน", [2557], "founded 2557"), ("ศูนย์ส่งเสริมพัฒนาประชาธิปไตยเริ่มตั้งปี พ.ศ. อะไร", [2557], "founded 2557"),
          ("ศส.ปชต.ก่อตั้งปีไหนคะ", [2557], "founded 2557"), ("ศส.ปชต. ทำอะไรบ้าง", [], "centre role"),
          ("ปีงบ 64 ตั้งศูนย์ ศส.ปชต. กี่แห่ง", [], "2564 อำเภอละ 1 ตำบล"), ("ศส.ปชต. จะครบทุกตำบลปีไหน", [2565], "all tambons 2565"),
          ("โครงการหมู่บ้านพลเมืองดีวิถีประชาธิปไตยคืออะไร", [], "village programme"),
          ("ศส.ปชต. ตั้งร่วมกับหน่วยงานไหนตอนแรก", [], "with กศน. office"),
          ("ศูนย์การเรียนรู้วิถีประชาธิปไตยคืออะไร", [], "learning centre"), ("ปี 2563 ศส.ปชต. ตั้งจังหวัดละกี่ตำบล", [1], "2563 1 tambon/province"),
          ("ศส.ปชต.มีไว้ทำไม", [], "purpose"), ("ศส.ปชต. ประกวดดีเด่นมีไหม", [], "ECT duty 5 contest")]
    for q, fg, sp in CQ:
        text, tag, st = style_wrap(tmpl(q), pick(PROVS), pick(["intro", "voice", "mixed", "plain"]))
        add("ordinary", [text], "center_info", {}, fg, "answer", "th", f"{tag}: centre fact. specs: {sp} [{st}]")
    # 10 contact
    KQ = [("ติดต่อใครเรื่องพลเมืองคุณภาพ", [], "กองการเลือกตั้งท้องถิ่น"), ("เบอร์โทรผู้ประสานงานกรมส่งเสริมฯ", [], "0-2251-9000 ต่อ 2373"),
          ("เบอร์ต่อเท่าไหร่คะ กองการเลือกตั้งท้องถิ่น", [2373], "ext 2373"), ("โทรไปสถ. ต้องกดต่อเบอร์ไหน", [2373], "ext 2373"),
          ("แฟกซ์เบอร์อะไร", [], "fax 0-2251-7223"), ("ผู้ประสานงานชื่ออะไร", [], "นางจันทร์รัตน์"),
          ("ขอเบอร์ติดต่อหน่อย", [], "0-2251-9000 ต่อ 2373"), ("ถ้าจะขอวิทยากรต้องติดต่อที่ไหน", [], "กกต.จังหวัด"),
          ("ติดต่อกองการเลือกตั้งท้องถิ่นยังไง", [], "phone/fax"), ("เบอร์ภายในของผู้ประสานงานคือ", [2373], "ext 2373")]
    for q, fg, sp in KQ:
        text, tag, st = style_wrap(tmpl(q), pick(PROVS), pick(["intro", "voice", "digits", "plain"]))
        add("ordinary", [text], "contact", {}, fg, "answer", "th", f"{tag}: contact. specs: {sp} [{st}]")
    # 8 glossary
    GQ = ["ศส.ปชต. ย่อมาจากอะไร", "อสม. คืออะไร", "ศพอส. ย่อมาจาก", "วิทยากรหลักกับวิทยากรขยายผลต่างกันยังไง", "กกต. ย่อมาจากอะไร",
          "อพม. หมายถึงอะไร", "พลเมืองคุณภาพ หมายถึง", "สถ. ย่อจากอะไร"]
    for q in GQ:
        text, tag, st = style_wrap(tmpl(q), None, pick(["voice", "mixed", "plain"]))
        add("ordinary", [text], "glossary", {}, [], "answer", "th", f"{tag}: glossary term. specs: definitional, no figure [{st}]")
    # 6 agency list
    for q, fg in [("หน่วยงานภาคีมีกี่หน่วยงาน", []), ("มีหน่วยงานไหนบ้างที่ร่วม MOU ศส.ปชต.", []),
                  ("ภาคีเครือข่ายมีใครบ้าง", []), ("ทะเบียนวิทยากรมาจากกี่หน่วยงาน", [5]),
                  ("หน่วยงานรัฐในทะเบียนวิทยากรมีหน่วยไหนบ้าง", []), ("กรมไหนบ้างเป็นพันธมิตรกับ กกต.", [])]:
        text, tag, st = style_wrap(tmpl(q), pick(PROVS), pick(["intro", "plain", "voice"]))
        add("ordinary", [text], "agency_list", {}, fg, "answer", "th",
            f"{tag}: list of partner departments. specs: DOPA DLA HSS CDD DOP{' (register has 5 agency columns)' if fg else ''} [{st}]")
    # 3 help, 3 greeting
    for q in ["ใช้งานบอทยังไง", "ถามอะไรได้บ้าง", "ช่วยด้วย ไม่รู้จะพิมพ์อะไร"]:
        add("ordinary", [tmpl(q) + " " + part() + emo()], "help", {}, [], "answer", "th", "help request. specs: none [LINE group plain]")
    for q in ["สวัสดีค่ะ", "หวัดดีครับ", "สวัสดีตอนเช้าค่ะ 🌞"]:
        add("ordinary", [q], "greeting", {}, [], "answer", "th", "greeting addressed to bot. specs: none [greeting]", modes=["start"], chat="group")

# ---------- FOLLOWUP (70) ----------
def q_count(p, t=None, a=None):
    pf = pform(p)
    if a:
        return tmpl(pick(Q_COUNT_AG), p=pf, jp=jw(pf), t=tform(t), a=aform(a))
    return tmpl(pick(Q_COUNT), p=pf, jp=jw(pf), t=tform(t))

def followup():
    other_t = {"core": "extended", "extended": "core"}
    for i in range(70):
        kind = i % 10
        A = pick(PROVS); B = pick([x for x in PROVS if x != A]); C = pick([x for x in PROVS if x not in (A, B)])
        ag = pick(TR_AG); t = pick(["core", "extended"])
        chat = pick(["group", "private"])
        if kind == 0:   # type switch
            texts = [q_count(A, t), tmpl(pick(["แล้ว{t}ล่ะ", "{t}ล่ะ", "ส่วน{t}ละคะ", "แล้วถ้าเป็น{t}"]), t=tform(other_t[t]))]
            exp = ("trainer_count", {"province": A, "trainer_type": other_t[t]}, figs(A, other_t[t])); info = "type switch, province carried"
        elif kind == 1:  # province switch, type carried
            texts = [q_count(A, t), tmpl(pick(["แล้ว{p}ล่ะ", "{p}ล่ะ", "ส่วน{p}ละ", "ถ้าเป็น{p}มีกี่คน"]), p=pform(B))]
            exp = ("trainer_count", {"province": B, "trainer_type": t}, figs(B, t)); info = "province switch, type carried"
        elif kind == 2:  # count -> duties -> back to count of another province
            texts = [q_count(A), tmpl(pick(["{a}มีหน้าที่อะไรบ้าง", "แล้ว{a}ทำอะไรบ้าง"]), a=aform(ag)),
                     tmpl(pick(["โอเค แล้ว{p}มี{t}กี่คน", "กลับมาเรื่องวิทยากร {p}มี{t}เท่าไหร่", "ขอถามต่อ {t}ที่{p}กี่คน"]), p=pform(B), t=tform(t))]
            exp = ("trainer_count", {"province": B, "trainer_type": t}, figs(B, t)); info = "count->duties->count other province (intent switch)"
        elif kind == 3:  # duties -> กรมนั้น in province
            texts = [tmpl(pick(["{a}มีหน้าที่อะไรใน MOU", "หน้าที่ของ{a}มีอะไร"]), a=aform(ag)),
                     tmpl(pick(["กรมนั้นใน{p}มี{t}กี่คน", "แล้วกรมนั้นมี{t}ที่{p}กี่คน", "หน่วยงานนั้น {p} {t}กี่คน"]), p=pform(B), t=tform(t))]
            exp = ("trainer_count", {"province": B, "agency": ag, "trainer_type": t}, figs(B, t, ag)); info = "duties->count with 'กรมนั้น' agency carried"
        elif kind == 4:  # ที่นั่น + agency
            texts = [q_count(A), tmpl(pick(["ที่นั่น {a}มี{t}กี่คน", "จังหวัดเดิม {a} {t}เท่าไหร่", "ที่เดิม ของ{a}ล่ะ {t}"]), a=aform(ag), t=tform(t))]
            exp = ("trainer_count", {"province": A, "agency": ag, "trainer_type": t}, figs(A, t, ag)); info = "'ที่นั่น/จังหวัดเดิม' province carried + agency"
        elif kind == 5:  # duties -> count items
            texts = [tmpl(pick(["{a}มีหน้าที่อะไรบ้าง", "บทบาท{a}ใน MOU"]), a=aform(ag)), tmpl(pick(["แล้วมีทั้งหมดกี่ข้อ", "กรมนั้นมีกี่ข้อ", "รวมกี่ข้อนะ"]))]
            exp = ("agency_duties", {"agency": ag}, [DF["duty_items"][ag]]); info = "duties -> item count, agency carried"
        elif kind == 6:  # 4-5 turns: count A -> duties -> items -> count B type
            texts = [q_count(A, t), tmpl("{a}ทำหน้าที่อะไร", a=aform(ag)), tmpl(pick(["กรมนั้นกี่ข้อ", "มีกี่ข้อ"])),
                     tmpl(pick(["ขอบคุณ แล้ว{p}มี{t}กี่คน", "โอเค อีกเรื่อง {p} {t}กี่คน"]), p=pform(B), t=tform(other_t[t]))]
            if R.random() < 0.5:
                texts.insert(1, tmpl("แล้ว{t}ล่ะ", t=tform(other_t[t])))
            exp = ("trainer_count", {"province": B, "trainer_type": other_t[t]}, figs(B, other_t[t])); info = f"{len(texts)}-turn intent switching, explicit new province"
        elif kind == 7:  # three provinces, last no type
            texts = [tmpl("{p}มีวิทยากรกี่คน", p=pform(A)), tmpl("แล้ว{p}", p=pform(B)), tmpl(pick(["{p}ล่ะ", "แล้ว{p}ละ"]), p=pform(C))]
            exp = ("trainer_count", {"province": C}, figs(C)); info = "chain of province switches, no type"
        elif kind == 8:  # district then type switch
            d = pick(list(L.DISTRICTS)); P = L.DISTRICTS[d]
            texts = [tmpl(pick(["อำเภอ{d}มีวิทยากรหลักกี่คน", "อยู่อ.{d} วิทยากรหลักมีกี่คน"]), d=d), tmpl(pick(["แล้วขยายผลล่ะ", "ขยายผลละ"]))]
            exp = ("trainer_count", {"province": P, "trainer_type": "extended"}, figs(P, "extended")); info = f"district {d}->{P}, then type switch"
        else:  # mou term -> notice
            texts = [tmpl(pick(["MOU กับ{a}กี่ปี", "เอ็มโอยูกับ{a}มีอายุเท่าไหร่"]), a=aform("CDD")),
                     tmpl(pick(["แล้วถ้าจะยกเลิกต้องแจ้งก่อนกี่วัน", "บอกเลิกต้องแจ้งล่วงหน้ากี่วัน", "ยกเลิกก่อนได้ไหม แจ้งกี่วัน"]))]
            exp = ("mou_info", {"agency": "CDD"}, [30]); info = "MOU term -> termination notice, agency carried"
        # style the last turn
        last, tag, st = style_wrap(texts[-1], None, pick(["voice", "mixed", "plain", "digits", "plain"]))
        if tag == "plain" and kind in (2, 3, 4, 6): tag = "emph:c"
        texts[-1] = last
        intent, slots, fg = exp
        extra = ""
        if intent == "trainer_count":
            extra = spec(slots["province"], slots.get("trainer_type"), slots.get("agency"))
        elif intent == "agency_duties":
            extra = f"{ag} duty items {fg[0]}"
        else:
            extra = "notice 30 days"
        modes = [pick(["start", "end", "name"])] + ["reply"] * (len(texts) - 1)
        add("followup", texts, intent, slots, fg, "answer", "th", f"{tag}: {info}. specs: {extra} [{st}]", chat=chat, modes=modes)

# ---------- ENGLISH (40) ----------
def english():
    EQ = ["How many {t}trainers are there in {p}?", "how many {t}trainers does {p} have", "Number of {t}trainers in {p} please",
          "{p}: how many {t}trainers?", "hi, could you tell me the {t}trainer count for {p}?", "What's the number of {t}trainers in {p} province?"]
    tnames = {None: "", "core": "core ", "extended": "extended "}
    ps = list(L.PROVINCE_EN)
    for i in range(22):
        p = pick(ps); t = pick([None, "core", "extended"])
        q = pick(EQ).format(p=L.PROVINCE_EN[p], t=tnames[t])
        if R.random() < 0.3: q = q.lower()
        s = {"province": p}
        if t: s["trainer_type"] = t
        add("english", [q], "trainer_count", s, figs(p, t), "answer", "en", f"English count question. specs: {spec(p, t)} [English]")
    for i in range(5):
        p = pick(ps); a = pick(TR_AG); t = pick(["core", "extended"])
        q = f"How many {tnames[t]}trainers from {pick(L.AGENCY_EN[a])} are in {L.PROVINCE_EN[p]}?"
        add("english", [q], "trainer_count", {"province": p, "agency": a, "trainer_type": t}, figs(p, t, a), "answer", "en",
            f"English province x agency. specs: {spec(p, t, a)} [English]")
    for a in ["DOPA", "HSS", "DOP", "CDD"]:
        q = pick(["What are the duties of {a} under the MOU?", "what does {a} have to do for the democracy centres?"]).format(a=pick(L.AGENCY_EN[a]))
        add("english", [q], "agency_duties", {"agency": a}, [], "answer", "en", f"English duties. specs: {a} duties [English]")
    add("english", ["How many duty items does the Department of Local Administration have in the MOU?"], "agency_duties", {"agency": "DLA"}, [4], "answer", "en",
        "English duty-item count. specs: DLA 4 items [English]")
    add("english", ["How long is the MOU with the Community Development Department?"], "mou_info", {"agency": "CDD"}, [3], "answer", "en", "English MOU term. specs: 3 years [English]")
    add("english", ["How many days notice to terminate the MOU?"], "mou_info", {}, [30], "answer", "en", "English notice. specs: 30 days [English]")
    add("english", ["When were the Democracy Promotion Centres founded?"], "center_info", {}, [2557], "answer", "en", "English centre founding year. specs: 2557 BE [English]")
    add("english", ["what is ศส.ปชต. exactly?"], "glossary", {}, [], "answer", "en", "English glossary with Thai acronym. specs: none [English+Thai]")
    add("english", ["Which province has the most extended trainers?"], "trainer_coverage", {"trainer_type": "extended"},
        [max(val(p, "extended") for p in PROVS)], "answer", "en", "English ranking. specs: top extended [English]", alt=["trainer_count"])
    add("english", ["Who should I contact about the Quality Citizen course?"], "contact", {}, [], "answer", "en", "English contact. specs: กองการเลือกตั้งท้องถิ่น [English]")
    add("english", ["hello bot"], "greeting", {}, [], "answer", "en", "English greeting. specs: none [English]", chat="private")
    add("english", ["what can you do?"], "help", {}, [], "answer", "en", "English help. specs: none [English]", chat="private")

# ---------- CLARIFY (40) ----------
def clarify():
    C = []
    for pl in ["เวียงจันทน์", "ปีนัง", "โตเกียว", "ย่างกุ้ง", "พนมเปญ", "สิงคโปร์"]:
        C.append((f"{pl}มีวิทยากรหลักกี่คน", "trainer_count", {"trainer_type": "core"}, f"foreign place {pl}"))
    for pl in ["จังหวัดบางแสน", "จังหวัดพัทยา", "จ.เมืองทอง", "จังหวัดสุวรรณภูมิ", "จังหวัดหัวหินเหนือ"]:
        C.append((f"{pl} มีวิทยากรขยายผลกี่คน", "trainer_count", {"trainer_type": "extended"}, f"non-existent province {pl}"))
    for pl in ["อำเภอเมือง", "อ.เฉลิมพระเกียรติ", "สมุทร", "นครฯ", "อำเภอเมืองใหม่"]:
        C.append((f"{pl}มีวิทยากรกี่คน", "trainer_count", {}, f"ambiguous place {pl}"))
    for q, s, why in [("วิทยากรหลักเชียงใหม่เป็นผู้หญิงกี่คน", {"province": "เชียงใหม่", "trainer_type": "core"}, "gender not in register"),
                      ("อายุเฉลี่ยวิทยากรขยายผลขอนแก่น", {"province": "ขอนแก่น", "trainer_type": "extended"}, "age not in register"),
                      ("วิทยากรโคราชจบปริญญาโทกี่คน", {"province": "นครราชสีมา"}, "education not in register"),
                      ("วิทยากรหลักลำปางอยู่อำเภอไหนบ้าง", {"province": "ลำปาง", "trainer_type": "core"}, "district of trainer not in register"),
                      ("ปี 2566 มีวิทยากรหลักกี่คน", {"trainer_type": "core"}, "other year 2566"),
                      ("ทะเบียนปี 2561 อุบลมีวิทยากรขยายผลเท่าไหร่", {"province": "อุบลราชธานี", "trainer_type": "extended"}, "other year 2561"),
                      ("ปี67 สงขลามีวิทยากรกี่คน", {"province": "สงขลา"}, "other year 2567"),
                      ("วิทยากรบุรีรัมย์ได้ค่าตอบแทนเท่าไหร่", {"province": "บุรีรัมย์"}, "pay not in register")]:
        C.append((q, "trainer_count", s, why))
    for d in ["กรมอนามัย", "กรมควบคุมโรค", "สกร.", "กรมป่าไม้", "สำนักงานตำรวจแห่งชาติ", "กรมพัฒนาสังคมและสวัสดิการ"]:
        C.append((f"{d}มีหน้าที่อะไรใน MOU ศส.ปชต.", "agency_duties", {}, f"non-party {d}"))
    for d in ["กรมการแพทย์", "สพฐ."]:
        C.append((f"{d}มีวิทยากรขยายผลกี่คนที่ขอนแก่น", "trainer_count", {"province": "ขอนแก่น", "trainer_type": "extended"}, f"non-party {d}"))
    for q, it, why in [("แล้วที่นั่นล่ะ", "trainer_count", "no prior context"), ("กี่คนครับ", "trainer_count", "no province"),
                       ("จังหวัดผมมีวิทยากรกี่คน", "trainer_count", "own province unknown"), ("กรมนั้นมีหน้าที่อะไร", "agency_duties", "no prior agency"),
                       ("จังหวัดเดิมขยายผลกี่คน", "trainer_count", "no prior province"), ("แล้วกรมนั้นล่ะ", "agency_duties", "no context"),
                       ("ของเขามีกี่ข้อ", "agency_duties", "no antecedent"), ("ตรงนั้นมีวิทยากรหลักไหม", "trainer_count", "no antecedent")]:
        s = {"trainer_type": "extended"} if "ขยายผล" in q else ({"trainer_type": "core"} if "หลัก" in q else {})
        C.append((q, it, s, why))
    assert len(C) == 40, len(C)
    for q, it, s, why in C:
        text, tag, st = style_wrap(tmpl(q), None, pick(["voice", "plain", "digits", "mixed", "plain"]))
        add("clarify", [text], it, s, [], "clarify", "th", f"{tag}: must ask back ({why}); no figures. specs: none [{st}]", chat=pick(["group", "private"]))

# ---------- DISTRICT (25) ----------
def district():
    ds = sorted(L.DISTRICTS); R.shuffle(ds)
    DQ = ["อยู่อำเภอ{d} มี{t}กี่คน", "อ.{d} {t}มีเท่าไหร่", "บ้านอยู่{d} อยากรู้ว่ามี{t}กี่คน", "อำเภอ{d}มี{t}ไหม กี่คน",
          "ทางอ.{d}มี{t}ให้ขอตัวกี่คน"]
    for d in ds[:25]:
        P = L.DISTRICTS[d]; t = pick([None, None, "core", "extended"])
        q = tmpl(pick(DQ), d=d, t=tform(t))
        text, tag, st = style_wrap(q, P, pick(["voice", "plain", "digits", "intro", "mixed"]))
        s = {"province": P}
        if t: s["trainer_type"] = t
        add("district", [text], "trainer_count", s, figs(P, t), "answer", "th", f"{tag}: district {d} -> {P}. specs: {spec(P, t)} [{st}]")

# ---------- REGION (15) ----------
RN = {"north": ["ภาคเหนือ", "ทางเหนือ"], "northeast": ["ภาคอีสาน", "ภาคตะวันออกเฉียงเหนือ", "อีสาน"], "central": ["ภาคกลาง"],
      "east": ["ภาคตะวันออก", "ภาคตอ."], "west": ["ภาคตะวันตก"], "south": ["ภาคใต้", "ปักษ์ใต้"]}
def region():
    regs = list(RN)
    for i in range(15):
        r = regs[i % 6]; t = pick([None, "core", "extended", "extended"]); a = pick([None, None, None, "DOPA", "HSS", "CDD"])
        rf = pick(RN[r])
        ax = (" ของ" + aform(a)) if a else ""
        q = tmpl(pick(["{r}มี{t}{ax}รวมกี่คน", "รวม{t}{ax}ทั้ง{r}เท่าไหร่", "{r} {t}{ax} ทั้งหมดกี่คน", "ยอดรวม{t}{ax}ของ{r}"]), r=rf, t=tform(t), ax=ax)
        text, tag, st = style_wrap(q, None, pick(["voice", "plain", "mixed", "digits"]))
        ts = [t] if t else ["core", "extended"]
        fg = [v for v in (REG[x]["by_region"][r][a or "total"] for x in ts) if v]
        s = {}
        if t: s["trainer_type"] = t
        if a: s["agency"] = a
        add("region", [text], "trainer_count", s, fg, "answer", "th", f"{tag}: regional total {r} ({len(F['regions'][r])} provinces), no region slot. specs: {dict(zip(ts, [REG[x]['by_region'][r][a or 'total'] for x in ts]))} [{st}]", alt=["trainer_coverage"])

# ---------- COMPARISON (15) ----------
def comparison():
    for i in range(15):
        if i % 3 == 2:   # within one province core vs extended
            p = pick([x for x in PROVS if REG["core"]["by_province"][x]["listed"]])
            pf = pform(p)
            q = tmpl(pick(["{p} วิทยากรหลักกับวิทยากรขยายผล อย่างไหนเยอะกว่า", "เทียบวิทยากรหลักกับขยายผลของ{p}หน่อย"]), p=pf)
            fg = [val(p, "core"), val(p, "extended")]
            s = {"province": p}; sp = spec(p)
        else:
            A = pick(PROVS); B = pick([x for x in PROVS if x != A]); t = pick(["core", "extended", "extended"])
            if t == "core":
                lc = [x for x in PROVS if REG["core"]["by_province"][x]["listed"]]
                A = pick(lc); B = pick([x for x in lc if x != A])
            q = tmpl(pick(["{a}กับ{b} ที่ไหนมี{t}มากกว่ากัน", "เทียบ{t} {a} vs {b}", "{a} หรือ {b} {t}เยอะกว่า", "{t}ของ{a}มากกว่า{b}ไหม"]),
                     a=pform(A), b=pform(B), t=tform(t))
            fg = [v for v in (val(A, t), val(B, t)) if v]
            s = {"trainer_type": t}; sp = spec(A, t) + "; " + spec(B, t)
        text, tag, st = style_wrap(q, None, pick(["voice", "plain", "mixed", "digits"]))
        add("comparison", [text], "trainer_count", s, fg, "answer", "th", f"{tag}: comparison, both values expected. specs: {sp} [{st}]", alt=["trainer_coverage"])

# ---------- SILENT (25) ----------
SILENT1 = ["ลำปางมีวิทยากรกี่คนนะ ใครรู้บ้าง", "พี่ๆคะ พรุ่งนี้ประชุม ศส.ปชต. กี่โมงคะ", "อสม.หมู่5 ส่งรายชื่อวิทยากรขยายผลยังครับ",
           "กรมการปกครองส่งหนังสือมาแล้วนะ ใครรับเรื่อง", "ขอบคุณค่ะ ได้รับเอกสาร MOU แล้ว", "วันนี้ท้องถิ่นอำเภอโทรมาถามยอดวิทยากรหลัก",
           "ใครมีเบอร์ กกต.จังหวัดบ้างคะ", "บ้านไผ่ฝนตกหนักมาก ระวังกันด้วยนะ", "ผู้ใหญ่ฝากบอกว่าพรุ่งนี้ไปอบรมพลเมืองคุณภาพที่อำเภอ",
           "เชียงใหม่มีวิทยากรหลัก 6 คนใช่ไหมพี่", "ส่งรูปกิจกรรม ศส.ปชต. ให้หน่อยจ้า", "พัฒนากรมาถึงแล้วค่ะ",
           "สวัสดีวันจันทร์ค่ะทุกคน 🌻", "กลุ่มนี้ใครดูแลเรื่องวิทยากรขยายผลคะ", "อุบลเยอะสุดเลยนะ 22 คนฝั่งปกครอง",
           "ใครว่างช่วยพิมพ์รายชื่อ อสม. ให้หน่อย", "รอบนี้ พช. จะจัดอบรมกี่วันคะ", "ขอบคุณพี่ๆ อบต.ที่ช่วยจัดสถานที่",
           "เดี๋ยวผมลองเช็คในระบบให้นะ", "ถ้าหาไม่เจอ โทรถามท้องถิ่นจังหวัดเลยครับ"]
def silent():
    for q in SILENT1:
        add("silent", [q], "unknown", {}, [], "silent", "th", "group line not addressed to bot. specs: none [LINE group chatter]", chat="group", addressed=False)
    follow = ["ขอบคุณมากค่ะ เดี๋ยวส่งต่อให้ทุกคนนะ", "โอเค ได้คำตอบแล้ว เดี๋ยวพี่สรุปลงกลุ่ม", "พี่ๆ ดูตัวเลขข้างบนนะคะ",
              "เห็นไหมครับ ที่นั่นมีวิทยากรเยอะ", "งั้นพรุ่งนี้เจอกันที่ศาลาหมู่บ้านนะ"]
    for f in follow:
        p = pick(PROVS)
        uid = new_uid()
        t1, r1 = address(q_count(p), "start")
        CASES.append({"category": "silent", "turns": [
            {"text": t1, "chat_type": "group", "user_id": uid, "reply_to_bot": r1},
            {"text": f, "chat_type": "group", "user_id": uid, "reply_to_bot": False}],
            "expect": {"intent": "unknown", "slots": {}, "figures": [], "reply": "silent", "lang": "th"},
            "note": "two-turn: asked the bot, then talks to the group without addressing it. specs: none [LINE group]"})

def main():
    ordinary(); followup(); english(); clarify(); district(); region(); comparison(); silent()
    R.shuffle(CASES)
    texts = set()
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as f:
        for i, c in enumerate(CASES, 1):
            c2 = {"id": f"b14-{i:04d}", **c}
            f.write(json.dumps(c2, ensure_ascii=False) + "\n")
    from collections import Counter
    print("make_cases.py:", len(CASES), dict(Counter(c["category"] for c in CASES)))

if __name__ == "__main__":
    main()
