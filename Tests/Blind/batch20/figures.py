#!/usr/bin/env python3
"""Parse the seed document's two trainer registers and its letter/MOU text into figures.json.

Every number a test expects comes from here.  Nothing numeric is typed by hand except the
structure of the document (which column is which department, which province is in which region)
and the map from the scan's one misspelt province name to the official one.

Stops (exit 1) on: a row that maps to no official province, a duplicated province, a header whose
department order differs from the expected one, a column sum that differs from the printed total
row, a printed head count that differs from the sum, or a fact the regexes cannot find.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_DIR = "/work/shared/seed"

DEPTS = ["DOPA", "DLA", "HSS", "CDD", "DOP"]
# printed header names (spaces removed) -> code; the scan names CDD two ways
DEPT_HEADER = {
    "กรมการปกครอง": "DOPA",
    "กรมส่งเสริมการปกครองท้องถิ่น": "DLA",
    "กรมสนับสนุนบริการสุขภาพ": "HSS",
    "กรมพัฒนาชุมชน": "CDD",
    "กรมการพัฒนาชุมชน": "CDD",
    "กรมกิจการผู้สูงอายุ": "DOP",
}

# the 77 official provinces (76 + Bangkok), canonical Thai spelling
PROVINCES = """
กรุงเทพมหานคร กระบี่ กาญจนบุรี กาฬสินธุ์ กำแพงเพชร ขอนแก่น จันทบุรี ฉะเชิงเทรา ชลบุรี ชัยนาท
ชัยภูมิ ชุมพร เชียงราย เชียงใหม่ ตรัง ตราด ตาก นครนายก นครปฐม นครพนม นครราชสีมา นครศรีธรรมราช
นครสวรรค์ นนทบุรี นราธิวาส น่าน บึงกาฬ บุรีรัมย์ ปทุมธานี ประจวบคีรีขันธ์ ปราจีนบุรี ปัตตานี
พระนครศรีอยุธยา พะเยา พังงา พัทลุง พิจิตร พิษณุโลก เพชรบุรี เพชรบูรณ์ แพร่ ภูเก็ต มหาสารคาม
มุกดาหาร แม่ฮ่องสอน ยโสธร ยะลา ร้อยเอ็ด ระนอง ระยอง ราชบุรี ลพบุรี ลำปาง ลำพูน เลย ศรีสะเกษ
สกลนคร สงขลา สตูล สมุทรปราการ สมุทรสงคราม สมุทรสาคร สระแก้ว สระบุรี สิงห์บุรี สุโขทัย
สุพรรณบุรี สุราษฎร์ธานี สุรินทร์ หนองคาย หนองบัวลำภู อ่างทอง อำนาจเจริญ อุดรธานี อุตรดิตถ์
อุทัยธานี อุบลราชธานี
""".split()

# scan misspellings seen in the registers -> official name
OCR_FIX = {
    "อุตรธานี": "อุดรธานี",   # extended register row 74 (อุดร- typed as อุตร-)
}

# six-region geographic grouping (National Geographical Committee, 1977)
REGIONS = {
    "north": "เชียงราย เชียงใหม่ น่าน พะเยา แพร่ แม่ฮ่องสอน ลำปาง ลำพูน อุตรดิตถ์",
    "northeast": "กาฬสินธุ์ ขอนแก่น ชัยภูมิ นครพนม นครราชสีมา บึงกาฬ บุรีรัมย์ มหาสารคาม มุกดาหาร "
                 "ยโสธร ร้อยเอ็ด เลย ศรีสะเกษ สกลนคร สุรินทร์ หนองคาย หนองบัวลำภู อำนาจเจริญ "
                 "อุดรธานี อุบลราชธานี",
    "central": "กรุงเทพมหานคร กำแพงเพชร ชัยนาท นครนายก นครปฐม นครสวรรค์ นนทบุรี ปทุมธานี "
               "พระนครศรีอยุธยา พิจิตร พิษณุโลก เพชรบูรณ์ ลพบุรี สมุทรปราการ สมุทรสงคราม "
               "สมุทรสาคร สิงห์บุรี สุโขทัย สุพรรณบุรี สระบุรี อ่างทอง อุทัยธานี",
    "east": "จันทบุรี ฉะเชิงเทรา ชลบุรี ตราด ปราจีนบุรี ระยอง สระแก้ว",
    "west": "กาญจนบุรี ตาก ประจวบคีรีขันธ์ เพชรบุรี ราชบุรี",
    "south": "กระบี่ ชุมพร ตรัง นครศรีธรรมราช นราธิวาส ปัตตานี พังงา พัทลุง ภูเก็ต ยะลา ระนอง "
             "สงขลา สตูล สุราษฎร์ธานี",
}
REGION_SIZES = {"north": 9, "northeast": 20, "central": 22, "east": 7, "west": 5, "south": 14}
# sub-groups (not part of the partition)
SUBGROUPS = {
    "deep_south": "ปัตตานี ยะลา นราธิวาส",          # สามจังหวัดชายแดนใต้
    "bangkok_vicinity": "กรุงเทพมหานคร นนทบุรี ปทุมธานี สมุทรปราการ สมุทรสาคร นครปฐม",  # กทม.และปริมณฑล
}

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def die(msg):
    print("figures.py: " + msg, file=sys.stderr)
    sys.exit(1)


def to_int(cell):
    cell = cell.strip().translate(THAI_DIGITS).replace(",", "")
    if cell in ("", "-", "–"):
        return 0
    if not cell.isdigit():
        die("not a count: %r" % cell)
    return int(cell)


def canon_province(name):
    name = name.strip()
    if name in PROVINCES:
        return name
    if name in OCR_FIX:
        return OCR_FIX[name]
    die("row does not map to an official province: %r" % name)


def check_header(lines, start, end, label):
    """Every repeated header between start and end must list the departments in DEPTS order."""
    found = 0
    for i in range(start, end):
        cells = [c.replace(" ", "") for c in lines[i].split("\t")]
        names = [c for c in cells if c.startswith("กรม")]
        if len(names) >= 5:
            codes = [DEPT_HEADER.get(n) for n in names]
            if codes != DEPTS:
                die("%s: header at line %d has department order %r" % (label, i + 1, names))
            found += 1
    if not found:
        die("%s: no department header found" % label)
    return found


def parse_register(lines, start, end, label):
    rows, order, expected_no = {}, [], 1
    printed_total = None
    headcount = None
    for i in range(start, end):
        line = lines[i]
        m = re.match(r"^จำนวน\s*([\d,]+)\s*คน", line.strip())
        if m and headcount is None:
            headcount = int(m.group(1).replace(",", ""))
            continue
        cells = line.split("\t")
        if "รวมจำนวน" in line:
            k = [j for j, c in enumerate(cells) if "รวมจำนวน" in c][0]
            nums = [c for c in cells[k + 1:] if c.strip() != ""]
            if len(nums) != 5:
                die("%s: total row at line %d has %d numbers" % (label, i + 1, len(nums)))
            printed_total = dict(zip(DEPTS, (to_int(c) for c in nums)))
            continue
        if not re.match(r"^\d+$", cells[0].strip()):
            continue
        no = int(cells[0])
        if no != expected_no:
            die("%s: row number %d where %d expected (line %d)" % (label, no, expected_no, i + 1))
        expected_no += 1
        cells = (cells + [""] * 7)[:7]
        raw = cells[1].strip()
        prov = canon_province(raw)
        if prov in rows:
            die("%s: province %s appears twice" % (label, prov))
        counts = dict(zip(DEPTS, (to_int(c) for c in cells[2:7])))
        counts["total"] = sum(counts[d] for d in DEPTS)
        rows[prov] = counts
        order.append({"no": no, "printed": raw, "province": prov})
    if printed_total is None:
        die("%s: no printed total row" % label)
    if headcount is None:
        die("%s: no printed head count" % label)
    sums = {d: sum(r[d] for r in rows.values()) for d in DEPTS}
    for d in DEPTS:
        if sums[d] != printed_total[d]:
            die("%s: column %s sums to %d but the printed total is %d"
                % (label, d, sums[d], printed_total[d]))
    sums["total"] = sum(sums[d] for d in DEPTS)
    if sums["total"] != headcount:
        die("%s: grand total %d differs from printed head count %d" % (label, sums["total"], headcount))
    return {
        "rows": rows,
        "order": order,
        "printed_total": printed_total,
        "printed_headcount": headcount,
        "national": sums,
        "provinces_listed": len(rows),
    }


def coverage(reg):
    cov = {"total": sum(1 for r in reg["rows"].values() if r["total"] > 0)}
    for d in DEPTS:
        cov[d] = sum(1 for r in reg["rows"].values() if r[d] > 0)
    return cov


def group_sums(reg, members):
    out = {d: 0 for d in DEPTS}
    out["total"] = 0
    out["provinces_with"] = 0
    for p in members:
        r = reg["rows"].get(p)
        if not r:
            continue
        for d in DEPTS + ["total"]:
            out[d] += r[d]
        if r["total"] > 0:
            out["provinces_with"] += 1
    return out


def need(pattern, text, what, group=1, flags=0):
    m = re.search(pattern, text, flags)
    if not m:
        die("fact not found: " + what)
    return int(m.group(group).translate(THAI_DIGITS).replace(",", ""))


def section(text, start_pat, end_pats):
    m = re.search(start_pat, text)
    if not m:
        die("section not found: " + start_pat)
    rest = text[m.end():]
    cut = len(rest)
    for p in end_pats:
        e = re.search(p, rest)
        if e:
            cut = min(cut, e.start())
    return rest[:cut]


def count_duties(body):
    """Numbered items (๑. ๒. ...) at the start of a line, minus the MOU's closing clauses."""
    items = re.findall(r"(?m)^\s*([๑-๙])\s*\.\s*(\S+)", body)
    duties = [n for n, first in items if not first.startswith(("ระยะเวลา", "การเปลี่ยนแปลง"))]
    nums = [int(n.translate(THAI_DIGITS)) for n in duties]
    if nums != list(range(1, len(nums) + 1)):
        die("duty numbering not 1..n: %r" % nums)
    return len(nums)


