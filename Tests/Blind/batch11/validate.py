#!/usr/bin/env python3
"""Validate messages.jsonl, chatter.txt and figures.json of batch b11.

Independent of figures.py / make_cases.py: the seed registers are re-parsed here with another
method (regex over the whole text, misspelt names repaired by edit distance 1 to a unique
province, not by a fixed table), the region table is typed again here, and every figure is
re-derived from the specs recorded in each case's note.
Exit status 1 with a list of problems, 0 when everything holds.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"
PROBLEMS = []


def bad(msg):
    PROBLEMS.append(msg)


# ------------------------------------------------------------------ provinces by region
REGION_TEXT = {
    "north": "เชียงใหม่ เชียงราย ลำปาง ลำพูน แม่ฮ่องสอน น่าน พะเยา แพร่ อุตรดิตถ์",
    "northeast": "นครราชสีมา บุรีรัมย์ สุรินทร์ ศรีสะเกษ อุบลราชธานี ยโสธร ชัยภูมิ อำนาจเจริญ "
                 "บึงกาฬ หนองบัวลำภู ขอนแก่น อุดรธานี เลย หนองคาย มหาสารคาม ร้อยเอ็ด กาฬสินธุ์ "
                 "สกลนคร นครพนม มุกดาหาร",
    "central": "กรุงเทพมหานคร นนทบุรี ปทุมธานี สมุทรปราการ สมุทรสาคร สมุทรสงคราม นครปฐม "
               "พระนครศรีอยุธยา อ่างทอง ลพบุรี สิงห์บุรี ชัยนาท สระบุรี สุพรรณบุรี นครนายก "
               "นครสวรรค์ อุทัยธานี กำแพงเพชร พิจิตร พิษณุโลก สุโขทัย เพชรบูรณ์",
    "east": "ชลบุรี ระยอง จันทบุรี ตราด ฉะเชิงเทรา ปราจีนบุรี สระแก้ว",
    "west": "ราชบุรี กาญจนบุรี เพชรบุรี ประจวบคีรีขันธ์ ตาก",
    "south": "ชุมพร ระนอง สุราษฎร์ธานี พังงา ภูเก็ต กระบี่ นครศรีธรรมราช ตรัง พัทลุง สตูล สงขลา "
             "ปัตตานี ยะลา นราธิวาส",
}
REGION = {r: t.split() for r, t in REGION_TEXT.items()}
PROV = sorted(p for ps in REGION.values() for p in ps)
AGENCY_COLS = ["DOPA", "DLA", "HSS", "CDD", "DOP"]
AGENCIES = set(AGENCY_COLS) | {"ECT"}
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list",
           "trainer_register", "trainer_update", "trainer_remove", "agency_duties", "agency_list",
           "mou_info", "center_info", "glossary", "contact", "stats", "unknown"}
FORBIDDEN_INTENTS = {"trainer_register", "trainer_update", "trainer_remove", "stats"}
WANT = {"ordinary": 140, "followup": 120, "english": 30, "clarify": 40, "district": 25,
        "region": 15, "comparison": 15, "silent": 15}


def edit1(a, b):
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


# ------------------------------------------------------------------ re-parse of the seed
def reparse():
    text = open(SEED, encoding="utf-8").read()
    heads = [m.start() for m in re.finditer(r"ทะเบียนประวัติวิทยากร(หลัก|ขยายผล)หน่วยงานของรัฐ", text)]
    if len(heads) != 2:
        bad("seed: expected two register headings, found %d" % len(heads))
        return None
    blocks = {"core": text[heads[0]:heads[1]], "extended": text[heads[1]:]}
    reg = {}
    for kind, blk in blocks.items():
        head = int(re.search(r"จำนวน\s+([0-9,]+)\s+คน", blk).group(1).replace(",", ""))
        tot = re.search(r"รวมจำนวน((?:\s+\d+){5})", blk)
        pub = [int(x) for x in tot.group(1).split()]
        rows = {}
        for m in re.finditer(r"^(\d+)\t([^\t\n]+)((?:\t[^\t\n]*)*)$", blk, re.M):
            name = m.group(2).replace(" ", "")
            vals = m.group(3).split("\t")[1:]
            vals = [int(v) if v.strip().isdigit() else 0 for v in vals] + [0] * 5
            if name not in PROV:
                near = [p for p in PROV if edit1(name, p)]
                if len(near) != 1:
                    bad("seed %s: row %s %r maps to %r" % (kind, m.group(1), name, near))
                    continue
                print("validate: %s row %s: %s repaired to %s" % (kind, m.group(1), name, near[0]))
                name = near[0]
            if name in rows:
                bad("seed %s: %s twice" % (kind, name))
            rows[name] = dict(zip(AGENCY_COLS, vals[:5]))
        sums = [sum(r[a] for r in rows.values()) for a in AGENCY_COLS]
        if sums != pub:
            bad("seed %s: column sums %r != published %r" % (kind, sums, pub))
        if sum(sums) != head:
            bad("seed %s: total %d != headcount %d" % (kind, sum(sums), head))
        reg[kind] = rows
    if len(reg.get("extended", {})) != 77:
        bad("seed: extended register does not cover 77 provinces")
    return reg


# ------------------------------------------------------------------ spec evaluator
class Eval:
    def __init__(self, reg):
        self.reg = reg

    def v(self, typ, prov, ag):
        kinds = {"c": ["core"], "e": ["extended"], "t": ["core", "extended"]}[typ]
        total = 0
        for k in kinds:
            row = self.reg[k].get(prov)
            if row:
                total += row[ag] if ag else sum(row.values())
        return total

    def provs(self, scope):
        if scope in ("*", ""):
            return PROV
        if scope[0] == "@":
            return REGION[scope[1:]]
        if scope not in PROV:
            raise ValueError("province %r" % scope)
        return [scope]

    def term(self, s):
        m = re.fullmatch(r"([cet]):([^:]+)(?::(\w+))?", s)
        if m:
            return sum(self.v(m.group(1), p, m.group(3)) for p in self.provs(m.group(2)))
        m = re.fullmatch(r"(top|n|z):([cet])(?::(\w+))?(@\w+)?", s) or \
            re.fullmatch(r"(rank):(\d+):([cet])(?::(\w+))?(@\w+)?", s)
        if m:
            g = m.groups()
            if g[0] == "rank":
                k, typ, ag, sc = int(g[1]), g[2], g[3], g[4]
            else:
                k, typ, ag, sc = 1, g[1], g[2], g[3]
            vals = sorted((self.v(typ, p, ag) for p in self.provs(sc or "*")), reverse=True)
            if g[0] == "n":
                return len([x for x in vals if x])
            if g[0] == "z":
                return len([x for x in vals if not x])
            if (k < len(vals) and vals[k] == vals[k - 1]) or (k > 1 and vals[k - 2] == vals[k - 1]):
                raise ValueError("tied ranking in " + s)
            return vals[k - 1]
        m = re.fullmatch(r"(topag|lowag):([cet]):(.+)", s)
        if m:
            vals = [sum(self.v(m.group(2), p, a) for p in self.provs(m.group(3)))
                    for a in AGENCY_COLS]
            best = max(vals) if m.group(1) == "topag" else min(vals)
            if vals.count(best) != 1:
                raise ValueError("tied departments in " + s)
            return best
        m = re.fullmatch(r"(topreg|lowreg):([cet])(?::(\w+))?", s)
        if m:
            vals = [sum(self.v(m.group(2), p, m.group(3)) for p in ps) for ps in REGION.values()]
            best = max(vals) if m.group(1) == "topreg" else min(vals)
            if vals.count(best) != 1:
                raise ValueError("tied regions in " + s)
            return best
        raise ValueError("unknown spec " + s)

    def spec(self, s):
        return sum(self.term(t) for t in s.split("+"))


def simple_terms(specs):
    out = []
    for s in specs:
        m = re.fullmatch(r"([cet]):([^:@*+]+)(?::(\w+))?", s)
        if not m:
            return None
        out.append(m.groups())
    return out


# ------------------------------------------------------------------ checks
def check_figures_json(reg):
    path = os.path.join(HERE, "figures.json")
    f = json.load(open(path, encoding="utf-8"))
    for kind in ("core", "extended"):
        if f[kind] != reg[kind]:
            bad("figures.json %s differs from the re-parse" % kind)
    if sorted(f["provinces"]) != PROV:
        bad("figures.json province list differs")
    for r, ps in REGION.items():
        if sorted(f["regions"][r]) != sorted(ps):
            bad("figures.json region %s differs" % r)


def check_cases(ev):
    path = os.path.join(HERE, "messages.jsonl")
    cases = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    if len(cases) != 400:
        bad("messages.jsonl has %d cases" % len(cases))
    counts = {}
    lasts = {}
    nfig = 0
    for i, c in enumerate(cases, 1):
        cid = c.get("id")
        where = cid or "line %d" % i
        if set(c) != {"id", "category", "turns", "expect", "note"}:
            bad("%s: keys %r" % (where, sorted(c)))
            continue
        if cid != "b11-%04d" % i:
            bad("%s: id out of order (expected b11-%04d)" % (where, i))
        cat = c["category"]
        counts[cat] = counts.get(cat, 0) + 1
        if cat not in WANT:
            bad("%s: category %r" % (where, cat))
        turns = c["turns"]
        if not isinstance(turns, list) or not 1 <= len(turns) <= 4:
            bad("%s: 1-4 turns required" % where)
            continue
        for t in turns:
            if set(t) != {"text", "chat_type", "user_id", "reply_to_bot"}:
                bad("%s: turn keys %r" % (where, sorted(t)))
            if not isinstance(t.get("text"), str) or not t["text"].strip():
                bad("%s: empty text" % where)
            if t.get("chat_type") not in ("private", "group"):
                bad("%s: chat_type %r" % (where, t.get("chat_type")))
            if not isinstance(t.get("user_id"), int) or isinstance(t.get("user_id"), bool):
                bad("%s: user_id not int" % where)
            if not isinstance(t.get("reply_to_bot"), bool):
                bad("%s: reply_to_bot not bool" % where)
        if len({t["user_id"] for t in turns}) != 1 or len({t["chat_type"] for t in turns}) != 1:
            bad("%s: turns from different users or chats" % where)
        if cat == "followup" and not 2 <= len(turns) <= 4:
            bad("%s: followup needs 2-4 turns" % where)
        last = turns[-1]["text"].strip()
        if last in lasts:
            bad("%s: last turn %r repeats %s" % (where, last, lasts[last]))
        lasts[last] = cid
        e = c["expect"]
        allowed = {"intent", "slots", "figures", "reply", "lang", "intent_alt"}
        if not {"intent", "slots", "figures", "reply", "lang"} <= set(e) <= allowed:
            bad("%s: expect keys %r" % (where, sorted(e)))
            continue
        if e["intent"] not in INTENTS or e["intent"] in FORBIDDEN_INTENTS:
            bad("%s: intent %r" % (where, e["intent"]))
        for a in e.get("intent_alt", []):
            if a not in INTENTS or a in FORBIDDEN_INTENTS or a == e["intent"]:
                bad("%s: intent_alt %r" % (where, a))
        if e["reply"] not in ("answer", "clarify", "silent"):
            bad("%s: reply %r" % (where, e["reply"]))
        if e["lang"] not in ("th", "en"):
            bad("%s: lang %r" % (where, e["lang"]))
        if cat == "english" and e["lang"] != "en":
            bad("%s: english case not lang en" % where)
        if cat not in ("english", "clarify") and e["lang"] != "th":
            bad("%s: lang en outside english/clarify" % where)
        sl = e["slots"]
        if not isinstance(sl, dict) or not set(sl) <= {"province", "agency", "trainer_type"}:
            bad("%s: slot names %r" % (where, sl))
            sl = {}
        if "province" in sl and sl["province"] not in PROV:
            bad("%s: province %r not canonical" % (where, sl["province"]))
        if "agency" in sl and sl["agency"] not in AGENCIES:
            bad("%s: agency %r" % (where, sl["agency"]))
        if "trainer_type" in sl and sl["trainer_type"] not in ("core", "extended"):
            bad("%s: trainer_type %r" % (where, sl["trainer_type"]))
        # categories vs replies
        if cat == "silent":
            if e["reply"] != "silent" or e["intent"] != "unknown" or e["figures"]:
                bad("%s: silent case must be unknown/silent/no figures" % where)
            if any(t["chat_type"] != "group" or t["reply_to_bot"] for t in turns):
                bad("%s: silent case must be a group message not replying to the bot" % where)
        elif e["reply"] == "silent":
            bad("%s: silent reply outside the silent category" % where)
        if cat == "clarify" and e["reply"] != "clarify":
            bad("%s: clarify category must expect clarify" % where)
        if cat not in ("clarify", "silent") and e["reply"] != "answer":
            bad("%s: %s case must expect an answer" % (where, cat))
        # addressing in groups
        if e["reply"] in ("answer", "clarify"):
            for t in turns:
                if t["chat_type"] == "group" and not (t["text"].lstrip().lower().startswith("@civicbot")
                                                      or t["reply_to_bot"]):
                    bad("%s: group turn not addressed to the bot: %r" % (where, t["text"]))
        # rankings
        if e["intent"] == "trainer_coverage" and "trainer_count" not in e.get("intent_alt", []):
            bad("%s: trainer_coverage without intent_alt trainer_count" % where)
        # figures
        figs = e["figures"]
        if not isinstance(figs, list) or not all(isinstance(x, int) and x > 0 for x in figs):
            bad("%s: figures must be positive ints: %r" % (where, figs))
            continue
        m = re.search(r"specs: (.*)$", c["note"])
        specs = [s.strip() for s in m.group(1).split(";")] if m else []
        got = []
        try:
            for s in specs:
                v = ev.spec(s)
                if v and v not in got:
                    got.append(v)
        except (ValueError, KeyError) as ex:
            bad("%s: spec error %s" % (where, ex))
            continue
        if got != figs:
            bad("%s: figures %r, re-derived %r from %r" % (where, figs, got, specs))
        nfig += len(figs)
        if figs and not specs:
            bad("%s: figures without specs" % where)
        # slots agree with simple single-province specs
        st = simple_terms(specs)
        if st and e["intent"] == "trainer_count":
            provs = {x[1] for x in st}
            ags = {x[2] for x in st}
            types = [x[0] for x in st]
            if len(provs) == 1 and len(ags) == 1 and "+" not in "".join(specs):
                p = provs.pop()
                a = ags.pop()
                if e["reply"] == "answer":
                    if sl.get("province") != p:
                        bad("%s: province slot %r but specs for %s" % (where, sl.get("province"), p))
                    if sl.get("agency") != a:
                        bad("%s: agency slot %r but specs for %r" % (where, sl.get("agency"), a))
                    want = {"c": "core", "e": "extended"}.get(types[0]) if len(types) == 1 else None
                    if len(types) not in (1, 3) or (len(types) == 3 and types != ["c", "e", "t"]):
                        bad("%s: unexpected spec shape %r" % (where, specs))
                    if sl.get("trainer_type") != want and not (len(types) == 1 and types[0] == "t"):
                        bad("%s: trainer_type slot %r, specs %r" % (where, sl.get("trainer_type"), specs))
        # comparisons
        if cat == "comparison":
            if not 1 <= len(figs) <= 2 or len(specs) != 2:
                bad("%s: comparison needs two specs and one or two figures" % where)
            if st and len(st) == 2:
                if st[0][1] != st[1][1] and "province" in sl:
                    bad("%s: comparison of two provinces has a province slot" % where)
                if st[0][2] != st[1][2] and "agency" in sl:
                    bad("%s: comparison of two departments has an agency slot" % where)
    if counts != WANT:
        bad("category counts %r != %r" % (counts, WANT))
    return cases, nfig


def check_chatter(cases):
    path = os.path.join(HERE, "chatter.txt")
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")]
    if len(lines) != 300:
        bad("chatter.txt has %d lines" % len(lines))
    if len(set(lines)) != len(lines):
        bad("chatter.txt has duplicate lines")
    words = ["อสม", "ประชุม", "วิทยากร", "กกต", "อบต", "ศส.ปชต", "เลือกตั้ง", "อบรม", "ผู้ใหญ่บ้าน",
             "กำนัน", "พัฒนาชุมชน", "รพ.สต", "ผู้สูงอายุ", "MOU", "ประชาธิปไตย", "พลเมือง"]
    nd = 0
    for l in lines:
        if not l.strip():
            bad("chatter.txt: empty line")
        if "@civicbot" in l.lower() or "civicbot" in l.lower() or "บอท" in l:
            bad("chatter.txt: addressed to the bot: %r" % l)
        if any(w in l for w in words):
            nd += 1
    if nd < 120:
        bad("chatter.txt: only %d lines with domain words" % nd)
    return len(lines), nd


def main():
    reg = reparse()
    if reg is None:
        print("\n".join(PROBLEMS))
        sys.exit(1)
    check_figures_json(reg)
    cases, nfig = check_cases(Eval(reg))
    nl, nd = check_chatter(cases)
    if PROBLEMS:
        print("validate: %d problem(s)" % len(PROBLEMS))
        for p in PROBLEMS:
            print("  - " + p)
        sys.exit(1)
    print("validate: OK: %d cases, %d expected figures re-derived; chatter %d lines (%d with "
          "domain words); seed totals core %d, extended %d" % (
              len(cases), nfig, nl, nd, sum(sum(r.values()) for r in reg["core"].values()),
              sum(sum(r.values()) for r in reg["extended"].values())))


if __name__ == "__main__":
    main()
