#!/usr/bin/env bash
# claimkit benchmark: builds Release with the bench, then measures
#   1. claimkit_bench on the news file: single-thread MB/s, docs/s per pipeline stage;
#   2. `claimkit extract` end to end on a ~1 GB JSON Lines file made by repeating the
#      news file (unique ids), with /usr/bin/time -v (wall time, peak RSS), -j 1 and
#      -j $(nproc) when extract supports -j;
#   3. hyperfine on `claimkit segment` over the news file;
# and prints a Markdown table for the README. See bench/README.md.
#
#   bench/run.sh                       # everything (about 10 minutes on 2 cores)
#   BIG_MB=200 bench/run.sh            # a smaller large input
#   BIG_MB=0 bench/run.sh              # skip the large input
#   NEWS=path.jsonl REPS=3 bench/run.sh
#   BENCH_SKIP_BUILD=1 bench/run.sh    # reuse build-bench
# Exit 77 (skipped) when the news file is absent.
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$SRC/build-bench}
NEWS=${NEWS:-$SRC/../shared/data/news/polnear-train.jsonl}
REPS=${REPS:-5}
BIG_MB=${BIG_MB:-1000}
NPROC=$(nproc)
OUT=${OUT:-$(mktemp -d /tmp/claimkit-bench.XXXXXX)}
mkdir -p "$OUT"

if [ ! -f "$NEWS" ]; then
  echo "bench: $NEWS not found (set NEWS=...); skipped" >&2
  exit 77
fi
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  cmake -S "$SRC" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DCLAIMKIT_BENCH=ON >/dev/null
  cmake --build "$BUILD" -j "$NPROC" --target claimkit_bench claimkit >/dev/null
fi
CK="$BUILD/claimkit"
BENCH="$BUILD/bench/claimkit_bench"
for exe in "$CK" "$BENCH"; do
  [ -x "$exe" ] || { echo "bench: $exe not built" >&2; exit 2; }
done
cpu_model=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
news_bytes=$(stat -c %s "$NEWS")
news_docs=$(wc -l <"$NEWS")
COMMIT=${COMMIT:-$(git -C "$SRC" rev-parse --short HEAD)}
load=$(cut -d' ' -f1-3 /proc/loadavg)
echo "# claimkit benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $cpu_model, $NPROC cores, $COMMIT"
echo "# results in $OUT; load average $load"
echo

# --- 1. stages, single thread ------------------------------------------------------
STAGES=${STAGES:-icu_words,normalize,sentences,analyze,extract:quote,extract:numeric,extract}
echo "## 1. Pipeline stages, one thread ($BENCH --reps $REPS --stages $STAGES)"
if ! "$BENCH" --reps "$REPS" --stages "$STAGES" --json "$NEWS" >"$OUT/stages.json"; then
  echo "claimkit_bench failed (a crash in one stage?); try STAGES=... to leave it out" >&2
  exit 1
fi
python3 - "$OUT/stages.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
print(f"{d['docs']} documents, {d['bytes'] / 1e6:.2f} MB of text, {d['reps']} repetitions, "
      f"set-up {d['setup_ms']:.0f} ms, RSS after loading {d['rss_after_load_kb'] / 1024:.1f} MB")
print(f"{'stage':<16} {'median s':>9} {'best s':>9} {'cpu s':>9} {'MB/s':>7} {'MB/cpu-s':>9} "
      f"{'docs/s':>8} {'peak RSS MB':>12}")
for s in d["stages"]:
    print(f"{s['name']:<16} {s['median_s']:>9.4f} {s['best_s']:>9.4f} {s['cpu_median_s']:>9.4f} "
          f"{s['mb_per_s']:>7.1f} {s['mb_per_cpu_s']:>9.1f} {s['docs_per_s']:>8.0f} "
          f"{s['peak_rss_kb'] / 1024:>12.1f}")
EOF
echo

