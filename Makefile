# GiftPOS developer commands. `make run` and `make test` set up everything they need,
# Debian packages included (scripts/bootstrap.sh), on a fresh Debian 12 machine.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := test

VENV := .venv
STAMP := $(VENV)/.installed

# The first python3 >= 3.11 on PATH (Debian 12's own python3 is 3.11). Deferred, so that
# it is looked up only when the venv is (re)built.
PYTHON ?= $(shell for p in python3 python3.14 python3.13 python3.12 python3.11; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && command -v $$p && break; \
	done)

# Extra pytest arguments, e.g. make test PYTEST_ARGS='-k redeem -x'.
PYTEST_ARGS ?=

.PHONY: venv translations run test lint bench chain

venv: $(STAMP)

# Reinstalls only when pyproject.toml changes; an existing venv is reused.
$(STAMP): pyproject.toml
	@[[ -n "$(PYTHON)" ]] || { echo "make: no python3 >= 3.11 on PATH" >&2; exit 1; }
	PYTHON="$(PYTHON)" scripts/bootstrap.sh venv
	[[ -x $(VENV)/bin/python ]] || "$(PYTHON)" -m venv $(VENV)
	$(VENV)/bin/python -m pip install --disable-pip-version-check -q -e '.[test,build]'
	touch $@

# The German and French catalogues: lupdate adds new source strings to the .ts files
# (unfinished, so tests/ui/test_translations.py names them) and lrelease compiles the
# .qm files the app loads. The core's refusal templates (posapp/ has no Qt) are listed by
# scripts/error_templates.py into a throw-away file of QT_TRANSLATE_NOOP lines that
# lupdate reads with ui/.
TS := $(wildcard resources/translations/*.ts)

translations: venv
	templates=$$(mktemp --suffix=.py); trap 'rm -f "$$templates"' EXIT; \
	$(VENV)/bin/python scripts/error_templates.py "$$templates"; \
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none \
		$$(find ui -name '*.py' | sort) "$$templates" -ts $(TS)
	for ts in $(TS); do $(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

run: venv translations
	scripts/bootstrap.sh qt
	$(VENV)/bin/posapp --demo

# A chain of two stores on this machine: PostgreSQL, the central service behind TLS, a
# proxy that pulls the tills' cable, two tills' windows (see scripts/chain.py).
chain: venv translations
	scripts/bootstrap.sh qt
	VENV=$(VENV) scripts/chain.sh $(CHAIN_ARGS)

# scripts/run_tests.sh runs most tests in parallel, then the timing tests alone.
test: venv translations
	scripts/bootstrap.sh test
	scripts/run_tests.sh $(PYTEST_ARGS)

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

# Benchmarks import tests.support (throw-away PostgreSQL), hence PYTHONPATH.
bench: venv
	scripts/bootstrap.sh test
	for script in bench/*.py; do \
		[[ -e "$$script" ]] || continue; \
		echo "== $$script"; \
		QT_QPA_PLATFORM="$${QT_QPA_PLATFORM:-offscreen}" PYTHONPATH=. $(VENV)/bin/python "$$script"; \
	done
