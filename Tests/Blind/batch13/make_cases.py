#!/usr/bin/env python3
"""Generate messages.jsonl: 400 blind test cases for CivicBot (batch b13, LINE-group emphasis).

Deterministic (fixed seed). Every expected figure is looked up in figures.json (run
figures.py first); none is typed here. Surface forms (nicknames, districts, role words) live
in lexicon.py. Standard library only.
"""
import json
import random
import re
from pathlib import Path

from lexicon import (PROV_ALIASES, PROV_EN, DISTRICTS, AGENCY_TH, AGENCY_EN, ROLE_TH, TYPE_TH,
                     TYPE_EN, REGION_TH, REGION_EN, EMOJI, MEMBER_NAMES, PARTICLES_BY,
                     PREAMBLES_BY, NAME_CALLS_BY)

HERE = Path(__file__).resolve().parent
F = json.loads((HERE / "figures.json").read_text(encoding="utf-8"))
REG = F["registers"]
DOC = F["document"]
DUTIES = {}
for d in F["duties"]:
    DUTIES.setdefault(d["agency"], []).append(d)
AGENCIES5 = REG["extended"]["columns"]          # the five register columns
rng = random.Random(130013)

COUNTS = {"ordinary": 170, "followup": 70, "english": 40, "clarify": 40, "district": 25,
          "region": 15, "comparison": 15, "silent": 25}
GROUP_TARGET = {"ordinary": 62, "followup": 30, "english": 9, "clarify": 10, "district": 7,
                "region": 6, "comparison": 6, "silent": 25}

# ----------------------------------------------------------------------------- figures

def val(t, p=None, a=None):
    r = REG[t]
    if p is None:
        return r["by_agency"][a] if a else r["total"]
    row = r["provinces"].get(p)
    if row is None:
        return 0
    return row["by_agency"][a] if a else row["total"]


def spec(t, p=None, a=None):
    return f"{t}/{p or 'ALL'}/{a or 'total'}={val(t, p, a)}"


def nz(*vals):
    out = []
    for v in vals:
        if v and v not in out:
            out.append(v)
    return out


def region_val(t, r, a=None):
    x = REG[t]["by_region"][r]
    return x["by_agency"][a] if a else x["total"]

# ----------------------------------------------------------------------------- noise

TONES = "่้๊๋"
THAI_CONS = "กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
LEADING = "เแโใไ"


def drop_tones(s):
    return "".join(ch for ch in s if ch not in TONES)


def thai_digits(s):
    return s.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def rand_spaces(s, k):
    pos = [i for i in range(1, len(s)) if s[i] in THAI_CONS and s[i - 1] not in LEADING
           and s[i - 1] != " " and s[i - 1] not in "{}" and not s[i - 1].isascii()]
    for i in sorted(rng.sample(pos, min(k, len(pos))), reverse=True):
        s = s[:i] + " " + s[i:]
    return s


def noisy(tpl, mode):
    """Apply noise to the literal parts of a template, never inside {placeholders}."""
    parts = re.split(r"(\{\w+\})", tpl)
    out = []
    for part in parts:
        if part.startswith("{"):
            out.append(part)
            continue
        if mode == "nospace":
            part = part.replace(" ", "")
        elif mode == "randspace":
            part = rand_spaces(part, 1)
        elif mode == "notone":
            part = drop_tones(part)
        out.append(part)
    return "".join(out)


def pick_mode():
    return rng.choices(["clean", "nospace", "randspace", "notone"], [45, 25, 12, 18])[0]


def psurf(p, before=""):
    s = rng.choice(PROV_ALIASES.get(p, [p]))
    if not before.rstrip().endswith(("จังหวัด", "จ.")) and rng.random() < 0.22:
        s = rng.choice(["จ.", "จังหวัด", "จ. "]) + s
    return s


def fill(tpl, **kw):
    """Format a template; {p}/{p1}/{p2} take province surfaces chosen here."""
    mode = pick_mode()
    t = noisy(tpl, mode)
    def rep(m):
        key = m.group(1)
        v = kw[key]
        if key in ("p", "p1", "p2"):
            return psurf(v, t[:m.start()])
        return v
    text = re.sub(r"\{(\w+)\}", rep, t)
    if mode == "nospace":
        text = text.replace(" ", "") if rng.random() < 0.6 else text
    return text


PERSONA = {"g": "f"}
ALL_PARTICLES = sorted({p for v in PARTICLES_BY.values() for p in v}, key=len, reverse=True)


def decorate_th(text, q=True, pre=True):
    g = PERSONA["g"]
    if pre and rng.random() < 0.22:
        text = rng.choice(PREAMBLES_BY[g]) + text
    if rng.random() < 0.55 and not text.rstrip().endswith(tuple(ALL_PARTICLES)):
        text += rng.choice(["", " ", ""]) + rng.choice(PARTICLES_BY[g])
    if q and rng.random() < 0.3:
        text += rng.choice(["?", "??", " ?"])
    if rng.random() < 0.28:
        text += rng.choice([" ", ""]) + rng.choice(EMOJI)
    if rng.random() < 0.15:
        text = thai_digits(text)
    return text


def decorate_en(text):
    if rng.random() < 0.3:
        text = rng.choice(["Hi, ", "Hello! ", "Quick question: ", "Sorry to bother, ", "Good morning. "]) + text
    if rng.random() < 0.35:
        text = text.rstrip("?") + rng.choice(["?", " please?", " pls", " thanks!", "?? 🙏", " krub", " ka"])
    return text

# ----------------------------------------------------------------------------- chat wrapping



def address(text, style, lang):
    if style == "mention_pre":
        return rng.choice(["@CivicBot ", "@CivicBot ", "@civicbot ", "@CivicBot  "]) + text, False
    if style == "mention_post":
        return text + rng.choice([" @CivicBot", " @CivicBot", " @civicbot"]), False
    if style == "name":
        if lang == "en":
            return rng.choice(["Hey CivicBot, ", "CivicBot, ", "CivicBot: "]) + text, False
        return rng.choice(NAME_CALLS_BY[PERSONA['g']]) + text, False
    if style == "reply":
        return text, True
    raise ValueError(style)


def group_style():
    return rng.choices(["mention_pre", "mention_post", "reply", "name"], [34, 22, 22, 22])[0]


SEEN = set()
CASES = []
USER_IDS = iter(rng.sample(range(10001, 99999), 2000))


def add(cat, texts, exp, group, note, lang="th", styles=None):
    """texts: list of turn texts (undecorated for addressing). group: bool."""
    uid = next(USER_IDS)
    turns = []
    notes = []
    for i, t in enumerate(texts):
        if group:
            st = (styles[i] if styles else None) or (group_style() if i == 0 else rng.choice(["reply", "reply", "mention_pre", "mention_post", "name"]))
            t2, rb = address(t, st, lang)
            notes.append(st)
        else:
            t2, rb = t, False
        turns.append({"text": t2, "chat_type": "group" if group else "private", "user_id": uid,
                      "reply_to_bot": rb})
    last = turns[-1]["text"]
    if last in SEEN:
        return False
    SEEN.add(last)
    exp = dict(exp)
    exp.setdefault("slots", {})
    exp.setdefault("figures", [])
    exp.setdefault("reply", "answer")
    exp["lang"] = lang
    if "intent_alt" in exp and not exp["intent_alt"]:
        del exp["intent_alt"]
    if "specs:" not in note:
        note += "; specs: no figure expected (intent/slots only)"
    chat = ("group/" + "+".join(notes)) if group else "private"
    CASES.append({"category": cat, "turns": turns, "expect": exp, "note": f"{note} [{chat}]"})
    return True


def emit(cat, gen, n):
    """gen(i) -> (texts, exp, note[, lang[, styles]]); retried until unique."""
    k = 0
    group_slots = set(rng.sample(range(n), GROUP_TARGET[cat]))
    i = 0
    tries = 0
    while k < n:
        tries += 1
        if tries > n * 40:
            raise SystemExit(f"{cat}: cannot fill")
        PERSONA["g"] = rng.choice(["f", "f", "m"])
        r = gen(k)
        texts, exp, note = r[0], r[1], r[2]
        lang = r[3] if len(r) > 3 else "th"
        styles = r[4] if len(r) > 4 else None
        forced_group = exp.pop("_group", None)
        g = (k in group_slots) if forced_group is None else forced_group
        if add(cat, texts, exp, g, note, lang, styles):
            k += 1

# ----------------------------------------------------------------------------- templates

