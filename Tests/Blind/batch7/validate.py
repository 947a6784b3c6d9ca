#!/usr/bin/env python3
"""Validate batch 7: messages.jsonl, chatter.txt against figures.json.  Exit 1 on any problem."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
F = json.loads((HERE / "figures.json").read_text(encoding="utf-8"))
PROVS = set(F["provinces"])
AGENCIES = {"ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"}
TYPES = {"core", "extended"}
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "agency_duties", "agency_list",
           "mou_info", "center_info", "glossary", "contact", "unknown"}
NOT_TESTED = {"trainer_register", "trainer_update", "trainer_remove", "stats"}
CATEGORY_COUNTS = {"ordinary": 180, "followup": 60, "english": 40, "clarify": 45, "district": 30, "region": 15,
                   "comparison": 15, "silent": 15}
REPLIES = {"answer", "clarify", "silent"}
DOMAIN_WORDS = ["ศส.ปชต", "อสม", "วิทยากร", "กกต", "อบต", "MOU", "สบส", "พัฒนากร", "พลเมืองคุณภาพ", "ชมรมผู้สูงอายุ",
                "กรมส่งเสริม", "เทศบาล", "ประชาธิปไตย", "กำนัน", "หน่วยเลือกตั้ง"]

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


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


FIG_INTS = all_ints(F, set())
REG = F["registers"]


def cnt(t, p=None, a=None):
    if p is None:
        return REG[t]["totals"][a or "total"]
    return REG[t]["provinces"][p][a or "total"]


def check_figures_json():
    for key in ("core", "extended"):
        r = REG[key]
        if r["totals"]["total"] != r["published_total"]:
            err("figures.json", f"{key} total {r['totals']['total']} != published {r['published_total']}")
        for a, v in r["published_column_totals"].items():
            if r["totals"][a] != v:
                err("figures.json", f"{key} column {a} {r['totals'][a]} != published {v}")
        if set(r["provinces"]) != PROVS or len(PROVS) != 77:
            err("figures.json", f"{key}: provinces are not the 77")
        s = sum(r["provinces"][p]["total"] for p in PROVS)
        if s != r["published_total"]:
            err("figures.json", f"{key}: per-province totals add to {s}")


def check_messages():
    path = HERE / "messages.jsonl"
    ids = []
    cats = Counter()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"messages.jsonl:{n}"
        try:
            c = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, f"bad JSON: {e}")
            continue
        if set(c) != {"id", "category", "turns", "expect", "note"}:
            err(where, f"top-level keys {sorted(c)}")
            continue
        cid = c["id"]
        where = f"{where} {cid}"
        if not re.fullmatch(r"b7-\d{4}", str(cid)):
            err(where, "id not b7-NNNN")
        ids.append(cid)
        cat = c["category"]
        if cat not in CATEGORY_COUNTS:
            err(where, f"category {cat!r}")
        cats[cat] += 1
        if not isinstance(c["note"], str):
            err(where, "note not a string")
        turns = c["turns"]
        if not isinstance(turns, list) or not (1 <= len(turns) <= 3):
            err(where, "turns must be a list of 1-3")
            continue
        for i, t in enumerate(turns):
            if set(t) != {"text", "chat_type", "user_id", "reply_to_bot"}:
                err(where, f"turn {i} keys {sorted(t)}")
                continue
            if not isinstance(t["text"], str) or not t["text"].strip():
                err(where, f"turn {i} empty text")
            if "{" in t["text"] or "}" in t["text"]:
                err(where, f"turn {i} has an unfilled placeholder: {t['text']!r}")
            if t["chat_type"] not in ("private", "group"):
                err(where, f"turn {i} chat_type {t['chat_type']!r}")
            if not isinstance(t["user_id"], int) or isinstance(t["user_id"], bool):
                err(where, f"turn {i} user_id not int")
            if not isinstance(t["reply_to_bot"], bool):
                err(where, f"turn {i} reply_to_bot not bool")
        e = c["expect"]
        allowed = {"intent", "intent_alt", "slots", "figures", "reply", "lang"}
        if not set(e) <= allowed or not {"intent", "slots", "figures", "reply", "lang"} <= set(e):
            err(where, f"expect keys {sorted(e)}")
            continue
        if e["intent"] not in INTENTS:
            err(where, f"intent {e['intent']!r}" + (" (not to be tested)" if e["intent"] in NOT_TESTED else ""))
        if "intent_alt" in e:
            if not isinstance(e["intent_alt"], list) or not e["intent_alt"]:
                err(where, "intent_alt must be a non-empty list")
            else:
                for a in e["intent_alt"]:
                    if a not in INTENTS or a == e["intent"]:
                        err(where, f"intent_alt {a!r}")
        slots = e["slots"]
        if not isinstance(slots, dict) or not set(slots) <= {"province", "agency", "trainer_type"}:
            err(where, f"slots {slots}")
            slots = {}
        if "province" in slots and slots["province"] not in PROVS:
            err(where, f"province {slots['province']!r} not canonical")
        if "agency" in slots and slots["agency"] not in AGENCIES:
            err(where, f"agency {slots['agency']!r}")
        if "trainer_type" in slots and slots["trainer_type"] not in TYPES:
            err(where, f"trainer_type {slots['trainer_type']!r}")
        figs = e["figures"]
        if not isinstance(figs, list):
            err(where, "figures not a list")
            figs = []
        for v in figs:
            if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
                err(where, f"figure {v!r} not a positive int")
            elif v not in FIG_INTS:
                err(where, f"figure {v} not in figures.json")
        if len(set(figs)) != len(figs):
            err(where, "duplicate figures")
        if e["reply"] not in REPLIES:
            err(where, f"reply {e['reply']!r}")
        if e["lang"] not in ("th", "en"):
            err(where, f"lang {e['lang']!r}")
        last = turns[-1]
        # ---- per-category rules
        if cat == "silent":
            if last["chat_type"] != "group" or e["reply"] != "silent" or figs:
                err(where, "silent: last turn must be group, reply silent, no figure")
        if e["reply"] == "silent" and cat != "silent":
            err(where, "reply silent outside the silent category")
        if e["reply"] == "silent" and last["chat_type"] != "group":
            err(where, "silent reply expected in a private chat")
        if cat == "clarify" and (e["reply"] != "clarify" or figs):
            err(where, "clarify: reply clarify and no figure")
        if e["reply"] == "clarify" and figs:
            err(where, "a clarify reply must not expect figures")
        if cat == "followup":
            if not (2 <= len(turns) <= 3):
                err(where, "followup must have 2-3 turns")
            if len({t["user_id"] for t in turns}) != 1 or len({t["chat_type"] for t in turns}) != 1:
                err(where, "followup turns must come from one user in one chat")
        elif len(turns) != 1:
            err(where, "only followups have more than one turn")
        if cat == "english" and e["lang"] != "en":
            err(where, "english category must expect lang en")
        if e["lang"] == "en" and not re.search(r"[A-Za-z]{3,}", last["text"]):
            err(where, "lang en but the last turn has no English")
        if e["lang"] == "th" and not re.search(r"[\u0E00-\u0E7F]", last["text"]):
            err(where, "lang th but the last turn has no Thai")
        if e["intent"] in ("help", "greeting") and last["chat_type"] != "private":
            err(where, "help/greeting answers are tested in private chats")
        # ---- re-derive simple counts
        if (e["intent"] == "trainer_count" and cat != "comparison" and e["reply"] == "answer"
                and "province" in slots and "trainer_type" in slots):
            v = cnt(slots["trainer_type"], slots["province"], slots.get("agency"))
            want = [v] if v else []
            if figs != want:
                err(where, f"figures {figs} but register says {want}")
        if (e["intent"] == "trainer_count" and cat not in ("comparison", "region") and e["reply"] == "answer"
                and "province" not in slots and "trainer_type" in slots):
            v = cnt(slots["trainer_type"], None, slots.get("agency"))
            if figs != [v]:
                err(where, f"national figures {figs} but register says {v}")
    if len(ids) != len(set(ids)):
        err("messages.jsonl", f"duplicate ids: {[i for i, k in Counter(ids).items() if k > 1]}")
    want_ids = [f"b7-{i:04d}" for i in range(1, len(ids) + 1)]
    if ids != want_ids:
        err("messages.jsonl", "ids are not b7-0001.. in order")
    for k, v in CATEGORY_COUNTS.items():
        if cats[k] != v:
            err("messages.jsonl", f"category {k}: {cats[k]} cases, want {v}")
    return len(ids), cats


def check_chatter():
    lines = (HERE / "chatter.txt").read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != 250:
        err("chatter.txt", f"{len(lines)} lines, want 250")
    if any(not l.strip() for l in lines):
        err("chatter.txt", "empty line")
    if len(set(lines)) != len(lines):
        err("chatter.txt", "duplicate lines")
    dom = sum(1 for l in lines if any(w in l for w in DOMAIN_WORDS))
    if not 35 <= dom <= 50:
        err("chatter.txt", f"{dom} lines with domain words, want about 40")
    if any("{" in l for l in lines):
        err("chatter.txt", "unfilled placeholder")
    return len(lines), dom


def main():
    check_figures_json()
    n, cats = check_messages()
    nc, dom = check_chatter()
    if errors:
        for e in errors[:200]:
            print("FAIL", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {n} cases {dict(cats)}; chatter {nc} lines ({dom} with domain words); "
          f"core {REG['core']['totals']['total']} / extended {REG['extended']['totals']['total']} match published totals")


if __name__ == "__main__":
    main()
