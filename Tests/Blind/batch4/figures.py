#!/usr/bin/env python3
"""Parse the two 2563 trainer registers (and a few document facts) out of the seed text and
write figures.json.  Every figure used by make_cases.py comes from here; nothing is typed by hand.

Reading of the tables (see README.md):
  * columns, in order: กรมการปกครอง (DOPA), กรมส่งเสริมการปกครองท้องถิ่น (DLA),
    กรมสนับสนุนบริการสุขภาพ (HSS), กรมพัฒนาชุมชน (= กรมการพัฒนาชุมชน, CDD), กรมกิจการผู้สูงอายุ (DOP)
  * "-" and an empty cell both mean 0 (เพชรบูรณ์'s DOP cell in the extended table is empty)
  * "อุตรธานี" in the extended table is the misspelt อุดรธานี (there is no province อุตรธานี, and
    อุดรธานี is otherwise missing from a 77-row table)
  * provinces absent from the core table have 0 core trainers
  * ECT (สำนักงาน กกต.) is not a column of either register
The import is checked against the published column totals and headline counts.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"
AGENCIES = ["DOPA", "DLA", "HSS", "CDD", "DOP"]

# The 77 provinces (lexicon, not figures).
PROVINCES = """กรุงเทพมหานคร กระบี่ กาญจนบุรี กาฬสินธุ์ กำแพงเพชร ขอนแก่น จันทบุรี ฉะเชิงเทรา ชลบุรี ชัยนาท
ชัยภูมิ ชุมพร เชียงราย เชียงใหม่ ตรัง ตราด ตาก นครนายก นครปฐม นครพนม นครราชสีมา นครศรีธรรมราช
นครสวรรค์ นนทบุรี นราธิวาส น่าน บึงกาฬ บุรีรัมย์ ปทุมธานี ประจวบคีรีขันธ์ ปราจีนบุรี ปัตตานี
พระนครศรีอยุธยา พะเยา พังงา พัทลุง พิจิตร พิษณุโลก เพชรบุรี เพชรบูรณ์ แพร่ ภูเก็ต มหาสารคาม มุกดาหาร
แม่ฮ่องสอน ยโสธร ยะลา ร้อยเอ็ด ระนอง ระยอง ราชบุรี ลพบุรี ลำปาง ลำพูน เลย ศรีสะเกษ สกลนคร สงขลา สตูล
สมุทรปราการ สมุทรสงคราม สมุทรสาคร สระแก้ว สระบุรี สิงห์บุรี สุโขทัย สุพรรณบุรี สุราษฎร์ธานี สุรินทร์
หนองคาย หนองบัวลำภู อ่างทอง อำนาจเจริญ อุดรธานี อุตรดิตถ์ อุทัยธานี อุบลราชธานี""".split()
assert len(PROVINCES) == 77 and len(set(PROVINCES)) == 77
SPELLING_FIXES = {"อุตรธานี": "อุดรธานี"}

# Six-region grouping (National Geographical Committee, 1977), plus a few everyday groupings.
REGIONS = {
    "north6": "เชียงราย เชียงใหม่ น่าน พะเยา แพร่ แม่ฮ่องสอน ลำปาง ลำพูน อุตรดิตถ์",
    "northeast": "กาฬสินธุ์ ขอนแก่น ชัยภูมิ นครพนม นครราชสีมา บึงกาฬ บุรีรัมย์ มหาสารคาม มุกดาหาร ยโสธร "
                 "ร้อยเอ็ด เลย ศรีสะเกษ สกลนคร สุรินทร์ หนองคาย หนองบัวลำภู อำนาจเจริญ อุดรธานี อุบลราชธานี",
    "central6": "กรุงเทพมหานคร กำแพงเพชร ชัยนาท นครนายก นครปฐม นครสวรรค์ นนทบุรี ปทุมธานี พระนครศรีอยุธยา "
                "พิจิตร พิษณุโลก เพชรบูรณ์ ลพบุรี สมุทรปราการ สมุทรสงคราม สมุทรสาคร สระบุรี สิงห์บุรี สุโขทัย "
                "สุพรรณบุรี อ่างทอง อุทัยธานี",
    "east": "จันทบุรี ฉะเชิงเทรา ชลบุรี ตราด ปราจีนบุรี ระยอง สระแก้ว",
    "west": "กาญจนบุรี ตาก ประจวบคีรีขันธ์ เพชรบุรี ราชบุรี",
    "south": "กระบี่ ชุมพร ตรัง นครศรีธรรมราช นราธิวาส ปัตตานี พังงา พัทลุง ภูเก็ต ยะลา ระนอง สงขลา สตูล "
             "สุราษฎร์ธานี",
    # everyday groupings
    "deep_south": "ปัตตานี ยะลา นราธิวาส",
    "andaman": "กระบี่ ตรัง พังงา ภูเก็ต ระนอง สตูล",
    "bkk_metro": "กรุงเทพมหานคร นนทบุรี ปทุมธานี สมุทรปราการ สมุทรสาคร นครปฐม",
    "upper_north8": "เชียงราย เชียงใหม่ น่าน พะเยา แพร่ แม่ฮ่องสอน ลำปาง ลำพูน",
}
REGIONS = {k: v.split() for k, v in REGIONS.items()}
_six = ["north6", "northeast", "central6", "east", "west", "south"]
assert sorted(sum((REGIONS[k] for k in _six), [])) == sorted(PROVINCES)
for k, v in REGIONS.items():
    assert all(p in PROVINCES for p in v), k


def thai_to_arabic(s):
    return s.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))


def parse_table(lines):
    rows = {}
    totals = None
    for ln in lines:
        cells = ln.rstrip("\n").split("\t")
        if len(cells) >= 2 and cells[0].strip().isdigit() and cells[1].strip():
            name = cells[1].strip()
            name = SPELLING_FIXES.get(name, name)
            vals = [c.strip() for c in cells[2:7]] + [""] * (5 - len(cells[2:7]))
            nums = [0 if v in ("", "-") else int(v) for v in vals]
            assert name in PROVINCES, name
            assert name not in rows, name
            rows[name] = dict(zip(AGENCIES, nums))
        elif "รวมจำนวน" in ln:
            totals = [int(c) for c in cells if c.strip().isdigit()]
    return rows, totals


def main():
    text = open(SEED, encoding="utf-8").read()
    lines = text.split("\n")
    i_core = next(i for i, l in enumerate(lines) if l.startswith("ทะเบียนประวัติวิทยากรหลัก"))
    i_ext = next(i for i, l in enumerate(lines) if l.startswith("ทะเบียนประวัติวิทยากรขยายผล"))
    core, core_tot = parse_table(lines[i_core:i_ext])
    ext, ext_tot = parse_table(lines[i_ext:])
    head_core = int(re.search(r"จำนวน ([\d,]+) คน", "\n".join(lines[i_core:i_core + 4])).group(1).replace(",", ""))
    head_ext = int(re.search(r"จำนวน ([\d,]+) คน", "\n".join(lines[i_ext:i_ext + 4])).group(1).replace(",", ""))
    # checks against the published totals
    for rows, tot, head in ((core, core_tot, head_core), (ext, ext_tot, head_ext)):
        col = [sum(r[a] for r in rows.values()) for a in AGENCIES]
        assert col == tot, (col, tot)
        assert sum(col) == head, (sum(col), head)
    assert len(core) == 32 and len(ext) == 77
    # full grid: provinces missing from the core table have zeros
    grid = {}
    for p in PROVINCES:
        grid[p] = {"core": core.get(p, dict.fromkeys(AGENCIES, 0)), "extended": ext[p]}
        for t in ("core", "extended"):
            grid[p][t] = dict(grid[p][t])
            grid[p][t]["total"] = sum(grid[p][t][a] for a in AGENCIES)
        grid[p]["all"] = grid[p]["core"]["total"] + grid[p]["extended"]["total"]

    national = {t: {a: sum(grid[p][t][a] for p in PROVINCES) for a in AGENCIES} for t in ("core", "extended")}
    for t in national:
        national[t]["total"] = sum(national[t][a] for a in AGENCIES)
    national["all"] = national["core"]["total"] + national["extended"]["total"]

    regions = {}
    for k, ps in REGIONS.items():
        regions[k] = {"provinces": ps, "n": len(ps)}
        for t in ("core", "extended"):
            regions[k][t] = {a: sum(grid[p][t][a] for p in ps) for a in AGENCIES + ["total"]}

    coverage = {
        "core_provinces": [p for p in PROVINCES if grid[p]["core"]["total"] > 0],
        "no_core_provinces": [p for p in PROVINCES if grid[p]["core"]["total"] == 0],
        "no_extended_provinces": [p for p in PROVINCES if grid[p]["extended"]["total"] == 0],
        "extended_provinces": [p for p in PROVINCES if grid[p]["extended"]["total"] > 0],
    }
    for t in ("core", "extended"):
        for a in AGENCIES:
            coverage[f"{t}_{a}_zero"] = [p for p in PROVINCES if grid[p][t][a] == 0
                                         and (t == "extended" or p in core)]

    # document facts, parsed from the text (Thai digits)
    th = thai_to_arabic(text)
    facts = {
        "founded_year": int(re.search(r"ตั้งแต่ปี พ\.ศ\. (\d{4})", th).group(1)),
        "mou_term_years": int(re.search(r"ระยะเวลาความร่วมมือ\s*\((\d+)\s*ปี\)", th).group(1)),
        "notice_days": int(re.search(r"ไม่น้อยกว่า (\d+) \(สามสิบ\) วัน", th).group(1)),
        "phone_ext": int(re.search(r"โทร\. [\d-]+ ต่อ (\d+)", th).group(1)),
        "phone": re.search(r"โทร\. ([\d-]+) ต่อ", th).group(1),
        "fax": re.search(r"โทรสาร ([\d-]+)", th).group(1),
        "letter_ref": re.search(r"ที่ (มท \d+\.\d/ว \d+)", th).group(1),
        "letter_day": int(re.search(r"(\d+) กุมภาพันธ์ (\d{4})", th).group(1)),
        "letter_year": int(re.search(r"(\d+) กุมภาพันธ์ (\d{4})", th).group(2)),
        "register_year": int(re.search(r"ประจำปี (\d{4})", th).group(1)),
        "plan_years": [int(y) for y in re.findall(r"ในปีงบประมาณ พ\.ศ\. (\d{4})", th)[:3]],
        "constitution_year": int(re.search(r"พุทธศักราช (\d{4})", th).group(1)),
        "n_partners_mou1": 4,  # counted below from the text
        "n_register_agencies": len(AGENCIES),
    }
    m = re.search(r"หน่วยงาน พันธมิตร ประกอบด้วย (.*?) ด้วยมี", text)
    facts["n_partners_mou1"] = len(re.findall(r"กรม", m.group(1)))
    facts["n_mous"] = len(re.findall(r"บันทึกข้อตกลงฉบับนี้จัดทำขึ้นระหว่าง", text))
    facts["n_partners_all"] = facts["n_partners_mou1"] + 1
    assert facts["n_partners_mou1"] == 4 and facts["n_mous"] == 2

    out = {"agencies": AGENCIES, "provinces": PROVINCES, "grid": grid, "national": national,
           "regions": regions, "coverage": coverage, "facts": facts,
           "published": {"core": core_tot, "extended": ext_tot, "core_head": head_core, "ext_head": head_ext}}
    with open(os.path.join(HERE, "figures.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    return out


def load():
    p = os.path.join(HERE, "figures.json")
    return main() if not os.path.exists(p) else json.load(open(p, encoding="utf-8"))


if __name__ == "__main__":
    o = main()
    print("core", o["national"]["core"], "extended", o["national"]["extended"])
    print("facts", o["facts"])
    for k, r in o["regions"].items():
        print(k, r["n"], r["core"]["total"], r["extended"]["total"])
    rank = sorted(o["provinces"], key=lambda p: -o["grid"][p]["extended"]["total"])
    print("ext top", [(p, o["grid"][p]["extended"]["total"]) for p in rank[:8]])
    print("ext bottom", [(p, o["grid"][p]["extended"]["total"]) for p in rank[-8:]])
    rank = sorted(o["provinces"], key=lambda p: -o["grid"][p]["core"]["total"])
    print("core top", [(p, o["grid"][p]["core"]["total"]) for p in rank[:5]])
