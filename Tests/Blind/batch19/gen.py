#!/usr/bin/env python3
"""Turn cases.txt into messages.jsonl.  Every expected figure is resolved from
figures.json through a spec; a spec that resolves to 0 is an error unless it is
written as a zero spec (Z:...), which is checked to be 0 and is NOT listed.

cases.txt format (blocks separated by blank lines, '#' lines are comments):

  @ CATEGORY CHAT_TYPE            e.g. "@ ordinary private", "@ followup group"
  > text of a turn                reply_to_bot = false
  >> text of a turn               reply_to_bot = true
  = INTENT | SLOTS | SPECS | REPLY [| LANG]
  % free note (optional)

SLOTS: space-separated key=value (province=..., agency=..., trainer_type=...) or '-'.
SPECS: space-separated figure specs or '-':
  core:P:C  ext:P:C  ce:P:C      P = province name or ALL; C = DOPA DLA HSS CDD DOP total
                                 (ce = core + extended)
  region:R:core|ext:C            R = a region key of figures.json; C may also be
                                 provinces_with (provinces of R with >= 1 trainer)
  cov:core|ext:C                 number of provinces with at least one such trainer
  diff:core|ext:P1:P2:C          |P1 - P2|
  fact:KEY                       an integer fact pulled from the letter / MOUs
  Z:<spec>                       the value must be 0; the answer must say "none"; not listed
REPLY: answer | clarify | silent.  LANG defaults to th (en for category english).
"""
import json, sys, pathlib

HERE = pathlib.Path(__file__).parent
F = json.loads((HERE / "figures.json").read_text(encoding="utf-8"))
COLS = F["columns"] + ["total"]
PROVS = set(F["provinces"])
CATS = ["ordinary", "followup", "english", "clarify", "district", "region", "comparison", "silent"]
INTENTS = {"help", "greeting", "trainer_count", "trainer_coverage", "trainer_list", "trainer_register",
           "trainer_update", "trainer_remove", "agency_duties", "agency_list", "mou_info", "center_info",
           "glossary", "contact", "stats", "unknown"}
AGENCIES = {"ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"}
TYPES = {"core": "core", "ext": "extended"}


class SpecError(Exception):
    pass


def table(t):
    if t not in TYPES:
        raise SpecError("type must be core|ext: " + t)
    return TYPES[t]


def col(c):
    if c not in COLS:
        raise SpecError("bad column " + c)
    return c


def prov_val(t, p, c):
    key = table(t)
    if p == "ALL":
        return F["national"][key][col(c)]
    if p not in PROVS:
        raise SpecError("unknown province " + p)
    return F[key][p][col(c)]


def resolve(spec):
    parts = spec.split(":")
    k = parts[0]
    if k in ("core", "ext") and len(parts) == 3:
        return prov_val(k, parts[1], parts[2])
    if k == "ce" and len(parts) == 3:
        return prov_val("core", parts[1], parts[2]) + prov_val("ext", parts[1], parts[2])
    if k == "region" and len(parts) == 4:
        if parts[1] not in F["regions"]:
            raise SpecError("unknown region " + parts[1])
        c = parts[3] if parts[3] == "provinces_with" else col(parts[3])
        return F["regions"][parts[1]][table(parts[2])][c]
    if k == "cov" and len(parts) == 3:
        return F["coverage"][table(parts[1])][col(parts[2])]
    if k == "diff" and len(parts) == 5:
        return abs(prov_val(parts[1], parts[2], parts[4]) - prov_val(parts[1], parts[3], parts[4]))
    if k == "fact" and len(parts) == 2:
        v = F["facts"].get(parts[1])
        if not isinstance(v, int) or isinstance(v, bool):
            raise SpecError("no integer fact " + parts[1])
        return v
    raise SpecError("unparseable spec " + spec)


