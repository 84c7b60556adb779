#!/usr/bin/env bash
# The dashboard's JavaScript packages, from the npm registry, copied into static/vendor (git-ignored, never
# committed, never fetched at run time). Run by install.sh; safe to run again (a stamp skips the download).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/static/vendor"
packages="leaflet@1.9.4 leaflet.markercluster@1.5.3 world-atlas@2.0.2 topojson-client@3.1.0 uplot@1.6.32"
if [ -f "$dest/.stamp" ] && [ "$(cat "$dest/.stamp")" = "$packages" ]; then
    exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# shellcheck disable=SC2086
npm install --silent --no-audit --no-fund --no-save --no-package-lock --prefix "$tmp" $packages >/dev/null
nm="$tmp/node_modules"
rm -rf "$dest"
mkdir -p "$dest/leaflet" "$dest/leaflet.markercluster" "$dest/world-atlas" "$dest/topojson-client" "$dest/uplot"
cp "$nm/leaflet/dist/leaflet.js" "$nm/leaflet/dist/leaflet.css" "$nm/leaflet/LICENSE" "$dest/leaflet/"
cp -r "$nm/leaflet/dist/images" "$dest/leaflet/"
cp "$nm/leaflet.markercluster/dist/leaflet.markercluster.js" "$nm/leaflet.markercluster/dist/MarkerCluster.css" \
   "$nm/leaflet.markercluster/dist/MarkerCluster.Default.css" "$nm/leaflet.markercluster/MIT-LICENCE.txt" \
   "$dest/leaflet.markercluster/"
cp "$nm/world-atlas/countries-110m.json" "$nm/world-atlas/LICENSE" "$dest/world-atlas/"
cp "$nm/topojson-client/dist/topojson-client.min.js" "$nm/topojson-client/LICENSE" "$dest/topojson-client/"
cp "$nm/uplot/dist/uPlot.iife.min.js" "$nm/uplot/dist/uPlot.min.css" "$nm/uplot/LICENSE" "$dest/uplot/"
echo "$packages" > "$dest/.stamp"