T_COUNT = ["{p}มี{t}กี่คน", "{t}ของ{p}มีกี่คน", "ขอจำนวน{t} จ.{p} หน่อย", "{p} {t}ทั้งหมดกี่ท่าน",
           "อยากทราบว่า{p}มี{t}เท่าไหร่", "{t} {p} มีกี่คนนะ", "ที่{p}มี{t}อยู่กี่คน",
           "รบกวนเช็ค{t}จังหวัด{p}ให้หน่อย มีกี่คน", "{p}มี{t}กี่คนอะ", "จำนวน{t}ใน{p}เท่าไร",
           "{p}มี{t}จักคน", "{t}ที่{p}มีกี่คนหนิ", "{p}มี{t}กี่คนเจ้า", "ยอด{t}{p}เท่าไหร่",
           "ขอทราบยอด{t}ของจังหวัด{p}", "{p}เรามี{t}กี่คนแล้ว", "ทะเบียน{t}ปี63 ของ{p} มีกี่คน",
           "{t}ประจำจังหวัด{p}มีทั้งหมดกี่คน", "{p} มี {t} กี่ท่าน", "ช่วยบอกจำนวน{t}ของ{p}หน่อย",
           "{t}{p}มีกี่คนน้อ", "ในทะเบียนปี 2563 {p}มี{t}เท่าไร", "{p}มี{t}ไหม มีกี่คน",
           "{t}ใน{p}มีกี่คนบ้าง", "ตอนนี้{p}มี{t}กี่คน"]
T_COUNT_A = ["{t}{a}ที่{p}มีกี่คน", "{p} {t}ของ{a}กี่คน", "{a} {p} มี{t}กี่ท่าน",
             "ฝั่ง{a} {p} มี{t}เท่าไหร่", "ขอยอด{t} ของ{a} จ.{p}", "{p}มี{t}จาก{a}กี่คน",
             "{t}สังกัด{a}ใน{p}มีกี่คน", "อยากรู้ว่า{a}ที่{p}มี{t}กี่คน", "{p} {a} {t} กี่คน",
             "{t}ที่มาจาก{a} จังหวัด{p} มีเท่าไร", "เฉพาะ{a} {p}มี{t}กี่คน",
             "{a}ของ{p}มี{t}อยู่กี่คน", "{p}มี{t}ของ{a}จักคน", "ขอตัวเลข{t} {a} {p}"]
T_COUNT_P = ["{p}มีวิทยากรพลเมืองคุณภาพกี่คน", "{p}มีวิทยากรทั้งหมดกี่คน",
             "วิทยากรหลักสูตรพลเมืองคุณภาพ {p} มีเท่าไหร่", "ขอข้อมูลวิทยากรของ{p}หน่อย",
             "{p}มีวิทยากรกี่คน ทั้งหลักทั้งขยายผล", "จำนวนวิทยากรจังหวัด{p}",
             "{p}มีวิทยากรพลเมืองคุณภาพไหม กี่คน", "วิทยากร{p}มีกี่คนบ้าง",
             "ขอสรุปวิทยากรหลักและขยายผลของ{p}"]
T_NAT = ["ทั้งประเทศมี{t}กี่คน", "{t}รวมทั้งประเทศเท่าไหร่", "{t}ทั่วประเทศมีกี่คน",
         "ยอดรวม{t}ทุกจังหวัด", "{t}ปี63 ทั้งหมดกี่คน", "{t}ทั้งหมดมีกี่คน"]
T_NAT_A = ["ทั้งประเทศมี{t}ของ{a}กี่คน", "{a}มี{t}รวมทั้งประเทศกี่คน", "{t}ของ{a}ทั่วประเทศเท่าไร",
           "ยอดรวม{t} {a} ทุกจังหวัด"]
T_DUTY_A = ["{a}มีหน้าที่อะไรบ้างใน MOU", "ตาม MOU {a}ต้องทำอะไร", "บทบาทของ{a}ต่อศส.ปชต.คืออะไร",
            "{a}ช่วยอะไรศส.ปชต.ได้บ้าง", "{a}รับผิดชอบเรื่องไหนในบันทึกข้อตกลง",
            "ขอดูความร่วมมือของ{a}หน่อย", "{a}ต้องสนับสนุนศส.ปชต.ยังไง", "หน้าที่{a}ตามMOUมีอะไรบ้าง",
            "MOU เขียนไว้ว่า{a}ต้องทำอะไร", "{a}ทำอะไรใน MOU ฉบับนี้", "{a}มีส่วนร่วมกับศส.ปชต.ยังไง",
            "อยากทราบภารกิจของ{a}ตามบันทึกข้อตกลงความร่วมมือ"]
T_DUTY_ROLE = ["{r}ต้องทำอะไรบ้างตามบันทึกข้อตกลง", "{r}เกี่ยวข้องกับศส.ปชต.ยังไง",
               "{r}ต้องเข้าร่วมเป็นกรรมการศส.ปชต.ด้วยเหรอ", "MOU ให้{r}ทำอะไรบ้าง",
               "ตาม MOU {r}มีบทบาทยังไงกับ ศส.ปชต.", "{r}ต้องช่วยงานศส.ปชต.ไหม ทำอะไรบ้าง",
               "{r}ต้องทำแผนโครงการร่วมกับศส.ปชต.ไหม", "ในMOU {r}ต้องทำอะไร"]
T_DUTY_N = ["ความร่วมมือของ{a}มีกี่ข้อ", "{a}มีหน้าที่ตาม MOU กี่ข้อ", "MOU กำหนดหน้าที่{a}ไว้กี่ข้อ"]


def tsurf(t):
    return rng.choice(TYPE_TH[t])


def asurf(a):
    return rng.choice(AGENCY_TH[a])


CORE_P = sorted(REG["core"]["provinces"])
EXT_P = sorted(p for p, v in REG["extended"]["provinces"].items() if v["total"] > 0)
NOT_CORE = sorted(p for p in F["provinces"] if p not in REG["core"]["provinces"])


class Cycler:
    """Deterministic round-robin over a shuffled list, so many provinces get used."""
    def __init__(self, items):
        self.items = list(items)
        rng.shuffle(self.items)
        self.i = 0

    def next(self):
        v = self.items[self.i % len(self.items)]
        self.i += 1
        return v


CYC = {"core": Cycler(CORE_P), "extended": Cycler(EXT_P)}
AG_CYC = Cycler(AGENCIES5)


def nonzero_cell(t, need_zero=False):
    for _ in range(500):
        p = CYC[t].next()
        a = AG_CYC.next()
        v = val(t, p, a)
        if (v == 0) == need_zero:
            return p, a
    raise SystemExit("no cell")


def zero_cells(t):
    return [(p, a) for p in sorted(REG[t]["provinces"]) for a in AGENCIES5
            if val(t, p, a) == 0 and REG[t]["provinces"][p]["total"] > 0]

# ----------------------------------------------------------------------------- ordinary

def ordinary_plan():
    plan = []
    plan += [("count", "extended")] * 28 + [("count", "core")] * 19 + [("count_zero_core", None)] * 2 + [("count_bkk", None)]
    plan += [("count_a", "extended")] * 18 + [("count_a", "core")] * 9 + [("count_a_zero", "extended"), ("count_a_zero", "core"), ("count_a_zero", "extended")]
    plan += [("count_p", None)] * 8
    plan += [("nat", "core"), ("nat", "extended")] + [("nat_a", ("extended", a)) for a in AGENCIES5] + [("nat_a", ("core", a)) for a in ("DOP", "HSS", "DLA")]
    plan += [("cov", i) for i in range(15)]
    plan += [("duty_a", a) for a in ["DOPA", "DLA", "HSS", "DOP", "CDD", "ECT"] * 2]
    plan += [("duty_role", a) for a in ["HSS", "DOPA", "CDD", "DOP", "DLA", "HSS", "DOPA", "CDD"]]
    plan += [("duty_n", "DOPA"), ("duty_n", "DOP")]
    plan += [("list", i) for i in range(5)] + [("mou", i) for i in range(12)] + [("centre", i) for i in range(6)]
    plan += [("gloss", i) for i in range(6)] + [("contact", i) for i in range(4)] + [("help", 0), ("greet", 0)]
    assert len(plan) == COUNTS["ordinary"], len(plan)
    rng.shuffle(plan)
    return plan


COV = [
    # (template, type, agency, figure-fn, spec)
    ("จังหวัดไหนมี{t}มากที่สุด", "extended", None),
    ("จังหวัดไหนมี{t}เยอะสุด", "core", None),
    ("{t}ของ{a} จังหวัดไหนมากที่สุด", "extended", "DOPA"),
    ("จังหวัดไหนมี{t}ฝั่ง{a}เยอะที่สุด", "extended", "DLA"),
    ("{a}มี{t}มากสุดที่จังหวัดไหน", "extended", "HSS"),
    ("{t}สาย{a}จังหวัดไหนมีมากที่สุด", "core", "DOPA"),
]


