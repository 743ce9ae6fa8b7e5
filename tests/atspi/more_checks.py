#!/usr/bin/env python3
"""The checks Crosscheck adds to the shared AT-SPI run (issue 24), read off what it recorded:
events.log (every AT-SPI event, each key marked "=== KEY") and the trees (tree-*.txt.json).

- caret moves are announced: after each of Right, Right, Down in the article, an
  object:text-caret-moved on the document;
- say-all can reach the last paragraph: the document's text at the start (AT-SPI's Text
  interface, which Orca's say-all reads) already holds every paragraph the tree shows after
  Ctrl+End, the last one too;
- actions are announced: "Claim 1 made: …" after Ctrl+Enter, and "Label … added to claim 1"
  after Alt+1, as object:announcement.
Prints OK/GAP lines; exits 1 on a GAP.
"""

import json
import os
import sys

run = sys.argv[1]
gaps = 0


def check(ok, good, bad):
    global gaps
    print(("  OK   " + good) if ok else ("  GAP  " + bad))
    gaps += 0 if ok else 1


def sections():
    """[(key, [event lines])] in order."""
    out = [("(start)", [])]
    with open(os.path.join(run, "events.log"), errors="replace") as f:
        for line in f:
            if line.startswith("=== "):
                out.append((line[4:].strip(), []))
            else:
                out[-1][1].append(line)
    return out


def tree(name):
    path = os.path.join(run, name + ".json")
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return json.load(f)


events = sections()
moves = [k for k, lines in events
         if k in ("Right 1", "Right 2", "Down")
         and any("text-caret-moved" in l and "document" in l for l in lines)]
check(len(moves) == 3, "caret moves announced after Right, Right, Down",
      f"caret moves announced only after {moves} of Right, Right, Down")

start = tree("tree-01-start.txt")
ended = tree("tree-05-ctrl-end.txt")
doc = [n for n in start if n["role"] == "document frame"]
text = (doc[0]["text"] or "") if doc else ""
paragraphs = [n["name"] for n in ended if n["role"] == "paragraph" and n["name"]]
missing = [p for p in paragraphs if p not in text]
check(doc and paragraphs and not missing,
      f"say-all can reach the last paragraph: the document's text ({len(text)} chars) holds "
      f"all {len(paragraphs)} paragraphs, the last one too",
      f"the document's text lacks {len(missing)} of {len(paragraphs)} paragraphs")

said = [l for k, lines in events for l in lines if "object:announcement" in l]
made = [l for l in said if "Claim 1 made" in l]
label = [l for l in said if "added to claim 1" in l]
check(made and label, "the claim and its label are announced",
      f"announcements missing (claim made: {bool(made)}, label added: {bool(label)})")
sys.exit(1 if gaps else 0)
