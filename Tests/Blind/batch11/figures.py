#!/usr/bin/env python3
"""Parse the two 2563 trainer registers out of the seed text and write figures.json.

Stops with an error (exit 1) if
  * a row cannot be mapped to one of the 77 provinces,
  * a province appears twice in one register,
  * a column sum differs from the published column total ("รวมจำนวน" row),
  * a register total differs from the published headcount ("จำนวน N คน").

Region grouping written alongside (not from the seed): the six-region geographic scheme
of the National Geographical Committee (1977): north 9, northeast 20, central 22 (incl. Bangkok),
east 7, west 5, south 14.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seed/000_ec2607a1cce9557b.txt"
OUT = os.path.join(HERE, "figures.json") if len(sys.argv) < 3 else sys.argv[2]

AGENCIES = ["DOPA", "DLA", "HSS", "CDD", "DOP"]   # column order of both registers

PROVINCES = [
    "กรุงเทพมหานคร", "กระบี่", "กาญจนบุรี", "กาฬสินธุ์", "กำแพงเพชร", "ขอนแก่น", "จันทบุรี",
    "ฉะเชิงเทรา", "ชลบุรี", "ชัยนาท", "ชัยภูมิ", "ชุมพร", "เชียงราย", "เชียงใหม่", "ตรัง", "ตราด",
    "ตาก", "นครนายก", "นครปฐม", "นครพนม", "นครราชสีมา", "นครศรีธรรมราช", "นครสวรรค์", "นนทบุรี",
    "นราธิวาส", "น่าน", "บึงกาฬ", "บุรีรัมย์", "ปทุมธานี", "ประจวบคีรีขันธ์", "ปราจีนบุรี", "ปัตตานี",
    "พระนครศรีอยุธยา", "พะเยา", "พังงา", "พัทลุง", "พิจิตร", "พิษณุโลก", "เพชรบุรี", "เพชรบูรณ์",
    "แพร่", "ภูเก็ต", "มหาสารคาม", "มุกดาหาร", "แม่ฮ่องสอน", "ยโสธร", "ยะลา", "ร้อยเอ็ด", "ระนอง",
    "ระยอง", "ราชบุรี", "ลพบุรี", "ลำปาง", "ลำพูน", "เลย", "ศรีสะเกษ", "สกลนคร", "สงขลา", "สตูล",
    "สมุทรปราการ", "สมุทรสงคราม", "สมุทรสาคร", "สระแก้ว", "สระบุรี", "สิงห์บุรี", "สุโขทัย",
    "สุพรรณบุรี", "สุราษฎร์ธานี", "สุรินทร์", "หนองคาย", "หนองบัวลำภู", "อ่างทอง", "อำนาจเจริญ",
    "อุดรธานี", "อุตรดิตถ์", "อุทัยธานี", "อุบลราชธานี",
]

# Misspelt province rows seen in the seed, repaired here (printed -> canonical).
REPAIRS = {"อุตรธานี": "อุดรธานี"}

REGIONS = {
    "north": ["เชียงราย", "เชียงใหม่", "น่าน", "พะเยา", "แพร่", "แม่ฮ่องสอน", "ลำปาง", "ลำพูน",
              "อุตรดิตถ์"],
    "northeast": ["กาฬสินธุ์", "ขอนแก่น", "ชัยภูมิ", "นครพนม", "นครราชสีมา", "บึงกาฬ", "บุรีรัมย์",
                  "มหาสารคาม", "มุกดาหาร", "ยโสธร", "ร้อยเอ็ด", "เลย", "ศรีสะเกษ", "สกลนคร",
                  "สุรินทร์", "หนองคาย", "หนองบัวลำภู", "อำนาจเจริญ", "อุดรธานี", "อุบลราชธานี"],
    "central": ["กรุงเทพมหานคร", "กำแพงเพชร", "ชัยนาท", "นครนายก", "นครปฐม", "นครสวรรค์",
                "นนทบุรี", "ปทุมธานี", "พระนครศรีอยุธยา", "พิจิตร", "พิษณุโลก", "เพชรบูรณ์",
                "ลพบุรี", "สมุทรปราการ", "สมุทรสงคราม", "สมุทรสาคร", "สิงห์บุรี", "สุโขทัย",
                "สุพรรณบุรี", "สระบุรี", "อ่างทอง", "อุทัยธานี"],
    "east": ["จันทบุรี", "ฉะเชิงเทรา", "ชลบุรี", "ตราด", "ปราจีนบุรี", "ระยอง", "สระแก้ว"],
    "west": ["กาญจนบุรี", "ตาก", "ประจวบคีรีขันธ์", "เพชรบุรี", "ราชบุรี"],
    "south": ["กระบี่", "ชุมพร", "ตรัง", "นครศรีธรรมราช", "นราธิวาส", "ปัตตานี", "พังงา", "พัทลุง",
              "ภูเก็ต", "ยะลา", "ระนอง", "สงขลา", "สตูล", "สุราษฎร์ธานี"],
}

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def die(msg):
    sys.stderr.write("figures.py: ERROR: " + msg + "\n")
    sys.exit(1)


def cell(s):
    s = s.strip().translate(THAI_DIGITS).replace(",", "")
    if s in ("", "-", "–", "—"):
        return 0
    if not s.isdigit():
        die("unreadable cell %r" % s)
    return int(s)


def parse_register(block, label, repairs_done):
    m = re.search(r"จำนวน\s+([\d,]+)\s+คน", block)
    if not m:
        die("%s: headcount line not found" % label)
    headcount = int(m.group(1).replace(",", ""))
    rows = {}
    order = []
    published = None
    for lineno, line in enumerate(block.split("\n")):
        parts = line.rstrip("\n").split("\t")
        first = parts[0].strip()
        if "รวมจำนวน" in line:
            nums = [p for p in parts if p.strip() and "รวมจำนวน" not in p]
            if len(nums) != 5:
                die("%s: total row has %d numbers" % (label, len(nums)))
            published = dict(zip(AGENCIES, [cell(x) for x in nums]))
            continue
        if not first.translate(THAI_DIGITS).isdigit() or len(parts) < 2:
            continue          # headings, repeated table headers, blank lines
        num = int(first.translate(THAI_DIGITS))
        name = re.sub(r"\s+", "", parts[1])
        cells = (parts[2:] + [""] * 5)[:5]     # a trailing empty cell is a zero
        if name in REPAIRS:
            repairs_done.append({"register": label, "row": num, "printed": name,
                                 "canonical": REPAIRS[name]})
            name = REPAIRS[name]
        if name not in PROVINCES:
            die("%s row %d: %r is not one of the 77 provinces" % (label, num, name))
        if name in rows:
            die("%s: %s appears twice" % (label, name))
        if order and num != order[-1][0] + 1:
            die("%s: row number %d follows %d" % (label, num, order[-1][0]))
        rows[name] = dict(zip(AGENCIES, [cell(c) for c in cells]))
        order.append((num, name))
    if published is None:
        die("%s: no published total row" % label)
    for ag in AGENCIES:
        s = sum(r[ag] for r in rows.values())
        if s != published[ag]:
            die("%s: column %s sums to %d, published %d" % (label, ag, s, published[ag]))
    total = sum(sum(r.values()) for r in rows.values())
    if total != headcount or total != sum(published.values()):
        die("%s: rows sum to %d, published headcount %d" % (label, total, headcount))
    return rows, published, headcount


def main():
    text = open(SEED, encoding="utf-8").read()
    i_core = text.find("ทะเบียนประวัติวิทยากรหลัก")
    i_ext = text.find("ทะเบียนประวัติวิทยากรขยายผล")
    if i_core < 0 or i_ext < 0 or i_ext < i_core:
        die("register headings not found")
    repairs = []
    core, core_pub, core_n = parse_register(text[i_core:i_ext], "core", repairs)
    ext, ext_pub, ext_n = parse_register(text[i_ext:], "extended", repairs)
    if len(ext) != 77:
        die("extended register has %d provinces, expected 77" % len(ext))
    allreg = [p for ps in REGIONS.values() for p in ps]
    if sorted(allreg) != sorted(PROVINCES):
        die("region table does not cover the 77 provinces exactly once")
    out = {
        "source": SEED,
        "year_be": 2563,
        "agencies": AGENCIES,
        "provinces": PROVINCES,
        "core": core,
        "extended": ext,
        "published": {"core": {"columns": core_pub, "headcount": core_n},
                      "extended": {"columns": ext_pub, "headcount": ext_n}},
        "repairs": repairs,
        "region_scheme": "six-region geographic scheme (National Geographical Committee, 1977)",
        "regions": REGIONS,
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print("figures.json: core %d provinces / %d people, extended %d provinces / %d people; "
          "repaired %s" % (len(core), core_n, len(ext), ext_n,
                           ", ".join("%s->%s (%s row %d)" % (r["printed"], r["canonical"],
                                                              r["register"], r["row"])
                                     for r in repairs) or "nothing"))


if __name__ == "__main__":
    main()
