#!/usr/bin/env python3
"""Print every person, place and date span of a gold file in context: python3 ctx.py NAME [width]"""
import json, os, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
name = sys.argv[1]; w = int(sys.argv[2]) if len(sys.argv) > 2 else 30
g = json.load(open(os.path.join(ROOT, name + '.json'), encoding='utf-8'))
t = open(os.path.join(ROOT, g['file']), encoding='utf-8').read()
def show(tag, a, b):
    print('%-22s …%s[%s]%s…' % (tag, t[max(0, a-w):a].replace('\n', '⏎'), t[a:b], t[b:b+w].replace('\n', '⏎')))
for p in g['persons']:
    for a, b in p['mentions']: show(p['id'] + ' ' + p['name'][:16], a, b)
for l in g['places']:
    for a, b in l['mentions']: show('L ' + l['name'][:20], a, b)
for d in g['dates']: show('D ' + d['value'], d['start'], d['end'])
