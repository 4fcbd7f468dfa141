#!/usr/bin/env bash
# Installs what is missing, builds Mamori and starts it on the default database
# (or pass arguments, e.g. scripts/run.sh --db /path/to/file.sqlite).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found; starting with the offscreen platform." >&2
    export QT_QPA_PLATFORM=offscreen
fi
exec build/release/src/app/mamori "$@"
