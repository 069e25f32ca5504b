# Everything bootstraps itself: a fresh machine needs only python3 (3.11) and node/npm (20).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: synth test imports imports-check bench venv dev-venv clean

$(VENV)/.stamp-runtime: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	# Compiled once here, also for -O (the commands run optimized), so that no run recompiles
	# the generated imports (3 MB here, more in cdk8s-plus): that is most of a cold start.
	$(PY) -m compileall -q -o 0 -o 1 imports constructs_lib main.py
	$(PY) -m compileall -q -o 1 $$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
	touch $@

$(VENV)/.stamp-dev: requirements-dev.txt $(VENV)/.stamp-runtime
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

node_modules/.stamp: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

venv: $(VENV)/.stamp-runtime
dev-venv: $(VENV)/.stamp-dev

## Synthesize every clusters/NAME.yaml into dist/NAME.k8s.yaml.
synth: $(VENV)/.stamp-runtime
	$(PY) -O main.py

## Run the test suite (the npm packages too: a test runs the real `cdk8s synth`).
test: $(VENV)/.stamp-dev node_modules/.stamp
	$(PY) -m pytest -q

## Regenerate imports/ and the schema bundle from the CRDs in $(SHARED)/crds (2024 releases) and
## $(SHARED)/crds-current (current releases), offline.
imports: $(VENV)/.stamp-runtime node_modules/.stamp
	$(PY) scripts/gen_imports.py --crds $(SHARED)/crds --crds-current $(SHARED)/crds-current
	# Compiled as the venv is (also for -O): the regenerated modules come without bytecode.
	$(PY) -m compileall -q -o 0 -o 1 imports

## Fail when the committed imports/ differ from a fresh generation.
imports-check: $(VENV)/.stamp-runtime node_modules/.stamp
	$(PY) scripts/gen_imports.py --crds $(SHARED)/crds --crds-current $(SHARED)/crds-current --check

bench: $(VENV)/.stamp-dev
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) node_modules
