#!/usr/bin/env bash
# Whole-process throughput of `dedup --index` with 1, 2 and 4 concurrent workers: a local index file (one worker:
# a file index has one owner), one Redis node, and a 3-node Redis Cluster; Redis memory per document and round
# trips per document; precision and recall of `groups` against the planted truth. Figures go to docs/benchmarks.md.
#   benchmarks/scripts/redis-index.sh COUNT SINGLE_HOST:PORT CLUSTER_HOSTS [WORK_DIR]
# The Redis servers must be ones you may FLUSHALL (the memory figure is measured on emptied servers). The index is
# created with ?capacity=COUNT, so its bucket pages are sized for the corpus.
set -euo pipefail
count="${1:?document count}"; single="${2:?single node host:port}"; cluster="${3:?cluster hosts}"
work="${4:-/tmp/corpusdiff-redis-bench}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cli=(dotnet "$repo/src/CorpusDiff.Cli/bin/Release/net10.0/CorpusDiff.Cli.dll")
mkdir -p "$work"
corpus="$work/corpus-$count"
if [ ! -d "$corpus/shard3" ]; then
  dotnet run --project "$repo/benchmarks/CorpusDiff.Benchmarks" -c Release --no-build -- dedup-generate "$count" "$corpus/flat" >/dev/null
  mkdir -p "$corpus"/shard{0,1,2,3}
  # Dealt round-robin from one listing (listing again after each shard's move would deal the rest unevenly), one
  # mv per shard (one per file takes minutes at 200,000).
  (cd "$corpus/flat" && ls | sort | awk -v dir="$corpus" '{ print > (dir "/list" ((NR - 1) % 4)) }')
  for s in 0 1 2 3; do
    (cd "$corpus/flat" && xargs -r -a "$corpus/list$s" mv -t "../shard$s")
    rm -f "$corpus/list$s"
  done
  rmdir "$corpus/flat"
fi
shards() { # workers, worker -> folders
  case "$1" in
    1) echo "$corpus/shard0 $corpus/shard1 $corpus/shard2 $corpus/shard3" ;;
    2) [ "$2" = 0 ] && echo "$corpus/shard0 $corpus/shard1" || echo "$corpus/shard2 $corpus/shard3" ;;
    4) echo "$corpus/shard$2" ;;
  esac
}
memory() { # hosts -> summed used_memory
  local total=0
  for h in ${1//,/ }; do
    m=$(redis-cli -h "${h%:*}" -p "${h#*:}" info memory | awk -F: '/^used_memory:/ { print $2 }' | tr -d '\r')
    total=$((total + m))
  done
  echo "$total"
}
flush() { for h in ${1//,/ }; do redis-cli -h "${h%:*}" -p "${h#*:}" flushall >/dev/null; done; }
run() { # label, index (uri or file), workers
  local label="$1" index="$2" workers="$3" start end pids=()
  start=$(date +%s.%N)
  for w in $(seq 0 $((workers - 1))); do
    # shellcheck disable=SC2046
    "${cli[@]}" dedup $(shards "$workers" "$w") --index "$index" --format json --out "$work/out-$w.json" 2>"$work/err-$w.log" >/dev/null &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  end=$(date +%s.%N)
  local rt
  rt=$(grep -ho "in [0-9]* round trips ([0-9]* commands)" "$work"/err-*.log 2>/dev/null | awk '{ r += $2; c += substr($5, 2) } END { if (NR > 0) printf "%d, %d", r, c }' || true)
  local load
  load=$(awk '{ print $1 }' /proc/loadavg)
  printf '| %s | %d | %.1f | %.0f | %s | %s |\n' "$label" "$workers" "$(echo "$end - $start" | bc)" "$(echo "$count / ($end - $start)" | bc -l)" "${rt:-}" "$load"
  rm -f "$work"/err-*.log
}
echo "| index | workers | seconds | documents/s | round trips, commands (all workers) | load average at the end |"
echo "| --- | --- | --- | --- | --- | --- |"
rm -f "$work/local.lsh"; run "local file" "$work/local.lsh" 1
for target in "one Redis:$single" "3-node cluster:$cluster"; do
  label="${target%%:*}"; hosts="${target#*:}"
  for workers in 1 2 4; do
    flush "$hosts"
    before=$(memory "$hosts")
    run "$label" "redis://$hosts/bench?capacity=$count" "$workers"
    after=$(memory "$hosts")
    echo "  memory $label, $workers workers: $(( (after - before) / count )) bytes/document" >&2
  done
  "${cli[@]}" groups --index "redis://$hosts/bench" --format json --out "$work/groups.json"
  echo "  accuracy $label (4 workers):" >&2
  dotnet run --project "$repo/benchmarks/CorpusDiff.Benchmarks" -c Release --no-build -- dedup-score "$count" "$work/groups.json" >&2
done
