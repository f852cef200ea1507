# `make bench` (issue 6), included by the Makefile. Builds what it needs, then runs
# tests/bench/run_bench.mjs, which prints one table and writes build/bench/results.json.
#   - the wasm build (build/wasm) reconfigured with -DJOBBPLAN_BENCH=ON: the site as `make wasm`
#     builds it, plus the bare Dear ImGui baseline page in build/bench/hello-site;
#   - build/bench-native (Release, -DJOBBPLAN_BENCH=ON): bench_report (Google Benchmark) and
#     jobbplan-cli (check on 10,000 generated files against report once per file).
BENCH_NATIVE := build/bench-native
BENCH_DIR := $(CURDIR)/build/bench
BENCH_RUNS ?= 9

.PHONY: bench bench-build

bench: setup bench-build
	node tests/bench/run_bench.mjs --site $(SITE) --hello $(BENCH_DIR)/hello-site \
	  --bench-report $(BENCH_NATIVE)/tests/bench_report --cli $(BENCH_NATIVE)/jobbplan-cli \
	  --out $(BENCH_DIR) --runs $(BENCH_RUNS)

bench-build:
	@test -f $(WASM)/build.ninja || $(EMENV) emcmake cmake -S . -B $(WASM) -G Ninja -DJOBBPLAN_SITE_DIR=$(SITE)
	@$(EMENV) emcmake cmake -S . -B $(WASM) -DJOBBPLAN_BENCH=ON -DJOBBPLAN_BENCH_DIR=$(BENCH_DIR) >/dev/null
	$(EMENV) cmake --build $(WASM) -j $(JOBS) --target site bench_hello_site
	@test -f $(BENCH_NATIVE)/build.ninja || cmake -S . -B $(BENCH_NATIVE) -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DJOBBPLAN_BENCH=ON -DJOBBPLAN_BROWSER_TESTS=OFF -DJOBBPLAN_SITE_DIR=$(SITE) -DJOBBPLAN_WASM_DIR=$(CURDIR)/$(WASM)
	cmake --build $(BENCH_NATIVE) -j $(JOBS) --target bench_report jobbplan-cli
