#!/usr/bin/env python3
"""Parse the two trainer registers (core / extended, 2563) out of the seed text
and write figures.json next to this script.  Standard library only.

Checks (assert): every row maps to one of the 77 canonical provinces, row numbers
run 1..N without gaps, no province twice in one register, the extended register
holds all 77 provinces, and the parsed column sums and grand totals equal the
totals printed in the document ("รวมจำนวน" rows and the "จำนวน N คน" lines).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.environ.get("SEED", "/work/shared/seed/000_ec2607a1cce9557b.txt")

PROVINCES = """กรุงเทพมหานคร กระบี่ กาญจนบุรี กาฬสินธุ์ กำแพงเพชร ขอนแก่น จันทบุรี ฉะเชิงเทรา ชลบุรี
ชัยนาท ชัยภูมิ ชุมพร เชียงราย เชียงใหม่ ตรัง ตราด ตาก นครนายก นครปฐม นครพนม นครราชสีมา
นครศรีธรรมราช นครสวรรค์ นนทบุรี นราธิวาส น่าน บึงกาฬ บุรีรัมย์ ปทุมธานี ประจวบคีรีขันธ์
ปราจีนบุรี ปัตตานี พระนครศรีอยุธยา พะเยา พังงา พัทลุง พิจิตร พิษณุโลก เพชรบุรี เพชรบูรณ์ แพร่
ภูเก็ต มหาสารคาม มุกดาหาร แม่ฮ่องสอน ยโสธร ยะลา ร้อยเอ็ด ระนอง ระยอง ราชบุรี ลพบุรี ลำปาง
ลำพูน เลย ศรีสะเกษ สกลนคร สงขลา สตูล สมุทรปราการ สมุทรสงคราม สมุทรสาคร สระแก้ว สระบุรี
สิงห์บุรี สุโขทัย สุพรรณบุรี สุราษฎร์ธานี สุรินทร์ หนองคาย หนองบัวลำภู อ่างทอง อำนาจเจริญ
อุดรธานี อุตรดิตถ์ อุทัยธานี อุบลราชธานี""".split()
assert len(PROVINCES) == 77 and len(set(PROVINCES)) == 77

# scanning noise: a province name misspelled in one table
ROW_ALIASES = {"อุตรธานี": "อุดรธานี"}

# column headers (spaces removed) -> DESIGN.md agency codes
HEADER_CODES = {
    "กรมการปกครอง": "DOPA",
    "กรมส่งเสริมการปกครองท้องถิ่น": "DLA",
    "กรมสนับสนุนบริการสุขภาพ": "HSS",
    "กรมพัฒนาชุมชน": "CDD",
    "กรมการพัฒนาชุมชน": "CDD",
    "กรมกิจการผู้สูงอายุ": "DOP",
}
AGENCIES = ["DOPA", "DLA", "HSS", "CDD", "DOP"]

# six-region scheme (Royal Institute, 1977) used for the region cases
REGIONS = {
    "north": "เชียงราย เชียงใหม่ น่าน พะเยา แพร่ แม่ฮ่องสอน ลำปาง ลำพูน อุตรดิตถ์".split(),
    "northeast": ("กาฬสินธุ์ ขอนแก่น ชัยภูมิ นครพนม นครราชสีมา บึงกาฬ บุรีรัมย์ มหาสารคาม มุกดาหาร "
                  "ยโสธร ร้อยเอ็ด เลย ศรีสะเกษ สกลนคร สุรินทร์ หนองคาย หนองบัวลำภู อำนาจเจริญ "
                  "อุดรธานี อุบลราชธานี").split(),
    "central": ("กรุงเทพมหานคร กำแพงเพชร ชัยนาท นครนายก นครปฐม นครสวรรค์ นนทบุรี ปทุมธานี "
                "พระนครศรีอยุธยา พิจิตร พิษณุโลก เพชรบูรณ์ ลพบุรี สมุทรปราการ สมุทรสงคราม "
                "สมุทรสาคร สิงห์บุรี สุโขทัย สุพรรณบุรี สระบุรี อ่างทอง อุทัยธานี").split(),
    "east": "จันทบุรี ฉะเชิงเทรา ชลบุรี ตราด ปราจีนบุรี ระยอง สระแก้ว".split(),
    "west": "กาญจนบุรี ตาก ประจวบคีรีขันธ์ เพชรบุรี ราชบุรี".split(),
    "south": ("กระบี่ ชุมพร ตรัง นครศรีธรรมราช นราธิวาส ปัตตานี พังงา พัทลุง ภูเก็ต ระนอง "
              "สตูล สงขลา สุราษฎร์ธานี ยะลา").split(),
}
# the four-region "ภาคเหนือ 17 จังหวัด" usage adds the lower north
NORTH17_EXTRA = "กำแพงเพชร ตาก นครสวรรค์ พิจิตร พิษณุโลก เพชรบูรณ์ สุโขทัย อุทัยธานี".split()

_all = [p for ps in REGIONS.values() for p in ps]
assert sorted(_all) == sorted(PROVINCES), "region scheme must partition the 77 provinces"


def cell(v):
    v = v.strip()
    if v in ("", "-", "–"):
        return 0
    assert re.fullmatch(r"\d+", v), "bad cell %r" % v
    return int(v)


def parse_register(lines, title_word):
    """Return (rows{province: {code: n}}, printed_total, printed_col_totals)."""
    start = next(i for i, l in enumerate(lines) if l.startswith("ทะเบียนประวัติ" + title_word))
    rows, order, printed_total, col_totals, columns = {}, [], None, None, None
    expect_no = 1
    for l in lines[start + 1:]:
        if l.startswith("ทะเบียนประวัติ"):
            break
        m = re.match(r"^จำนวน\s+([\d,]+)\s+คน", l.strip())
        if m:
            printed_total = int(m.group(1).replace(",", ""))
            continue
        parts = l.split("\t")
        if "กรมการปกครอง" in l:  # (repeated) header line: check the column order
            heads = [p.replace(" ", "") for p in parts if p.strip()]
            cols = [HEADER_CODES[h] for h in heads]
            assert cols == AGENCIES, cols
            columns = cols
            continue
        if "รวมจำนวน" in l:
            nums = [int(p) for p in parts if p.strip().isdigit()]
            assert len(nums) == 5, l
            col_totals = dict(zip(AGENCIES, nums))
            break
        m = re.match(r"^(\d+)\t([^\t]+)\t(.*)$", l)
        if not m:
            continue
        assert columns == AGENCIES
        no, name, rest = int(m.group(1)), m.group(2).strip(), m.group(3)
        assert no == expect_no, (no, expect_no)
        expect_no += 1
        cells = rest.split("\t")
        cells += [""] * (5 - len(cells))
        assert len(cells) == 5, l
        prov = ROW_ALIASES.get(name, name)
        assert prov in PROVINCES, "row does not map to a province: %r" % name
        assert prov not in rows, "province twice: %s" % prov
        rows[prov] = dict(zip(AGENCIES, (cell(c) for c in cells)))
        order.append((name, prov))
    assert printed_total is not None and col_totals is not None
    return rows, printed_total, col_totals, order


THAI = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def tnum(s):
    return int(s.translate(THAI).replace(",", ""))


def one(pattern, text):
    m = re.search(pattern, text)
    assert m, "document fact not found: %s" % pattern
    return m


def document_facts(text):
    """Non-register numbers quoted in the test set, parsed from the seed (letter, MOUs)."""
    T = text.translate(THAI)
    d = {}
    m = one(r"\n(\d+) กุมภาพันธ์ (\d{4})\n", T)
    d["letter_day"], d["letter_month"], d["letter_year_be"] = int(m.group(1)), "กุมภาพันธ์", int(m.group(2))
    m = one(r"ที่ มท (\d+\.\d+)/ว (\d+)", T)
    d["letter_ref"] = "มท %s/ว %s" % (m.group(1), m.group(2))
    d["letter_ref_no"] = int(m.group(2))
    m = one(r"โทร\. (\d-\d{4}-(\d{4})) ต่อ (\d+)", T)
    d["phone"], d["phone_last4"], d["phone_ext"] = m.group(1), int(m.group(2)), int(m.group(3))
    m = one(r"โทรสาร (\d-\d{4}-(\d{4}))", T)
    d["fax"], d["fax_last4"] = m.group(1), int(m.group(2))
    m = one(r"กทม\. (\d{5})", T)
    d["postcode"] = int(m.group(1))
    m = one(r"ตั้งแต่ปี พ\.ศ\. (\d{4})", T)
    d["centre_founded_be"] = int(m.group(1))
    m = one(r"จัดตั้งอำเภอละ ?(\d+) ตำบล", T)
    d["centres_per_district_2564"] = int(m.group(1))
    m = one(r"ครบทุกตำบล ?ในปีงบประมาณ พ\.ศ\. (\d{4})", T)
    d["all_tambons_year_be"] = int(m.group(1))
    m = one(r"ระยะเวลาความร่วมมือ\((\d+) ?ปี\)", T)
    d["mou2_term_years"] = int(m.group(1))
    m = one(r"ไม่น้อยกว่า (\d+) \(สามสิบ\) วัน", T)
    d["termination_notice_days"] = int(m.group(1))
    m = one(r"พุทธศักราช (\d{4})", T)
    d["constitution_be"] = int(m.group(1))
    d["mou_count"] = T.count("บันทึกข้อตกลงฉบับนี้จัดทำขึ้นระหว่าง")
    m = one(r"หน่วยงานของรัฐ (\d+) หน่วยงาน", T)
    d["register_agencies"] = int(m.group(1))
    # numbered duties per party, first occurrence of each heading (MOU 1; CDD from MOU 2)
    heads = {"ECT": "ความร่วมมือของสำนักงานคณะกรรมการการเลือกตั้ง", "DOPA": "ความร่วมมือของกรมการปกครอง",
             "DLA": "ความร่วมมือของกรมส่งเสริมการปกครองท้องถิ่น", "HSS": "ความร่วมมือของกรมสนับสนุนบริการสุขภาพ",
             "DOP": "ความร่วมมือของกรมกิจการผู้สูงอายุ", "CDD": "ความร่วมมือของกรมการพัฒนาชุมชน"}
    lines = T.split("\n")
    counts = {}
    for code, h in heads.items():
        i = next(k for k, l in enumerate(lines) if l.strip() == h)
        n = 0
        for l in lines[i + 1:]:
            ls = l.strip()
            if ls.startswith("ความร่วมมือของ") or ls.startswith("ทุกฝ่ายได้พิจารณา"):
                break
            mm = re.match(r"^(\d+)\.\s*(.*)", ls)
            if mm:
                if mm.group(2).startswith("ระยะเวลา"):
                    break
                assert int(mm.group(1)) == n + 1, (code, ls[:30])
                n += 1
        counts[code] = n
    d["duty_counts"] = counts
    d["partner_departments"] = 5  # checked below against the heads actually found
    assert len([c for c in heads if c != "ECT"]) == d["partner_departments"] == d["register_agencies"]
    assert d["mou_count"] == 2
    return d


def main():
    with open(SEED, encoding="utf-8") as f:
        raw = f.read()
    lines = [l.rstrip("\r") for l in raw.split("\n")]
    core, core_total, core_cols, core_order = parse_register(lines, "วิทยากรหลัก")
    ext, ext_total, ext_cols, ext_order = parse_register(lines, "วิทยากรขยายผล")

    for rows, printed, cols, label in ((core, core_total, core_cols, "core"),
                                       (ext, ext_total, ext_cols, "extended")):
        sums = {a: sum(r[a] for r in rows.values()) for a in AGENCIES}
        assert sums == cols, (label, sums, cols)
        assert sum(sums.values()) == printed, (label, sum(sums.values()), printed)
        assert sum(cols.values()) == printed, (label, "printed columns vs printed total")
    assert len(core) == 32, len(core)
    assert len(ext) == 77 and set(ext) == set(PROVINCES)

    provinces = {}
    for p in PROVINCES:
        c = core.get(p, {a: 0 for a in AGENCIES})
        e = ext[p]
        provinces[p] = {
            "core": c,
            "extended": e,
            "core_total": sum(c.values()),
            "extended_total": sum(e.values()),
            "total": sum(c.values()) + sum(e.values()),
            "in_core_register": p in core,
            "in_extended_register": p in ext,
        }
    national = {
        "core": {a: sum(provinces[p]["core"][a] for p in PROVINCES) for a in AGENCIES},
        "extended": {a: sum(provinces[p]["extended"][a] for p in PROVINCES) for a in AGENCIES},
    }
    national["core_total"] = sum(national["core"].values())
    national["extended_total"] = sum(national["extended"].values())
    national["total"] = national["core_total"] + national["extended_total"]
    national["by_agency_total"] = {a: national["core"][a] + national["extended"][a] for a in AGENCIES}
    national["provinces_in_core_register"] = len(core)
    national["provinces_without_core"] = 77 - len(core)
    national["provinces_in_extended_register"] = len(ext)
    national["provinces_with_zero_extended"] = sorted(p for p in PROVINCES if provinces[p]["extended_total"] == 0)

    out = {
        "source": os.path.basename(SEED),
        "year_be": 2563,
        "agencies": AGENCIES,
        "printed": {
            "core_total": core_total, "core_columns": core_cols,
            "extended_total": ext_total, "extended_columns": ext_cols,
        },
        "check": "ok",
        "row_aliases_used": {n: p for n, p in core_order + ext_order if n != p},
        "national": national,
        "provinces": provinces,
        "document": document_facts(raw),
        "regions_six": REGIONS,
        "north17_extra": NORTH17_EXTRA,
    }
    assert national["core_total"] == 158 and national["extended_total"] == 1497
    with open(os.path.join(HERE, "figures.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print("core: %d rows, %d people %s" % (len(core), core_total, core_cols))
    print("extended: %d rows, %d people %s" % (len(ext), ext_total, ext_cols))
    print("aliases used:", out["row_aliases_used"])
    print("document facts:", json.dumps(out["document"], ensure_ascii=False))
    print("check ok")


if __name__ == "__main__":
    sys.exit(main())
