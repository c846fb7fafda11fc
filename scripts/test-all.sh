#!/usr/bin/env bash
# Runs every check and test, in order, and ends with one line: "N passed, N failed".
# Called by `make test` (after set-up) and so by .ci/run.
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
failed_steps=()

step() {
  local name=$1; shift
  printf '\n\033[1m== %s\033[0m\n' "$name"
  if ! "$@" 2>&1 | tee -a "$log"; then
    failed_steps+=("$name")
  fi
}

step "cargo fmt --check" cargo fmt --all --check
step "clippy (native)" cargo clippy --workspace --all-targets --all-features -- -D warnings
step "clippy (wasm32)" cargo clippy -p parley -p parley-core --all-targets --target wasm32-unknown-unknown -- -D warnings
step "pages and components read no baked data" bash scripts/check-pages.sh
step "native tests (core, exporter, app)" cargo test --workspace --all-features
step "component tests (wasm-bindgen-test, headless Chromium)" cargo test -p parley --target wasm32-unknown-unknown --test components
step "release build (dist/)" trunk build --release
step "the draft page, a bundle of its own (dist/draft/)" bash -c "cd draft && trunk build --release"
step "release build with test hooks" trunk build --release --features test-hooks --dist target/dist-test-hooks
step "single-file build (dist-single/parley.html)" node scripts/single.mjs dist dist-single
step "release build of the hostile fixture" env PARLEY_DATA_ROOT=tests/fixtures/hostile trunk build --release --dist target/dist-hostile
step "release build with 100,000 synthetic events" env PARLEY_SYNTHETIC_EVENTS=100000 trunk build --release --dist target/dist-stress-100k
step "end-to-end tests (Playwright, headless Chromium)" node --test --test-concurrency=1 tests/e2e/
step "the same suite in every engine (Chromium, Firefox ESR, WebKitGTK)" node --test --test-concurrency=1 tests/engines/

# Cargo and wasm-bindgen-test print "test result: ok. N passed; M failed"; node prints
# "# pass N" and "# fail M".
sum() { grep -oE "$1" "$log" | grep -oE '[0-9]+' | awk '{ n += $1 } END { print n + 0 }'; }
passed=$(( $(sum 'test result: [a-zA-Z]+\. [0-9]+ passed') + $(sum '^# pass [0-9]+') ))
failed=$(( $(sum '[0-9]+ failed;') + $(sum '^# fail [0-9]+') ))
rm -f "$log"
echo
if [ ${#failed_steps[@]} -gt 0 ]; then
  printf 'Failed steps: %s\n' "${failed_steps[*]}"
  # A step that failed without a test count (fmt, clippy, a build) still counts as a failure.
  [ "$failed" -eq 0 ] && failed=${#failed_steps[@]}
fi
echo "$passed passed, $failed failed"
[ ${#failed_steps[@]} -eq 0 ] && [ "$failed" -eq 0 ]
