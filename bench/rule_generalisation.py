"""Which rules generalise: each violation code's rule, scored on the tuning documents it had never seen.

Every tuning set was once unseen by whoever wrote a rule: sealed, then held out (its errors unread),
then spent and moved to a tuning folder, from when on anyone could tune on it. A rule written before a
document reached its tuning folder never saw it, so its hits there measure how it generalises; its
hits on the documents it was written after ("seen") are partly fitted to them.

Method:
- The rule of a fact: the extractor records what found each code (`Violation.rule`; not in the
  contract's JSON, so read from the pipeline's document): an entry of the act files ("acts/en.yaml entry 12"), the act classifier ("acts model",
  "acts model kk") or a later rule of `guwah.extract.violations` ("violations._implied").
- Each produced (person, code) of a document whose gold scores codes is true when the gold gives
  the matched gold person that code (bench/extract.py's `score`), else false.
- When a document was seen: the first commit that added its gold at its tuning path (`git log
  --no-renames --diff-filter=A`; a spent set's rename commit, the first commit of a set written as
  tuning data). A document is seen by a rule when that commit is the rule's commit or an ancestor of
  it (a helper's branch forked before the rename never had the document in its tree).
- When a rule was written: the commits of its lines today (`git blame -w` at HEAD; blank and comment
  lines left out, a comment reworded later being no rule written later): the lines of
  the entry in its YAML file (from `yaml.compose`), the body of the later rule's function (from
  `ast`), the act model's folder's last commit. A document is seen when any of them saw it (an entry
  reworded after a set was spent was written having seen it).
- Tabled per family (the kind of entry: regular expression, tokens, dependency, the model, each
  later rule), per document language and per code, and listed per entry: unseen precision and
  hits (true/all), seen precision and hits. A false hit may be the right act given to the wrong
  person: precision here is the code's, attribution included, as the bench counts it. Entries whose unseen hits are all false, at least
  `--min` of them, are listed apart: candidates to narrow or remove, each to check by hand.

Only tuning data: the dev set, the tuned corpus documents and the sets in bench/data/extract-tuning-v*
(the spent sets v2–v6 keep folders named extract-heldout-*, which this script never reads, and
the demo testimonies have no date of first reading). The extraction is the slow part (~8 minutes):
`--facts FILE` keeps its facts (document, split, language, code, rule, true or false; no text) as
JSON lines and reads them again when the file exists.

    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/rule_generalisation.py --facts /tmp/facts.jsonl
    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/rule_generalisation.py --facts /tmp/facts.jsonl \
        --entries 40 --min 2

Shapes: a fact is {"document": "extract-tuning-v27/en01_x.json", "split": "tuning_v27", "language":
"en", "code": "torture.beating", "rule": "acts/en.yaml entry 29", "true": true}; `seen_from` maps a
document to the commit that made it tuning data; `rule_commits` maps a rule to the commits of its
lines; `descendants` maps a commit to the set of commits that have it as ancestor (itself included).
"""

from __future__ import annotations

import argparse
import ast
import collections
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import extract as bench  # noqa: E402  (bench/extract.py)

REPO = bench.REPO
ACTS = Path("src/guwah/vocab/acts")
VIOLATIONS = Path("src/guwah/extract/violations.py")
MODELS = {"acts model": Path("src/guwah/extract/acts_model"), "acts model kk": Path("src/guwah/extract/acts_model_kk")}
# The splits read here: tuning folders only (never a folder named extract-heldout-*, nor the demo).
FOLDERS = tuple(folder for folder in bench.TUNING_FOLDERS if not folder.name.startswith("extract-heldout"))
SPLITS = tuple(name for name in bench.TUNING_SPLITS if name not in
               ("tuning_v2", "tuning_v3", "tuning_v4", "tuning_v5", "tuning_v6", "tuning_demo"))


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


def documents(folders=FOLDERS, splits=SPLITS):
    """(relative gold path, split, gold) of every document of the tuning folders whose split is read."""
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            split = bench.SPENT.get(gold["split"], gold["split"])
            if split in splits:
                yield path.relative_to(REPO).as_posix(), split, gold


def extract_facts(chosen) -> list[dict]:
    """The facts of the extractor's codes on the documents (see the module's docstring)."""
    facts = []
    for number, (name, split, gold) in enumerate(chosen, start=1):
        if not bench.scores_codes(gold):
            continue
        out, rules = output_and_rules(bench.load_corpus_text(gold), gold.get("document_date"))
        mapping = bench.match_persons(gold["persons"], out["persons"])
        wanted = {(g["id"], v["code"]) for g in gold["persons"] for v in g["violations"]}
        for person in out["persons"]:
            for violation in person["violations"]:
                facts.append({"document": name.removeprefix("bench/data/"), "split": split,
                              "language": gold.get("language") or out["document"]["language"] or "?",
                              "code": violation["code"], "rule": rules.get((person["id"], violation["code"])) or "unknown",
                              "true": (mapping.get(person["id"]), violation["code"]) in wanted})
        if number % 50 == 0:
            print(f"  {number} documents read", file=sys.stderr)
    return facts


