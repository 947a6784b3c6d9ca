#!/usr/bin/env python3
"""Parse both 2563 "พลเมืองคุณภาพ" trainer registers (and a few document facts) out of the
seed text and write figures.json.

Reads ONLY /work/shared/seed/000_ec2607a1cce9557b.txt (override with argv[1]; argv[2] = output path).
Exit 1 when a register row does not map to one of the 77 provinces, a province appears twice
in one register, a row has a bad cell, or a column sum / grand total differs from the
published figure.

Region grouping: the official six-region grouping of Thailand (ภาค 6 ภาค, the grouping of the
คณะกรรมการภูมิศาสตร์แห่งชาติ / ราชบัณฑิตยสถาน, 2520/1977): เหนือ 9, ตะวันออกเฉียงเหนือ 20,
กลาง 22 (with กรุงเทพมหานคร), ตะวันออก 7, ตะวันตก 5, ใต้ 14.  Typed here because the seed
does not hold it; it is checked to cover the 77 provinces exactly once.
"""
import json
import re
import sys
from pathlib import Path

SEED = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/seed/000_ec2607a1cce9557b.txt")
OUT = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parent / "figures.json"

REGIONS = {
    "north": ("ภาคเหนือ", ["เชียงราย", "เชียงใหม่", "น่าน", "พะเยา", "แพร่", "แม่ฮ่องสอน",
                           "ลำปาง", "ลำพูน", "อุตรดิตถ์"]),
    "northeast": ("ภาคตะวันออกเฉียงเหนือ", ["กาฬสินธุ์", "ขอนแก่น", "ชัยภูมิ", "นครพนม",
                  "นครราชสีมา", "บึงกาฬ", "บุรีรัมย์", "มหาสารคาม", "มุกดาหาร", "ยโสธร",
                  "ร้อยเอ็ด", "เลย", "ศรีสะเกษ", "สกลนคร", "สุรินทร์", "หนองคาย", "หนองบัวลำภู",
                  "อำนาจเจริญ", "อุดรธานี", "อุบลราชธานี"]),
    "central": ("ภาคกลาง", ["กรุงเทพมหานคร", "กำแพงเพชร", "ชัยนาท", "นครนายก", "นครปฐม",
                "นครสวรรค์", "นนทบุรี", "ปทุมธานี", "พระนครศรีอยุธยา", "พิจิตร", "พิษณุโลก",
                "เพชรบูรณ์", "ลพบุรี", "สมุทรปราการ", "สมุทรสงคราม", "สมุทรสาคร", "สระบุรี",
                "สิงห์บุรี", "สุโขทัย", "สุพรรณบุรี", "อ่างทอง", "อุทัยธานี"]),
    "east": ("ภาคตะวันออก", ["จันทบุรี", "ฉะเชิงเทรา", "ชลบุรี", "ตราด", "ปราจีนบุรี",
             "ระยอง", "สระแก้ว"]),
    "west": ("ภาคตะวันตก", ["กาญจนบุรี", "ตาก", "ประจวบคีรีขันธ์", "เพชรบุรี", "ราชบุรี"]),
    "south": ("ภาคใต้", ["กระบี่", "ชุมพร", "ตรัง", "นครศรีธรรมราช", "นราธิวาส", "ปัตตานี",
              "พังงา", "พัทลุง", "ภูเก็ต", "ยะลา", "ระนอง", "สงขลา", "สตูล", "สุราษฎร์ธานี"]),
}
PROVINCES = sorted(p for _, (_, ps) in REGIONS.items() for p in ps)

# Obvious misspellings in the scan, repaired explicitly (and recorded in figures.json).
REPAIRS = {"อุตรธานี": "อุดรธานี"}