# --- 2. extract end to end on a large input -------------------------------------------
# Wall time, peak RSS and CPU time (user + system) of one command; prints
# "seconds rss_kb cpu_seconds", or "failed failed failed".
timed() {
  local log=$1; shift
  if ! /usr/bin/time -v "$@" >/dev/null 2>"$log"; then
    echo "command failed: $* (see $log)" >&2
    grep -v -E '^\s' "$log" | tail -3 >&2
    echo "failed failed failed"
    return
  fi
  local wall rss cpu
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' |
         awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
  cpu=$(awk '/User time \(seconds\)|System time \(seconds\)/ { s += $NF } END { print s }' "$log")
  echo "$wall $rss $cpu"
}
rows=()
extract_help=$("$CK" extract --help 2>&1 || true)
has_j=0
if grep -qE '(^|[[:space:]])-j' <<<"$extract_help"; then has_j=1; fi
if [ "$BIG_MB" != 0 ]; then
  BIG="$OUT/news-${BIG_MB}mb.jsonl"
  reps=$(( (BIG_MB * 1000000 + news_bytes - 1) / news_bytes ))
  echo "## 2. claimkit extract end to end ($reps copies of the news file, unique ids: $BIG)"
  for ((k = 1; k <= reps; ++k)); do sed "s/^{\"id\": \"/{\"id\": \"r$k-/" "$NEWS"; done >"$BIG"
  big_bytes=$(stat -c %s "$BIG")
  big_docs=$(( news_docs * reps ))
  if [ $has_j = 1 ]; then jobs_list="1 $NPROC"; else jobs_list="default"; fi
  for j in $jobs_list; do
    if [ "$j" = default ]; then args=(); label="extract (no -j option yet)"; else args=(-j "$j"); label="extract -j $j"; fi
    read -r secs rss cpu < <(timed "$OUT/extract-j$j.time" "$CK" extract "${args[@]}" "$BIG")
    if [ "$secs" = failed ]; then rows+=("| \`claimkit extract ${args[*]:-}\` on ${BIG_MB} MB JSONL | failed | | | |"); continue; fi
    mbs=$(awk -v b="$big_bytes" -v s="$secs" 'BEGIN { printf "%.1f", b / 1e6 / s }')
    mbc=$(awk -v b="$big_bytes" -v s="$cpu" 'BEGIN { printf "%.1f", b / 1e6 / s }')
    dps=$(awk -v d="$big_docs" -v s="$secs" 'BEGIN { printf "%.0f", d / s }')
    echo "$label: $(awk -v b="$big_bytes" 'BEGIN{printf "%.0f", b/1e6}') MB, $big_docs docs in ${secs}s wall, ${cpu}s CPU: $mbs MB/s, $mbc MB/cpu-s, $dps docs/s, peak RSS $((rss / 1024)) MB"
    rows+=("| \`claimkit extract ${args[*]:-}\` on ${BIG_MB} MB JSONL | $mbs | $mbc | $dps | $((rss / 1024)) |")
  done
  # The same on the news file alone, for peak RSS at two input sizes.
  read -r secs rss cpu < <(timed "$OUT/extract-news.time" "$CK" extract "$NEWS")
  if [ "$secs" = failed ]; then
    rows+=("| \`claimkit extract\` on the news file (4 MB) | failed | | | |")
  else
    mbs=$(awk -v b="$news_bytes" -v s="$secs" 'BEGIN { printf "%.1f", b / 1e6 / s }')
    mbc=$(awk -v b="$news_bytes" -v s="$cpu" 'BEGIN { printf "%.1f", b / 1e6 / s }')
    dps=$(awk -v d="$news_docs" -v s="$secs" 'BEGIN { printf "%.0f", d / s }')
    echo "extract (default) on the news file: ${secs}s wall, ${cpu}s CPU, $mbs MB/s, $mbc MB/cpu-s, $dps docs/s, peak RSS $((rss / 1024)) MB"
    rows+=("| \`claimkit extract\` on the news file (4 MB) | $mbs | $mbc | $dps | $((rss / 1024)) |")
  fi
  rm -f "$BIG"
  echo
fi

# --- 3. segment with hyperfine ----------------------------------------------------------
echo "## 3. claimkit segment on the news file (hyperfine)"
hyperfine --warmup 1 --runs "$REPS" --export-json "$OUT/segment.json" \
  "$CK segment --input-format jsonl $NEWS" --output=null | tee "$OUT/segment.txt"
read -r seg_mean seg_cpu < <(python3 -c "import json; r = json.load(open('$OUT/segment.json'))['results'][0]; print(r['mean'], r['user'] + r['system'])")
seg_mbs=$(awk -v b="$news_bytes" -v s="$seg_mean" 'BEGIN { printf "%.1f", b / 1e6 / s }')
seg_mbc=$(awk -v b="$news_bytes" -v s="$seg_cpu" 'BEGIN { printf "%.1f", b / 1e6 / s }')
seg_dps=$(awk -v d="$news_docs" -v s="$seg_mean" 'BEGIN { printf "%.0f", d / s }')
read -r _ seg_rss _ < <(timed "$OUT/segment.time" "$CK" segment --input-format jsonl "$NEWS")
rows+=("| \`claimkit segment\` on the news file (4 MB) | $seg_mbs | $seg_mbc | $seg_dps | $((seg_rss / 1024)) |")
echo

# --- table ---------------------------------------------------------------------------------
echo "## Markdown for the README"
echo
echo "Measured $(date -u +%Y-%m-%d) on $cpu_model ($NPROC cores), commit $COMMIT;"
echo "MB = 10^6 bytes of document text (stages) or of the JSONL input file (commands); MB/s from"
echo "wall time, MB/cpu-s from CPU time (user + system: the per-core figure, not inflated when other"
echo "processes share the cores); load average at the start: $load."
echo
echo "| what (one thread unless -j) | MB/s | MB/cpu-s | docs/s | peak RSS MB |"
echo "|---|---:|---:|---:|---:|"
python3 - "$OUT/stages.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
names = {"icu_words": "ICU word BreakIterator alone (reference)",
         "normalize": "normalise", "sentences": "normalise + structure + sentences",
         "analyze": "+ tokens (full Analyzer)", "extract": "full extraction + JSON",
         "extract:quote": "Analyzer + quote extractor only", "extract:numeric": "Analyzer + numeric extractor only"}
for s in d["stages"]:
    print(f"| {names.get(s['name'], s['name'])} ({d['docs']} news articles, in memory) "
          f"| {s['mb_per_s']:.1f} | {s['mb_per_cpu_s']:.1f} | {s['docs_per_s']:.0f} "
          f"| {s['peak_rss_kb'] / 1024:.0f} |")
EOF
for r in "${rows[@]}"; do echo "$r"; done