def coverage_case(i):
    alt = ["trainer_count"]
    if i < 6:
        tpl, t, a = COV[i]
        rows = REG[t]["provinces"]
        top = max((rows[p]["by_agency"][a] if a else rows[p]["total"]) for p in rows)
        slots = {"trainer_type": t}
        if a:
            slots["agency"] = a
        txt = fill(tpl, t=tsurf(t), a=asurf(a) if a else "")
        return [decorate_th(txt)], {"intent": "trainer_coverage", "intent_alt": alt, "slots": slots, "figures": nz(top)}, f"ordinary/ranking top {t} {a or 'all'}; specs: max over provinces of {t}/{a or 'total'}={top}"
    if i == 6:
        n = REG["core"]["provinces_with_trainers"]
        txt = fill(rng.choice(["มีกี่จังหวัดที่มี{t}", "{t}ครอบคลุมกี่จังหวัด", "{t}มีอยู่ในกี่จังหวัด"]), t=tsurf("core"))
        return [decorate_th(txt)], {"intent": "trainer_coverage", "intent_alt": alt, "slots": {"trainer_type": "core"}, "figures": [n]}, f"ordinary/coverage; specs: core provinces_with_trainers={n}"
    if i == 7:
        n = REG["extended"]["provinces_with_trainers"]
        txt = fill(rng.choice(["{t}มีครบทุกจังหวัดไหม มีกี่จังหวัด", "มีกี่จังหวัดที่มี{t}แล้ว"]), t=tsurf("extended"))
        return [decorate_th(txt)], {"intent": "trainer_coverage", "intent_alt": alt, "slots": {"trainer_type": "extended"}, "figures": [n]}, f"ordinary/coverage; specs: extended provinces_with_trainers={n}"
    if i == 8:
        n = len(F["provinces"]) - REG["core"]["provinces_with_trainers"]
        txt = fill("มีกี่จังหวัดที่ยังไม่มี{t}", t=tsurf("core"))
        return [decorate_th(txt)], {"intent": "trainer_coverage", "intent_alt": alt, "slots": {"trainer_type": "core"}, "figures": [n]}, f"ordinary/coverage gap; specs: 77 - core provinces_with_trainers={n}"
    if i == 9:
        txt = fill("จังหวัดไหนที่ไม่มี{t}เลย", t=tsurf("extended"))
        return [decorate_th(txt)], {"intent": "trainer_coverage", "intent_alt": alt, "slots": {"trainer_type": "extended"}, "figures": []}, "ordinary/coverage gap; answer is กรุงเทพมหานคร (all cells '-'), no figure; specs: extended provinces with total 0"
    if i in (10, 11):
        t = "extended" if i == 10 else "core"
        top = max(REG[t]["by_agency"].values())
        txt = fill(rng.choice(["กรมไหนมี{t}มากที่สุด", "หน่วยงานไหนส่ง{t}เยอะสุด"]), t=tsurf(t))
        return [decorate_th(txt)], {"intent": "trainer_coverage", "intent_alt": alt, "slots": {"trainer_type": t}, "figures": [top]}, f"ordinary/ranking agencies; specs: max {t} by_agency={top}"
    if i == 12:
        rows = REG["extended"]["provinces"]
        top5 = sorted((v["total"] for v in rows.values()), reverse=True)[:5]
        txt = fill("5 อันดับจังหวัดที่มี{t}มากที่สุด", t=tsurf("extended"))
        return [decorate_th(txt)], {"intent": "trainer_coverage", "intent_alt": alt, "slots": {"trainer_type": "extended"}, "figures": nz(*top5)}, f"ordinary/top5; specs: extended top-5 totals={top5}"
    if i == 13:
        n = sum(1 for v in REG["extended"]["provinces"].values() if v["by_agency"]["DOP"] > 0)
        txt = fill("{a}มี{t}อยู่กี่จังหวัด", a=asurf("DOP"), t=tsurf("extended"))
        return [decorate_th(txt)], {"intent": "trainer_coverage", "intent_alt": alt, "slots": {"trainer_type": "extended", "agency": "DOP"}, "figures": [n]}, f"ordinary/coverage per agency; specs: extended provinces with DOP>0={n}"
    if i == 14:
        rows = REG["extended"]["provinces"]
        low = min(v["total"] for v in rows.values() if v["total"] > 0)
        txt = fill("ไม่นับกทม. จังหวัดไหนมี{t}น้อยที่สุด", t=tsurf("extended"))
        return [decorate_th(txt)], {"intent": "trainer_coverage", "intent_alt": alt, "slots": {"trainer_type": "extended"}, "figures": [low]}, f"ordinary/ranking lowest excl. Bangkok; specs: min extended total>0={low}"


MOU_Q = [
    ("MOU ฉบับแรกมีหน่วยงานไหนลงนามบ้าง", {}, [], ["agency_list"], "parties of MOU 1"),
    ("MOU กับ{a}มีระยะเวลากี่ปี", {"agency": "CDD"}, [DOC["mou2_term_years"]], [], "term of MOU 2; specs: document.mou2_term_years"),
    ("ถ้าจะบอกเลิก MOU ต้องแจ้งล่วงหน้ากี่วัน", {}, [DOC["mou2_notice_days"]], [], "termination notice; specs: document.mou2_notice_days"),
    ("ถ้าจะแก้ไขเพิ่มเติม MOU ต้องทำยังไง", {}, [], [], "amendment: in writing, agreed, signed by all"),
    ("ใครลงนาม MOU ฝั่ง{a}", {"agency": "DOPA"}, [], [], "signatory DOPA"),
    ("เลขาธิการ กกต. ที่ลงนาม MOU ชื่ออะไร", {"agency": "ECT"}, [], [], "signatory ECT (name spelled two ways in the seed)"),
    ("MOU ของ{a} มีใครเป็นพยานบ้าง", {"agency": "CDD"}, [], [], "witnesses of MOU 2"),
    ("MOU มีผลบังคับใช้ตั้งแต่เมื่อไหร่", {}, [], [], "in force from signing"),
    ("หนังสือที่แจ้งเรื่อง MOU ลงวันที่เท่าไหร่", {}, [], ["contact"], "covering letter date"),
    ("หนังสือเวียนเรื่องบันทึกข้อตกลงส่งถึงใคร", {}, [], ["contact"], "covering letter addressee"),
    ("อธิบดี{a}ที่เซ็น MOU คือใคร", {"agency": "DOP"}, [], [], "signatory DOP"),
    ("MOU สองฉบับต่างกันยังไง", {}, [], ["agency_list"], "two MOUs"),
]
CENTRE_Q = [
    ("ศส.ปชต. คืออะไร", [], [], "what a centre is"),
    ("ศูนย์ส่งเสริมพัฒนาประชาธิปไตยตั้งขึ้นตั้งแต่ปีไหน", [DOC["centre_established_be"]], [], "founding year; specs: document.centre_established_be"),
    ("ศส.ปชต. มีหน้าที่ทำอะไรบ้าง", [], [], "role of the centre"),
    ("ปีงบ 65 ศส.ปชต. ต้องมีครบทุกตำบลใช่ไหม", [], [], "rollout plan 2563/2564/2565"),
    ("โครงการหมู่บ้านพลเมืองดีวิถีประชาธิปไตย คืออะไร", [], ["mou_info"], "village programme"),
    ("ศส.ปชต. ตั้งขึ้นโดยร่วมมือกับหน่วยงานไหน", [], [], "set up with the non-formal education office"),
]
GLOSS_Q = [
    ("อสม. ย่อมาจากอะไร", [], "อาสาสมัครสาธารณสุขประจำหมู่บ้าน"),
    ("ศพอส. คืออะไร", [], "ศูนย์พัฒนาคุณภาพชีวิตและส่งเสริมอาชีพผู้สูงอายุ"),
    ("กกต. ย่อมาจากอะไร", [], "คณะกรรมการการเลือกตั้ง"),
    ("ศส.ปชต. ย่อมาจากอะไร", ["center_info"], "ศูนย์ส่งเสริมพัฒนาประชาธิปไตย"),
    ("หลักสูตรพลเมืองคุณภาพ คืออะไร", ["center_info", "mou_info"], "course name"),
    ("วิทยากรขยายผลต่างจากวิทยากรหลักยังไง", ["trainer_count", "trainer_coverage"], "two trainer types"),
]
CONTACT_Q = [
    ("ถ้าจะสอบถามเรื่องหนังสือ MOU ต้องติดต่อใคร", [], [], "coordinator / division"),
    ("เบอร์โทรกองการเลือกตั้งท้องถิ่นเบอร์อะไร", [DOC["contact_ext"]], [], "phone with extension; specs: document.contact_ext"),
    ("ผู้ประสานงานเรื่อง MOU ชื่ออะไร", [], [], "coordinator name"),
    ("จะขยายผลหลักสูตรพลเมืองคุณภาพในจังหวัด ต้องประสานหน่วยงานไหน", [], ["mou_info"], "letter: coordinate with provincial ECT office"),
]
LIST_Q = [
    ("ภาคีเครือข่ายใน MOU มีกรมอะไรบ้าง", [], ["mou_info"]),
    ("มีกี่กรมที่ร่วมลงนาม MOU กับกกต.", "N_DEPTS", ["mou_info"]),
    ("หน่วยงานพันธมิตรของ ศส.ปชต. มีใครบ้าง", [], ["mou_info"]),
    ("ขอรายชื่อหน่วยงานที่ร่วม MOU หน่อย", [], ["mou_info"]),
    ("ทะเบียนวิทยากรนับจากกี่หน่วยงาน", "N_COLS", ["trainer_count"]),
]


