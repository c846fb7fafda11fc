#!/usr/bin/env bash
# Installs what Parley needs, idempotently: a tool already at the right version is skipped.
#   scripts/setup.sh build   the wasm target, Trunk, wasm-bindgen-cli, wasm-opt (npm binaryen),
#                            and the preview images' font (Debian's fonts-dejavu-core)
#   scripts/setup.sh test    all of the above, plus the browsers the tests run: Debian's chromium
#                            and chromium-driver, firefox-esr, and webkit2gtk-driver (WebKitGTK's
#                            MiniBrowser and WebKitWebDriver) with xvfb, since MiniBrowser has no
#                            headless mode; pandoc (its citeproc checks a citation); and a
#                            Python environment in target/python with
#                            the readers the exports are checked with (tests/requirements.txt)
#   scripts/setup.sh bench   the build's tools and Chromium, plus twiggy (what each crate costs in the wasm)
#                            and Lighthouse 12 (npm, in target/lighthouse)
#   scripts/setup.sh mutants cargo-mutants only (make mutants), pinned
# Nothing is downloaded from GitHub releases: every tool comes from crates.io, npm or apt.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

MODE=${1:-build}
TWIGGY_VERSION=0.8.0
CARGO_MUTANTS_VERSION=27.1.0
# Lighthouse 13 needs Node 22.19; the 12.x line runs on this machine's Node 20.
LIGHTHOUSE_VERSION=12.8.2

# Mutation testing needs only cargo-mutants: the core is tested natively.
if [ "$MODE" = mutants ]; then
  if [ "$(cargo mutants --version 2>/dev/null)" != "cargo-mutants $CARGO_MUTANTS_VERSION" ]; then
    say "installing cargo-mutants $CARGO_MUTANTS_VERSION (about 4 minutes)"
    cargo install cargo-mutants --version "$CARGO_MUTANTS_VERSION" --locked
  fi
  say "tools ready"
  exit 0
fi

if [ "$MODE" = test ] || [ "$MODE" = bench ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
if [ "$MODE" = test ]; then
  if ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null || ! command -v Xvfb >/dev/null; then
    say "installing Debian's firefox-esr, webkit2gtk-driver and xvfb (about 2 minutes)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr webkit2gtk-driver xvfb >/dev/null
  fi
  # Pandoc's citeproc writes the Chicago style the "Cite this page" test compares with.
  if ! command -v pandoc >/dev/null; then
    say "installing Debian's pandoc (about 30 seconds)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc >/dev/null
  fi
fi

# The release build draws each page's preview image (parley-prerender, resvg) in DejaVu Sans.
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  say "installing Debian's fonts-dejavu-core (the preview images' font)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 16 minutes on 2 cores)"
  # 0.22 needs a newer rustc than this toolchain.
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes)"
  # Without --locked: the locked set names a crate version crates.io no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# wasm-opt from npm's binaryen@132 (Node), pinned in package-lock.json; also playwright-core,
# puppeteer-core and selenium-webdriver, which drive the browsers and never download one.
if ! node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version 132" \
  || [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
fi

# The exports' Python readers, from PyPI, in a venv of the project's own (Debian's Python refuses
# system-wide pip installs); reinstalled when the pinned list changes.
if [ "$MODE" = test ] && { [ ! -x target/python/bin/python ] || [ tests/requirements.txt -nt target/python/installed ]; }; then
  say "installing the exports' Python readers into target/python (about 20 seconds)"
  python3 -m venv target/python
  target/python/bin/pip install --quiet --disable-pip-version-check -r tests/requirements.txt
  touch target/python/installed
fi

if [ "$MODE" = bench ] && [ "$(twiggy --version 2>/dev/null)" != "twiggy $TWIGGY_VERSION" ]; then
  say "installing twiggy $TWIGGY_VERSION (about 3 minutes)"
  cargo install twiggy --version "$TWIGGY_VERSION" --locked
fi

if [ "$MODE" = bench ] && [ "$(target/lighthouse/node_modules/.bin/lighthouse --version 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
  say "installing Lighthouse $LIGHTHOUSE_VERSION into target/lighthouse (about a minute)"
  npm install --prefix target/lighthouse --no-audit --no-fund --no-save "lighthouse@$LIGHTHOUSE_VERSION"
fi

say "tools ready"
