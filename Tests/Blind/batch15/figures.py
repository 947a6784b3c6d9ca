#!/usr/bin/env python3
"""Parse both trainer registers of the seed into figures.json. Exit 1 on any inconsistency."""
import json, re, sys, os
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"
AGENCIES = ["DOPA", "DLA", "HSS", "CDD", "DOP"]  # column order in both registers
REGIONS = {
 "north": ["เชียงราย","เชียงใหม่","น่าน","พะเยา","แพร่","แม่ฮ่องสอน","ลำปาง","ลำพูน","อุตรดิตถ์"],
 "northeast": ["กาฬสินธุ์","ขอนแก่น","ชัยภูมิ","นครพนม","นครราชสีมา","บึงกาฬ","บุรีรัมย์","มหาสารคาม","มุกดาหาร","ยโสธร","ร้อยเอ็ด","เลย","ศรีสะเกษ","สกลนคร","สุรินทร์","หนองคาย","หนองบัวลำภู","อำนาจเจริญ","อุดรธานี","อุบลราชธานี"],
 "central": ["กรุงเทพมหานคร","กำแพงเพชร","ชัยนาท","นครนายก","นครปฐม","นครสวรรค์","นนทบุรี","ปทุมธานี","พระนครศรีอยุธยา","พิจิตร","พิษณุโลก","เพชรบูรณ์","ลพบุรี","สมุทรปราการ","สมุทรสงคราม","สมุทรสาคร","สิงห์บุรี","สุโขทัย","สุพรรณบุรี","สระบุรี","อ่างทอง","อุทัยธานี"],
 "east": ["จันทบุรี","ฉะเชิงเทรา","ชลบุรี","ตราด","ปราจีนบุรี","ระยอง","สระแก้ว"],
 "west": ["กาญจนบุรี","ตาก","ประจวบคีรีขันธ์","เพชรบุรี","ราชบุรี"],
 "south": ["กระบี่","ชุมพร","ตรัง","นครศรีธรรมราช","นราธิวาส","ปัตตานี","พังงา","พัทลุง","ภูเก็ต","ยะลา","ระนอง","สงขลา","สตูล","สุราษฎร์ธานี"],
}
REGION_SIZES = {"north": 9, "northeast": 20, "central": 22, "east": 7, "west": 5, "south": 14}
PROVINCES = sorted(p for v in REGIONS.values() for p in v)
REPAIRS = {"อุตรธานี": "อุดรธานี"}  # misspelling in the extended register (row 74)

def fail(msg):
    print("figures.py: ERROR:", msg, file=sys.stderr); sys.exit(1)

def check_regions():
    allp = [p for v in REGIONS.values() for p in v]
    if len(allp) != 77 or len(set(allp)) != 77: fail("regions do not split 77 provinces")
    for r, n in REGION_SIZES.items():
        if len(REGIONS[r]) != n: fail(f"region {r} has {len(REGIONS[r])} not {n}")

def parse_table(lines, kind):
    rows, total, repairs, seen = {}, None, [], set()
    for ln in lines:
        cells = ln.split("\t")
        if len(cells) >= 2 and re.fullmatch(r"\d+", cells[0].strip() or "x"):
            name = cells[1].strip()
            if name in REPAIRS:
                repairs.append({"table": kind, "row": int(cells[0]), "found": name, "repaired": REPAIRS[name]})
                name = REPAIRS[name]
            if name not in PROVINCES: fail(f"{kind}: unknown province {name!r}")
            if name in seen: fail(f"{kind}: duplicate province {name}")
            seen.add(name)
            vals = cells[2:] + [""] * (7 - len(cells))
            vals = vals[:5]
            nums = {}
            for a, v in zip(AGENCIES, vals):
                v = v.strip()
                if v in ("", "-"): nums[a] = 0
                elif re.fullmatch(r"\d+", v): nums[a] = int(v)
                else: fail(f"{kind}: non-number cell {v!r} in {name}")
            nums["total"] = sum(nums[a] for a in AGENCIES)
            rows[name] = nums
        elif "รวมจำนวน" in ln:
            nums = [c.strip() for c in cells if re.fullmatch(r"[\d,]+", c.strip())]
            if len(nums) != 5: fail(f"{kind}: bad total row {ln!r}")
            total = dict(zip(AGENCIES, [int(x) for x in nums]))
    if total is None: fail(f"{kind}: no total row")
    return rows, total, repairs

def main():
    check_regions()
    text = open(SEED, encoding="utf-8").read()
    i_core = text.index("ทะเบียนประวัติวิทยากรหลัก")
    i_ext = text.index("ทะเบียนประวัติวิทยากรขยายผล")
    out = {"source": SEED, "agencies": AGENCIES, "regions": REGIONS, "repairs": [], "tables": {}}
    for kind, seg in (("core", text[i_core:i_ext]), ("extended", text[i_ext:])):
        m = re.search(r"จำนวน\s*([\d,]+)\s*คน", seg)
        headline = int(m.group(1).replace(",", ""))
        rows, total, rep = parse_table(seg.splitlines(), kind)
        for a in AGENCIES:
            s = sum(r[a] for r in rows.values())
            if s != total[a]: fail(f"{kind}: column {a} sums to {s}, published {total[a]}")
        grand = sum(total.values())
        if grand != headline: fail(f"{kind}: columns total {grand}, headline {headline}")
        total["total"] = grand
        out["tables"][kind] = {"provinces": rows, "totals": total, "headline": headline}
        out["repairs"] += rep
    if len(out["tables"]["extended"]["provinces"]) != 77: fail("extended register must cover 77 provinces")
    if len(out["tables"]["core"]["provinces"]) != 32: fail("core register must have 32 provinces")
    reg = {}
    for kind in ("core", "extended"):
        rows = out["tables"][kind]["provinces"]
        reg[kind] = {r: {a: sum(rows.get(p, {}).get(a, 0) for p in ps) for a in AGENCIES + ["total"]} for r, ps in REGIONS.items()}
    out["region_totals"] = reg
    json.dump(out, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "figures.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("figures.py: OK core", out["tables"]["core"]["totals"], "extended", out["tables"]["extended"]["totals"], "repairs", out["repairs"])

if __name__ == "__main__":
    main()
