#!/usr/bin/env python3
"""Parse the two 2563 trainer registers from the seed text, check them against the
published total rows and the "จำนวน N คน" headlines, and write figures.json.

Stops with an error (exit 1) on any mismatch or on a row that does not map to one of
the 77 provinces."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seed/000_ec2607a1cce9557b.txt"

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
assert len(PROVINCES) == 77 and len(set(PROVINCES)) == 77

# Known scanning misspellings in the seed (explicit; anything else unknown is an error).
MISSPELLINGS = {"อุตรธานี": "อุดรธานี"}

# Region grouping: the six geographic regions of the Royal Institute / NRCT (1977) scheme.
REGIONS = {
    "north": ("ภาคเหนือ", ["เชียงราย", "เชียงใหม่", "น่าน", "พะเยา", "แพร่", "แม่ฮ่องสอน", "ลำปาง",
                           "ลำพูน", "อุตรดิตถ์"]),
    "northeast": ("ภาคตะวันออกเฉียงเหนือ", ["กาฬสินธุ์", "ขอนแก่น", "ชัยภูมิ", "นครพนม", "นครราชสีมา",
                  "บึงกาฬ", "บุรีรัมย์", "มหาสารคาม", "มุกดาหาร", "ยโสธร", "ร้อยเอ็ด", "เลย", "สกลนคร",
                  "สุรินทร์", "ศรีสะเกษ", "หนองคาย", "หนองบัวลำภู", "อุดรธานี", "อุบลราชธานี", "อำนาจเจริญ"]),
    "central": ("ภาคกลาง", ["กรุงเทพมหานคร", "กำแพงเพชร", "ชัยนาท", "นครนายก", "นครปฐม", "นครสวรรค์",
                "นนทบุรี", "ปทุมธานี", "พระนครศรีอยุธยา", "พิจิตร", "พิษณุโลก", "เพชรบูรณ์", "ลพบุรี",
                "สมุทรปราการ", "สมุทรสงคราม", "สมุทรสาคร", "สิงห์บุรี", "สุโขทัย", "สุพรรณบุรี", "สระบุรี",
                "อ่างทอง", "อุทัยธานี"]),
    "east": ("ภาคตะวันออก", ["จันทบุรี", "ฉะเชิงเทรา", "ชลบุรี", "ตราด", "ปราจีนบุรี", "ระยอง", "สระแก้ว"]),
    "west": ("ภาคตะวันตก", ["กาญจนบุรี", "ตาก", "ประจวบคีรีขันธ์", "เพชรบุรี", "ราชบุรี"]),
    "south": ("ภาคใต้", ["กระบี่", "ชุมพร", "ตรัง", "นครศรีธรรมราช", "นราธิวาส", "ปัตตานี", "พังงา",
              "พัทลุง", "ภูเก็ต", "ระนอง", "สตูล", "สงขลา", "สุราษฎร์ธานี", "ยะลา"]),
}
# Smaller, well-defined groupings also used by a few cases.
SUBREGIONS = {
    "upper_north": ("ภาคเหนือตอนบน 8 จังหวัด", ["เชียงราย", "เชียงใหม่", "น่าน", "พะเยา", "แพร่",
                    "แม่ฮ่องสอน", "ลำปาง", "ลำพูน"]),
    "deep_south": ("3 จังหวัดชายแดนภาคใต้", ["ปัตตานี", "ยะลา", "นราธิวาส"]),
    "andaman": ("อันดามัน 6 จังหวัด", ["กระบี่", "ตรัง", "พังงา", "ภูเก็ต", "ระนอง", "สตูล"]),
}

HEADER_AGENCY = {
    "กรมการปกครอง": "DOPA",
    "กรมส่งเสริมการปกครองท้องถิ่น": "DLA",
    "กรมสนับสนุนบริการสุขภาพ": "HSS",
    "กรมพัฒนาชุมชน": "CDD",
    "กรมการพัฒนาชุมชน": "CDD",
    "กรมกิจการผู้สูงอายุ": "DOP",
}
AGENCIES = ["DOPA", "DLA", "HSS", "CDD", "DOP"]


def die(msg):
    sys.stderr.write("figures.py: ERROR: " + msg + "\n")
    sys.exit(1)


def cell(v, where):
    v = v.strip()
    if v in ("", "-", "–"):
        return 0
    if not re.fullmatch(r"\d+", v):
        die(f"bad cell {v!r} at {where}")
    return int(v)


def parse_register(lines, start_marker, label):
    idx = next((i for i, l in enumerate(lines) if l.startswith(start_marker)), None)
    if idx is None:
        die(f"register {label}: heading not found")
    headline = None
    rows = {}
    order = []
    total_row = None
    columns = None
    i = idx + 1
    while i < len(lines):
        l = lines[i]
        if l.startswith("ทะเบียนประวัติ") and i != idx:
            break
        m = re.fullmatch(r"\s*จำนวน\s+([\d,]+)\s+คน\s*", l)
        if m and headline is None:
            headline = int(m.group(1).replace(",", ""))
        parts = l.split("\t")
        if len(parts) >= 3 and parts[0] == "" and parts[1] == "" and "กรม" in l:
            cols = [HEADER_AGENCY.get(re.sub(r"\s+", "", p)) for p in parts[2:]]
            if None in cols:
                die(f"register {label}: unknown column header in line {i+1}: {parts[2:]}")
            if columns is None:
                columns = cols
            elif cols != columns:
                die(f"register {label}: repeated header with different column order at line {i+1}")
        if len(parts) >= 2 and re.fullmatch(r"\d+", parts[0].strip()):
            if columns is None:
                die(f"register {label}: data row before header at line {i+1}")
            no = int(parts[0])
            name = parts[1].strip()
            vals = (parts[2:] + [""] * 5)[:5]
            if len(parts) > 7 and any(p.strip() for p in parts[7:]):
                die(f"register {label}: too many cells at line {i+1}")
            prov = MISSPELLINGS.get(name, name)
            if prov not in PROVINCES:
                die(f"register {label}: row {no} {name!r} is not one of the 77 provinces")
            if prov in rows:
                die(f"register {label}: province {prov} twice")
            if no != len(order) + 1:
                die(f"register {label}: row number {no} out of sequence")
            rows[prov] = {a: cell(v, f"{label} line {i+1}") for a, v in zip(columns, vals)}
            order.append(prov)
        if "รวมจำนวน" in l:
            nums = [p for p in parts if re.fullmatch(r"\s*\d+\s*", p)]
            if len(nums) != 5:
                die(f"register {label}: total row malformed at line {i+1}")
            total_row = dict(zip(columns, (int(n) for n in nums)))
            break
        i += 1
    if headline is None:
        die(f"register {label}: headline 'จำนวน N คน' not found")
    if total_row is None:
        die(f"register {label}: total row not found")
    for a in AGENCIES:
        s = sum(r[a] for r in rows.values())
        if s != total_row[a]:
            die(f"register {label}: column {a} sums to {s}, published total {total_row[a]}")
    grand = sum(total_row.values())
    if grand != headline:
        die(f"register {label}: total row sums to {grand}, headline says {headline}")
    return rows, order, total_row, headline


THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def parse_document(text):
    """Facts of the letter and the MOUs, read from the seed text (Thai digits converted)."""
    t = text.translate(THAI_DIGITS)
    out = {}
    out["mou_count"] = t.count("บันทึกข้อตกลงฉบับนี้จัดทำขึ้นระหว่าง")
    m = re.search(r"โทร\.\s*(\d)-(\d{4})-(\d{4})\s*ต่อ\s*(\d{4})", t)
    if not m:
        die("phone not found in letter")
    out["phone_digits"] = m.groups()
    out["phone"] = f"{m.group(1)}-{m.group(2)}-{m.group(3)} ต่อ {m.group(4)}"
    m = re.search(r"โทรสาร\s*(\d)-(\d{4})-(\d{4})", t)
    if not m:
        die("fax not found in letter")
    out["fax_digits"] = (m.group(1), m.group(2), m.group(3))
    out["fax"] = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = re.search(r"ตั้งแต่ปี พ\.ศ\. (\d{4})", t)
    out["founded"] = int(m.group(1))
    m = re.search(r"ระยะเวลาความร่วมมือ\s*\((\d+)\s*ปี\)", t)
    out["term_years"] = int(m.group(1))
    m = re.search(r"ไม่น้อยกว่า\s*(\d+)\s*\(สามสิบ\)\s*วัน", t)
    out["notice_days"] = int(m.group(1))
    heads = {"ความร่วมมือของสำนักงานคณะกรรมการการเลือกตั้ง": "ECT",
             "ความร่วมมือของกรมการปกครอง": "DOPA",
             "ความร่วมมือของกรมส่งเสริมการปกครองท้องถิ่น": "DLA",
             "ความร่วมมือของกรมสนับสนุนบริการสุขภาพ": "HSS",
             "ความร่วมมือของกรมกิจการผู้สูงอายุ": "DOP",
             "ความร่วมมือของกรมการพัฒนาชุมชน": "CDD"}
    counts = {}
    cur = None
    for line in t.split("\n"):
        s = line.strip()
        if s in heads:
            cur = heads[s]
            counts.setdefault(cur, 0)
            n = 0
            continue
        if cur and re.match(r"^(\d)\.", s):
            k = int(s.split(".")[0])
            if k == n + 1 and not s[2:].strip().startswith("ระยะเวลา"):
                n = k
                counts[cur] = max(counts[cur], n)
            elif k != n + 1:
                cur = None
        elif cur and (s.startswith("ทุกฝ่าย") or s.startswith("บันทึกข้อตกลง")):
            cur = None
    out["duty_counts"] = counts
    return out


def main():
    with open(SEED, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    core, core_order, core_tot, core_head = parse_register(lines, "ทะเบียนประวัติวิทยากรหลัก", "core")
    ext, ext_order, ext_tot, ext_head = parse_register(lines, "ทะเบียนประวัติวิทยากรขยายผล", "extended")
    if len(core) != 32:
        die(f"core register has {len(core)} provinces, expected 32")
    if len(ext) != 77:
        die(f"extended register has {len(ext)} provinces, expected 77")
    for p, r in core.items():
        r["total"] = sum(r[a] for a in AGENCIES)
    for p, r in ext.items():
        r["total"] = sum(r[a] for a in AGENCIES)

    def reg_block(rows, tot, head):
        return {"total": head, "by_agency": tot,
                "by_province": {p: rows[p] for p in PROVINCES if p in rows}}

    combined_prov = {p: (core.get(p, {}).get("total", 0) + ext[p]["total"]) for p in PROVINCES}
    combined = {"total": core_head + ext_head,
                "by_agency": {a: core_tot[a] + ext_tot[a] for a in AGENCIES},
                "by_province": combined_prov}

    def ranking(rows):
        tots = {p: r["total"] for p, r in rows.items()}
        mx = max(tots.values())
        nz = [v for v in tots.values() if v > 0]
        mn = min(nz)
        return {"max": {"value": mx, "provinces": [p for p in PROVINCES if tots.get(p) == mx]},
                "min_nonzero": {"value": mn, "provinces": [p for p in PROVINCES if tots.get(p) == mn]},
                "zero": [p for p in PROVINCES if p in tots and tots[p] == 0],
                "top5": sorted(tots.items(), key=lambda kv: (-kv[1], PROVINCES.index(kv[0])))[:5]}

    def agency_rank(rows):
        out = {}
        for a in AGENCIES:
            vals = {p: r[a] for p, r in rows.items()}
            mx = max(vals.values())
            out[a] = {"max": mx, "provinces": [p for p in PROVINCES if vals.get(p) == mx]}
        return out

    coverage = {
        "core_provinces": sum(1 for r in core.values() if r["total"] > 0),
        "core_missing": 77 - sum(1 for r in core.values() if r["total"] > 0),
        "core_missing_list": [p for p in PROVINCES if p not in core or core[p]["total"] == 0],
        "extended_listed": len(ext),
        "extended_provinces_with_trainers": sum(1 for r in ext.values() if r["total"] > 0),
        "extended_missing_list": [p for p in PROVINCES if ext[p]["total"] == 0],
        "core_by_agency_provinces": {a: sum(1 for r in core.values() if r[a] > 0) for a in AGENCIES},
        "extended_by_agency_provinces": {a: sum(1 for r in ext.values() if r[a] > 0) for a in AGENCIES},
        "core_all5_provinces": sum(1 for r in core.values() if all(r[a] > 0 for a in AGENCIES)),
        "extended_all5_provinces": sum(1 for r in ext.values() if all(r[a] > 0 for a in AGENCIES)),
        "provinces_with_any_trainer": sum(1 for p in PROVINCES if combined_prov[p] > 0),
    }

    def region_sums(groups):
        out = {}
        for key, (name, provs) in groups.items():
            c = {a: sum(core.get(p, {}).get(a, 0) for p in provs) for a in AGENCIES}
            e = {a: sum(ext[p][a] for p in provs) for a in AGENCIES}
            out[key] = {"name": name, "provinces": provs,
                        "core": dict(c, total=sum(c.values())),
                        "extended": dict(e, total=sum(e.values())),
                        "combined": sum(c.values()) + sum(e.values()),
                        "core_provinces": sum(1 for p in provs if p in core and core[p]["total"] > 0)}
        return out

    allreg = [p for _, (n, ps) in REGIONS.items() for p in ps]
    if sorted(allreg) != sorted(PROVINCES):
        die("region grouping does not cover the 77 provinces exactly once")
    regions = region_sums(REGIONS)
    if sum(r["core"]["total"] for r in regions.values()) != core_head or \
       sum(r["extended"]["total"] for r in regions.values()) != ext_head:
        die("regional sums do not add up to national totals")

    text = "\n".join(lines)
    doc = parse_document(text)
    document = {
        "mou_count": doc["mou_count"],
        "mou1_partner_count": 4,
        "mou2_term_years": doc["term_years"],
        "mou2_notice_days": doc["notice_days"],
        "duty_counts": doc["duty_counts"],
        "center_per_province_2563": 1,
        "register_agency_count": 5,
        "register_year": 2563,
        "center_founded": doc["founded"],
        "center_rollout": {"2563": "จังหวัดละ 1 ตำบล (1 ศูนย์)", "2564": "อำเภอละ 1 ตำบล (1 ศูนย์)",
                           "2565": "ครบทุกตำบล"},
        "center_rollout_years": [2563, 2564, 2565],
        "constitution_year": 2560,
        "letter_ref": "มท 0818.2/ว 2565",
        "letter_ref_number": 2565,
        "letter_date": "1 กุมภาพันธ์ 2565",
        "letter_year": 2565,
        "contact_office": "กองการเลือกตั้งท้องถิ่น กรมส่งเสริมการปกครองท้องถิ่น",
        "contact_phone": doc["phone"],
        "contact_phone_main": int(doc["phone_digits"][2]),
        "contact_phone_ext": int(doc["phone_digits"][3]),
        "contact_fax": doc["fax"],
        "contact_fax_last": int(doc["fax_digits"][2]),
        "contact_prefix": int(doc["phone_digits"][1]),
        "contact_person": "นางจันทร์รัตน์ อารุณปัญญากุล",
        "postcode": 10300,
    }

    out = {
        "source": os.path.basename(SEED),
        "provinces": PROVINCES,
        "agencies": AGENCIES,
        "core": reg_block(core, core_tot, core_head),
        "extended": reg_block(ext, ext_tot, ext_head),
        "core_order": core_order,
        "extended_order": ext_order,
        "combined": combined,
        "coverage": coverage,
        "rankings": {"core": ranking(core), "extended": ranking(ext),
                     "combined": ranking({p: {"total": v} for p, v in combined_prov.items()}),
                     "core_by_agency": agency_rank(core), "extended_by_agency": agency_rank(ext)},
        "regions": regions,
        "subregions": region_sums(SUBREGIONS),
        "document": document,
        "misspellings_mapped": MISSPELLINGS,
    }
    with open(os.path.join(HERE, "figures.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print(f"figures.py: core {core_head} ({len(core)} provinces) {core_tot}; "
          f"extended {ext_head} ({len(ext)} provinces) {ext_tot}; all totals match")


if __name__ == "__main__":
    main()
