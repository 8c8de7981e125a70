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
