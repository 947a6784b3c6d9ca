#!/usr/bin/env python3
"""Parse the seed document's two trainer registers and the letter/MOU text into figures.json.

Reads only /work/shared/seed/000_*.txt.  Every number a test expects comes from here.
Stops (exit 1) when a column sum differs from the printed total row, when a row cannot be
mapped to one of the 77 provinces, or when a regex fact cannot be found.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = sorted(glob.glob('/work/shared/seed/000_*.txt'))
if len(SEED) != 1:
    sys.exit('expected exactly one seed text, found %r' % SEED)

DEPTS = ['DOPA', 'DLA', 'HSS', 'CDD', 'DOP']          # printed column order
DEPT_TH = {'DOPA': 'กรมการปกครอง', 'DLA': 'กรมส่งเสริมการปกครองท้องถิ่น',
           'HSS': 'กรมสนับสนุนบริการสุขภาพ', 'CDD': 'กรมการพัฒนาชุมชน', 'DOP': 'กรมกิจการผู้สูงอายุ'}

REGIONS = {
    'north': ['เชียงราย', 'เชียงใหม่', 'น่าน', 'พะเยา', 'แพร่', 'แม่ฮ่องสอน', 'ลำปาง', 'ลำพูน', 'อุตรดิตถ์'],
    'northeast': ['กาฬสินธุ์', 'ขอนแก่น', 'ชัยภูมิ', 'นครพนม', 'นครราชสีมา', 'บึงกาฬ', 'บุรีรัมย์',
                  'มหาสารคาม', 'มุกดาหาร', 'ยโสธร', 'ร้อยเอ็ด', 'เลย', 'ศรีสะเกษ', 'สกลนคร', 'สุรินทร์',
                  'หนองคาย', 'หนองบัวลำภู', 'อำนาจเจริญ', 'อุดรธานี', 'อุบลราชธานี'],
    'central': ['กรุงเทพมหานคร', 'กำแพงเพชร', 'ชัยนาท', 'นครนายก', 'นครปฐม', 'นครสวรรค์', 'นนทบุรี',
                'ปทุมธานี', 'พระนครศรีอยุธยา', 'พิจิตร', 'พิษณุโลก', 'เพชรบูรณ์', 'ลพบุรี', 'สมุทรปราการ',
                'สมุทรสงคราม', 'สมุทรสาคร', 'สิงห์บุรี', 'สุโขทัย', 'สุพรรณบุรี', 'สระบุรี', 'อ่างทอง',
                'อุทัยธานี'],
    'east': ['จันทบุรี', 'ฉะเชิงเทรา', 'ชลบุรี', 'ตราด', 'ปราจีนบุรี', 'ระยอง', 'สระแก้ว'],
    'west': ['กาญจนบุรี', 'ตาก', 'ประจวบคีรีขันธ์', 'เพชรบุรี', 'ราชบุรี'],
    'south': ['กระบี่', 'ชุมพร', 'ตรัง', 'นครศรีธรรมราช', 'นราธิวาส', 'ปัตตานี', 'พังงา', 'พัทลุง',
              'ภูเก็ต', 'ระนอง', 'สงขลา', 'สตูล', 'สุราษฎร์ธานี', 'ยะลา'],
}
REGION_SIZES = {'north': 9, 'northeast': 20, 'central': 22, 'east': 7, 'west': 5, 'south': 14}
# sub-groups (not part of the six-region partition)
SUBGROUPS = {
    'bkk_vicinity': ['กรุงเทพมหานคร', 'นนทบุรี', 'ปทุมธานี', 'สมุทรปราการ', 'สมุทรสาคร', 'นครปฐม'],
    'deep_south': ['ปัตตานี', 'ยะลา', 'นราธิวาส'],
    'andaman': ['ระนอง', 'พังงา', 'ภูเก็ต', 'กระบี่', 'ตรัง', 'สตูล'],
    'upper_north8': ['เชียงราย', 'เชียงใหม่', 'น่าน', 'พะเยา', 'แพร่', 'แม่ฮ่องสอน', 'ลำปาง', 'ลำพูน'],
}
PROVINCES = sorted(p for ps in REGIONS.values() for p in ps)
# OCR / spelling variants seen in the seed -> official name
OCR_ALIASES = {'อุตรธานี': 'อุดรธานี'}

THAI_DIGITS = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')


def die(msg):
    print('figures.py: ' + msg, file=sys.stderr)
    sys.exit(1)


def check_regions():
    if len(PROVINCES) != 77 or len(set(PROVINCES)) != 77:
        die('region table does not hold 77 distinct provinces')
    for r, n in REGION_SIZES.items():
        if len(REGIONS[r]) != n:
            die('region %s has %d provinces, expected %d' % (r, len(REGIONS[r]), n))
    for g, ps in SUBGROUPS.items():
        for p in ps:
            if p not in PROVINCES:
                die('subgroup %s: unknown province %s' % (g, p))


def to_int(cell):
    c = cell.strip().translate(THAI_DIGITS).replace(',', '')
    if c in ('', '-', '–', '—'):
        return 0
    if not c.isdigit():
        die('bad cell %r' % cell)
    return int(c)


def map_province(name):
    n = re.sub(r'\s+', '', name)
    if n in PROVINCES:
        return n, None
    if n in OCR_ALIASES:
        return OCR_ALIASES[n], n
    die('row %r maps to no province' % name)


def parse_register(lines, title_prefix):
    start = None
    for i, l in enumerate(lines):
        if l.startswith(title_prefix):
            start = i
            break
    if start is None:
        die('register heading %r not found' % title_prefix)
    printed_people = None
    rows, total, fixes, year = {}, None, [], None
    m = re.search(r'ประจำปี\s*(\d{4})', lines[start])
    year = int(m.group(1)) if m else None
    for l in lines[start + 1:]:
        if l.startswith('ทะเบียนประวัติ'):
            break
        m = re.match(r'^จำนวน\s+([\d,]+)\s+คน', l.strip())
        if m and printed_people is None:
            printed_people = int(m.group(1).replace(',', ''))
            continue
        cells = l.rstrip('\n').split('\t')
        if 'รวมจำนวน' in l:
            nums = [c for c in cells if c.strip() and 'รวม' not in c]
            if len(nums) != 5:
                die('total row has %d numbers: %r' % (len(nums), l))
            total = dict(zip(DEPTS, (to_int(c) for c in nums)))
            continue
        if len(cells) >= 2 and cells[0].strip().isdigit():
            cells = cells + [''] * (7 - len(cells))
            if len(cells) > 7 and any(c.strip() for c in cells[7:]):
                die('row with extra cells: %r' % l)
            prov, raw = map_province(cells[1])
            if prov in rows:
                die('province %s appears twice in %s' % (prov, title_prefix))
            if raw:
                fixes.append({'row': int(cells[0]), 'printed': raw, 'province': prov})
            rows[prov] = dict(zip(DEPTS, (to_int(c) for c in cells[2:7])))
    if total is None or printed_people is None:
        die('total row or head count missing in %s' % title_prefix)
    for d in DEPTS:
        s = sum(r[d] for r in rows.values())
        if s != total[d]:
            die('%s column %s sums to %d, printed total %d' % (title_prefix, d, s, total[d]))
    if sum(total.values()) != printed_people:
        die('%s printed total row sums to %d, heading says %d' % (title_prefix, sum(total.values()), printed_people))
    for r in rows.values():
        r['total'] = sum(r[d] for d in DEPTS)
    national = dict(total)
    national['total'] = printed_people
    return {'year': year, 'printed_people': printed_people, 'rows_printed': len(rows),
            'ocr_fixes': fixes, 'provinces': rows, 'national': national}


def coverage(reg):
    cov = {}
    for c in DEPTS + ['total']:
        cov[c] = sum(1 for r in reg['provinces'].values() if r[c] > 0)
    return cov


def group_sums(reg, members):
    out = {c: 0 for c in DEPTS + ['total']}
    out['provinces_with'] = 0
    for p in members:
        r = reg['provinces'].get(p)
        if not r:
            continue
        for c in DEPTS + ['total']:
            out[c] += r[c]
        if r['total'] > 0:
            out['provinces_with'] += 1
    out['provinces_in_group'] = len(members)
    return out


def extract_facts(text):
    """Integer facts of the letter and the two MOUs, by regex on the text before the registers."""
    body = text.split('ทะเบียนประวัติวิทยากรหลัก')[0].translate(THAI_DIGITS)
    facts = {}

    def grab(key, pattern, group=1, flags=0):
        m = re.search(pattern, body, flags)
        if not m:
            die('fact %s: pattern %r not found' % (key, pattern))
        facts[key] = int(m.group(group))

    grab('letter_ref_dept', r'ที่\s*มท\s*(\d+)\.\d+/ว')
    grab('letter_ref_no', r'ที่\s*มท\s*\d+\.\d+/ว\s*(\d+)')
    grab('letter_day', r'\n\s*(\d{1,2})\s+กุมภาพันธ์\s+\d{4}')
    grab('letter_year', r'\n\s*\d{1,2}\s+กุมภาพันธ์\s+(\d{4})')
    grab('dla_postcode', r'กทม\.\s*(\d{5})')
    grab('contact_phone_last4', r'โทร\.\s*0-\d{4}-(\d{4})')
    grab('contact_phone_ext', r'โทร\.\s*0-\d{4}-\d{4}\s*ต่อ\s*(\d+)')
    grab('contact_fax_last4', r'โทรสาร\s*0-\d{4}-(\d{4})')
    grab('center_founded_year', r'ศส\.ปชต\.\)\s*ตั้งแต่ปี\s*พ\.ศ\.\s*(\d{4})')
    grab('constitution_year', r'รัฐธรรมนูญแห่งราชอาณาจักรไทย\s*พุทธศักราช\s*(\d{4})')
    grab('rollout_province_year', r'พ\.ศ\.\s*(\d{4})\s*จัดตั้งจังหวัดละ')
    grab('rollout_district_year', r'พ\.ศ\.\s*(\d{4})\s*จัดตั้งอำเภอละ')
    grab('rollout_all_year', r'ครบทุกตำบล\s*ในปีงบประมาณ\s*พ\.ศ\.\s*(\d{4})')
    grab('mou_term_years', r'ระยะเวลาความร่วมมือ\s*\((\d+)\s*ปี\)')
    grab('notice_days', r'ล่วงหน้า\s*ไม่น้อยกว่า\s*(\d+)\s*\(สามสิบ\)\s*วัน')

    # numbered duties per section; the CDD section also numbers clauses 5 (term) and 6 (amendment)
    heads = [(m.start(), m.group(1)) for m in re.finditer(r'ความร่วมมือของ(\S+)', body)]
    code = {'สำนักงานคณะกรรมการการเลือกตั้ง': 'ECT', 'กรมการปกครอง': 'DOPA',
            'กรมส่งเสริมการปกครองท้องถิ่น': 'DLA', 'กรมสนับสนุนบริการสุขภาพ': 'HSS',
            'กรมกิจการผู้สูงอายุ': 'DOP', 'กรมการพัฒนาชุมชน': 'CDD'}
    counts = {}
    for i, (pos, name) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(body)
        section = body[pos:end]
        section = re.split(r'\n\s*\d+\.\s*ระยะเวลาความร่วมมือ|ทุกฝ่ายได้พิจารณา', section)[0]
        n = len(re.findall(r'(?m)^\s*(\d+)\.', section))
        c = code.get(name)
        if c is None:
            die('unknown duty section %r' % name)
        counts.setdefault(c, []).append(n)
    for c in ['ECT', 'DOPA', 'DLA', 'HSS', 'DOP', 'CDD']:
        if c not in counts:
            die('no duty section for %s' % c)
    if len(set(counts['ECT'])) != 1 or len(counts['ECT']) != 2:
        die('ECT duty sections disagree: %r' % counts['ECT'])
    for c, ns in counts.items():
        facts['duties_' + c] = ns[0]
    m = re.search(r'จัดทำขึ้นระหว่างสำนักงานคณะกรรมการการเลือกตั้งกับหน่วยงาน\s*พันธมิตร\s*ประกอบด้วย(.*?)ด้วยมีความ', body, re.S)
    if not m:
        die('MOU 1 partner list not found')
    facts['mou1_partner_count'] = len(re.findall(r'กรม\S+', m.group(1)))
    facts['mou_count'] = len(re.findall(r'บันทึกข้อตกลงฉบับนี้จัดทำขึ้นระหว่าง', body))
    return facts


def main():
    check_regions()
    text = open(SEED[0], encoding='utf-8').read()
    lines = text.split('\n')
    core = parse_register(lines, 'ทะเบียนประวัติวิทยากรหลัก')
    ext = parse_register(lines, 'ทะเบียนประวัติวิทยากรขยายผล')
    if ext['rows_printed'] != 77:
        die('extended register has %d rows, expected all 77 provinces' % ext['rows_printed'])
    # provinces absent from a register are 0 in every column
    for reg in (core, ext):
        for p in PROVINCES:
            reg['provinces'].setdefault(p, {c: 0 for c in DEPTS + ['total']})
        reg['coverage'] = coverage(reg)
        reg['regions'] = {r: group_sums(reg, REGIONS[r]) for r in REGIONS}
        reg['subgroups'] = {g: group_sums(reg, SUBGROUPS[g]) for g in SUBGROUPS}
        for c in DEPTS + ['total']:
            if sum(reg['regions'][r][c] for r in REGIONS) != reg['national'][c]:
                die('region sums disagree with national total for ' + c)
    combined = {p: {c: core['provinces'][p][c] + ext['provinces'][p][c] for c in DEPTS + ['total']}
                for p in PROVINCES}
    combined_national = {c: core['national'][c] + ext['national'][c] for c in DEPTS + ['total']}
    facts = extract_facts(text)
    if facts['duties_CDD'] != 4 or facts['mou1_partner_count'] != 4:
        die('unexpected duty/partner parse: %r' % facts)
    facts['core_printed_people'] = core['printed_people']
    facts['ext_printed_people'] = ext['printed_people']
    facts['register_year'] = core['year']
    heads = set(re.findall(r'หน่วยงานของรัฐ\s*(\d+)\s*หน่วยงาน', text))
    if len(heads) != 1:
        die('register headings disagree on the number of agencies: %r' % heads)
    facts['register_agency_count'] = int(heads.pop())
    if facts['register_agency_count'] != len(DEPTS):
        die('register heading says %d agencies, columns are %d' % (facts['register_agency_count'], len(DEPTS)))
    if core['year'] != ext['year']:
        die('register years differ')
    out = {
        'source': os.path.basename(SEED[0]),
        'departments': DEPTS, 'department_names': DEPT_TH,
        'provinces': PROVINCES, 'regions': REGIONS, 'subgroups': SUBGROUPS,
        'core': core, 'ext': ext,
        'combined': {'provinces': combined, 'national': combined_national},
        'facts': facts,
    }
    with open(os.path.join(HERE, 'figures.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1, sort_keys=False)
    print('figures.json: core %d people in %d provinces, extended %d people in %d provinces, %d facts'
          % (core['national']['total'], core['coverage']['total'], ext['national']['total'],
             ext['coverage']['total'], len(facts)))


if __name__ == '__main__':
    main()