# Column headers -> agency codes (spaces removed before lookup). The register calls the
# Community Development Department "กรมพัฒนาชุมชน"; the MOU calls it "กรมการพัฒนาชุมชน".
AGENCY_HEADERS = {
    "กรมการปกครอง": "DOPA",
    "กรมส่งเสริมการปกครองท้องถิ่น": "DLA",
    "กรมสนับสนุนบริการสุขภาพ": "HSS",
    "กรมพัฒนาชุมชน": "CDD",
    "กรมการพัฒนาชุมชน": "CDD",
    "กรมกิจการผู้สูงอายุ": "DOP",
}
AGENCY_NAMES = {"ECT": "สำนักงานคณะกรรมการการเลือกตั้ง", "DOPA": "กรมการปกครอง",
                "DLA": "กรมส่งเสริมการปกครองท้องถิ่น", "HSS": "กรมสนับสนุนบริการสุขภาพ",
                "CDD": "กรมการพัฒนาชุมชน", "DOP": "กรมกิจการผู้สูงอายุ"}
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def fail(msg):
    print("figures.py: ERROR: " + msg, file=sys.stderr)
    sys.exit(1)


def to_int(s):
    return int(s.translate(THAI_DIGITS).replace(",", ""))


def cell(v, where):
    v = v.strip()
    if v in ("", "-", "–", "—"):
        return 0
    if not re.fullmatch(r"[0-9๐-๙]+", v):
        fail(f"bad cell {v!r} at {where}")
    return to_int(v)


def parse_register(lines, start, stop, kind, repairs_used):
    head = lines[start]
    m = re.search(r"จำนวน\s*([0-9,]+)\s*คน", "\n".join(lines[start:start + 4]))
    if not m:
        fail(f"{kind}: no published grand total")
    published_total = to_int(m.group(1))
    columns = None
    rows, seen, totals = {}, {}, None
    for i in range(start, stop):
        raw = lines[i].rstrip("\n")
        cells = raw.split("\t")
        stripped = [c.strip() for c in cells]
        # header line with agency names
        if any(c.replace(" ", "") in AGENCY_HEADERS for c in stripped):
            cols = [AGENCY_HEADERS[c.replace(" ", "")] for c in stripped if c.replace(" ", "") in AGENCY_HEADERS]
            if columns is None:
                columns = cols
            elif cols != columns:
                fail(f"{kind}: header at line {i+1} has other column order {cols}")
            continue
        if "รวมจำนวน" in raw:
            vals = [c for c in stripped if c and c != "รวมจำนวน"]
            totals = [cell(v, f"line {i+1}") for v in vals]
            continue
        m = re.match(r"^\s*([0-9]+)\t([^\t]+)\t(.*)$", raw)
        if not m:
            continue
        if columns is None:
            fail(f"{kind}: data before header at line {i+1}")
        name = m.group(2).strip().replace(" ", "")
        if name in REPAIRS:
            repairs_used.append({"register": kind, "line": i + 1, "row_no": int(m.group(1)),
                                 "as_printed": name, "repaired_to": REPAIRS[name]})
            name = REPAIRS[name]
        if name not in PROVINCES:
            fail(f"{kind}: row {m.group(1)} at line {i+1}: {name!r} is not one of the 77 provinces")
        if name in seen:
            fail(f"{kind}: province {name} appears twice (lines {seen[name]} and {i+1})")
        seen[name] = i + 1
        vals = m.group(3).split("\t")
        if len(vals) > len(columns):
            if any(v.strip() for v in vals[len(columns):]):
                fail(f"{kind}: too many cells at line {i+1}")
            vals = vals[:len(columns)]
        vals += [""] * (len(columns) - len(vals))   # empty trailing cell = 0
        rows[name] = {columns[k]: cell(vals[k], f"line {i+1}") for k in range(len(columns))}
    if totals is None or len(totals) != len(columns):
        fail(f"{kind}: published column totals missing or wrong length")
    published_cols = dict(zip(columns, totals))
    for a in columns:
        s = sum(r[a] for r in rows.values())
        if s != published_cols[a]:
            fail(f"{kind}: column {a} sums to {s}, published {published_cols[a]}")
    grand = sum(sum(r.values()) for r in rows.values())
    if grand != published_total or sum(totals) != published_total:
        fail(f"{kind}: grand total {grand} / columns {sum(totals)} vs published {published_total}")
    return columns, rows, published_cols, published_total


