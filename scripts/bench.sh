#!/usr/bin/env bash
# `make bench`: every benchmark, printing figures (nothing here passes or fails on a figure).
#   1. the engine natively (divan) at 1k, 10k, 100k and 1M events, and how it scales;
#   2. the size of the seeds build's first-load assets, what the largest crates cost, and the
#      floor: a Yew hello world, with yew-router, and with the baked dataset (benches/size-floor);
#   3. Lighthouse 12 on every route of the seeds build, mobile and desktop presets;
#   4. the release build in headless Chromium at the seeds, 10k and 100k events, against a
#      static HTML floor of the same events.
# The tables also go to target/bench/report.md, for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/bench
mkdir -p "$out"
say() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

say "engine (divan)"
cargo bench -p parley-core --features source --bench engine | tee "$out/native.txt"
node scripts/bench-scaling.mjs "$out/native.txt" | tee "$out/report.md"

say "size of the seeds build"
# wasm-opt 0 keeps function names for twiggy; the shipped build then goes to dist/ as usual.
sed 's/data-wasm-opt="z"/data-wasm-opt="0"/' index.html > bench-named.html
trap 'rm -f bench-named.html' EXIT
trunk build bench-named.html --release --dist "$out/dist-named"
trunk build --release
node scripts/size-report.mjs dist "$(ls "$out"/dist-named/*_bg.wasm)" | tee -a "$out/report.md"

say "Lighthouse on every route (served with its precompressed files)"
node scripts/bench-lighthouse.mjs dist | tee -a "$out/report.md"

say "the size floor: the smallest apps on the same stack"
bash scripts/size-floor.sh dist | tee -a "$out/report.md"

say "release builds at 10k and 100k events, and their static floors"
args=()
for n in 0 10000 100000; do
  dist=dist
  if [ "$n" -gt 0 ]; then
    dist="$out/dist-$n"
    PARLEY_SYNTHETIC_EVENTS=$n trunk build --release --dist "$dist"
  fi
  cargo run --quiet --release --bin parley-export -- --format static-html --synthetic "$n" > "$out/floor-$n.html"
  label=$([ "$n" -eq 0 ] && echo seeds || echo "$((n / 1000))k+seeds")
  args+=("$label=$dist=$out/floor-$n.html")
done

say "in the browser (headless Chromium)"
node scripts/bench-browser.mjs "${args[@]}" | tee -a "$out/report.md"
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(chromium --version 2>/dev/null), $(rustc --version)"
echo "Report: $out/report.md"
