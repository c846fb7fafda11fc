# Parley. The two commands a fresh machine needs:
#   make serve   install what is missing, then serve a development build on http://127.0.0.1:8080
#   make test    install what is missing (Chromium too), then run every test
SHELL := bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner

.PHONY: setup setup-test serve dist single hooks-dist hostile-dist stress-dist test bench mutants screenshots export draft-eval clean

setup:
	bash scripts/setup.sh build

setup-test:
	bash scripts/setup.sh test

# A development build with live reload, in a folder of its own: dist/ holds only what
# `make dist` built, ready for a host. Trunk serves index.html at every address, and the app
# routes by path from the server's root (`/events/<id>/`, `/uk/map/`).
serve: setup
	trunk serve --dist target/dist-serve --public-url /

# The release bundle, wasm-opt'ed, into dist/, and the draft page, a bundle of its own, into
# dist/draft/ (draft/Trunk.toml).
dist: setup
	trunk build --release
	cd draft && trunk build --release

# One HTML file with everything inlined, for opening from disk or attaching to an email.
single: dist
	node scripts/single.mjs dist dist-single

# The release bundle plus debug-only test hooks (the panic trigger), for the end-to-end tests.
hooks-dist: setup
	trunk build --release --features test-hooks --dist target/dist-test-hooks

# The release bundle built from tests/fixtures/hostile: markup and script payloads as data.
hostile-dist: setup
	PARLEY_DATA_ROOT=tests/fixtures/hostile trunk build --release --dist target/dist-hostile

# The release bundle with 100,000 synthetic events beside the seeds, for load tests.
stress-dist: setup
	PARLEY_SYNTHETIC_EVENTS=100000 trunk build --release --dist target/dist-stress-100k

test: setup-test
	bash scripts/test-all.sh

# Benchmarks that print figures (see BENCHMARKS.md): the engine natively, the bundle's size, and
# the release build in headless Chromium at the seeds, 10k and 100k events. About 15 minutes.
bench:
	bash scripts/setup.sh bench
	bash scripts/bench.sh

# Mutation testing of the core (cargo-mutants; .cargo/mutants.toml): prints the score and every
# mutant the tests miss. About 90 minutes on 2 cores, so not part of `make test` or CI.
mutants:
	bash scripts/setup.sh mutants
	bash scripts/mutants.sh

screenshots: dist
	node tests/e2e/screenshots.mjs dist
	node tests/engines/screenshots.mjs dist

export:
	cargo run --quiet --bin parley-export -- --format json

# Drafts each seed article against the dataset without it (parley-draft) and prints how the
# drafts agree with the events written by hand: recall, precision, dates, participants, status.
draft-eval:
	cargo run --quiet --bin parley-draft -- --eval

clean:
	cargo clean
	rm -rf dist dist-single screenshots
