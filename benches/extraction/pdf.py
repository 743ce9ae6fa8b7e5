#!/usr/bin/env python3
"""Scores a PDF text extractor against pdfminer.six's text of real PDFs (issue 22).

How to run:

    pip install pdfminer.six            # gives pdf2txt.py, the reference
    # the corpus, outside the repository (never committed):
    mkdir -p /work/corpora/pdf && cd /work/corpora/pdf
    #   pdfminer/pdfminer.six   samples/           -> /work/corpora/pdf/samples
    #   py-pdf/sample-files     (whole repository) -> /work/corpora/pdf/py-pdf+sample-files
    #   deanmalmgren/textract   tests/pdf/         -> /work/corpora/pdf/deanmalmgren+textract
    #   mozilla/pdf.js          test/pdfs/*.pdf    -> /work/corpora/pdf/pdf.js
    cargo build --release
    python3 benches/extraction/pdf.py --corpus /work/corpora/pdf \
        --cmd "target/release/crosscheck extract {}"

`--cmd` is any command printing a PDF's text, `{}` standing for the file (another extractor can
be scored the same way). pdfminer's text is made once with `pdf2txt.py FILE` and kept in
CORPUS/.reference/. `--pdfminer` scores pdf2txt.py against itself (for its timing).

Per file and in total: word precision and recall (bag of words: NFKC, lowercase, words are runs
of letters and digits, each CJK character a word of its own; in pdfminer's text a word cut by a
hyphen at a line's end is joined again, as a reader of the page reads it), the glued or
scrambled words (words of 16+ letters the extractor gives that pdfminer's text does not have),
and the median time of 3 runs. pdfminer's "(cid:N)", a glyph it cannot name, is not a word;
a right-to-left word is compared without its vowel marks and in either direction, as pdfminer
gives some right-to-left lines in visual order. `--json FILE` writes the figures.
"""

import argparse
import collections
import json
import os
import re
import shlex
import statistics
import subprocess
import sys
import time
import unicodedata

# Real text PDFs from public test corpora (paths under the corpus). Not scans: each has a text
# layer pdfminer reads. Encrypted ones have an empty user password.
FILES = [
    # pdfminer.six samples
    "samples/simple1.pdf",
    "samples/simple3.pdf",
    "samples/jo.pdf",
    "samples/font-size-test.pdf",
    "samples/nonfree/dmca.pdf",
    "samples/nonfree/f1040nr.pdf",
    "samples/nonfree/i1040nr.pdf",
    "samples/nonfree/kampo.pdf",
    "samples/nonfree/naacl06-shinyama.pdf",
    "samples/nonfree/nlp2004slides.pdf",
    "samples/contrib/2b.pdf",
    "samples/contrib/issue-00352-asw-oct96-p41.pdf",
    "samples/contrib/issue-00369-excel.pdf",
    "samples/contrib/pagelabels.pdf",
    "samples/encryption/base.pdf",
    "samples/zen_of_python_corrupted.pdf",
    # py-pdf/sample-files
    "py-pdf+sample-files/002-trivial-libre-office-writer/002-trivial-libre-office-writer.pdf",
    "py-pdf+sample-files/004-pdflatex-4-pages/pdflatex-4-pages.pdf",
    "py-pdf+sample-files/006-pdflatex-outline/pdflatex-outline.pdf",
    "py-pdf+sample-files/011-google-doc-document/google-doc-document.pdf",
    "py-pdf+sample-files/015-arabic/habibi.pdf",
    "py-pdf+sample-files/021-pdfa/crazyones-pdfa.pdf",
    "py-pdf+sample-files/022-pdfkit/pdfkit.pdf",
    "py-pdf+sample-files/026-latex-multicolumn/multicolumn.pdf",
    # mozilla/pdf.js test/pdfs (bug1815476, bug900822 and issue9972-1 are encrypted with an
    # empty user password)
    "pdf.js/tracemonkey.pdf",
    "pdf.js/pdfjs_wikipedia.pdf",
    "pdf.js/160F-2019.pdf",
    "pdf.js/mixedfonts.pdf",
    "pdf.js/ArabicCIDTrueType.pdf",
    "pdf.js/bug1815476.pdf",
    "pdf.js/bug900822.pdf",
    "pdf.js/issue9972-1.pdf",
    # deanmalmgren/textract
    "deanmalmgren+textract/tests/pdf/two_column.pdf",
    "deanmalmgren+textract/tests/pdf/raw_text.pdf",
    "deanmalmgren+textract/tests/pdf/standardized_text.pdf",
]

GLUED = 16


def is_cjk(c):
    o = ord(c)
    return (
        0x3040 <= o <= 0x30FF  # kana
        or 0x3400 <= o <= 0x4DBF
        or 0x4E00 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xAC00 <= o <= 0xD7AF  # hangul
    )


def is_rtl(c):
    return unicodedata.bidirectional(c) in ("R", "AL")


