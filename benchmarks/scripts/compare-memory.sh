#!/usr/bin/env bash
# Whole-process peak resident memory of `corpusdiff compare` against a summary, for docs/benchmarks.md
# ("Memory of `compare`"). Generates the sources once (never commit them), then runs each size:
#   benchmarks/scripts/compare-memory.sh [SIZES_MB] [WORK_DIR] [CLI_DIR]
#   e.g. benchmarks/scripts/compare-memory.sh "10 30 100" /tmp/compare-memory
# A source is samples/wire-source.txt: its two header lines once, then its body repeated until the file reaches the
# size, with two words of a fixed 6,000-word made-up vocabulary inserted after every 12th word (never after a word
# that ends a sentence or a quotation), so that (almost) every copy's sentences are distinct: the claim check folds
# identical sentences into one class, and plain repetition would flatter it. The words are drawn by a fixed LCG, so
# the files are the same on every run. The target is samples/rewrite-summary.txt. Prints, per size: the source's
# bytes, the peak resident set (KiB, from /usr/bin/time -f %M), bytes of peak per source byte, user and wall seconds.
set -euo pipefail
sizes="${1:-10 30 100}"
work="${2:-/tmp/corpusdiff-compare-memory}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cli="${3:-$repo/src/CorpusDiff.Cli/bin/Release/net10.0}/CorpusDiff.Cli.dll"
mkdir -p "$work"

generate() { # megabytes, file
  awk -v limit="$(( $1 * 1000 * 1000 ))" '
    BEGIN {
      split("b d f g k l m n p r s t v z", c, " "); split("a e i o u", v, " ")
      for (i = 0; i < 70; i++) syl[i] = c[int(i / 5) + 1] v[i % 5 + 1]
      for (i = 0; i < 6000; i++) vocab[i] = syl[i % 70] syl[int(i / 70) % 70] syl[(i * 7 + 3) % 70]
      seed = 12345
    }
    NR <= 2 { header = header $0 "\n"; next }
    { body[++lines] = $0 }
    function draw() { seed = (seed * 1103515245 + 12345) % 2147483648; return vocab[int(seed / 65536) % 6000] }
    END {
      printf "%s", header; size = length(header); count = 0
      while (size < limit) {
        for (l = 1; l <= lines && size < limit; l++) {
          n = split(body[l], word, " "); out = ""
          for (w = 1; w <= n; w++) {
            out = out (w > 1 ? " " : "") word[w]
            if (++count >= 12 && word[w] !~ /[.!?:"\x27]$/ && word[w] !~ /\xe2\x80\x9d$/) { out = out " " draw() " " draw(); count = 0 }
          }
          print out; size += length(out) + 1
        }
      }
    }' "$repo/samples/wire-source.txt" > "$2"
}

for mb in $sizes; do
  src="$work/source-${mb}mb.txt"
  [ -s "$src" ] || generate "$mb" "$src"
  bytes=$(stat -c %s "$src")
  /usr/bin/time -f "%M %U %e" -o "$work/time-$mb" \
    dotnet "$cli" compare "$src" "$repo/samples/rewrite-summary.txt" --quiet --out "$work/report-${mb}mb.json"
  read -r kib user wall < "$work/time-$mb"
  awk -v mb="$mb" -v b="$bytes" -v k="$kib" -v u="$user" -v w="$wall" \
    'BEGIN { printf "%s MB: source %d bytes, peak %d KiB (%.0f MiB), %.1f B/byte, user %s s, wall %s s\n", mb, b, k, k / 1024, k * 1024 / b, u, w }'
done