def ordinary_gen_factory():
    plan = ordinary_plan()

    def gen(k):
        kind, arg = plan[k]
        if kind == "count":
            t = arg
            p = CYC[t].next()
            txt = fill(rng.choice(T_COUNT), p=p, t=tsurf(t))
            return [decorate_th(txt)], {"intent": "trainer_count", "slots": {"province": p, "trainer_type": t}, "figures": nz(val(t, p))}, f"ordinary/count; specs: {spec(t, p)}"
        if kind == "count_zero_core":
            p = rng.choice(NOT_CORE[1:])
            txt = fill(rng.choice(T_COUNT), p=p, t=tsurf("core"))
            return [decorate_th(txt)], {"intent": "trainer_count", "slots": {"province": p, "trainer_type": "core"}, "figures": []}, f"ordinary/count, province not in the core register (0, no figure); specs: {spec('core', p)}"
        if kind == "count_bkk":
            txt = fill(rng.choice(T_COUNT), p="กรุงเทพมหานคร", t=tsurf("extended"))
            return [decorate_th(txt)], {"intent": "trainer_count", "slots": {"province": "กรุงเทพมหานคร", "trainer_type": "extended"}, "figures": []}, "ordinary/count, Bangkok row is all '-' (no figure); specs: extended/กรุงเทพมหานคร/total=0"
        if kind == "count_a":
            t = arg
            p, a = nonzero_cell(t)
            txt = fill(rng.choice(T_COUNT_A), p=p, t=tsurf(t), a=asurf(a))
            return [decorate_th(txt)], {"intent": "trainer_count", "slots": {"province": p, "trainer_type": t, "agency": a}, "figures": nz(val(t, p, a))}, f"ordinary/count per agency; specs: {spec(t, p, a)}"
        if kind == "count_a_zero":
            t = arg
            p, a = rng.choice(zero_cells(t))
            txt = fill(rng.choice(T_COUNT_A), p=p, t=tsurf(t), a=asurf(a))
            return [decorate_th(txt)], {"intent": "trainer_count", "slots": {"province": p, "trainer_type": t, "agency": a}, "figures": []}, f"ordinary/count per agency, cell is '-' (no figure); specs: {spec(t, p, a)}"
        if kind == "count_p":
            p = CYC["core"].next() if rng.random() < 0.6 else CYC["extended"].next()
            txt = fill(rng.choice(T_COUNT_P), p=p)
            return [decorate_th(txt)], {"intent": "trainer_count", "slots": {"province": p}, "figures": nz(val("core", p), val("extended", p))}, f"ordinary/count both types; specs: {spec('core', p)}, {spec('extended', p)}"
        if kind == "nat":
            t = arg
            txt = fill(rng.choice(T_NAT), t=tsurf(t))
            return [decorate_th(txt)], {"intent": "trainer_count", "intent_alt": ["trainer_coverage"], "slots": {"trainer_type": t}, "figures": [val(t)]}, f"ordinary/national total; specs: {spec(t)}"
        if kind == "nat_a":
            t, a = arg
            txt = fill(rng.choice(T_NAT_A), t=tsurf(t), a=asurf(a))
            return [decorate_th(txt)], {"intent": "trainer_count", "intent_alt": ["trainer_coverage"], "slots": {"trainer_type": t, "agency": a}, "figures": [val(t, None, a)]}, f"ordinary/national per agency; specs: {spec(t, None, a)}"
        if kind == "cov":
            return coverage_case(arg)
        if kind == "duty_a":
            a = arg
            txt = fill(rng.choice(T_DUTY_A), a=asurf(a))
            return [decorate_th(txt)], {"intent": "agency_duties", "slots": {"agency": a}}, f"ordinary/duties by department name ({a})"
        if kind == "duty_role":
            a = arg
            r = rng.choice(ROLE_TH[a])
            txt = fill(rng.choice(T_DUTY_ROLE), r=r)
            return [decorate_th(txt)], {"intent": "agency_duties", "slots": {"agency": a}}, f"ordinary/duties by role word '{r}' -> {a}"
        if kind == "duty_n":
            a = arg
            n = DUTIES[a][0]["items"]
            txt = fill(rng.choice(T_DUTY_N), a=asurf(a))
            return [decorate_th(txt)], {"intent": "agency_duties", "slots": {"agency": a}, "figures": [n]}, f"ordinary/number of duty items; specs: duties {a} items={n}"
        if kind == "list":
            q, figs, alt = LIST_Q[arg]
            if figs == "N_DEPTS":
                figs = [len({d["agency"] for d in F["duties"]} - {"ECT"})]
                sp = "distinct non-ECT parties over both MOUs"
            elif figs == "N_COLS":
                figs = [len(AGENCIES5)]
                sp = "register columns"
            else:
                sp = "none"
            txt = fill(q)
            return [decorate_th(txt)], {"intent": "agency_list", "intent_alt": alt, "figures": figs}, f"ordinary/agency list; specs: {sp}={figs}"
        if kind == "mou":
            q, slots, figs, alt, what = MOU_Q[arg]
            txt = fill(q, a=asurf(slots["agency"]) if "{a}" in q else "")
            return [decorate_th(txt)], {"intent": "mou_info", "intent_alt": alt, "slots": dict(slots), "figures": list(figs)}, f"ordinary/mou: {what}"
        if kind == "centre":
            q, figs, alt, what = CENTRE_Q[arg]
            return [decorate_th(fill(q))], {"intent": "center_info", "intent_alt": alt, "figures": list(figs)}, f"ordinary/centre: {what}"
        if kind == "gloss":
            q, alt, what = GLOSS_Q[arg]
            return [decorate_th(fill(q))], {"intent": "glossary", "intent_alt": alt}, f"ordinary/glossary: {what}"
        if kind == "contact":
            q, figs, alt, what = CONTACT_Q[arg]
            return [decorate_th(fill(q))], {"intent": "contact", "intent_alt": alt, "figures": list(figs)}, f"ordinary/contact: {what}"
        if kind == "help":
            q = rng.choice(["ถามอะไรได้บ้าง", "ช่วยอะไรได้บ้างคะ", "ใช้งานยังไง ถามเรื่องอะไรได้บ้าง"])
            return [decorate_th(fill(q))], {"intent": "help", "_group": True}, "ordinary/help", "th", ["name"]
        if kind == "greet":
            q = rng.choice(["สวัสดีจ้า", "สวัสดีค่ะ ฝากตัวด้วยนะคะ", "หวัดดีครับ"])
            return [q], {"intent": "greeting", "_group": True}, "ordinary/greeting", "th", ["name"]
        raise ValueError(kind)
    return gen

# ----------------------------------------------------------------------------- followups

FU_TYPE = ["แล้ว{t}ล่ะ", "{t}ด้วย กี่คน", "ส่วน{t}ล่ะ", "แล้วถ้าเป็น{t}ล่ะ", "{t}ละ", "แล้ว{t}มีกี่คน",
           "ขอ{t}ด้วย", "{t}อ่ะ"]
FU_PROV = ["แล้ว{p}ล่ะ", "{p}ด้วย", "ของ{p}ล่ะ", "เปลี่ยนเป็น{p}", "แล้วที่{p}ล่ะ", "{p}ละ",
           "ขอของ{p}ด้วย", "ส่วน{p}มีเท่าไหร่"]
FU_AG = ["เฉพาะ{a}กี่คน", "แล้วของ{a}ล่ะ", "ในนั้น{a}กี่คน", "ขอแยกเฉพาะ{a}", "{a}ล่ะ",
         "ในจำนวนนี้เป็นของ{a}เท่าไร"]
FU_DUTY = ["แล้ว{a}ล่ะ", "ส่วน{a}ต้องทำอะไร", "{a}ล่ะ มีหน้าที่อะไร", "แล้วของ{a}ละ"]


def t1_count(p, t, a=None):
    if a:
        return decorate_th(fill(rng.choice(T_COUNT_A), p=p, t=tsurf(t), a=asurf(a)))
    return decorate_th(fill(rng.choice(T_COUNT), p=p, t=tsurf(t)))


