#!/usr/bin/env python3
"""Check messages.jsonl (and chatter.txt) against the schema and figures.json.

Exit status 0 when everything holds; otherwise prints every problem and exits 1.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "trainer_register",
           "trainer_update", "trainer_remove", "agency_duties", "agency_list", "mou_info", "center_info",
           "glossary", "contact", "stats", "unknown"}
FORBIDDEN = {"trainer_register", "trainer_update", "trainer_remove", "stats"}
AGENCIES = {"ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"}
TYPES = {"core", "extended"}
CATEGORIES = {"ordinary": 220, "followup": 60, "english": 45, "clarify": 50, "district": 30,
              "region": 15, "comparison": 15, "silent": 15}
TOP_KEYS = ["id", "category", "turns", "expect", "note"]
TURN_KEYS = {"text", "chat_type", "user_id", "reply_to_bot"}
EXPECT_KEYS = {"intent", "slots", "figures", "reply", "lang"}
EXPECT_OPT = {"intent_alt"}


def main():
    errs = []
    fig = json.load(open(os.path.join(HERE, "figures.json"), encoding="utf-8"))
    allowed = set(fig["all_figures"])
    provinces = set(fig["combined"]["by_province"])
    if len(provinces) != 77:
        errs.append(f"figures.json has {len(provinces)} provinces, not 77")

    ids = set()
    cats = Counter()
    replies = Counter()
    by_cat_reply = Counter()
    n = 0
    with open(os.path.join(HERE, "messages.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            where = f"line {ln}"
            try:
                o = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{where}: bad JSON: {e}")
                continue
            n += 1
            if list(o) != TOP_KEYS:
                errs.append(f"{where}: keys {list(o)} != {TOP_KEYS}")
            cid = o.get("id", "")
            where = f"{where} ({cid})"
            if not re.fullmatch(r"b6-\d{4}", str(cid)):
                errs.append(f"{where}: bad id")
            if cid in ids:
                errs.append(f"{where}: duplicate id")
            ids.add(cid)
            cat = o.get("category")
            if cat not in CATEGORIES:
                errs.append(f"{where}: bad category {cat!r}")
            cats[cat] += 1
            if not isinstance(o.get("note"), str) or not o["note"]:
                errs.append(f"{where}: note must be a non-empty string")

            turns = o.get("turns")
            if not isinstance(turns, list) or not turns:
                errs.append(f"{where}: turns must be a non-empty list")
                turns = []
            for i, t in enumerate(turns):
                if set(t) != TURN_KEYS:
                    errs.append(f"{where}: turn {i} keys {sorted(t)}")
                    continue
                if not isinstance(t["text"], str) or not t["text"].strip() or "\n" in t["text"]:
                    errs.append(f"{where}: turn {i} text")
                if t["chat_type"] not in ("private", "group"):
                    errs.append(f"{where}: turn {i} chat_type")
                if not isinstance(t["user_id"], int) or isinstance(t["user_id"], bool):
                    errs.append(f"{where}: turn {i} user_id must be an integer")
                if not isinstance(t["reply_to_bot"], bool):
                    errs.append(f"{where}: turn {i} reply_to_bot must be boolean")
            if turns:
                if len({t.get("user_id") for t in turns}) != 1:
                    errs.append(f"{where}: turns from different users")
                if len({t.get("chat_type") for t in turns}) != 1:
                    errs.append(f"{where}: turns in different chats")
            if cat == "followup" and not (2 <= len(turns) <= 3):
                errs.append(f"{where}: followup must have 2-3 turns")
            if cat != "followup" and len(turns) != 1:
                errs.append(f"{where}: only followups have several turns")

            e = o.get("expect", {})
            if not (EXPECT_KEYS <= set(e) <= EXPECT_KEYS | EXPECT_OPT):
                errs.append(f"{where}: expect keys {sorted(e)}")
                continue
            if e["intent"] not in INTENTS or e["intent"] in FORBIDDEN:
                errs.append(f"{where}: intent {e['intent']!r} not allowed")
            for a in e.get("intent_alt", []):
                if a not in INTENTS or a in FORBIDDEN or a == e["intent"]:
                    errs.append(f"{where}: intent_alt {a!r}")
            if "intent_alt" in e and (not isinstance(e["intent_alt"], list) or not e["intent_alt"]):
                errs.append(f"{where}: intent_alt must be a non-empty list")
            s = e["slots"]
            if not isinstance(s, dict) or not set(s) <= {"province", "agency", "trainer_type"}:
                errs.append(f"{where}: slots {s}")
            else:
                if "province" in s and s["province"] not in provinces:
                    errs.append(f"{where}: province {s['province']!r} not canonical")
                if "agency" in s and s["agency"] not in AGENCIES:
                    errs.append(f"{where}: agency {s['agency']!r}")
                if "trainer_type" in s and s["trainer_type"] not in TYPES:
                    errs.append(f"{where}: trainer_type {s['trainer_type']!r}")
            figs = e["figures"]
            if not isinstance(figs, list) or any(not isinstance(x, int) or isinstance(x, bool) for x in figs):
                errs.append(f"{where}: figures must be a list of integers")
            else:
                for x in figs:
                    if x not in allowed:
                        errs.append(f"{where}: figure {x} not in figures.json")
                if len(set(figs)) != len(figs):
                    errs.append(f"{where}: repeated figure")
            if e["reply"] not in ("answer", "clarify", "silent"):
                errs.append(f"{where}: reply {e['reply']!r}")
            if e["reply"] != "answer" and figs:
                errs.append(f"{where}: a {e['reply']} case must expect no figure")
            if e["lang"] not in ("th", "en"):
                errs.append(f"{where}: lang")
            if cat == "silent" and (e["reply"] != "silent" or turns[-1]["chat_type"] != "group"):
                errs.append(f"{where}: silent cases are group messages with reply silent")
            if cat == "clarify" and e["reply"] != "clarify":
                errs.append(f"{where}: clarify case must expect clarify")
            if e["reply"] == "silent" and turns and turns[-1]["chat_type"] != "group":
                errs.append(f"{where}: silence expected in a private chat")
            last = turns[-1]["text"] if turns else ""
            if e["reply"] == "silent" and "@civicbot" in last.lower():
                errs.append(f"{where}: silent but mentions the bot")
            if e["lang"] == "en" and re.search(r"[\u0E00-\u0E7F]{6,}", last):
                # English questions may quote a Thai abbreviation, not whole Thai sentences
                errs.append(f"{where}: lang en but the text is Thai")
            if e["lang"] == "th" and not re.search(r"[\u0E00-\u0E7F]", last):
                errs.append(f"{where}: lang th but no Thai in the text")
            replies[e["reply"]] += 1
            by_cat_reply[(cat, e["reply"])] += 1

    for c, want in CATEGORIES.items():
        got = cats.get(c, 0)
        if abs(got - want) > max(2, want // 10):
            errs.append(f"category {c}: {got} cases, expected about {want}")

    # chatter
    chat_path = os.path.join(HERE, "chatter.txt")
    lines = open(chat_path, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 250:
        errs.append(f"chatter.txt has {len(lines)} lines, expected 250")
    if any(not l.strip() for l in lines):
        errs.append("chatter.txt has empty lines")
    if len(set(lines)) != len(lines):
        errs.append("chatter.txt has duplicate lines")
    if any("civicbot" in l.lower() for l in lines):
        errs.append("chatter.txt mentions the bot")
    domain = [l for l in lines if re.search(r"ศส\.ปชต|อสม|วิทยากร|กกต|อบต|พลเมืองคุณภาพ|MOU|บันทึกข้อตกลง|ประชาธิปไตย|กศน|พัฒนากร|กำนัน|ศูนย์ส่งเสริมพัฒนา|ชมรมผู้สูงอายุ|กรรมการหมู่บ้าน|อาสาสมัครพัฒนาการเมือง|ศูนย์ดีเด่น", l)]

    print(f"messages.jsonl: {n} cases, {len(ids)} unique ids")
    for c in CATEGORIES:
        parts = ", ".join(f"{r} {by_cat_reply[(c, r)]}" for r in ("answer", "clarify", "silent") if by_cat_reply[(c, r)])
        print(f"  {c:<11} {cats.get(c, 0):>4}  ({parts})")
    print("  replies:", dict(replies))
    print(f"chatter.txt: {len(lines)} lines, {len(domain)} with domain words")
    if errs:
        print(f"\n{len(errs)} problem(s):")
        for x in errs:
            print("  " + x)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
