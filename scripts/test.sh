#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every test with ctest,
# headless. Screenshots of the GUI tests land in build/ci/tests/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh ci
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 TZ=UTC
ctest --preset ci --parallel "$(nproc)" --timeout 300

# The importers' libFuzzer targets need clang; where it is installed they are built and run
# briefly on their seed corpora.
if command -v clang++ >/dev/null 2>&1; then
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz --parallel "$(nproc)" --target csv_reader_fuzzer xlsx_reader_fuzzer playbook_fuzzer
    ctest --preset fuzz --timeout 300
fi