def followup_plan():
    plan = (["type"] * 14 + ["prov"] * 12 + ["prov_en"] * 2 + ["ag"] * 10 + ["ag_switch"] * 6
            + ["duty"] * 8 + ["three"] * 6 + ["four"] * 4 + ["mou"] * 3 + ["centre"] * 2 + ["nat"] * 3)
    assert len(plan) == COUNTS["followup"]
    rng.shuffle(plan)
    return plan


def followup_gen_factory():
    plan = followup_plan()

    def count_exp(p, t, a=None):
        s = {"province": p, "trainer_type": t}
        if a:
            s["agency"] = a
        return {"intent": "trainer_count", "slots": s, "figures": nz(val(t, p, a))}

    def gen(k):
        kind = plan[k]
        if kind == "type":
            p = CYC["core"].next()
            t0 = rng.choice(["core", "extended"])
            t1 = "extended" if t0 == "core" else "core"
            turns = [t1_count(p, t0), decorate_th(fill(rng.choice(FU_TYPE), t=tsurf(t1)), pre=False)]
            return turns, count_exp(p, t1), f"followup/switch type {t0}->{t1}, province carried; specs: {spec(t1, p)}"
        if kind in ("prov", "prov_en"):
            t = rng.choice(["extended", "extended", "core"])
            p0 = CYC[t].next()
            p1 = CYC[t].next()
            if kind == "prov_en":
                p0 = rng.choice([p for p in PROV_EN if val(t, p)])
                p1 = rng.choice([p for p in PROV_EN if val(t, p) and p != p0])
                turns = [decorate_en(f"How many {rng.choice(TYPE_EN[t])} are there in {rng.choice(PROV_EN[p0])}?"),
                         rng.choice(["And {x}?", "What about {x}?", "how about {x}", "{x}?"]).format(x=rng.choice(PROV_EN[p1]))]
                return turns, count_exp(p1, t), f"followup/english switch province, type carried; specs: {spec(t, p1)}", "en"
            turns = [t1_count(p0, t), decorate_th(fill(rng.choice(FU_PROV), p=p1), pre=False)]
            return turns, count_exp(p1, t), f"followup/switch province, type carried; specs: {spec(t, p1)}"
        if kind == "ag":
            t = rng.choice(["extended", "extended", "core"])
            p, a = nonzero_cell(t)
            turns = [t1_count(p, t), decorate_th(fill(rng.choice(FU_AG), a=asurf(a)), pre=False)]
            return turns, count_exp(p, t, a), f"followup/narrow to agency; specs: {spec(t, p, a)}"
        if kind == "ag_switch":
            t = "extended"
            p, a0 = nonzero_cell(t)
            a1 = rng.choice([x for x in AGENCIES5 if x != a0 and val(t, p, x)])
            turns = [t1_count(p, t, a0), decorate_th(fill(rng.choice(FU_AG), a=asurf(a1)), pre=False)]
            return turns, count_exp(p, t, a1), f"followup/switch agency {a0}->{a1}; specs: {spec(t, p, a1)}"
        if kind == "duty":
            a0, a1 = rng.sample(["DOPA", "DLA", "HSS", "DOP", "CDD", "ECT"], 2)
            first = fill(rng.choice(T_DUTY_A), a=asurf(a0)) if rng.random() < 0.6 else fill(rng.choice(T_DUTY_ROLE), r=rng.choice(ROLE_TH.get(a0, AGENCY_TH[a0])))
            second_src = rng.choice(AGENCY_TH[a1] + ROLE_TH.get(a1, []))
            turns = [decorate_th(first), decorate_th(fill(rng.choice(FU_DUTY), a=second_src), pre=False)]
            return turns, {"intent": "agency_duties", "slots": {"agency": a1}}, f"followup/duties {a0}->{a1} ('{second_src}')"
        if kind == "three":
            t = "extended"
            p0 = CYC[t].next()
            p1 = CYC[t].next()
            a = rng.choice([x for x in AGENCIES5 if val(t, p1, x)])
            turns = [t1_count(p0, t), decorate_th(fill(rng.choice(FU_PROV), p=p1)), decorate_th(fill(rng.choice(FU_AG), a=asurf(a)), pre=False)]
            return turns, count_exp(p1, t, a), f"followup/3 turns province then agency; specs: {spec(t, p1, a)}"
        if kind == "four":
            p0 = CYC["core"].next()
            p1 = CYC["core"].next()
            greet = rng.choice(["สวัสดีค่ะ", "หวัดดีจ้า", "สวัสดีครับ ขอถามหน่อย", "สวัสดีเจ้า"])
            turns = [greet, t1_count(p0, "extended"), decorate_th(fill(rng.choice(FU_TYPE), t=tsurf("core")), pre=False),
                     decorate_th(fill(rng.choice(FU_PROV), p=p1), pre=False)]
            return turns, count_exp(p1, "core"), f"followup/4 turns greet, count, type, province; specs: {spec('core', p1)}"
        if kind == "mou":
            opts = [
                (["MOU กับพช.มีอายุกี่ปี", "แล้วถ้าจะยกเลิกก่อนต้องแจ้งกี่วัน"], [DOC["mou2_notice_days"]], "notice days"),
                (["ระยะเวลาความร่วมมือของ MOU พัฒนาชุมชนเท่าไร", "แล้วแก้ไข MOU ได้ไหม ต้องทำยังไง"], [], "amendment"),
                (["MOU กับพัฒนาชุมชนยกเลิกได้ไหม", "ต้องแจ้งล่วงหน้ากี่วันนะ"], [DOC["mou2_notice_days"]], "notice days"),
                (["ใครเซ็น MOU ฝั่งกรมการพัฒนาชุมชน", "แล้ว MOU นั้นมีอายุกี่ปี"], [DOC["mou2_term_years"]], "term years"),
            ]
            q, figs, what = rng.choice(opts)
            return [decorate_th(fill(x), pre=(i == 0)) for i, x in enumerate(q)], {"intent": "mou_info", "figures": list(figs)}, f"followup/mou {what}; specs: document facts {figs}"
        if kind == "centre":
            q = rng.choice([["ศส.ปชต.คืออะไร", "ตั้งมาตั้งแต่ปีไหน"], ["ศูนย์ส่งเสริมพัฒนาประชาธิปไตยทำอะไร", "เริ่มตั้งปีไหนคะ"],
                            ["ศส.ปชต. มีไว้ทำไม", "แล้วมีมาตั้งแต่ พ.ศ. ไหน"]])
            return [decorate_th(fill(x), pre=(i == 0)) for i, x in enumerate(q)], {"intent": "center_info", "figures": [DOC["centre_established_be"]]}, "followup/centre founding year; specs: document.centre_established_be"
        if kind == "nat":
            t = rng.choice(["core", "extended"])
            p = CYC[t].next()
            q2 = rng.choice(["ขอบคุณ แล้วทั้งประเทศล่ะ", "รวมทั้งประเทศกี่คน", "แล้วทั่วประเทศมีเท่าไหร่", "ทั้งหมดทุกจังหวัดล่ะ"])
            turns = [t1_count(p, t), decorate_th(fill(q2), pre=False)]
            return turns, {"intent": "trainer_count", "intent_alt": ["trainer_coverage"], "slots": {"trainer_type": t}, "figures": [val(t)]}, f"followup/national total after a province; specs: {spec(t)}"
        raise ValueError(kind)
    return gen

# ----------------------------------------------------------------------------- english

EN_COUNT = ["How many {t} are there in {p}?", "{p}: number of {t}?", "how many {t} does {p} have",
            "Could you tell me the number of {t} in {p} province?", "{t} in {p}, how many?",
            "What's the count of {t} for {p}?", "Number of {t} registered in {p} (2020 register)?",
            "pls tell me how many {t} {p} has"]
EN_COUNT_A = ["How many {a} {t} are in {p}?", "In {p}, how many {t} come from the {a}?",
              "{p} - {t} from {a}, how many?", "Number of {t} of the {a} in {p}?"]
EN_DUTY = ["What does the {a} have to do under the MOU?", "What are the duties of the {a} in the MOU?",
           "What is the role of the {a} for the Democracy Promotion Centres?",
           "Under the agreement, what must the {a} do?"]


def english_plan():
    plan = (["count"] * 12 + ["count_a"] * 6 + ["duty"] * 4 + ["duty_role"] * 2 + ["mou"] * 4 + ["centre"] * 2
            + ["contact"] * 2 + ["cov"] * 3 + ["nat"] * 2 + ["gloss"] * 2 + ["help"])
    assert len(plan) == COUNTS["english"]
    rng.shuffle(plan)
    return plan


