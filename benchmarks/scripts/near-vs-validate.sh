#!/usr/bin/env bash
# Whole-process benchmark: `borderatlas near FILE --csv` against `borderatlas validate FILE` (the
# baseline: the same streamed read of the same file, with a light check of each feature) on a
# generated file of N points spread over the region (70–95°E, 40–52°N, fixed seed). Prints wall
# time and peak RSS (GNU time -v) of both and the ratios; the difference is the cost of measuring
# every feature against the bundled border (about 11,500 vertices).
#
# Usage:
#   mvn -B -pl viewer -am package -DskipTests
#   benchmarks/scripts/near-vs-validate.sh [N]        # N points, default 20000
# Environment:
#   BA_TARGET   build directory name of the jar (default: target)
#   RUNS        runs per command; the median is reported (default: 1)
#   WORK        scratch directory (default: a new temporary directory, removed at the end)
#   JAVA_OPTS   JVM options of both runs (default: -Xmx256m)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="${BA_TARGET:-target}"
runs="${RUNS:-1}"
n="${1:-20000}"
java_opts="${JAVA_OPTS:--Xmx256m}"
cli_jar="$root/viewer/$target/borderatlas.jar"

die() { echo "near-vs-validate: $*" >&2; exit 2; }

for tool in java python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || die "$tool not found (GNU time: apt-get install time)"
done
[[ -f "$cli_jar" ]] || die "$cli_jar missing; build: mvn -B -pl viewer -am package -DskipTests"

if [[ -n "${WORK:-}" ]]; then
  work="$WORK"
  mkdir -p "$work"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
input="$work/points.geojson"
python3 - "$n" "$input" <<'PY'
import json, random, sys
n, out = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(9)
with open(out, "w") as f:
    f.write('{"type":"FeatureCollection","features":[\n')
    for i in range(n):
        lon, lat = round(rnd.uniform(70, 95), 6), round(rnd.uniform(40, 52), 6)
        f.write(("," if i else "") + json.dumps({"type": "Feature", "id": i + 1,
            "properties": {"name": "p%d" % (i + 1)},
            "geometry": {"type": "Point", "coordinates": [lon, lat]}}) + "\n")
    f.write("]}\n")
PY

measure() {
  local log="$work/time.log"
  /usr/bin/time -v -o "$log" "$@" >"$work/cmd.out" 2>&1 || true
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%.2f %d\n", s, rss }' "$log"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "input: $n points ($(du -h "$input" | cut -f1)); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
for cmd in validate near; do
  : >"$work/$cmd.t"; : >"$work/$cmd.m"
  for ((i = 1; i <= runs; i++)); do
    if [[ $cmd == near ]]; then
      read -r t m < <(measure java $java_opts -jar "$cli_jar" near "$input" --csv --out "$work/near.csv")
    else
      read -r t m < <(measure java $java_opts -jar "$cli_jar" validate "$input")
    fi
    echo "$t" >>"$work/$cmd.t"; echo "$m" >>"$work/$cmd.m"
  done
done
[[ -f "$work/near.csv" ]] || { cat "$work/cmd.out" >&2; die "near wrote nothing"; }
rows=$(($(wc -l <"$work/near.csv") - 1))
[[ $rows -eq $n ]] || die "near wrote $rows rows for $n features"
vt=$(median <"$work/validate.t"); vm=$(median <"$work/validate.m")
nt=$(median <"$work/near.t"); nm=$(median <"$work/near.m")
printf '%-9s %9s %12s\n' command "time (s)" "peak RSS MB"
printf '%-9s %9.2f %12.0f\n' validate "$vt" "$(echo "$vm / 1024" | bc -l)"
printf '%-9s %9.2f %12.0f\n' near "$nt" "$(echo "$nm / 1024" | bc -l)"
echo "ratio near/validate: time $(echo "$nt / $vt" | bc -l | cut -c1-5), peak RSS $(echo "$nm / $vm" | bc -l | cut -c1-5)"
