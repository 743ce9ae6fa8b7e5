#!/bin/bash
# The screen-reader check (issue 24): the app under Xvfb with a real AT-SPI client, the path Orca
# takes. Runs ../shared/tools/atspi/run_check.sh (Xvfb, its own D-Bus and AT-SPI buses, the app,
# a keyboard session; Orca too where installed), then the checks this project adds on what it
# recorded: caret moves announced in the article, say-all able to reach the last paragraph, a claim
# and a label announced. Prints OK/GAP lines; exits 1 on any GAP.
#
# usage: tests/atspi/check.sh [BINARY]   (default: target/release/crosscheck)
# It cannot run in `cargo test` (it needs Xvfb and D-Bus); .ci/run runs it.
set -u
cd "$(dirname "$0")/../.."
BIN=${1:-target/release/crosscheck}
SHARED=../shared/tools/atspi/run_check.sh
if [ ! -x "$SHARED" ]; then
  echo "no $SHARED beside the project"; exit 2
fi
OUT=$(mktemp -d -t crosscheck-atspi.XXXXXX)
ATSPI_OUT=$OUT "$SHARED" "$BIN" > "$OUT/check.txt" 2>"$OUT/check.err"
grep -E '^ *(OK|GAP) ' "$OUT/check.txt"
python3 tests/atspi/more_checks.py "$OUT"
more=$?
gaps=$(grep -c '^ *GAP ' "$OUT/check.txt")
echo "recorded in $OUT"
if [ "$gaps" != 0 ] || [ "$more" != 0 ]; then
  exit 1
fi