def english_gen_factory():
    plan = english_plan()
    en_core = Cycler([p for p in PROV_EN if val("core", p)])
    en_ext = Cycler([p for p in PROV_EN if val("extended", p)])
    mou_en = Cycler([
        ("How long does the MOU with the {a} last?", {"agency": "CDD"}, [DOC["mou2_term_years"]], "term"),
        ("How many days of notice are needed to terminate the MOU?", {}, [DOC["mou2_notice_days"]], "notice"),
        ("Who signed the MOU for the {a}?", {"agency": "ECT"}, [], "signatory"),
        ("Which departments signed the first MOU with the Election Commission?", {}, [], "parties"),
    ])
    centre_en = Cycler(["What is a Democracy Promotion Centre (ศส.ปชต.)?", "What do the ศส.ปชต. centres actually do?"])
    contact_en = Cycler([("Who is the contact person for the MOU letter?", []),
                         ("What's the phone number of the Local Election Division? I need the extension", [DOC["contact_ext"]])])
    gloss_en = Cycler([("What does อสม. stand for?", []), ("what is ศพอส.? please explain in English", [])])

    def gen(k):
        kind = plan[k]
        if kind == "count":
            t = rng.choice(["core", "extended", "extended"])
            p = (en_core if t == "core" else en_ext).next()
            txt = rng.choice(EN_COUNT).format(t=rng.choice(TYPE_EN[t]), p=rng.choice(PROV_EN[p]))
            return [decorate_en(txt)], {"intent": "trainer_count", "slots": {"province": p, "trainer_type": t}, "figures": nz(val(t, p))}, f"english/count; specs: {spec(t, p)}", "en"
        if kind == "count_a":
            t = rng.choice(["core", "extended", "extended"])
            for _ in range(100):
                p = (en_core if t == "core" else en_ext).next()
                a = AG_CYC.next()
                if val(t, p, a):
                    break
            txt = rng.choice(EN_COUNT_A).format(t=rng.choice(TYPE_EN[t]), p=rng.choice(PROV_EN[p]), a=rng.choice(AGENCY_EN[a]))
            return [decorate_en(txt)], {"intent": "trainer_count", "slots": {"province": p, "trainer_type": t, "agency": a}, "figures": nz(val(t, p, a))}, f"english/count per agency; specs: {spec(t, p, a)}", "en"
        if kind == "duty":
            a = ["DOPA", "DLA", "HSS", "DOP", "CDD", "ECT"][k % 6]
            txt = rng.choice(EN_DUTY).format(a=rng.choice(AGENCY_EN[a]))
            return [decorate_en(txt)], {"intent": "agency_duties", "slots": {"agency": a}}, f"english/duties {a}", "en"
        if kind == "duty_role":
            a, txt = rng.choice([("HSS", "What do village health volunteers (อสม.) have to do under the MOU?"),
                                 ("DOPA", "What is expected of village headmen (ผู้ใหญ่บ้าน) and kamnan in the MOU?"),
                                 ("CDD", "What should the women's development committees do under the MOU?"),
                                 ("DOP", "What is the role of elderly clubs (ชมรมผู้สูงอายุ) in the MOU?")])
            return [decorate_en(txt)], {"intent": "agency_duties", "slots": {"agency": a}}, f"english/duties by role word -> {a}", "en"
        if kind == "mou":
            q, slots, figs, what = mou_en.next()
            txt = q.format(a=rng.choice(AGENCY_EN[slots["agency"]])) if "{a}" in q else q
            return [decorate_en(txt)], {"intent": "mou_info", "intent_alt": ["agency_list"] if what == "parties" else [], "slots": dict(slots), "figures": list(figs)}, f"english/mou {what}; specs: document facts {figs}", "en"
        if kind == "centre":
            return [decorate_en(centre_en.next())], {"intent": "center_info", "intent_alt": ["glossary"]}, "english/centre", "en"
        if kind == "contact":
            q, figs = contact_en.next()
            return [decorate_en(q)], {"intent": "contact", "figures": list(figs)}, f"english/contact; specs: document.contact_ext if any {figs}", "en"
        if kind == "cov":
            opts = [("Which province has the most extended trainers?", "extended",
                     max(v["total"] for v in REG["extended"]["provinces"].values()), "max extended total"),
                    ("How many provinces have core trainers?", "core", REG["core"]["provinces_with_trainers"], "core provinces_with_trainers"),
                    ("Which province has the most core trainers?", "core",
                     max(v["total"] for v in REG["core"]["provinces"].values()), "max core total")]
            q, t, n, sp = opts[k % 3]
            kindn = "ranking" if sp.startswith("max") else "coverage"
            return [decorate_en(q)], {"intent": "trainer_coverage", "intent_alt": ["trainer_count"], "slots": {"trainer_type": t}, "figures": [n]}, f"english/{kindn}; specs: {sp}={n}", "en"
        if kind == "nat":
            t = ["core", "extended"][k % 2]
            q = rng.choice(["How many {t} are there nationwide?", "Total number of {t} in the whole country?"]).format(t=rng.choice(TYPE_EN[t]))
            return [decorate_en(q)], {"intent": "trainer_count", "intent_alt": ["trainer_coverage"], "slots": {"trainer_type": t}, "figures": [val(t)]}, f"english/national; specs: {spec(t)}", "en"
        if kind == "gloss":
            q, figs = gloss_en.next()
            return [decorate_en(q)], {"intent": "glossary"}, "english/glossary", "en"
        if kind == "help":
            return ["What can you help me with?"], {"intent": "help"}, "english/help", "en"
        raise ValueError(kind)
    return gen

# ----------------------------------------------------------------------------- clarify

CLARIFY = [
    # nonexistent places
    ("จังหวัดเวียงจันทน์มี{t}กี่คน", "trainer_count", "th", "not a Thai province (Laos)"),
    ("ปีนังมี{t}ไหม", "trainer_count", "th", "not a Thai province (Malaysia)"),
    ("จังหวัดย่างกุ้งมี{t}กี่คน", "trainer_count", "th", "not a Thai province (Myanmar)"),
    ("เสียมราฐมี{t}เท่าไหร่", "trainer_count", "th", "not a Thai province (Cambodia)"),
    ("จังหวัดที่ 78 มี{t}กี่คน", "trainer_count", "th", "there are 77 provinces"),
    ("จังหวัดสุวรรณเขตมี{t}กี่คน", "trainer_count", "th", "Savannakhet, Laos"),
    ("How many extended trainers are there in Vientiane province?", "trainer_count", "en", "not a Thai province"),
    ("จ.กัวลาลัมเปอร์ {t} กี่ท่าน", "trainer_count", "th", "not a Thai province"),
    # ambiguous
    ("นครฯ มี{t}กี่คน", "trainer_count", "th", "นครฯ ambiguous (นครราชสีมา/นครศรีธรรมราช/นครปฐม/...)"),
    ("สมุทรฯ มี{t}เท่าไหร่", "trainer_count", "th", "three สมุทร provinces"),
    ("อ.เฉลิมพระเกียรติ มี{t}กี่คน", "trainer_count", "th", "district name in several provinces"),
    ("อำเภอเมืองมี{t}กี่คน", "trainer_count", "th", "อำเภอเมือง exists in every province"),
    ("อีสานใต้มี{t}กี่คน", "trainer_count", "th", "not one of the six official regions"),
    ("จังหวัดสุ...อะไรนะ จำชื่อไม่ได้ มี{t}กี่คน", "trainer_count", "th", "province name incomplete (many สุ- provinces)"),
    # attributes the registers lack
    ("{t}เชียงใหม่ เป็นผู้หญิงกี่คน ผู้ชายกี่คน", "trainer_count", "th", "register has no gender"),
    ("อายุเฉลี่ยของ{t}โคราชเท่าไหร่", "trainer_count", "th", "register has no age"),
    ("{t}ที่ขอนแก่นจบการศึกษาระดับไหนบ้าง", "trainer_count", "th", "register has no education"),
    ("ค่าตอบแทน{t}ต่อชั่วโมงเท่าไหร่", "trainer_count", "th", "no allowance in the document"),
    ("{t}อุบลฯ อยู่ตำบลไหนบ้าง", "trainer_count", "th", "register has no sub-district"),
    ("{t}ในสงขลาเคยจัดอบรมไปแล้วกี่รุ่น", "trainer_count", "th", "no training-session counts"),
    ("งบประมาณอบรม{t}ของแต่ละจังหวัดเท่าไหร่", "trainer_count", "th", "no budget in the document"),
    ("{t}ที่บุรีรัมย์ ที่เป็นอสม.ด้วยมีกี่คน", "trainer_count", "th", "register has no occupation"),
    ("ศส.ปชต. ในจังหวัดเลยมีกี่ศูนย์แล้ว", "center_info", "th", "number of centres per province not in the document"),
    ("อสม.ในจังหวัดน่านมีกี่คน", "trainer_count", "th", "count of อสม. not in the document"),
    # another year
    ("ปี 2565 มี{t}กี่คน", "trainer_count", "th", "only the 2563 registers exist"),
    ("ทะเบียน{t}ปี 2566 ออกหรือยัง เชียงรายมีกี่คน", "trainer_count", "th", "only 2563"),
    ("ปี 64 ลำปางมี{t}เท่าไหร่", "trainer_count", "th", "only 2563"),
    ("{t}ปี 2567 ของตรังกี่คน", "trainer_count", "th", "only 2563"),
    ("ปี ๒๕๖๒ ทั้งประเทศมี{t}กี่คน", "trainer_count", "th", "only 2563"),
    ("How many core trainers did Phuket have in 2023?", "trainer_count", "en", "only the 2020 (2563) registers"),
    ("ยอด{t}ปี 2568 ของสุรินทร์", "trainer_count", "th", "only 2563"),
    # a department that is not a party
    ("กรมอนามัยมี{t}ในขอนแก่นกี่คน", "trainer_count", "th", "กรมอนามัย not a party nor a register column"),
    ("กรมส่งเสริมการเกษตรต้องทำอะไรตาม MOU", "agency_duties", "th", "not a party"),
    ("สำนักงานตำรวจแห่งชาติมีหน้าที่อะไรใน MOU ศส.ปชต.", "agency_duties", "th", "not a party"),
    ("กรมป่าไม้มี{t}กี่คน", "trainer_count", "th", "not a party"),
    ("กระทรวงศึกษาธิการลงนาม MOU นี้ด้วยไหม มีหน้าที่อะไร", "agency_duties", "th", "not a party"),
    ("{t}ของกรมการจัดหางานในชลบุรีมีกี่คน", "trainer_count", "th", "not a party"),
    # missing what the bot needs
    ("จังหวัดนี้มี{t}กี่คน", "trainer_count", "th", "which province? no context"),
    ("แล้วของกรมนั้นล่ะ มีกี่คน", "trainer_count", "th", "no prior context"),
    ("ที่อำเภอเรามี{t}กี่คน", "trainer_count", "th", "which district? no context"),
]
assert len(CLARIFY) == COUNTS["clarify"], len(CLARIFY)


