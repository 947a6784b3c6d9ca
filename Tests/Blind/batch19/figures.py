#!/usr/bin/env python3
"""Parse the two trainer registers (and a few letter/MOU facts) out of the seed
source text and write figures.json.  Nothing here is typed from the tables by
hand: every count is read from the text, every row is mapped to one of the 77
provinces, and every column is checked against the printed total row."""
import json, re, sys, pathlib

SRC = pathlib.Path("/work/shared/seed/000_ec2607a1cce9557b.txt")
OUT = pathlib.Path(__file__).with_name("figures.json")
COLS = ["DOPA", "DLA", "HSS", "CDD", "DOP"]   # column order printed in both registers

# The 77 official province names (reference list; spelled as in the registers).
PROVINCES = """กรุงเทพมหานคร กระบี่ กาญจนบุรี กาฬสินธุ์ กำแพงเพชร ขอนแก่น จันทบุรี ฉะเชิงเทรา ชลบุรี
ชัยนาท ชัยภูมิ ชุมพร เชียงราย เชียงใหม่ ตรัง ตราด ตาก นครนายก นครปฐม นครพนม นครราชสีมา
นครศรีธรรมราช นครสวรรค์ นนทบุรี นราธิวาส น่าน บึงกาฬ บุรีรัมย์ ปทุมธานี ประจวบคีรีขันธ์ ปราจีนบุรี
ปัตตานี พระนครศรีอยุธยา พะเยา พังงา พัทลุง พิจิตร พิษณุโลก เพชรบุรี เพชรบูรณ์ แพร่ ภูเก็ต
มหาสารคาม มุกดาหาร แม่ฮ่องสอน ยโสธร ยะลา ร้อยเอ็ด ระนอง ระยอง ราชบุรี ลพบุรี ลำปาง ลำพูน เลย
ศรีสะเกษ สกลนคร สงขลา สตูล สมุทรปราการ สมุทรสงคราม สมุทรสาคร สระแก้ว สระบุรี สิงห์บุรี สุโขทัย
สุพรรณบุรี สุราษฎร์ธานี สุรินทร์ หนองคาย หนองบัวลำภู อ่างทอง อำนาจเจริญ อุดรธานี อุตรดิตถ์
อุทัยธานี อุบลราชธานี""".split()
# Scanning misspellings seen in the registers -> official name.
MISSPELT = {"อุตรธานี": "อุดรธานี"}

# Regional grouping used by the region cases: the six-region geographic grouping
# (National Geographical Committee / Royal Institute, 1977, with บึงกาฬ added to the
# north-east in 2011), plus three common sub-groupings.
REGIONS = {
    "north": "เชียงราย เชียงใหม่ น่าน พะเยา แพร่ แม่ฮ่องสอน ลำปาง ลำพูน อุตรดิตถ์",
    "isan": "กาฬสินธุ์ ขอนแก่น ชัยภูมิ นครพนม นครราชสีมา บึงกาฬ บุรีรัมย์ มหาสารคาม มุกดาหาร ยโสธร "
            "ร้อยเอ็ด เลย ศรีสะเกษ สกลนคร สุรินทร์ หนองคาย หนองบัวลำภู อำนาจเจริญ อุดรธานี อุบลราชธานี",
    "central": "กรุงเทพมหานคร กำแพงเพชร ชัยนาท นครนายก นครปฐม นครสวรรค์ นนทบุรี ปทุมธานี "
               "พระนครศรีอยุธยา พิจิตร พิษณุโลก เพชรบูรณ์ ลพบุรี สมุทรปราการ สมุทรสงคราม สมุทรสาคร "
               "สิงห์บุรี สุโขทัย สุพรรณบุรี สระบุรี อ่างทอง อุทัยธานี",
    "east": "จันทบุรี ฉะเชิงเทรา ชลบุรี ตราด ปราจีนบุรี ระยอง สระแก้ว",
    "west": "กาญจนบุรี ตาก ประจวบคีรีขันธ์ เพชรบุรี ราชบุรี",
    "south": "กระบี่ ชุมพร ตรัง นครศรีธรรมราช นราธิวาส ปัตตานี พังงา พัทลุง ภูเก็ต ยะลา ระนอง สงขลา "
             "สตูล สุราษฎร์ธานี",
    # sub-groupings (not part of the partition)
    "deepsouth": "ปัตตานี ยะลา นราธิวาส",
    "andaman": "กระบี่ ตรัง พังงา ภูเก็ต ระนอง สตูล",
    "perimeter": "นนทบุรี ปทุมธานี สมุทรปราการ สมุทรสาคร นครปฐม",
}
PARTITION = ["north", "isan", "central", "east", "west", "south"]

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def die(msg):
    sys.exit("figures.py: " + msg)


