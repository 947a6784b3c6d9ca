#!/usr/bin/env python3
"""cases.txt + figures.json -> messages.jsonl.  Stops with line number and reason on any error."""
import json, os, re, sys
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
FIG = json.load(open(os.path.join(HERE, 'figures.json'), encoding='utf-8'))
PROVINCES = set(FIG['provinces'])
DEPTS = FIG['departments']
COLS = DEPTS + ['total']
GROUPS = set(FIG['regions']) | set(FIG['subgroups'])

INTENTS = {'help', 'greeting', 'trainer_count', 'trainer_coverage', 'trainer_list', 'trainer_register',
           'trainer_update', 'trainer_remove', 'agency_duties', 'agency_list', 'mou_info', 'center_info',
           'glossary', 'contact', 'stats', 'unknown'}
SLOT_VALUES = {'province': PROVINCES, 'agency': {'ECT', 'DOPA', 'DLA', 'HSS', 'CDD', 'DOP'},
               'trainer_type': {'core', 'extended'}}
CATEGORIES = ['ordinary', 'followup', 'english', 'clarify', 'district', 'region', 'comparison', 'silent']
REPLIES = {'answer', 'clarify', 'silent'}
ADDRESS = re.compile(r'@civicbot|บอท', re.I)      # น้องบอท contains บอท

errors = []


def err(lineno, msg):
    errors.append('cases.txt:%d: %s' % (lineno, msg))


def register(kind):
    return {'core': FIG['core'], 'ext': FIG['ext'], 'ce': FIG['combined']}[kind]


def cell(kind, prov, col, lineno):
    if col not in COLS:
        err(lineno, 'unknown column %r' % col); return None
    reg = register(kind)
    if prov == 'ALL':
        return reg['national'][col]
    if prov not in PROVINCES:
        err(lineno, 'unknown province %r in spec' % prov); return None
    return reg['provinces'][prov][col]


def resolve(spec, lineno):
    """Returns (value, provinces mentioned, kinds, columns) or None."""
    parts = spec.split(':')
    k = parts[0]
    if k in ('core', 'ext', 'ce') and len(parts) == 3:
        return cell(k, parts[1], parts[2], lineno), [parts[1]], [k], [parts[2]]
    if k == 'region' and len(parts) == 4:
        _, r, kind, col = parts
        if r not in GROUPS or kind not in ('core', 'ext') or col not in COLS + ['provinces_with']:
            err(lineno, 'bad region spec %r' % spec); return None
        src = FIG[kind]['regions'] if r in FIG['regions'] else FIG[kind]['subgroups']
        return src[r][col], [], [kind], [col]
    if k == 'cov' and len(parts) == 3:
        if parts[1] not in ('core', 'ext') or parts[2] not in COLS:
            err(lineno, 'bad coverage spec %r' % spec); return None
        return FIG[parts[1]]['coverage'][parts[2]], [], [parts[1]], [parts[2]]
    if k == 'diff' and len(parts) == 5:
        _, kind, p1, p2, col = parts
        if kind not in ('core', 'ext', 'ce') or p1 == p2:
            err(lineno, 'bad diff spec %r' % spec); return None
        a, b = cell(kind, p1, col, lineno), cell(kind, p2, col, lineno)
        if a is None or b is None:
            return None
        return abs(a - b), [p1, p2], [kind], [col]
    if k == 'fact' and len(parts) == 2:
        if parts[1] not in FIG['facts']:
            err(lineno, 'unknown fact %r' % parts[1]); return None
        return FIG['facts'][parts[1]], [], [], []
    err(lineno, 'unparseable spec %r' % spec)
    return None


def parse_slots(s, lineno):
    slots = OrderedDict()
    if s == '-':
        return slots
    for tok in s.split():
        if '=' not in tok:
            err(lineno, 'bad slot token %r' % tok); continue
        k, v = tok.split('=', 1)
        if k not in SLOT_VALUES:
            err(lineno, 'unknown slot name %r' % k); continue
        if v not in SLOT_VALUES[k]:
            err(lineno, 'bad value %r for slot %s' % (v, k)); continue
        if k in slots:
            err(lineno, 'slot %s given twice' % k)
        slots[k] = v
    return slots


def addressed(turn):
    return turn['chat_type'] == 'private' or turn['reply_to_bot'] or bool(ADDRESS.search(turn['text']))


