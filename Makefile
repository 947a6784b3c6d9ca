# CivicBot: the two commands that work on a fresh machine.
#   make run   installs what is missing, builds, starts the REPL on ./civicbot.sqlite (seeded on first use)
#   make test  installs what is missing, builds, runs every test
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test build deps check bench

deps:
	@command -v $(SWIFT) >/dev/null || { echo "error: the Swift toolchain (swift) is not on PATH" >&2; exit 1; }
	@if ! pkg-config --exists libcurl sqlite3 2>/dev/null; then \
		echo "installing libcurl4-openssl-dev libsqlite3-dev pkg-config"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y libcurl4-openssl-dev libsqlite3-dev pkg-config; \
	fi

build: deps
	$(SWIFT) build

run: build
	$(SWIFT) run --skip-build civicbot repl

check: build
	$(SWIFT) run --skip-build civicbot check

test: deps
	$(SWIFT) test
