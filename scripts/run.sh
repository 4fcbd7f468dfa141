#!/usr/bin/env bash
# Installs what is missing, builds Mamori and starts it on the default database
# (or pass arguments, e.g. scripts/run.sh --db /path/to/file.sqlite).
# scripts/run.sh --demo starts it on a new demo company (500 devices and 18 months of history)
# in a temporary folder, leaving the default database alone.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
if [ "${1:-}" = "--demo" ]; then
    shift
    demo_dir=$(mktemp -d -t mamori-demo.XXXXXX)
    build/release/src/cli/mamori-cli --db "$demo_dir/demo.sqlite" demo --assets 500 >/dev/null
    echo "Demo database: $demo_dir/demo.sqlite" >&2
    set -- --db "$demo_dir/demo.sqlite" "$@"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found; starting with the offscreen platform." >&2
    export QT_QPA_PLATFORM=offscreen
fi
exec build/release/src/app/mamori "$@"
