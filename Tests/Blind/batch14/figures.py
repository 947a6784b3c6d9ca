#!/usr/bin/env python3
"""Parse both trainer registers of the seed into figures.json. Exit 1 on any inconsistency."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"
AGENCIES = ["ECT", "DOPA", "DLA", "HSS", "CDD", "DOP"]
HEADER_MAP = {  # header text (spaces removed) -> agency id
    "กรมการปกครอง": "DOPA", "กรมส่งเสริมการปกครองท้องถิ่น": "DLA", "กรมสนับสนุนบริการสุขภาพ": "HSS",
    "กรมพัฒนาชุมชน": "CDD", "กรมการพัฒนาชุมชน": "CDD", "กรมกิจการผู้สูงอายุ": "DOP",
    "สำนักงานกกต.": "ECT", "สำนักงานคณะกรรมการการเลือกตั้ง": "ECT",
}
REGIONS = {
    "north": ["เชียงราย", "เชียงใหม่", "น่าน", "พะเยา", "แพร่", "แม่ฮ่องสอน", "ลำปาง", "ลำพูน", "อุตรดิตถ์"],
    "northeast": ["กาฬสินธุ์", "ขอนแก่น", "ชัยภูมิ", "นครพนม", "นครราชสีมา", "บึงกาฬ", "บุรีรัมย์", "มหาสารคาม",
                  "มุกดาหาร", "ยโสธร", "ร้อยเอ็ด", "เลย", "ศรีสะเกษ", "สกลนคร", "สุรินทร์", "หนองคาย",
                  "หนองบัวลำภู", "อำนาจเจริญ", "อุดรธานี", "อุบลราชธานี"],
    "central": ["กรุงเทพมหานคร", "กำแพงเพชร", "ชัยนาท", "นครนายก", "นครปฐม", "นครสวรรค์", "นนทบุรี", "ปทุมธานี",
                "พระนครศรีอยุธยา", "พิจิตร", "พิษณุโลก", "เพชรบูรณ์", "ลพบุรี", "สมุทรปราการ", "สมุทรสงคราม",
                "สมุทรสาคร", "สิงห์บุรี", "สุโขทัย", "สุพรรณบุรี", "สระบุรี", "อ่างทอง", "อุทัยธานี"],
    "east": ["จันทบุรี", "ฉะเชิงเทรา", "ชลบุรี", "ตราด", "ปราจีนบุรี", "ระยอง", "สระแก้ว"],
    "west": ["กาญจนบุรี", "ตาก", "ประจวบคีรีขันธ์", "เพชรบุรี", "ราชบุรี"],
    "south": ["กระบี่", "ชุมพร", "ตรัง", "นครศรีธรรมราช", "นราธิวาส", "ปัตตานี", "พังงา", "พัทลุง", "ภูเก็ต",
              "ระนอง", "สตูล", "สงขลา", "สุราษฎร์ธานี", "ยะลา"],
}
REGION_SIZES = {"north": 9, "northeast": 20, "central": 22, "east": 7, "west": 5, "south": 14}
PROVINCES = sorted(p for ps in REGIONS.values() for p in ps)
REPAIRS = {"อุตรธานี": "อุดรธานี"}  # misprint in the extended register, row 74 (in the northeast, next to อุตรดิตถ์)

def fail(msg):
    print("figures.py: ERROR:", msg, file=sys.stderr)
    sys.exit(1)

def check_regions():
    allp = [p for ps in REGIONS.values() for p in ps]
    for r, n in REGION_SIZES.items():
        if len(REGIONS[r]) != n:
            fail(f"region {r} has {len(REGIONS[r])} provinces, expected {n}")
    if len(allp) != 77 or len(set(allp)) != 77:
        fail("regions do not split 77 distinct provinces")

def cell(s, where):
    s = s.strip()
    if s in ("", "-", "–"):
        return 0
    if not re.fullmatch(r"[0-9]+", s):
        fail(f"non-number cell {s!r} at {where}")
    return int(s)

def parse():
    lines = open(SEED, encoding="utf-8").read().split("\n")
    sections = {}
    cur = None
    repairs_used = []
    for ln, line in enumerate(lines, 1):
        if "ทะเบียนประวัติวิทยากรหลัก" in line:
            cur = "core"; sections[cur] = {"rows": {}, "published_columns": None, "published_total": None, "cols": None}; continue
        if "ทะเบียนประวัติวิทยากรขยายผล" in line:
            cur = "extended"; sections[cur] = {"rows": {}, "published_columns": None, "published_total": None, "cols": None}; continue
        if cur is None:
            continue
        sec = sections[cur]
        m = re.match(r"^จำนวน\s*([0-9,]+)\s*คน", line.strip())
        if m:
            sec["published_total"] = int(m.group(1).replace(",", "")); continue
        parts = line.split("\t")
        if len(parts) >= 3 and all(p.strip() == "" for p in parts[:2]) and "กรม" in line:
            cols = [HEADER_MAP.get(re.sub(r"\s+", "", p)) for p in parts[2:] if p.strip()]
            if None in cols:
                fail(f"unknown column header at line {ln}: {parts[2:]}")
            if sec["cols"] and sec["cols"] != cols:
                fail(f"repeated header differs at line {ln}")
            sec["cols"] = cols; continue
        if "รวมจำนวน" in line:
            nums = [p for p in parts if p.strip() and "รวม" not in p]
            sec["published_columns"] = [cell(p, f"line {ln}") for p in nums]; continue
        if len(parts) >= 3 and re.fullmatch(r"[0-9]+", parts[0].strip()):
            if not sec["cols"]:
                fail(f"data row before header at line {ln}")
            name = parts[1].strip()
            if name in REPAIRS:
                repairs_used.append({"register": cur, "line": ln, "printed": name, "repaired": REPAIRS[name]})
                name = REPAIRS[name]
            if name not in PROVINCES:
                fail(f"unknown province {name!r} at line {ln}")
            if name in sec["rows"]:
                fail(f"duplicate province {name!r} at line {ln}")
            vals = parts[2:2 + len(sec["cols"])]
            vals += [""] * (len(sec["cols"]) - len(vals))
            extra = [p for p in parts[2 + len(sec["cols"]):] if p.strip()]
            if extra:
                fail(f"extra cells at line {ln}: {extra}")
            sec["rows"][name] = {a: cell(v, f"line {ln}") for a, v in zip(sec["cols"], vals)}
    return sections, repairs_used

def main():
    check_regions()
    sections, repairs_used = parse()
    out = {"source": SEED, "agencies": AGENCIES, "provinces": PROVINCES, "regions": REGIONS,
           "repairs": repairs_used, "registers": {}}
    for t in ("core", "extended"):
        if t not in sections:
            fail(f"register {t} not found")
        sec = sections[t]
        cols = sec["cols"]
        sums = {a: sum(r[a] for r in sec["rows"].values()) for a in cols}
        pub = sec["published_columns"]
        if pub is None or len(pub) != len(cols):
            fail(f"{t}: published column totals missing or wrong width")
        for a, p in zip(cols, pub):
            if sums[a] != p:
                fail(f"{t}: column {a} sums to {sums[a]} but published {p}")
        grand = sum(sums.values())
        if sec["published_total"] is not None and grand != sec["published_total"]:
            fail(f"{t}: grand total {grand} != published {sec['published_total']}")
        by_prov = {}
        for p in PROVINCES:
            r = sec["rows"].get(p)
            d = {a: (r.get(a, 0) if r else 0) for a in AGENCIES}
            d["total"] = sum(d[a] for a in AGENCIES)
            d["listed"] = r is not None
            by_prov[p] = d
        out["registers"][t] = {
            "columns": cols, "rows_listed": len(sec["rows"]), "published_total": sec["published_total"],
            "published_columns": dict(zip(cols, pub)), "column_sums": sums, "grand_total": grand,
            "by_province": by_prov,
            "by_region": {r: {**{a: sum(by_prov[p][a] for p in ps) for a in AGENCIES},
                              "total": sum(by_prov[p]["total"] for p in ps)} for r, ps in REGIONS.items()},
        }
    if out["registers"]["extended"]["rows_listed"] != 77:
        fail("extended register does not list all 77 provinces")
    out["doc_facts"] = {
        "mou_term_years": 3, "termination_notice_days": 30, "ect_centres_founded_be": 2557,
        "letter_date": "1 กุมภาพันธ์ 2565", "letter_ref": "มท 0818.2/ว 2565",
        "contact_phone": "0-2251-9000", "contact_ext": 2373, "contact_fax": "0-2251-7223",
        "contact_person": "นางจันทร์รัตน์ อารุณปัญญากุล", "contact_unit": "กองการเลือกตั้งท้องถิ่น",
        "duty_items": {"ECT": 5, "DOPA": 5, "DLA": 4, "HSS": 4, "DOP": 3, "CDD": 4},
        "centre_rollout": {"2563": "จังหวัดละ 1 ตำบล", "2564": "อำเภอละ 1 ตำบล", "2565": "ครบทุกตำบล"},
        "mou1_parties": ["ECT", "DOPA", "DLA", "HSS", "DOP"], "mou2_parties": ["ECT", "CDD"],
    }
    with open(os.path.join(HERE, "figures.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    c, e = out["registers"]["core"], out["registers"]["extended"]
    print(f"figures.py: core {c['grand_total']} ({c['rows_listed']} provinces), extended {e['grand_total']} "
          f"({e['rows_listed']} provinces), repairs {len(repairs_used)}; wrote figures.json")

if __name__ == "__main__":
    main()
