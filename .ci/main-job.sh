#!/usr/bin/env bash
# The README's main job, run once on the bundled sample corpus: compare every sample report with the most complete one.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
dotnet run --project src/CorpusDiff.Cli -c Release --no-build -- compare --auto-source samples/*.txt --format text > .tmp/main-job.txt
grep -E "^===|^same event|^coverage|^consistency" .tmp/main-job.txt
# The verdicts the sample corpus was written to produce (samples/gold/alignments.json).
grep -q "^=== rewrite-summary.txt  vs source wire-source.txt" .tmp/main-job.txt
grep -A1 "^=== unrelated-similar-topic.txt" .tmp/main-job.txt | grep -q "same event:  no"
# The issue's HTML command: one self-contained page for the source and every other sample.
dotnet run --project src/CorpusDiff.Cli -c Release --no-build -- compare samples/wire-source.txt samples/*.txt --format html --out .tmp/main-job.html
grep -q "Content-Security-Policy" .tmp/main-job.html
echo "html report: $(wc -c < .tmp/main-job.html) bytes, $(grep -o 'class="cd-cmp"' .tmp/main-job.html | wc -l) comparisons"
