#!/usr/bin/env python3
"""Parse both trainer registers of the seed document into figures.json.

Python 3 standard library only. Fails loudly (exit 1) when a column sum does not match the
published total, a row does not map to one of the 77 provinces, a province appears twice, or the
grand total differs from the "จำนวน N คน" line under each heading.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"

PROVINCES = """กรุงเทพมหานคร กระบี่ กาญจนบุรี กาฬสินธุ์ กำแพงเพชร ขอนแก่น จันทบุรี ฉะเชิงเทรา ชลบุรี ชัยนาท
ชัยภูมิ ชุมพร เชียงราย เชียงใหม่ ตรัง ตราด ตาก นครนายก นครปฐม นครพนม นครราชสีมา นครศรีธรรมราช
นครสวรรค์ นนทบุรี นราธิวาส น่าน บึงกาฬ บุรีรัมย์ ปทุมธานี ประจวบคีรีขันธ์ ปราจีนบุรี ปัตตานี
พระนครศรีอยุธยา พะเยา พังงา พัทลุง พิจิตร พิษณุโลก เพชรบุรี เพชรบูรณ์ แพร่ ภูเก็ต มหาสารคาม มุกดาหาร
แม่ฮ่องสอน ยโสธร ยะลา ร้อยเอ็ด ระนอง ระยอง ราชบุรี ลพบุรี ลำปาง ลำพูน เลย ศรีสะเกษ สกลนคร สงขลา สตูล
สมุทรปราการ สมุทรสงคราม สมุทรสาคร สระแก้ว สระบุรี สิงห์บุรี สุโขทัย สุพรรณบุรี สุราษฎร์ธานี สุรินทร์
หนองคาย หนองบัวลำภู อ่างทอง อำนาจเจริญ อุดรธานี อุตรดิตถ์ อุทัยธานี อุบลราชธานี""".split()

# Spelling repairs: scanned spelling -> official name (each must be used, or we fail).
REPAIRS = {"อุตรธานี": "อุดรธานี"}

# Column order as printed in both registers.
AGENCY_HEADERS = [("DOPA", "กรมการปกครอง"), ("DLA", "กรมส่งเสริมการปกครองท้องถิ่น"),
                  ("HSS", "กรมสนับสนุนบริการสุขภาพ"), ("CDD", "กรมพัฒนาชุมชน"),
                  ("DOP", "กรมกิจการผู้สูงอายุ")]
AGENCIES = [a for a, _ in AGENCY_HEADERS]


def die(msg):
    print("figures.py: FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def cell(s):
    s = s.strip()
    if s in ("", "-", "–", "—"):
        return 0
    if not re.fullmatch(r"\d+", s):
        die("unreadable cell %r" % s)
    return int(s)


def parse(text):
    if len(PROVINCES) != 77 or len(set(PROVINCES)) != 77:
        die("province list is not 77 unique names")
    lines = text.split("\n")
    heads = {"core": "ทะเบียนประวัติวิทยากรหลัก", "extended": "ทะเบียนประวัติวิทยากรขยายผล"}
    starts = {}
    for i, ln in enumerate(lines):
        for t, h in heads.items():
            if ln.startswith(h):
                if t in starts:
                    die("two headings for %s" % t)
                starts[t] = i
    if set(starts) != {"core", "extended"}:
        die("register headings not found")
    if not starts["core"] < starts["extended"]:
        die("registers out of order")
    bounds = {"core": (starts["core"], starts["extended"]), "extended": (starts["extended"], len(lines))}
    used_repairs = set()
    out = {}
    for t, (a, b) in bounds.items():
        block = lines[a:b]
        m = re.search(r"จำนวน\s+([\d,]+)\s+คน", "\n".join(block[:4]))
        if not m:
            die("no 'จำนวน N คน' under %s heading" % t)
        published_people = int(m.group(1).replace(",", ""))
        rows, totals, seq = {}, None, 0
        for ln in block:
            f = ln.split("\t")
            if len(f) >= 2 and re.fullmatch(r"\d+", f[0].strip()) and f[1].strip():
                n = int(f[0]); name = f[1].strip()
                seq += 1
                if n != seq:
                    die("%s: row number %d where %d expected" % (t, n, seq))
                vals = f[2:]
                if len(vals) > 5:
                    if any(v.strip() for v in vals[5:]):
                        die("%s row %s has more than 5 cells" % (t, name))
                    vals = vals[:5]
                vals = vals + [""] * (5 - len(vals))
                if name in REPAIRS:
                    used_repairs.add(name); name = REPAIRS[name]
                if name not in PROVINCES:
                    die("%s: row %d %r is not one of the 77 provinces" % (t, n, name))
                if name in rows:
                    die("%s: %s appears twice" % (t, name))
                rows[name] = dict(zip(AGENCIES, [cell(v) for v in vals]))
            elif "รวมจำนวน" in ln:
                nums = [x for x in f if x.strip() and "รวม" not in x]
                if len(nums) != 5:
                    die("%s: total row does not have 5 numbers: %r" % (t, ln))
                totals = dict(zip(AGENCIES, [cell(x) for x in nums]))
            elif ln.startswith("ที่\tจังหวัด"):
                pass  # repeated header
        if totals is None:
            die("%s: no published total row" % t)
        for ag in AGENCIES:
            s = sum(r[ag] for r in rows.values())
            if s != totals[ag]:
                die("%s %s: column sums to %d, document prints %d" % (t, ag, s, totals[ag]))
        grand = sum(totals.values())
        if grand != published_people:
            die("%s: column totals add to %d, heading says %d" % (t, grand, published_people))
        out[t] = {"published_people": published_people, "column_totals": totals,
                  "total": grand, "rows": rows,
                  "row_totals": {p: sum(r.values()) for p, r in rows.items()}}
    if len(out["core"]["rows"]) != 32:
        die("core register has %d provinces, expected 32" % len(out["core"]["rows"]))
    if set(out["extended"]["rows"]) != set(PROVINCES):
        die("extended register does not list all 77 provinces")
    unused = set(REPAIRS) - used_repairs
    if unused:
        die("repair not needed any more: %r" % unused)
    return out


def main():
    text = open(SEED, encoding="utf-8").read()
    reg = parse(text)
    doc = {
        "source": SEED,
        "agency_columns": {a: h for a, h in AGENCY_HEADERS},
        "agency_column_note": "the registers head the CDD column 'กรมพัฒนาชุมชน'; the MOU names it 'กรมการพัฒนาชุมชน'",
        "spelling_repairs": [{"register": "extended", "printed": k, "official": v} for k, v in REPAIRS.items()],
        "empty_cells": "'-' and empty cells read as 0 (e.g. extended เพชรบูรณ์ DOP is blank)",
        "provinces": PROVINCES,
        "core": reg["core"],
        "extended": reg["extended"],
    }
    with open(os.path.join(HERE, "figures.json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1, sort_keys=True)
    for t in ("core", "extended"):
        print("%s: %d provinces, totals %s = %d (heading %d) OK" % (
            t, len(reg[t]["rows"]), reg[t]["column_totals"], reg[t]["total"], reg[t]["published_people"]))


if __name__ == "__main__":
    main()
