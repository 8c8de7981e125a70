#!/usr/bin/env bash
# Writes src/CorpusDiff/Language/Data/english-words.txt: every word of SCOWL's American and British English lists
# (Debian packages wamerican and wbritish, /usr/share/dict), well-known names included, lower-cased, one a line, in
# ordinal (byte) order, possessives left out. It is stored uncompressed: inflating it took longer than searching it
# ever does. The checker asks it whether a new word of a case-less summary is one English knows or a rare name
# (Language/EnglishWords). SCOWL's copyright notice is in THIRD-PARTY-NOTICES.md and ships in the package.
#
# Reproduce: apt-get install -y wamerican wbritish && tools/make-english-words.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/CorpusDiff/Language/Data/english-words.txt
cat /usr/share/dict/american-english /usr/share/dict/british-english \
  | grep -av "'" | tr '[:upper:]' '[:lower:]' | LC_ALL=C sort -u > "$out"
echo "$(wc -l < "$out") words written to $out ($(stat -c %s "$out") bytes)"
