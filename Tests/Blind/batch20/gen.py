#!/usr/bin/env python3
"""Turn cases.txt into messages.jsonl, resolving every figure spec from figures.json.

Fails (exit 1, with the cases.txt line) on: unknown category/chat type/intent/slot/slot value/
province/spec, a figure spec that resolves to 0, a Z spec that is not 0, a silent or clarify case
that lists a spec, a reply that disagrees with group etiquette, or a duplicated turn text.
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
F = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))

PROVINCES = set(F["provinces"])
DEPTS = F["departments"]
CATEGORIES = ["ordinary", "followup", "english", "clarify", "district", "region", "comparison", "silent"]
CHAT_TYPES = ["private", "group"]
INTENTS = ["help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "trainer_register",
           "trainer_update", "trainer_remove", "agency_duties", "agency_list", "mou_info", "center_info",
           "glossary", "contact", "stats", "unknown"]
AGENCIES = ["ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"]
REGIONS = sorted(F["regions"].keys())
TERMS = ["ศส.ปชต.", "อสม.", "ศพอส.", "อปท.", "กศน.", "พลเมืองคุณภาพ", "บันทึกข้อตกลง",
         "อาสาสมัครพัฒนาการเมือง", "วิทยากรหลัก", "วิทยากรขยายผล"]
SLOTS = {
    "province": PROVINCES, "province2": PROVINCES,
    "agency": set(AGENCIES), "agency2": set(AGENCIES),
    "trainer_type": {"core", "extended"},
    "region": set(REGIONS), "region2": set(REGIONS),
    "term": set(TERMS),
}
REPLIES = ["answer", "clarify", "silent"]
LANGS = ["th", "en"]
MENTIONS = ("@civicbot", "บอท")  # "น้องบอท" contains "บอท"

USER_BASE = 2000000
OTHER_USER_BASE = 2500000


class CaseError(Exception):
    pass


def reg_of(kind):
    if kind == "core":
        return F["core"]
    if kind == "ext":
        return F["ext"]
    raise CaseError("register must be core or ext: %r" % kind)


def cell(kind, prov, col):
    if col not in DEPTS + ["total"]:
        raise CaseError("unknown column %r" % col)
    reg = reg_of(kind)
    if prov == "ALL":
        return reg["national"][col]
    if prov not in PROVINCES:
        raise CaseError("unknown province in spec: %r" % prov)
    return reg["rows"][prov][col]


def resolve(spec):
    p = spec.split(":")
    k = p[0]
    if k in ("core", "ext") and len(p) == 3:
        return cell(k, p[1], p[2])
    if k == "ce" and len(p) == 3:
        return cell("core", p[1], p[2]) + cell("ext", p[1], p[2])
    if k == "region" and len(p) == 4:
        if p[1] not in F["regions"]:
            raise CaseError("unknown region %r" % p[1])
        if p[2] not in ("core", "ext"):
            raise CaseError("region spec register must be core|ext")
        if p[3] not in DEPTS + ["total", "provinces_with"]:
            raise CaseError("unknown region column %r" % p[3])
        return F["regions"][p[1]][p[2]][p[3]]
    if k == "cov" and len(p) == 3:
        if p[1] not in ("core", "ext") or p[2] not in DEPTS + ["total"]:
            raise CaseError("bad coverage spec %r" % spec)
        return F["coverage"][p[1]][p[2]]
    if k == "diff" and len(p) == 5:
        return abs(cell(p[1], p[2], p[4]) - cell(p[1], p[3], p[4]))
    if k == "fact" and len(p) == 2:
        if p[1] not in F["facts"]:
            raise CaseError("unknown fact %r" % p[1])
        return F["facts"][p[1]]
    raise CaseError("unknown spec %r" % spec)


def addressed(turn, chat_type):
    if chat_type == "private":
        return True
    t = turn["text"].lower()
    return turn["reply_to_bot"] or any(m in t for m in MENTIONS)


def parse(path):
    cases, cur = [], None
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("@"):
            if cur:
                cases.append(cur)
            parts = s[1:].split()
            if len(parts) != 2:
                raise CaseError("line %d: '@ CATEGORY CHAT_TYPE' expected" % n)
            cur = {"line": n, "category": parts[0], "chat_type": parts[1], "turns": [], "expect": None,
                   "note": []}
            continue
        if cur is None:
            raise CaseError("line %d: text before the first '@'" % n)
        if s.startswith(">>") or s.startswith(">"):
            rtb = s.startswith(">>")
            text = s[2:].strip() if rtb else s[1:].strip()
            other = False
            if text.startswith("[u2]"):
                other, text = True, text[4:].strip()
            if not text:
                raise CaseError("line %d: empty turn" % n)
            if cur["expect"] is not None:
                raise CaseError("line %d: turn after '='" % n)
            cur["turns"].append({"text": text, "reply_to_bot": rtb, "other_user": other, "line": n})
        elif s.startswith("="):
            if cur["expect"] is not None:
                raise CaseError("line %d: second '='" % n)
            f = [x.strip() for x in s[1:].split("|")]
            if len(f) not in (4, 5):
                raise CaseError("line %d: '= INTENT | SLOTS | SPECS | REPLY [| LANG]' expected" % n)
            cur["expect"] = f
        elif s.startswith("%"):
            cur["note"].append(s[1:].strip())
        else:
            raise CaseError("line %d: cannot parse %r" % (n, s))
    if cur:
        cases.append(cur)
    return cases


def build(cases):
    out, seen, unforeseen = [], {}, 0
    for i, c in enumerate(cases, 1):
        where = "case at line %d" % c["line"]
        try:
            if c["category"] not in CATEGORIES:
                raise CaseError("unknown category %r" % c["category"])
            if c["chat_type"] not in CHAT_TYPES:
                raise CaseError("unknown chat type %r" % c["chat_type"])
            if not c["turns"] or c["expect"] is None:
                raise CaseError("needs at least one turn and an '=' line")
            if len(c["turns"]) > 3:
                raise CaseError("at most 3 turns")
            if c["category"] == "followup" and len(c["turns"]) < 2:
                raise CaseError("a followup needs 2-3 turns")
            f = c["expect"]
            intent, slot_s, spec_s, reply = f[0], f[1], f[2], f[3]
            lang = f[4] if len(f) == 5 else "th"
            if intent not in INTENTS:
                raise CaseError("unknown intent %r" % intent)
            if reply not in REPLIES:
                raise CaseError("unknown reply %r" % reply)
            if lang not in LANGS:
                raise CaseError("unknown lang %r" % lang)
            if c["category"] == "english" and lang != "en":
                raise CaseError("english case must have lang en")
            slots = OrderedDict()
            if slot_s != "-":
                for kv in slot_s.split():
                    if "=" not in kv:
                        raise CaseError("slot %r is not key=value" % kv)
                    k, v = kv.split("=", 1)
                    if k not in SLOTS:
                        raise CaseError("unknown slot name %r" % k)
                    if v not in SLOTS[k]:
                        raise CaseError("bad value %r for slot %s" % (v, k))
                    if k in slots:
                        raise CaseError("slot %s twice" % k)
                    slots[k] = v
            specs = [] if spec_s == "-" else spec_s.split()
            figures = []
            for sp in specs:
                if sp.startswith("Z:"):
                    v = resolve(sp[2:])
                    if v != 0:
                        raise CaseError("Z spec %s resolves to %d, not 0" % (sp, v))
                else:
                    v = resolve(sp)
                    if v == 0:
                        raise CaseError("figure spec %s resolves to 0 (use Z:)" % sp)
                    if v not in figures:
                        figures.append(v)
            if reply in ("silent", "clarify") and specs:
                raise CaseError("a %s case must list no specs" % reply)
            if c["category"] == "silent" and reply != "silent":
                raise CaseError("silent category must expect silent")
            if c["category"] == "clarify" and reply != "clarify":
                raise CaseError("clarify category must expect clarify")
            if c["category"] == "district" and "province" not in slots:
                raise CaseError("district case must resolve a province")
            turns = []
            for t in c["turns"]:
                key = re.sub(r"\s+", " ", t["text"]).strip()
                if key in seen:
                    raise CaseError("duplicate text %r (also line %d)" % (t["text"], seen[key]))
                seen[key] = t["line"]
                if c["chat_type"] == "private" and t["reply_to_bot"]:
                    raise CaseError("'>>' only in group chats")
                if c["chat_type"] == "private" and any(m in t["text"].lower() for m in MENTIONS):
                    pass  # naming the bot in private is harmless
                turns.append(OrderedDict([
                    ("text", t["text"]),
                    ("chat_type", c["chat_type"]),
                    ("user_id", (OTHER_USER_BASE if t["other_user"] else USER_BASE) + i),
                    ("reply_to_bot", t["reply_to_bot"]),
                ]))
            last_addr = addressed(turns[-1], c["chat_type"])
            if (reply == "silent") != (not last_addr):
                raise CaseError("reply %s but last turn is %saddressed to the bot"
                                % (reply, "" if last_addr else "not "))
            note = " ".join(c["note"]).strip()
            if note.startswith("unforeseen"):
                unforeseen += 1
            note = (note + " " if note else "") + "[figures: %s]" % (" ".join(specs) if specs else "-")
            out.append(OrderedDict([
                ("id", "b20-%04d" % i),
                ("category", c["category"]),
                ("turns", turns),
                ("expect", OrderedDict([
                    ("intent", intent), ("slots", slots), ("figures", figures),
                    ("reply", reply), ("lang", lang)])),
                ("note", note),
            ]))
        except CaseError as e:
            print("gen.py: %s: %s" % (where, e), file=sys.stderr)
            sys.exit(1)
    return out, unforeseen


def main():
    cases = parse(os.path.join(HERE, "cases.txt"))
    out, unforeseen = build(cases)
    with open(os.path.join(HERE, "messages.jsonl"), "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    cats = Counter(o["category"] for o in out)
    print("messages.jsonl: %d cases; %s; unforeseen-phrasing (ordinary) %d"
          % (len(out), ", ".join("%s %d" % (k, cats[k]) for k in CATEGORIES), unforeseen))


if __name__ == "__main__":
    main()
