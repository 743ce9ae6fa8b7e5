#!/usr/bin/env bash
# Renders the icon (assets/icons/crosscheck.svg) to the PNG sizes desktops look for
# (assets/icons/hicolor/SIZExSIZE/apps/crosscheck.png), with rsvg-convert (Debian: librsvg2-bin).
# Run after changing the SVG; the PNGs are committed, so packaging needs no renderer.
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 24 32 48 64 128 256; do
  dir=assets/icons/hicolor/${size}x${size}/apps
  mkdir -p "$dir"
  rsvg-convert -w "$size" -h "$size" assets/icons/crosscheck.svg -o "$dir/crosscheck.png"
done
mkdir -p assets/icons/hicolor/scalable/apps
cp assets/icons/crosscheck.svg assets/icons/hicolor/scalable/apps/crosscheck.svg
echo "icons written under assets/icons/hicolor"
