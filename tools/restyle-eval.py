#!/usr/bin/env python3
"""Writes the cased dev pairs again in the styles that held-out benchmarks use, so the consistency score can be checked
for robustness to pre-processing without new labels. Python standard library only; deterministic.

Styles (the labels are unchanged: lower-casing or tokenising a text changes neither its facts nor its consistency):
  lower  source and summary lower-cased (SummEval's and Goyal'21's summaries are)
  ptb    lower-cased and tokenised the Penn Treebank way (` . `, ` , `, `-lrb-`/`-rrb-`, `` ``/'' ``, `n't`, `'s`), as
         CNN/DailyMail's tokenised releases and the summaries of systems trained on them are

Datasets already lower-cased (goyal-*) are left out. Each row's dataset becomes `<dataset>-<style>`.

Reproduce:
  python3 tools/restyle-eval.py /tmp/restyled.jsonl ../shared/eval/consistency-dev.jsonl \
      ../shared/eval/consistency-dev-abstractive.jsonl
  corpusdiff eval --jsonl /tmp/restyled.jsonl
"""
import json
import re
import sys

ALREADY_LOWER = ("goyal-",)


def lower(text):
    return text.lower()


def ptb(text):
    text = text.replace("(", " -lrb- ").replace(")", " -rrb- ")
    # An opening double quote precedes a word, a closing one follows it.
    text = re.sub(r'"(?=\w)', "`` ", text)
    text = text.replace('"', " ''")
    text = re.sub(r"(\w)n't\b", r"\1 n't", text)
    text = re.sub(r"(\w)'(s|re|ve|ll|d|m)\b", r"\1 '\2", text)
    text = re.sub(r"([.,;:!?])(?=\s|$)", r" \1", text)
    # Line breaks stay: some summaries (Polytope's) separate their sentences by them alone.
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r" *\n *", "\n", text).strip().lower()


STYLES = {"lower": lower, "ptb": ptb}


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    written = 0
    with open(argv[1], "w", encoding="utf-8") as out:
        for style, restyle in STYLES.items():
            for path in argv[2:]:
                with open(path, encoding="utf-8") as f:
                    for line in f:
                        row = json.loads(line)
                        if row["dataset"].startswith(ALREADY_LOWER):
                            continue
                        row["id"] = f"{row['id']}-{style}"
                        row["dataset"] = f"{row['dataset']}-{style}"
                        row["source"] = restyle(row["source"])
                        row["summary"] = restyle(row["summary"])
                        out.write(json.dumps(row, ensure_ascii=False) + "\n")
                        written += 1
    print(f"{written} pairs written to {argv[1]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
