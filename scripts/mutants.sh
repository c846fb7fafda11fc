#!/usr/bin/env bash
# `make mutants`: runs cargo-mutants over the core (.cargo/mutants.toml), then prints the score
# (caught among the mutants that built, timeouts counted as not caught) and every survivor.
# Extra arguments go to cargo-mutants, e.g. `scripts/mutants.sh --file crates/parley-core/src/link.rs`.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
out=target/mutants
cargo mutants --package parley-core --jobs 2 --output "$out" "$@"
status=$?
dir=$out/mutants.out
count() {
  local n=0
  [ -f "$dir/$1.txt" ] && n=$(grep -c . "$dir/$1.txt")
  echo "${n:-0}"
}
caught=$(count caught); missed=$(count missed); timeout=$(count timeout); unviable=$(count unviable)
viable=$((caught + missed + timeout))
echo
echo "caught $caught, missed $missed, timed out $timeout, unviable $unviable"
if [ "$viable" -gt 0 ]; then
  awk -v c="$caught" -v v="$viable" 'BEGIN { printf "score: %.1f%% caught of %d viable mutants\n", 100 * c / v, v }'
fi
for kind in missed timeout; do
  if [ -s "$dir/$kind.txt" ]; then
    echo; echo "$kind:"; cat "$dir/$kind.txt"
  fi
done
# cargo-mutants exits 2 when mutants were missed: that is the report, not a failure to run.
[ "$status" -eq 0 ] || [ "$status" -eq 2 ] || [ "$status" -eq 3 ]
