# The two README commands, and the other everyday ones. Each installs what is missing first.
# PRESET picks the CMake preset (debug, asan, tsan, release, sqlcipher, shared); see
# CMakePresets.json.
PRESET ?= debug
JOBS ?= $(shell nproc)
CTEST_ARGS ?=
BUILD := build/$(PRESET)

.PHONY: all deps configure build demo test crash soak bench fuzz fuzz-build fuzz-smoke format \
        format-check check-layers tidy clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@$(BUILD)/examples/demo $(BUILD)/demo.db

# CTEST_ARGS: more ctest arguments, e.g. CTEST_ARGS='-R Cli' (.ci/run passes '-LE layer_matrix':
# it runs the layer check as a step of its own).
test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

# Reliability (docs/reliability.md), on PRESET's build. crash: KILLS SIGKILLs (default 200) in
# each crash durability test (four journal_mode x synchronous modes, save_as, the rebuild in two
# journal modes). soak: the three concurrency soaks, SOAK_SECONDS each (default 200: 10 minutes).
KILLS ?= 200
SOAK_SECONDS ?= 200
RELIABILITY := $(BUILD)/tests/sqlcore_reliability_tests

crash: configure
	@cmake --build $(BUILD) -j $(JOBS) --target sqlcore_reliability_tests sqlcore_crash_writer
	@SQLCORE_CRASH_KILLS=$(KILLS) $(RELIABILITY) --gtest_filter='CrashDurability.*'

soak: configure
	@cmake --build $(BUILD) -j $(JOBS) --target sqlcore_reliability_tests
	@SQLCORE_SOAK_SECONDS=$(SOAK_SECONDS) $(RELIABILITY) --gtest_filter='ConcurrencySoak.*'

# Benchmarks: a Release build of the library, the bench programs and the command-line tool (not
# the tests); the package installed into build/release/prefix and bench/installed/ built against
# it at -O2, as a user's program links it; then every program's raw C, sqlcore and peer
# (SQLiteCpp, SOCI: install-deps --bench) variants interleaved, 5 rounds, one table of medians
# of paired ratios (scripts/bench_table.py; docs/performance.md).
BENCH_REPS ?= 5
bench:
	@scripts/install-deps.sh --bench
	@cmake --preset release -DSQLCORE_BUILD_BENCH=ON >/dev/null
	@cmake --build build/release -j $(JOBS) --target sqlcore_benchmarks
	@cmake --install build/release --prefix build/release/prefix >/dev/null
	@cmake -S bench/installed -B build/release/installed -G Ninja -DCMAKE_BUILD_TYPE=Release \
	  -DCMAKE_PREFIX_PATH=$(CURDIR)/build/release/prefix >/dev/null
	@cmake --build build/release/installed -j $(JOBS)
	@python3 scripts/bench_table.py build/release $(BENCH_REPS) --json build/release/bench.json
	@python3 bench/cli_insert_bench.py build/release/tools/sqlcore/sqlcore

# Fuzzers (tests/fuzz, docs/reliability.md): the fuzz preset (clang 14, libFuzzer, address +
# undefined sanitizers), then each fuzzer for FUZZ_SECONDS (default 300) with FUZZ_JOBS (2) at
# a time; any finding fails, its input in build/fuzz/artifacts/. fuzz-smoke: 60 s each (CI).
FUZZ_SECONDS ?= 300
FUZZ_JOBS ?= 2
fuzz-build:
	@scripts/install-deps.sh --fuzz
	@cmake --preset fuzz >/dev/null
	@cmake --build build/fuzz -j $(JOBS)

fuzz: fuzz-build
	@FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_JOBS=$(FUZZ_JOBS) scripts/run-fuzzers.sh

fuzz-smoke: fuzz-build
	@FUZZ_SECONDS=60 FUZZ_JOBS=$(FUZZ_JOBS) scripts/run-fuzzers.sh

format:
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

format-check:
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror

# The include matrix of DESIGN.md ("Which way the arrows point"), also CTest layers.check.
check-layers:
	@python3 scripts/check-layers.py

# clang-tidy on the .cpp files changed since the upstream branch (or in the last commit), with
# this preset's compile_commands.json; scripts/run-clang-tidy.sh.
tidy: configure
	@scripts/run-clang-tidy.sh $(BUILD)

clean:
	rm -rf build
