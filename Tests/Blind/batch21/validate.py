#!/usr/bin/env python3
"""Independent checks of figures.json, messages.jsonl and chatter.txt.

Re-reads the seed with its own parser, keeps its own province/region tables, and re-resolves
every spec recorded in each note ("[figures: ...]") without using gen.py or figures.py code.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
problems = []


def bad(msg):
    problems.append(msg)


# ---------- own reference tables ----------
REGION_OF = {}
for region, names in {
    'north': 'เชียงราย เชียงใหม่ น่าน พะเยา แพร่ แม่ฮ่องสอน ลำปาง ลำพูน อุตรดิตถ์',
    'northeast': 'กาฬสินธุ์ ขอนแก่น ชัยภูมิ นครพนม นครราชสีมา บึงกาฬ บุรีรัมย์ มหาสารคาม มุกดาหาร ยโสธร '
                 'ร้อยเอ็ด เลย ศรีสะเกษ สกลนคร สุรินทร์ หนองคาย หนองบัวลำภู อำนาจเจริญ อุดรธานี อุบลราชธานี',
    'central': 'กรุงเทพมหานคร กำแพงเพชร ชัยนาท นครนายก นครปฐม นครสวรรค์ นนทบุรี ปทุมธานี พระนครศรีอยุธยา '
               'พิจิตร พิษณุโลก เพชรบูรณ์ ลพบุรี สมุทรปราการ สมุทรสงคราม สมุทรสาคร สิงห์บุรี สุโขทัย '
               'สุพรรณบุรี สระบุรี อ่างทอง อุทัยธานี',
    'east': 'จันทบุรี ฉะเชิงเทรา ชลบุรี ตราด ปราจีนบุรี ระยอง สระแก้ว',
    'west': 'กาญจนบุรี ตาก ประจวบคีรีขันธ์ เพชรบุรี ราชบุรี',
    'south': 'กระบี่ ชุมพร ตรัง นครศรีธรรมราช นราธิวาส ปัตตานี พังงา พัทลุง ภูเก็ต ระนอง สงขลา สตูล '
             'สุราษฎร์ธานี ยะลา',
}.items():
    for p in names.split():
        if p in REGION_OF:
            bad('validate: %s listed twice' % p)
        REGION_OF[p] = region
PROVS = set(REGION_OF)
EXPECT_SIZES = {'north': 9, 'northeast': 20, 'central': 22, 'east': 7, 'west': 5, 'south': 14}
for r, n in EXPECT_SIZES.items():
    if sum(1 for v in REGION_OF.values() if v == r) != n:
        bad('validate: region %s does not have %d provinces' % (r, n))
if len(PROVS) != 77:
    bad('validate: own province list has %d names' % len(PROVS))
SUB = {
    'bkk_vicinity': {'กรุงเทพมหานคร', 'นนทบุรี', 'ปทุมธานี', 'สมุทรปราการ', 'สมุทรสาคร', 'นครปฐม'},
    'deep_south': {'ปัตตานี', 'ยะลา', 'นราธิวาส'},
    'andaman': {'ระนอง', 'พังงา', 'ภูเก็ต', 'กระบี่', 'ตรัง', 'สตูล'},
    'upper_north8': {p for p, r in REGION_OF.items() if r == 'north'} - {'อุตรดิตถ์'},
}
GROUP_MEMBERS = {r: {p for p, v in REGION_OF.items() if v == r} for r in EXPECT_SIZES}
GROUP_MEMBERS.update(SUB)
COLS = ['DOPA', 'DLA', 'HSS', 'CDD', 'DOP']
MISSPELT = {'อุตรธานี': 'อุดรธานี'}
TD = str.maketrans('๐๑๒๓๔๕๖๗๘๙', '0123456789')

# ---------- own parse of the seed ----------
seed = open(sorted(glob.glob('/work/shared/seed/000_*.txt'))[0], encoding='utf-8').read()
i_core = seed.index('ทะเบียนประวัติวิทยากรหลัก')
i_ext = seed.index('ทะเบียนประวัติวิทยากรขยายผล')


def own_table(chunk):
    rows, printed = {}, None
    for line in chunk.splitlines():
        m = re.match(r'^(\d+)\t([^\t]+)((?:\t[^\t]*)*)$', line)
        if m and m.group(2).strip() not in ('จังหวัด',):
            cells = m.group(3).split('\t')[1:]
            vals = []
            for k in range(5):
                c = cells[k].strip() if k < len(cells) else ''
                vals.append(int(c) if c.isdigit() else 0)
            name = MISSPELT.get(m.group(2).strip(), m.group(2).strip())
            if name not in PROVS:
                bad('seed row %r is not a province' % m.group(2))
            if name in rows:
                bad('seed row %s repeated' % name)
            rows[name] = vals
        if 'รวมจำนวน' in line:
            printed = [int(x) for x in re.findall(r'\d+', line)]
    heads = re.findall(r'จำนวน\s+([\d,]+)\s+คน', chunk)
    return rows, printed, int(heads[0].replace(',', ''))


own = {}
for kind, chunk in (('core', seed[i_core:i_ext]), ('ext', seed[i_ext:])):
    rows, printed, people = own_table(chunk)
    sums = [sum(v[k] for v in rows.values()) for k in range(5)]
    if sums != printed:
        bad('%s: own column sums %r differ from printed %r' % (kind, sums, printed))
    if sum(sums) != people:
        bad('%s: own total %d differs from heading %d' % (kind, sum(sums), people))
    table = {p: dict(zip(COLS, rows.get(p, [0] * 5))) for p in PROVS}
    for p in table:
        table[p]['total'] = sum(table[p][c] for c in COLS)
    own[kind] = table
own['ce'] = {p: {c: own['core'][p][c] + own['ext'][p][c] for c in COLS + ['total']} for p in PROVS}
if len([p for p in PROVS if own['ext'][p]['total'] or p == 'กรุงเทพมหานคร']) != 77:
    bad('extended register does not list all 77 provinces')


def own_cell(kind, p, c):
    if p == 'ALL':
        return sum(own[kind][q][c] for q in PROVS)
    return own[kind][p][c]


# ---------- own facts ----------
body = seed[:i_core].translate(TD)


def first_int(pat):
    m = re.search(pat, body)
    if not m:
        bad('validate: fact pattern not found: ' + pat)
        return None
    return int(m.group(1))


def count_duties(head):
    out = []
    for m in re.finditer('ความร่วมมือของ' + head + r'\s*\n', body):
        tail = body[m.end():]
        stop = re.search(r'ความร่วมมือของ|ทุกฝ่ายได้พิจารณา|\n\s*\d+\.\s*ระยะเวลา', tail)
        sect = tail[:stop.start()] if stop else tail
        out.append(len(re.findall(r'(?m)^\s*\d+\.', sect)))
    return out


own_facts = {
    'letter_ref_dept': first_int(r'มท\s*0*(\d+)\.'),
    'letter_ref_no': first_int(r'/ว\s*(\d+)'),
    'letter_day': first_int(r'(?m)^(\d+)\s+กุมภาพันธ์'),
    'letter_year': first_int(r'(?m)^\d+\s+กุมภาพันธ์\s+(\d+)'),
    'dla_postcode': first_int(r'(\d{5})\s*\n'),
    'contact_phone_last4': first_int(r'โทร\.[^\n]*-(\d{4})\s*ต่อ'),
    'contact_phone_ext': first_int(r'ต่อ\s*(\d{4})'),
    'contact_fax_last4': first_int(r'โทรสาร[^\n]*-(\d{4})'),
    'center_founded_year': first_int(r'ตั้งแต่ปี\s*พ\.ศ\.\s*(\d+)'),
    'constitution_year': first_int(r'พุทธศักราช\s*(\d+)'),
    'rollout_province_year': first_int(r'(\d{4})\s*จัดตั้งจังหวัดละ'),
    'rollout_district_year': first_int(r'(\d{4})\s*จัดตั้งอำเภอละ'),
    'rollout_all_year': first_int(r'ครบทุกตำบล\s*ใน\S*\s*พ\.ศ\.\s*(\d+)'),
    'mou_term_years': first_int(r'\((\d+)\s*ปี\)'),
    'notice_days': first_int(r'(\d+)\s*\(สามสิบ\)'),
    'mou_count': len(re.findall('บันทึกข้อตกลงฉบับนี้จัดทำขึ้นระหว่าง', body)),
    'mou1_partner_count': len(re.findall('กรม', re.search(r'หน่วยงาน\s*พันธมิตร\s*ประกอบด้วย(.*?)ด้วยมีความ', body, re.S).group(1))),
    'core_printed_people': 158 if 'จำนวน 158 คน' in seed else None,
    'ext_printed_people': 1497 if 'จำนวน 1,497 คน' in seed else None,
    'register_year': int(re.search(r'ประจำปี\s*(\d{4})', seed[i_core:]).group(1)),
    'register_agency_count': int(re.search(r'หน่วยงานของรัฐ\s*(\d)\s*หน่วยงาน', seed).group(1)),
}
for code, th in (('ECT', 'สำนักงานคณะกรรมการการเลือกตั้ง'), ('DOPA', 'กรมการปกครอง'),
                 ('DLA', 'กรมส่งเสริมการปกครองท้องถิ่น'), ('HSS', 'กรมสนับสนุนบริการสุขภาพ'),
                 ('DOP', 'กรมกิจการผู้สูงอายุ'), ('CDD', 'กรมการพัฒนาชุมชน')):
    ns = count_duties(th)
    if not ns or len(set(ns)) != 1:
        bad('validate: duty sections of %s: %r' % (code, ns))
    own_facts['duties_' + code] = ns[0] if ns else None

# ---------- figures.json against the own parse ----------
F = json.load(open(os.path.join(HERE, 'figures.json'), encoding='utf-8'))
if set(F['provinces']) != PROVS:
    bad('figures.json provinces differ from the 77')
for r, members in GROUP_MEMBERS.items():
    src = F['regions'] if r in EXPECT_SIZES else F['subgroups']
    if set(src.get(r, [])) != members:
        bad('figures.json group %s differs' % r)
for kind in ('core', 'ext'):
    for p in PROVS:
        for c in COLS + ['total']:
            if F[kind]['provinces'][p][c] != own[kind][p][c]:
                bad('figures.json %s %s %s = %r, own parse %r' % (kind, p, c, F[kind]['provinces'][p][c], own[kind][p][c]))
    for c in COLS + ['total']:
        if F[kind]['national'][c] != own_cell(kind, 'ALL', c):
            bad('figures.json %s national %s wrong' % (kind, c))
        if F[kind]['coverage'][c] != sum(1 for p in PROVS if own[kind][p][c] > 0):
            bad('figures.json %s coverage %s wrong' % (kind, c))
for p in PROVS:
    for c in COLS + ['total']:
        if F['combined']['provinces'][p][c] != own['ce'][p][c]:
            bad('figures.json combined %s %s wrong' % (p, c))
for k, v in own_facts.items():
    if F['facts'].get(k) != v:
        bad('fact %s: figures.json %r, own regex %r' % (k, F['facts'].get(k), v))
for k in F['facts']:
    if k not in own_facts:
        bad('fact %s not independently checked' % k)


# ---------- own resolver ----------
def group_value(r, kind, c):
    members = GROUP_MEMBERS[r]
    if c == 'provinces_with':
        return sum(1 for p in members if own[kind][p]['total'] > 0)
    return sum(own[kind][p][c] for p in members)


def resolve(spec):
    z = spec.startswith('Z:')
    s = spec[2:] if z else spec
    a = s.split(':')
    if a[0] in ('core', 'ext', 'ce') and len(a) == 3 and (a[1] in PROVS or a[1] == 'ALL') and a[2] in COLS + ['total']:
        v = own_cell(a[0], a[1], a[2])
    elif a[0] == 'region' and len(a) == 4 and a[1] in GROUP_MEMBERS and a[2] in ('core', 'ext'):
        v = group_value(a[1], a[2], a[3])
    elif a[0] == 'cov' and len(a) == 3 and a[1] in ('core', 'ext'):
        v = sum(1 for p in PROVS if own[a[1]][p][a[2]] > 0)
    elif a[0] == 'diff' and len(a) == 5 and a[2] in PROVS and a[3] in PROVS:
        v = abs(own_cell(a[1], a[2], a[4]) - own_cell(a[1], a[3], a[4]))
    elif a[0] == 'fact' and len(a) == 2 and a[1] in own_facts:
        v = own_facts[a[1]]
    else:
        raise ValueError('unresolvable spec ' + spec)
    return z, v


# ---------- messages.jsonl ----------
INTENTS = {'help', 'greeting', 'trainer_count', 'trainer_coverage', 'trainer_list', 'trainer_register',
           'trainer_update', 'trainer_remove', 'agency_duties', 'agency_list', 'mou_info', 'center_info',
           'glossary', 'contact', 'stats', 'unknown'}
CATS = {'ordinary': 180, 'followup': 40, 'english': 30, 'clarify': 40, 'district': 30, 'region': 20,
        'comparison': 25, 'silent': 50}
SLOTS = {'province': PROVS, 'agency': {'ECT', 'DOPA', 'DLA', 'HSS', 'CDD', 'DOP'}, 'trainer_type': {'core', 'extended'}}


def to_bot(t):
    return t['chat_type'] == 'private' or t['reply_to_bot'] or '@civicbot' in t['text'].lower() or 'บอท' in t['text']


msgs = [json.loads(l) for l in open(os.path.join(HERE, 'messages.jsonl'), encoding='utf-8') if l.strip()]
if len(msgs) < 440:
    bad('only %d cases' % len(msgs))
count = {c: 0 for c in CATS}
users, texts = set(), set()
unforeseen = 0
covered_agency_duties = set()
intents_seen = set()
for n, m in enumerate(msgs, 1):
    where = m.get('id', '#%d' % n)
    if list(m) != ['id', 'category', 'turns', 'expect', 'note']:
        bad('%s: keys %r' % (where, list(m))); continue
    if m['id'] != 'b21-%04d' % n:
        bad('%s: id out of sequence' % where)
    if m['category'] not in CATS:
        bad('%s: category %r' % (where, m['category'])); continue
    count[m['category']] += 1
    e = m['expect']
    if list(e) != ['intent', 'slots', 'figures', 'reply', 'lang']:
        bad('%s: expect keys %r' % (where, list(e)))
    if e['intent'] not in INTENTS:
        bad('%s: intent %r' % (where, e['intent']))
    intents_seen.add(e['intent'])
    for k, v in e['slots'].items():
        if k not in SLOTS or v not in SLOTS[k]:
            bad('%s: slot %s=%r' % (where, k, v))
    if e['intent'] == 'agency_duties' and 'agency' in e['slots'] and e['reply'] == 'answer':
        covered_agency_duties.add(e['slots']['agency'])
    if e['reply'] not in ('answer', 'clarify', 'silent') or e['lang'] not in ('th', 'en'):
        bad('%s: reply/lang %r/%r' % (where, e['reply'], e['lang']))
    if not all(isinstance(x, int) and not isinstance(x, bool) and x != 0 for x in e['figures']):
        bad('%s: figures must be non-zero ints' % where)
    if len(set(e['figures'])) != len(e['figures']):
        bad('%s: figures not distinct' % where)
    turns = m['turns']
    if not 1 <= len(turns) <= 3:
        bad('%s: %d turns' % (where, len(turns)))
    uid = {t['user_id'] for t in turns}
    if len(uid) != 1:
        bad('%s: several user ids' % where)
    u = uid.pop()
    if u in users or u != 2100000 + n:
        bad('%s: user id %r reused or out of sequence' % (where, u))
    users.add(u)
    chats = {t['chat_type'] for t in turns}
    if len(chats) != 1 or not chats <= {'private', 'group'}:
        bad('%s: chat types %r' % (where, chats))
    for t in turns:
        if list(t) != ['text', 'chat_type', 'user_id', 'reply_to_bot']:
            bad('%s: turn keys %r' % (where, list(t)))
        if not isinstance(t['reply_to_bot'], bool) or (t['chat_type'] == 'private' and t['reply_to_bot']):
            bad('%s: reply_to_bot' % where)
        if t['text'] in texts:
            bad('%s: duplicate text %r' % (where, t['text']))
        texts.add(t['text'])
    last = turns[-1]
    if e['reply'] == 'silent':
        if m['category'] != 'silent' or to_bot(last):
            bad('%s: silent only for an unaddressed group last turn in category silent' % where)
    else:
        if m['category'] == 'silent' or not to_bot(last):
            bad('%s: an unaddressed group last turn must be silent' % where)
    if m['category'] == 'clarify' and e['reply'] != 'clarify':
        bad('%s: clarify category' % where)
    if m['category'] == 'english' and e['lang'] != 'en':
        bad('%s: english category must be lang en' % where)
    if m['category'] == 'followup':
        if len(turns) < 2:
            bad('%s: follow-up with one turn' % where)
        if last['chat_type'] == 'group' and not all(to_bot(t) for t in turns[1:]):
            bad('%s: group follow-up turn not addressed' % where)
    if m['category'] == 'ordinary' and 'unforeseen' in m['note']:
        unforeseen += 1
    mm = re.search(r'\[figures: (.*)\]$', m['note'])
    if not mm:
        bad('%s: note lacks [figures: ...]' % where); continue
    specs = [] if mm.group(1) == '-' else mm.group(1).split()
    if e['reply'] in ('silent', 'clarify') and (specs or e['figures']):
        bad('%s: %s case lists figures' % (where, e['reply']))
    want = []
    for s in specs:
        try:
            z, v = resolve(s)
        except (ValueError, KeyError) as ex:
            bad('%s: %s' % (where, ex)); continue
        if z and v != 0:
            bad('%s: %s is %d, not 0' % (where, s, v))
        if not z:
            if v == 0:
                bad('%s: %s resolves to 0' % (where, s))
            elif v not in want:
                want.append(v)
    if want != e['figures']:
        bad('%s: figures %r, own resolver %r' % (where, e['figures'], want))
for c, lo in CATS.items():
    if count[c] < lo:
        bad('category %s has %d cases, needs %d' % (c, count[c], lo))
if unforeseen * 3 < count['ordinary'] * 0.9:
    bad('only %d unforeseen-phrasing ordinary cases of %d' % (unforeseen, count['ordinary']))
for a in ('ECT', 'DOPA', 'DLA', 'HSS', 'CDD', 'DOP'):
    if a not in covered_agency_duties:
        bad('no agency_duties case for %s' % a)
for i in ('help', 'greeting', 'mou_info', 'center_info', 'glossary', 'contact', 'agency_list', 'unknown'):
    if i not in intents_seen:
        bad('intent %s never expected' % i)

# ---------- chatter.txt ----------
DOMAIN = re.compile(r'ศส\.?\s?ปชต|กกต|วิทยากร|พลเมืองคุณภาพ|อสม|ประชาธิปไตย|MOU|เอ็มโอยู|บันทึกข้อตกลง|เลือกตั้ง|'
                    r'กรรมการหมู่บ้าน|ผู้ใหญ่บ้าน|กำนัน|อบต|เทศบาล|ผู้สูงอายุ|กลุ่มสตรี|พัฒนาชุมชน|พช|พัฒนากร|'
                    r'สาธารณสุข|นายอำเภอ|ปลัด|ท้องถิ่น|ศพอส|อปท|ผู้สังเกตการณ์|หน่วยเลือกตั้ง|กองทุน|อาสาสมัคร|'
                    r'ทะเบียน|หนังสือ มท|พ่อหลวง|ศูนย์การเรียนรู้|หมู่บ้านพลเมืองดี')
lines = open(os.path.join(HERE, 'chatter.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]
if len(lines) != 300:
    bad('chatter.txt has %d lines, needs 300' % len(lines))
if len(set(lines)) != len(lines):
    bad('chatter.txt has duplicate lines')
for k, l in enumerate(lines, 1):
    if not l.strip():
        bad('chatter.txt:%d empty' % k)
    if re.search(r'บอท|civicbot|\bbot\b', l, re.I):
        bad('chatter.txt:%d names the bot' % k)
    if not DOMAIN.search(l):
        bad('chatter.txt:%d has no domain word: %s' % (k, l))
    if l in texts:
        bad('chatter.txt:%d repeats a test text' % k)

if problems:
    print('\n'.join(problems))
    print('validate.py: %d problem(s)' % len(problems))
    sys.exit(1)
print('validate.py: OK: %d cases %s, %d unforeseen of %d ordinary, 300 chatter lines'
      % (len(msgs), count, unforeseen, count['ordinary']))
