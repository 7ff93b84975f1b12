# MapStudio — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE := resources/examples/boutique-deco.mapstudio

.DEFAULT_GOAL := run
.PHONY: run test lint format install clean translations bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall whenever pyproject.toml changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/mapstudio $(EXAMPLE)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Speed at scale: every figure a ratio to bare Qt / bare reportlab, measured in
# the same run (benchmarks/run.py; results in docs/performance.md). About 1.5 minutes.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run

# Interface catalogues: lupdate collects every tr()/translate()/QT_TRANSLATE_NOOP
# string into the .ts (keeping existing translations), lrelease compiles the .qm
# the app loads. Sorted inputs and no line numbers keep the diffs small.
TS_FILES := resources/translations/mapstudio_fr.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none \
		$$(find src/mapstudio -name '*.py' | LC_ALL=C sort) -ts $(TS_FILES)
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done
	$(BIN)/python tools/ts_status.py $(TS_FILES)

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache .hypothesis

# Desktop packaging: icons, package, package-smoke.
include packaging/package.mk