def output_and_rules(text: str, document_date: str | None = None) -> tuple[dict, dict[tuple[str, str], str | None]]:
    """`extract_text`'s output, and (output person id, code) -> what found the code (`Violation.rule`,
    which the contract's JSON does not carry)."""
    from guwah.extract import parse_document_date
    from guwah.extract.output import person_ids, to_json
    from guwah.extract.pipeline import run_pipeline

    doc = run_pipeline(text, None, parse_document_date(document_date))
    ids = person_ids(doc)
    rules = {(ids[person.id], v.code): v.rule for person in doc.persons for v in person.violations}
    return to_json(doc, sha256=None, title=None), rules


def seen_from(repo: Path, paths: list[str]) -> dict[str, str]:
    """Relative path -> the first commit that added the file there (no rename following)."""
    found: dict[str, str] = {}
    wanted = set(paths)
    folders = sorted({str(Path(p).parent) for p in paths})
    commit = None
    for line in git(repo, "log", "--no-renames", "--diff-filter=A", "--format=%x00%H", "--name-only", "--",
                    *folders).splitlines():
        if line.startswith("\x00"):
            commit = line[1:]
        elif line in wanted:
            found[line] = commit  # the log runs newest first: the oldest add stays
    return found


def descendants(repo: Path, commit: str) -> set[str]:
    """The commit and every commit of HEAD's history that has it as an ancestor."""
    return {commit, *git(repo, "rev-list", "--ancestry-path", f"{commit}..HEAD").split()}


def blame(repo: Path, path: str) -> list[str]:
    """The commit of each line of the file at HEAD (index 0 is line 1), whitespace changes ignored."""
    commits = []
    for line in git(repo, "blame", "-w", "--porcelain", "HEAD", "--", path).splitlines():
        head = line.split(" ", 1)[0]
        if len(head) == 40 and not line.startswith("\t") and len(line.split()) >= 3 and line.split()[2].isdigit():
            commits.append(head)
    return commits


def entry_lines(text: str) -> list[tuple[int, int]]:
    """(first, last) line numbers (1-based, inclusive) of each entry of a YAML list of entries."""
    import yaml

    node = yaml.compose(text)
    spans = []
    for item in node.value if node is not None else []:
        last = item.end_mark.line if item.end_mark.column else item.end_mark.line - 1
        spans.append((item.start_mark.line + 1, last + 1))
    return spans


def function_lines(text: str) -> dict[str, tuple[int, int]]:
    """Name -> (first, last) line of each top-level function of a Python file."""
    return {node.name: (node.lineno, node.end_lineno) for node in ast.parse(text).body
            if isinstance(node, ast.FunctionDef)}


def rule_commits(repo: Path, rules) -> dict[str, set[str]]:
    """Rule name -> the commits of its lines today (see the module's docstring); a rule of no file: none."""
    out: dict[str, set[str]] = {}
    blamed: dict[str, list[str]] = {}

    def lines_of(path: str, first: int, last: int) -> set[str]:
        """The commits of the lines first..last that are neither blank nor a comment (a comment
        reworded later is no rule written later)."""
        if path not in blamed:
            text = (repo / path).read_text(encoding="utf-8").splitlines()
            blamed[path] = [None if not line.strip() or line.strip().startswith("#") else commit
                            for commit, line in zip(blame(repo, path), text, strict=True)]
        return {commit for commit in blamed[path][first - 1:last] if commit}

    spans: dict[str, list | dict] = {}  # a file -> its entries' or functions' lines, read once
    for rule in set(rules):
        if rule.startswith("acts/") and " entry " in rule:
            source, number = rule.split(" entry ")
            path = (ACTS.parent / source).as_posix()
            if path not in spans:
                spans[path] = entry_lines((repo / path).read_text(encoding="utf-8"))
            out[rule] = lines_of(path, *spans[path][int(number) - 1])
        elif rule.startswith("violations."):
            path, name = VIOLATIONS.as_posix(), rule.removeprefix("violations.")
            if path not in spans:
                spans[path] = function_lines((repo / path).read_text(encoding="utf-8"))
            out[rule] = lines_of(path, *spans[path][name]) if name in spans[path] else set()
        elif rule in MODELS:
            last = git(repo, "log", "-1", "--format=%H", "--", MODELS[rule].as_posix()).strip()
            out[rule] = {last} if last else set()
        else:
            out[rule] = set()
    return out


def family(rule: str, kinds: dict[str, tuple[str, str]]) -> str:
    """The family of a rule: "en pattern" (an entry's file language and kind), the model, a later rule."""
    if " entry " in rule:
        return f"{rule.split('/')[1].split('.')[0]} {kinds.get(rule, ('pattern', ''))[0]}"
    return rule


