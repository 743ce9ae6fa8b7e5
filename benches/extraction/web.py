#!/usr/bin/env python3
"""Scores Crosscheck's import of web pages (issue 22) on two public corpora, beside other extractors.

1. The ScrapingHub article-extraction-benchmark (181 news pages, `html/*.html.gz`, `ground-truth.json`,
   `evaluate.py`): every page is unpacked to a file, read with `crosscheck extract --json FILE` (one
   process per page, timed), and the texts are written in the benchmark's own format
   (`{"version": ..., "output": {ID: {"articleBody": TEXT}}}`) and scored with the benchmark's own
   `evaluate.py` (shingle precision, recall, F1 with bootstrap deviations).
2. Mozilla Readability's test pages (`test/test-pages/*/source.html` and `expected.html`): word-level
   precision, recall and F1 of the extracted text against the text of `expected.html` (bags of
   lowercase `\\w+` words, averaged over pages), pages refused counted.

With --others it also runs trafilatura (Python package) and Readability.js (npm `@mozilla/readability`
with `jsdom`, through benches/extraction/readability_js.cjs) on the same pages, for the comparison.

Nothing here is committed but this script: the corpora live outside the repository.

Setup (once):
    G=/work/.mirror/scrapinghub+article-extraction-benchmark/repo   # a clone of the benchmark
    mkdir -p /work/corpora/article-extraction-benchmark && cd $_ && \\
      git --git-dir=$G ls-tree -r HEAD --name-only | grep -v '^output/' | while read f; do \\
        mkdir -p "$(dirname "$f")"; git --git-dir=$G show "HEAD:$f" > "$f"; done
    (the same for mozilla/readability's test/test-pages into /work/corpora/readability)
    python3 -m venv /work/corpora/venv && /work/corpora/venv/bin/pip install trafilatura lxml_html_clean
    mkdir -p /work/corpora/readability-js && cd $_ && npm install @mozilla/readability jsdom

Run (from the repository):
    cargo build --release && cp target/release/crosscheck /tmp/crosscheck
    /work/corpora/venv/bin/python benches/extraction/web.py --binary /tmp/crosscheck --others

Options: --benchmark DIR, --readability DIR (the test-pages folder), --node-modules DIR,
--work DIR (where outputs are kept; a temporary folder by default), --only-benchmark,
--only-readability.
"""

import argparse
import gzip
import html.parser
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

CORPORA = Path("/work/corpora")
WORD = re.compile(r"\w+", re.UNICODE)


CPU_SECONDS = []  # user + system time of each crosscheck process (less shaken by a busy machine)
METADATA = {}  # page -> the metadata crosscheck read


