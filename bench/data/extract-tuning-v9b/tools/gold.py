#!/usr/bin/env python3
"""Build gold JSON for held_out_v9 from hand-written specs (tools/specs/NAME.py).

Spec variables: DOC (file, language, document_date, note), PERSONS, PLACES, DATES, EVENTS,
NEGATED, FORBIDDEN, SKIP (optional: substrings masked from automatic name/place matching,
e.g. organisation names containing toponyms; give (substring, occurrence) to mask one occurrence).
A "locator" is 'substring' (first occurrence), ('substring', n) (n-th occurrence, 0-based), or
('context [[cut]] context', n) to take the part between [[ ]] out of a longer context.
Person mentions and place mentions are found automatically: every occurrence of each listed
surface form with word boundaries (none for zh), longest first, minus SKIP ranges; a person's
'drop' list names locators of occurrences that are not mentions.
SHOW=1 prints every span back.
"""
import hashlib, json, os, re, sys, unicodedata, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from vocab import CODES, EVENT_TYPES, ROLES

def locate(text, loc):
    if isinstance(loc, (list, tuple)):
        s, n = loc
    else:
        s, n = loc, 0
    pre = s
    cut = None
    if '[[' in s:
        a = s.index('[['); b = s.index(']]')
        pre = s[:a] + s[a+2:b] + s[b+2:]
        cut = (a, b - 2)
    pos = -1
    for _ in range(n + 1):
        pos = text.find(pre, pos + 1)
        if pos < 0:
            raise SystemExit(f'not found: {loc!r}')
    if cut:
        return [pos + cut[0], pos + cut[1]]
    return [pos, pos + len(pre)]

def isword(c):
    return c.isalnum() or c in "'’-" and False

def find_all(text, surf, lang, masked):
    out = []
    i = text.find(surf)
    while i >= 0:
        j = i + len(surf)
        ok = True
        if lang not in ('zh',):
            if i > 0 and text[i-1].isalnum(): ok = False
            if j < len(text) and text[j].isalnum(): ok = False
        if any(a < j and i < b for a, b in masked): ok = False
        if ok: out.append([i, j])
        i = text.find(surf, i + 1)
    return out

