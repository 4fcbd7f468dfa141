#include "ReadinessStrip.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mamori {

namespace {

QLabel *stripLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText); // our sentences, escaped, with links
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    return label;
}

struct Gap
{
    QString text;
    QString link;
};

// One line: "★ Still to do: <a>…</a> · <a>…</a>", or the ready sentence.
QString line(const QString &stars, const QString &ready, const QList<Gap> &gaps)
{
    if (gaps.isEmpty())
        return QStringLiteral("<b>%1</b> %2").arg(stars, ready.toHtmlEscaped());
    QStringList links;
    for (const Gap &gap : gaps)
        links << QStringLiteral("<a href=\"%1\">%2</a>").arg(gap.link, gap.text.toHtmlEscaped());
    return QStringLiteral("<b>%1</b> %2 %3")
        .arg(stars, ReadinessStrip::tr("Still to do:").toHtmlEscaped(),
             links.join(QStringLiteral(" · ")));
}

QString bulleted(const QStringList &lines)
{
    QStringList bullets;
    for (const QString &text : lines)
        bullets << QStringLiteral("• %1").arg(text);
    return bullets.join(QLatin1Char('\n'));
}

} // namespace

ReadinessStrip::ReadinessStrip(QWidget *parent)
    : QFrame(parent), m_oneStar(stripLabel(QStringLiteral("oneStarLabel"), this)),
      m_twoStars(stripLabel(QStringLiteral("twoStarsLabel"), this))
{
    setObjectName(QStringLiteral("readinessStrip"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(4);
    layout->addWidget(m_oneStar);
    layout->addWidget(m_twoStars);
    for (QLabel *label : {m_oneStar, m_twoStars})
        connect(label, &QLabel::linkActivated, this, &ReadinessStrip::openLink);
}

void ReadinessStrip::showReadiness(const Readiness &readiness, const ActionSnapshot &snapshot)
{
    // ActionRules::readiness() lists the rules that are not in place in rule order, one sentence
    // each; the ★★ list has the diagnosis's gaps first and the policy's (at most one) last.
    QList<Gap> oneStar;
    qsizetype sentence = 0;
    for (const FiveRuleStatus &status : snapshot.rules) {
        if (status.state == RuleState::InPlace || sentence >= readiness.missingForOneStar.size())
            continue;
        oneStar << Gap{readiness.missingForOneStar.at(sentence++),
                       QStringLiteral("rule:%1").arg(status.rule)};
    }
    const bool policyGap = !snapshot.latestPolicy || !snapshot.latestPolicy->published();
    QList<Gap> twoStars;
    for (qsizetype index = 0; index < readiness.missingForTwoStars.size(); ++index) {
        const bool last = index == readiness.missingForTwoStars.size() - 1;
        twoStars << Gap{readiness.missingForTwoStars.at(index),
                        policyGap && last ? QStringLiteral("policy") : QStringLiteral("diagnosis")};
    }
    m_oneStar->setText(
        line(QStringLiteral("★"), tr("Ready: every basic rule is in place."), oneStar));
    m_oneStar->setToolTip(bulleted(readiness.missingForOneStar));
    m_twoStars->setText(line(QStringLiteral("★★"),
                             tr("Ready: a recent self-diagnosis and a published basic policy."),
                             twoStars));
    m_twoStars->setToolTip(bulleted(readiness.missingForTwoStars));
}

void ReadinessStrip::openLink(const QString &link)
{
    Target target;
    if (link.startsWith(QLatin1String("rule:"))) {
        target.place = Target::Place::Rule;
        target.rule = link.mid(5).toInt();
    } else if (link == QLatin1String("policy")) {
        target.place = Target::Place::Policy;
    } else {
        target.place = Target::Place::Diagnosis;
    }
    emit linkActivated(target);
}

} // namespace mamori