def run_crosscheck(binary, page):
    """(text or None if refused, wall seconds, why refused) for one page, read by the binary."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [binary, "extract", "--json", str(page)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU_SECONDS.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        return None, seconds, done.stderr.decode("utf-8", "replace").strip()
    value = json.loads(done.stdout)
    METADATA[str(page)] = value
    return value["text"], seconds, ""


def times_line(name, wall):
    cpu = CPU_SECONDS[-len(wall):]
    return (f"{name}: crosscheck median {1000 * statistics.median(wall):.1f} ms a page wall "
            f"(whole process), {1000 * statistics.median(cpu):.1f} ms CPU; max wall "
            f"{1000 * max(wall):.0f} ms")


def run_trafilatura(pages):
    import trafilatura  # noqa: PLC0415 (only with --others)

    out, times = {}, []
    for key, page in pages.items():
        source = page.read_text(encoding="utf-8", errors="replace")
        start = time.perf_counter()
        out[key] = trafilatura.extract(source, include_comments=False) or ""
        times.append(time.perf_counter() - start)
    return out, times, trafilatura.__version__


def run_readability_js(pages, node_modules, work):
    listing = work / "readability-js-input.json"
    listing.write_text(json.dumps({k: str(p) for k, p in pages.items()}))
    env = dict(os.environ, NODE_PATH=str(node_modules))
    runner = Path(__file__).with_name("readability_js.cjs")
    done = subprocess.run(
        ["node", str(runner), str(listing)],
        stdout=subprocess.PIPE,
        env=env,
        check=True,
    )
    result = json.loads(done.stdout)
    version = json.loads((node_modules / "@mozilla/readability/package.json").read_text())[
        "version"
    ]
    return result["texts"], result["seconds"], version


class TextOf(html.parser.HTMLParser):
    """The text of an HTML fragment (expected.html), without scripts and styles."""

    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(source):
    parser = TextOf()
    parser.feed(source)
    return "".join(parser.parts)


def word_scores(true, pred):
    """Word-bag precision and recall of one page (None where undefined)."""
    t, p = Counter(WORD.findall(true.lower())), Counter(WORD.findall(pred.lower()))
    common = sum((t & p).values())
    precision = common / sum(p.values()) if p else None
    recall = common / sum(t.values()) if t else None
    return precision, recall


def summary(scores):
    precision = statistics.mean(p for p, _ in scores if p is not None)
    recall = statistics.mean(r if r is not None else 0.0 for _, r in scores)
    return precision, recall, 2 * precision * recall / (precision + recall)


def benchmark(args, work):
    bench = args.benchmark
    truth = json.loads((bench / "ground-truth.json").read_text())
    pages_dir = work / "benchmark-pages"
    pages_dir.mkdir(exist_ok=True)
    pages = {}
    for gz in sorted((bench / "html").glob("*.html.gz")):
        key = gz.name.split(".")[0]
        page = pages_dir / f"{key}.html"
        with gzip.open(gz, "rb") as f:
            page.write_bytes(f.read())
        pages[key] = page
    scored = work / "benchmark"
    (scored / "output").mkdir(parents=True, exist_ok=True)
    shutil.copy(bench / "ground-truth.json", scored / "ground-truth.json")

    out, times, refused = {}, [], []
    for key, page in pages.items():
        text, seconds, why = run_crosscheck(args.binary, page)
        times.append(seconds)
        if text is None:
            refused.append((key, why))
            text = ""
        out[key] = {"articleBody": text.replace("\u00ad", "")}
    write_output(scored / "output/crosscheck.json", out, "this build")
    print(times_line("benchmark", times))
    for key, why in refused:
        has_article = bool(truth[key].get("articleBody", "").strip())
        print(f"  refused {key} (ground truth {'has' if has_article else 'has no'} article): {why}")
    if args.others:
        texts, ttimes, version = run_trafilatura(pages)
        write_output(scored / "output/trafilatura.json",
                     {k: {"articleBody": v} for k, v in texts.items()}, version)
        print(f"benchmark: trafilatura median {1000 * statistics.median(ttimes):.1f} ms a page "
              "(in process)")
        texts, rtimes, version = run_readability_js(pages, args.node_modules, work)
        write_output(scored / "output/readability_js.json",
                     {k: {"articleBody": v} for k, v in texts.items()}, version)
        print(f"benchmark: Readability.js median {1000 * statistics.median(rtimes):.1f} ms a page "
              "(in process, with jsdom)")
    print("benchmark: its own evaluate.py")
    subprocess.run([sys.executable, str(bench / "evaluate.py")], cwd=scored, check=True)


def write_output(path, output, version):
    path.write_text(json.dumps({"version": version, "output": output}, ensure_ascii=False))


def readability(args, work):
    pages = {}
    expected = {}
    for folder in sorted(p for p in args.readability.iterdir() if p.is_dir()):
        source = folder / "source.html"
        if source.exists() and (folder / "expected.html").exists():
            pages[folder.name] = source
            expected[folder.name] = text_of((folder / "expected.html").read_text(errors="replace"))
    results = {}
    out, times, refused = {}, [], []
    for key, page in pages.items():
        text, seconds, _ = run_crosscheck(args.binary, page)
        times.append(seconds)
        if text is None:
            refused.append(key)
        out[key] = text or ""
    results["crosscheck"] = (out, refused)
    if args.others:
        texts, _, _ = run_trafilatura(pages)
        results["trafilatura"] = (texts, [k for k, v in texts.items() if not v.strip()])
        texts, _, _ = run_readability_js(pages, args.node_modules, work)
        results["readability_js"] = (texts, [k for k, v in texts.items() if not v.strip()])
    (work / "readability-outputs.json").write_text(
        json.dumps({n: o for n, (o, _) in results.items()}, ensure_ascii=False))
    print(f"\nReadability test pages ({len(pages)}): word precision, recall, F1 against expected.html")
    print(f"{'':<16} {'precision':>9} {'recall':>9} {'F1':>9} {'refused':>8}")
    for name, (texts, refused) in results.items():
        p, r, f = summary([word_scores(expected[k], texts[k]) for k in pages])
        print(f"{name:<16} {p:9.3f} {r:9.3f} {f:9.3f} {len(refused):8d}")
    print(times_line("Readability test pages", times))
    if results["crosscheck"][1]:
        print("crosscheck refused: " + ", ".join(results["crosscheck"][1]))
    metadata(pages)


def same(a, b):
    return " ".join(str(a or "").split()).lower() == " ".join(str(b or "").split()).lower()


def metadata(pages):
    """How often crosscheck's title, author, outlet, date and language are Readability's
    (expected-metadata.json), over the pages where Readability's is not empty."""
    fields = [("title", "title"), ("author", "byline"), ("outlet", "siteName"),
              ("published", "publishedTime"), ("language", "lang")]
    counts = {f: [0, 0] for f, _ in fields}
    for key, page in pages.items():
        expected_file = page.parent / "expected-metadata.json"
        ours = METADATA.get(str(page))
        if not expected_file.exists() or ours is None:
            continue
        expected = json.loads(expected_file.read_text())
        for field, theirs in fields:
            if expected.get(theirs):
                counts[field][1] += 1
                want, got = expected[theirs], ours.get(field, "")
                if field == "published":
                    ok = str(got)[:10] == str(want)[:10]
                elif field == "language":
                    ok = str(got).lower().split("-")[0] == str(want).lower().split("-")[0]
                else:
                    ok = same(got, want)
                counts[field][0] += ok
    print("metadata equal to Readability's expected-metadata.json (pages where it has one): "
          + ", ".join(f"{f} {a}/{n}" for f, (a, n) in counts.items()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default="target/release/crosscheck")
    parser.add_argument("--benchmark", type=Path, default=CORPORA / "article-extraction-benchmark")
    parser.add_argument("--readability", type=Path, default=CORPORA / "readability/test/test-pages")
    parser.add_argument("--node-modules", type=Path, default=CORPORA / "readability-js/node_modules")
    parser.add_argument("--work", type=Path)
    parser.add_argument("--others", action="store_true", help="also trafilatura and Readability.js")
    parser.add_argument("--only-benchmark", action="store_true")
    parser.add_argument("--only-readability", action="store_true")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="web-extraction-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"outputs in {work}")
    if not args.only_readability:
        benchmark(args, work)
    if not args.only_benchmark:
        readability(args, work)


if __name__ == "__main__":
    main()
