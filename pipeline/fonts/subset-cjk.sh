#!/usr/bin/env bash
# Regenerates the viewer's bundled CJK label font,
#
#   viewer/src/main/resources/io/github/borderatlas/viewer/fonts/NotoSansCJKsc-subset.ttf
#
# a subset of Noto Sans CJK SC Regular (SIL Open Font License 1.1) holding exactly the Chinese
# characters that BorderAtlas uses: every CJK character of the geodata resources (places,
# countries, rivers, lakes, sectors, timeline, names.json, figures, sources) and of the Java
# sources of core and viewer. The viewer draws label characters that the label font cannot
# display with it (LabelFonts), so Chinese labels render on a machine without a CJK font.
# CjkFontCoverageTest fails when the data gains a Chinese character the font lacks: run this
# script then and commit the font.
#
# Steps:
#   1. Debian `fonts-noto-cjk` 1:20220127+repack1-1 and `python3-fonttools` 4.38.0-1+deb12u1
#      (bookworm): installed with apt-get when missing; versions and the collection's sha256
#      checked against the pins below.
#   2. pipeline/fonts/subset_cjk.py (Debian's /usr/bin/python3 with its fontTools): collects the
#      characters, subsets face 2 (SC) of NotoSansCJK-Regular.ttc to them (no Latin, no Cyrillic,
#      no hinting, no layout features), converts the CFF outlines to TrueType glyf outlines
#      (max error 1/1000 em) and keeps the source's timestamps.
#   3. The font is written through a temporary file moved into place. Running this twice, or on
#      another machine with the same pinned packages, gives a byte-identical file.
#
# Usage:
#   pipeline/fonts/subset-cjk.sh           regenerate the font in place
#   pipeline/fonts/subset-cjk.sh --check   regenerate into a temp file and compare
set -euo pipefail

NOTO_VERSION='1:20220127+repack1-1'
FONTTOOLS_VERSION='4.38.0-1+deb12u1'
TTC=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
TTC_SHA256='b76b0433203017ca80401b2ee0dd69350349871c4b19d504c34dbdd80541690a'

root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/viewer/src/main/resources/io/github/borderatlas/viewer/fonts/NotoSansCJKsc-subset.ttf"

installed() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true; }

if [[ $(installed fonts-noto-cjk) != "$NOTO_VERSION" || $(installed python3-fonttools) != "$FONTTOOLS_VERSION" ]]; then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    "fonts-noto-cjk=$NOTO_VERSION" "python3-fonttools=$FONTTOOLS_VERSION"
fi
echo "$TTC_SHA256  $TTC" | sha256sum -c --quiet

if [[ ${1:-} == --check ]]; then
  tmp=$(mktemp --suffix=.ttf)
  trap 'rm -f "$tmp"' EXIT
  /usr/bin/python3 "$root/pipeline/fonts/subset_cjk.py" "$root" "$TTC" "$tmp"
  cmp "$tmp" "$out" && echo "up to date: $out"
else
  /usr/bin/python3 "$root/pipeline/fonts/subset_cjk.py" "$root" "$TTC" "$out"
fi
