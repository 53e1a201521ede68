"""Benchmark of `guwah.extract` against the hand-written gold in bench/data/extract-gold/.

Prints precision, recall and F1 per field (persons, victim role, places, dates, events,
violation codes) and the number of negated or forbidden codes produced, for each split:
- dev: our own short synthetic testimonies in bench/data/extract-dev/ (tune on these);
- tuning: the three corpus documents (the rules were written on them, and quote them);
- held_out: corpus documents never used for tuning (none today; printed when there are);
- tuning_demo: the six synthetic demo testimonies in src/guwah/demo/testimonies/ (written by
  the project, so not unseen: a tuning split by design, bench/train_attribution.py trains on it;
  called held_out_demo until h-product58, a name --splits still takes, and their gold files' "split");
- tuning_v2: bench/data/extract-heldout-v2/, written by a helper who never saw the extractor and
  run once as held-out (extractor 0.5.0; figures in docs/benchmarks.md); declared spent in
  extractor 0.6.0, when its errors were read and rules written for their kinds: now tuning;
- tuning_v3: bench/data/extract-heldout-v3/ (12 texts: en, fr, ru, and two in Uyghur whose gold
  covers persons, places and dates only), written by a third helper who never saw the extractor,
  run as held-out on 0.5.0 and 0.6.0; declared spent for 0.7.0 (its errors are read): now tuning;
- tuning_v4: bench/data/extract-heldout-v4/, written by a fourth helper who never saw the
  extractor, run as held-out on 0.7.0 and 0.8.0; declared spent for 0.9.0 (its errors are read):
  now tuning;
- tuning_v5: bench/data/extract-heldout-v5/, written by a fifth helper who never saw the
  extractor, run as held-out on 0.9.0 and 0.10.0; declared spent for 0.11.0 (its errors are
  read, and it trains the person and act models): now tuning;
- tuning_v6: bench/data/extract-heldout-v6/, written by a sixth helper who never saw the
  extractor (after 0.9.0), run as held-out on 0.10.0 and 0.13.0; declared spent for 0.14.0 (its
  errors are read, and it trains the person and act models): now tuning;
- tuning_v11: bench/data/extract-tuning-v11/ (bench/data/extract-heldout-v11/ until then), written by
  an eleventh helper who never saw the extractor (after 0.19.0), sealed until its first run, held out
  for 0.20.0 and 0.21.0; declared spent in the 0.21.x round (its errors are read, it trains the act
  model): now tuning;
- tuning_v7: bench/data/extract-tuning-v7/ (bench/data/extract-heldout-v7/ until then), written by
  a seventh helper who never saw the extractor (after 0.13.0), sealed in bench/sealed/ until its
  first run, held out for 0.15.0 and 0.22.0; declared spent in the 0.22.x round (its errors are
  read, it trains the act model): now tuning;
- tuning_v8: bench/data/extract-tuning-v8/ (bench/data/extract-heldout-v8/ until then), written by
  an eighth helper who never saw the extractor (after 0.15.0), held out for 0.16.0 and 0.23.0;
  declared spent in the 0.23.x round (its errors are read, it trains the act model): now tuning;
- tuning_v10: bench/data/extract-tuning-v10/ (bench/data/extract-heldout-v10/ until then), written
  by a tenth helper who never saw the extractor (after 0.18.0), held out for 0.19.0 and 0.24.0;
  declared spent in the 0.24.x round (its errors are read, it trains the act model): now tuning;
- tuning_v9b: bench/data/extract-tuning-v9b/ (bench/data/extract-heldout-v9/ until then; tuning_v9 was
  taken), written by a ninth helper who never saw the extractor (after 0.16.0), held out for 0.18.0 and
  0.24.0; declared spent in the 0.25.x round (its errors are read, it trains the act model): now tuning;
- tuning_v13: bench/data/extract-tuning-v13/ (bench/data/extract-heldout-v13/ until then), written by a
  thirteenth helper who never saw the extractor (after 0.24.0), sealed until its first run, held out for
  0.25.0 and 0.26.0; declared spent in the 0.26.x round (its errors are read, it trains the act model): now tuning;
- tuning_v14: bench/data/extract-tuning-v14/ (bench/data/extract-heldout-v14/ until then), written by a
  fourteenth helper who never saw the extractor (after 0.24.0), sealed until its first run, held out for
  0.27.0 and 0.28.0; declared spent in the 0.27.x round (its errors are read, it trains the act model): now tuning;
- tuning_v15: bench/data/extract-tuning-v15/ (bench/data/extract-heldout-v15/ until then), written by a
  fifteenth helper who never saw the extractor (after 0.27.0), sealed until its first run, held out for
  0.28.0 and 0.29.0; declared spent in the 0.29.x round (its errors are read, it trains the act model): now tuning;
- tuning_v16: bench/data/extract-tuning-v16/ (bench/data/extract-heldout-v16/ until then), written by a
  sixteenth helper who never saw the extractor (after 0.28.0), sealed until its first run, held out for
  0.29.0 and 0.30.0; declared spent in the 0.30.x round (its errors are read, it trains the act model): now tuning;
- tuning_v17: bench/data/extract-tuning-v17/ (bench/data/extract-heldout-v17/ until then), written by a
  seventeenth helper who never saw the extractor (after 0.29.0), sealed until its first run, held out for
  0.30.0 and 0.31.0; declared spent in the 0.31.x round (its errors are read, it trains the act model): now tuning;
- tuning_v18: bench/data/extract-tuning-v18/ (bench/data/extract-heldout-v18/ until then), written by an
  eighteenth helper who never saw the extractor (during the 0.30.x round), sealed until its first run, held out
  for 0.31.0 (also run at 0.30.0) and 0.32.0; declared spent in the 0.32.x round (its errors are read, it trains
  the act model): now tuning;
- tuning_v19: bench/data/extract-tuning-v19/ (bench/data/extract-heldout-v19/ until then), written by a
  nineteenth helper who never saw the extractor (during the 0.31.x round), sealed until its first run, held out
  for 0.32.0 (also run at 0.31.1) and 0.34.0; declared spent in the 0.34.x round (its errors are read, it trains
  the act model): now tuning;
- tuning_v20: bench/data/extract-tuning-v20/ (bench/data/extract-heldout-v20/ until then), written by a
  twentieth helper who never saw the extractor (during the 0.32.x round), sealed until its first run, held out
  for 0.34.0 (also run at 0.32.0) and 0.35.0; declared spent in the 0.35.x round (its errors are read, it trains
  the act model): now tuning;
- tuning_v21: bench/data/extract-tuning-v21/ (bench/data/extract-heldout-v21/ until then), written by a
  twenty-first helper who never saw the extractor (during the 0.34.x round), sealed until its first run, held out
  for 0.35.0 (also run at 0.34.0) and 0.36.0; declared spent in the 0.36.x round (its errors are read, it trains
  the act model): now tuning;
- tuning_v22: bench/data/extract-tuning-v22/ (bench/data/extract-heldout-v22/ until then), written by a
  twenty-second helper who never saw the extractor (during the 0.35.x round), sealed until its first run, held out
  for 0.36.0 (also run at 0.35.0) and 0.37.0; declared spent in the 0.37.x round (its errors are read): now tuning;
- tuning_v23: bench/data/extract-tuning-v23/ (bench/data/extract-heldout-v23/ until then), written by a
  twenty-third helper who never saw the extractor (during the 0.36.x round), sealed until its first run, held out
  for 0.37.0 (also run at 0.36.1) and 0.38.0; declared spent in the 0.38.x round (its errors are read): now tuning;
- tuning_v24: bench/data/extract-tuning-v24/ (bench/data/extract-heldout-v24/ until then), written by a
  twenty-fourth helper who never saw the extractor (during the 0.37.x round), sealed until its first run, held out
  for 0.38.0 (also run at 0.37.0) and 0.39.0; declared spent in the 0.39.x round (its errors are read): now tuning;
- tuning_v25: bench/data/extract-tuning-v25/ (bench/data/extract-heldout-v25/ until then), written by a
  twenty-fifth helper who never saw the extractor (during the 0.38.x round), sealed until its first run, held out
  for 0.39.0 (also run at 0.38.0) and 0.40.0; declared spent in the 0.40.x round (its errors are read): now tuning;
- tuning_v26: bench/data/extract-tuning-v26/ (bench/data/extract-heldout-v26/ until then), written by a
  twenty-sixth helper who never saw the extractor (during the 0.39.x round), sealed until its first run, held out
  for 0.40.0 (also run at 0.39.0) and 0.41.0; declared spent in the 0.41.x round (its errors are read): now tuning;
- tuning_v27: bench/data/extract-tuning-v27/ (bench/data/extract-heldout-v27/ until then), written by a
  twenty-seventh helper who never saw the extractor (during the 0.40.x round), sealed until its first run, held out
  for 0.41.0 (also run at 0.40.0) and 0.42.0; declared spent in the 0.42.x round (its errors are read): now tuning;
- tuning_v28: bench/data/extract-tuning-v28/ (bench/data/extract-heldout-v28/ until then), written by a
  twenty-eighth helper who never saw the extractor (during the 0.41.x round), sealed until its first run, held out
  for 0.42.0 (also run at 0.41.0) and 0.43.0; declared spent in the 0.43.x round (its errors are read): now tuning;
- tuning_v29: bench/data/extract-tuning-v29/ (bench/data/extract-heldout-v29/ until then), written by a
  twenty-ninth helper who never saw the extractor (during the 0.42.x round), sealed until its first run, held out
  for 0.43.0 (also run at 0.42.0) and 0.44.0; declared spent in the 0.44.x round (its errors are read): now tuning;
- tuning_v30: bench/data/extract-tuning-v30/ (bench/data/extract-heldout-v30/ until then), written by a
  thirtieth helper who never saw the extractor (during the 0.43.x round), sealed until its first run, held out
  for 0.44.0 (also run at 0.43.0) and 0.45.0; declared spent in the 0.45.x round (its errors are read): now tuning;
- tuning_v31: bench/data/extract-tuning-v31/ (bench/data/extract-heldout-v31/ until then), written by a
  thirty-first helper who never saw the extractor (during the 0.44.x round), sealed until its first run, held out
  for 0.45.0 (also run at 0.44.0) and 0.46.0; declared spent in the 0.46.x round (its errors are read): now tuning;
- tuning_v32: bench/data/extract-tuning-v32/ (bench/data/extract-heldout-v32/ until then), written by a
  thirty-second helper who never saw the extractor (during the 0.44.x round), sealed until its first run, held out
  for 0.46.0 (also run at 0.45.0) and 0.47.0; declared spent in the 0.47.x round (its errors are read): now tuning;
- tuning_v33: bench/data/extract-tuning-v33/ (bench/data/extract-heldout-v33/ until then), written by a
  thirty-third helper who never saw the extractor (during the 0.45.x round), sealed until its first run, held out
  for 0.47.0 (also run at 0.46.1) and 0.48.0; declared spent in the 0.48.x round (its errors are read): now tuning;
- tuning_v34: bench/data/extract-tuning-v34/ (bench/data/extract-heldout-v34/ until then), written by a
  thirty-fourth helper who never saw the extractor (during the 0.46.x round), sealed until its first run, held out
  for 0.48.0 (also run at 0.47.1) and 0.49.0; declared spent in the 0.49.x round (its errors are read): now tuning;
- tuning_v35: bench/data/extract-tuning-v35/ (bench/data/extract-heldout-v35/ until then), written by a
  thirty-fifth helper who never saw the extractor (during the 0.47.x round), sealed until its first run, held out
  for 0.49.0 (also run at 0.48.1) and 0.50.0; declared spent in the 0.50.x round (its errors are read): now tuning;
- tuning_v36: bench/data/extract-tuning-v36/ (bench/data/extract-heldout-v36/ until then), written by a
  thirty-sixth helper who never saw the extractor (during the 0.48.x round), sealed until its first run, held out
  for 0.50.0 (also run at 0.49.1) and 0.51.0; declared spent in the 0.51.x round (its errors are read): now tuning;
- tuning_v37: bench/data/extract-tuning-v37/ (bench/data/extract-heldout-v37/ until then), written by a
  thirty-seventh helper who never saw the extractor (during the 0.49.x round), sealed until its first run, held out
  for 0.51.0 (also run at 0.50.1) and 0.52.0; declared spent in the 0.52.x round (its errors are read): now tuning;
- tuning_v38: bench/data/extract-tuning-v38/ (bench/data/extract-heldout-v38/ until then), written by a
  thirty-eighth helper who never saw the extractor (during the 0.50.x round), sealed until its first run, held out
  for 0.52.0 (also run at 0.51.2) and 0.53.0; declared spent in the 0.53.x round (its errors are read): now tuning;
- tuning_v39: bench/data/extract-tuning-v39/ (bench/data/extract-heldout-v39/ until then), written by a
  thirty-ninth helper who never saw the extractor (during the 0.51.x round), sealed until its first run, held out
  for 0.53.0 (also run at 0.52.1) and 0.54.0; declared spent in the 0.54.x round (its errors are read): now tuning;
- tuning_v40: bench/data/extract-tuning-v40/ (bench/data/extract-heldout-v40/ until then), written by a
  fortieth helper who never saw the extractor (during the 0.52.x round), sealed until its first run, held out
  for 0.54.0 (also run at 0.53.1) and 0.55.0; declared spent in the 0.55.x round (its errors are read): now tuning;
- tuning_v41: bench/data/extract-tuning-v41/ (bench/data/extract-heldout-v41/ until then), written by a
  forty-first helper who never saw the extractor (during the 0.53.x round), sealed until its first run, held out
  for 0.55.0 (also run at 0.54.2) and 0.56.0; declared spent in the 0.56.x round (its errors are read): now tuning;
- tuning_v42: bench/data/extract-tuning-v42/ (bench/data/extract-heldout-v42/ until then), written by a
  forty-second helper who never saw the extractor (during the 0.54.x round), sealed until its first run, held out
  for 0.56.0 (also run at 0.55.0) and 0.57.0; declared spent in the 0.57.x round (its errors are read): now tuning;
- tuning_v43: bench/data/extract-tuning-v43/ (bench/data/extract-heldout-v43/ until then), written by a
  forty-third helper who never saw the extractor (during the 0.54.x round), sealed until its first run, held out
  for 0.57.0 (also run at 0.56.1) and 0.58.0; declared spent in the 0.58.x round (its errors are read): now tuning;
- tuning_v44: bench/data/extract-tuning-v44/ (bench/data/extract-heldout-v44/ until then), written by a
  forty-fourth helper who never saw the extractor (during the 0.56.x round), sealed until its first run, held out
  for 0.58.0 (also run at 0.57.1) and 0.59.0; declared spent in the 0.59.x round (its errors are read): now tuning;
- tuning_v45: bench/data/extract-tuning-v45/ (bench/data/extract-heldout-v45/ until then), written by a
  forty-fifth helper who never saw the extractor (during the 0.58.x round), sealed until its first run, held out
  for 0.59.0 (also run at 0.58.0) and 0.60.0; declared spent in the 0.60.x round (its errors are read): now tuning;
- tuning_v46: bench/data/extract-tuning-v46/ (bench/data/extract-heldout-v46/ until then), written by a
  forty-sixth helper who never saw the extractor (during the 0.59.x round), sealed until its first run, held out
  for 0.60.0 (also run at 0.59.1) and 0.61.0; declared spent in the 0.61.x round (its errors are read): now tuning;
- held_out_v47: written by a helper who never saw the extractor (during the 0.60.x round); held out: never tuned
  on, and run only when named (`--splits held_out_v47`), so that a tuning run never shows its figures.
  Sealed in bench/sealed/ until its first use at 0.61.0 (and 0.60.0), one use left;
then throughput in testimonies of about 2,000 words per minute, with the language models
(`guwah.extract.ner`) loaded when they are installed. The figures count only the extraction:
each worker loads the models (and extracts two short texts) before the clock starts, and the
clock starts once every worker has; "testimonies/minute" is by the wall clock from then until the
last testimony is done, "CPU s each" the workers' CPU time inside `extract_texts`, and the
"idle cores" rate what that CPU time allows on `--processes` cores with nothing else running.

    .venv/bin/python bench/extract.py            # table
    .venv/bin/python bench/extract.py --json     # one JSON document
    .venv/bin/python bench/extract.py --docs 60  # more synthetic testimonies for throughput
    .venv/bin/python bench/extract.py --splits '' --docs 40 --batch 8   # throughput alone

Named-only scoring: the gold of some sets lists named persons only (their READMEs' conventions:
v5 and v6, "unnamed people are not gold persons"), while the extractor also makes unnamed
relatives, as issue 11 asks ("three children as relatives"). On such a set an unnamed person the
extractor makes is a difference of convention, not an error; it is still counted in the main
table, and a second, labelled block gives the same split with unnamed predicted persons (and their
victim role, events and codes) left out (`named_only`). The test is set-level and read from the
gold (`lists_named_only`): every gold person of the split carries `"named": true`. A split that
lists even one unnamed relative (`"named": false`: dev, corpus, demo, v2, v3, v4) is scored as it is.
The training scripts (bench/train_acts.py, bench/train_persons.py) use the same `named_only`.

A gold JSON may carry "document_date" (YYYY-MM-DD: the interview or publication date); it is
passed to the extractor, which counts "last year" and "in December" from it.

The corpus is read from ../shared/corpus at run time; a file whose SHA-256 differs from the
gold's is refused. Synthetic throughput inputs are built in memory from those texts, never stored.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "bench" / "data" / "extract-gold"
DEV = REPO / "bench" / "data" / "extract-dev"
# Written by a helper who never saw the extractor (bench/data/extract-heldout-v2/README.md); held
# out for extractor 0.5.0, spent since 0.6.0 (its errors were read): a tuning set.
TUNING_V2 = REPO / "bench" / "data" / "extract-heldout-v2"
# Written by a third helper who never saw the extractor (bench/data/extract-heldout-v3/README.md):
# held out for 0.5.0 and 0.6.0, spent since 0.7.0 (its errors were read): a tuning set.
TUNING_V3 = REPO / "bench" / "data" / "extract-heldout-v3"
# Written by a fourth helper who never saw the extractor: held out for 0.7.0 and 0.8.0, spent
# since 0.9.0 (its errors were read): a tuning set.
TUNING_V4 = REPO / "bench" / "data" / "extract-heldout-v4"
# Written by a fifth helper who never saw the extractor: held out for 0.9.0 and 0.10.0, spent since
# 0.11.0 (its errors are read; it trains the person and act models): a tuning set.
TUNING_V5 = REPO / "bench" / "data" / "extract-heldout-v5"
# Written by a sixth helper who never saw the extractor, after 0.9.0: held out for 0.10.0 and 0.13.0,
# spent since 0.14.0 (its errors are read; it trains the person and act models): a tuning set.
TUNING_V6 = REPO / "bench" / "data" / "extract-heldout-v6"
# Written as tuning data by a helper who never saw the extractor (en, fr, ru, ug, zh, kk): read and trained on.
TUNING_V9 = REPO / "bench" / "data" / "extract-tuning-v9"
# Written as tuning data by a helper who never saw the extractor (2026-12-02): its first score, before
# any change, is a less-tuned figure; five of its documents were withheld until v11's first use (README).
TUNING_V12 = REPO / "bench" / "data" / "extract-tuning-v12"
# Written by an eleventh helper who never saw the extractor, after 0.19.0; sealed until 0.20.0, held out
# for 0.20.0 and 0.21.0, spent since the 0.21.x round (its errors are read; it trains the act model): a tuning set.
TUNING_V11 = REPO / "bench" / "data" / "extract-tuning-v11"
# Written by a seventh helper who never saw the extractor, after 0.13.0; held out for 0.15.0 and 0.22.0,
# spent since the 0.22.x round (its errors are read; it trains the act model): a tuning set.
TUNING_V7 = REPO / "bench" / "data" / "extract-tuning-v7"
# Written by an eighth helper who never saw the extractor, after 0.15.0; held out for 0.16.0 and 0.23.0,
# spent since the 0.23.x round (its errors are read; it trains the act model): a tuning set.
TUNING_V8 = REPO / "bench" / "data" / "extract-tuning-v8"
# Written by a ninth helper who never saw the extractor, after 0.16.0; held out for 0.18.0 and 0.24.0,
# spent since the 0.25.x round (its errors are read; it trains the act model): a tuning set.
TUNING_V9B = REPO / "bench" / "data" / "extract-tuning-v9b"
# Written by a tenth helper who never saw the extractor, after 0.18.0; held out for 0.19.0 and 0.24.0,
# spent since the 0.24.x round (its errors are read; it trains the act model): a tuning set.
TUNING_V10 = REPO / "bench" / "data" / "extract-tuning-v10"
# Written by a thirteenth helper who never saw the extractor, after 0.24.0; held out for 0.25.0 and 0.26.0,
# spent since the 0.26.x round (its errors are read; it trains the act model): a tuning set.
TUNING_V13 = REPO / "bench" / "data" / "extract-tuning-v13"
# Written by a fourteenth helper who never saw the extractor, after 0.24.0; held out for 0.27.0 and 0.28.0,
# spent since the 0.27.x round (its errors are read; it trains the act model): a tuning set.
TUNING_V14 = REPO / "bench" / "data" / "extract-tuning-v14"
# Written by a fifteenth helper who never saw the extractor, after 0.27.0; sealed until 0.28.0, its first use: held out.
TUNING_V15 = REPO / "bench" / "data" / "extract-tuning-v15"
# Written by a sixteenth helper who never saw the extractor, after 0.28.0; sealed until 0.29.0, its first use: held out.
TUNING_V16 = REPO / "bench" / "data" / "extract-tuning-v16"
# Written by a seventeenth helper who never saw the extractor, after 0.29.0; sealed until 0.30.0, its first use: held out.
TUNING_V17 = REPO / "bench" / "data" / "extract-tuning-v17"
# Written by an eighteenth helper who never saw the extractor, in the 0.30.x round; sealed until 0.31.0's merge.
TUNING_V18 = REPO / "bench" / "data" / "extract-tuning-v18"
# Written by a nineteenth helper who never saw the extractor, in the 0.31.x round; sealed until 0.32.0's merge.
TUNING_V19 = REPO / "bench" / "data" / "extract-tuning-v19"
# Written by a twentieth helper who never saw the extractor, in the 0.32.x round; sealed until 0.34.0's merge.
TUNING_V20 = REPO / "bench" / "data" / "extract-tuning-v20"
# Written by a twenty-first helper who never saw the extractor, in the 0.34.x round; sealed until 0.35.0's merge.
TUNING_V21 = REPO / "bench" / "data" / "extract-tuning-v21"
# Written by a twenty-second helper who never saw the extractor, in the 0.35.x round; sealed until 0.36.0's merge.
TUNING_V22 = REPO / "bench" / "data" / "extract-tuning-v22"
# Written by a twenty-third helper who never saw the extractor, in the 0.36.x round; sealed until 0.37.0's merge.
TUNING_V23 = REPO / "bench" / "data" / "extract-tuning-v23"
# Written by a twenty-fourth helper who never saw the extractor, in the 0.37.x round; sealed until 0.38.0's merge.
TUNING_V24 = REPO / "bench" / "data" / "extract-tuning-v24"
# Written by a twenty-fifth helper who never saw the extractor, in the 0.38.x round; sealed until 0.39.0's merge.
TUNING_V25 = REPO / "bench" / "data" / "extract-tuning-v25"
# Written by a twenty-sixth helper who never saw the extractor, in the 0.39.x round; sealed until 0.40.0's merge.
TUNING_V26 = REPO / "bench" / "data" / "extract-tuning-v26"
# Written by a twenty-seventh helper who never saw the extractor, in the 0.40.x round; sealed until 0.41.0's merge.
TUNING_V27 = REPO / "bench" / "data" / "extract-tuning-v27"
# Written by a twenty-eighth helper who never saw the extractor, in the 0.41.x round; sealed until 0.42.0's merge.
TUNING_V28 = REPO / "bench" / "data" / "extract-tuning-v28"
# Written by a twenty-ninth helper who never saw the extractor, in the 0.42.x round; sealed until 0.43.0's merge.
TUNING_V29 = REPO / "bench" / "data" / "extract-tuning-v29"
# Written by a thirtieth helper who never saw the extractor, in the 0.43.x round; sealed until 0.44.0's merge.
TUNING_V30 = REPO / "bench" / "data" / "extract-tuning-v30"
# Written by a thirty-first helper who never saw the extractor, in the 0.44.x round; sealed until 0.45.0's merge.
TUNING_V31 = REPO / "bench" / "data" / "extract-tuning-v31"
# Written by a thirty-second helper who never saw the extractor, in the 0.44.x round; sealed until 0.46.0's merge.
TUNING_V32 = REPO / "bench" / "data" / "extract-tuning-v32"
# Written by a thirty-third helper who never saw the extractor, in the 0.45.x round; sealed until 0.47.0's merge.
TUNING_V33 = REPO / "bench" / "data" / "extract-tuning-v33"
# Written by a thirty-fourth helper who never saw the extractor, in the 0.46.x round; sealed until 0.48.0's merge.
TUNING_V34 = REPO / "bench" / "data" / "extract-tuning-v34"
# Written by a thirty-fifth helper who never saw the extractor, in the 0.47.x round; sealed until 0.49.0's merge.
TUNING_V35 = REPO / "bench" / "data" / "extract-tuning-v35"
# Written by a thirty-sixth helper who never saw the extractor, in the 0.48.x round; sealed until 0.50.0's merge.
TUNING_V36 = REPO / "bench" / "data" / "extract-tuning-v36"
# Written by a thirty-seventh helper who never saw the extractor, in the 0.49.x round; sealed until 0.51.0's merge.
TUNING_V37 = REPO / "bench" / "data" / "extract-tuning-v37"
# Written by a thirty-eighth helper who never saw the extractor, in the 0.50.x round; sealed until 0.52.0's merge.
TUNING_V38 = REPO / "bench" / "data" / "extract-tuning-v38"
# Written by a thirty-ninth helper who never saw the extractor, in the 0.51.x round; sealed until 0.53.0's merge.
TUNING_V39 = REPO / "bench" / "data" / "extract-tuning-v39"
# Written by a fortieth helper who never saw the extractor, in the 0.52.x round; sealed until 0.54.0's merge.
TUNING_V40 = REPO / "bench" / "data" / "extract-tuning-v40"
# Written by a forty-first helper who never saw the extractor, in the 0.53.x round; sealed until 0.55.0's merge.
TUNING_V41 = REPO / "bench" / "data" / "extract-tuning-v41"
# Written by a forty-second helper who never saw the extractor, in the 0.54.x round; sealed until 0.56.0's merge.
TUNING_V42 = REPO / "bench" / "data" / "extract-tuning-v42"
# Written by a forty-third helper who never saw the extractor, in the 0.54.x round; sealed until 0.57.0's merge.
TUNING_V43 = REPO / "bench" / "data" / "extract-tuning-v43"
# Written by a forty-fourth helper who never saw the extractor, in the 0.56.x round; sealed until 0.58.0's merge.
TUNING_V44 = REPO / "bench" / "data" / "extract-tuning-v44"
# Written by a forty-fifth helper who never saw the extractor, in the 0.58.x round; sealed until 0.59.0's merge.
TUNING_V45 = REPO / "bench" / "data" / "extract-tuning-v45"
# Written by a forty-sixth helper who never saw the extractor, in the 0.59.x round; sealed until 0.60.0's merge.
TUNING_V46 = REPO / "bench" / "data" / "extract-tuning-v46"
# Written by a forty-seventh helper who never saw the extractor, in the 0.60.x round; sealed until 0.61.0's merge: held out.
HELDOUT_V47 = REPO / "bench" / "data" / "extract-heldout-v47"
SPLITS = ("dev", "tuning", "tuning_v2", "tuning_v3", "tuning_v4", "tuning_v5", "tuning_v6", "tuning_v7", "tuning_v8",
          "tuning_v9", "tuning_v9b", "tuning_v10", "tuning_v11", "tuning_v12", "tuning_v13", "tuning_v14", "tuning_v15", "tuning_v16", "tuning_v17", "tuning_v18", "tuning_v19",
          "tuning_v20", "tuning_v21", "tuning_v22", "tuning_v23", "tuning_v24", "tuning_v25", "tuning_v26", "tuning_v27", "tuning_v28", "tuning_v29", "tuning_v30", "tuning_v31", "tuning_v32", "tuning_v33", "tuning_v34", "tuning_v35", "tuning_v36", "tuning_v37", "tuning_v38", "tuning_v39", "tuning_v40", "tuning_v41", "tuning_v42", "tuning_v43", "tuning_v44", "tuning_v45", "tuning_v46", "held_out", "tuning_demo", "held_out_v47")
# Held-out sets written by someone who never saw the extractor: run only when named, and their
# folders not even read otherwise (a run on the tuning splits opens none of their files).
HELD_OUT_FOLDERS = {"held_out_v47": HELDOUT_V47}
HELD_OUT_SETS = tuple(HELD_OUT_FOLDERS)
# The folders of every split but the held-out ones, in the order they are read.
TUNING_FOLDERS = (GOLD, DEV, TUNING_V2, TUNING_V3, TUNING_V4, TUNING_V5, TUNING_V6, TUNING_V7, TUNING_V8, TUNING_V9,
                  TUNING_V9B, TUNING_V10, TUNING_V11, TUNING_V12, TUNING_V13, TUNING_V14, TUNING_V15, TUNING_V16, TUNING_V17, TUNING_V18,
                  TUNING_V19, TUNING_V20, TUNING_V21, TUNING_V22, TUNING_V23, TUNING_V24, TUNING_V25, TUNING_V26, TUNING_V27, TUNING_V28, TUNING_V29, TUNING_V30, TUNING_V31, TUNING_V32, TUNING_V33, TUNING_V34, TUNING_V35, TUNING_V36, TUNING_V37, TUNING_V38, TUNING_V39, TUNING_V40, TUNING_V41, TUNING_V42, TUNING_V43, TUNING_V44, TUNING_V45, TUNING_V46)
# The splits a loss reader may show (bench/events_losses.py, persons_losses.py): never a held-out set, nor
# the corpus's empty "held_out".
TUNING_SPLITS = tuple(name for name in SPLITS if name != "held_out" and name not in HELD_OUT_SETS)


# Splits renamed: old name -> name. The project's own demo texts were "held_out_demo", though they
# were never held out (a tuning split by design); the old name is still taken, with a note.
RENAMED = {"held_out_demo": "tuning_demo"}


def renamed(splits) -> list[str]:
    """The split names given, each old name (RENAMED) as its new one, with a one-line note on stderr."""
    splits = list(splits)
    for name in dict.fromkeys(s for s in splits if s in RENAMED):
        print(f"note: the split {name} was renamed {RENAMED[name]} (the project's own demo texts)", file=sys.stderr)
    return [RENAMED.get(s, s) for s in splits]


def refuse_unless_tuning(parser, splits) -> list[str]:
    """Exit through `parser.error` (status 2, one line) on the first split not in TUNING_SPLITS;
    returns the splits with their current names (`renamed`)."""
    splits = renamed(splits)
    for split in splits:
        if split not in TUNING_SPLITS:
            parser.error(f"{split} is not a tuning split (known: {', '.join(TUNING_SPLITS)})")
    return splits
# A gold file's "split" as written by its author -> the split it counts in now.
SPENT = {"held_out_v2": "tuning_v2", "held_out_v3": "tuning_v3", "held_out_v4": "tuning_v4", "held_out_v5": "tuning_v5",
         "held_out_v6": "tuning_v6", "held_out_v7": "tuning_v7", "held_out_v8": "tuning_v8",
         "held_out_v9": "tuning_v9b", "held_out_v10": "tuning_v10", "held_out_v11": "tuning_v11",
         "held_out_v13": "tuning_v13", "held_out_v14": "tuning_v14", "held_out_v15": "tuning_v15", "held_out_v16": "tuning_v16", "held_out_v17": "tuning_v17",
         "held_out_v18": "tuning_v18", "held_out_v19": "tuning_v19", "held_out_v20": "tuning_v20", "held_out_v21": "tuning_v21", "held_out_v22": "tuning_v22",
         "held_out_v23": "tuning_v23",
         "held_out_v24": "tuning_v24",
         "held_out_v25": "tuning_v25",
         "held_out_v26": "tuning_v26",
         "held_out_v27": "tuning_v27",
         "held_out_v28": "tuning_v28",
         "held_out_v29": "tuning_v29",
         "held_out_v30": "tuning_v30",
         "held_out_v31": "tuning_v31",
         "held_out_v32": "tuning_v32",
         "held_out_v33": "tuning_v33",
         "held_out_v34": "tuning_v34",
         "held_out_v35": "tuning_v35",
         "held_out_v36": "tuning_v36",
         "held_out_v37": "tuning_v37",
         "held_out_v38": "tuning_v38",
         "held_out_v39": "tuning_v39",
         "held_out_v40": "tuning_v40",
         "held_out_v41": "tuning_v41",
         "held_out_v42": "tuning_v42",
         "held_out_v43": "tuning_v43",
         "held_out_v44": "tuning_v44",
         "held_out_v45": "tuning_v45",
         "held_out_v46": "tuning_v46",
         **RENAMED}  # the demo texts' gold, as written (renamed, never spent)
HEADINGS = {
    "dev": "dev set (synthetic, bench/data/extract-dev; tune on these)",
    "tuning": "tuned corpus documents",
    "held_out": "held-out corpus documents (never used for tuning)",
    "tuning_demo": "demo testimonies (synthetic, written by the project; a tuning split)",
    "tuning_v2": "v2 set (bench/data/extract-heldout-v2; held out for 0.5.0, spent since 0.6.0: tuning)",
    "tuning_v3": "v3 set (bench/data/extract-heldout-v3; held out for 0.5.0 and 0.6.0, spent since 0.7.0: tuning)",
    "tuning_v4": "v4 set (bench/data/extract-heldout-v4; held out for 0.7.0 and 0.8.0, spent since 0.9.0: tuning)",
    "tuning_v5": "v5 set (bench/data/extract-heldout-v5; held out for 0.9.0 and 0.10.0, spent since 0.11.0: tuning)",
    "tuning_v6": "v6 set (bench/data/extract-heldout-v6; held out for 0.10.0 and 0.13.0, spent since 0.14.0: tuning)",
    "tuning_v7": "v7 set (bench/data/extract-tuning-v7; held out for 0.15.0 and 0.22.0, spent since the 0.22.x round: tuning)",
    "tuning_v8": "v8 set (bench/data/extract-tuning-v8; held out for 0.16.0 and 0.23.0, spent since the 0.23.x round: tuning)",
    "tuning_v9": "v9 tuning set (bench/data/extract-tuning-v9, written as tuning data by a helper who never saw the extractor)",
    "tuning_v9b": "v9b set (bench/data/extract-tuning-v9b; held out (as v9) for 0.18.0 and 0.24.0, spent since the 0.25.x round: tuning)",
    "tuning_v10": "v10 set (bench/data/extract-tuning-v10; held out for 0.19.0 and 0.24.0, spent since the 0.24.x round: tuning)",
    "tuning_v11": "v11 set (bench/data/extract-tuning-v11; held out for 0.20.0 and 0.21.0, spent since the 0.21.x round: tuning)",
    "tuning_v12": "v12 tuning set (bench/data/extract-tuning-v12, written as tuning data by a helper who never saw the extractor)",
    "tuning_v13": "v13 set (bench/data/extract-tuning-v13; held out for 0.25.0 and 0.26.0, spent since the 0.26.x round: tuning)",
    "tuning_v14": "v14 set (bench/data/extract-tuning-v14; held out for 0.27.0 and 0.28.0, spent since the 0.27.x round: tuning)",
    "tuning_v15": "v15 set (bench/data/extract-tuning-v15; held out for 0.28.0 and 0.29.0, spent since the 0.29.x round: tuning)",
    "tuning_v16": "v16 set (bench/data/extract-tuning-v16; held out for 0.29.0 and 0.30.0, spent since the 0.30.x round: tuning)",
    "tuning_v17": "v17 set (bench/data/extract-tuning-v17; held out for 0.30.0 and 0.31.0, spent since the 0.31.x round: tuning)",
    "tuning_v18": "v18 set (bench/data/extract-tuning-v18; held out for 0.31.0 and 0.32.0, spent since the 0.32.x round: tuning)",
    "tuning_v19": "v19 set (bench/data/extract-tuning-v19; held out for 0.32.0 and 0.34.0, spent since the 0.34.x round: tuning)",
    "tuning_v20": "v20 set (bench/data/extract-tuning-v20; held out for 0.34.0 and 0.35.0, spent since the 0.35.x round: tuning)",
    "tuning_v21": "v21 set (bench/data/extract-tuning-v21; held out for 0.35.0 and 0.36.0, spent since the 0.36.x round: tuning)",
    "tuning_v22": "v22 set (bench/data/extract-tuning-v22; held out for 0.36.0 and 0.37.0, spent since the 0.37.x round: tuning)",
    "tuning_v23": "v23 set (bench/data/extract-tuning-v23; held out for 0.37.0 and 0.38.0, spent since the 0.38.x round: tuning)",
    "tuning_v24": "v24 set (bench/data/extract-tuning-v24; held out for 0.38.0 and 0.39.0, spent since the 0.39.x round: tuning)",
    "tuning_v25": "v25 set (bench/data/extract-tuning-v25; held out for 0.39.0 and 0.40.0, spent since the 0.40.x round: tuning)",
    "tuning_v26": "v26 set (bench/data/extract-tuning-v26; held out for 0.40.0 and 0.41.0, spent since the 0.41.x round: tuning)",
    "tuning_v27": "v27 set (bench/data/extract-tuning-v27; held out for 0.41.0 and 0.42.0, spent since the 0.42.x round: tuning)",
    "tuning_v28": "v28 set (bench/data/extract-tuning-v28; held out for 0.42.0 and 0.43.0, spent since the 0.43.x round: tuning)",
    "tuning_v29": "v29 set (bench/data/extract-tuning-v29; held out for 0.43.0 and 0.44.0, spent since the 0.44.x round: tuning)",
    "tuning_v30": "v30 set (bench/data/extract-tuning-v30; held out for 0.44.0 and 0.45.0, spent since the 0.45.x round: tuning)",
    "tuning_v31": "v31 set (bench/data/extract-tuning-v31; held out for 0.45.0 and 0.46.0, spent since the 0.46.x round: tuning)",
    "tuning_v32": "v32 set (bench/data/extract-tuning-v32; held out for 0.46.0 and 0.47.0, spent since the 0.47.x round: tuning)",
    "tuning_v33": "v33 set (bench/data/extract-tuning-v33; held out for 0.47.0 and 0.48.0, spent since the 0.48.x round: tuning)",
    "tuning_v34": "v34 set (bench/data/extract-tuning-v34; held out for 0.48.0 and 0.49.0, spent since the 0.49.x round: tuning)",
    "tuning_v35": "v35 set (bench/data/extract-tuning-v35; held out for 0.49.0 and 0.50.0, spent since the 0.50.x round: tuning)",
    "tuning_v36": "v36 set (bench/data/extract-tuning-v36; held out for 0.50.0 and 0.51.0, spent since the 0.51.x round: tuning)",
    "tuning_v37": "v37 set (bench/data/extract-tuning-v37; held out for 0.51.0 and 0.52.0, spent since the 0.52.x round: tuning)",
    "tuning_v38": "v38 set (bench/data/extract-tuning-v38; held out for 0.52.0 and 0.53.0, spent since the 0.53.x round: tuning)",
    "tuning_v39": "v39 set (bench/data/extract-tuning-v39; held out for 0.53.0 and 0.54.0, spent since the 0.54.x round: tuning)",
    "tuning_v40": "v40 set (bench/data/extract-tuning-v40; held out for 0.54.0 and 0.55.0, spent since the 0.55.x round: tuning)",
    "tuning_v41": "v41 set (bench/data/extract-tuning-v41; held out for 0.55.0 and 0.56.0, spent since the 0.56.x round: tuning)",
    "tuning_v42": "v42 set (bench/data/extract-tuning-v42; held out for 0.56.0 and 0.57.0, spent since the 0.57.x round: tuning)",
    "tuning_v43": "v43 set (bench/data/extract-tuning-v43; held out for 0.57.0 and 0.58.0, spent since the 0.58.x round: tuning)",
    "tuning_v44": "v44 set (bench/data/extract-tuning-v44; held out for 0.58.0 and 0.59.0, spent since the 0.59.x round: tuning)",
    "tuning_v45": "v45 set (bench/data/extract-tuning-v45; held out for 0.59.0 and 0.60.0, spent since the 0.60.x round: tuning)",
    "tuning_v46": "v46 set (bench/data/extract-tuning-v46; held out for 0.60.0 and 0.61.0, spent since the 0.61.x round: tuning)",
    "held_out_v47": "held-out v47 (bench/data/extract-heldout-v47, written by a helper who never saw the extractor; never tune on it)",
    "all": "all documents",
}
CORPUS = REPO.parent / "shared" / "corpus"
FIELDS = ("persons", "victim_role", "places", "dates", "events", "violation_codes")
# The fields an unnamed predicted person counts in (`named_only` changes these alone).
PERSON_FIELDS = ("persons", "victim_role", "events", "violation_codes")


def named_only(out: dict) -> dict:
    """The extractor's JSON without its unnamed persons and their events (their victim role and
    codes go with them): how a set whose gold lists named persons only is scored. The input is not
    changed."""
    unnamed = {p["id"] for p in out["persons"] if not p["names"]}
    return {**out, "persons": [p for p in out["persons"] if p["id"] not in unnamed],
            "events": [e for e in out["events"] if e["person"] not in unnamed]}


def lists_named_only(golds: list[dict]) -> bool:
    """Whether the gold of a set (all its documents) lists named persons only: it has persons and
    every one carries `"named": true` (a set whose convention lists unnamed relatives marks them
    `"named": false`; one such person anywhere in the set and it is scored as it is)."""
    persons = [p for gold in golds for p in gold["persons"]]
    return bool(persons) and all(p.get("named") is True for p in persons)


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def spans(items) -> list[tuple[int, int]]:
    return [(m["start"], m["end"]) if isinstance(m, dict) else (m[0], m[1]) for m in items]


def match_persons(gold: list[dict], predicted: list[dict]) -> dict[str, str]:
    """Predicted id -> gold id, one to one, by the number of overlapping mentions."""
    pairs = []
    for p in predicted:
        for g in gold:
            shared = sum(1 for a in spans(p["mentions"]) for b in spans(g["mentions"]) if overlaps(a, b))
            if shared:
                pairs.append((shared, p["id"], g["id"]))
    pairs.sort(reverse=True)
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for _shared, pid, gid in pairs:
        if pid not in mapping and gid not in used:
            mapping[pid] = gid
            used.add(gid)
    return mapping


# Languages whose gold may cover persons, places and dates only (as v6 does for ug/zh, and v9–v12 for kk).
REGIONAL_LANGUAGES = ("ug", "kk", "zh")


def scores_codes(gold: dict) -> bool:
    """Whether a gold scores violation codes and events: False for a Uyghur, Kazakh or Chinese
    document whose gold has no event, no code, no negated and no forbidden entry (its writer scored
    persons, places and dates only: "events, negated, forbidden and violations are deliberately
    empty"), where every predicted code or event would count as false. Such codes and events are
    counted apart ("unscored")."""
    return gold.get("language") not in REGIONAL_LANGUAGES or bool(
        gold["events"] or gold["negated"] or gold["forbidden"] or any(p["violations"] for p in gold["persons"]))


def score(gold: dict, out: dict) -> dict[str, list[int]]:
    """Counts [true positives, predicted, gold] per field, and the negated/forbidden counts."""
    counts = {field: [0, 0, 0] for field in FIELDS}
    mapping = match_persons(gold["persons"], out["persons"])
    to_gold = lambda pid: mapping.get(pid, f"unmatched:{pid}")  # noqa: E731

    counts["persons"] = [len(mapping), len(out["persons"]), len(gold["persons"])]
    gold_victims = {g["id"] for g in gold["persons"] if "victim" in g["roles"]}
    predicted_victims = {to_gold(p["id"]) for p in out["persons"] if "victim" in p["roles"]}
    counts["victim_role"] = [len(gold_victims & predicted_victims), len(predicted_victims), len(gold_victims)]

    gold_place_spans = [(i, s) for i, g in enumerate(gold["places"]) for s in spans(g["mentions"])]
    predicted_hit = sum(1 for p in out["places"] if any(overlaps(s, gs) for s in spans(p["mentions"]) for _i, gs in gold_place_spans))
    gold_hit = sum(1 for g in gold["places"] if any(overlaps(s, ps) for s in spans(g["mentions"]) for p in out["places"] for ps in spans(p["mentions"])))
    counts["places"] = [0, len(out["places"]), len(gold["places"])]
    counts["places_hits"] = [predicted_hit, gold_hit]

    tp = 0
    for d in out["dates"]:
        if any(overlaps((d["start"], d["end"]), (g["start"], g["end"])) and d["value"] == g["value"]
               and d["precision"] == g["precision"] for g in gold["dates"]):
            tp += 1
    counts["dates"] = [tp, len(out["dates"]), len(gold["dates"])]

    unused = list(out["events"])
    tp = 0
    for g in sorted(gold["events"], key=lambda e: e["date"] is None):
        for e in unused:
            if e["type"] == g["type"] and e["person"] and to_gold(e["person"]) == g["person"] and (
                    g["date"] is None or (e["date"] and e["date"]["value"] == g["date"]["value"])):
                unused.remove(e)
                tp += 1
                break
    counts["events"] = [tp, len(out["events"]), len(gold["events"])]
    counts["unscored_events"] = [0]
    if not scores_codes(gold):
        # events, like codes, are not annotated in such a gold: counted apart, not as false
        counts["unscored_events"] = [len(out["events"])]
        counts["events"] = [0, 0, 0]

    gold_codes = {(g["id"], v["code"]) for g in gold["persons"] for v in g["violations"]}
    predicted_codes = {(to_gold(p["id"]), v["code"]) for p in out["persons"] for v in p["violations"]}
    counts["unscored_codes"] = [0]
    if not scores_codes(gold):
        # the gold does not score codes (its note: persons, places and dates only): they are counted apart
        counts["unscored_codes"] = [len(predicted_codes)]
        predicted_codes = set()
    counts["violation_codes"] = [len(gold_codes & predicted_codes), len(predicted_codes), len(gold_codes)]

    negated = 0
    for entry in gold["negated"]:
        for p in out["persons"]:
            if to_gold(p["id"]) != entry["person"]:
                continue
            negated += sum(1 for v in p["violations"] if v["code"] == entry["code"]
                           and overlaps((v["evidence"]["start"], v["evidence"]["end"]), entry["span"]))
    forbidden = sum(1 for entry in gold["forbidden"] if (entry["person"], entry["code"]) in predicted_codes)
    counts["negated_codes"] = [negated]
    counts["forbidden_codes"] = [forbidden]
    return counts


def prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    precision = tp / predicted if predicted else 1.0
    recall = tp / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "tp": tp, "predicted": predicted, "gold": gold}


def summarise(per_doc: list[dict]) -> dict:
    result = {}
    for field in FIELDS:
        if field == "places":
            p_hit = sum(c["places_hits"][0] for c in per_doc)
            g_hit = sum(c["places_hits"][1] for c in per_doc)
            predicted = sum(c["places"][1] for c in per_doc)
            gold = sum(c["places"][2] for c in per_doc)
            precision = p_hit / predicted if predicted else 1.0
            recall = g_hit / gold if gold else 1.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            result[field] = {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                             "tp": p_hit, "predicted": predicted, "gold": gold}
            continue
        tp, predicted, gold = (sum(c[field][i] for c in per_doc) for i in range(3))
        result[field] = prf(tp, predicted, gold)
    result["negated_codes"] = sum(c["negated_codes"][0] for c in per_doc)
    result["forbidden_codes"] = sum(c["forbidden_codes"][0] for c in per_doc)
    result["unscored_codes"] = sum(c.get("unscored_codes", [0])[0] for c in per_doc)
    result["unscored_events"] = sum(c.get("unscored_events", [0])[0] for c in per_doc)
    return result


def load_corpus_text(gold: dict) -> str:
    """The text of a gold's document: a corpus file, or (with `path`) a file of this repository."""
    from guwah.ingest.readers import read_document

    path = REPO / gold["path"] if gold.get("path") else CORPUS / gold["file"]
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != gold["sha256"]:
        raise SystemExit(f"{path} changed since the gold was written (SHA-256 differs): refusing to score it")
    return read_document(path.name, data, max_unpacked_bytes=10**8).text


def tuning_documents(splits):
    """(split, gold, text) for every document of the named tuning splits, in reading order; a
    held-out split is never read (its folders are not in TUNING_FOLDERS)."""
    for path in (p for folder in TUNING_FOLDERS for p in sorted(folder.glob("*.json"))):
        gold = json.loads(path.read_text(encoding="utf-8"))
        split = SPENT.get(gold["split"], gold["split"])
        if split in splits:
            yield split, gold, load_corpus_text(gold)


def synthetic_testimonies(texts: list[str], count: int, words: int = 2000, seed: int = 7) -> list[str]:
    """Testimonies of about `words` words: paragraphs of the corpus texts, shuffled and mixed."""
    rng = random.Random(seed)
    paragraphs = [p for text in texts for p in text.split("\n\n") if len(p.split()) > 8]
    documents = []
    for _ in range(count):
        chosen, total = [], 0
        while total < words:
            paragraph = rng.choice(paragraphs)
            chosen.append(paragraph)
            total += len(paragraph.split())
        documents.append("\n\n".join(chosen))
    return documents


def _warm(barrier=None) -> None:
    """Each worker loads the models and the gazetteer index before the clock starts, then waits
    at `barrier` until every worker has (so that no worker's loading overlaps the timed run)."""
    from guwah.extract import extract_text

    extract_text("Police arrested Tursun Ablimit in Kashgar in May 2017.")
    extract_text("Elle a été arrêtée à Ghulja en 2017.", language="fr")
    if barrier is not None:
        barrier.wait()


def _ready(_index: int) -> None:
    """A task that returns once its worker is past `_warm`, i.e. once every worker is."""


def balanced_batches(documents: list, processes: int, batch: int) -> list[list]:
    """The documents cut into at most `batch` each, in a number of batches that is a multiple of
    `processes` and of near-equal sizes, so that no worker is left alone with the last one
    (40 testimonies in batches of 8 on 2 workers: 6 batches of 6 or 7, not 5 of 8)."""
    if not documents:
        return []
    rounds = -(-len(documents) // (processes * batch))
    count = min(len(documents), rounds * processes)
    size, extra = divmod(len(documents), count)
    batches, start = [], 0
    for k in range(count):
        end = start + size + (k < extra)
        batches.append(documents[start:end])
        start = end
    return batches


def _extract_batch(documents: list[str]) -> float:
    """CPU seconds this process spent on a batch of testimonies (less sensitive than wall time to
    other work on a shared machine), analysed together as `guwah extract --all` does."""
    from guwah.extract import extract_texts

    started = time.process_time()
    extract_texts(documents)
    return time.process_time() - started


def throughput(texts: list[str], count: int, processes: int = 2, batch: int = 8) -> dict:
    """Testimonies a minute with the models loaded, over `processes` worker processes (each loads
    the models once; the clock starts when all have), at most `batch` testimonies at a time per
    worker (one spaCy nlp.pipe over them, as `guwah extract --all` hands them out), the batches
    balanced over the workers (`balanced_batches`)."""
    import multiprocessing

    documents = synthetic_testimonies(texts, count)
    batches = balanced_batches(documents, processes, batch)
    context = multiprocessing.get_context("fork")
    with context.Pool(processes, initializer=_warm, initargs=(context.Barrier(processes),)) as pool:
        pool.map(_ready, range(processes), chunksize=1)  # every worker has loaded the models
        started = time.perf_counter()
        cpu = pool.map(_extract_batch, batches, chunksize=1)
        elapsed = time.perf_counter() - started
    mean_words = sum(len(d.split()) for d in documents) / len(documents)
    cpu_each = sum(cpu) / len(documents)
    return {"testimonies": count, "processes": processes, "batch": batch, "mean_words": round(mean_words),
            "seconds": round(elapsed, 2), "testimonies_per_minute": round(count / elapsed * 60),
            "cpu_seconds_per_testimony": round(cpu_each, 3),
            # what `processes` cores would do with nothing else running: the CPU time, not the wall
            "cpu_bound_per_minute": round(60 * processes / cpu_each)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--docs", type=int, default=40, help="synthetic testimonies for throughput (0: quality only)")
    parser.add_argument("--processes", type=int, default=2, help="worker processes for throughput (one per core)")
    parser.add_argument("--batch", type=int, default=8, help="testimonies analysed together by a worker (1: one by one)")
    parser.add_argument("--verbose", action="store_true", help="per-document figures (never for a held-out split)")
    parser.add_argument("--splits", default=",".join(name for name in SPLITS if name not in HELD_OUT_SETS),
                        help="comma-separated splits to run (default: all but the held-out sets "
                             f"{', '.join(HELD_OUT_SETS)}, which run only when named)")
    args = parser.parse_args(argv)
    chosen = set(renamed(name.strip() for name in args.splits.split(",") if name.strip()))
    if unknown := chosen - set(SPLITS):
        parser.error(f"unknown split(s): {', '.join(sorted(unknown))}; known: {', '.join(SPLITS)}")
    for name in sorted(chosen & set(HELD_OUT_SETS)):
        if not HELD_OUT_FOLDERS[name].is_dir():  # still sealed: opening it is a use, made on purpose
            parser.error(f"{name} is still sealed: open bench/sealed/{HELD_OUT_FOLDERS[name].name}.sealed with "
                         f"bench/sealed.py open (its first use) before running it")
    if not CORPUS.exists():
        print(f"{CORPUS} is absent: the benchmark reads the corpus from beside the repository", file=sys.stderr)
        return 1
    from guwah.extract import VERSION, extract_text

    splits: dict[str, list[dict]] = {name: [] for name in SPLITS}
    runs: dict[str, list[tuple[dict, dict]]] = {name: [] for name in SPLITS}  # (gold, output) per split
    per_document = {}
    texts = []
    models: set[str] = set()
    for path in (*(path for folder in TUNING_FOLDERS for path in sorted(folder.glob("*.json"))),
                 *(path for name, folder in HELD_OUT_FOLDERS.items() if name in chosen
                   for path in sorted(folder.glob("*.json")))):
        gold = json.loads(path.read_text(encoding="utf-8"))
        split = SPENT.get(gold["split"], gold["split"])
        corpus_text = gold.get("source") is None and not gold.get("path")  # a corpus text: not in this repository
        if split not in chosen and not corpus_text:
            continue
        text = load_corpus_text(gold)
        if corpus_text:
            texts.append(text)  # throughput on the corpus texts, as before
        if split not in chosen:
            continue
        # "last year" counts from the document's date, when the gold gives one (YYYY-MM-DD).
        out = extract_text(text, document_date=gold.get("document_date"))
        models.add(out["extractor"]["model"] or "none (rules only)")
        runs[split].append((gold, out))
        counts = score(gold, out)
        splits[split].append(counts)
        if not split.startswith("held_out"):  # a held-out document's figures are never shown one by one
            per_document[gold["file"]] = summarise([counts])
    # The same documents scored with unnamed predicted persons left out, on the sets whose gold
    # lists named persons only (the other sets' counts as they are, for the pooled "all").
    named_splits = [name for name in SPLITS if runs[name] and lists_named_only([gold for gold, _out in runs[name]])]
    named_counts = {name: [score(gold, named_only(out)) for gold, out in runs[name]] for name in named_splits}
    report = {
        "extractor_version": VERSION,
        "models": sorted(models),
        **{name: summarise(splits[name]) for name in SPLITS},
        "all": summarise([counts for name in SPLITS for counts in splits[name]]),
        "named_only": {
            "splits": named_splits,
            **{name: {field: summarise(named_counts[name])[field] for field in PERSON_FIELDS} for name in named_splits},
            "all": {field: summarise([c for name in SPLITS for c in named_counts.get(name, splits[name])])[field]
                    for field in PERSON_FIELDS},
        },
        "throughput": throughput(texts, args.docs, args.processes, args.batch) if args.docs > 0 else None,
    }
    if args.verbose:
        report["documents"] = per_document
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"guwah.extract {VERSION}; models: {', '.join(sorted(models))}")
    for name in (*SPLITS, "all"):
        figures = report[name]
        count = len(splits[name]) if name in splits else sum(len(v) for v in splits.values())
        if not count:
            print(f"\n{name}: {HEADINGS[name]}, no documents")
            continue
        print(f"\n{name}: {HEADINGS[name]}, {count} documents")
        print(f"  {'field':<16} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold")
        for field in FIELDS:
            f = figures[field]
            print(f"  {field:<16} {f['precision']:>6.3f} {f['recall']:>6.3f} {f['f1']:>6.3f}   {f['tp']}/{f['predicted']}/{f['gold']}")
        print(f"  negated codes produced: {figures['negated_codes']}; forbidden codes produced: {figures['forbidden_codes']}"
              + (f"; codes on documents whose gold does not score codes (not counted): {figures['unscored_codes']}"
                 if figures.get("unscored_codes") else "")
              + (f"; events on documents whose gold does not score events (not counted): {figures['unscored_events']}"
                 if figures.get("unscored_events") else ""))
        if name in report["named_only"]["splits"] or (name == "all" and report["named_only"]["splits"]):
            heading = ("named-only scoring (gold lists named persons only): unnamed predicted persons left out"
                       if name != "all" else f"named-only scoring on {', '.join(report['named_only']['splits'])}, the rest as above")
            print(f"  {heading}")
            for field in PERSON_FIELDS:
                f = report["named_only"][name][field]
                label = "named " + {"victim_role": "victim", "violation_codes": "codes"}.get(field, field)
                print(f"  {label:<16} {f['precision']:>6.3f} {f['recall']:>6.3f} {f['f1']:>6.3f}   {f['tp']}/{f['predicted']}/{f['gold']}")
    if args.verbose:
        for name, figures in per_document.items():
            print(f"\n{name}: " + ", ".join(f"{k} F1 {v['f1']:.2f}" for k, v in figures.items() if isinstance(v, dict)))
    if (t := report["throughput"]) is None:
        return 0
    print(f"\nthroughput ({t['processes']} processes, batches of {t['batch']}): {t['testimonies']} synthetic testimonies of ~{t['mean_words']} words in {t['seconds']} s "
          f"= {t['testimonies_per_minute']} testimonies/minute; {t['cpu_seconds_per_testimony']} CPU s each, "
          f"so {t['cpu_bound_per_minute']}/minute on {t['processes']} idle cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