def entry_kinds(repo: Path) -> dict[str, tuple[str, str]]:
    """Rule name -> (kind: "pattern", "tokens" or "dependency"; code) for every entry of the act files."""
    import yaml

    kinds = {}
    for path in sorted((repo / ACTS).glob("*.yaml")):
        for number, entry in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or [], start=1):
            kind = next((k for k in ("pattern", "tokens", "dependency") if k in entry), "pattern")
            kinds[f"acts/{path.name} entry {number}"] = (kind, entry.get("code", ""))
    return kinds


def tally(facts, seen_by: dict[str, str], commits: dict[str, set[str]], below: dict[str, set[str]]):
    """Each fact marked seen or unseen: seen when a commit of its rule has the document's tuning
    commit as ancestor (`below`: commit -> its descendants). A document or a rule with no date is
    left out (None). Returns the facts with "seen" added."""
    out = []
    for fact in facts:
        since = seen_by.get(fact["document"])
        lines = commits.get(fact["rule"])
        if since is None or not lines:
            seen = None
        else:
            seen = bool(lines & below[since])
        out.append({**fact, "seen": seen})
    return out


def table(marked, key) -> list[tuple[str, list[int]]]:
    """key(fact) -> [unseen true, unseen all, seen true, seen all], sorted by unseen hits."""
    rows: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    for fact in marked:
        if fact["seen"] is None:
            continue
        row = rows[key(fact)]
        column = 2 if fact["seen"] else 0
        row[column] += fact["true"]
        row[column + 1] += 1
    return sorted(rows.items(), key=lambda item: (-item[1][1], item[0]))


def lines(title: str, rows) -> list[str]:
    def p(true: int, every: int) -> str:
        return f"{true / every:.2f}" if every else "  - "

    width = max([44, *(len(name) for name, _row in rows)])
    out = [f"\n{title}", f"  {'':<{width}} {'unseen P':>8} {'hits':>5} {'seen P':>7} {'hits':>5}"]
    for name, (ut, ua, st, sa) in rows:
        out.append(f"  {name:<{width}} {p(ut, ua):>8} {ua:>5} {p(st, sa):>7} {sa:>5}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=Path, help="JSON lines of facts: read when it exists, else written")
    parser.add_argument("--splits", default=",".join(SPLITS), help="comma-separated tuning splits")
    parser.add_argument("--entries", type=int, default=30, help="entries listed, most unseen hits first")
    parser.add_argument("--min", type=int, default=2, help="unseen false hits of a candidate entry, at least")
    args = parser.parse_args(argv)
    chosen = bench.renamed(s.strip() for s in args.splits.split(",") if s.strip())
    if unknown := [s for s in chosen if s not in SPLITS]:
        parser.error(f"{unknown[0]} is not a split read here (known: {', '.join(SPLITS)})")
    docs = list(documents(splits=set(chosen)))
    if args.facts and args.facts.exists():
        facts = [json.loads(line) for line in args.facts.read_text(encoding="utf-8").splitlines() if line]
        facts = [f for f in facts if f["split"] in chosen]
    else:
        facts = extract_facts(docs)
        if args.facts:
            args.facts.write_text("".join(json.dumps(f) + "\n" for f in facts), encoding="utf-8")
    seen_by = {k.removeprefix("bench/data/"): v for k, v in seen_from(REPO, [name for name, _s, _g in docs]).items()}
    below = {commit: descendants(REPO, commit) for commit in set(seen_by.values())}
    commits = rule_commits(REPO, {f["rule"] for f in facts})
    marked = tally(facts, seen_by, commits, below)
    kinds = entry_kinds(REPO)
    undated = sum(1 for f in marked if f["seen"] is None)
    unseen = [f for f in marked if f["seen"] is False]
    print(f"{len(facts)} codes produced on {len({f['document'] for f in facts})} documents that score codes "
          f"({len(docs)} read); {len(unseen)} by a rule that had never seen the document, "
          f"{sum(1 for f in marked if f['seen'])} seen, {undated} undated")
    report = lines("all", table(marked, lambda f: "every rule"))
    report += lines("by family (an entry's file and kind, the model, a later rule)",
                    table(marked, lambda f: family(f["rule"], kinds)))
    report += lines("by document language", table(marked, lambda f: f["language"]))
    report += lines("by code", table(marked, lambda f: f["code"]))
    entries = [(f"{name} ({kinds[name][1]})" if name in kinds else name, row)
               for name, row in table(marked, lambda f: f["rule"])]
    report += lines(f"by entry or rule (the {args.entries} with most unseen hits)", entries[:args.entries])
    candidates = [(name, row) for name, row in entries if row[1] >= args.min and row[0] == 0]
    report += lines(f"candidates: entries whose unseen hits (at least {args.min}) are all false", candidates)
    print("\n".join(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