def canonical(word):
    """A right-to-left word without its vowel marks, the same read either way: pdfminer gives
    some right-to-left text in visual order (its letters backwards)."""
    if not any(is_rtl(c) for c in word):
        return word
    bare = "".join(c for c in word if unicodedata.category(c) != "Mn")
    return min(bare, bare[::-1])


def words(text):
    # pdfminer writes a glyph it cannot name as (cid:N): not a word.
    text = re.sub(r"\(cid:\d+\)", " ", text)
    text = unicodedata.normalize("NFKC", text).lower()
    out = []
    for token in re.findall(r"\w+", text):
        run = []
        for c in token:
            if is_cjk(c):
                if run:
                    out.append("".join(run))
                    run = []
                out.append(c)
            else:
                run.append(c)
        if run:
            out.append("".join(run))
    return [canonical(w) for w in out]


def joined_hyphens(text):
    """pdfminer keeps a hyphen at a line's end; a reader joins the word."""
    return re.sub(r"(\w)[-\u00ad\u2010]\n\s*(\w)", r"\1\2", text)


def reference(corpus, name):
    cache = os.path.join(corpus, ".reference", name + ".txt")
    if not os.path.exists(cache):
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        out = subprocess.run(
            ["pdf2txt.py", os.path.join(corpus, name)],
            capture_output=True,
            timeout=600,
        )
        with open(cache, "wb") as f:
            f.write(out.stdout)
    with open(cache, encoding="utf-8", errors="replace") as f:
        return f.read()


def run(cmd, path, repeat):
    argv = [a.replace("{}", path) for a in shlex.split(cmd)]
    times = []
    out = None
    for _ in range(repeat):
        start = time.perf_counter()
        try:
            out = subprocess.run(argv, capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            return "", 120.0, "timeout"
        times.append(time.perf_counter() - start)
    error = "" if out.returncode == 0 else out.stderr.decode(errors="replace").strip()
    return out.stdout.decode(errors="replace"), statistics.median(times), error


def score(ours, ref):
    a = collections.Counter(words(ours))
    b = collections.Counter(words(joined_hyphens(ref)))
    common = sum((a & b).values())
    ref_set = set(b)
    glued = sorted(
        w for w in a if sum(c.isalpha() for c in w) >= GLUED and w not in ref_set
    )
    return common, sum(a.values()), sum(b.values()), glued


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default="/work/corpora/pdf")
    parser.add_argument("--cmd", default="target/release/crosscheck extract {}")
    parser.add_argument("--pdfminer", action="store_true", help="score pdf2txt.py itself")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json")
    parser.add_argument("--show-glued", action="store_true")
    parser.add_argument("files", nargs="*", help="only these (default: the list)")
    args = parser.parse_args()
    cmd = "pdf2txt.py {}" if args.pdfminer else args.cmd
    names = args.files or FILES
    total_common = total_ours = total_ref = 0
    total_glued = 0
    rows = []
    print(f"{'file':58} {'words':>6} {'prec':>6} {'rec':>6} {'glued':>5} {'ms':>7}")
    for name in names:
        ref = reference(args.corpus, name)
        text, seconds, error = run(cmd, os.path.join(args.corpus, name), args.repeat)
        common, ours, theirs, glued = score(text, ref)
        precision = common / ours if ours else 0.0
        recall = common / theirs if theirs else 1.0
        total_common += common
        total_ours += ours
        total_ref += theirs
        total_glued += len(glued)
        rows.append(
            {
                "file": name,
                "reference_words": theirs,
                "words": ours,
                "precision": precision,
                "recall": recall,
                "glued": glued,
                "ms": seconds * 1000,
                "error": error,
            }
        )
        short = name if len(name) <= 58 else "…" + name[-57:]
        note = f"  [{error.splitlines()[-1][:70]}]" if error else ""
        print(
            f"{short:58} {theirs:6} {precision:6.3f} {recall:6.3f} {len(glued):5} "
            f"{seconds * 1000:7.0f}{note}"
        )
        if args.show_glued and glued:
            print("      glued:", " ".join(glued[:12]))
    precision = total_common / total_ours if total_ours else 0.0
    recall = total_common / total_ref if total_ref else 0.0
    macro_p = statistics.mean(r["precision"] for r in rows)
    macro_r = statistics.mean(r["recall"] for r in rows)
    median_ms = statistics.median(r["ms"] for r in rows)
    print(
        f"\n{len(rows)} files, {total_ref} reference words: precision {precision:.3f} "
        f"recall {recall:.3f} (per-file mean {macro_p:.3f} / {macro_r:.3f}), "
        f"glued {total_glued}, median {median_ms:.0f} ms, "
        f"refused {sum(1 for r in rows if r['error'])}"
    )
    if args.json:
        with open(args.json, "w") as f:
            json.dump(
                {
                    "cmd": cmd,
                    "precision": precision,
                    "recall": recall,
                    "glued": total_glued,
                    "median_ms": median_ms,
                    "files": rows,
                },
                f,
                indent=1,
            )


if __name__ == "__main__":
    sys.exit(main())