def extract_facts(text):
    t = text
    f = {}
    # letter
    f["letter_day"] = need(r"\n\s*([๐-๙]{1,2})\s+กุมภาพันธ์\s+([๐-๙]{4})", t, "letter date day")
    f["letter_year"] = need(r"\n\s*[๐-๙]{1,2}\s+กุมภาพันธ์\s+([๐-๙]{4})", t, "letter date year")
    f["letter_month"] = 2 if re.search(r"\n\s*[๐-๙]{1,2}\s+กุมภาพันธ์\s+[๐-๙]{4}", t) else die("month")
    f["letter_ref_no"] = need(r"ที่\s+มท\s+[๐-๙.]+/ว\s*([๐-๙]+)", t, "letter reference number")
    f["enclosures"] = len(re.findall(r"(?m)(?:^|สิ่งที่ส่งมาด้วย\s*)[๐-๙]\.\s.*?จำนวน\s*[๐-๙]+\s*ชุด", t))
    if f["enclosures"] < 1:
        die("enclosures not found")
    f["phone_ext"] = need(r"โทร\.\s*[๐-๙\-]+\s*ต่อ\s*([๐-๙]+)", t, "phone extension")
    # MOU background
    f["centre_founded_year"] = need(r"ศส\.ปชต\.\)\s*ตั้งแต่ปี\s*พ\.ศ\.\s*([๐-๙]{4})", t, "centre founding year")
    f["constitution_year"] = need(r"รัฐธรรมนูญแห่งราชอาณาจักรไทย\s*พุทธศักราช\s*([๐-๙]{4})", t, "constitution year")
    roll = re.findall(r"ปีงบประมาณ\s*พ\.ศ\.\s*([๐-๙]{4})\s*จัดตั้งจังหวัดละ\s*([๐-๙])\s*ตำบล\s*\(\s*[๐-๙]\s*ศูนย์\)\s*"
                      r"ในปีงบประมาณ\s*พ\.ศ\.\s*([๐-๙]{4})\s*จัดตั้งอำเภอละ\s*([๐-๙])\s*ตำบล\s*\(\s*[๐-๙]\s*ศูนย์\)\s*"
                      r"และครบทุกตำบล\s*ในปีงบประมาณ\s*พ\.ศ\.\s*([๐-๙]{4})", t)
    if len(roll) != 2 or roll[0] != roll[1]:
        die("centre roll-out sentence not found twice with the same years: %r" % roll)
    r0 = [int(x.translate(THAI_DIGITS)) for x in roll[0]]
    f["rollout_province_year"], f["rollout_per_province"] = r0[0], r0[1]
    f["rollout_district_year"], f["rollout_per_district"] = r0[2], r0[3]
    f["rollout_all_year"] = r0[4]
    # MOU 2 clauses
    f["mou_term_years"] = need(r"ระยะเวลาความร่วมมือ\s*\(\s*([๐-๙]+)\s*ปี\s*\)", t, "MOU term")
    f["notice_days"] = need(r"ล่วงหน้า\s*ไม่น้อยกว่า\s*([๐-๙]+)\s*\(", t, "notice period")
    # MOU 1 partners
    m = re.search(r"จัดทำขึ้นระหว่างสำนักงานคณะกรรมการการเลือกตั้งกับหน่วยงาน\s*พันธมิตร\s*ประกอบด้วย(.*?)ด้วยมีความ", t, re.S)
    if not m:
        die("MOU 1 partner list not found")
    f["mou1_partners"] = len(re.findall(r"กรม\S+", m.group(1)))
    # duties per party
    ends = [r"\nความร่วมมือของ", r"\nทุกฝ่ายได้พิจารณา"]
    mou2 = t[t.index("จัดทำขึ้นระหว่างสำนักงานคณะกรรมการการเลือกตั้งกับกรมการพัฒนาชุมชน"):]
    mou1 = t[:t.index("จัดทำขึ้นระหว่างสำนักงานคณะกรรมการการเลือกตั้งกับกรมการพัฒนาชุมชน")]
    f["duties_ECT"] = count_duties(section(mou1, r"\nความร่วมมือของสำนักงานคณะกรรมการการเลือกตั้ง", ends))
    ect2 = count_duties(section(mou2, r"\nความร่วมมือของสำนักงานคณะกรรมการการเลือกตั้ง", ends))
    if ect2 != f["duties_ECT"]:
        die("ECT duties differ between MOUs: %d vs %d" % (f["duties_ECT"], ect2))
    f["duties_DOPA"] = count_duties(section(mou1, r"\nความร่วมมือของกรมการปกครอง", ends))
    f["duties_DLA"] = count_duties(section(mou1, r"\nความร่วมมือของกรมส่งเสริมการปกครองท้องถิ่น", ends))
    f["duties_HSS"] = count_duties(section(mou1, r"\nความร่วมมือของกรมสนับสนุนบริการสุขภาพ", ends))
    f["duties_DOP"] = count_duties(section(mou1, r"\nความร่วมมือของกรมกิจการผู้สูงอายุ", ends))
    f["duties_CDD"] = count_duties(section(mou2, r"\nความร่วมมือของกรมการพัฒนาชุมชน", ends))
    # register titles
    years = re.findall(r"ทะเบียนประวัติวิทยากร\S*หน่วยงานของรัฐ หลักสูตร \"พลเมืองคุณภาพ\" ประจำปี (\d{4})", t)
    if len(years) != 2 or years[0] != years[1]:
        die("register years: %r" % years)
    f["register_year"] = int(years[0])
    f["register_agencies"] = need(r"หน่วยงานของรัฐ\s*([0-9๐-๙]+)\s*หน่วยงาน", t, "agency count in header")
    return f


