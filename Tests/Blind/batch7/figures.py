#!/usr/bin/env python3
"""Parse the source document in /work/shared/seed/ and write figures.json.

Blind batch 7.  Everything a test case may expect as a number is derived here from the seed
text; make_cases.py only looks figures up.  The script stops (exit 1) if a register row cannot
be mapped to one of the 77 provinces or if the parsed columns do not add up to the totals that
the document itself publishes.
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = Path("/work/shared/seed/000_ec2607a1cce9557b.txt")

# The 77 provinces (76 + Bangkok), canonical Thai spelling.
PROVINCES = [
    "กรุงเทพมหานคร", "กระบี่", "กาญจนบุรี", "กาฬสินธุ์", "กำแพงเพชร", "ขอนแก่น", "จันทบุรี",
    "ฉะเชิงเทรา", "ชลบุรี", "ชัยนาท", "ชัยภูมิ", "ชุมพร", "เชียงราย", "เชียงใหม่", "ตรัง", "ตราด",
    "ตาก", "นครนายก", "นครปฐม", "นครพนม", "นครราชสีมา", "นครศรีธรรมราช", "นครสวรรค์", "นนทบุรี",
    "นราธิวาส", "น่าน", "บึงกาฬ", "บุรีรัมย์", "ปทุมธานี", "ประจวบคีรีขันธ์", "ปราจีนบุรี",
    "ปัตตานี", "พระนครศรีอยุธยา", "พะเยา", "พังงา", "พัทลุง", "พิจิตร", "พิษณุโลก", "เพชรบุรี",
    "เพชรบูรณ์", "แพร่", "ภูเก็ต", "มหาสารคาม", "มุกดาหาร", "แม่ฮ่องสอน", "ยโสธร", "ยะลา",
    "ร้อยเอ็ด", "ระนอง", "ระยอง", "ราชบุรี", "ลพบุรี", "ลำปาง", "ลำพูน", "เลย", "ศรีสะเกษ",
    "สกลนคร", "สงขลา", "สตูล", "สมุทรปราการ", "สมุทรสงคราม", "สมุทรสาคร", "สระแก้ว", "สระบุรี",
    "สิงห์บุรี", "สุโขทัย", "สุพรรณบุรี", "สุราษฎร์ธานี", "สุรินทร์", "หนองคาย", "หนองบัวลำภู",
    "อ่างทอง", "อำนาจเจริญ", "อุดรธานี", "อุตรดิตถ์", "อุทัยธานี", "อุบลราชธานี",
]
assert len(PROVINCES) == 77 and len(set(PROVINCES)) == 77

# Known scanning misspellings of province names in the register (seen in the seed text).
# Only these are accepted; any other unknown name stops the script.
PROVINCE_FIXES = {
    "อุตรธานี": "อุดรธานี",   # extended register row 74 (อุตรดิตถ์ is its own row 75)
}

AGENCY_NAMES = {
    "ECT": "สำนักงานคณะกรรมการการเลือกตั้ง",
    "DOPA": "กรมการปกครอง",
    "DLA": "กรมส่งเสริมการปกครองท้องถิ่น",
    "HSS": "กรมสนับสนุนบริการสุขภาพ",
    "CDD": "กรมการพัฒนาชุมชน",
    "DOP": "กรมกิจการผู้สูงอายุ",
}
REGISTER_AGENCIES = ["DOPA", "DLA", "HSS", "CDD", "DOP"]

# Regions: only groupings on which the usual schemes agree (see README).  The 6-region and the
# 4-region schemes share the Northeast (20) and the South (14); the deep South and the Andaman
# coast are fixed groupings inside the South.  North/Central/East/West differ between schemes and
# are deliberately not summed.
REGIONS = {
    "northeast": ["กาฬสินธุ์", "ขอนแก่น", "ชัยภูมิ", "นครพนม", "นครราชสีมา", "บึงกาฬ", "บุรีรัมย์",
                  "มหาสารคาม", "มุกดาหาร", "ยโสธร", "ร้อยเอ็ด", "เลย", "ศรีสะเกษ", "สกลนคร",
                  "สุรินทร์", "หนองคาย", "หนองบัวลำภู", "อำนาจเจริญ", "อุดรธานี", "อุบลราชธานี"],
    "south": ["กระบี่", "ชุมพร", "ตรัง", "นครศรีธรรมราช", "นราธิวาส", "ปัตตานี", "พังงา", "พัทลุง",
              "ภูเก็ต", "ยะลา", "ระนอง", "สงขลา", "สตูล", "สุราษฎร์ธานี"],
    "deep_south": ["ปัตตานี", "ยะลา", "นราธิวาส"],
    "andaman": ["ระนอง", "พังงา", "ภูเก็ต", "กระบี่", "ตรัง", "สตูล"],
}
REGION_SIZES = {"northeast": 20, "south": 14, "deep_south": 3, "andaman": 6}

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def die(msg):
    print("figures.py: STOP: " + msg, file=sys.stderr)
    sys.exit(1)


def norm(s):
    return unicodedata.normalize("NFC", s).replace("\u200b", "").strip()


def to_int(cell):
    c = norm(cell).replace(",", "").translate(THAI_DIGITS)
    if c in ("", "-", "–", "—"):
        return 0
    if not re.fullmatch(r"\d+", c):
        die(f"cell is not a count: {cell!r}")
    return int(c)


def canon_province(name):
    n = re.sub(r"\s+", "", norm(name))
    if n.startswith("จังหวัด"):
        n = n[len("จังหวัด"):]
    if n in PROVINCES:
        return n
    if n in PROVINCE_FIXES:
        return PROVINCE_FIXES[n]
    die(f"register row names an unknown province: {name!r}")


def header_agency(cell):
    c = re.sub(r"\s+", "", norm(cell))
    if "ส่งเสริม" in c and "ท้องถิ่น" in c:
        return "DLA"
    if "สนับสนุน" in c and "สุขภาพ" in c:
        return "HSS"
    if "พัฒนาชุมชน" in c:           # กรมพัฒนาชุมชน / กรมการพัฒนาชุมชน
        return "CDD"
    if "ผู้สูงอายุ" in c:
        return "DOP"
    if c == "กรมการปกครอง":
        return "DOPA"
    return None


def parse_register(lines, start, end, label):
    """Rows between line indexes start and end; returns rows, published totals."""
    rows = {}
    order = None
    published_cols = None
    published_total = None
    numbers_seen = []
    for raw in lines[start:end]:
        line = raw.rstrip("\n")
        m = re.match(r"^\s*จำนวน\s+([\d,๐-๙]+)\s*คน", line)
        if m:
            published_total = to_int(m.group(1))
            continue
        cells = line.split("\t")
        agencies = [header_agency(c) for c in cells]
        if sum(1 for a in agencies if a) >= 5:
            hdr = [a for a in agencies if a]
            if order is None:
                order = hdr
            elif hdr != order:
                die(f"{label}: repeated header has another column order {hdr} vs {order}")
            continue
        stripped = [norm(c) for c in cells]
        if any(c.startswith("รวม") for c in stripped):
            i = next(k for k, c in enumerate(stripped) if c.startswith("รวม"))
            vals = [c for c in stripped[i + 1:] if c != ""]
            if len(vals) != 5:
                die(f"{label}: total row has {len(vals)} values: {line!r}")
            published_cols = [to_int(v) for v in vals]
            continue
        if re.match(r"^\d+\t", line):
            if order is None:
                die(f"{label}: data row before any header: {line!r}")
            num = int(cells[0])
            name = cells[1]
            vals = cells[2:]
            if len(vals) > 5:
                if any(norm(v) for v in vals[5:]):
                    die(f"{label}: too many cells: {line!r}")
                vals = vals[:5]
            vals = vals + [""] * (5 - len(vals))      # trailing empty cells = 0
            prov = canon_province(name)
            if prov in rows:
                die(f"{label}: province {prov} appears twice")
            rows[prov] = {order[k]: to_int(vals[k]) for k in range(5)}
            numbers_seen.append(num)
    if numbers_seen != list(range(1, len(numbers_seen) + 1)):
        die(f"{label}: row numbers are not 1..n: {numbers_seen}")
    if order is None or sorted(order) != sorted(REGISTER_AGENCIES):
        die(f"{label}: header columns not recognised: {order}")
    return rows, order, published_cols, published_total


def main():
    seed = Path(sys.argv[1]) if len(sys.argv) > 1 else SEED
    text = seed.read_text(encoding="utf-8")
    lines = text.split("\n")
    i_core = next(i for i, l in enumerate(lines) if l.startswith("ทะเบียนประวัติวิทยากรหลัก"))
    i_ext = next(i for i, l in enumerate(lines) if l.startswith("ทะเบียนประวัติวิทยากรขยายผล"))
    year_core = int(re.search(r"ประจำปี\s*(\d{4})", lines[i_core]).group(1))
    year_ext = int(re.search(r"ประจำปี\s*(\d{4})", lines[i_ext]).group(1))

    registers = {}
    for key, a, b, year in (("core", i_core, i_ext, year_core), ("extended", i_ext, len(lines), year_ext)):
        rows, order, pub_cols, pub_total = parse_register(lines, a, b, key)
        if pub_total is None:
            die(f"{key}: no published 'จำนวน N คน'")
        col = {ag: sum(r[ag] for r in rows.values()) for ag in REGISTER_AGENCIES}
        total = sum(col.values())
        if total != pub_total:
            die(f"{key}: rows add up to {total}, document says {pub_total}")
        if pub_cols is not None:
            pub = dict(zip(order, pub_cols))
            for ag in REGISTER_AGENCIES:
                if col[ag] != pub[ag]:
                    die(f"{key}: column {ag} adds up to {col[ag]}, document says {pub[ag]}")
            if sum(pub_cols) != pub_total:
                die(f"{key}: published columns add to {sum(pub_cols)}, header says {pub_total}")
        else:
            die(f"{key}: no published column totals found")
        provinces = {}
        for p in PROVINCES:
            r = rows.get(p, {ag: 0 for ag in REGISTER_AGENCIES})
            provinces[p] = dict(r, total=sum(r.values()), listed=p in rows)
        covered = [p for p in PROVINCES if provinces[p]["total"] > 0]
        registers[key] = {
            "year": year,
            "published_total": pub_total,
            "published_column_totals": dict(zip(order, pub_cols)),
            "rows_in_table": len(rows),
            "totals": dict(col, total=total),
            "provinces": provinces,
            "coverage": {"count": len(covered), "provinces": covered,
                         "without": [p for p in PROVINCES if p not in covered]},
            "agency_coverage": {ag: sum(1 for p in PROVINCES if provinces[p][ag] > 0)
                                for ag in REGISTER_AGENCIES},
        }
        print(f"{key}: {len(rows)} rows, columns {col}, total {total} = published {pub_total}: OK")

    if registers["extended"]["rows_in_table"] != 77:
        die("extended register should list all 77 provinces")

    core = registers["core"]["provinces"]
    ext = registers["extended"]["provinces"]
    combined = {p: core[p]["total"] + ext[p]["total"] for p in PROVINCES}
    any_cov = [p for p in PROVINCES if combined[p] > 0]

    def ranking(key):
        pr = registers[key]["provinces"]
        best = max(pr[p]["total"] for p in PROVINCES)
        top = [p for p in PROVINCES if pr[p]["total"] == best]
        listed = [p for p in PROVINCES if pr[p]["total"] > 0]
        low = min(pr[p]["total"] for p in listed)
        bottom = [p for p in listed if pr[p]["total"] == low]
        agtot = registers[key]["totals"]
        agbest = max(agtot[a] for a in REGISTER_AGENCIES)
        aglow = min(agtot[a] for a in REGISTER_AGENCIES)
        return {"max": {"value": best, "provinces": top},
                "min_nonzero": {"value": low, "provinces": bottom},
                "agency_max": {"value": agbest, "agencies": [a for a in REGISTER_AGENCIES if agtot[a] == agbest]},
                "agency_min": {"value": aglow, "agencies": [a for a in REGISTER_AGENCIES if agtot[a] == aglow]}}

    regions = {}
    for rk, members in REGIONS.items():
        if len(members) != REGION_SIZES[rk] or any(m not in PROVINCES for m in members):
            die(f"region {rk} is malformed")
        entry = {"provinces": members}
        for key in ("core", "extended"):
            pr = registers[key]["provinces"]
            entry[key] = {ag: sum(pr[p][ag] for p in members) for ag in REGISTER_AGENCIES}
            entry[key]["total"] = sum(pr[p]["total"] for p in members)
            entry[key]["coverage"] = sum(1 for p in members if pr[p]["total"] > 0)
            entry[key]["covered"] = [p for p in members if pr[p]["total"] > 0]
        entry["combined_total"] = entry["core"]["total"] + entry["extended"]["total"]
        regions[rk] = entry

    facts = parse_facts(text)

    out = {
        "source": str(SEED.name),
        "agencies": AGENCY_NAMES,
        "register_agencies": REGISTER_AGENCIES,
        "provinces": PROVINCES,
        "registers": registers,
        "combined": {"provinces": combined, "total": sum(combined.values()),
                     "coverage": {"count": len(any_cov), "without": [p for p in PROVINCES if p not in any_cov]}},
        "rankings": {"core": ranking("core"), "extended": ranking("extended")},
        "regions": regions,
        "facts": facts,
    }
    (HERE / "figures.json").write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=False) + "\n",
                                       encoding="utf-8")
    print("combined total", out["combined"]["total"], "| coverage core", registers["core"]["coverage"]["count"],
          "extended", registers["extended"]["coverage"]["count"], "any", len(any_cov))
    print("wrote figures.json")


def parse_facts(text):
    t = text.translate(THAI_DIGITS)
    f = {}
    m = re.search(r"โทร\.\s*([\d-]+)\s*ต่อ\s*(\d+)", t)
    if not m:
        die("phone not found")
    f["phone"] = m.group(1)
    f["phone_ext"] = int(m.group(2))
    f["phone_last4"] = int(m.group(1).split("-")[-1])
    m = re.search(r"โทรสาร\s*([\d-]+)", t)
    f["fax"] = m.group(1)
    f["fax_last4"] = int(m.group(1).split("-")[-1])
    m = re.search(r"ผู้ประสานงาน\s*(\S+\s+\S+)", text)
    f["coordinator"] = m.group(1)
    f["contact_unit"] = "กองการเลือกตั้งท้องถิ่น" if "กองการเลือกตั้งท้องถิ่น" in text else None
    m = re.search(r"ที่\s+มท\s+([\d.]+/ว\s*\d+)", t)
    f["letter_ref"] = "มท " + m.group(1)
    m = re.search(r"\n(\d+)\s+กุมภาพันธ์\s+(\d{4})", t)
    f["letter_day"] = int(m.group(1))
    f["letter_month"] = "กุมภาพันธ์"
    f["letter_year"] = int(m.group(2))
    m = re.search(r"ระยะเวลาความร่วมมือ\s*\((\d+)\s*ปี\)", t)
    f["mou_cdd_term_years"] = int(m.group(1))
    m = re.search(r"ไม่น้อยกว่า\s*(\d+)\s*\(สามสิบ\)\s*วัน", t)
    f["termination_notice_days"] = int(m.group(1))
    m = re.search(r"ตั้งแต่ปี\s*พ\.ศ\.\s*(\d{4})", t)
    f["center_founded_year"] = int(m.group(1))
    m = re.search(r"ปีงบประมาณ พ\.ศ\. (\d{4}) จัดตั้งจังหวัดละ (\d+) ตำบล.*?ปีงบประมาณ พ\.ศ\. (\d{4}) จัดตั้งอำเภอละ\s*(\d+) ตำบล.*?ครบทุกตำบล\s*ในปีงบประมาณ พ\.ศ\. (\d{4})", t)
    f["center_rollout"] = {"per_province_year": int(m.group(1)), "per_district_year": int(m.group(3)),
                           "all_tambon_year": int(m.group(5))}
    f["mou_count"] = len(re.findall(r"บันทึกข้อตกลงฉบับนี้จัดทำขึ้นระหว่าง", t))
    m = re.search(r"หน่วยงานของรัฐ\s*(\d+)\s*หน่วยงาน", t)
    f["partner_departments"] = int(m.group(1))
    f["constitution_year"] = int(re.search(r"รัฐธรรมนูญแห่งราชอาณาจักรไทย\s*พุทธศักราช\s*(\d{4})", t).group(1))
    f["register_year"] = int(re.search(r'"พลเมืองคุณภาพ" ประจำปี (\d{4})', t).group(1))

    # duties: numbered items under each "ความร่วมมือของ..." heading
    lines = t.split("\n")
    heads = [(i, l.strip()) for i, l in enumerate(lines) if l.strip().startswith("ความร่วมมือของ")]
    names = {"สำนักงานคณะกรรมการการเลือกตั้ง": "ECT", "กรมการปกครอง": "DOPA",
             "กรมส่งเสริมการปกครองท้องถิ่น": "DLA", "กรมสนับสนุนบริการสุขภาพ": "HSS",
             "กรมกิจการผู้สูงอายุ": "DOP", "กรมการพัฒนาชุมชน": "CDD"}
    duties = {}
    for k, (i, h) in enumerate(heads):
        ag = names[h[len("ความร่วมมือของ"):].strip()]
        j_end = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        nums = []
        for l in lines[i + 1:j_end]:
            s = l.strip()
            if s.startswith("ทุกฝ่ายได้") or re.match(r"^\d+\.\s*(ระยะเวลา|การเปลี่ยนแปลง)", s):
                break
            m = re.match(r"^(\d+)\.", s)
            if m:
                nums.append(int(m.group(1)))
        if nums != list(range(1, len(nums) + 1)):
            die(f"duties of {ag} not numbered 1..n: {nums}")
        duties.setdefault(ag, []).append(len(nums))
    f["duties_count_by_mou"] = duties
    # ECT appears in both MOUs with the same 5 items; a single number per agency:
    f["duties_count"] = {ag: v[0] for ag, v in duties.items()}
    if duties["ECT"][0] != duties["ECT"][1]:
        die("ECT duties differ between the two MOUs")
    f["mou1_parties"] = ["ECT", "DOPA", "DLA", "HSS", "DOP"]
    f["mou2_parties"] = ["ECT", "CDD"]
    f["mou1_party_count"] = 5
    f["mou2_party_count"] = 2
    return f


if __name__ == "__main__":
    main()
