#pragma once

#include "AssetFields.h"

#include <QStringList>

#include <optional>

namespace mamori {

// Maps spreadsheet headers to canonical fields. Matching ignores case, width (full-width =
// half-width), spaces, and punctuation such as ・ _ - ( ) ; it knows the app's own export
// headers in both languages, the canonical names, the IPA ledger headers, common Japanese
// device-list headers and Snipe-IT's export headers.
class HeaderRecognizer
{
public:
    static QString normalize(const QString &header);
    // The canonical field for a header, or an empty string when it is not recognised.
    static QString fieldFor(AssetKind kind, const QString &header);
    // One entry per header: its field, or empty for a column kept as a custom field.
    // A field claimed by an earlier column is not given to a later one.
    static QStringList mapHeaders(AssetKind kind, const QStringList &header);
    // The kind whose fields match more headers; nullopt when neither matches at least two.
    static std::optional<AssetKind> detectKind(const QStringList &header);
};

} // namespace mamori
