#!/usr/bin/env python3
"""Parse the two 2563 trainer registers from the seed document, check them against the
published totals, and write figures.json with every figure the test cases use."""
import json, re, os, sys

SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "figures.json")
AGENCIES = ["DOPA", "DLA", "HSS", "CDD", "DOP"]  # column order in both tables

PROVINCES = """กระบี่ กรุงเทพมหานคร กาญจนบุรี กาฬสินธุ์ กำแพงเพชร ขอนแก่น จันทบุรี ฉะเชิงเทรา ชลบุรี ชัยนาท
ชัยภูมิ ชุมพร เชียงราย เชียงใหม่ ตรัง ตราด ตาก นครนายก นครปฐม นครพนม นครราชสีมา นครศรีธรรมราช
นครสวรรค์ นนทบุรี นราธิวาส น่าน บึงกาฬ บุรีรัมย์ ปทุมธานี ประจวบคีรีขันธ์ ปราจีนบุรี ปัตตานี
พระนครศรีอยุธยา พะเยา พังงา พัทลุง พิจิตร พิษณุโลก เพชรบุรี เพชรบูรณ์ แพร่ ภูเก็ต มหาสารคาม
มุกดาหาร แม่ฮ่องสอน ยโสธร ยะลา ร้อยเอ็ด ระนอง ระยอง ราชบุรี ลพบุรี ลำปาง ลำพูน เลย ศรีสะเกษ
สกลนคร สงขลา สตูล สมุทรปราการ สมุทรสงคราม สมุทรสาคร สระแก้ว สระบุรี สิงห์บุรี สุโขทัย สุพรรณบุรี
สุราษฎร์ธานี สุรินทร์ หนองคาย หนองบัวลำภู อ่างทอง อำนาจเจริญ อุดรธานี อุตรดิตถ์ อุทัยธานี อุบลราชธานี""".split()
assert len(PROVINCES) == 77, len(PROVINCES)
MISSPELT = {"อุตรธานี": "อุดรธานี"}  # scanning noise in the extended table

# Regions used by the region cases (stated in README / notes)
REGIONS = {
    # Northeast (ภาคตะวันออกเฉียงเหนือ / อีสาน): 20 provinces, same in every common grouping
    "northeast": "กาฬสินธุ์ ขอนแก่น ชัยภูมิ นครพนม นครราชสีมา บึงกาฬ บุรีรัมย์ มหาสารคาม มุกดาหาร ยโสธร ร้อยเอ็ด เลย ศรีสะเกษ สกลนคร สุรินทร์ หนองคาย หนองบัวลำภู อำนาจเจริญ อุดรธานี อุบลราชธานี".split(),
    # South (ภาคใต้): 14 provinces
    "south": "กระบี่ ชุมพร ตรัง นครศรีธรรมราช นราธิวาส ปัตตานี พังงา พัทลุง ภูเก็ต ยะลา ระนอง สงขลา สตูล สุราษฎร์ธานี".split(),
    # East (ภาคตะวันออก, 6-region system): 7 provinces
    "east": "จันทบุรี ฉะเชิงเทรา ชลบุรี ตราด ปราจีนบุรี ระยอง สระแก้ว".split(),
    # Upper North (ภาคเหนือตอนบน): the 9 provinces of the North in the 6-region sense' core
    "upper_north": "เชียงราย เชียงใหม่ น่าน พะเยา แพร่ แม่ฮ่องสอน ลำปาง ลำพูน อุตรดิตถ์".split(),
    # North, 17 provinces (4-region grouping: 9 upper + 8 lower incl. ตาก)
    "north17": "เชียงราย เชียงใหม่ น่าน พะเยา แพร่ แม่ฮ่องสอน ลำปาง ลำพูน อุตรดิตถ์ กำแพงเพชร ตาก นครสวรรค์ พิจิตร พิษณุโลก เพชรบูรณ์ สุโขทัย อุทัยธานี".split(),
    # Three southern border provinces (สามจังหวัดชายแดนใต้)
    "deep_south": "ปัตตานี ยะลา นราธิวาส".split(),
}
for k, v in REGIONS.items():
    assert all(p in PROVINCES for p in v), k

