#pragma once

#include <QCoreApplication>
#include <QString>

namespace mamori {

enum class RiskLevel
{
    Low,
    Medium,
    High
};

// The IPA guideline's risk method (REFERENCE.md §5b).
class Risk
{
    Q_DECLARE_TR_FUNCTIONS(Risk)

public:
    // 被害発生可能性 from threat (1–3) and vulnerability (1–3): 3 only when both are 3,
    // 2 when one is 3 and the other 2, else 1.
    static int likelihood(int threat, int vulnerability);
    // importance × likelihood: 1, 2, 3, 4, 6 or 9.
    static int value(int importance, int threat, int vulnerability);
    // 6–9 high, 4 medium, 1–3 low.
    static RiskLevel level(int riskValue);
    static QString label(RiskLevel level);
};

} // namespace mamori
