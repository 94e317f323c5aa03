#!/usr/bin/env bash
# Fuzz smoke run: builds every fuzz target (fuzz/fuzz_*.cc) with clang, libFuzzer,
# ASan and UBSan, then runs each for SECONDS seconds (default 20) with -max_len=4096 (MAX_LEN),
# starting from the seeds in fuzz/corpus/ (a reader target fuzz_X from fuzz/corpus_X/
# when that exists). Exits non-zero if any target crashes,
# leaks, hits a sanitizer report or an invariant check; the crashing input is kept
# in the work directory (printed at the end).
#
#   fuzz/smoke.sh [SECONDS] [BUILD_DIR]      e.g.  fuzz/smoke.sh 60
#   FUZZ_TARGETS="fuzz_segment" fuzz/smoke.sh 10   # only some targets
#   FUZZ_SKIP_BUILD=1 fuzz/smoke.sh              # reuse an existing build
set -euo pipefail
SECONDS_PER_TARGET=${1:-20}
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${2:-$SRC/build-fuzz}
JOBS=${JOBS:-2}
MAX_LEN=${MAX_LEN:-4096}

if [ -z "${FUZZ_SKIP_BUILD:-}" ]; then
  CC=clang CXX=clang++ cmake -S "$SRC" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCLAIMKIT_FUZZ=ON -DCLAIMKIT_TEST=OFF >/dev/null
  cmake --build "$BUILD" -j "$JOBS" --target fuzz_all
fi

targets=${FUZZ_TARGETS:-$(cd "$SRC/fuzz" && ls fuzz_*.cc | sed 's/\.cc$//')}
WORK=$(mktemp -d /tmp/claimkit-fuzz.XXXXXX)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
failed=()
for t in $targets; do
  exe="$BUILD/fuzz/$t"
  if [ ! -x "$exe" ]; then
    echo "== $t: not built ($exe missing)"; failed+=("$t"); continue
  fi
  mkdir -p "$WORK/$t/corpus" "$WORK/$t/artifacts"
  seeds="$SRC/fuzz/corpus"
  # A reader's own seeds, when it has them: fuzz/corpus_<name>/ (e.g. corpus_jsonl).
  [ -d "$SRC/fuzz/corpus_${t#fuzz_}" ] && seeds="$SRC/fuzz/corpus_${t#fuzz_}"
  echo "== $t: ${SECONDS_PER_TARGET}s from $seeds"
  if "$exe" -max_total_time="$SECONDS_PER_TARGET" -max_len="$MAX_LEN" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$WORK/$t/artifacts/" \
      "$WORK/$t/corpus" "$seeds" >"$WORK/$t/log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$WORK/$t/log" | tr '\n' ' '
    echo "ok"
  else
    echo "FAILED: $t (log: $WORK/$t/log)"
    grep -E 'ERROR|INVARIANT|runtime error|SUMMARY' "$WORK/$t/log" | head -5 || true
    ls "$WORK/$t/artifacts/" 2>/dev/null | sed "s|^|  artifact: $WORK/$t/artifacts/|"
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz smoke: ${#failed[@]} target(s) failed: ${failed[*]} (work dir $WORK)"
  exit 1
fi
echo "fuzz smoke: all targets ok (work dir $WORK)"
