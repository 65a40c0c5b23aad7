#!/bin/sh
# Usage: edit REF below to a copy of the package tree without the speed-up (refroot/cli/natocmp
# plus a seeds symlink), then run: bash benchmarks/check_identity.sh. Prints identical/DIFFERENT.
# Byte-identity: the reference tree (current code minus the profile cache) vs the working tree.
cd /work/main
run() { .venv/bin/python -c "import sys; sys.path.insert(0, '$1'); from natocmp.app import main; sys.argv[0]='natocmp'; main()" "${@:2}"; }
for t in ref after; do mkdir -p /tmp/perf/$t; P=/tmp/perf/refroot/cli; [ $t = after ] && P=/work/main/cli
for a in 000 001 002 003 004; do for b in 000 001 002 003 004; do if [[ $a < $b ]]; then run $P diff $a $b -f json > /tmp/perf/$t/diff_$a$b.json; fi; done; done
run $P compare -f json > /tmp/perf/$t/compare_seeds.json
run $P compare -f json 'tests/fixtures/heldout/*-[0-9].*' > /tmp/perf/$t/compare_heldout.json
done
for f in /tmp/perf/ref/*.json; do cmp -s $f /tmp/perf/after/$(basename $f) && echo "identical $(basename $f) $(md5sum < $f | cut -c1-8)" || echo "DIFFERENT $(basename $f)"; done