def parse_duties(lines):
    """Numbered duty items per party, per MOU, counted from the text."""
    heads = {"สำนักงานคณะกรรมการการเลือกตั้ง": "ECT", "กรมการปกครอง": "DOPA",
             "กรมส่งเสริมการปกครองท้องถิ่น": "DLA", "กรมสนับสนุนบริการสุขภาพ": "HSS",
             "กรมกิจการผู้สูงอายุ": "DOP", "กรมการพัฒนาชุมชน": "CDD"}
    mou = 0
    out = []
    cur = None
    for ln in lines:
        s = ln.strip()
        if s.startswith("บันทึกข้อตกลงฉบับนี้จัดทำขึ้นระหว่าง"):
            mou += 1
        m = re.fullmatch(r"ความร่วมมือของ(.+)", s)
        if m and m.group(1) in heads:
            cur = {"mou": mou, "agency": heads[m.group(1)], "items": 0}
            out.append(cur)
            continue
        if s.startswith("ทุกฝ่ายได้พิจารณา") or re.match(r"^[๐-๙]+\.\s*(ระยะเวลา|การเปลี่ยนแปลง)", s):
            cur = None
            continue
        if cur and re.match(r"^[๐-๙0-9]+\.", s):
            n = to_int(re.match(r"^([๐-๙0-9]+)\.", s).group(1))
            if n != cur["items"] + 1:
                fail(f"duty numbering jumps in {cur}")
            cur["items"] = n
    return out


def doc_facts(text):
    t = text
    def grab(pat):
        m = re.search(pat, t)
        if not m:
            fail("document fact not found: " + pat)
        return m
    facts = {}
    m = grab(r"ที่ มท ([๐-๙.]+)/ว ([๐-๙]+)")
    facts["letter_ref"] = "มท " + m.group(1).translate(THAI_DIGITS) + "/ว " + m.group(2).translate(THAI_DIGITS)
    m = grab(r"\n([๐-๙]+) (กุมภาพันธ์) ([๐-๙]{4})\n")
    facts["letter_date"] = {"day": to_int(m.group(1)), "month": m.group(2), "year_be": to_int(m.group(3))}
    m = grab(r"โทร\. ([๐-๙-]+) ต่อ ([๐-๙]+)")
    facts["contact_phone"] = m.group(1).translate(THAI_DIGITS)
    facts["contact_ext"] = to_int(m.group(2))
    m = grab(r"โทรสาร ([๐-๙-]+)")
    facts["contact_fax"] = m.group(1).translate(THAI_DIGITS)
    m = grab(r"ผู้ประสานงาน (\S+ \S+)")
    facts["contact_person"] = m.group(1)
    facts["contact_unit"] = "กองการเลือกตั้งท้องถิ่น" if "กองการเลือกตั้งท้องถิ่น" in t else fail("unit")
    m = grab(r"จัดตั้งศูนย์ส่งเสริมพัฒนาประชาธิปไตย \(ศส\.ปชต\.\) ตั้งแต่ปี พ\.ศ\. ([๐-๙]{4})")
    facts["centre_established_be"] = to_int(m.group(1))
    m = grab(r"ระยะเวลาความร่วมมือ\(([๐-๙]+)ปี\)")
    facts["mou2_term_years"] = to_int(m.group(1))
    m = grab(r"ล่วงหน้า ไม่น้อยกว่า ([๐-๙]+) \(สามสิบ\) วัน")
    facts["mou2_notice_days"] = to_int(m.group(1))
    m = grab(r"ปีงบประมาณ พ\.ศ\. ([๐-๙]{4}) จัดตั้งจังหวัดละ")
    facts["centre_rollout"] = {"province_level_be": to_int(m.group(1))}
    m = grab(r"ปีงบประมาณ พ\.ศ\. ([๐-๙]{4}) จัดตั้งอำเภอละ")
    facts["centre_rollout"]["district_level_be"] = to_int(m.group(1))
    m = grab(r"ครบทุกตำบล ในปีงบประมาณ พ\.ศ\. ([๐-๙]{4})")
    facts["centre_rollout"]["every_subdistrict_be"] = to_int(m.group(1))
    m = grab(r"รัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช ([๐-๙]{4})")
    facts["constitution_be"] = to_int(m.group(1))
    return facts


