#!/usr/bin/env python3
"""Parse the trainer registers (and a few letter/MOU numbers) out of the seed document.

Reads  /work/shared/seed/000_ec2607a1cce9557b.txt
Writes figures.json next to this script.
Exits 1 on any mismatch: unknown province, duplicate row, bad cell, column or grand
total different from the one printed in the document, header order unexpected.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = "/work/shared/seed/000_ec2607a1cce9557b.txt"
OUT = os.path.join(HERE, "figures.json")

AGENCIES = ["DOPA", "DLA", "HSS", "CDD", "DOP"]
# header text (spaces removed) -> code; both spellings of the CDD name occur in real use
HEADER_NAMES = {
    "กรมการปกครอง": "DOPA",
    "กรมส่งเสริมการปกครองท้องถิ่น": "DLA",
    "กรมสนับสนุนบริการสุขภาพ": "HSS",
    "กรมพัฒนาชุมชน": "CDD",
    "กรมการพัฒนาชุมชน": "CDD",
    "กรมกิจการผู้สูงอายุ": "DOP",
}

PROVINCES = """
กรุงเทพมหานคร กระบี่ กาญจนบุรี กาฬสินธุ์ กำแพงเพชร ขอนแก่น จันทบุรี ฉะเชิงเทรา ชลบุรี ชัยนาท
ชัยภูมิ ชุมพร เชียงราย เชียงใหม่ ตรัง ตราด ตาก นครนายก นครปฐม นครพนม นครราชสีมา
นครศรีธรรมราช นครสวรรค์ นนทบุรี นราธิวาส น่าน บึงกาฬ บุรีรัมย์ ปทุมธานี ประจวบคีรีขันธ์
ปราจีนบุรี ปัตตานี พระนครศรีอยุธยา พะเยา พังงา พัทลุง พิจิตร พิษณุโลก เพชรบุรี เพชรบูรณ์ แพร่
ภูเก็ต มหาสารคาม มุกดาหาร แม่ฮ่องสอน ยโสธร ยะลา ร้อยเอ็ด ระนอง ระยอง ราชบุรี ลพบุรี ลำปาง
ลำพูน เลย ศรีสะเกษ สกลนคร สงขลา สตูล สมุทรปราการ สมุทรสงคราม สมุทรสาคร สระแก้ว สระบุรี
สิงห์บุรี สุโขทัย สุพรรณบุรี สุราษฎร์ธานี สุรินทร์ หนองคาย หนองบัวลำภู อ่างทอง อำนาจเจริญ
อุดรธานี อุตรดิตถ์ อุทัยธานี อุบลราชธานี
""".split()

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

errors = []


def fail(msg):
    errors.append(msg)


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def cell(s, where):
    s = s.strip()
    if s in ("", "-", "–", "—"):
        return 0
    s = s.translate(THAI_DIGITS).replace(",", "")
    if not s.isdigit():
        fail(f"{where}: cell {s!r} is not a number")
        return 0
    return int(s)


def parse_table(lines, label):
    """lines: the text lines of one register section. Returns (rows, printed_totals, header, fixes)."""
    rows = {}
    order = []
    fixes = []
    printed = None
    header_seen = []
    expected_no = 1
    for ln, raw in lines:
        parts = raw.rstrip("\n").split("\t")
        stripped = [p.strip() for p in parts]
        if any(p.replace(" ", "") in HEADER_NAMES for p in stripped):
            codes = [HEADER_NAMES[p.replace(" ", "")] for p in stripped if p.replace(" ", "") in HEADER_NAMES]
            header_seen.append(codes)
            if codes != AGENCIES:
                fail(f"{label} line {ln}: header order {codes} != {AGENCIES}")
            continue
        if any("รวมจำนวน" in p for p in stripped):
            nums = [p for p in stripped if p and "รวม" not in p]
            if len(nums) != 5:
                fail(f"{label} line {ln}: total row has {len(nums)} numbers")
            printed = dict(zip(AGENCIES, [cell(n, f"{label} line {ln}") for n in nums]))
            continue
        if not stripped or not stripped[0].isdigit():
            continue
        no = int(stripped[0])
        if no != expected_no:
            fail(f"{label} line {ln}: row number {no}, expected {expected_no}")
        expected_no = no + 1
        name = stripped[1]
        cells = parts[2:]
        while len(cells) < 5:       # trailing empty cells lost in the scan
            cells.append("")
        if len(cells) > 5 and any(c.strip() for c in cells[5:]):
            fail(f"{label} line {ln}: more than 5 number cells")
        vals = [cell(c, f"{label} line {ln}") for c in cells[:5]]
        canon = name
        if name not in PROVINCES:
            cands = sorted((edit_distance(name, p), p) for p in PROVINCES if p not in rows)
            best = [p for d, p in cands if d == cands[0][0]]
            if cands[0][0] <= 2 and len(best) == 1:
                canon = best[0]
                fixes.append({"table": label, "line": ln, "printed": name, "fixed": canon,
                              "distance": cands[0][0]})
            else:
                fail(f"{label} line {ln}: {name!r} is not one of the 77 provinces")
                continue
        if canon in rows:
            fail(f"{label} line {ln}: {canon} appears twice")
            continue
        row = dict(zip(AGENCIES, vals))
        row["total"] = sum(vals)
        rows[canon] = row
        order.append(canon)
    if printed is None:
        fail(f"{label}: no total row")
    if not header_seen:
        fail(f"{label}: no header row")
    return rows, order, printed, fixes


def main():
    with open(SRC, encoding="utf-8") as f:
        text_lines = f.readlines()
    full = "".join(text_lines)
    numbered = list(enumerate(text_lines, 1))

    def find(pat):
        for ln, l in numbered:
            if pat in l:
                return ln
        fail(f"marker {pat!r} not found")
        return None

    core_start = find("ทะเบียนประวัติวิทยากรหลัก")
    ext_start = find("ทะเบียนประวัติวิทยากรขยายผล")
    if errors:
        return finish(None)
    core_lines = [(ln, l) for ln, l in numbered if core_start < ln < ext_start]
    ext_lines = [(ln, l) for ln, l in numbered if ln > ext_start]

    def printed_count(lines, label):
        for ln, l in lines[:5]:
            m = re.match(r"\s*จำนวน\s*([\d,๐-๙]+)\s*คน", l)
            if m:
                return int(m.group(1).translate(THAI_DIGITS).replace(",", ""))
        fail(f"{label}: printed head count not found")
        return None

    core_printed_n = printed_count(core_lines, "core")
    ext_printed_n = printed_count(ext_lines, "extended")
    core, core_order, core_tot, core_fix = parse_table(core_lines, "core")
    ext, ext_order, ext_tot, ext_fix = parse_table(ext_lines, "extended")

    def check(rows, printed, printed_n, label):
        cols = {a: sum(r[a] for r in rows.values()) for a in AGENCIES}
        for a in AGENCIES:
            if printed and cols[a] != printed.get(a):
                fail(f"{label}: column {a} sums to {cols[a]}, document prints {printed.get(a)}")
        grand = sum(cols.values())
        if printed and grand != sum(printed.values()):
            fail(f"{label}: grand {grand} != sum of printed totals {sum(printed.values())}")
        if grand != printed_n:
            fail(f"{label}: grand {grand} != printed head count {printed_n}")
        return cols, grand

    core_cols, core_grand = check(core, core_tot, core_printed_n, "core")
    ext_cols, ext_grand = check(ext, ext_tot, ext_printed_n, "extended")
    if len(core) != 32:
        fail(f"core: {len(core)} provinces, README says 32")
    if set(ext) != set(PROVINCES):
        fail(f"extended: missing {sorted(set(PROVINCES) - set(ext))}")
    if not set(core) <= set(PROVINCES):
        fail("core: province outside the 77")

    # Letter / MOU numbers, read from the text (Thai digits) rather than typed in.
    t = full.translate(THAI_DIGITS)

    def grab(pattern, label, group=1):
        m = re.search(pattern, t)
        if not m:
            fail(f"doc number {label}: pattern not found")
            return None
        return int(m.group(group))

    doc = {
        "letter_ref_no": grab(r"ที่ มท 0818\.2/ว (\d+)", "letter_ref_no"),
        "letter_day": grab(r"\n(\d+) กุมภาพันธ์ (\d{4})", "letter_day", 1),
        "letter_year": grab(r"\n(\d+) กุมภาพันธ์ (\d{4})", "letter_year", 2),
        "letter_phone_ext": grab(r"โทร\. 0-2251-9000 ต่อ (\d+)", "letter_phone_ext"),
        "centre_founded_year": grab(r"ศส\.ปชต\.\) ตั้งแต่ปี พ\.ศ\. (\d{4})", "centre_founded_year"),
        "constitution_year": grab(r"พุทธศักราช (\d{4})", "constitution_year"),
        "target_province_year": grab(r"ปีงบประมาณ พ\.ศ\. (\d{4}) จัดตั้งจังหวัดละ", "target_province_year"),
        "target_district_year": grab(r"ปีงบประมาณ พ\.ศ\. (\d{4}) จัดตั้งอำเภอละ", "target_district_year"),
        "target_all_tambon_year": grab(r"ครบทุกตำบล ในปีงบประมาณ พ\.ศ\. (\d{4})", "target_all_tambon_year"),
        "mou2_term_years": grab(r"ระยะเวลาความร่วมมือ\((\d+)ปี\)", "mou2_term_years"),
        "letter_fax_tail": grab(r"โทรสาร 0-2251-(\d+)", "letter_fax_tail"),
        "termination_notice_days": grab(r"ล่วงหน้า ไม่น้อยกว่า (\d+) \(สามสิบ\) วัน", "termination_notice_days"),
        "register_year": grab(r"วิทยากรหลักหน่วยงานของรัฐ หลักสูตร \"พลเมืองคุณภาพ\" ประจำปี (\d{4})", "register_year"),
        "register_agencies": grab(r"หน่วยงานของรัฐ (\d+) หน่วยงาน", "register_agencies"),
        "mou1_partner_count": None,  # counted below from the named list
        "core_printed": core_printed_n,
        "extended_printed": ext_printed_n,
    }
    # MOU 1 partner list: count the departments named in its opening sentence
    m = re.search(r"บันทึกข้อตกลงฉบับนี้จัดทำขึ้นระหว่างสำนักงานคณะกรรมการการเลือกตั้งกับหน่วยงาน พันธมิตร ประกอบด้วย (.*?) ด้วยมี", t)
    if m:
        named = [n for n in ["กรมการปกครอง", "กรมส่งเสริมการปกครองท้องถิ่น", "กรมสนับสนุนบริการสุขภาพ",
                             "กรมกิจการผู้สูงอายุ", "กรมการพัฒนาชุมชน"] if n in m.group(1)]
        doc["mou1_partner_count"] = len(named)
    else:
        fail("MOU 1 partner sentence not found")

    out = {
        "source": SRC,
        "agencies": AGENCIES,
        "provinces": PROVINCES,
        "core": core,
        "extended": ext,
        "core_order": core_order,
        "extended_order": ext_order,
        "totals": {
            "core": dict(core_cols, total=core_grand),
            "extended": dict(ext_cols, total=ext_grand),
        },
        "printed_totals": {"core": core_tot, "extended": ext_tot},
        "coverage": {
            "core_provinces": sum(1 for r in core.values() if r["total"] > 0),
            "extended_provinces": sum(1 for r in ext.values() if r["total"] > 0),
        },
        "fixes": core_fix + ext_fix,
        "doc": doc,
    }
    return finish(out)


def finish(out):
    if errors:
        for e in errors:
            print("MISMATCH:", e, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(f"figures.json: core {out['totals']['core']['total']} in {len(out['core'])} provinces, "
          f"extended {out['totals']['extended']['total']} in {len(out['extended'])} provinces, "
          f"fixes {[(x['printed'], x['fixed']) for x in out['fixes']]}")
    print("doc:", out["doc"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
