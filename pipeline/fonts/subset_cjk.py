"""Subsets Noto Sans CJK SC Regular to the Chinese characters BorderAtlas uses.

Called by subset-cjk.sh (which pins and checks the inputs); see there. Arguments:
  subset_cjk.py REPO_ROOT SOURCE_TTC OUT_TTF

1. Collects every CJK code point (the ranges in CJK_RANGES, the same as the viewer's
   CjkFontCoverageTest) in the UTF-8 text files under SCANNED (the geodata resources and the
   Java sources of core and viewer), sorted.
2. Subsets face 2 (Noto Sans CJK SC) of the collection to them, no hinting, no layout features,
   names kept (family, copyright, licence), no other characters (no Latin, no Cyrillic).
3. Converts the CFF outlines to TrueType quadratic outlines (glyf, max error 1 unit of 1000),
   so that the font is a plain TrueType font for java.awt.Font and for PDF embedding.
4. Writes OUT_TTF with head.modified kept from the source: the same inputs give the same bytes.
"""

import os
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

SCANNED = [
    "geodata/src/main/resources/io/github/borderatlas/geodata",
    "core/src/main/java",
    "viewer/src/main/java",
]

# CJK radicals, symbols and punctuation, strokes, enclosed CJK, CJK compatibility, Han
# (extension A, unified, compatibility ideographs, supplementary planes), vertical and
# compatibility forms, half- and full-width forms.
CJK_RANGES = [
    (0x2E80, 0x2FDF),
    (0x3000, 0x303F),
    (0x31C0, 0x31EF),
    (0x3200, 0x33FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFE10, 0xFE1F),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),
    (0x20000, 0x3FFFF),
]

SC_FACE = 2  # 0 JP, 1 KR, 2 SC, 3 TC, 4 HK in NotoSansCJK-Regular.ttc


def is_cjk(cp):
    return any(lo <= cp <= hi for lo, hi in CJK_RANGES)


def collect(root):
    found = set()
    for rel in SCANNED:
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, rel)):
            dirnames.sort()
            for name in sorted(filenames):
                with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                    found.update(ord(c) for c in f.read() if is_cjk(ord(c)))
    return sorted(found)


def to_truetype(font):
    """Replaces the CFF table by glyf/loca (quadratic outlines), as fontTools' otf2ttf does."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
        "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def main(root, source, out):
    chars = collect(root)
    font = TTFont(source, fontNumber=SC_FACE, recalcTimestamp=False, lazy=False)
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.recalc_timestamp = False
    sub = subset.Subsetter(options)
    sub.populate(unicodes=chars)
    sub.subset(font)
    to_truetype(font)
    font.recalcTimestamp = False
    tmp = out + ".tmp"
    font.save(tmp, reorderTables=True)
    os.replace(tmp, out)
    print("%d characters, %d glyphs, %d bytes: %s" % (
        len(chars), len(font.getGlyphOrder()), os.path.getsize(out), out))


if __name__ == "__main__":
    main(*sys.argv[1:])
