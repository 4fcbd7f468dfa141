#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every test with ctest,
# headless. Screenshots of the GUI tests land in build/ci/tests/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh ci
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 TZ=UTC
ctest --preset ci --parallel "$(nproc)" --timeout 300
