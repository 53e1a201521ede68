#!/usr/bin/env python3
"""Re-check every held_out_v11 gold JSON on its own. Exit 0 = all checks pass."""
import hashlib, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
SPLIT = 'held_out_v11'; PATHP = 'bench/data/extract-tuning-v11/'
KEYS = ['file', 'path', 'sha256', 'text_chars', 'split', 'language', 'document_date', 'note', 'persons', 'places', 'dates', 'events', 'negated', 'forbidden']
PKEYS = ['id', 'name', 'names', 'named', 'roles', 'gender', 'ethnicity', 'birth_year', 'age', 'citizenship', 'mentions', 'relations', 'violations']
CODES = set(open(os.path.join(HERE, 'violations_codes.txt')).read().split())
ROLES = {'victim', 'witness', 'relative', 'official', 'perpetrator', 'narrator', 'other'}
ETYPES = {'arrest', 'interrogation', 'detention', 'transfer', 'sentencing', 'release', 'death', 'exit', 'return', 'disappearance', 'other'}
LEN = {'en': (400, 500), 'fr': (270, 340), 'ru': (270, 340), 'ug': (150, 190), 'kk': (150, 200), 'zh': (340, 420)}
FMT = {'year': r'^\d{4}$', 'month': r'^\d{4}-\d{2}$', 'day': r'^\d{4}-\d{2}-\d{2}$'}
errs = []
def err(f, m): errs.append('%s: %s' % (f, m))
def overl(a, b): return not (a[1] <= b[0] or b[1] <= a[0])
files = sorted(f for f in os.listdir(ROOT) if f.endswith('.json'))
txts = sorted(f for f in os.listdir(ROOT) if f.endswith('.txt'))
if [f[:-5] for f in files] != [f[:-4] for f in txts]: err('set', 'txt/json mismatch')
if len(files) != 14: err('set', '%d documents, expected 14' % len(files))
for f in files:
    g = json.load(open(os.path.join(ROOT, f), encoding='utf-8'))
    raw = open(os.path.join(ROOT, g['file']), 'rb').read(); text = raw.decode('utf-8')
    if list(g) != KEYS: err(f, 'keys %r' % list(g))
    if g['file'] != f[:-5] + '.txt' or g['path'] != PATHP + g['file']: err(f, 'file/path')
    if g['sha256'] != hashlib.sha256(raw).hexdigest(): err(f, 'sha256')
    if g['text_chars'] != len(text): err(f, 'text_chars')
    if g['split'] != SPLIT: err(f, 'split')
    if unicodedata.normalize('NFC', text) != text: err(f, 'not NFC')
    if '\r' in text or not text.endswith('\n'): err(f, 'line ends')
    lang = g['language']
    if lang not in LEN or not f.startswith(lang): err(f, 'language %r' % lang)
    n = len(re.findall(r'[\u4e00-\u9fff]', text)) if lang == 'zh' else len(text.split())
    lo, hi = LEN[lang]
    if not lo <= n <= hi: err(f, 'length %d not in %d-%d' % (n, lo, hi))
    if lang in ('ug', 'zh', 'kk'):
        if re.search(r'[A-Za-z]', text): err(f, 'Latin letters in %s text' % lang)
        if g['events'] or g['negated'] or g['forbidden'] or any(p['violations'] for p in g['persons']): err(f, 'events/codes not empty')
    if lang == 'ug' and re.search(r'[^\u0600-\u06FF0-9\s\-.,:!«»()]', text): err(f, 'non-Uyghur chars %r' % set(re.findall(r'[^\u0600-\u06FF0-9\s\-.,:!«»()]', text)))
    if lang == 'kk' and re.search(r'[^\u0400-\u04FF0-9\s\-.,:!«»()№]', text): err(f, 'non-Kazakh chars')
    if lang == 'kk' and not re.search(r'[әғқңөұүһі]', text): err(f, 'no Kazakh letters')
    dd = g['document_date']
    def span_ok(s, what):
        a, b = s
        if not (0 <= a < b <= len(text)): err(f, '%s span out of range %r' % (what, s)); return False
        if text[a:b] != text[a:b].strip(): err(f, '%s span not trimmed %r' % (what, text[a:b])); return False
        return True
    ids = [p['id'] for p in g['persons']]
    if ids != ['p%d' % (i + 1) for i in range(len(ids))]: err(f, 'person ids')
    allp = []
    for p in g['persons']:
        if list(p) != PKEYS: err(f, 'person keys %s' % p['id'])
        if not p['mentions']: err(f, 'no mention %s' % p['id'])
        for r in p['roles']:
            if r not in ROLES: err(f, 'role %r' % r)
        if p['gender'] not in ('male', 'female', None): err(f, 'gender')
        used = set()
        for m in p['mentions']:
            if span_ok(m, 'mention'):
                s = text[m[0]:m[1]]; used.add(s)
                if s not in p['names']: err(f, 'mention %r not in names of %s' % (s, p['id']))
            allp.append((tuple(m), p['id']))
        if used != set(p['names']): err(f, 'names unused %s: %r' % (p['id'], set(p['names']) - used))
        for r in p['relations']:
            if r['of'] not in ids or r['of'] == p['id']: err(f, 'relation of %r' % r)
        cs = [v['code'] for v in p['violations']]
        if len(cs) != len(set(cs)): err(f, 'duplicate code %s' % p['id'])
        for v in p['violations']:
            if v['code'] not in CODES: err(f, 'code %r' % v['code'])
            span_ok(v['evidence'], 'evidence')
    allpl = []
    for l in g['places']:
        if not l['mentions']: err(f, 'place without mention %s' % l['name'])
        for m in l['mentions']:
            span_ok(m, 'place'); allpl.append((tuple(m), l['name']))
    ms = allp + allpl
    for i in range(len(ms)):
        for j in range(i + 1, len(ms)):
            if overl(ms[i][0], ms[j][0]): err(f, 'overlap %r %r' % (ms[i], ms[j]))
    for d in g['dates']:
        span_ok((d['start'], d['end']), 'date')
        if not re.match(FMT[d['precision']], d['value']): err(f, 'date format %r' % d)
        if d['value'] > dd[:len(d['value'])]: err(f, 'date after document date %r' % d)
    for i, d in enumerate(g['dates']):
        for e in g['dates'][i + 1:]:
            if overl((d['start'], d['end']), (e['start'], e['end'])): err(f, 'dates overlap')
    if not any(d['value'] == dd for d in g['dates']): err(f, 'document date not among dates')
    for e in g['events']:
        if e['type'] not in ETYPES or e['person'] not in ids: err(f, 'event %r' % e)
        if e['date'] is not None:
            if not re.match(FMT[e['date']['precision']], e['date']['value']): err(f, 'event date format %r' % e)
            if e['date']['value'] > dd[:len(e['date']['value'])]: err(f, 'event after document date %r' % e)
    for e in g['events']:
        if e['type'] == 'arrest' and not any(x['type'] == 'detention' and x['person'] == e['person'] and x['date'] == e['date'] for x in g['events']):
            err(f, 'arrest without detention %r' % e)
    forb = [(x['person'], x['code']) for x in g['forbidden']]
    if len(forb) != len(set(forb)): err(f, 'duplicate forbidden')
    for x in g['forbidden']:
        if x['code'] not in CODES or x['person'] not in ids: err(f, 'forbidden %r' % x)
        p = g['persons'][ids.index(x['person'])]
        if any(v['code'] == x['code'] for v in p['violations']): err(f, 'forbidden is gold %r' % x)
    for x in g['negated']:
        span_ok(x['span'], 'negated')
        if (x['person'], x['code']) not in forb: err(f, 'negated not in forbidden %r' % x)
for e in errs: print(e)
print('%d files, %d errors' % (len(files), len(errs)))
sys.exit(1 if errs else 0)
