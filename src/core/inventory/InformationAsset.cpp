#include "InformationAsset.h"

#include "Risk.h"

#include <algorithm>

namespace mamori {

int InformationAsset::importance() const
{
    if (importanceOverride)
        return *importanceOverride;
    return std::max({confidentiality, integrity, availability});
}

void InformationAsset::dropRedundantImportanceOverride()
{
    if (importanceOverride == std::max({confidentiality, integrity, availability}))
        importanceOverride.reset();
}

std::optional<int> InformationAsset::risk() const
{
    if (!threat || !vulnerability)
        return std::nullopt;
    return Risk::value(importance(), *threat, *vulnerability);
}

} // namespace mamori