def cell(s):
    s = s.strip()
    if s in ("", "-", "–"):
        return 0
    if not re.fullmatch(r"\d+", s):
        die(f"bad cell {s!r}")
    return int(s)


def parse_register(lines, title_word):
    """Return (rows, printed_total_people, printed_column_totals) of the register
    whose heading contains title_word."""
    start = next((i for i, l in enumerate(lines) if l.startswith("ทะเบียนประวัติ" + title_word)), None)
    if start is None:
        die("register heading not found: " + title_word)
    m = re.match(r"จำนวน\s*([\d,]+)\s*คน", lines[start + 2].strip())
    if not m:
        die("people count line not found under " + title_word)
    printed_people = int(m.group(1).replace(",", ""))
    rows, totals = {}, None
    for l in lines[start + 3:]:
        parts = l.rstrip("\n").split("\t")
        if re.fullmatch(r"\d+", parts[0].strip()) and len(parts) >= 3:
            name = parts[1].strip()
            vals = parts[2:] + [""] * (5 - len(parts[2:]))
            if len(vals) != 5:
                die(f"row with {len(vals)} cells: {l!r}")
            canon = MISSPELT.get(name, name)
            if canon not in PROVINCES:
                die(f"row does not map to a province: {name!r}")
            if canon in rows:
                die("duplicate row: " + canon)
            rows[canon] = dict(zip(COLS, map(cell, vals)))
            rows[canon]["_printed_name"] = name
            rows[canon]["_no"] = int(parts[0])
        elif "รวมจำนวน" in l:
            nums = [p for p in l.split("\t") if p.strip()][1:]
            totals = dict(zip(COLS, map(cell, nums)))
            break
    if totals is None:
        die("total row not found for " + title_word)
    return rows, printed_people, totals


