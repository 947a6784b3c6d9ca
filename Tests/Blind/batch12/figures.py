#!/usr/bin/env python3
"""Parse both 2563 trainer registers of the "พลเมืองคุณภาพ" course out of the seed
text and write figures.json.  Standard library only.

Exit 1 (with a reason on stderr) if:
  * a register row does not map to one of the 77 provinces (after explicit repairs),
  * a province appears twice in one register,
  * a column (or grand) sum differs from the published total,
  * the register headers cannot be found or a column cannot be mapped to an agency.

Besides the registers, a handful of numbers stated in the document text (letter year,
MOU-2 term and notice period, contact phone numbers, number of duty clauses per party)
are extracted from the seed with regular expressions so that make_cases.py never types
a figure by hand.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seed/000_ec2607a1cce9557b.txt"
OUT = os.path.join(HERE, "figures.json")
# optional: figures.py [SEED [OUT]] (used to test the exit-1 checks on altered copies)
if len(sys.argv) > 1:
    SEED = sys.argv[1]
if len(sys.argv) > 2:
    OUT = sys.argv[2]

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

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

# Official 6-region grouping (คณะกรรมการภูมิศาสตร์แห่งชาติ, 2520 / 1977), Bangkok in the
# Central region.  In the 4-region (administrative) grouping the Northeast and the South
# are the same 20 and 14 provinces; only North/Central/East/West differ.
REGIONS = {
    "north": {"th": "ภาคเหนือ", "provinces": [
        "เชียงราย", "เชียงใหม่", "น่าน", "พะเยา", "แพร่", "แม่ฮ่องสอน", "ลำปาง", "ลำพูน", "อุตรดิตถ์"]},
    "northeast": {"th": "ภาคตะวันออกเฉียงเหนือ", "provinces": [
        "กาฬสินธุ์", "ขอนแก่น", "ชัยภูมิ", "นครพนม", "นครราชสีมา", "บึงกาฬ", "บุรีรัมย์", "มหาสารคาม",
        "มุกดาหาร", "ยโสธร", "ร้อยเอ็ด", "เลย", "ศรีสะเกษ", "สกลนคร", "สุรินทร์", "หนองคาย",
        "หนองบัวลำภู", "อำนาจเจริญ", "อุดรธานี", "อุบลราชธานี"]},
    "central": {"th": "ภาคกลาง", "provinces": [
        "กรุงเทพมหานคร", "กำแพงเพชร", "ชัยนาท", "นครนายก", "นครปฐม", "นครสวรรค์", "นนทบุรี",
        "ปทุมธานี", "พระนครศรีอยุธยา", "พิจิตร", "พิษณุโลก", "เพชรบูรณ์", "ลพบุรี", "สมุทรปราการ",
        "สมุทรสงคราม", "สมุทรสาคร", "สิงห์บุรี", "สุโขทัย", "สุพรรณบุรี", "สระบุรี", "อ่างทอง",
        "อุทัยธานี"]},
    "east": {"th": "ภาคตะวันออก", "provinces": [
        "จันทบุรี", "ฉะเชิงเทรา", "ชลบุรี", "ตราด", "ปราจีนบุรี", "ระยอง", "สระแก้ว"]},
    "west": {"th": "ภาคตะวันตก", "provinces": [
        "กาญจนบุรี", "ตาก", "ประจวบคีรีขันธ์", "เพชรบุรี", "ราชบุรี"]},
    "south": {"th": "ภาคใต้", "provinces": [
        "กระบี่", "ชุมพร", "ตรัง", "นครศรีธรรมราช", "นราธิวาส", "ปัตตานี", "พังงา", "พัทลุง",
        "ภูเก็ต", "ยะลา", "ระนอง", "สงขลา", "สตูล", "สุราษฎร์ธานี"]},
}

# Explicit repairs of scanning misspellings (row label -> canonical province).
PROVINCE_REPAIRS = {"อุตรธานี": "อุดรธานี"}

# Column headers (spaces removed) -> agency code.  The CDD column is printed
# "กรมพัฒนาชุมชน" in the registers; the MOU calls it "กรมการพัฒนาชุมชน".
AGENCY_HEADERS = {
    "กรมการปกครอง": "DOPA",
    "กรมส่งเสริมการปกครองท้องถิ่น": "DLA",
    "กรมสนับสนุนบริการสุขภาพ": "HSS",
    "กรมการพัฒนาชุมชน": "CDD",
    "กรมพัฒนาชุมชน": "CDD",
    "กรมกิจการผู้สูงอายุ": "DOP",
}
AGENCY_REPAIRS = {"กรมพัฒนาชุมชน": "กรมการพัฒนาชุมชน"}
AGENCIES = ["DOPA", "DLA", "HSS", "CDD", "DOP"]


def die(msg):
    print("figures.py: ERROR: " + msg, file=sys.stderr)
    sys.exit(1)


def cell(v, where):
    v = v.strip().translate(THAI_DIGITS)
    if v in ("", "-", "–"):
        return 0
    if not v.isdigit():
        die("non-numeric cell %r at %s" % (v, where))
    return int(v)


def parse_register(lines, start, end, label, repairs_log):
    """Parse the rows between line indexes start and end."""
    columns = None
    rows = {}
    published = None
    published_people = None
    for i in range(start, end):
        raw = lines[i].rstrip("\n")
        m = re.search(r"จำนวน\s*([\d,]+)\s*คน", raw)
        if m and published_people is None and "\t" not in raw:
            published_people = int(m.group(1).replace(",", ""))
            continue
        parts = raw.split("\t")
        if len(parts) >= 2 and parts[0].strip() == "ที่":
            # header: the agency names are on the next line
            hdr = [h.replace(" ", "") for h in lines[i + 1].rstrip("\n").split("\t") if h.strip()]
            cols = []
            for h in hdr:
                if h not in AGENCY_HEADERS:
                    die("%s: unknown agency column %r (line %d)" % (label, h, i + 2))
                if h in AGENCY_REPAIRS:
                    rec = {"register": label, "line": i + 2, "from": h,
                           "to": AGENCY_REPAIRS[h], "kind": "agency name"}
                    if rec not in repairs_log:
                        repairs_log.append(rec)
                cols.append(AGENCY_HEADERS[h])
            if sorted(cols) != sorted(AGENCIES):
                die("%s: header columns %r" % (label, cols))
            if columns is not None and cols != columns:
                die("%s: repeated header has a different column order" % label)
            columns = cols
            continue
        if any(p.strip() == "รวมจำนวน" for p in parts):
            nums = [p for p in parts if p.strip() and p.strip() != "รวมจำนวน"]
            if len(nums) != 5:
                die("%s: totals row has %d numbers" % (label, len(nums)))
            published = {columns[k]: cell(nums[k], "%s totals" % label) for k in range(5)}
            continue
        if re.match(r"^\d+\t", raw):
            if columns is None:
                die("%s: data row before header (line %d)" % (label, i + 1))
            while len(parts) < 7:
                parts.append("")          # trailing empty cell (e.g. เพชรบูรณ์ ผู้สูงอายุ)
            if len(parts) > 7 and any(p.strip() for p in parts[7:]):
                die("%s: too many cells on line %d" % (label, i + 1))
            name = parts[1].strip()
            if name not in PROVINCES:
                if name in PROVINCE_REPAIRS:
                    repairs_log.append({"register": label, "line": i + 1, "from": name,
                                        "to": PROVINCE_REPAIRS[name], "kind": "province name"})
                    name = PROVINCE_REPAIRS[name]
                else:
                    die("%s: row %r (line %d) is not one of the 77 provinces" % (label, name, i + 1))
            if name in rows:
                die("%s: province %s appears twice" % (label, name))
            rows[name] = {columns[k]: cell(parts[2 + k], "%s line %d" % (label, i + 1))
                          for k in range(5)}
    if published is None:
        die("%s: no totals row" % label)
    for a in AGENCIES:
        s = sum(r[a] for r in rows.values())
        if s != published[a]:
            die("%s: column %s sums to %d, published %d" % (label, a, s, published[a]))
    grand = sum(published.values())
    if published_people is not None and grand != published_people:
        die("%s: grand total %d differs from the published %d people" % (label, grand, published_people))
    return rows, published, published_people


def doc_numbers(text):
    t = text.translate(THAI_DIGITS)
    d = {}
    def grab(name, pattern, group=1, flags=0):
        m = re.search(pattern, t, flags)
        if not m:
            die("document number %s not found" % name)
        d[name] = int(m.group(group))
    grab("letter_year", r"\n1 กุมภาพันธ์ (\d{4})")
    grab("letter_day", r"\n(1) กุมภาพันธ์ \d{4}")
    grab("letter_ref_series", r"ที่ มท 0818\.2/ว (\d{4})")
    grab("constitution_year", r"พุทธศักราช (\d{4})")
    grab("ssp_founded_year", r"ตั้งแต่ปี พ\.ศ\. (\d{4})")
    m = re.findall(r"ปีงบประมาณ พ\.ศ\. (\d{4})", t)
    yrs = sorted(set(int(x) for x in m))
    if len(yrs) != 3:
        die("centre rollout years %r" % yrs)
    d["rollout_years"] = yrs      # 2563 one tambon per province, 2564 one per district, 2565 all
    grab("mou2_term_years", r"ระยะเวลาความร่วมมือ\((\d)ปี\)")
    grab("mou2_notice_days", r"ไม่น้อยกว่า (\d+) \(สามสิบ\) วัน")
    m = re.search(r"โทร\. (\d)-(\d{4})-(\d{4}) ต่อ (\d{4})", t)
    if not m:
        die("phone not found")
    d["phone_parts"] = [int(m.group(2)), int(m.group(3))]
    d["phone_ext"] = int(m.group(4))
    d["phone_text"] = "0-%s-%s ต่อ %s" % (m.group(2), m.group(3), m.group(4))
    m = re.search(r"โทรสาร (\d)-(\d{4})-(\d{4})", t)
    d["fax_parts"] = [int(m.group(2)), int(m.group(3))]
    d["fax_text"] = "0-%s-%s" % (m.group(2), m.group(3))
    grab("postcode", r"กทม\. (\d{5})")
    # duty clauses per party: count numbered items after each "ความร่วมมือของ..." heading
    heads = [(m.start(), m.group(1)) for m in re.finditer(r"\nความร่วมมือของ(\S+)", t)]
    ends = [m.start() for m in re.finditer(r"ทุกฝ่ายได้พิจารณา", t)]
    code = {"สำนักงานคณะกรรมการการเลือกตั้ง": "ECT", "กรมการปกครอง": "DOPA",
            "กรมส่งเสริมการปกครองท้องถิ่น": "DLA", "กรมสนับสนุนบริการสุขภาพ": "HSS",
            "กรมกิจการผู้สูงอายุ": "DOP", "กรมการพัฒนาชุมชน": "CDD"}
    clauses = {"mou1": {}, "mou2": {}}
    mou2_start = t.find("ระหว่างสำนักงานคณะกรรมการการเลือกตั้งกับกรมการพัฒนาชุมชน")
    for k, (pos, name) in enumerate(heads):
        stop = min([h for h, _ in heads if h > pos] + [e for e in ends if e > pos])
        body = t[pos:stop]
        nums = [int(x) for x in re.findall(r"\n\s*(\d)\.", body)]
        if name == "กรมการพัฒนาชุมชน":
            # clauses 5 (term) and 6 (amendment) of MOU 2 are not duties
            nums = [n for n in nums if n <= 4]
        mou = "mou2" if pos > mou2_start else "mou1"
        if nums != list(range(1, len(nums) + 1)):
            die("clause numbering of %s in %s: %r" % (name, mou, nums))
        clauses[mou][code[name]] = len(nums)
    d["duty_clauses"] = clauses
    d["mou_count"] = len(re.findall(r"บันทึกข้อตกลงฉบับนี้จัดทำขึ้นระหว่าง", t))
    grab("register_agency_count", r"หน่วยงานของรัฐ (\d) หน่วยงาน")
    return d


def main():
    with open(SEED, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    core_i = [i for i, l in enumerate(lines) if l.startswith("ทะเบียนประวัติวิทยากรหลัก")]
    ext_i = [i for i, l in enumerate(lines) if l.startswith("ทะเบียนประวัติวิทยากรขยายผล")]
    if len(core_i) != 1 or len(ext_i) != 1 or not core_i[0] < ext_i[0]:
        die("register headings not found exactly once")
    repairs = []
    core, core_pub, core_people = parse_register(lines, core_i[0], ext_i[0], "core", repairs)
    ext, ext_pub, ext_people = parse_register(lines, ext_i[0], len(lines), "extended", repairs)
    if len(ext) != 77:
        die("extended register has %d provinces, expected 77" % len(ext))
    # every region province is canonical, each exactly once
    allreg = [p for r in REGIONS.values() for p in r["provinces"]]
    if sorted(allreg) != sorted(PROVINCES) or len(set(PROVINCES)) != 77:
        die("region grouping does not cover the 77 provinces exactly once")

    zero = {a: 0 for a in AGENCIES}
    provinces = {}
    for p in PROVINCES:
        c = dict(core.get(p, zero)); e = dict(ext.get(p, zero))
        region = [k for k, r in REGIONS.items() if p in r["provinces"]][0]
        provinces[p] = {
            "region": region,
            "in_core_register": p in core,
            "core": c, "extended": e,
            "core_total": sum(c.values()), "extended_total": sum(e.values()),
            "total": sum(c.values()) + sum(e.values()),
        }
    totals = {
        "core": {"by_agency": core_pub, "total": sum(core_pub.values()), "published_people": core_people,
                 "provinces_listed": len(core)},
        "extended": {"by_agency": ext_pub, "total": sum(ext_pub.values()), "published_people": ext_people,
                     "provinces_listed": len(ext)},
    }
    totals["all"] = totals["core"]["total"] + totals["extended"]["total"]
    regions = {}
    for k, r in REGIONS.items():
        ps = r["provinces"]
        regions[k] = {
            "th": r["th"], "provinces": ps,
            "core": {a: sum(provinces[p]["core"][a] for p in ps) for a in AGENCIES},
            "extended": {a: sum(provinces[p]["extended"][a] for p in ps) for a in AGENCIES},
        }
        regions[k]["core_total"] = sum(regions[k]["core"].values())
        regions[k]["extended_total"] = sum(regions[k]["extended"].values())
    out = {
        "source": SEED,
        "year_be": 2563,
        "agencies": AGENCIES,
        "region_grouping": "official 6-region grouping (National Geographical Committee 1977); "
                           "Bangkok in central; northeast and south identical to the 4-region grouping",
        "provinces": provinces,
        "totals": totals,
        "regions": regions,
        "repairs": repairs,
        "document": doc_numbers(text),
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=True)
    print("figures.json: %d provinces, core %d (%d provinces), extended %d; repairs: %s" % (
        len(provinces), totals["core"]["total"], len(core), totals["extended"]["total"],
        ", ".join("%s->%s" % (r["from"], r["to"]) for r in repairs)))


if __name__ == "__main__":
    main()
