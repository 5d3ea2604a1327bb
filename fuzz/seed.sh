#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ from the project's own test inputs (run from the repo root).
# The corpora are not committed (fuzz/.gitignore); libFuzzer grows them as it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
for target in lint_str format placeholder check_send timeline; do mkdir -p "fuzz/corpus/$target"; done
for file in tests/corpus/*/*.json; do
  for target in lint_str format placeholder; do
    cp "$file" "fuzz/corpus/$target/$(basename "$(dirname "$file")")-$(basename "$file")"
  done
done
# Texts: the string values of the corpus (bodies, headers, parameters) one per file.
if command -v python3 >/dev/null; then
  python3 - <<'PY'
import glob, json, os, hashlib
def strings(v):
    if isinstance(v, str): yield v
    elif isinstance(v, list):
        for x in v: yield from strings(x)
    elif isinstance(v, dict):
        for x in v.values(): yield from strings(x)
seen = set()
for path in sorted(glob.glob("tests/corpus/*/*.json")):
    try: value = json.load(open(path, encoding="utf-8"))
    except Exception: continue
    for s in strings(value):
        if len(s) < 3 or s in seen: continue
        seen.add(s)
        name = hashlib.sha1(s.encode()).hexdigest()[:16]
        for target in ("format", "placeholder"):
            open(f"fuzz/corpus/{target}/text-{name}", "w", encoding="utf-8").write(s)
# check_send: each send paired with each definition, split at a NUL byte.
sends = [p for p in glob.glob("tests/corpus/send/*.json")] + [p for p in glob.glob("tests/corpus/message/*template*.json")]
defs = [p for p in glob.glob("tests/corpus/template/*-pass-*.json")][:20]
os.makedirs("fuzz/corpus/check_send", exist_ok=True)
for i, s in enumerate(sends[:40]):
    for j, d in enumerate(defs):
        if (i + j) % 4: continue
        open(f"fuzz/corpus/check_send/pair-{i}-{j}", "wb").write(open(s, "rb").read() + b"\0" + open(d, "rb").read())
# timeline: NDJSON of webhook bodies, one JSON value per line.
os.makedirs("fuzz/corpus/timeline", exist_ok=True)
for path in glob.glob("tests/data/statuses/*") + glob.glob("tests/corpus/webhook/*.json"):
    try: value = json.load(open(path, encoding="utf-8")); text = json.dumps(value)
    except Exception: text = open(path, encoding="utf-8").read()
    open("fuzz/corpus/timeline/" + os.path.basename(path), "w", encoding="utf-8").write(text)
PY
fi
du -sh fuzz/corpus/*
