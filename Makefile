# The README's commands. `make serve` and `make test` install what is missing first (scripts/setup.sh).
PORT ?= 8080
HOST ?= 127.0.0.1
JOBS ?= 2
NATIVE := build/native
ASAN := build/native-asan
WASM := build/wasm
SITE := $(CURDIR)/build/site
# Debian's emscripten runs its JS tools with the machine's node, which needs Debian's module folder.
EMENV := NODE_PATH=/usr/share/nodejs

FUZZ := build/fuzz
FUZZ_SECONDS ?= 60

.PHONY: all setup native asan wasm site serve test fuzz clean

all: native site

setup:
	@bash scripts/setup.sh

# Every build folder is configured the same way on every run (a second configure takes a second
# and nothing is rebuilt), so a flag changed here always reaches its folder.
native:
	@mkdir -p build && cmake -S . -B $(NATIVE) -G Ninja -DJOBBPLAN_SITE_DIR=$(SITE) -DJOBBPLAN_WASM_DIR=$(CURDIR)/$(WASM) \
	  -DJOBBPLAN_ASAN_DIR=$(CURDIR)/$(ASAN) > $(NATIVE).configure.log 2>&1 || (cat $(NATIVE).configure.log; exit 1)
	cmake --build $(NATIVE) -j $(JOBS)

# The native tests again under AddressSanitizer and UndefinedBehaviorSanitizer (run by `make test`).
asan:
	@mkdir -p build && cmake -S . -B $(ASAN) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DJOBBPLAN_SANITIZE=ON \
	  -DJOBBPLAN_BROWSER_TESTS=OFF > $(ASAN).configure.log 2>&1 || (cat $(ASAN).configure.log; exit 1)
	cmake --build $(ASAN) -j $(JOBS) --target jobbplan_core_tests jobbplan_app_tests jobbplan-cli

wasm:
	@mkdir -p build && $(EMENV) emcmake cmake -S . -B $(WASM) -G Ninja -DJOBBPLAN_SITE_DIR=$(SITE) \
	  > $(WASM).configure.log 2>&1 || (cat $(WASM).configure.log; exit 1)
	$(EMENV) cmake --build $(WASM) -j $(JOBS)

site: wasm

serve: setup site
	@echo "Jobbplan: open http://$(HOST):$(PORT)/ (Ctrl+C stops the server)"
	node tests/browser/static_server.mjs --root $(SITE) --host $(HOST) --port $(PORT)

test: setup wasm native asan
	cd $(NATIVE) && ctest --output-on-failure -j 1

# Fuzzes profile import, rule-pack loading, the stored document (store) and the form check (form)
# for FUZZ_SECONDS each (make fuzz FUZZ_SECONDS=600).
fuzz: setup
	@test -f $(FUZZ)/build.ninja || CC=clang CXX=clang++ cmake -S . -B $(FUZZ) -G Ninja -DJOBBPLAN_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(FUZZ) -j $(JOBS)
	@for t in profile rule_pack store form; do \
	  mkdir -p $(FUZZ)/corpus/$$t; \
	  seeds=""; for d in $(FUZZ)/seeds/$$t; do test -d $$d && seeds="$$seeds $$d"; done; \
	  echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  $(FUZZ)/tests/fuzz/$${t}_fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -print_final_stats=1 -artifact_prefix=$(FUZZ)/ \
	    $(FUZZ)/corpus/$$t $$seeds || exit 1; \
	done

clean:
	rm -rf build

-include tests/bench/bench.mk
