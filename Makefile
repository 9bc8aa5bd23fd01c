# The two README commands, and the other everyday ones. Each installs what is missing first.
# PRESET picks the CMake preset (debug, asan, tsan, release); see CMakePresets.json.
PRESET ?= debug
JOBS ?= $(shell nproc)
BUILD := build/$(PRESET)

.PHONY: all deps configure build demo test bench format format-check check-layers clean

all: build

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@$(BUILD)/examples/demo $(BUILD)/demo.db

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Benchmarks: a Release build; raw and sqlcore variants interleaved, 5 repetitions, one table
# of medians (scripts/bench_table.py; docs/performance.md).
bench: deps
	@cmake --preset release -DSQLCORE_BUILD_BENCH=ON >/dev/null
	@cmake --build build/release -j $(JOBS)
	@python3 scripts/bench_table.py build/release/bench 5

format:
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format -i

format-check:
	@git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror

# The include matrix of DESIGN.md ("Which way the arrows point"), also CTest layers.check.
check-layers:
	@python3 scripts/check-layers.py

clean:
	rm -rf build