def main():
    cases, cur = [], None
    lines = open(os.path.join(HERE, 'cases.txt'), encoding='utf-8').read().split('\n')
    for n, raw in enumerate(lines, 1):
        line = raw.rstrip()
        if not line.strip() or line.startswith('#'):
            continue
        if line.startswith('@ '):
            parts = line[2:].split()
            if len(parts) != 2 or parts[0] not in CATEGORIES or parts[1] not in ('private', 'group'):
                err(n, 'bad case header %r' % line); cur = None; continue
            cur = {'line': n, 'category': parts[0], 'chat': parts[1], 'turns': [], 'expect': None, 'notes': []}
            cases.append(cur)
            continue
        if cur is None:
            err(n, 'line outside a case: %r' % line); continue
        if line.startswith('>> '):
            cur['turns'].append((line[3:].strip(), True, n))
        elif line.startswith('> '):
            cur['turns'].append((line[2:].strip(), False, n))
        elif line.startswith('= '):
            if cur['expect']:
                err(n, 'second expectation in one case')
            cur['expect'] = (line[2:], n)
        elif line.startswith('% '):
            cur['notes'].append(line[2:].strip())
        else:
            err(n, 'unrecognised line %r' % line)

    seen_texts = {}
    out = []
    for i, c in enumerate(cases, 1):
        n = c['line']
        if not c['turns']:
            err(n, 'case without turns'); continue
        if not c['expect']:
            err(n, 'case without expectation'); continue
        fields = [f.strip() for f in c['expect'][0].split('|')]
        en = c['expect'][1]
        if len(fields) not in (4, 5):
            err(en, 'expectation needs 4 or 5 fields, has %d' % len(fields)); continue
        intent, slots_s, specs_s, reply = fields[:4]
        lang = fields[4] if len(fields) == 5 else 'th'
        if intent not in INTENTS:
            err(en, 'unknown intent %r' % intent)
        if reply not in REPLIES:
            err(en, 'unknown reply %r' % reply)
        if lang not in ('th', 'en'):
            err(en, 'unknown lang %r' % lang)
        slots = parse_slots(slots_s, en)
        specs = [] if specs_s == '-' else specs_s.split()
        figures, spec_provs, kinds, cols = [], [], [], []
        for sp in specs:
            z = sp.startswith('Z:')
            r = resolve(sp[2:] if z else sp, en)
            if r is None:
                continue
            v, provs, ks, cs = r
            spec_provs += provs; kinds += ks; cols += cs
            if z and v != 0:
                err(en, 'Z spec %s resolves to %d, not 0' % (sp, v))
            if not z:
                if v == 0:
                    err(en, 'figure spec %s resolves to 0 (use Z:)' % sp)
                elif v not in figures:
                    figures.append(v)
        # consistency of slots and specs
        if c['category'] in ('silent', 'clarify') or reply in ('silent', 'clarify'):
            if specs:
                err(en, '%s case lists figures/specs' % reply)
        real_provs = [p for p in spec_provs if p != 'ALL']
        if 'province' in slots and real_provs and slots['province'] not in real_provs:
            err(en, 'slot province %s not among spec provinces %r' % (slots['province'], real_provs))
        if real_provs and 'province' not in slots and reply == 'answer' and intent == 'trainer_count':
            err(en, 'province specs %r but no province slot' % real_provs)
        tt = slots.get('trainer_type')
        if tt == 'core' and any(k != 'core' for k in kinds):
            err(en, 'trainer_type=core but specs %r' % kinds)
        if tt == 'extended' and any(k != 'ext' for k in kinds):
            err(en, 'trainer_type=extended but specs %r' % kinds)
        if 'ce' in kinds and tt:
            err(en, 'core+extended spec with a trainer_type slot')
        ag = slots.get('agency')
        if ag and any(col != ag for col in cols):
            err(en, 'agency=%s but spec columns %r' % (ag, cols))
        # turns
        turns = []
        for text, rtb, tn in c['turns']:
            if not text:
                err(tn, 'empty turn')
            if text in seen_texts:
                err(tn, 'duplicate text (also line %d): %r' % (seen_texts[text], text))
            seen_texts[text] = tn
            if c['chat'] == 'private' and rtb:
                err(tn, 'reply_to_bot in a private chat')
            turns.append(OrderedDict([('text', text), ('chat_type', c['chat']), ('user_id', 2100000 + i),
                                      ('reply_to_bot', rtb)]))
        last = turns[-1]
        if reply == 'silent':
            if c['chat'] != 'group' or addressed(last):
                err(en, 'silent expected but the last turn is addressed to the bot')
        elif not addressed(last):
            err(en, 'a %s reply expected for an unaddressed group turn' % reply)
        if (c['category'] == 'silent') != (reply == 'silent'):
            err(en, 'category silent iff reply silent')
        if c['category'] == 'clarify' and reply != 'clarify':
            err(en, 'clarify category needs reply clarify')
        if c['category'] == 'english' and lang != 'en':
            err(en, 'english case needs lang en')
        if c['category'] == 'followup':
            if not 2 <= len(turns) <= 3:
                err(n, 'followup needs 2-3 turns')
            if c['chat'] == 'group' and not all(addressed(t) for t in turns[1:]):
                err(n, 'group follow-up turns must be addressed to the bot')
            if c['chat'] == 'group' and not (addressed(turns[0]) or (len(turns) == 3 and addressed(turns[1]))):
                err(n, 'group follow-up needs an earlier turn put to the bot')
        if len(turns) > 3:
            err(n, 'more than 3 turns')
        note = ' '.join(c['notes'])
        note = (note + ' ' if note else '') + '[figures: %s]' % (' '.join(specs) if specs else '-')
        out.append(OrderedDict([
            ('id', 'b21-%04d' % i), ('category', c['category']), ('turns', turns),
            ('expect', OrderedDict([('intent', intent), ('slots', slots), ('figures', figures),
                                    ('reply', reply), ('lang', lang)])),
            ('note', note)]))
    if errors:
        print('\n'.join(errors), file=sys.stderr)
        print('gen.py: %d error(s), messages.jsonl not written' % len(errors), file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, 'messages.jsonl'), 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    counts = OrderedDict((k, 0) for k in CATEGORIES)
    for o in out:
        counts[o['category']] += 1
    print('messages.jsonl: %d cases %s' % (len(out), dict(counts)))


if __name__ == '__main__':
    main()
