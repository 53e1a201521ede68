#!/usr/bin/env python3
"""Build gold JSON for held_out_v11 from specs/NAME.py. Usage: python3 gold.py [NAME ...]  (SHOW=1 prints spans)."""
import hashlib, importlib.util, json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
SPLIT = 'held_out_v11'; PATHP = 'bench/data/extract-tuning-v11/'
CODES = set(open(os.path.join(HERE, 'violations_codes.txt')).read().split())
ROLES = {'victim', 'witness', 'relative', 'official', 'perpetrator', 'narrator', 'other'}
ETYPES = {'arrest', 'interrogation', 'detention', 'transfer', 'sentencing', 'release', 'death', 'exit', 'return', 'disappearance', 'other'}
sys.path.insert(0, HERE)
from uly2uey import conv

class E(Exception): pass

def wordy(c):
    return c.isalnum() or c in '_' or unicodedata.category(c).startswith('M')

def occ(text, s, zh):
    res = []; i = text.find(s)
    while i >= 0:
        j = i + len(s)
        if zh or ((i == 0 or not wordy(text[i-1])) and (j == len(text) or not wordy(text[j]))):
            res.append((i, j))
        i = text.find(s, i + 1)
    return res

def locate(text, loc, tr):
    """loc: 'str' | ('str', k). '[[x]]' inside str cuts span x out of the context."""
    k = 0
    if isinstance(loc, tuple): loc, k = loc
    loc = tr(loc)
    m = re.search(r'\[\[(.*?)\]\]', loc)
    if m:
        ctx = loc.replace('[[', '').replace(']]', ''); off = m.start(); inner = m.group(1)
    else:
        ctx = loc; off = 0; inner = loc
    hits = [i for i in range(len(text)) if text.startswith(ctx, i)]
    if not hits: raise E('missing: %r' % ctx)
    if k >= len(hits): raise E('occurrence %d of %r: only %d' % (k, ctx, len(hits)))
    if k == 0 and len(hits) > 1 and not isinstance(loc, tuple) and os.environ.get('STRICT'):
        raise E('ambiguous: %r' % ctx)
    s = hits[k] + off
    return [s, s + len(inner)]

