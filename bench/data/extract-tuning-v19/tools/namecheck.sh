#!/bin/bash
# usage: namecheck.sh word... ; greps the earlier sets' README.md files (siblings of this set's folder) for each word
D="$(cd "$(dirname "$0")/../.." && pwd)"
for w in "$@"; do
  r=$(grep -o -i -h -E ".{0,30}$w.{0,30}" "$D"/extract-tuning-v{7,8,9,9b,10,11,12,13,14,15,16}/README.md "$D"/extract-heldout-v17/README.md 2>/dev/null | head -3)
  [ -n "$r" ] && echo "== $w: $r"
done; true
