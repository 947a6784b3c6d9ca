#!/usr/bin/env python3
"""Parse the two trainer registers (core / extended) and the letter facts out of the
seed document and write figures.json next to this script.

Standard library only.  Every expected figure in messages.jsonl is read from figures.json.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"

PROVINCES = [
    "กระบี่", "กรุงเทพมหานคร", "กาญจนบุรี", "กาฬสินธุ์", "กำแพงเพชร", "ขอนแก่น", "จันทบุรี",
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

# spellings in the source that are not the canonical name (see seed README)
SOURCE_MISSPELLINGS = {"อุตรธานี": "อุดรธานี"}

AGENCY_HEADERS = {
    "กรมการปกครอง": "DOPA",
    "กรมส่งเสริมการปกครองท้องถิ่น": "DLA",
    "กรมสนับสนุนบริการสุขภาพ": "HSS",
    "กรมพัฒนาชุมชน": "CDD",       # the table's spelling
    "กรมการพัฒนาชุมชน": "CDD",    # the MOU's spelling
    "กรมกิจการผู้สูงอายุ": "DOP",
}
COLS = ["DOPA", "DLA", "HSS", "CDD", "DOP"]

# Regions used by region test cases (standard groupings; listed so the note can say what was summed)
REGIONS = {
    "northeast": ["กาฬสินธุ์", "ขอนแก่น", "ชัยภูมิ", "นครพนม", "นครราชสีมา", "บึงกาฬ", "บุรีรัมย์",
                  "มหาสารคาม", "มุกดาหาร", "ยโสธร", "ร้อยเอ็ด", "เลย", "ศรีสะเกษ", "สกลนคร",
                  "สุรินทร์", "หนองคาย", "หนองบัวลำภู", "อำนาจเจริญ", "อุดรธานี", "อุบลราชธานี"],
    "south": ["กระบี่", "ชุมพร", "ตรัง", "นครศรีธรรมราช", "นราธิวาส", "ปัตตานี", "พังงา", "พัทลุง",
              "ภูเก็ต", "ยะลา", "ระนอง", "สงขลา", "สตูล", "สุราษฎร์ธานี"],
    "deep_south": ["ปัตตานี", "ยะลา", "นราธิวาส"],
    "east": ["จันทบุรี", "ฉะเชิงเทรา", "ชลบุรี", "ตราด", "ปราจีนบุรี", "ระยอง", "สระแก้ว"],
    "upper_north8": ["เชียงใหม่", "ลำพูน", "ลำปาง", "แม่ฮ่องสอน", "เชียงราย", "พะเยา", "แพร่", "น่าน"],
    "north17": ["เชียงใหม่", "ลำพูน", "ลำปาง", "แม่ฮ่องสอน", "เชียงราย", "พะเยา", "แพร่", "น่าน",
                "อุตรดิตถ์", "ตาก", "สุโขทัย", "พิษณุโลก", "พิจิตร", "กำแพงเพชร", "เพชรบูรณ์",
                "นครสวรรค์", "อุทัยธานี"],
}
for r, ps in REGIONS.items():
    for p in ps:
        assert p in PROVINCES, (r, p)
assert len(REGIONS["northeast"]) == 20 and len(REGIONS["south"]) == 14 and len(REGIONS["north17"]) == 17

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def arabic(s):
    return s.translate(THAI_DIGITS)


def norm(s):
    return re.sub(r"\s+", "", s)


def cell(v):
    v = v.strip()
    if v in ("", "-", "–", "—"):
        return 0
    assert re.fullmatch(r"\d+", v), repr(v)
    return int(v)


def parse_table(lines, title):
    """Return (rows{province: {col: n}}, printed_totals{col: n}, printed_grand_total)."""
    start = next(i for i, l in enumerate(lines) if l.startswith(title))
    grand = None
    rows, totals, order = {}, None, []
    expected_no = 1
    for l in lines[start + 1:]:
        if l.startswith("ทะเบียนประวัติ"):
            break  # next table
        m = re.match(r"จำนวน\s*([\d,]+)\s*คน", l.strip())
        if m and grand is None:
            grand = int(m.group(1).replace(",", ""))
            continue
        parts = l.rstrip("\n").split("\t")
        if len(parts) >= 3 and parts[0] == "" and parts[1] == "" and any(norm(p) in AGENCY_HEADERS for p in parts[2:]):
            hdr = [AGENCY_HEADERS[norm(p)] for p in parts[2:] if norm(p)]
            assert hdr == COLS, hdr          # repeated header: same column order every page
            order.append(hdr)
            continue
        if re.match(r"^\d+\t", l):
            no, name, *vals = parts
            assert int(no) == expected_no, (title, no, expected_no)
            expected_no += 1
            vals = (vals + [""] * 5)[:5]        # a trailing empty cell = zero
            name = name.strip()
            canon = SOURCE_MISSPELLINGS.get(name, name)
            assert canon in PROVINCES, ("unknown province", name)
            assert canon not in rows, ("duplicate", canon)
            rows[canon] = dict(zip(COLS, (cell(v) for v in vals)))
            continue
        if "รวมจำนวน" in l:
            vals = [p for p in parts if p.strip() and "รวม" not in p]
            totals = dict(zip(COLS, (cell(v) for v in vals)))
    assert order, "no header found"
    assert totals is not None, "no column-total row"
    return rows, totals, grand


def doc_facts(text):
    t = arabic(text)
    f = {}
    m = re.search(r"ที่ มท (\d{4}\.\d)/ว (\d{4})", t); f["letter_no"] = "มท %s/ว %s" % m.groups()
    f["letter_no_thai"] = re.search(r"ที่ (มท [๐-๙.]+/ว [๐-๙]+)", text).group(1)
    m = re.search(r"^(\d+) (กุมภาพันธ์) (\d{4})$", t, re.M); f["letter_date"] = {"day": int(m.group(1)), "month": m.group(2), "year_be": int(m.group(3))}
    m = re.search(r"โทร\. (\d)-(\d{4})-(\d{4}) ต่อ (\d{4})", t); f["phone"] = {"text": "%s-%s-%s ต่อ %s" % m.groups(), "parts": [int(m.group(2)), int(m.group(3))], "ext": int(m.group(4))}
    m = re.search(r"โทรสาร (\d)-(\d{4})-(\d{4})", t); f["fax"] = {"text": "%s-%s-%s" % m.groups(), "parts": [int(m.group(2)), int(m.group(3))]}
    m = re.search(r"ผู้ประสานงาน (\S+ \S+)", t); f["coordinator"] = m.group(1)
    f["office"] = "กองการเลือกตั้งท้องถิ่น" if "กองการเลือกตั้งท้องถิ่น" in t else None
    m = re.search(r"กำหนดระยะเวลาความร่วมมือ\((\d)ปี\)", t); f["mou2_term_years"] = int(m.group(1))
    m = re.search(r"ไม่น้อยกว่า (\d+) \(สามสิบ\) วัน", t); f["mou2_notice_days"] = int(m.group(1))
    m = re.search(r"ตั้งแต่ปี พ\.ศ\. (\d{4})", t); f["centres_since_be"] = int(m.group(1))
    m = re.search(r"ปีงบประมาณ พ\.ศ\. (\d{4}) จัดตั้งจังหวัดละ (\d) ตำบล.*?ปีงบประมาณ พ\.ศ\. (\d{4}) จัดตั้งอำเภอละ (\d) ตำบล.*?ครบทุกตำบล ในปีงบประมาณ พ\.ศ\. (\d{4})", t, re.S)
    f["centre_rollout"] = {"per_province_year": int(m.group(1)), "per_district_year": int(m.group(3)), "all_tambon_year": int(m.group(5))}
    m = re.search(r"พุทธศักราช (\d{4})", t); f["constitution_be"] = int(m.group(1))
    m = re.search(r"ประจำปี (\d{4})", t); f["register_year_be"] = int(m.group(1))
    # signatories as printed (names are OCR-garbled in places; both copies kept)
    f["signatories_printed"] = re.findall(r"\((?:นาย|นาง|นายแพทย์)?[^()\n]*?\)\s*\n\s*(?:\n\s*)*(?:เลขาธิการ|อธิบดี|รองเลขาธิการ|รองอธิบดี)[^\n]*", text)
    return f


def main():
    text = open(SEED, encoding="utf-8").read()
    lines = text.split("\n")
    core, core_tot, core_grand = parse_table(lines, "ทะเบียนประวัติวิทยากรหลัก")
    ext, ext_tot, ext_grand = parse_table(lines, "ทะเบียนประวัติวิทยากรขยายผล")

    # ---- published checks ----
    assert core_grand == 158, core_grand
    assert ext_grand == 1497, ext_grand
    assert len(core) == 32, len(core)
    assert len(ext) == 77 and set(ext) == set(PROVINCES)
    for c in COLS:
        s = sum(r[c] for r in core.values()); assert s == core_tot[c], ("core", c, s, core_tot[c])
        s = sum(r[c] for r in ext.values()); assert s == ext_tot[c], ("extended", c, s, ext_tot[c])
    assert core_tot == {"DOPA": 35, "DLA": 31, "HSS": 30, "CDD": 30, "DOP": 32}, core_tot
    assert ext_tot == {"DOPA": 325, "DLA": 299, "HSS": 301, "CDD": 296, "DOP": 276}, ext_tot
    assert sum(core_tot.values()) == 158 and sum(ext_tot.values()) == 1497

    def full(rows):
        out = {}
        for p in PROVINCES:
            r = dict(rows.get(p, {c: 0 for c in COLS}))
            r["total"] = sum(r[c] for c in COLS)
            out[p] = r
        return out

    C, E = full(core), full(ext)
    B = {p: {k: C[p][k] + E[p][k] for k in COLS + ["total"]} for p in PROVINCES}
    tot = {
        "core": dict(core_tot, total=sum(core_tot.values())),
        "extended": dict(ext_tot, total=sum(ext_tot.values())),
    }
    tot["both"] = {k: tot["core"][k] + tot["extended"][k] for k in COLS + ["total"]}

    def rank(table, key="total"):
        return sorted(PROVINCES, key=lambda p: (-table[p][key], PROVINCES.index(p)))

    coverage = {}
    for tname, T in (("core", C), ("extended", E), ("both", B)):
        cov = {"with": [p for p in PROVINCES if T[p]["total"] > 0],
               "without": [p for p in PROVINCES if T[p]["total"] == 0]}
        for c in COLS:
            cov["with_" + c] = [p for p in PROVINCES if T[p][c] > 0]
            cov["without_" + c] = [p for p in PROVINCES if T[p][c] == 0]
        cov["count_with"] = len(cov["with"]); cov["count_without"] = len(cov["without"])
        coverage[tname] = cov
    # core-table provinces (listed in the core register) that lack one department
    coverage["core_listed_but_missing_a_department"] = {p: [c for c in COLS if core[p][c] == 0] for p in core if any(core[p][c] == 0 for c in COLS)}

    rankings = {}
    for tname, T in (("core", C), ("extended", E), ("both", B)):
        rankings[tname] = {k: [[p, T[p][k]] for p in rank(T, k)] for k in COLS + ["total"]}

    regions = {}
    for r, ps in REGIONS.items():
        regions[r] = {"provinces": ps,
                      "core": {k: sum(C[p][k] for p in ps) for k in COLS + ["total"]},
                      "extended": {k: sum(E[p][k] for p in ps) for k in COLS + ["total"]}}
        regions[r]["both"] = {k: regions[r]["core"][k] + regions[r]["extended"][k] for k in COLS + ["total"]}

    out = {
        "source": SEED,
        "provinces": PROVINCES,
        "columns": COLS,
        "source_misspellings": SOURCE_MISSPELLINGS,
        "core": C, "extended": E, "both": B,
        "totals": tot,
        "published": {"core_grand": core_grand, "extended_grand": ext_grand,
                      "core_columns": core_tot, "extended_columns": ext_tot},
        "coverage": coverage,
        "rankings": rankings,
        "regions": regions,
        "document": doc_facts(text),
    }
    path = os.path.join(HERE, "figures.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print("ok: core %d in %d provinces, extended %d in %d provinces -> %s" % (
        tot["core"]["total"], coverage["core"]["count_with"], tot["extended"]["total"],
        coverage["extended"]["count_with"], path))


if __name__ == "__main__":
    main()
