#!/usr/bin/env python3
"""Parse the two trainer registers (and a few document facts) straight from the seed text.

Nothing numeric is typed by hand: every count comes from the table rows of the source
document, the column sums are checked against the document's own "รวมจำนวน" rows and the
"จำนวน N คน" headlines, and every row must map onto one of the 77 provinces.

Writes figures.json next to this script.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"

# The 77 provinces (names only; no figures).
PROVINCES = """
กรุงเทพมหานคร กระบี่ กาญจนบุรี กาฬสินธุ์ กำแพงเพชร ขอนแก่น จันทบุรี ฉะเชิงเทรา ชลบุรี ชัยนาท
ชัยภูมิ ชุมพร เชียงราย เชียงใหม่ ตรัง ตราด ตาก นครนายก นครปฐม นครพนม นครราชสีมา นครศรีธรรมราช
นครสวรรค์ นนทบุรี นราธิวาส น่าน บึงกาฬ บุรีรัมย์ ปทุมธานี ประจวบคีรีขันธ์ ปราจีนบุรี ปัตตานี
พระนครศรีอยุธยา พะเยา พังงา พัทลุง พิจิตร พิษณุโลก เพชรบุรี เพชรบูรณ์ แพร่ ภูเก็ต มหาสารคาม
มุกดาหาร แม่ฮ่องสอน ยโสธร ยะลา ร้อยเอ็ด ระนอง ระยอง ราชบุรี ลพบุรี ลำปาง ลำพูน เลย ศรีสะเกษ
สกลนคร สงขลา สตูล สมุทรปราการ สมุทรสงคราม สมุทรสาคร สระแก้ว สระบุรี สิงห์บุรี สุโขทัย สุพรรณบุรี
สุราษฎร์ธานี สุรินทร์ หนองคาย หนองบัวลำภู อ่างทอง อำนาจเจริญ อุดรธานี อุตรดิตถ์ อุทัยธานี
อุบลราชธานี
""".split()
assert len(PROVINCES) == 77 and len(set(PROVINCES)) == 77

# Scanning misspellings seen in the tables -> canonical name.
MISSPELT = {"อุตรธานี": "อุดรธานี"}

# Column headers (spaces removed) -> agency id.  Both spellings of the CDD name occur.
AGENCY_HEADERS = {
    "กรมการปกครอง": "DOPA",
    "กรมส่งเสริมการปกครองท้องถิ่น": "DLA",
    "กรมสนับสนุนบริการสุขภาพ": "HSS",
    "กรมพัฒนาชุมชน": "CDD",
    "กรมการพัฒนาชุมชน": "CDD",
    "กรมกิจการผู้สูงอายุ": "DOP",
}
AGENCY_TH = {
    "ECT": "สำนักงานคณะกรรมการการเลือกตั้ง",
    "DOPA": "กรมการปกครอง",
    "DLA": "กรมส่งเสริมการปกครองท้องถิ่น",
    "HSS": "กรมสนับสนุนบริการสุขภาพ",
    "CDD": "กรมการพัฒนาชุมชน",
    "DOP": "กรมกิจการผู้สูงอายุ",
}

# Regions.  The document has NO region grouping.  Only groupings on which the common
# Thai schemes (the 4-region administrative usage and the 6-region geographic scheme of
# the National Research Council) agree are given figures here.  North and Central differ
# between the schemes (North = 9 or 17 provinces), so they get no figures.
REGIONS = {
    "northeast": "กาฬสินธุ์ ขอนแก่น ชัยภูมิ นครพนม นครราชสีมา บึงกาฬ บุรีรัมย์ มหาสารคาม มุกดาหาร ยโสธร "
                 "ร้อยเอ็ด เลย ศรีสะเกษ สกลนคร สุรินทร์ หนองคาย หนองบัวลำภู อำนาจเจริญ อุดรธานี อุบลราชธานี",
    "south": "กระบี่ ชุมพร ตรัง นครศรีธรรมราช นราธิวาส ปัตตานี พังงา พัทลุง ภูเก็ต ยะลา ระนอง สงขลา สตูล "
             "สุราษฎร์ธานี",
    # 6-region scheme only (in the 4-region usage the East is part of the Central region,
    # but "ภาคตะวันออก" as a name refers to these 7).
    "east": "จันทบุรี ฉะเชิงเทรา ชลบุรี ตราด ปราจีนบุรี ระยอง สระแก้ว",
    # "สามจังหวัดชายแดนภาคใต้": fixed common usage.
    "deep_south": "ปัตตานี ยะลา นราธิวาส",
    # For reference only (no figures used): the two readings of "ภาคเหนือ".
    "north_9": "เชียงราย เชียงใหม่ น่าน พะเยา แพร่ แม่ฮ่องสอน ลำปาง ลำพูน อุตรดิตถ์",
    "north_17_extra": "กำแพงเพชร ตาก นครสวรรค์ พิจิตร พิษณุโลก เพชรบูรณ์ สุโขทัย อุทัยธานี",
}
REGIONS = {k: v.split() for k, v in REGIONS.items()}
FIGURE_REGIONS = ["northeast", "south", "east", "deep_south"]

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def tnum(s):
    return int(s.translate(THAI_DIGITS).replace(",", ""))


def cell(v):
    v = v.strip()
    if v in ("", "-", "–"):
        return 0
    return int(v)


def parse_register(lines, start, end):
    """Parse rows between line indices [start, end). Returns (rows, published, headline)."""
    headline = None
    cols = None
    rows = {}
    order = []
    published = None
    for ln in lines[start:end]:
        m = re.match(r"จำนวน\s+([\d,]+)\s+คน", ln.strip())
        if m:
            headline = tnum(m.group(1))
            continue
        parts = ln.rstrip("\n").split("\t")
        nospace = [p.replace(" ", "").strip() for p in parts]
        if sum(1 for p in nospace if p in AGENCY_HEADERS) == 5:
            hdr = [AGENCY_HEADERS[p] for p in nospace if p in AGENCY_HEADERS]
            if cols is not None and hdr != cols:
                sys.exit("header order changed between pages")
            cols = hdr
            continue
        if any(p == "รวมจำนวน" for p in nospace):
            nums = [p for p in nospace if re.fullmatch(r"\d+", p)]
            published = dict(zip(cols, map(int, nums)))
            continue
        if len(parts) >= 2 and re.fullmatch(r"\d+", parts[0].strip()) and cols:
            name = parts[1].strip()
            name = MISSPELT.get(name, name)
            if name not in PROVINCES:
                sys.exit(f"row does not map to a province: {parts[1]!r}")
            vals = (parts[2:] + [""] * 5)[:5]
            if name in rows:
                sys.exit(f"province twice: {name}")
            rows[name] = dict(zip(cols, map(cell, vals)))
            order.append(int(parts[0]))
    if order != list(range(1, len(order) + 1)):
        sys.exit("row numbers are not 1..n")
    return rows, published, headline


def main():
    text = open(SEED, encoding="utf-8").read()
    lines = text.split("\n")
    idx_core = next(i for i, l in enumerate(lines) if l.startswith("ทะเบียนประวัติวิทยากรหลัก"))
    idx_ext = next(i for i, l in enumerate(lines) if l.startswith("ทะเบียนประวัติวิทยากรขยายผล"))
    year = int(re.search(r"ประจำปี\s+(\d{4})", lines[idx_core]).group(1))
    year_ext = int(re.search(r"ประจำปี\s+(\d{4})", lines[idx_ext]).group(1))
    assert year == year_ext

    out = {"source": SEED, "register_year_be": year, "agencies": AGENCY_TH,
           "register_agencies": None, "core": None, "extended": None}
    for key, (a, b) in {"core": (idx_core, idx_ext), "extended": (idx_ext, len(lines))}.items():
        rows, published, headline = parse_register(lines, a, b)
        cols = list(published)
        by_agency = {c: sum(r[c] for r in rows.values()) for c in cols}
        total = sum(by_agency.values())
        if by_agency != published:
            sys.exit(f"{key}: column sums {by_agency} != published {published}")
        if total != headline:
            sys.exit(f"{key}: total {total} != headline {headline}")
        by_prov = {}
        for p, r in rows.items():
            d = dict(r)
            d["total"] = sum(r.values())
            by_prov[p] = d
        # provinces absent from a register have zero
        with_any = sorted([p for p, d in by_prov.items() if d["total"] > 0], key=PROVINCES.index)
        without = [p for p in PROVINCES if p not in with_any]
        with_by_agency = {c: sum(1 for d in by_prov.values() if d[c] > 0) for c in cols}
        without_by_agency = {c: 77 - n for c, n in with_by_agency.items()}
        ranked = sorted(by_prov.items(), key=lambda kv: -kv[1]["total"])
        out["register_agencies"] = cols
        out[key] = {
            "headline_total": headline,
            "published_column_totals": published,
            "total": total,
            "by_agency": by_agency,
            "rows_in_table": len(rows),
            "by_province": by_prov,
            "provinces_with": len(with_any),
            "provinces_without": len(without),
            "provinces_with_list": with_any,
            "provinces_without_list": without,
            "provinces_with_by_agency": with_by_agency,
            "provinces_without_by_agency": without_by_agency,
            "top": [{"province": p, "total": d["total"]} for p, d in ranked[:5]],
            "max_by_agency": {c: max((d[c], p) for p, d in by_prov.items())[0] for c in cols},
        }

    def count(key, prov, agency="total"):
        return out[key]["by_province"].get(prov, {}).get(agency, 0)

    out["combined"] = {
        "total": out["core"]["total"] + out["extended"]["total"],
        "by_province": {p: count("core", p) + count("extended", p) for p in PROVINCES},
        "by_agency": {c: out["core"]["by_agency"][c] + out["extended"]["by_agency"][c]
                      for c in out["register_agencies"]},
    }

    def top_of(key, provs):
        best = max(count(key, p) for p in provs)
        return {"total": best, "provinces": [p for p in provs if count(key, p) == best]}

    regions = {}
    for r in FIGURE_REGIONS:
        provs = REGIONS[r]
        assert all(p in PROVINCES for p in provs)
        regions[r] = {
            "provinces": provs,
            "n_provinces": len(provs),
            "core_total": sum(count("core", p) for p in provs),
            "extended_total": sum(count("extended", p) for p in provs),
            "core_provinces_with": sum(1 for p in provs if count("core", p) > 0),
            "extended_provinces_with": sum(1 for p in provs if count("extended", p) > 0),
            "core_by_agency": {c: sum(count("core", p, c) for p in provs) for c in out["register_agencies"]},
            "extended_by_agency": {c: sum(count("extended", p, c) for p in provs) for c in out["register_agencies"]},
            "extended_top": top_of("extended", provs),
            "core_top": top_of("core", provs),
        }
    out["regions"] = regions
    out["regions_reference_only"] = {k: REGIONS[k] for k in ("north_9", "north_17_extra")}

    # ---- document facts (parsed from the text, Thai digits converted) ----
    doc = {}
    m = re.search(r"ที่ มท ([๐-๙]+)\.([๐-๙]+)/ว ([๐-๙]+)", text)
    doc["letter_ref"] = f"มท {tnum(m.group(1)):04d}.{tnum(m.group(2))}/ว {tnum(m.group(3))}"
    m = re.search(r"\n([๐-๙]+) กุมภาพันธ์ ([๐-๙]+)\n", text)
    doc["letter_day"], doc["letter_year_be"] = tnum(m.group(1)), tnum(m.group(2))
    m = re.search(r"โทร\. ([๐-๙]+)-([๐-๙]+)-([๐-๙]+) ต่อ ([๐-๙]+)", text)
    doc["phone"] = "0-%s-%s" % (m.group(2).translate(THAI_DIGITS), m.group(3).translate(THAI_DIGITS))
    doc["phone_parts"] = [tnum(m.group(2)), tnum(m.group(3))]
    doc["phone_ext"] = tnum(m.group(4))
    m = re.search(r"โทรสาร ([๐-๙]+)-([๐-๙]+)-([๐-๙]+)", text)
    doc["fax"] = "0-%s-%s" % (m.group(2).translate(THAI_DIGITS), m.group(3).translate(THAI_DIGITS))
    doc["fax_last"] = tnum(m.group(3))
    doc["coordinator"] = re.search(r"ผู้ประสานงาน (\S+ \S+)", text).group(1)
    doc["division"] = "กองการเลือกตั้งท้องถิ่น" if "กองการเลือกตั้งท้องถิ่น" in text else None
    doc["mou_count"] = text.count("บันทึกข้อตกลงฉบับนี้จัดทำขึ้นระหว่าง")
    m = re.search(r"ระยะเวลาความร่วมมือ\s*\(([๐-๙]+)\s*ปี\)", text)
    doc["mou2_term_years"] = tnum(m.group(1))
    m = re.search(r"ไม่น้อยกว่า\s*([๐-๙]+)\s*\(สามสิบ\)\s*วัน", text)
    doc["termination_notice_days"] = tnum(m.group(1))
    m = re.search(r"\(ศส\.ปชต\.\) ตั้งแต่ปี พ\.ศ\. ([๐-๙]+)", text)
    doc["center_founded_be"] = tnum(m.group(1))
    m = re.search(r"รัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช ([๐-๙]+)", text)
    doc["constitution_be"] = tnum(m.group(1))
    plan = re.findall(r"ปีงบประมาณ พ\.ศ\. ([๐-๙]+)\s*(จัดตั้งจังหวัดละ|จัดตั้งอำเภอละ|)", text)
    doc["center_plan_years_be"] = sorted({tnum(y) for y, _ in plan})
    # partners: MOU 1 intro names four, MOU 2 one
    intro1 = re.search(r"หน่วยงาน พันธมิตร ประกอบด้วย (.+?) ด้วยมีความ", text).group(1)
    p1 = [a for a, th in AGENCY_TH.items() if a != "ECT" and th in intro1]
    intro2 = re.search(r"สำนักงานคณะกรรมการการเลือกตั้งกับ(กรม\S+) ด้วยมีความ", text).group(1)
    p2 = [a for a, th in AGENCY_TH.items() if th == intro2]
    doc["mou1_partners"] = p1
    doc["mou2_partners"] = p2
    doc["partner_departments"] = len(set(p1) | set(p2))
    doc["parties_all"] = 1 + doc["partner_departments"]
    doc["mou1_parties"] = 1 + len(p1)
    # numbered duties per party section
    duties = {}
    sect = None
    for ln in lines:
        s = ln.strip()
        m = re.match(r"ความร่วมมือของ(.+)$", s)
        if m:
            name = m.group(1).strip()
            sect = next(a for a, th in AGENCY_TH.items() if th == name)
            duties.setdefault(sect, [])
            duties[sect].append(0)
            continue
        if sect and re.match(r"[๐-๙]+\.", s):
            if "ระยะเวลา" in s[:20] or "การเปลี่ยนแปลง" in s[:20]:
                sect = None
                continue
            duties[sect][-1] += 1
        elif s.startswith("ทุกฝ่ายได้พิจารณา"):
            sect = None
    doc["duty_items"] = {a: v for a, v in duties.items()}
    out["document"] = doc

    # ---- flat set of every figure, for validate.py ----
    flat = set()

    def walk(x):
        if isinstance(x, bool):
            return
        if isinstance(x, int):
            flat.add(x)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, (list, tuple)):
            for v in x:
                walk(v)
    walk({k: v for k, v in out.items() if k != "regions_reference_only"})
    out["all_figures"] = sorted(flat)

    with open(os.path.join(HERE, "figures.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    print("core", out["core"]["total"], "extended", out["extended"]["total"],
          "combined", out["combined"]["total"])
    print("core provinces", out["core"]["provinces_with"], "extended provinces", out["extended"]["provinces_with"])
    print("document", json.dumps(doc, ensure_ascii=False))
    for r, d in regions.items():
        print(r, d["core_total"], d["extended_total"], d["core_provinces_with"], d["extended_provinces_with"],
              d["extended_top"], d["core_top"])
    print("core top", out["core"]["top"])
    print("ext top", out["extended"]["top"])
    print("core with by agency", out["core"]["provinces_with_by_agency"])
    print("ext with by agency", out["extended"]["provinces_with_by_agency"])


if __name__ == "__main__":
    main()
