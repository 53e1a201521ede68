#!/usr/bin/env python3
"""Re-check the finished gold JSON of held_out_v9 on its own (no spec needed).
Exit 0 when every check passes. Usage: python3 check.py [NAME.json ...]"""
import glob, hashlib, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from vocab import CODES, EVENT_TYPES, ROLES
KEYS = ['file', 'path', 'sha256', 'text_chars', 'split', 'language', 'document_date', 'note', 'persons', 'places', 'dates',
        'events', 'negated', 'forbidden']
PKEYS = ['id', 'name', 'names', 'named', 'roles', 'gender', 'ethnicity', 'birth_year', 'age', 'citizenship', 'mentions',
         'relations', 'violations']
LENGTH = {'en': (300, 500), 'fr': (280, 500), 'ru': (280, 500), 'ug': (150, 500), 'kk': (200, 500)}
PREC = {'year': r'^\d{4}$', 'month': r'^\d{4}-\d{2}$', 'day': r'^\d{4}-\d{2}-\d{2}$'}
errors = []

def err(f, msg):
    errors.append(f'{f}: {msg}')

def span_ok(f, text, sp, what):
    if not (isinstance(sp, list) and len(sp) == 2 and 0 <= sp[0] < sp[1] <= len(text)):
        err(f, f'bad span {sp} ({what})'); return False
    s = text[sp[0]:sp[1]]
    if s != s.strip():
        err(f, f'untrimmed span {s!r} ({what})')
    return True

def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]

