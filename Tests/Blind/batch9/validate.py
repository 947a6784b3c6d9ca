#!/usr/bin/env python3
"""Check messages.jsonl, derivations.json, figures.json and chatter.txt.

Schema, unique ordered ids, counts per category, canonical provinces, valid agencies and
types, every figure present in figures.json, group addressing, follow-up shape; then an
independent re-parse of the seed text (its own parser, its own province list, edit-distance
repair of misspelt rows) re-derives every count figure of every case and the document
figures.  Exit 1 with a list of problems on any failure.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []


def err(msg):
    ERR.append(msg)


# ------------------------------------------------------------------ own reference data
PROV77 = set("""กรุงเทพมหานคร กระบี่ กาญจนบุรี กาฬสินธุ์ กำแพงเพชร ขอนแก่น จันทบุรี ฉะเชิงเทรา ชลบุรี ชัยนาท
ชัยภูมิ ชุมพร เชียงราย เชียงใหม่ ตรัง ตราด ตาก นครนายก นครปฐม นครพนม นครราชสีมา นครศรีธรรมราช
นครสวรรค์ นนทบุรี นราธิวาส น่าน บึงกาฬ บุรีรัมย์ ปทุมธานี ประจวบคีรีขันธ์ ปราจีนบุรี ปัตตานี
พระนครศรีอยุธยา พะเยา พังงา พัทลุง พิจิตร พิษณุโลก เพชรบุรี เพชรบูรณ์ แพร่ ภูเก็ต มหาสารคาม มุกดาหาร
แม่ฮ่องสอน ยโสธร ยะลา ร้อยเอ็ด ระนอง ระยอง ราชบุรี ลพบุรี ลำปาง ลำพูน เลย ศรีสะเกษ สกลนคร สงขลา สตูล
สมุทรปราการ สมุทรสงคราม สมุทรสาคร สระแก้ว สระบุรี สิงห์บุรี สุโขทัย สุพรรณบุรี สุราษฎร์ธานี สุรินทร์
หนองคาย หนองบัวลำภู อ่างทอง อำนาจเจริญ อุดรธานี อุตรดิตถ์ อุทัยธานี อุบลราชธานี""".split())
AGENCIES = ["DOPA", "DLA", "HSS", "CDD", "DOP"]          # register column order
SLOT_AGENCIES = set(AGENCIES + ["ECT"])
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "agency_duties",
           "agency_list", "mou_info", "center_info", "glossary", "contact", "unknown"}
FORBIDDEN_INTENTS = {"trainer_register", "trainer_update", "trainer_remove", "stats"}
WANT = {"ordinary": 180, "followup": 60, "english": 40, "clarify": 45, "district": 30,
        "region": 15, "comparison": 15, "silent": 15}


def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def th2ar(s):
    return s.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))


def independent_parse(text):
    """Second parser: walk every tab-separated numbered row after each register title."""
    regs = {}
    marks = [(m.start(), "core" if "หลัก" in m.group(0) else "extended")
             for m in re.finditer(r"ทะเบียนประวัติวิทยากร(หลัก|ขยายผล)", text)]
    if len(marks) != 2:
        err("seed: expected two register titles, found %d" % len(marks))
        return None
    for k, (pos, t) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        block = text[pos:end]
        head = int(re.search(r"จำนวน\s*([\d,]+)", block).group(1).replace(",", ""))
        rows, total = {}, None
        for line in block.split("\n"):
            f = line.split("\t")
            if len(f) >= 2 and f[0].strip().isdigit():
                name = f[1].strip()
                if name not in PROV77:
                    near = [p for p in PROV77 if lev(p, name) == 1]
                    if len(near) != 1:
                        err("seed %s: row %r maps to %s" % (t, name, near))
                        continue
                    name = near[0]
                vals = [int(v) if v.strip().isdigit() else 0 for v in (f[2:] + [""] * 5)[:5]]
                rows[name] = dict(zip(AGENCIES, vals))
            elif "รวมจำนวน" in line:
                total = [int(v) for v in f if v.strip().isdigit()]
        sums = [sum(r[a] for r in rows.values()) for a in AGENCIES]
        if sums != total:
            err("seed %s: independent column sums %s != published %s" % (t, sums, total))
        if sum(sums) != head:
            err("seed %s: independent sum %d != headline %d" % (t, sum(sums), head))
        regs[t] = rows
    return regs


def all_ints(o, acc):
    if isinstance(o, bool):
        return acc
    if isinstance(o, int):
        acc.add(o)
    elif isinstance(o, dict):
        for v in o.values():
            all_ints(v, acc)
    elif isinstance(o, list):
        for v in o:
            all_ints(v, acc)
    return acc


def main():
    seed = sorted(glob.glob("/work/shared/seed/*.txt"))
    text = open(seed[0], encoding="utf-8").read()
    figs = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
    deriv = json.load(open(os.path.join(HERE, "derivations.json"), encoding="utf-8"))
    if set(figs["provinces"]) != PROV77:
        err("figures.json provinces differ from the 77")
    fig_ints = all_ints(figs, set())

    regs = independent_parse(text)
    # independent values
    def get(t, p, a="total"):
        r = regs[t].get(p)
        if r is None:
            return 0
        return sum(r.values()) if a == "total" else r[a]

    def tot(t, a="total"):
        return sum(get(t, p, a) for p in PROV77)

    # compare the independent parse with figures.json province by province
    for p in PROV77:
        for t in ("core", "extended"):
            for a in AGENCIES + ["total"]:
                if get(t, p, a) != figs["provinces"][p][t][a]:
                    err("figures.json %s %s %s = %s, independent %s"
                        % (p, t, a, figs["provinces"][p][t][a], get(t, p, a)))
    if tot("core") != 158 or tot("extended") != 1497:
        err("independent totals %d / %d are not the headlines" % (tot("core"), tot("extended")))

    # document figures, re-read from the seed in Thai digits
    tnum = th2ar(text)
    doc = figs["document"]
    checks = [("phone_ext", r"ต่อ\s*(\d{4})"), ("fax_tail", r"โทรสาร\s*0-2251-(\d{4})"),
              ("mou2_notice_days", r"ไม่น้อยกว่า\s*(\d+)\s*\(สามสิบ\)\s*วัน"),
              ("mou2_term_years", r"ระยะเวลาความร่วมมือ\s*\((\d)\s*ปี\)"),
              ("centre_founded", r"ตั้งแต่ปี พ\.ศ\.\s*(\d{4})")]
    for key, rx in checks:
        m = re.search(rx, tnum)
        if not m or int(m.group(1)) != doc[key]:
            err("document %s: seed says %s, figures.json %s" % (key, m and m.group(1), doc[key]))
    m = re.search(r"ครบทุกตำบล\s*ในปีงบประมาณ พ\.ศ\.\s*(\d{4})", tnum)
    if not m or int(m.group(1)) != doc["centre_rollout_years"]["all_tambons"]:
        err("document all_tambons year")
    duty_sections = {"ECT": "ความร่วมมือของสำนักงานคณะกรรมการการเลือกตั้ง", "DOPA": "ความร่วมมือของกรมการปกครอง",
                     "DLA": "ความร่วมมือของกรมส่งเสริมการปกครองท้องถิ่น", "HSS": "ความร่วมมือของกรมสนับสนุนบริการสุขภาพ",
                     "DOP": "ความร่วมมือของกรมกิจการผู้สูงอายุ", "CDD": "ความร่วมมือของกรมการพัฒนาชุมชน"}
    for ag, title in duty_sections.items():
        i = tnum.find(title)
        rest = tnum[i + len(title):]
        nxt = [rest.find(t2) for t2 in list(duty_sections.values()) + ["ทุกฝ่ายได้พิจารณา", "ระยะเวลาความร่วมมือ"]
               if rest.find(t2) > 0]
        sect = rest[:min(nxt)] if nxt else rest
        n = len([x for x in re.findall(r"(?m)^\s*\d\.\s*(\S+)", sect) if not x.startswith("ระยะเวลา")])
        if n != doc["duty_counts"][ag]:
            err("duty count %s: seed %d, figures.json %d" % (ag, n, doc["duty_counts"][ag]))

    # independent spec resolution
    def region_members(key):
        return figs["regions"][key]["provinces"]

    six = ["north", "northeast", "central", "east", "west", "south"]
    mem = sum((region_members(k) for k in six), [])
    if sorted(mem) != sorted(PROV77):
        err("six regions do not partition the 77 provinces")

    def ind(spec):
        s = spec.split(":")
        k = s[0]
        if k in ("c", "e", "b", "u"):
            a = s[2] if len(s) > 2 else "total"
            c, e = get("core", s[1], a), get("extended", s[1], a)
            return {"c": [c], "e": [e], "b": [c + e], "u": [c, e, c + e] if c else [e]}[k]
        if k == "n":
            a = s[2] if len(s) > 2 else "total"
            if s[1] == "both":
                return [tot("core", a) + tot("extended", a)]
            return [tot(s[1], a)]
        if k == "r":
            a = s[3] if len(s) > 3 else "total"
            ts = ["core", "extended"] if s[2] == "both" else [s[2]]
            return [sum(get(t, p, a) for t in ts for p in region_members(s[1]))]
        if k == "rc":
            return [len([p for p in region_members(s[1]) if get("core", p) > 0])]
        if k in ("max", "top"):
            ts = ["core", "extended"] if s[1] == "both" else [s[1]]
            vals = sorted((sum(get(t, p) for t in ts) for p in PROV77), reverse=True)
            return vals[:1] if k == "max" else vals[: int(s[2])]
        if k == "agmax":
            ts = ["core", "extended"] if s[1] == "both" else [s[1]]
            return [max(sum(tot(t, a) for t in ts) for a in AGENCIES)]
        if k == "cov":
            key = s[1]
            if key == "core_provinces":
                return [len([p for p in PROV77 if get("core", p) > 0])]
            if key == "core_missing":
                return [len([p for p in PROV77 if get("core", p) == 0])]
            if key == "extended_provinces_nonzero":
                return [len([p for p in PROV77 if get("extended", p) > 0])]
            return [figs["coverage"][key]]
        if k == "cova":
            return [len([p for p in PROV77 if get(s[1], p, s[2]) > 0])]
        if k == "doc":
            v = doc
            for x in s[1:]:
                v = v[x]
            return [v]
        err("unknown spec " + spec)
        return []

    # ---------------------------------------------------------------- messages
    cases = [json.loads(l) for l in open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8")]
    if len(cases) != 400:
        err("expected 400 cases, got %d" % len(cases))
    counts = {}
    last_texts = {}
    for n, c in enumerate(cases, 1):
        cid = c.get("id")
        if cid != "b9-%04d" % n:
            err("case %d has id %r" % (n, cid))
        if set(c) != {"id", "category", "turns", "expect", "note"}:
            err("%s: keys %s" % (cid, sorted(c)))
            continue
        cat = c["category"]
        counts[cat] = counts.get(cat, 0) + 1
        turns, ex = c["turns"], c["expect"]
        if not isinstance(turns, list) or not turns:
            err("%s: no turns" % cid)
            continue
        for t in turns:
            if set(t) != {"text", "chat_type", "user_id", "reply_to_bot"}:
                err("%s: turn keys %s" % (cid, sorted(t)))
            if not isinstance(t.get("text"), str) or not t["text"].strip():
                err("%s: empty text" % cid)
            if t.get("chat_type") not in ("private", "group"):
                err("%s: chat_type" % cid)
            if not isinstance(t.get("user_id"), int) or isinstance(t.get("user_id"), bool):
                err("%s: user_id not int" % cid)
            if not isinstance(t.get("reply_to_bot"), bool):
                err("%s: reply_to_bot not bool" % cid)
        if len({t["user_id"] for t in turns}) != 1 or len({t["chat_type"] for t in turns}) != 1:
            err("%s: turns from different users/chats" % cid)
        if cat == "followup":
            if not 2 <= len(turns) <= 3:
                err("%s: followup with %d turns" % (cid, len(turns)))
        elif cat == "english":
            if len(turns) > 3:
                err("%s: too many turns" % cid)
        elif len(turns) != 1:
            err("%s: %s case with %d turns" % (cid, cat, len(turns)))
        req = {"intent", "slots", "figures", "reply", "lang"}
        if not req <= set(ex) or not set(ex) <= req | {"intent_alt"}:
            err("%s: expect keys %s" % (cid, sorted(ex)))
            continue
        if ex["intent"] not in INTENTS or ex["intent"] in FORBIDDEN_INTENTS:
            err("%s: intent %s" % (cid, ex["intent"]))
        if "intent_alt" in ex:
            if ex["intent"] != "trainer_coverage" or ex["intent_alt"] != ["trainer_count"]:
                err("%s: intent_alt only for rankings (coverage + [trainer_count])" % cid)
        for k, v in ex["slots"].items():
            if k == "province" and v not in PROV77:
                err("%s: province %r not canonical" % (cid, v))
            elif k == "agency" and v not in SLOT_AGENCIES:
                err("%s: agency %r" % (cid, v))
            elif k == "trainer_type" and v not in ("core", "extended"):
                err("%s: trainer_type %r" % (cid, v))
            elif k not in ("province", "agency", "trainer_type"):
                err("%s: unknown slot %s" % (cid, k))
        if ex["reply"] not in ("answer", "clarify", "silent"):
            err("%s: reply %r" % (cid, ex["reply"]))
        if ex["lang"] != ("en" if cat == "english" else "th"):
            err("%s: lang %s in %s" % (cid, ex["lang"], cat))
        if (cat == "clarify") != (ex["reply"] == "clarify"):
            err("%s: clarify category/reply mismatch" % cid)
        if (cat == "silent") != (ex["reply"] == "silent"):
            err("%s: silent category/reply mismatch" % cid)
        last = turns[-1]
        if cat == "silent":
            if last["chat_type"] != "group" or last["reply_to_bot"]:
                err("%s: silent case must be an unreplied group message" % cid)
        elif last["chat_type"] == "group":
            if not (last["text"].lower().startswith("@civicbot") or last["reply_to_bot"]):
                err("%s: group question not addressed to the bot" % cid)
        if not isinstance(ex["figures"], list) or any(not isinstance(x, int) or isinstance(x, bool) for x in ex["figures"]):
            err("%s: figures must be ints" % cid)
        for x in ex["figures"]:
            if x not in fig_ints:
                err("%s: figure %s not in figures.json" % (cid, x))
        if cat in ("district", "region", "comparison") and not ex["figures"]:
            err("%s: %s case without figures" % (cid, cat))
        if cat == "district" and "province" not in ex["slots"]:
            err("%s: district case without province slot" % cid)
        if cat == "comparison" and "province" in ex["slots"] and "agency" in ex["slots"]:
            err("%s: comparison fixes both province and agency" % cid)
        # independent re-derivation
        specs = deriv.get(cid)
        if specs is None:
            err("%s: no derivation" % cid)
            continue
        want = []
        for s in specs:
            for v in ind(s):
                if v and v not in want:
                    want.append(v)
        if want != ex["figures"]:
            err("%s: figures %s, independent re-derivation %s (%s)" % (cid, ex["figures"], want, specs))
        key = last["text"].strip()
        if key in last_texts:
            err("%s: same last turn as %s: %s" % (cid, last_texts[key], key))
        last_texts[key] = cid
    if counts != WANT:
        err("category counts %s != %s" % (counts, WANT))
    if len(deriv) != len(cases):
        err("derivations.json has %d entries" % len(deriv))

    # ---------------------------------------------------------------- chatter
    ch = [l.rstrip("\n") for l in open(os.path.join(HERE, "chatter.txt"), encoding="utf-8")]
    if len(ch) != 300:
        err("chatter.txt has %d lines" % len(ch))
    if len(set(ch)) != len(ch):
        err("chatter.txt has duplicate lines")
    words = ["กกต", "ศส.ปชต", "วิทยากร", "อสม", "อบต", "พช", "เลือกตั้ง", "ประชาธิปไตย", "เทศบาล",
             "ผู้สูงอายุ", "พัฒนากร", "สถ.", "MOU", "บันทึกข้อตกลง", "พลเมืองคุณภาพ", "ผู้ใหญ่บ้าน",
             "โคราช", "อุบล", "อุดร", "อยุธยา", "สุราษฎร์", "กรุงเทพ"] + sorted(PROV77)
    strong = [l for l in ch if any(w in l for w in words)]
    if len(strong) < 120:
        err("only %d chatter lines carry domain words" % len(strong))
    for l in ch:
        if not l.strip():
            err("empty chatter line")
        if l.lower().startswith("@civicbot") or l.startswith("/"):
            err("chatter addressed to the bot: " + l)
        if l.strip() in last_texts and cases[int(last_texts[l.strip()][3:]) - 1]["category"] != "silent":
            err("chatter line equals a case question: " + l)

    if ERR:
        print("validate.py: %d problem(s)" % len(ERR))
        for e in ERR:
            print("  - " + e)
        sys.exit(1)
    print("validate.py: OK  %d cases %s; chatter %d lines (%d with domain words); "
          "independent totals core %d, extended %d; every figure re-derived"
          % (len(cases), counts, len(ch), len(strong), tot("core"), tot("extended")))


if __name__ == "__main__":
    main()
