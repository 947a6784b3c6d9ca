#!/usr/bin/env python3
"""Parse the trainer registers (and a few MOU/letter numbers) from the seed document
into figures.json. Exits non-zero on any inconsistency with the totals printed in the
document. Python 3 standard library only; deterministic output."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"

PROVINCES = """กรุงเทพมหานคร กระบี่ กาญจนบุรี กาฬสินธุ์ กำแพงเพชร ขอนแก่น จันทบุรี ฉะเชิงเทรา ชลบุรี
ชัยนาท ชัยภูมิ ชุมพร เชียงราย เชียงใหม่ ตรัง ตราด ตาก นครนายก นครปฐม นครพนม นครราชสีมา
นครศรีธรรมราช นครสวรรค์ นนทบุรี นราธิวาส น่าน บึงกาฬ บุรีรัมย์ ปทุมธานี ประจวบคีรีขันธ์
ปราจีนบุรี ปัตตานี พระนครศรีอยุธยา พะเยา พังงา พัทลุง พิจิตร พิษณุโลก เพชรบุรี เพชรบูรณ์ แพร่
ภูเก็ต มหาสารคาม มุกดาหาร แม่ฮ่องสอน ยโสธร ยะลา ร้อยเอ็ด ระนอง ระยอง ราชบุรี ลพบุรี ลำปาง
ลำพูน เลย ศรีสะเกษ สกลนคร สงขลา สตูล สมุทรปราการ สมุทรสงคราม สมุทรสาคร สระแก้ว สระบุรี
สิงห์บุรี สุโขทัย สุพรรณบุรี สุราษฎร์ธานี สุรินทร์ หนองคาย หนองบัวลำภู อ่างทอง อำนาจเจริญ
อุดรธานี อุตรดิตถ์ อุทัยธานี อุบลราชธานี""".split()
assert len(PROVINCES) == 77 and len(set(PROVINCES)) == 77

# Known scanning misspellings of province names in the document -> canonical name.
PROVINCE_FIX = {"อุตรธานี": "อุดรธานี"}

AGENCY_OF_HEADER = [  # (substring of header cell with spaces removed, agency id)
    ("กรมการปกครอง", "DOPA"), ("กรมส่งเสริมการปกครองท้องถิ่น", "DLA"),
    ("กรมสนับสนุนบริการสุขภาพ", "HSS"), ("กรมพัฒนาชุมชน", "CDD"),
    ("กรมการพัฒนาชุมชน", "CDD"), ("กรมกิจการผู้สูงอายุ", "DOP"),
]
AGENCIES = ["DOPA", "DLA", "HSS", "CDD", "DOP"]
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

errors = []
def fail(msg):
    errors.append(msg)

def cell_int(s):
    s = s.strip()
    if s in ("", "-", "–", "—"):
        return 0
    if not re.fullmatch(r"\d+", s):
        fail("bad cell %r" % s)
        return 0
    return int(s)

def header_agencies(line):
    cells = [c.replace(" ", "") for c in line.split("\t") if c.strip()]
    out = []
    for c in cells:
        hit = [a for (k, a) in AGENCY_OF_HEADER if c == k]
        if not hit:
            fail("unknown agency header %r" % c)
        else:
            out.append(hit[0])
    return out

def main():
    text = open(SEED, encoding="utf-8").read()
    lines = text.split("\n")
    registers = {}
    cur = None
    for ln in lines:
        raw = ln.rstrip("\n")
        if "ทะเบียนประวัติวิทยากรหลัก" in raw:
            cur = {"name": "core", "rows": {}, "order": [], "stated_total": None,
                   "stated_cols": None, "cols": None, "year": None}
            m = re.search(r"(\d{4})", raw.translate(THAI_DIGITS))
            cur["year"] = int(m.group(1)) if m else None
            registers["core"] = cur
            continue
        if "ทะเบียนประวัติวิทยากรขยายผล" in raw:
            cur = {"name": "extended", "rows": {}, "order": [], "stated_total": None,
                   "stated_cols": None, "cols": None, "year": None}
            m = re.search(r"(\d{4})", raw.translate(THAI_DIGITS))
            cur["year"] = int(m.group(1)) if m else None
            registers["extended"] = cur
            continue
        if cur is None:
            continue
        t = raw.translate(THAI_DIGITS)
        m = re.match(r"^\s*จำนวน\s+([\d,]+)\s*คน", t)
        if m:
            cur["stated_total"] = int(m.group(1).replace(",", ""))
            continue
        if "กรมการปกครอง" in t and "\t" in t:
            cols = header_agencies(t)
            if cur["cols"] is None:
                cur["cols"] = cols
            elif cols != cur["cols"]:
                fail("%s: repeated header differs: %r" % (cur["name"], cols))
            continue
        if "รวมจำนวน" in t:
            nums = [cell_int(c) for c in t.split("\t") if re.fullmatch(r"\s*\d+\s*", c)]
            cur["stated_cols"] = nums
            continue
        m = re.match(r"^(\d+)\t([^\t]+)\t(.*)$", t)
        if m:
            no, name, rest = int(m.group(1)), m.group(2).strip(), m.group(3)
            cells = rest.split("\t")
            cells = (cells + [""] * 5)[:5] if len(cells) <= 5 else cells
            if len(cells) != 5:
                fail("%s row %d: %d cells" % (cur["name"], no, len(cells)))
            canon = PROVINCE_FIX.get(name, name)
            if canon not in PROVINCES:
                fail("%s row %d: province %r not one of the 77" % (cur["name"], no, name))
                continue
            if canon in cur["rows"]:
                fail("%s: province %s twice" % (cur["name"], canon))
            cur["rows"][canon] = dict(zip(AGENCIES_ORDER(cur), [cell_int(c) for c in cells]))
            cur["order"].append((no, canon, name))
    out = {"source": os.path.basename(SEED), "agencies": AGENCIES, "provinces": PROVINCES,
           "province_spelling_fixes": PROVINCE_FIX, "registers": {}}
    for key in ("core", "extended"):
        r = registers.get(key)
        if r is None:
            fail("register %s not found" % key)
            continue
        nos = [o[0] for o in r["order"]]
        if nos != list(range(1, len(nos) + 1)):
            fail("%s: row numbers not 1..n" % key)
        table = {}
        for p in PROVINCES:
            row = r["rows"].get(p, {a: 0 for a in AGENCIES})
            table[p] = {a: row[a] for a in AGENCIES}
        row_tot = {p: sum(table[p].values()) for p in PROVINCES}
        col_tot = {a: sum(table[p][a] for p in PROVINCES) for a in AGENCIES}
        grand = sum(col_tot.values())
        if r["stated_cols"] is None or len(r["stated_cols"]) != 5:
            fail("%s: printed column totals missing" % key)
        else:
            stated = dict(zip(r["cols"], r["stated_cols"]))
            for a in AGENCIES:
                if stated[a] != col_tot[a]:
                    fail("%s: column %s sums to %d, printed %d" % (key, a, col_tot[a], stated[a]))
        if r["stated_total"] != grand:
            fail("%s: grand total %d, printed %s" % (key, grand, r["stated_total"]))
        out["registers"][key] = {
            "year_be": r["year"], "printed_total": r["stated_total"],
            "listed_provinces": [o[1] for o in r["order"]],
            "spelling_in_document": {o[1]: o[2] for o in r["order"] if o[1] != o[2]},
            "table": table, "row_totals": row_tot, "column_totals": col_tot, "total": grand,
        }
    if "extended" in out["registers"] and len(out["registers"]["extended"]["listed_provinces"]) != 77:
        fail("extended register does not list all 77 provinces")
    if "core" in out["registers"] and len(out["registers"]["core"]["listed_provinces"]) != 32:
        fail("core register: expected 32 provinces (README), got %d" % len(out["registers"]["core"]["listed_provinces"]))
    # A few non-register numbers from the MOUs / letter, so cases never type them by hand.
    t = text.translate(THAI_DIGITS)
    facts = {}
    m = re.search(r"ระยะเวลาความร่วมมือ\s*\(\s*(\d+)\s*ปี\s*\)", t)
    facts["mou_term_years"] = int(m.group(1)) if m else fail("mou term not found")
    m = re.search(r"ไม่น้อยกว่า\s*(\d+)\s*\(สามสิบ\)\s*วัน", t)
    facts["notice_days"] = int(m.group(1)) if m else fail("notice days not found")
    m = re.search(r"ตั้งแต่ปี พ\.ศ\. (\d{4})", t)
    facts["centres_since_be"] = int(m.group(1)) if m else fail("centre year not found")
    m = re.search(r"โทร\. ([\d-]+) ต่อ (\d+)", t)
    if m:
        facts["contact_phone"] = m.group(1); facts["contact_ext"] = int(m.group(2))
    else:
        fail("contact phone not found")
    m = re.search(r"โทรสาร ([\d-]+)", t)
    facts["contact_fax"] = m.group(1) if m else fail("fax not found")
    m = re.search(r"(\d+) กุมภาพันธ์ (\d{4})", t)
    if m:
        facts["letter_day"] = int(m.group(1)); facts["letter_year_be"] = int(m.group(2))
    else:
        fail("letter date not found")
    out["facts"] = facts
    if errors:
        for e in errors:
            print("figures.py: " + e, file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "figures.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    c, e = out["registers"]["core"], out["registers"]["extended"]
    print("figures.json: core %d (%d provinces), extended %d (%d provinces)" % (
        c["total"], len(c["listed_provinces"]), e["total"], len(e["listed_provinces"])))

_cols_cache = {}
def AGENCIES_ORDER(reg):
    if reg["cols"] is None:
        fail("%s: data row before header" % reg["name"])
        return AGENCIES
    if sorted(reg["cols"]) != sorted(AGENCIES):
        fail("%s: header columns %r" % (reg["name"], reg["cols"]))
    return reg["cols"]

if __name__ == "__main__":
    main()