def main():
    paths = sorted(glob.glob(os.path.join(SEED_DIR, "000_*.txt")))
    if len(paths) != 1:
        die("expected one source text, found %r" % paths)
    text = open(paths[0], encoding="utf-8").read()
    lines = text.split("\n")

    if len(set(PROVINCES)) != 77:
        die("province list has %d names" % len(set(PROVINCES)))
    members = {k: v.split() for k, v in REGIONS.items()}
    allm = [p for v in members.values() for p in v]
    for k, n in REGION_SIZES.items():
        if len(members[k]) != n:
            die("region %s has %d provinces, want %d" % (k, len(members[k]), n))
    if sorted(allm) != sorted(PROVINCES):
        die("regions are not a partition of the 77 provinces")
    subs = {k: v.split() for k, v in SUBGROUPS.items()}
    for k, v in subs.items():
        for p in v:
            if p not in PROVINCES:
                die("subgroup %s: unknown province %s" % (k, p))

    i_core = next(i for i, l in enumerate(lines) if l.startswith("ทะเบียนประวัติวิทยากรหลัก"))
    i_ext = next(i for i, l in enumerate(lines) if l.startswith("ทะเบียนประวัติวิทยากรขยายผล"))
    hc = check_header(lines, i_core, i_ext, "core")
    he = check_header(lines, i_ext, len(lines), "extended")
    core = parse_register(lines, i_core, i_ext, "core")
    ext = parse_register(lines, i_ext, len(lines), "extended")
    if ext["provinces_listed"] != 77:
        die("extended register lists %d provinces, want 77" % ext["provinces_listed"])

    # zero rows for provinces a register does not list, so every cell resolves
    for reg in (core, ext):
        for p in PROVINCES:
            reg["rows"].setdefault(p, dict({d: 0 for d in DEPTS}, total=0))
        reg["rows"] = {p: reg["rows"][p] for p in PROVINCES}

    regions = {}
    for name, mem in list(members.items()) + list(subs.items()):
        regions[name] = {"members": mem, "core": group_sums(core, mem), "ext": group_sums(ext, mem)}
    # the partition must add back to the national figures
    for key, reg in (("core", core), ("ext", ext)):
        for d in DEPTS + ["total"]:
            s = sum(regions[r][key][d] for r in REGIONS)
            if s != reg["national"][d]:
                die("region sums for %s %s = %d, national %d" % (key, d, s, reg["national"][d]))

    out = {
        "source": os.path.basename(paths[0]),
        "departments": DEPTS,
        "provinces": PROVINCES,
        "ocr_fixes": OCR_FIX,
        "headers_seen": {"core": hc, "ext": he},
        "core": core,
        "ext": ext,
        "coverage": {"core": coverage(core), "ext": coverage(ext)},
        "regions": regions,
        "facts": extract_facts(text),
    }
    with open(os.path.join(HERE, "figures.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print("figures.json: core %d (%d provinces), extended %d (%d provinces with >=1), %d facts"
          % (core["national"]["total"], out["coverage"]["core"]["total"],
             ext["national"]["total"], out["coverage"]["ext"]["total"], len(out["facts"])))


if __name__ == "__main__":
    main()
