#!/usr/bin/env bash
# Byte-identity of a speed-up: `diff -f json` on the 10 seed pairs and `compare -f json` on the
# seeds and on the held-out stories, from a reference copy of the package vs the working tree.
#
# Usage: make the reference before the change, then run this after it:
#   R=/tmp/natocmp-identity-ref; mkdir -p $R/cli && cp -r cli/natocmp $R/cli/ && ln -s "$PWD/seeds" $R/seeds
#   bash benchmarks/check_identity.sh
# Prints identical/DIFFERENT per output; exits 1 when any output differs.
set -u
cd "$(dirname "$0")/.." || exit 2
REF=${REF:-/tmp/natocmp-identity-ref}
OUT=${OUT:-/tmp/perf/identity}
PY=.venv/bin/python
run() { "$PY" -c "import sys; sys.path.insert(0, '$1'); from natocmp.app import main; sys.argv[0]='natocmp'; main()" "${@:2}"; }
for t in ref after; do
  mkdir -p "$OUT/$t"; P=$REF/cli; [ $t = after ] && P=$PWD/cli
  for a in 000 001 002 003 004; do for b in 000 001 002 003 004; do
    if [[ $a < $b ]]; then run "$P" diff $a $b -f json > "$OUT/$t/diff_$a$b.json"; fi
  done; done
  run "$P" compare -f json > "$OUT/$t/compare_seeds.json"
  run "$P" compare -f json 'tests/fixtures/heldout/*-[0-9].*' > "$OUT/$t/compare_heldout.json"
done
status=0
for f in "$OUT"/ref/*.json; do
  name=$(basename "$f")
  if cmp -s "$f" "$OUT/after/$name"; then echo "identical $name $(md5sum < "$f" | cut -c1-8)"
  else echo "DIFFERENT $name"; status=1; fi
done
exit $status
