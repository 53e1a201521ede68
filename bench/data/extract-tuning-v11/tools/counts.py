import json, os, re, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rows = collections.OrderedDict((l, collections.Counter()) for l in ['en', 'fr', 'ru', 'ug', 'zh', 'kk'])
ev = collections.Counter(); codes = collections.Counter(); neg = collections.Counter(); per = []
for f in sorted(os.listdir(ROOT)):
    if not f.endswith('.json'): continue
    g = json.load(open(os.path.join(ROOT, f))); t = open(os.path.join(ROOT, g['file'])).read(); l = g['language']
    w = len(re.findall(r'[\u4e00-\u9fff]', t)) if l == 'zh' else len(t.split())
    r = rows[l]; r['documents'] += 1; r['words'] += w; r['persons'] += len(g['persons']); r['named persons'] += sum(p['named'] for p in g['persons'])
    r['mentions'] += sum(len(p['mentions']) for p in g['persons']); r['codes'] += sum(len(p['violations']) for p in g['persons'])
    r['places'] += len(g['places']); r['dates'] += len(g['dates']); r['events'] += len(g['events']); r['negated'] += len(g['negated']); r['forbidden'] += len(g['forbidden'])
    for e in g['events']: ev[e['type']] += 1
    for p in g['persons']:
        for v in p['violations']: codes[v['code']] += 1
    for n in g['negated']: neg[n['code']] += 1
    per.append((f[:-5], g['language'], w, len(g['persons']), sum(len(p['mentions']) for p in g['persons']), len(g['places']), len(g['dates']), len(g['events']), sum(len(p['violations']) for p in g['persons']), len(g['negated']), len(g['forbidden'])))
cols = ['documents', 'words', 'persons', 'named persons', 'mentions', 'codes', 'places', 'dates', 'events', 'negated', 'forbidden']
print('| language | ' + ' | '.join(cols) + ' |'); print('|---' * (len(cols) + 1) + '|')
tot = collections.Counter()
for l, r in rows.items():
    print('| %s | ' % l + ' | '.join(str(r[c]) for c in cols) + ' |'); tot.update(r)
print('| all | ' + ' | '.join(str(tot[c]) for c in cols) + ' |')
print()
print('| file | lang | words | persons | mentions | places | dates | events | codes | negated | forbidden |'); print('|---' * 11 + '|')
for x in per: print('| ' + ' | '.join(str(y) for y in x) + ' |')
print('events', ev.most_common())
allc = set(open(os.path.join(ROOT, 'tools', 'violations_codes.txt')).read().split())
print('codes present', len(codes), 'missing', sorted(allc - set(codes)))
print('negated', neg.most_common())
