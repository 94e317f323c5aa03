# Two commands set everything up on a fresh Debian 12 machine:
#   make run    install missing packages, build (Release), run claimkit on a bundled article
#   make test   same set-up, then the whole test suite (unit, golden, eval, sanitizer build)
BUILD ?= build
SAN_BUILD ?= build-asan
JOBS ?= $(shell nproc)
PKGS = build-essential cmake pkg-config libicu-dev libre2-dev libutf8proc-dev nlohmann-json3-dev \
       doctest-dev libgumbo-dev zlib1g-dev libzstd-dev libsqlite3-dev python3
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build run test test-fast sanitize fuzz bench clean

deps:
	@missing=$$(for p in $(PKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

run: build
	$(BUILD)/claimkit extract corpus/wire_dateline.txt

test-fast: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

sanitize: deps
	cmake -S . -B $(SAN_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMKIT_SANITIZE=ON
	cmake --build $(SAN_BUILD) -j $(JOBS)
	cd $(SAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS) -LE eval

test: test-fast sanitize

fuzz: deps
	CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMKIT_FUZZ=ON -DCLAIMKIT_TEST=OFF
	cmake --build build-fuzz -j $(JOBS)

bench: deps
	cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DCLAIMKIT_BENCH=ON
	cmake --build build-bench -j $(JOBS)

clean:
	rm -rf $(BUILD) $(SAN_BUILD) build-fuzz build-bench
