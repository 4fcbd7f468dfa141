#pragma once

#include "action/Readiness.h"

#include <QFrame>

class QLabel;

namespace mamori {

// A compact strip under the SECURITY ACTION page's header: for ★ and for ★★, "Ready" or what is
// still to do, each item a link to the place where it is done.
class ReadinessStrip : public QFrame
{
    Q_OBJECT

public:
    // Where a link leads.
    struct Target
    {
        enum class Place
        {
            Rule,
            Diagnosis,
            Policy
        };
        Place place = Place::Rule;
        int rule = 0; // for Place::Rule
    };

    explicit ReadinessStrip(QWidget *parent = nullptr);

    void showReadiness(const Readiness &readiness, const ActionSnapshot &snapshot);

signals:
    void linkActivated(const mamori::ReadinessStrip::Target &target);

private:
    void openLink(const QString &link);

    QLabel *m_oneStar;
    QLabel *m_twoStars;
};

} // namespace mamori