def check(path):
    f = os.path.basename(path)
    g = json.load(open(path, encoding='utf-8'))
    if list(g.keys()) != KEYS:
        err(f, f'keys {list(g.keys())}')
    raw = open(os.path.join(ROOT, g['file']), 'rb').read()
    text = raw.decode('utf-8')
    if hashlib.sha256(raw).hexdigest() != g['sha256']: err(f, 'sha256')
    if len(text) != g['text_chars']: err(f, 'text_chars')
    if text != unicodedata.normalize('NFC', text): err(f, 'not NFC')
    if '\r' in text: err(f, 'CR line ends')
    if g['split'] != 'held_out_v9': err(f, 'split')
    if g['path'] != 'bench/data/extract-tuning-v9b/' + g['file']: err(f, 'path')
    lang = g['language']
    if lang not in ('en', 'fr', 'ru', 'ug', 'zh', 'kk'): err(f, 'language')
    if not f.startswith(lang): err(f, 'file prefix vs language')
    if lang == 'zh':
        n = len(re.findall(r'[\u4e00-\u9fff]', text))
        if not 300 <= n <= 500: err(f, f'{n} Han characters')
        if re.search(r'[A-Za-z]{3,}', text): err(f, 'Latin words in zh text')
    else:
        n = len(text.split())
        lo, hi = LENGTH[lang]
        if not lo <= n <= hi: err(f, f'{n} words')
    if lang == 'ug':
        if re.search(r'[A-Za-zА-Яа-я]', text): err(f, 'Latin/Cyrillic in ug text')
        if not re.search(r'[\u0600-\u06ff]', text): err(f, 'no Arabic script')
    if lang in ('ru', 'kk'):
        if len(re.findall(r'[A-Za-z]{4,}', text)) > 3: err(f, 'too much Latin in Cyrillic text')
    if lang == 'kk' and not re.search('[әғқңөұүһі]', text): err(f, 'no Kazakh letters')
    if not re.match(PREC['day'], g['document_date']): err(f, 'document_date')
    docdate = g['document_date']
    ids = [p['id'] for p in g['persons']]
    if len(set(ids)) != len(ids): err(f, 'duplicate person ids')
    allp = []
    codes = set()
    for p in g['persons']:
        if list(p.keys()) != PKEYS: err(f, f"person keys {p['id']}")
        if p['named'] is not True: err(f, 'named must be true')
        for r in p['roles']:
            if r not in ROLES: err(f, f'role {r}')
        if p['gender'] not in ('male', 'female', None): err(f, 'gender')
        used = set()
        for sp in p['mentions']:
            if span_ok(f, text, sp, p['id']):
                s = text[sp[0]:sp[1]]
                if s not in p['names']: err(f, f"mention {s!r} not in names of {p['id']}")
                used.add(s)
                allp.append((sp, p['id']))
        for nm in p['names']:
            if nm not in used: err(f, f'name {nm!r} never a mention')
        for r in p['relations']:
            if r['of'] not in ids or r['of'] == p['id']: err(f, f'relation {r}')
        for v in p['violations']:
            if v['code'] not in CODES: err(f, f"code {v['code']}")
            span_ok(f, text, v['evidence'], v['code'])
            codes.add((p['id'], v['code']))
        if lang in ('ug', 'zh', 'kk') and p['violations']: err(f, 'violations in ug/zh/kk')
        for k in ('birth_year', 'age'):
            if p[k] is not None and not isinstance(p[k], int): err(f, k)
    for i in range(len(allp)):
        for j in range(i + 1, len(allp)):
            if overlap(allp[i][0], allp[j][0]): err(f, f'person mentions overlap {allp[i]} {allp[j]}')
    allpl = []
    for pl in g['places']:
        if set(pl.keys()) != {'name', 'mentions'}: err(f, 'place keys')
        if not pl['mentions']: err(f, f"place without mention {pl['name']}")
        for sp in pl['mentions']:
            if span_ok(f, text, sp, pl['name']): allpl.append(sp)
    for i in range(len(allpl)):
        for j in range(i + 1, len(allpl)):
            if overlap(allpl[i], allpl[j]): err(f, f'place mentions overlap {allpl[i]} {allpl[j]}')
    for a in allpl:
        for b, pid in allp:
            if overlap(a, b): err(f, f'place/person overlap {a} {b}')
    for d in g['dates']:
        if list(d.keys()) != ['start', 'end', 'value', 'precision']: err(f, 'date keys')
        span_ok(f, text, [d['start'], d['end']], 'date')
        if d['precision'] not in PREC or not re.match(PREC[d['precision']], d['value']): err(f, f'date format {d}')
        if d['value'] > docdate[:len(d['value'])]: err(f, f'date after document date {d}')
    if docdate not in [d['value'] for d in g['dates']]: err(f, 'document date not among dates')
    for e in g['events']:
        if e['type'] not in EVENT_TYPES: err(f, f"event type {e['type']}")
        if e['person'] not in ids: err(f, f'event person {e}')
        if e['date'] is not None:
            if not re.match(PREC[e['date']['precision']], e['date']['value']): err(f, f'event date {e}')
            if e['date']['value'] > docdate[:len(e['date']['value'])]: err(f, f'event after document date {e}')
    if lang in ('ug', 'zh', 'kk') and (g['events'] or g['negated'] or g['forbidden']): err(f, 'events/negated/forbidden in ug/zh/kk')
    forb = {(x['person'], x['code']) for x in g['forbidden']}
    for x in g['forbidden']:
        if x['code'] not in CODES or x['person'] not in ids: err(f, f'forbidden {x}')
        if (x['person'], x['code']) in codes: err(f, f'forbidden code is gold {x}')
    for x in g['negated']:
        span_ok(f, text, x['span'], 'negated')
        if (x['person'], x['code']) not in forb: err(f, f'negated not in forbidden {x}')
    # arrest opens a detention
    for e in g['events']:
        if e['type'] == 'arrest':
            if not any(o['type'] == 'detention' and o['person'] == e['person'] and o['date'] == e['date'] for o in g['events']):
                err(f, f'arrest without detention at the same date {e}')
    return g

if __name__ == '__main__':
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, '*.json')))
    for p in files:
        check(p)
    for e in errors: print('FAIL', e)
    print(f'{len(files)} files checked, {len(errors)} problems')
    sys.exit(1 if errors else 0)
