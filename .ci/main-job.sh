#!/usr/bin/env bash
# The README's main job, run once on the bundled sample corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project src/CorpusDiff.Cli -c Release --no-build -- inspect samples/*.txt --format text > .tmp/main-job.txt
head -40 .tmp/main-job.txt
