#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace mamori {

// One SECURITY ACTION self-declaration (REFERENCE.md §1). An upgrade from ★ to ★★ is a new
// record; a withdrawal sets withdrawnOn. The 自己宣言ID is free text: its format has changed.
struct Declaration
{
    Q_DECLARE_TR_FUNCTIONS(Declaration)

public:
    qint64 id = 0;
    int level = 1; // 1 = ★, 2 = ★★
    QDate declaredOn;
    QString declarationId;
    QString gbizAccount; // optional
    QString logoShownAt; // website, business cards, …
    QDate withdrawnOn;   // null while in force
    QString notes;

    bool inForce() const { return !withdrawnOn.isValid(); }
    bool operator==(const Declaration &) const = default;

    // "★ One star", "★★ Two stars".
    static QString levelLabel(int level);
};

} // namespace mamori
