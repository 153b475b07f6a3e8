#!/bin/sh
# Regenerates docs/screenshot.png: the viewer window on the bundled atlas at its default size
# (1400x900), painted under Xvfb by the ReadmeScreenshotTest window test (needs xvfb, or a DISPLAY).
set -eu
cd "$(dirname "$0")/.."
BA_SCREENSHOT_OUT="$PWD/docs/screenshot.png" \
  mvn -B -o -q -pl viewer -am test -Dtest=ReadmeScreenshotTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dspotbugs.skip -Djacoco.skip
echo "wrote docs/screenshot.png"
