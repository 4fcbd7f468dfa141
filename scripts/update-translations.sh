#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources. English entries are filled from the source
# text (the sources are English); new Japanese entries stay "unfinished" until translated,
# and the translations_complete test fails until they are.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate 2>/dev/null || echo /usr/lib/qt6/bin/lupdate)
mapfile -t sources < <(find src ui -name '*.cpp' -o -name '*.h' -o -name '*.ui' | sort)
"$lupdate" -locations none -no-obsolete "${sources[@]}" -ts translations/mamori_ja.ts translations/mamori_en.ts
python3 scripts/fill_english_ts.py translations/mamori_en.ts
grep -c 'type="unfinished"' translations/mamori_ja.ts | sed 's/^/Japanese entries to translate: /' || true