def clarify_gen_factory():
    order = list(range(len(CLARIFY)))

    def gen(k):
        q, intent, lang, why = CLARIFY[order[k]]
        if lang == "en":
            return [decorate_en(q)], {"intent": intent, "reply": "clarify"}, f"clarify/{why}; specs: no trainer figure may be stated", "en"
        t = rng.choice(["core", "extended"])
        txt = fill(q, t=tsurf(t))
        return [decorate_th(txt)], {"intent": intent, "reply": "clarify"}, f"clarify/{why}; specs: no trainer figure may be stated"
    return gen

# ----------------------------------------------------------------------------- district

T_DIST = ["อยู่อ.{d} มี{t}กี่คน", "อำเภอ{d}มี{t}ไหม กี่คน", "ที่อ.{d}มี{t}เท่าไหร่",
          "คนอ.{d}นะ อยากรู้ว่าจังหวัดเรามี{t}กี่คน", "อ.{d} {t}มีกี่ท่าน", "{t}แถวอำเภอ{d}มีกี่คน",
          "บ้านอยู่อ.{d} จังหวัดเรามี{t}เท่าไร", "อำเภอ{d} มี{t}จักคน"]
T_DIST_A = ["อ.{d} {t}ของ{a}มีกี่คน", "อำเภอ{d}มี{t}ฝั่ง{a}กี่คน", "อยู่อ.{d} อยากทราบ{t}{a}กี่คน"]


def district_gen_factory():
    plan = ["extended"] * 15 + ["core"] * 5 + ["agency"] * 5
    rng.shuffle(plan)
    dext = Cycler([d for d in DISTRICTS if val("extended", d[1])])
    dcore = Cycler([d for d in DISTRICTS if val("core", d[1])])

    def gen(k):
        kind = plan[k]
        if kind in ("extended", "core"):
            d, p = (dext if kind == "extended" else dcore).next()
            txt = fill(rng.choice(T_DIST), d=d, t=tsurf(kind))
            return [decorate_th(txt)], {"intent": "trainer_count", "slots": {"province": p, "trainer_type": kind}, "figures": nz(val(kind, p))}, f"district/{d} -> {p}; specs: {spec(kind, p)}"
        for _ in range(100):
            d, p = dext.next()
            a = AG_CYC.next()
            if val("extended", p, a):
                break
        txt = fill(rng.choice(T_DIST_A), d=d, t=tsurf("extended"), a=asurf(a))
        return [decorate_th(txt)], {"intent": "trainer_count", "slots": {"province": p, "trainer_type": "extended", "agency": a}, "figures": nz(val("extended", p, a))}, f"district/{d} -> {p}; specs: {spec('extended', p, a)}"
    return gen

# ----------------------------------------------------------------------------- region

T_REG = ["{r}มี{t}รวมกี่คน", "{t}ทั้ง{r}มีเท่าไหร่", "รวม{t}ทุกจังหวัดใน{r}ให้หน่อย", "{r}มี{t}ทั้งหมดกี่คน",
         "ยอด{t}{r}รวมเท่าไร", "{t}ใน{r}รวมกันกี่ท่าน"]


def region_gen_factory():
    plan = ([("total", "extended", r) for r in ["north", "northeast", "south", "central", "east", "west"]]
            + [("total", "core", r) for r in ["northeast", "south", "central"]]
            + [("agency", "extended", "northeast", "DOPA"), ("agency", "extended", "north", "HSS")]
            + [("rank", "extended"), ("rank", "core")]
            + [("cov", "core", "south"), ("cov", "core", "north")])
    rng.shuffle(plan)

    def gen(k):
        it = plan[k]
        alt = ["trainer_coverage"]
        if it[0] == "total":
            _, t, r = it
            txt = fill(rng.choice(T_REG), r=rng.choice(REGION_TH[r]), t=tsurf(t))
            n = region_val(t, r)
            return [decorate_th(txt)], {"intent": "trainer_count", "intent_alt": alt, "slots": {"trainer_type": t}, "figures": nz(n)}, f"region/{r} total; specs: {t}/region {r}={n} (six-region grouping)"
        if it[0] == "agency":
            _, t, r, a = it
            txt = fill(rng.choice(["{r} {t}ของ{a}รวมกี่คน", "{a}มี{t}ใน{r}รวมเท่าไหร่"]), r=rng.choice(REGION_TH[r]), t=tsurf(t), a=asurf(a))
            n = region_val(t, r, a)
            return [decorate_th(txt)], {"intent": "trainer_count", "intent_alt": alt, "slots": {"trainer_type": t, "agency": a}, "figures": nz(n)}, f"region/{r} {a}; specs: {t}/region {r}/{a}={n}"
        if it[0] == "rank":
            t = it[1]
            n = max(v["total"] for v in REG[t]["by_region"].values())
            txt = fill(rng.choice(["ภาคไหนมี{t}มากที่สุด", "{t}ภาคไหนเยอะสุด"]), t=tsurf(t))
            return [decorate_th(txt)], {"intent": "trainer_coverage", "intent_alt": ["trainer_count"], "slots": {"trainer_type": t}, "figures": [n]}, f"region/ranking; specs: max {t} region total={n}"
        if it[0] == "cov":
            _, t, r = it
            n = REG[t]["by_region"][r]["provinces_with_trainers"]
            txt = fill("{r}มีกี่จังหวัดที่มี{t}", r=rng.choice(REGION_TH[r]), t=tsurf(t))
            return [decorate_th(txt)], {"intent": "trainer_coverage", "intent_alt": ["trainer_count"], "slots": {"trainer_type": t}, "figures": [n]}, f"region/coverage; specs: {t}/region {r} provinces_with_trainers={n}"
    return gen

# ----------------------------------------------------------------------------- comparison