def main():
    text = SEED.read_text(encoding="utf-8")
    lines = text.split("\n")
    allp = [p for _, (_, ps) in REGIONS.items() for p in ps]
    if len(allp) != 77 or len(set(allp)) != 77:
        fail("region table does not cover 77 distinct provinces")
    core_i = next(i for i, l in enumerate(lines) if l.startswith("ทะเบียนประวัติวิทยากรหลัก"))
    ext_i = next(i for i, l in enumerate(lines) if l.startswith("ทะเบียนประวัติวิทยากรขยายผล"))
    year = re.search(r"ประจำปี (\d{4})", lines[core_i]).group(1)
    repairs = []
    regs = {}
    for kind, a, b in (("core", core_i, ext_i), ("extended", ext_i, len(lines))):
        cols, rows, pub_cols, pub_total = parse_register(lines, a, b, kind, repairs)
        by_agency = {c: sum(r[c] for r in rows.values()) for c in cols}
        by_region = {}
        for rk, (rname, ps) in REGIONS.items():
            rr = {c: sum(rows.get(p, {}).get(c, 0) for p in ps) for c in cols}
            by_region[rk] = {"name": rname, "by_agency": rr, "total": sum(rr.values()),
                             "provinces_listed": sum(1 for p in ps if p in rows),
                             "provinces_with_trainers": sum(1 for p in ps if p in rows and sum(rows[p].values()) > 0)}
        regs[kind] = {
            "title": lines[a].strip(),
            "year_be": int(year),
            "columns": cols,
            "published_total": pub_total,
            "published_column_totals": pub_cols,
            "by_agency": by_agency,
            "total": sum(by_agency.values()),
            "provinces_listed": len(rows),
            "provinces_with_trainers": sum(1 for r in rows.values() if sum(r.values()) > 0),
            "provinces": {p: {"by_agency": rows[p], "total": sum(rows[p].values()),
                              "region": next(k for k, (_, ps) in REGIONS.items() if p in ps)}
                          for p in sorted(rows)},
            "by_region": by_region,
        }
    out = {
        "source": str(SEED),
        "agency_codes": AGENCY_NAMES,
        "agency_header_aliases": AGENCY_HEADERS,
        "provinces": PROVINCES,
        "regions": {k: {"name": n, "provinces": ps} for k, (n, ps) in REGIONS.items()},
        "region_grouping": "official six-region grouping (คณะกรรมการภูมิศาสตร์แห่งชาติ 2520): north 9, northeast 20, central 22 incl. Bangkok, east 7, west 5, south 14",
        "repairs": repairs,
        "registers": regs,
        "duties": parse_duties(lines),
        "document": doc_facts(text),
        "notes": [
            "'-' and empty cells are 0 (extended row เพชรบูรณ์ has an empty DOP cell).",
            "กรมพัฒนาชุมชน in the register headers = กรมการพัฒนาชุมชน (CDD) of MOU 2.",
            "กรุงเทพมหานคร is listed in the extended register with every cell '-' (0 trainers).",
        ],
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    for k, r in regs.items():
        print(f"{k}: {r['provinces_listed']} provinces listed, {r['provinces_with_trainers']} with trainers, total {r['total']} (published {r['published_total']}), by agency {r['by_agency']}")
    print("repairs:", repairs)
    print("duties:", [(d['mou'], d['agency'], d['items']) for d in out['duties']])
    print("document:", out["document"])


if __name__ == "__main__":
    main()
