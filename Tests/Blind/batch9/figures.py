#!/usr/bin/env python3
"""Parse both 2563 trainer registers from the seed text, check them against the
published column totals and the "จำนวน N คน" headlines, and write figures.json.

Stops with an error (exit 1) if any column sum differs from the published total row,
if the grand total differs from the headline, or if a row does not map to one of the
77 provinces.  Standard library only.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_GLOB = "/work/shared/seed/*.txt"

PROVINCES = """กรุงเทพมหานคร กระบี่ กาญจนบุรี กาฬสินธุ์ กำแพงเพชร ขอนแก่น จันทบุรี ฉะเชิงเทรา ชลบุรี
ชัยนาท ชัยภูมิ ชุมพร เชียงราย เชียงใหม่ ตรัง ตราด ตาก นครนายก นครปฐม นครพนม นครราชสีมา
นครศรีธรรมราช นครสวรรค์ นนทบุรี นราธิวาส น่าน บึงกาฬ บุรีรัมย์ ปทุมธานี ประจวบคีรีขันธ์
ปราจีนบุรี ปัตตานี พระนครศรีอยุธยา พะเยา พังงา พัทลุง พิจิตร พิษณุโลก เพชรบุรี เพชรบูรณ์ แพร่
ภูเก็ต มหาสารคาม มุกดาหาร แม่ฮ่องสอน ยโสธร ยะลา ร้อยเอ็ด ระนอง ระยอง ราชบุรี ลพบุรี ลำปาง
ลำพูน เลย ศรีสะเกษ สกลนคร สงขลา สตูล สมุทรปราการ สมุทรสงคราม สมุทรสาคร สระแก้ว สระบุรี
สิงห์บุรี สุโขทัย สุพรรณบุรี สุราษฎร์ธานี สุรินทร์ หนองคาย หนองบัวลำภู อ่างทอง อำนาจเจริญ
อุดรธานี อุตรดิตถ์ อุทัยธานี อุบลราชธานี""".split()

# Spellings in the scanned tables that are not the canonical name.  Each fix is explicit;
# anything else that is not canonical stops the script.
SPELLING_FIXES = {
    "อุตรธานี": "อุดรธานี",   # extended register row 74 (between อำนาจเจริญ and อุตรดิตถ์)
}

# Column order of both registers (header: กรมการปกครอง, กรมส่งเสริมการปกครองท้องถิ่น,
# กรมสนับสนุนบริการสุขภาพ, กรมพัฒนาชุมชน (= กรมการพัฒนาชุมชน), กรมกิจการผู้สูงอายุ).
AGENCIES = ["DOPA", "DLA", "HSS", "CDD", "DOP"]
HEADER_WORDS = ["กรมการปกครอง", "กรมส่งเสริม", "กรมสนับสนุน", "กรมพัฒนาชุมชน", "กรมกิจการ"]

# Region grouping used by the region cases: the six-region scheme of the Royal Institute
# (ราชบัณฑิตยสถาน, 2520), plus a few well-known sub-groups.
REGIONS = {
    "north": ("ภาคเหนือ (9 จังหวัด, แบบ 6 ภาค)", """เชียงราย เชียงใหม่ น่าน พะเยา แพร่ แม่ฮ่องสอน ลำปาง ลำพูน อุตรดิตถ์"""),
    "northeast": ("ภาคตะวันออกเฉียงเหนือ/อีสาน (20 จังหวัด)", """กาฬสินธุ์ ขอนแก่น ชัยภูมิ นครพนม นครราชสีมา บึงกาฬ บุรีรัมย์
        มหาสารคาม มุกดาหาร ยโสธร ร้อยเอ็ด เลย ศรีสะเกษ สกลนคร สุรินทร์ หนองคาย หนองบัวลำภู อำนาจเจริญ อุดรธานี อุบลราชธานี"""),
    "central": ("ภาคกลาง (22 จังหวัด รวม กทม., แบบ 6 ภาค)", """กรุงเทพมหานคร กำแพงเพชร ชัยนาท นครนายก นครปฐม นครสวรรค์ นนทบุรี
        ปทุมธานี พระนครศรีอยุธยา พิจิตร พิษณุโลก เพชรบูรณ์ ลพบุรี สมุทรปราการ สมุทรสงคราม สมุทรสาคร สิงห์บุรี สุโขทัย
        สุพรรณบุรี สระบุรี อ่างทอง อุทัยธานี"""),
    "east": ("ภาคตะวันออก (7 จังหวัด)", """จันทบุรี ฉะเชิงเทรา ชลบุรี ตราด ปราจีนบุรี ระยอง สระแก้ว"""),
    "west": ("ภาคตะวันตก (5 จังหวัด)", """กาญจนบุรี ตาก ประจวบคีรีขันธ์ เพชรบุรี ราชบุรี"""),
    "south": ("ภาคใต้ (14 จังหวัด)", """กระบี่ ชุมพร ตรัง นครศรีธรรมราช นราธิวาส ปัตตานี พังงา พัทลุง ภูเก็ต ยะลา ระนอง สงขลา
        สตูล สุราษฎร์ธานี"""),
}
SUBGROUPS = {
    "upper_north": ("ภาคเหนือตอนบน 8 จังหวัด", "เชียงราย เชียงใหม่ น่าน พะเยา แพร่ แม่ฮ่องสอน ลำปาง ลำพูน"),
    "deep_south": ("3 จังหวัดชายแดนภาคใต้", "ปัตตานี ยะลา นราธิวาส"),
    "bkk_vicinity": ("ปริมณฑล 5 จังหวัด", "นนทบุรี ปทุมธานี สมุทรปราการ สมุทรสาคร นครปฐม"),
    "andaman": ("6 จังหวัดฝั่งอันดามัน", "ระนอง พังงา ภูเก็ต กระบี่ ตรัง สตูล"),
}


def die(msg):
    print("figures.py: ERROR: " + msg, file=sys.stderr)
    sys.exit(1)


def thai_to_arabic(s):
    return s.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))


def cell(v):
    v = v.strip()
    if v in ("", "-", "–", "—"):
        return 0
    v = thai_to_arabic(v).replace(",", "")
    if not v.isdigit():
        die("cell is not a number: %r" % v)
    return int(v)


def parse_register(block, name):
    m = re.search(r"จำนวน\s*([\d,]+)\s*คน", block)
    if not m:
        die(name + ": no 'จำนวน N คน' headline")
    headline = int(m.group(1).replace(",", ""))
    rows, totals, seen_numbers = {}, None, []
    headers = 0
    for line in block.splitlines():
        if not line.strip():
            continue
        parts = line.split("\t")
        first = parts[0].strip()
        if all(w in line.replace(" ", "") for w in ["กรมการปกครอง", "กรมพัฒนาชุมชน"]):
            headers += 1
            for w in HEADER_WORDS:
                if w not in line.replace(" ", ""):
                    die(name + ": header lacks " + w)
            continue
        if "รวมจำนวน" in line:
            nums = [p for p in parts if p.strip() and "รวม" not in p]
            if len(nums) != 5:
                die(name + ": total row does not have 5 numbers: %r" % line)
            totals = [cell(x) for x in nums]
            continue
        if re.fullmatch(r"\d+", first) and len(parts) >= 2:
            raw = parts[1].strip()
            prov = SPELLING_FIXES.get(raw, raw)
            if prov not in PROVINCES:
                die(name + ": row %s %r is not one of the 77 provinces" % (first, raw))
            if prov in rows:
                die(name + ": province twice: " + prov)
            vals = parts[2:]
            if len(vals) > 5 and any(v.strip() for v in vals[5:]):
                die(name + ": row %s has more than 5 values" % first)
            vals = (vals + [""] * 5)[:5]
            rows[prov] = dict(zip(AGENCIES, [cell(v) for v in vals]))
            seen_numbers.append(int(first))
    if totals is None:
        die(name + ": no total row")
    if seen_numbers != list(range(1, len(seen_numbers) + 1)):
        die(name + ": row numbers not 1..N in order")
    sums = [sum(r[a] for r in rows.values()) for a in AGENCIES]
    for a, s, t in zip(AGENCIES, sums, totals):
        if s != t:
            die("%s: column %s sums to %d, published total %d" % (name, a, s, t))
    if sum(sums) != headline:
        die("%s: grand total %d differs from headline %d" % (name, sum(sums), headline))
    return rows, dict(zip(AGENCIES, totals)), headline, headers


def main():
    if len(PROVINCES) != 77 or len(set(PROVINCES)) != 77:
        die("province list is not 77 distinct names")
    files = sys.argv[1:2] or sorted(glob.glob(SEED_GLOB))
    if len(files) != 1:
        die("expected one seed .txt, found %d" % len(files))
    text = open(files[0], encoding="utf-8").read()
    i_core = text.find("ทะเบียนประวัติวิทยากรหลัก")
    i_ext = text.find("ทะเบียนประวัติวิทยากรขยายผล")
    if i_core < 0 or i_ext < 0 or i_ext < i_core:
        die("register headings not found")
    core, core_tot, core_head, h1 = parse_register(text[i_core:i_ext], "core")
    ext, ext_tot, ext_head, h2 = parse_register(text[i_ext:], "extended")
    if len(core) != 32:
        die("core register has %d provinces, expected 32" % len(core))
    if len(ext) != 77:
        die("extended register has %d provinces, expected 77" % len(ext))

    def full(rows, p):
        r = rows.get(p, dict.fromkeys(AGENCIES, 0))
        d = dict(r)
        d["total"] = sum(r.values())
        return d

    provinces = {}
    for p in PROVINCES:
        c, e = full(core, p), full(ext, p)
        provinces[p] = {"core": c, "extended": e,
                        "both": {a: c[a] + e[a] for a in AGENCIES + ["total"]},
                        "in_core_register": p in core}

    def group_sums(members):
        out = {}
        for t in ("core", "extended", "both"):
            out[t] = {a: sum(provinces[p][t][a] for p in members) for a in AGENCIES + ["total"]}
        return out

    regions = {}
    allmembers = []
    for key, (label, names) in REGIONS.items():
        members = names.split()
        for p in members:
            if p not in PROVINCES:
                die("region %s: unknown province %s" % (key, p))
        allmembers += members
        regions[key] = {"label": label, "provinces": members, "sums": group_sums(members),
                        "core_province_count": len([p for p in members if provinces[p]["core"]["total"] > 0])}
    if sorted(allmembers) != sorted(PROVINCES):
        die("the six regions do not partition the 77 provinces")
    for key, (label, names) in SUBGROUPS.items():
        members = names.split()
        for p in members:
            if p not in PROVINCES:
                die("group %s: unknown province %s" % (key, p))
        regions[key] = {"label": label, "provinces": members, "sums": group_sums(members),
                        "core_province_count": len([p for p in members if provinces[p]["core"]["total"] > 0])}

    def ranking(t):
        order = sorted(PROVINCES, key=lambda p: -provinces[p][t]["total"])
        top = provinces[order[0]][t]["total"]
        tied = [p for p in order if provinces[p][t]["total"] == top]
        return {"max": top, "max_provinces": tied,
                "order": [[p, provinces[p][t]["total"]] for p in order]}

    natl = {
        "core": dict(core_tot, total=core_head),
        "extended": dict(ext_tot, total=ext_head),
        "both": {a: core_tot[a] + ext_tot[a] for a in AGENCIES},
    }
    natl["both"]["total"] = core_head + ext_head
    coverage = {
        "core_provinces": len([p for p in PROVINCES if provinces[p]["core"]["total"] > 0]),
        "core_missing": len([p for p in PROVINCES if provinces[p]["core"]["total"] == 0]),
        "extended_rows": len(ext),
        "extended_provinces_nonzero": len([p for p in PROVINCES if provinces[p]["extended"]["total"] > 0]),
        "extended_zero": [p for p in PROVINCES if provinces[p]["extended"]["total"] == 0],
        "core_by_agency_provinces": {a: len([p for p in core if core[p][a] > 0]) for a in AGENCIES},
        "extended_by_agency_provinces": {a: len([p for p in ext if ext[p][a] > 0]) for a in AGENCIES},
    }
    document = {
        "letter_ref": "มท 0818.2/ว 2565", "letter_date": "1 กุมภาพันธ์ 2565", "letter_year": 2565,
        "letter_signer": "นายประยูร รัตนเสนีย์ อธิบดีกรมส่งเสริมการปกครองท้องถิ่น",
        "office": "กองการเลือกตั้งท้องถิ่น กรมส่งเสริมการปกครองท้องถิ่น ถนนนครราชสีมา กทม. 10300",
        "postcode": 10300,
        "phone": "0-2251-9000 ต่อ 2373", "phone_ext": 2373, "phone_main": 22519000,
        "fax": "0-2251-7223", "fax_tail": 7223,
        "coordinator": "นางจันทร์รัตน์ อารุณปัญญากุล",
        "mou_count": 2, "mou1_partners": ["DOPA", "DLA", "HSS", "DOP"], "mou1_partner_count": 4,
        "mou2_partners": ["CDD"], "partner_departments": 5,
        "mou2_term_years": 3, "mou2_notice_days": 30,
        "centre_founded": 2557, "centre_rollout": {"2563": "จังหวัดละ 1 ตำบล (1 ศูนย์)",
                                                   "2564": "อำเภอละ 1 ตำบล (1 ศูนย์)",
                                                   "2565": "ครบทุกตำบล"},
        "centre_rollout_years": {"one_per_province": 2563, "one_per_district": 2564, "all_tambons": 2565},
        "constitution_year": 2560, "register_year": 2563,
        "duty_counts": {"ECT": 5, "DOPA": 5, "DLA": 4, "HSS": 4, "DOP": 3, "CDD": 4},
    }
    out = {
        "source": os.path.basename(files[0]),
        "agencies": AGENCIES,
        "spelling_fixes": SPELLING_FIXES,
        "provinces": provinces,
        "national": natl,
        "coverage": coverage,
        "rankings": {t: ranking(t) for t in ("core", "extended", "both")},
        "agency_ranking": {t: sorted(([a, natl[t][a]] for a in AGENCIES), key=lambda x: -x[1])
                           for t in ("core", "extended", "both")},
        "regions": regions,
        "document": document,
        "checks": {"core_headline": core_head, "extended_headline": ext_head,
                   "core_header_rows": h1, "extended_header_rows": h2},
    }
    if len(sys.argv) > 2 and sys.argv[2] == "--check-only":
        print("figures.py: check passed (nothing written)")
        return
    with open(os.path.join(HERE, "figures.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
    print("figures.py: OK core %d (%s) = headline %d; extended %d (%s) = headline %d; "
          "core provinces %d, extended rows %d (non-zero %d)" % (
              sum(core_tot.values()), " ".join("%s %d" % kv for kv in core_tot.items()), core_head,
              sum(ext_tot.values()), " ".join("%s %d" % kv for kv in ext_tot.items()), ext_head,
              coverage["core_provinces"], coverage["extended_rows"],
              coverage["extended_provinces_nonzero"]))


if __name__ == "__main__":
    main()
