# The README's commands. `make serve` and `make test` install what is missing first (scripts/setup.sh).
PORT ?= 8080
HOST ?= 127.0.0.1
JOBS ?= 2
NATIVE := build/native
WASM := build/wasm
SITE := $(CURDIR)/build/site
# Debian's emscripten runs its JS tools with the machine's node, which needs Debian's module folder.
EMENV := NODE_PATH=/usr/share/nodejs

.PHONY: all setup native wasm site serve test bench clean

all: native site

setup:
	@bash scripts/setup.sh

native:
	@test -f $(NATIVE)/build.ninja || cmake -S . -B $(NATIVE) -G Ninja -DJOBBPLAN_SITE_DIR=$(SITE) -DJOBBPLAN_WASM_DIR=$(CURDIR)/$(WASM)
	cmake --build $(NATIVE) -j $(JOBS)

wasm:
	@test -f $(WASM)/build.ninja || $(EMENV) emcmake cmake -S . -B $(WASM) -G Ninja -DJOBBPLAN_SITE_DIR=$(SITE)
	$(EMENV) cmake --build $(WASM) -j $(JOBS)

site: wasm

serve: setup site
	@echo "Jobbplan: open http://$(HOST):$(PORT)/ (Ctrl+C stops the server)"
	node tests/browser/static_server.mjs --root $(SITE) --host $(HOST) --port $(PORT)

test: setup wasm native
	cd $(NATIVE) && ctest --output-on-failure -j 1

clean:
	rm -rf build
