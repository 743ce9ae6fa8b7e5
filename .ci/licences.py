#!/usr/bin/env python3
"""Writes the licences of the crates Crosscheck's program is built from (assets/licences/).

Run from the repository after a change to Cargo.lock:  python3 .ci/licences.py

It asks cargo itself (`cargo metadata`, no tool to install) for the packages the `crosscheck`
binary links on Linux x86-64 with the default features (development and build-only dependencies
left out, as `cargo-license --avoid-dev-deps --avoid-build-deps` would), and writes:

  assets/licences/crates.txt        one line per crate: name, version, licence (SPDX), source;
                                    shown in Help > About, embedded in the program.
  assets/licences/crates-texts.txt  the licence texts and notices each crate ships (LICENSE*,
                                    COPYING*, NOTICE*), each distinct text once with the crates
                                    that carry it; installed with the package (MIT, BSD and
                                    Apache-2.0 ask for their texts to go with the program).
"""
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "assets", "licences")
TARGET = "x86_64-unknown-linux-gnu"


def main() -> int:
    meta = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--locked", "--filter-platform", TARGET],
            cwd=ROOT, check=True, capture_output=True, text=True,
        ).stdout
    )
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = meta["resolve"]["root"]
    # Walk the normal dependencies (the resolve already holds only the features in use).
    seen, stack = set(), [root]
    while stack:
        node = nodes[stack.pop()]
        for dep in node["deps"]:
            if any(k["kind"] is None for k in dep["dep_kinds"]) and dep["pkg"] not in seen:
                seen.add(dep["pkg"])
                stack.append(dep["pkg"])
    crates = sorted((packages[i] for i in seen), key=lambda p: (p["name"], p["version"]))

    lines = [
        "# The crates (Rust libraries) the Crosscheck program is built from, and their licences.",
        "# Written by .ci/licences.py from Cargo.lock; do not edit by hand.",
        f"# {len(crates)} crates.",
        "",
    ]
    width = max(len(f"{p['name']} {p['version']}") for p in crates)
    for p in crates:
        licence = p.get("license") or (
            f"see {p['license_file']}" if p.get("license_file") else "not stated")
        lines.append(f"{(p['name'] + ' ' + p['version']).ljust(width)}  {licence}")
    with open(os.path.join(OUT, "crates.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    texts: dict[str, list[str]] = {}
    pattern = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|UNLICENSE|COPYRIGHT)", re.I)
    for p in crates:
        folder = os.path.dirname(p["manifest_path"])
        found = sorted(n for n in os.listdir(folder) if pattern.match(n)
                       and os.path.isfile(os.path.join(folder, n)))
        if not found:
            texts.setdefault(f"(no licence file in the crate; its licence: {p.get('license')})",
                             []).append(f"{p['name']} {p['version']}")
        for name in found:
            with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                text = f.read().strip()
            texts.setdefault(text, []).append(f"{p['name']} {p['version']} ({name})")
    out = [
        "The licence texts and notices of the crates Crosscheck is built from.",
        "Written by .ci/licences.py from Cargo.lock; do not edit by hand.",
        "",
    ]
    for text, owners in sorted(texts.items(), key=lambda t: t[1][0]):
        out.append("=" * 78)
        out.append("Carried by: " + ", ".join(owners))
        out.append("-" * 78)
        out.append(text)
        out.append("")
    with open(os.path.join(OUT, "crates-texts.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{len(crates)} crates, {len(texts)} distinct licence texts written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