def comparison_gen_factory():
    plan = ["pp_ext"] * 6 + ["pp_core"] * 3 + ["aa"] * 3 + ["ce"] * 3
    rng.shuffle(plan)

    def pair(t):
        for _ in range(200):
            p1, p2 = CYC[t].next(), CYC[t].next()
            if p1 != p2 and val(t, p1) and val(t, p2) and val(t, p1) != val(t, p2):
                return p1, p2
        raise SystemExit("no pair")

    def gen(k):
        kind = plan[k]
        alt = ["trainer_coverage"]
        if kind in ("pp_ext", "pp_core"):
            t = "extended" if kind == "pp_ext" else "core"
            p1, p2 = pair(t)
            tpl = rng.choice(["{p1}กับ{p2} ที่ไหนมี{t}มากกว่ากัน", "{p1} vs {p2} {t}ใครเยอะกว่า",
                              "เทียบ{t}ระหว่าง{p1}กับ{p2}หน่อย", "{p1}หรือ{p2}มี{t}มากกว่า",
                              "{t} {p1} กับ {p2} ต่างกันกี่คน"])
            txt = fill(tpl, p1=p1, p2=p2, t=tsurf(t))
            return [decorate_th(txt)], {"intent": "trainer_count", "intent_alt": alt, "slots": {"trainer_type": t}, "figures": nz(val(t, p1), val(t, p2))}, f"comparison/{p1} vs {p2}; specs: {spec(t, p1)}, {spec(t, p2)}"
        if kind == "aa":
            t = "extended"
            for _ in range(200):
                p = CYC[t].next()
                a1, a2 = rng.sample(AGENCIES5, 2)
                if val(t, p, a1) and val(t, p, a2) and val(t, p, a1) != val(t, p, a2):
                    break
            txt = fill(rng.choice(["{p} {t}ของ{a1}กับ{a2} อันไหนมากกว่า", "ที่{p} {a1}หรือ{a2}มี{t}เยอะกว่ากัน"]),
                       p=p, t=tsurf(t), a1=asurf(a1), a2=asurf(a2))
            return [decorate_th(txt)], {"intent": "trainer_count", "intent_alt": alt, "slots": {"province": p, "trainer_type": t}, "figures": nz(val(t, p, a1), val(t, p, a2))}, f"comparison/{a1} vs {a2} in {p}; specs: {spec(t, p, a1)}, {spec(t, p, a2)}"
        p = CYC["core"].next()
        txt = fill(rng.choice(["{p}มีวิทยากรหลักกับวิทยากรขยายผลอย่างละกี่คน", "{p} วิทยากรหลักเทียบกับขยายผล ต่างกันเท่าไร",
                               "ที่{p} วิทยากรขยายผลมากกว่าวิทยากรหลักกี่เท่า"]), p=p)
        return [decorate_th(txt)], {"intent": "trainer_count", "intent_alt": alt, "slots": {"province": p}, "figures": nz(val("core", p), val("extended", p))}, f"comparison/core vs extended in {p}; specs: {spec('core', p)}, {spec('extended', p)}"
    return gen

# ----------------------------------------------------------------------------- silent

def silent_lines():
    ext = REG["extended"]["provinces"]
    core = REG["core"]["provinces"]
    lines = []
    nm = MEMBER_NAMES
    lines.append(f"แจ้งนะคะ จากทะเบียนปี63 โคราชมีวิทยากรขยายผล {ext['นครราชสีมา']['total']} คน เยอะสุดในประเทศเลย")
    lines.append(f"ตามเอกสาร อุบลฯมีวิทยากรหลัก {core['อุบลราชธานี']['total']} คน ของปกครองตั้ง {core['อุบลราชธานี']['by_agency']['DOPA']} คนค่ะ")
    lines.append(f"{nm[0]}คะ พรุ่งนี้ประชุม ศส.ปชต. กี่โมงคะ")
    lines.append(f"{nm[2]} ได้หนังสือ MOU จากอำเภอหรือยังครับ")
    lines.append("ขอบคุณวิทยากรทุกท่านที่มาอบรมพลเมืองคุณภาพเมื่อวานนะคะ 🙏🙏")
    lines.append("📢 แจ้ง อสม. ทุกหมู่ ประชุมประจำเดือนวันที่ 5 เวลา 09.00 น. ที่ รพ.สต. ค่ะ")
    lines.append("ภาพบรรยากาศอบรมหลักสูตรพลเมืองคุณภาพ ณ ห้องประชุมอบต. 📷")
    lines.append("ส่วนตัวคิดว่า MOU ฉบับนี้ดีนะ อสม.จะได้มีบทบาทเรื่องประชาธิปไตยด้วย")
    lines.append("อบรมวิทยากรขยายผลเสร็จแล้ว หิวข้าวมากกก 555")
    lines.append("ฝนตกหนักมากแถวหมู่ 4 ใครจะไปศาลาประชุมระวังน้ำท่วมถนนนะจ๊ะ")
    lines.append(f"{nm[7]} ฝากบอกผญ.ด้วยนะคะ ว่ากกต.จังหวัดโทรมา 043-xxx-xxx")
    lines.append("ส่งต่อจากกลุ่มอำเภอ: ขอให้ อปท. ศึกษาบันทึกข้อตกลงและพิจารณาดำเนินการตามแนวทาง")
    lines.append(f"MOU กับพช.มีอายุ {DOC['mou2_term_years']} ปีนะทุกคน ไม่ใช่ 5 ปี")
    lines.append("555 ศส.ปชต.ที่ไหนมีขนมเยอะสุด บ้านเราไง")
    lines.append("ใครว่างบ่ายนี้ไปช่วยจัดเต็นท์งานผู้สูงอายุหน่อยค่ะ")
    lines.append(f"{nm[11]} เบอร์วิทยากรหลักของสบส.ที่ส่งมา ใช่ 089-1234567 ไหมคะ")
    lines.append("รับทราบค่ะ 👍")
    lines.append("เรื่องกรรมการหมู่บ้านเข้าร่วม ศส.ปชต. ผญ.จะคุยในที่ประชุมประจำเดือนนะครับ")
    lines.append("สวัสดีวันจันทร์ค่ะพี่ๆ อสม. ทุกคน 🌼")
    lines.append(f"ทั้งประเทศมีวิทยากรขยายผล {REG['extended']['total']:,} คน อ่านจากหนังสือ สถ. มาค่ะ")
    return lines


def silent_followup_pairs():
    ext = REG["extended"]["provinces"]
    return [
        ("@CivicBot ขอนแก่นมีวิทยากรขยายผลกี่คน", "ได้แล้วค่ะพี่ๆ ขอนแก่นเรามีเยอะอยู่นะ"),
        ("@CivicBot สบส.มีหน้าที่อะไรใน MOU", "เห็นไหม อสม. ต้องไปร่วมอบรมด้วยนะทุกคน"),
        ("น้องบอท ศส.ปชต.คืออะไรคะ", f"{MEMBER_NAMES[4]} เดี๋ยวเอาไปเล่าในที่ประชุมหมู่บ้านต่อนะคะ"),
        ("@CivicBot เชียงใหม่มีวิทยากรหลักกี่คน", "โอเค จดไว้แล้ว ขอบคุณค่า"),
        ("บอทคะ ติดต่อใครเรื่อง MOU", f"{MEMBER_NAMES[9]} ช่วยโทรไปถามให้หน่อยนะคะ พี่ไม่ว่าง"),
    ]


def silent_gen_factory():
    singles = silent_lines()
    pairs = silent_followup_pairs()
    assert len(singles) + len(pairs) == COUNTS["silent"]
    items = [("one", s) for s in singles] + [("two", p) for p in pairs]
    rng.shuffle(items)

    def gen(k):
        kind, x = items[k]
        if kind == "one":
            return [x], {"intent": "unknown", "reply": "silent", "_group": True}, "silent/group chatter with domain words, not addressed", "th", ["plain"]
        first, second = x
        return [first, second], {"intent": "unknown", "reply": "silent", "_group": True}, "silent/2 turns: asked bot, then talks to the group (not addressed, not a reply)", "th", ["plain", "plain"]
    return gen


_orig_address = address


def address(text, style, lang):  # noqa: F811 - adds the "plain" (unaddressed) style
    if style == "plain":
        return text, False
    return _orig_address(text, style, lang)

# ----------------------------------------------------------------------------- main

def main():
    emit("ordinary", ordinary_gen_factory(), COUNTS["ordinary"])
    emit("followup", followup_gen_factory(), COUNTS["followup"])
    emit("english", english_gen_factory(), COUNTS["english"])
    emit("clarify", clarify_gen_factory(), COUNTS["clarify"])
    emit("district", district_gen_factory(), COUNTS["district"])
    emit("region", region_gen_factory(), COUNTS["region"])
    emit("comparison", comparison_gen_factory(), COUNTS["comparison"])
    emit("silent", silent_gen_factory(), COUNTS["silent"])
    order = list(range(len(CASES)))
    rng.shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        c = CASES[i]
        out.append({"id": f"b13-{n:04d}", "category": c["category"], "turns": c["turns"],
                    "expect": c["expect"], "note": c["note"]})
    with open(HERE / "messages.jsonl", "w", encoding="utf-8") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    from collections import Counter
    print("cases:", len(out))
    print("categories:", dict(Counter(c["category"] for c in out)))
    print("group (last turn):", sum(1 for c in out if c["turns"][-1]["chat_type"] == "group"))
    print("intents:", dict(Counter(c["expect"]["intent"] for c in out)))


if __name__ == "__main__":
    main()
