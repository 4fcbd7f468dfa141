#!/usr/bin/env bash
# Installs the Debian 12 packages Mamori needs to build, run and test, when any is missing.
# Works as root or through sudo; does nothing (and needs no network) when all are present.
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ pkg-config clang-format python3
    # Qt 6 (Widgets, Sql with the SQLite driver, Charts, PrintSupport, LinguistTools)
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite qt6-charts-dev
    qt6-svg-dev  # the page and state icons are SVG, tinted to the palette
    libqt6opengl6-dev  # Qt6Charts needs Qt6OpenGL; only a Recommends of qt6-base-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    # the system SQLite the Qt driver uses, reached directly for online backups
    libsqlite3-dev sqlite3
    # XLSX: QuaZip holds the zip container for reading and writing
    libquazip1-qt6-dev
    # tests and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev
    # the XLSX tests write their input files with a real spreadsheet library
    python3-openpyxl
    # the calendar export's test reads the .ics back with a real iCalendar library
    python3-icalendar
    # Japanese fonts for the UI and reports; PDF tools the tests read reports back with
    fonts-noto-cjk poppler-utils qpdf
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Run as root or install sudo." >&2; exit 1; }
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
