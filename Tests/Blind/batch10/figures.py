#!/usr/bin/env python3
"""Parse the two 2563 trainer registers (and a few document facts) out of the seed text
and write figures.json.  Stops with an error when a column sum differs from the published
totals or when a row does not map to one of the 77 provinces.

Standard library only.  Run: python3 figures.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"
OUT = os.path.join(HERE, "figures.json")

AGENCIES = ["DOPA", "DLA", "HSS", "CDD", "DOP"]

# The 77 provinces (canonical Thai names, as the extended register spells them).
PROVINCES = """
กระบี่ กรุงเทพมหานคร กาญจนบุรี กาฬสินธุ์ กำแพงเพชร ขอนแก่น จันทบุรี ฉะเชิงเทรา ชลบุรี ชัยนาท
ชัยภูมิ ชุมพร เชียงราย เชียงใหม่ ตรัง ตราด ตาก นครนายก นครปฐม นครพนม นครราชสีมา นครศรีธรรมราช
นครสวรรค์ นนทบุรี นราธิวาส น่าน บึงกาฬ บุรีรัมย์ ปทุมธานี ประจวบคีรีขันธ์ ปราจีนบุรี ปัตตานี
พระนครศรีอยุธยา พะเยา พังงา พัทลุง พิจิตร พิษณุโลก เพชรบุรี เพชรบูรณ์ แพร่ ภูเก็ต มหาสารคาม
มุกดาหาร แม่ฮ่องสอน ยโสธร ยะลา ร้อยเอ็ด ระนอง ระยอง ราชบุรี ลพบุรี ลำปาง ลำพูน เลย ศรีสะเกษ
สกลนคร สงขลา สตูล สมุทรปราการ สมุทรสงคราม สมุทรสาคร สระแก้ว สระบุรี สิงห์บุรี สุโขทัย สุพรรณบุรี
สุราษฎร์ธานี สุรินทร์ หนองคาย หนองบัวลำภู อ่างทอง อำนาจเจริญ อุดรธานี อุตรดิตถ์ อุทัยธานี อุบลราชธานี
""".split()
assert len(PROVINCES) == 77 and len(set(PROVINCES)) == 77

# Misspelt province rows found in the scan, repaired here (each repair is reported).
REPAIRS = {
    "อุตรธานี": "อุดรธานี",   # extended register row 74: อุดร (Udon) written as อุตร
}

# Region grouping: the official six-region scheme (ราชบัณฑิตยสถาน / คณะกรรมการภูมิศาสตร์แห่งชาติ 2520).
REGIONS = {
    "เหนือ": "เชียงราย เชียงใหม่ น่าน พะเยา แพร่ แม่ฮ่องสอน ลำปาง ลำพูน อุตรดิตถ์".split(),
    "อีสาน": ("กาฬสินธุ์ ขอนแก่น ชัยภูมิ นครพนม นครราชสีมา บึงกาฬ บุรีรัมย์ มหาสารคาม มุกดาหาร ยโสธร "
              "ร้อยเอ็ด เลย สกลนคร สุรินทร์ ศรีสะเกษ หนองคาย หนองบัวลำภู อุดรธานี อุบลราชธานี อำนาจเจริญ").split(),
    "กลาง": ("กรุงเทพมหานคร กำแพงเพชร ชัยนาท นครนายก นครปฐม นครสวรรค์ นนทบุรี ปทุมธานี พระนครศรีอยุธยา "
             "พิจิตร พิษณุโลก เพชรบูรณ์ ลพบุรี สมุทรปราการ สมุทรสงคราม สมุทรสาคร สิงห์บุรี สุโขทัย "
             "สุพรรณบุรี สระบุรี อ่างทอง อุทัยธานี").split(),
    "ตะวันออก": "จันทบุรี ฉะเชิงเทรา ชลบุรี ตราด ปราจีนบุรี ระยอง สระแก้ว".split(),
    "ตะวันตก": "กาญจนบุรี ตาก ประจวบคีรีขันธ์ เพชรบุรี ราชบุรี".split(),
    "ใต้": ("กระบี่ ชุมพร ตรัง นครศรีธรรมราช นราธิวาส ปัตตานี พังงา พัทลุง ภูเก็ต ระนอง สตูล สงขลา "
            "สุราษฎร์ธานี ยะลา").split(),
}
_all = [p for v in REGIONS.values() for p in v]
assert sorted(_all) == sorted(PROVINCES), "region grouping must cover the 77 provinces once"

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def die(msg):
    sys.stderr.write("figures.py: ERROR: " + msg + "\n")
    sys.exit(1)


def header_agency(cell):
    c = cell.replace(" ", "")
    if "ปกครองท้องถิ่น" in c:
        return "DLA"
    if "การปกครอง" in c:
        return "DOPA"
    if "บริการสุขภาพ" in c:
        return "HSS"
    if "พัฒนาชุมชน" in c:          # กรมพัฒนาชุมชน / กรมการพัฒนาชุมชน
        return "CDD"
    if "ผู้สูงอายุ" in c:
        return "DOP"
    return None


def cell_int(s):
    s = s.strip().translate(THAI_DIGITS).replace(",", "")
    if s in ("", "-", "–", "—"):
        return 0
    if not s.isdigit():
        die("bad cell %r" % s)
    return int(s)


def parse_register(lines, title_word):
    """Return (rows {province: {agency: n}}, totals {agency: n}, stated_total, repairs)."""
    start = None
    for i, l in enumerate(lines):
        if l.startswith("ทะเบียนประวัติ" + title_word):
            start = i
            break
    if start is None:
        die("register %s not found" % title_word)
    stated = None
    rows, totals, repairs, order = {}, None, [], None
    for l in lines[start + 1:]:
        if l.startswith("ทะเบียนประวัติ") and title_word not in l:
            break
        m = re.match(r"^จำนวน\s+([\d,]+)\s+คน", l.strip())
        if m and stated is None:
            stated = int(m.group(1).replace(",", ""))
            continue
        cells = l.split("\t")
        if len(cells) >= 7 and order is None and any(header_agency(c) for c in cells):
            order = [header_agency(c) for c in cells[2:7]]
        if len(cells) >= 3 and cells[0].strip() == "" and any(header_agency(c) for c in cells):
            hdr = [header_agency(c) for c in cells[2:7]]
            if None in hdr or sorted(hdr) != sorted(AGENCIES):
                die("unrecognised header %r" % cells)
            if order != hdr:
                die("header order changes inside %s" % title_word)
            continue
        if len(cells) >= 2 and "รวม" in cells[0] + cells[1]:
            vals = cells[2:7]   # "รวมจำนวน" sits in column 0 or 1; figures start at column 2
            totals = dict(zip(order, [cell_int(v) for v in (vals + [""] * 5)[:5]]))
            break
        if re.match(r"^\d+$", cells[0].strip()):
            name = cells[1].strip().replace(" ", "")
            if name in REPAIRS:
                repairs.append((cells[0].strip(), name, REPAIRS[name]))
                name = REPAIRS[name]
            if name not in PROVINCES:
                die("row %s: %r is not one of the 77 provinces" % (cells[0], name))
            if name in rows:
                die("province %s appears twice in %s" % (name, title_word))
            vals = (cells[2:7] + [""] * 5)[:5]
            if order is None:
                die("data row before header")
            rows[name] = dict(zip(order, [cell_int(v) for v in vals]))
    if totals is None:
        die("no total row in %s" % title_word)
    return rows, totals, stated, repairs


def check(rows, totals, stated, label):
    for a in AGENCIES:
        s = sum(r[a] for r in rows.values())
        if s != totals[a]:
            die("%s: column %s sums to %d, published total %d" % (label, a, s, totals[a]))
    g = sum(totals.values())
    if stated is not None and g != stated:
        die("%s: totals add to %d, heading says %d" % (label, g, stated))


def doc_facts(text):
    t = text.translate(THAI_DIGITS)
    facts = {}

    def grab(key, pattern, conv=int):
        m = re.search(pattern, t)
        if not m:
            die("document fact %s not found (%s)" % (key, pattern))
        facts[key] = conv(m.group(1))

    grab("mou_term_years", r"ระยะเวลาความร่วมมือ\s*\((\d+)\s*ปี\)")
    grab("notice_days", r"ล่วงหน้า\s*ไม่น้อยกว่า\s*(\d+)")
    grab("centre_founded_be", r"ศส\.ปชต\.\)\s*ตั้งแต่ปี\s*พ\.ศ\.\s*(\d{4})")
    grab("letter_year_be", r"\n\s*1 กุมภาพันธ์ (\d{4})")
    grab("phone_ext", r"โทร\.\s*[\d-]+\s*ต่อ\s*(\d+)")
    grab("fax_last", r"โทรสาร\s*[\d]+-[\d]+-(\d+)")
    grab("phone_last", r"โทร\.\s*[\d]+-[\d]+-(\d+)")
    grab("register_agencies", r"หน่วยงานของรัฐ\s*(\d+)\s*หน่วยงาน")
    grab("register_year_be", r"หลักสูตร \"พลเมืองคุณภาพ\" ประจำปี (\d{4})")
    m = re.search(r"กับหน่วยงาน พันธมิตร ประกอบด้วย (.+?) ด้วยมีความตระหนัก", t)
    if not m:
        die("MOU 1 partner list not found")
    n = len(re.findall(r"กรม", m.group(1)))
    if n != 4:
        die("MOU 1 partner list has %d departments, expected 4" % n)
    facts["mou1_partner_departments"] = n
    return facts


def main():
    text = open(SEED, encoding="utf-8").read()
    lines = text.split("\n")
    core, core_tot, core_stated, r1 = parse_register(lines, "วิทยากรหลัก")
    ext, ext_tot, ext_stated, r2 = parse_register(lines, "วิทยากรขยายผล")
    check(core, core_tot, core_stated, "core")
    check(ext, ext_tot, ext_stated, "extended")
    if len(ext) != 77:
        die("extended register has %d provinces, expected 77" % len(ext))
    if core_stated != 158 or ext_stated != 1497:
        die("unexpected stated totals %s %s" % (core_stated, ext_stated))
    # provinces absent from the core register have no core trainers
    core_full = {p: core.get(p, {a: 0 for a in AGENCIES}) for p in PROVINCES}
    out = {
        "source": SEED,
        "agencies": AGENCIES,
        "provinces": PROVINCES,
        "core": core_full,
        "core_listed": sorted(core),
        "extended": {p: ext[p] for p in PROVINCES},
        "totals": {"core": core_tot, "extended": ext_tot,
                   "core_all": core_stated, "extended_all": ext_stated},
        "regions_scheme": "six-region (ราชบัณฑิตยสถาน 2520): เหนือ 9, อีสาน 20, กลาง 22 (รวม กทม.), ตะวันออก 7, ตะวันตก 5, ใต้ 14",
        "regions": REGIONS,
        "repairs": [{"register": "core", "row": a, "seen": b, "as": c} for a, b, c in r1] +
                   [{"register": "extended", "row": a, "seen": b, "as": c} for a, b, c in r2],
        "doc": doc_facts(text),
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    for r in out["repairs"]:
        print("repaired %s register row %s: %s -> %s" % (r["register"], r["row"], r["seen"], r["as"]))
    print("core: %d provinces listed, %d people; extended: %d provinces, %d people"
          % (len(core), core_stated, len(ext), ext_stated))
    print("wrote", OUT)


# ---------------------------------------------------------------- spec evaluation
def _scope(fig, scope):
    if scope == "*":
        return fig["provinces"]
    if scope.startswith("@"):
        return fig["regions"][scope[1:]]
    if "+" in scope:
        provs = scope.split("+")
        for p in provs:
            if p not in fig["provinces"]:
                raise KeyError("unknown province in spec: " + p)
        return provs
    if scope not in fig["provinces"]:
        raise KeyError("unknown province in spec: " + scope)
    return [scope]


def _val(fig, typ, provs, agency):
    ags = fig["agencies"] if agency in (None, "*") else [agency]
    tot = 0
    for p in provs:
        for a in ags:
            if typ in ("c", "t"):
                tot += fig["core"][p][a]
            if typ in ("e", "t"):
                tot += fig["extended"][p][a]
    return tot


def ranking(fig, typ, scope, agency=None):
    provs = _scope(fig, scope)
    return sorted(((_val(fig, typ, [p], agency), p) for p in provs), key=lambda x: (-x[0], x[1]))


def evaluate(fig, spec):
    """Specs:
      c:SCOPE[:AG]  core    e:SCOPE[:AG]  extended    t:SCOPE[:AG]  core+extended
         SCOPE = province | * (whole country) | @region | P1+P2+...
      rank:N:TYPE:SCOPE[:AG]  value of the N-th province (N from 1), refusing ties at N
      n:TYPE[:SCOPE]          number of provinces with at least one trainer of TYPE
      doc:KEY                 a fact of the letter / MOU
    """
    parts = spec.split(":")
    k = parts[0]
    if k in ("c", "e", "t"):
        return _val(fig, k, _scope(fig, parts[1]), parts[2] if len(parts) > 2 else None)
    if k == "rank":
        n = int(parts[1])
        r = ranking(fig, parts[2], parts[3], parts[4] if len(parts) > 4 else None)
        v = r[n - 1][0]
        if sum(1 for x in r if x[0] == v) != 1:
            raise ValueError("tie at rank %d in %s" % (n, spec))
        return v
    if k == "n":
        provs = _scope(fig, parts[2] if len(parts) > 2 else "*")
        return sum(1 for p in provs if _val(fig, parts[1], [p], None) > 0)
    if k == "doc":
        return fig["doc"][parts[1]]
    raise ValueError("bad spec " + spec)


def rank_name(fig, spec):
    parts = spec.split(":")
    r = ranking(fig, parts[2], parts[3], parts[4] if len(parts) > 4 else None)
    return r[int(parts[1]) - 1][1]


if __name__ == "__main__":
    main()