def parse():
    text = open(SEED, encoding="utf-8").read()
    i_core = text.index("ทะเบียนประวัติวิทยากรหลัก")
    i_ext = text.index("ทะเบียนประวัติวิทยากรขยายผล")
    sections = {"core": text[i_core:i_ext], "extended": text[i_ext:]}
    published = {"core": 158, "extended": 1497}
    tables, totals = {}, {}
    for typ, sec in sections.items():
        m = re.search(r"จำนวน\s+([\d,]+)\s+คน", sec)
        assert int(m.group(1).replace(",", "")) == published[typ]
        rows = {}
        for line in sec.splitlines():
            cells = line.split("\t")
            if len(cells) >= 2 and re.fullmatch(r"\d+", cells[0].strip()) and cells[1].strip():
                name = MISSPELT.get(cells[1].strip(), cells[1].strip())
                assert name in PROVINCES, name
                vals = [c.strip() for c in cells[2:]] + [""] * 5
                nums = [int(v) if re.fullmatch(r"\d+", v) else 0 for v in vals[:5]]
                assert name not in rows
                rows[name] = dict(zip(AGENCIES, nums))
            elif "รวมจำนวน" in line:
                totals[typ] = [int(x) for x in re.findall(r"\d+", line)]
        # check column totals
        col = [sum(r[a] for r in rows.values()) for a in AGENCIES]
        assert col == totals[typ], (typ, col, totals[typ])
        assert sum(col) == published[typ], (typ, sum(col))
        tables[typ] = rows
    assert len(tables["core"]) == 32 and len(tables["extended"]) == 77
    return tables

def build():
    t = parse()
    prov = {}
    for p in PROVINCES:
        d = {}
        for typ in ("core", "extended"):
            r = t[typ].get(p, {a: 0 for a in AGENCIES})
            d[typ] = dict(r, total=sum(r.values()))
        d["all"] = d["core"]["total"] + d["extended"]["total"]
        prov[p] = d
    national = {typ: {a: sum(prov[p][typ][a] for p in PROVINCES) for a in AGENCIES} for typ in ("core", "extended")}
    for typ in national:
        national[typ]["total"] = sum(national[typ][a] for a in AGENCIES)
    national["all"] = national["core"]["total"] + national["extended"]["total"]
    regions = {}
    for k, v in REGIONS.items():
        regions[k] = {"provinces": v, "n": len(v),
                      "core": sum(prov[p]["core"]["total"] for p in v),
                      "extended": sum(prov[p]["extended"]["total"] for p in v)}
        regions[k]["all"] = regions[k]["core"] + regions[k]["extended"]
        regions[k]["with_core"] = sum(1 for p in v if prov[p]["core"]["total"] > 0)
    cov = {}
    for typ in ("core", "extended"):
        has = [p for p in PROVINCES if prov[p][typ]["total"] > 0]
        cov[typ] = {"with": len(has), "without": 77 - len(has),
                    "without_list": [p for p in PROVINCES if p not in has],
                    "ranking": sorted(has, key=lambda p: (-prov[p][typ]["total"], PROVINCES.index(p)))}
        cov[typ]["top"] = [[p, prov[p][typ]["total"]] for p in cov[typ]["ranking"][:10]]
    # provinces with no extended trainer of a given agency
    cov["extended_zero_by_agency"] = {a: [p for p in PROVINCES if prov[p]["extended"][a] == 0] for a in AGENCIES}
    cov["extended_all_five_agencies"] = sum(1 for p in PROVINCES if all(prov[p]["extended"][a] > 0 for a in AGENCIES))
    cov["core_zero_by_agency"] = {a: [p for p in t["core"] if prov[p]["core"][a] == 0] for a in AGENCIES}
    # facts from the MOU text (Thai digits in the source), parsed rather than typed
    text = open(SEED, encoding="utf-8").read()
    d2a = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
    def grab(pat): return int(re.search(pat, text).group(1).translate(d2a))
    doc = {"mou2_term_years": grab(r"ระยะเวลาความร่วมมือ\(([๐-๙]+)ปี\)"),
           "termination_notice_days": grab(r"ไม่น้อยกว่า\s*([๐-๙]+)\s*\(สามสิบ\)\s*วัน"),
           "centres_since_year": grab(r"ตั้งแต่ปี พ\.ศ\. ([๐-๙]+)"),
           "constitution_year": grab(r"พุทธศักราช ([๐-๙]+)"),
           "all_tambons_fiscal_year": grab(r"ครบทุกตำบล ในปีงบประมาณ พ\.ศ\. ([๐-๙]+)")}
    assert doc == {"mou2_term_years": 3, "termination_notice_days": 30, "centres_since_year": 2557,
                   "constitution_year": 2560, "all_tambons_fiscal_year": 2565}, doc
    return {"document": doc, "provinces": prov, "national": national, "regions": regions, "coverage": cov,
            "region_definitions": REGIONS}

if __name__ == "__main__":
    F = build()
    json.dump(F, open(OUT, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    n = F["national"]
    print("core", n["core"], "extended", n["extended"], "all", n["all"])
    for k, r in F["regions"].items():
        print(k, r["n"], r["core"], r["extended"], r["all"], r["with_core"])
    for typ in ("core", "extended"):
        print(typ, F["coverage"][typ]["with"], F["coverage"][typ]["without"], F["coverage"][typ]["top"][:6])
    print(F["coverage"]["extended_zero_by_agency"])
