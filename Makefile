# Every target does its own setup: on a fresh Debian machine `make test` or `make demo` is enough.
VENV ?= .venv
PY := $(VENV)/bin/python
# orthanc-doc: the sample import scripts we benchmark against; openssl: make spec's throwaway certificate;
# debootstrap: the roots of the newer Orthanc versions (make orthanc-versions).
ORTHANC_PACKAGES := orthanc orthanc-dicomweb orthanc-python orthanc-doc dcmtk openssl debootstrap

.PHONY: install orthanc orthanc-versions test test-unit lint verifytypes format docs demo bench spec codegen check-generated clean

install: orthanc $(VENV)/.installed

# Orthanc comes from Debian's packages; as root we install it, otherwise we say what to run.
orthanc:
	@if { command -v Orthanc || [ -x /usr/sbin/Orthanc ]; } >/dev/null 2>&1 \
	  && [ -d /usr/share/doc/orthanc/Samples ] && command -v openssl >/dev/null \
	  && [ -f /usr/share/orthanc/plugins/libOrthancDicomWeb.so ] \
	  && [ -f /usr/share/orthanc/plugins/libOrthancPython.so ] \
	  && { command -v debootstrap || [ -x /usr/sbin/debootstrap ]; } >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "Installing $(ORTHANC_PACKAGES) from Debian packages"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(ORTHANC_PACKAGES) >/dev/null; \
	else echo "Missing Debian packages: run 'sudo apt-get install $(ORTHANC_PACKAGES)'" >&2; exit 1; fi

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[all]' --group dev
	touch $@

# Orthanc 1.12.7 and 1.13.0 in debootstrap roots from Debian's packages: built once, cached.
orthanc-versions: install
	$(PY) -m aiorthanc.testing build

# Everything on the machine's Orthanc (1.10.1) with the default transport (aiohttp); then the
# integration tests again on 1.12.7 through httpx's transport and on 1.13.0 (the modules that start
# every version themselves, and those of the client's own surface, run once, in the first pass).
test: install orthanc-versions
	$(PY) -m pytest -q
	AIORTHANC_TRANSPORT=httpx $(PY) -m pytest -q tests/integration -m "not every_version and not first_pass" --orthanc-version 1.12.7
	$(PY) -m pytest -q tests/integration -m "not every_version and not first_pass" --orthanc-version 1.13.0

test-unit: install
	$(PY) -m pytest -q tests/unit

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy --strict src/aiorthanc examples codegen
	$(VENV)/bin/lint-imports

# pyright's type completeness of the public API, on the installed wheel: fails below 95%.
verifytypes: install
	$(PY) tests/verifytypes.py

format: install
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

# The documentation site (mkdocs.yml, docs/) into site/; strict: a broken link or reference fails.
docs: install
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict --site-dir site

# Regenerate spec/orthanc-<version>.json of every supported Orthanc, offline (see codegen/specgen).
spec: install orthanc-versions
	$(PY) -m codegen.specgen --output-dir spec

# The newest spec/orthanc-<version>.json + spec/overrides.yaml -> src/aiorthanc/_generated/ and
# docs/api.md; the older documents give each operation its oldest version.
codegen: install
	$(PY) -m codegen

# Fails when the committed generated code differs from a fresh run.
check-generated: install
	$(PY) -m codegen --check

demo: install
	$(PY) examples/demo.py

bench: install
	$(PY) bench/streaming_memory.py
	$(PY) bench/facade_navigation.py
	$(PY) bench/facade_download_memory.py
	$(PY) bench/fastapi_archive_memory.py
	$(PY) bench/import_bench.py
	$(PY) bench/reads.py
	$(PY) bench/dicomweb_bench.py wado
	$(PY) bench/dicomweb_bench.py stow
	$(PY) bench/routing.py
	$(PY) bench/anonymize.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache site
