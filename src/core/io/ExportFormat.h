#pragma once

namespace mamori {

// The spreadsheet formats Mamori writes.
enum class ExportFormat
{
    Csv,
    Xlsx
};

} // namespace mamori