def build(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, 'specs', name + '.py'))
    S = importlib.util.module_from_spec(spec); spec.loader.exec_module(S)
    raw = open(os.path.join(ROOT, name + '.txt'), 'rb').read(); text = raw.decode('utf-8')
    lang = S.LANG; zh = lang == 'zh'
    tr = conv if lang == 'ug' else (lambda x: x)
    blocked = []
    for b in getattr(S, 'ORGS', []):
        bs = occ(text, tr(b), True)
        if not bs: raise E('ORG missing: %r' % b)
        blocked += bs
    def inblock(a, b):
        return any(x <= a and b <= y for x, y in blocked)
    # collect candidate mentions: (start, end, kind, idx)
    cands = []
    for kind, ents in (('p', S.PERSONS), ('l', S.PLACES)):
        for idx, e in enumerate(ents):
            for s in e['names']:
                for a, b in occ(text, tr(s), zh):
                    cands.append((a, b, kind, idx, s))
    cands.sort(key=lambda c: (-(c[1]-c[0]), c[0]))
    taken = []; got = {}
    skips = set()
    for kind, ents in (('p', S.PERSONS), ('l', S.PLACES)):
        for e in ents:
            for sk in e.get('skip', []):
                skips.add(tuple(locate(text, sk, tr)))
    for a, b, kind, idx, s in cands:
        if inblock(a, b) or (a, b) in skips: continue
        if any(not (b <= x or a >= y) for x, y in taken): continue
        taken.append((a, b)); got.setdefault((kind, idx), []).append((a, b, s))
    ids = {}
    persons = []
    for idx, p in enumerate(S.PERSONS):
        ids[p['id']] = p
    for idx, p in enumerate(S.PERSONS):
        ms = sorted(got.get(('p', idx), []))
        used = {s for _, _, s in ms}
        for s in p['names']:
            if s not in used: raise E('unused name %r of %s' % (s, p['id']))
        for r in p.get('roles', []):
            if r not in ROLES: raise E('role %r' % r)
        viol = []
        for code, loc in p.get('violations', []):
            if code not in CODES: raise E('code %r' % code)
            viol.append({'code': code, 'evidence': locate(text, loc, tr)})
        persons.append({'id': p['id'], 'name': tr(p['name']), 'names': [tr(s) for s in p['names']], 'named': p.get('named', True),
            'roles': p['roles'], 'gender': p.get('gender'), 'ethnicity': p.get('ethnicity'), 'birth_year': p.get('birth_year'),
            'age': p.get('age'), 'citizenship': p.get('citizenship', []), 'mentions': [[a, b] for a, b, _ in ms],
            'relations': [{'type': t, 'of': o} for t, o in p.get('relations', [])], 'violations': viol})
        for t, o in p.get('relations', []):
            if o not in ids: raise E('relation to unknown %s' % o)
    places = []
    for idx, l in enumerate(S.PLACES):
        ms = sorted(got.get(('l', idx), []))
        used = {s for _, _, s in ms}
        for s in l['names']:
            if s not in used: raise E('unused place name %r of %s' % (s, l['name']))
        places.append({'name': l['name'], 'mentions': [[a, b] for a, b, _ in ms]})
    dates = []
    for loc, val, prec in S.DATES:
        a, b = locate(text, loc, tr)
        dates.append({'start': a, 'end': b, 'value': val, 'precision': prec})
    dates.sort(key=lambda d: d['start'])
    events = []
    for ev in S.EVENTS:
        t, per = ev[0], ev[1]
        if t not in ETYPES: raise E('event type %r' % t)
        if per not in ids: raise E('event person %r' % per)
        d = None if ev[2] is None else {'value': ev[2], 'precision': ev[3]}
        events.append({'type': t, 'person': per, 'date': d})
    negated = []; forb = []
    for per, code, loc in getattr(S, 'NEGATED', []):
        if code not in CODES or per not in ids: raise E('negated %r %r' % (per, code))
        negated.append({'person': per, 'code': code, 'span': locate(text, loc, tr)})
    for per, code in list(getattr(S, 'FORBIDDEN', [])) + [(n['person'], n['code']) for n in negated]:
        if code not in CODES or per not in ids: raise E('forbidden %r %r' % (per, code))
        if {'person': per, 'code': code} not in forb: forb.append({'person': per, 'code': code})
    for f in forb:
        p = ids[f['person']]
        if any(c == f['code'] for c, _ in p.get('violations', [])): raise E('forbidden is gold: %r' % f)
    out = {'file': name + '.txt', 'path': PATHP + name + '.txt', 'sha256': hashlib.sha256(raw).hexdigest(),
           'text_chars': len(text), 'split': SPLIT, 'language': lang, 'document_date': S.DATE, 'note': S.NOTE,
           'persons': persons, 'places': places, 'dates': dates, 'events': events, 'negated': negated, 'forbidden': forb}
    json.dump(out, open(os.path.join(ROOT, name + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    if os.environ.get('SHOW'):
        for p in persons:
            print('PERSON', p['id'], p['name'], p['roles'], p['age'], p['birth_year'], p['citizenship'])
            for a, b in p['mentions']: print('   m', repr(text[a:b]))
            for v in p['violations']: print('   V', v['code'], '|', text[v['evidence'][0]:v['evidence'][1]])
        for l in places: print('PLACE', l['name'], [text[a:b] for a, b in l['mentions']])
        for d in dates: print('DATE', repr(text[d['start']:d['end']]), d['value'], d['precision'])
        for e in events: print('EVENT', e)
        for n in negated: print('NEG', n['person'], n['code'], '|', text[n['span'][0]:n['span'][1]])
        print('FORB', [(f['person'], f['code']) for f in forb])
    print('ok', name, len(persons), 'persons', sum(len(p['mentions']) for p in persons), 'mentions', len(places), 'places',
          len(dates), 'dates', len(events), 'events')

if __name__ == '__main__':
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, 'specs')) if f.endswith('.py'))
    bad = 0
    for n in names:
        try: build(n)
        except E as e: print('FAIL', n, e); bad = 1
    sys.exit(bad)
