#!/usr/bin/env python3
"""Builds Crosscheck's .deb with dpkg-deb from an already built binary, without cargo-deb.

    python3 .ci/deb.py BINARY OUT_DIR      (prints the .deb's path)

It reads the same `[package.metadata.deb]` table `cargo deb` reads (through `cargo metadata`, so
there is one description of the package), stages its assets (the binary for the one asset
`target/release/crosscheck`, as cargo-deb does with `--profile`), writes DEBIAN/control and
DEBIAN/md5sums, and runs `dpkg-deb --build --root-owner-group`. Nothing to compile: CI uses it
when cargo-deb is not installed (installing cargo-deb builds it from source, minutes of CI).
Only what the table here uses is supported (explicit assets, depends and recommends).
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY_ASSET = "target/release/crosscheck"


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary, out_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    meta = json.loads(subprocess.run(
        ["cargo", "metadata", "--no-deps", "--format-version", "1", "--offline"],
        cwd=ROOT, check=True, capture_output=True, text=True).stdout)
    package = next(p for p in meta["packages"] if p["name"] == "crosscheck")
    deb = package["metadata"]["deb"]
    arch = subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                          text=True).stdout.strip()
    version = f"{package['version']}-1"
    stage = tempfile.mkdtemp(prefix="crosscheck-deb-")
    try:
        for source, dest, mode in deb["assets"]:
            source_path = binary if source == BINARY_ASSET else os.path.join(ROOT, source)
            target = os.path.join(stage, dest)
            if dest.endswith("/"):
                target = os.path.join(target, os.path.basename(source))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copyfile(source_path, target)
            os.chmod(target, int(mode, 8))
        if shutil.which("strip"):
            # As cargo-deb does: the package carries the program without its debug symbols.
            subprocess.run(["strip", "--strip-unneeded",
                            os.path.join(stage, "usr", "bin", "crosscheck")], check=True)
        size_kib, sums = 0, []
        for folder, _, files in sorted(os.walk(stage)):
            for name in sorted(files):
                path = os.path.join(folder, name)
                size_kib += (os.path.getsize(path) + 1023) // 1024
                with open(path, "rb") as f:
                    sums.append(f"{hashlib.md5(f.read()).hexdigest()}  "
                                f"{os.path.relpath(path, stage)}")
        os.chmod(stage, 0o755)
        for folder, dirs, _ in os.walk(stage):
            for d in dirs:
                os.chmod(os.path.join(folder, d), 0o755)
        description = package["description"]
        extended = "\n".join(" " + line for line in
                             textwrap.wrap(" ".join(deb["extended-description"].split()), 76))
        control = [
            f"Package: {package['name']}",
            f"Version: {version}",
            f"Architecture: {arch}",
            f"Maintainer: {deb['maintainer']}",
            f"Installed-Size: {size_kib}",
            f"Depends: {deb['depends']}",
            f"Recommends: {deb['recommends']}",
            f"Section: {deb['section']}",
            f"Priority: {deb['priority']}",
            f"Description: {description}",
            extended,
        ]
        os.makedirs(os.path.join(stage, "DEBIAN"))
        with open(os.path.join(stage, "DEBIAN", "control"), "w", encoding="utf-8") as f:
            f.write("\n".join(control) + "\n")
        with open(os.path.join(stage, "DEBIAN", "md5sums"), "w", encoding="utf-8") as f:
            f.write("\n".join(sums) + "\n")
        os.makedirs(out_dir, exist_ok=True)
        out = os.path.join(out_dir, f"{package['name']}_{version}_{arch}.deb")
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "--build", stage, out],
                       check=True, stdout=subprocess.DEVNULL)
        print(out)
        return 0
    finally:
        shutil.rmtree(stage, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
