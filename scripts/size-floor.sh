#!/usr/bin/env bash
# `make bench` (size): the floor under the first-load budget. Builds the smallest apps on
# Parley's stack (benches/size-floor) and prints each one's first-load size beside the app's:
#   yew                        an unstyled Yew hello world (the issue's "about 57 KB");
#   yew + Routable             yew-router's route enum, read from location.hash by hand;
#   yew + HashRouter           yew-router's router, as Parley's pages use it;
#   yew + HashRouter + dataset the seeds' baked dataset too, decoded at start-up.
# Usage: scripts/size-floor.sh APP_DIST
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-dist}
out=target/bench
# Its own target directory: the floor's features must not rebuild the app's dependencies.
export CARGO_TARGET_DIR="$PWD/target/size-floor"
args=()
for variant in "yew=" "yew + Routable=routable" "yew + HashRouter=router" "yew + HashRouter + dataset=router,dataset"; do
  label=${variant%%=*}
  features=${variant#*=}
  dist="$PWD/$out/size-floor-${features:-yew}"
  (cd benches/size-floor && trunk build --release --features "$features" --dist "$dist") > "$out/size-floor-build.log" 2>&1 \
    || { tail -30 "$out/size-floor-build.log"; exit 1; }
  args+=("$label=$dist")
done
node scripts/size-report.mjs "${args[@]}" "Parley=$app"
