#!/usr/bin/env python3
"""Parse the two 2563 trainer registers (core / extended) out of the seed document and
write figures.json next to this script.  Standard library only.

Every figure used in messages.jsonl is read from figures.json, which this script produces.
The script stops (AssertionError) if any check against the published totals fails.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"
OUT = os.path.join(HERE, "figures.json")

# The 77 provinces (76 changwat + Bangkok), canonical Thai spelling.
PROVINCES = [
    "กรุงเทพมหานคร", "กระบี่", "กาญจนบุรี", "กาฬสินธุ์", "กำแพงเพชร", "ขอนแก่น", "จันทบุรี",
    "ฉะเชิงเทรา", "ชลบุรี", "ชัยนาท", "ชัยภูมิ", "ชุมพร", "เชียงราย", "เชียงใหม่", "ตรัง", "ตราด",
    "ตาก", "นครนายก", "นครปฐม", "นครพนม", "นครราชสีมา", "นครศรีธรรมราช", "นครสวรรค์",
    "นนทบุรี", "นราธิวาส", "น่าน", "บึงกาฬ", "บุรีรัมย์", "ปทุมธานี", "ประจวบคีรีขันธ์",
    "ปราจีนบุรี", "ปัตตานี", "พระนครศรีอยุธยา", "พะเยา", "พังงา", "พัทลุง", "พิจิตร", "พิษณุโลก",
    "เพชรบุรี", "เพชรบูรณ์", "แพร่", "ภูเก็ต", "มหาสารคาม", "มุกดาหาร", "แม่ฮ่องสอน", "ยโสธร",
    "ยะลา", "ร้อยเอ็ด", "ระนอง", "ระยอง", "ราชบุรี", "ลพบุรี", "ลำปาง", "ลำพูน", "เลย",
    "ศรีสะเกษ", "สกลนคร", "สงขลา", "สตูล", "สมุทรปราการ", "สมุทรสงคราม", "สมุทรสาคร",
    "สระแก้ว", "สระบุรี", "สิงห์บุรี", "สุโขทัย", "สุพรรณบุรี", "สุราษฎร์ธานี", "สุรินทร์",
    "หนองคาย", "หนองบัวลำภู", "อ่างทอง", "อำนาจเจริญ", "อุดรธานี", "อุตรดิตถ์", "อุทัยธานี",
    "อุบลราชธานี",
]
assert len(PROVINCES) == 77 and len(set(PROVINCES)) == 77

# Spellings in the scan that are not canonical (see seed README: one province misspelled).
MISSPELLINGS = {"อุตรธานี": "อุดรธานี"}

# Column headers -> agency ids (the scan names CDD "กรมพัฒนาชุมชน" in the tables).
AGENCY_HEADERS = {
    "กรมการปกครอง": "DOPA",
    "กรมส่งเสริมการปกครองท้องถิ่น": "DLA",
    "กรมสนับสนุนบริการสุขภาพ": "HSS",
    "กรมพัฒนาชุมชน": "CDD",
    "กรมการพัฒนาชุมชน": "CDD",
    "กรมกิจการผู้สูงอายุ": "DOP",
}
AGENCIES = ["DOPA", "DLA", "HSS", "CDD", "DOP"]

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def to_int(s):
    return int(s.translate(THAI_DIGITS).replace(",", ""))


def cell(s):
    s = s.strip()
    if s in ("", "-", "–", "—"):
        return 0
    assert re.fullmatch(r"[0-9๐-๙]+", s), "bad cell %r" % s
    return to_int(s)


def parse_table(lines, title_key):
    """Return (rows, printed_total_people, printed_column_totals or None, column order)."""
    start = next(i for i, l in enumerate(lines) if l.startswith("ทะเบียนประวัติ" + title_key))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("ทะเบียนประวัติ")),
               len(lines))
    block = lines[start:end]
    m = re.search(r"จำนวน\s*([0-9๐-๙,]+)\s*คน", "\n".join(block))
    assert m, "no printed total for " + title_key
    printed_total = to_int(m.group(1))

    columns = None
    rows = {}
    order = []
    col_totals = None
    for l in block:
        parts = l.rstrip("\n").split("\t")
        if len(parts) >= 3 and parts[0].strip() == "" and parts[1].strip() == "":
            # header row with the agency names (may be broken by spaces: "กรมส่งเสริม การปกครองท้องถิ่น")
            names = [p.replace(" ", "") for p in parts[2:7]]
            cols = [AGENCY_HEADERS[n] for n in names]
            assert columns is None or columns == cols, "column order changes"
            columns = cols
            continue
        if parts[0].strip().startswith("รวม"):
            vals = [p for p in parts[1:] if p.strip() != ""]
            col_totals = [cell(v) for v in vals]
            continue
        if re.fullmatch(r"\d+", parts[0].strip()):
            assert columns, "data row before header"
            no = int(parts[0])
            name = parts[1].strip()
            name = MISSPELLINGS.get(name, name)
            assert name in PROVINCES, "row %d: %r is not a province" % (no, name)
            assert name not in rows, "duplicate row for " + name
            vals = (parts[2:7] + [""] * 5)[:5]
            rows[name] = {a: cell(v) for a, v in zip(columns, vals)}
            order.append((no, name))
    nos = [n for n, _ in order]
    assert nos == list(range(1, len(nos) + 1)), "row numbers not consecutive: %r" % nos
    return rows, printed_total, col_totals, columns


def doc_facts(text):
    """A few numbers of the document other than the registers (for MOU/letter questions)."""
    facts = {}
    m = re.search(r"ระยะเวลาความร่วมมือ\s*\(\s*([๐-๙0-9]+)\s*ปี\s*\)", text)
    assert m
    facts["mou_term_years"] = to_int(m.group(1))
    m = re.search(r"ล่วงหน้า\s*ไม่น้อยกว่า\s*([๐-๙0-9]+)\s*\(สามสิบ\)\s*วัน", text)
    assert m
    facts["termination_notice_days"] = to_int(m.group(1))
    m = re.search(r"\n([๐-๙]+)\s+กุมภาพันธ์\s+([๐-๙]+)\n", text)
    assert m
    facts["letter_day"] = to_int(m.group(1))
    facts["letter_month"] = 2
    facts["letter_year_be"] = to_int(m.group(2))
    m = re.search(r"ที่\s+มท\s+([๐-๙.]+)/ว\s+([๐-๙]+)", text)
    assert m
    facts["letter_ref"] = "มท %s/ว %s" % (m.group(1).translate(THAI_DIGITS), m.group(2).translate(THAI_DIGITS))
    facts["letter_circular_no"] = to_int(m.group(2))
    m = re.search(r"ศส\.ปชต\.\)\s*ตั้งแต่ปี\s*พ\.ศ\.\s*([๐-๙]+)", text)
    assert m
    facts["ect_centres_since_be"] = to_int(m.group(1))
    m = re.search(r"รัฐธรรมนูญแห่งราชอาณาจักรไทย\s*พุทธศักราช\s*([๐-๙]+)", text)
    facts["constitution_be"] = to_int(m.group(1))
    m = re.search(r"โทร\.\s*([๐-๙-]+)\s*ต่อ\s*([๐-๙]+)", text)
    facts["phone"] = m.group(1).translate(THAI_DIGITS)
    facts["phone_ext"] = m.group(2).translate(THAI_DIGITS)
    m = re.search(r"โทรสาร\s*([๐-๙-]+)", text)
    facts["fax"] = m.group(1).translate(THAI_DIGITS)
    # roll-out of centres: 2563 one per province, 2564 one per district, 2565 every tambon
    ys = re.findall(r"ปีงบประมาณ\s*พ\.ศ\.\s*([๐-๙]+)", text)
    facts["rollout_years_be"] = sorted({to_int(y) for y in ys})
    facts["ect_duties"] = 5
    return facts


def main():
    text = open(SEED, encoding="utf-8").read()
    lines = text.split("\n")
    core, core_total, core_cols, cols1 = parse_table(lines, "วิทยากรหลัก")
    ext, ext_total, ext_cols, cols2 = parse_table(lines, "วิทยากรขยายผล")
    assert cols1 == cols2 == AGENCIES, (cols1, cols2)

    # published totals
    assert core_total == 158, core_total
    assert ext_total == 1497, ext_total
    assert len(core) == 32, len(core)
    assert len(ext) == 77 and set(ext) == set(PROVINCES), len(ext)
    assert core_cols == [35, 31, 30, 30, 32], core_cols  # printed "รวมจำนวน" row of the core table
    for a, t in zip(AGENCIES, core_cols):
        s = sum(r[a] for r in core.values())
        assert s == t, "core %s: %d != printed %d" % (a, s, t)
    assert sum(core_cols) == core_total
    assert ext_cols is None  # the extended register prints only the grand total
    s = sum(sum(r.values()) for r in ext.values())
    assert s == ext_total, "extended sum %d != printed %d" % (s, ext_total)

    provinces = {}
    for p in PROVINCES:
        c = {a: core.get(p, {}).get(a, 0) for a in AGENCIES}
        e = {a: ext[p][a] for a in AGENCIES}
        provinces[p] = {
            "core": c, "extended": e,
            "core_total": sum(c.values()), "extended_total": sum(e.values()),
            "total": sum(c.values()) + sum(e.values()),
            "in_core_register": p in core,
        }
    national = {
        "core": {a: sum(provinces[p]["core"][a] for p in PROVINCES) for a in AGENCIES},
        "extended": {a: sum(provinces[p]["extended"][a] for p in PROVINCES) for a in AGENCIES},
    }
    national["core_total"] = sum(national["core"].values())
    national["extended_total"] = sum(national["extended"].values())
    national["total"] = national["core_total"] + national["extended_total"]
    national["both"] = {a: national["core"][a] + national["extended"][a] for a in AGENCIES}
    assert national["core_total"] == 158 and national["extended_total"] == 1497

    coverage = {
        "provinces_with_core": sum(1 for p in PROVINCES if provinces[p]["core_total"] > 0),
        "provinces_without_core": sum(1 for p in PROVINCES if provinces[p]["core_total"] == 0),
        "provinces_with_extended": sum(1 for p in PROVINCES if provinces[p]["extended_total"] > 0),
        "provinces_without_extended": [p for p in PROVINCES if provinces[p]["extended_total"] == 0],
        "by_agency": {},
    }
    for t in ("core", "extended"):
        for a in AGENCIES:
            have = [p for p in PROVINCES if provinces[p][t][a] > 0]
            coverage["by_agency"]["%s_%s" % (t, a)] = {"with": len(have), "without": 77 - len(have)}

    out = {
        "source": SEED,
        "agencies": AGENCIES,
        "provinces": provinces,
        "national": national,
        "coverage": coverage,
        "printed": {"core_total": core_total, "extended_total": ext_total,
                    "core_column_totals": dict(zip(AGENCIES, core_cols))},
        "misspellings_fixed": MISSPELLINGS,
        "document": doc_facts(text),
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print("ok: core %d in %d provinces, extended %d in %d provinces -> %s" % (
        national["core_total"], coverage["provinces_with_core"], national["extended_total"],
        coverage["provinces_with_extended"], OUT))


if __name__ == "__main__":
    main()