def build(name):
    spec_path = os.path.join(HERE, 'specs', name + '.py')
    spec = importlib.util.spec_from_file_location(name, spec_path)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    D = m.DOC
    txt_path = os.path.join(ROOT, D['file'])
    raw = open(txt_path, 'rb').read()
    text = raw.decode('utf-8')
    assert text == unicodedata.normalize('NFC', text), 'not NFC'
    assert '\r' not in text
    lang = D['language']
    skip = [locate(text, s) if isinstance(s, tuple) else None for s in getattr(m, 'SKIP', [])]
    masked = []
    for s in getattr(m, 'SKIP', []):
        if isinstance(s, tuple):
            masked.append(locate(text, s))
        else:
            masked += find_all(text, s, lang, [])
    # persons: all surfaces of all persons, longest first
    surf = []
    for p in m.PERSONS:
        for nm in p['names']:
            surf.append((len(nm), nm, p['id']))
    surf.sort(key=lambda t: -t[0])
    taken = list(masked)
    pm = {p['id']: [] for p in m.PERSONS}
    drops = {p['id']: [locate(text, d) for d in p.get('drop', [])] for p in m.PERSONS}
    for _, nm, pid in surf:
        for sp in find_all(text, nm, lang, taken):
            taken.append(sp)
            if sp in drops[pid]:
                continue
            pm[pid].append(sp)
    persons = []
    ids = {p['id'] for p in m.PERSONS}
    for p in m.PERSONS:
        for r in p['roles']:
            assert r in ROLES, r
        ms = sorted(pm[p['id']])
        assert ms, f"no mention for {p['id']}"
        for a, b in ms:
            assert text[a:b] in p['names']
        used = {text[a:b] for a, b in ms}
        for nm in p['names']:
            assert nm in used, f'name never used as mention: {nm}'
        viol = []
        for code, loc in p.get('violations', []):
            assert code in CODES, code
            viol.append({'code': code, 'evidence': locate(text, loc)})
        rel = []
        for t, of in p.get('relations', []):
            assert of in ids, of
            rel.append({'type': t, 'of': of})
        persons.append({'id': p['id'], 'name': p['name'], 'names': p['names'], 'named': True,
                        'roles': p['roles'], 'gender': p.get('gender'), 'ethnicity': p.get('ethnicity'),
                        'birth_year': p.get('birth_year'), 'age': p.get('age'),
                        'citizenship': p.get('citizenship', []), 'mentions': ms,
                        'relations': rel, 'violations': viol})
    places = []
    psurf = []
    for k, pl in enumerate(m.PLACES):
        for nm in pl['mentions']:
            psurf.append((len(nm) if isinstance(nm, str) else 999, nm, k))
    psurf.sort(key=lambda t: -t[0])
    plm = {k: [] for k in range(len(m.PLACES))}
    for _, nm, k in psurf:
        if isinstance(nm, tuple):
            sp = locate(text, nm)
            assert not any(a < sp[1] and sp[0] < b for a, b in taken), nm
            taken.append(sp); plm[k].append(sp); continue
        sps = find_all(text, nm, lang, taken)
        assert sps, f'place surface not found: {nm}'
        for sp in sps:
            taken.append(sp); plm[k].append(sp)
    for k, pl in enumerate(m.PLACES):
        places.append({'name': pl['name'], 'mentions': sorted(plm[k])})
    dates = []
    for loc, val, prec in m.DATES:
        a, b = locate(text, loc)
        dates.append({'start': a, 'end': b, 'value': val, 'precision': prec})
    dates.sort(key=lambda d: d['start'])
    events = []
    for ev in m.EVENTS:
        t, pid, val, prec = ev
        assert t in EVENT_TYPES, t
        assert pid in ids
        events.append({'type': t, 'person': pid, 'date': None if val is None else {'value': val, 'precision': prec}})
    negated = [{'person': pid, 'code': c, 'span': locate(text, loc)} for pid, c, loc in m.NEGATED]
    forbidden = [{'person': pid, 'code': c} for pid, c in m.FORBIDDEN]
    gold_codes = {(p['id'], v['code']) for p in persons for v in p['violations']}
    for f in forbidden:
        assert f['code'] in CODES, f['code']
        assert (f['person'], f['code']) not in gold_codes, f
    for n in negated:
        assert {'person': n['person'], 'code': n['code']} in forbidden, n
    out = {'file': D['file'], 'path': 'bench/data/extract-tuning-v9b/' + D['file'],
           'sha256': hashlib.sha256(raw).hexdigest(), 'text_chars': len(text), 'split': 'held_out_v9',
           'language': lang, 'document_date': D['document_date'], 'note': D['note'],
           'persons': persons, 'places': places, 'dates': dates, 'events': events,
           'negated': negated, 'forbidden': forbidden}
    with open(os.path.join(ROOT, D['file'][:-4] + '.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, indent=1); f.write('\n')
    if os.environ.get('SHOW'):
        for p in persons:
            print(p['id'], p['name'], [text[a:b] for a, b in p['mentions']])
            for v in p['violations']:
                print('   ', v['code'], '|', text[v['evidence'][0]:v['evidence'][1]])
        for pl in places:
            print('PLACE', pl['name'], [text[max(0,a-12):b+12].replace('\n',' ') for a, b in pl['mentions']])
        for d in dates:
            print('DATE', repr(text[d['start']:d['end']]), d['value'], d['precision'])
        for e in events: print('EV', e)
        for n in negated: print('NEG', n['person'], n['code'], '|', text[n['span'][0]:n['span'][1]])
        print('FORB', [(f['person'], f['code']) for f in forbidden])
    print('ok', name, len(persons), 'persons', len(events), 'events', sum(len(p['violations']) for p in persons), 'codes')

if __name__ == '__main__':
    for n in sys.argv[1:]:
        build(n)
