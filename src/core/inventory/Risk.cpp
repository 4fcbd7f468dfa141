#include "Risk.h"

#include <algorithm>

namespace mamori {

int Risk::likelihood(int threat, int vulnerability)
{
    threat = std::clamp(threat, 1, 3);
    vulnerability = std::clamp(vulnerability, 1, 3);
    // The guideline's table: the likelihood drops by one for each step either factor is below 3.
    return std::max(1, threat + vulnerability - 3);
}

int Risk::value(int importance, int threat, int vulnerability)
{
    return std::clamp(importance, 1, 3) * likelihood(threat, vulnerability);
}

RiskLevel Risk::level(int riskValue)
{
    if (riskValue >= 6)
        return RiskLevel::High;
    if (riskValue == 4)
        return RiskLevel::Medium;
    return RiskLevel::Low;
}

QString Risk::label(RiskLevel level)
{
    switch (level) {
    case RiskLevel::High:
        return tr("High");
    case RiskLevel::Medium:
        return tr("Medium");
    case RiskLevel::Low:
        return tr("Low");
    }
    return {};
}

} // namespace mamori
