#include "ImportPreset.h"

#include "HeaderRecognizer.h"

namespace mamori {

QStringList ImportPreset::mappingFor(const QStringList &header) const
{
    QStringList mapping = HeaderRecognizer::mapHeaders(kind, header);
    for (int i = 0; i < header.size(); ++i) {
        const auto found = fieldByHeader.constFind(header[i].trimmed());
        if (found != fieldByHeader.cend())
            mapping[i] = *found;
    }
    return mapping;
}

} // namespace mamori
