#!/usr/bin/env bash
# Times the whole `crosscheck reanchor` process on the workload of benches/anchor.rs (1,000
# quotes made in 1 MB of English and of multi-script text, then 1% random char edits): the median
# of RUNS runs each, process start to exit, and how many placements are on their exact true span.
#
#   benches/reanchor_process.sh [BINARY] [RUNS]
#
# BINARY defaults to target/release/crosscheck (build it with `cargo build --release`), RUNS to 21.
# The workload is written once to $REANCHOR_WORK (default /tmp/reanchor-work, outside the repo)
# by `cargo run --example reanchor_workload`; the English text is $ENGLISH_CORPUS (default
# ../shared/corpora/tinyshakespeare.txt beside the repo, as the bench), or generated when missing.
# Each binary's output is kept as $REANCHOR_WORK/NAME.<binary's file name>.out, so that two
# builds' placements can be compared with `cmp`.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
binary=${1:-$repo/target/release/crosscheck}
runs=${2:-21}
work=${REANCHOR_WORK:-/tmp/reanchor-work}
corpus=${ENGLISH_CORPUS:-$repo/../shared/corpora/tinyshakespeare.txt}

if [[ ! -x $binary ]]; then
    echo "no binary at $binary (cargo build --release --bin crosscheck)" >&2
    exit 1
fi
if [[ ! -f $work/multiscript.truth.json ]]; then
    (cd "$repo" && cargo run --quiet --example reanchor_workload -- "$work" "$corpus")
fi

# Milliseconds since some start, from bash's own clock (no process started to read it).
now_ms() {
    local t=${EPOCHREALTIME/[,.]/}
    echo $((10#$t / 1000))
}

tag=$(basename "$binary")
for name in english multiscript; do
    args=(reanchor --text "$work/$name.txt" --annotations "$work/$name.json")
    out="$work/$name.$tag.out"
    "$binary" "${args[@]}" >"$out" # warm the page cache
    times=()
    for ((i = 0; i < runs; i++)); do
        start=$(now_ms)
        "$binary" "${args[@]}" >/dev/null
        end=$(now_ms)
        times+=($((end - start)))
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    median=${sorted[$((runs / 2))]}
    exact=$(cd "$repo" && cargo run --quiet --example reanchor_workload -- --check \
        "$work/$name.truth.json" "$out")
    echo "$name: median ${median} ms (min ${sorted[0]}, max ${sorted[$((runs - 1))]}, $runs runs); $exact"
done