def parse(text):
    blocks, cur = [], None
    for ln, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip()
        if line.startswith("#"):
            continue
        if not line.strip():
            if cur:
                blocks.append(cur)
            cur = None
            continue
        if cur is None:
            cur = {"line": ln, "turns": [], "expect": None, "note": ""}
        if line.startswith("@ "):
            cat, ct = line[2:].split()
            cur["category"], cur["chat_type"] = cat, ct
        elif line.startswith(">> "):
            cur["turns"].append((line[3:], True))
        elif line.startswith("> "):
            cur["turns"].append((line[2:], False))
        elif line.startswith("= "):
            cur["expect"] = [x.strip() for x in line[2:].split("|")]
        elif line.startswith("% "):
            cur["note"] = line[2:].strip()
        else:
            sys.exit(f"cases.txt:{ln}: cannot read line {line!r}")
    if cur:
        blocks.append(cur)
    return blocks


def build(b, n):
    where = f"cases.txt:{b['line']}"
    if b.get("category") not in CATS:
        raise SpecError(f"{where}: bad category")
    if b["chat_type"] not in ("private", "group"):
        raise SpecError(f"{where}: bad chat type")
    if not b["turns"] or b["expect"] is None:
        raise SpecError(f"{where}: needs turns and an expectation")
    if b["category"] == "followup" and not 2 <= len(b["turns"]) <= 3:
        raise SpecError(f"{where}: a followup has 2-3 turns")
    e = b["expect"]
    if len(e) not in (4, 5):
        raise SpecError(f"{where}: expectation needs 4 or 5 fields")
    intent, slots_s, specs_s, reply = e[:4]
    lang = e[4] if len(e) == 5 else ("en" if b["category"] == "english" else "th")
    if intent not in INTENTS:
        raise SpecError(f"{where}: unknown intent {intent}")
    slots = {}
    if slots_s != "-":
        for kv in slots_s.split():
            k, v = kv.split("=", 1)
            if k == "province" and v not in PROVS:
                raise SpecError(f"{where}: province {v} not one of the 77")
            if k == "agency" and v not in AGENCIES:
                raise SpecError(f"{where}: agency {v}")
            if k == "trainer_type" and v not in ("core", "extended"):
                raise SpecError(f"{where}: trainer_type {v}")
            if k not in ("province", "agency", "trainer_type"):
                raise SpecError(f"{where}: slot {k}")
            slots[k] = v
    figures, specs = [], [] if specs_s == "-" else specs_s.split()
    for s in specs:
        if s.startswith("Z:"):
            v = resolve(s[2:])
            if v != 0:
                raise SpecError(f"{where}: zero spec {s} resolves to {v}")
            continue
        v = resolve(s)
        if v == 0:
            raise SpecError(f"{where}: figure spec {s} resolves to 0 (write it as Z:{s})")
        if v not in figures:
            figures.append(v)
    if reply not in ("answer", "clarify", "silent"):
        raise SpecError(f"{where}: reply {reply}")
    if reply != "answer" and figures:
        raise SpecError(f"{where}: a {reply} case lists no figure")
    if (reply == "silent") != (b["category"] == "silent"):
        raise SpecError(f"{where}: silent reply iff silent category")
    if b["category"] == "clarify" and reply != "clarify":
        raise SpecError(f"{where}: clarify category expects clarify")
    if lang not in ("th", "en"):
        raise SpecError(f"{where}: lang {lang}")
    uid = 1900000 + n
    turns = [{"text": t, "chat_type": b["chat_type"], "user_id": uid, "reply_to_bot": r}
             for t, r in b["turns"]]
    note = b["note"]
    note = (note + " " if note else "") + f"[figures: {', '.join(specs) if specs else '-'}]"
    return {"id": f"b19-{n:04d}", "category": b["category"], "turns": turns,
            "expect": {"intent": intent, "slots": slots, "figures": figures, "reply": reply, "lang": lang},
            "note": note}


def main():
    blocks = parse((HERE / "cases.txt").read_text(encoding="utf-8"))
    out, seen = [], set()
    try:
        for i, b in enumerate(blocks, 1):
            c = build(b, i)
            key = tuple(t["text"] for t in c["turns"])
            if key in seen:
                raise SpecError(f"cases.txt:{b['line']}: duplicate case text")
            seen.add(key)
            out.append(c)
    except SpecError as ex:
        sys.exit("gen.py: " + str(ex))
    with open(HERE / "messages.jsonl", "w", encoding="utf-8") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in out:
        counts[c["category"]] = counts.get(c["category"], 0) + 1
    print(len(out), "cases", counts)


if __name__ == "__main__":
    main()