def main():
    text = SRC.read_text(encoding="utf-8")
    lines = text.split("\n")
    out = {"source": str(SRC), "columns": COLS, "provinces": PROVINCES}
    assert len(PROVINCES) == 77 and len(set(PROVINCES)) == 77

    for key, word in (("core", "วิทยากรหลัก"), ("extended", "วิทยากรขยายผล")):
        rows, people, totals = parse_register(lines, word)
        nos = sorted(r["_no"] for r in rows.values())
        if nos != list(range(1, len(rows) + 1)):
            die(f"{key}: row numbers not 1..n")
        for c in COLS:
            s = sum(r[c] for r in rows.values())
            if s != totals[c]:
                die(f"{key} column {c}: rows sum {s} != printed {totals[c]}")
        grand = sum(totals.values())
        if grand != people:
            die(f"{key}: column totals {grand} != printed people {people}")
        table = {}
        for p in PROVINCES:
            r = rows.get(p, dict.fromkeys(COLS, 0))
            d = {c: r[c] for c in COLS}
            d["total"] = sum(d.values())
            d["listed"] = p in rows
            table[p] = d
        out[key] = table
        out[key + "_meta"] = {
            "rows": len(rows), "printed_people": people, "printed_column_totals": totals,
            "misspelt_rows": {r["_printed_name"]: p for p, r in rows.items() if r["_printed_name"] != p},
        }
        nat = {c: totals[c] for c in COLS}
        nat["total"] = people
        out.setdefault("national", {})[key] = nat
        cov = {c: sum(1 for p in PROVINCES if table[p][c] > 0) for c in COLS}
        cov["total"] = sum(1 for p in PROVINCES if table[p]["total"] > 0)
        out.setdefault("coverage", {})[key] = cov

    # expected shapes from the seed README
    assert out["core_meta"]["rows"] == 32 and out["extended_meta"]["rows"] == 77

    regs = {}
    for name, provs in REGIONS.items():
        pl = provs.split()
        for p in pl:
            if p not in PROVINCES:
                die(f"region {name}: unknown province {p}")
        regs[name] = {"provinces": pl}
        for key in ("core", "extended"):
            d = {c: sum(out[key][p][c] for p in pl) for c in COLS + ["total"]}
            d["provinces_with"] = sum(1 for p in pl if out[key][p]["total"] > 0)
            regs[name][key] = d
    allp = [p for r in PARTITION for p in REGIONS[r].split()]
    if sorted(allp) != sorted(PROVINCES):
        die("the six regions are not a partition of the 77 provinces")
    out["regions"] = regs

    # ---- facts from the letter and MOUs, by regex ----
    t = text.translate(THAI_DIGITS)
    facts = {}
    m = re.search(r"ที่ มท (\S+)/ว (\d+)", t)
    facts["letter_ref"] = f"มท {m.group(1)}/ว {m.group(2)}"
    m = re.search(r"\n(\d{1,2}) (กุมภาพันธ์) (\d{4})\n", t)
    facts["letter_day"], facts["letter_month"], facts["letter_year"] = int(m.group(1)), m.group(2), int(m.group(3))
    m = re.search(r"เรียน (.+)", t)
    facts["letter_to"] = m.group(1).strip()
    m = re.search(r"ขอแสดงความนับถือ\s+\((.+?)\)\s+(\S+)", t)
    facts["letter_signer"], facts["letter_signer_title"] = m.group(1), m.group(2)
    m = re.search(r"โทร\. ([\d-]+) ต่อ (\d+)", t)
    facts["phone"], facts["phone_ext"] = m.group(1), int(m.group(2))
    m = re.search(r"โทรสาร ([\d-]+)", t)
    facts["fax"] = m.group(1)
    m = re.search(r"ผู้ประสานงาน (.+)", t)
    facts["coordinator"] = m.group(1).strip()
    m = re.search(r"\n(กอง\S+)\n", t)
    facts["letter_division"] = m.group(1)
    m = re.search(r"กทม\. (\d{5})", t)
    facts["dla_postcode"] = int(m.group(1))
    m = re.search(r"\(ศส\.ปชต\.\) ตั้งแต่ปี พ\.ศ\. (\d{4})", t)
    facts["centres_since"] = int(m.group(1))
    m = re.search(r"พ\.ศ\. (\d{4}) ?จัดตั้งจังหวัดละ ?(\d+) ?ตำบล", t)
    facts["centres_year_province"], facts["centres_per_province"] = int(m.group(1)), int(m.group(2))
    m = re.search(r"พ\.ศ\. (\d{4}) จัดตั้งอำเภอละ ?(\d+) ?ตำบล", t)
    facts["centres_year_district"], facts["centres_per_district"] = int(m.group(1)), int(m.group(2))
    m = re.search(r"ครบทุกตำบล ?ในปีงบประมาณ พ\.ศ\. (\d{4})", t)
    facts["centres_year_all"] = int(m.group(1))
    m = re.search(r"ระยะเวลาความร่วมมือ\((\d+)ปี\)", t)
    facts["mou_cdd_term_years"] = int(m.group(1))
    m = re.search(r"ล่วงหน้า\s*ไม่น้อยกว่า (\d+) \(สามสิบ\) วัน", t)
    facts["mou_cdd_notice_days"] = int(m.group(1))
    m = re.search(r"รัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช (\d{4})", t)
    facts["constitution_year"] = int(m.group(1))
    m = re.search(r'หลักสูตร "พลเมืองคุณภาพ" ประจำปี (\d{4})', t)
    facts["register_year"] = int(m.group(1))
    facts["mou_signing_date_in_source"] = bool(re.search(r"ลงนาม(?:เมื่อ)?วันที่ \d", t))
    for k, v in facts.items():
        if v is None:
            die("fact not found: " + k)
    out["facts"] = facts

    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"core: {out['core_meta']['rows']} rows, {out['national']['core']['total']} people; "
          f"extended: {out['extended_meta']['rows']} rows, {out['national']['extended']['total']} people; "
          f"coverage core {out['coverage']['core']['total']} ext {out['coverage']['extended']['total']}")
    print("facts:", json.dumps(facts, ensure_ascii=False))


if __name__ == "__main__":
    main()
