#include "ReportLanguage.h"

#include <QTranslator>

namespace mamori::report {

ReportLanguage::ReportLanguage(UiLanguage language)
    : m_language(language), m_translator(std::make_unique<QTranslator>())
{
    // English is loaded too: its catalogue holds the plural forms ("1 PC", "2 PCs").
    if (!m_translator->load(QStringLiteral(":/i18n/mamori_%1.qm").arg(languageCode(language))))
        m_translator.reset();
}

ReportLanguage::~ReportLanguage() = default;

QString ReportLanguage::text(const char *context, const char *source) const
{
    if (m_language == UiLanguage::English || !m_translator)
        return QString::fromUtf8(source);
    const QString translated = m_translator->translate(context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString ReportLanguage::text(const char *context, const char *source, int n) const
{
    QString translated =
        m_translator ? m_translator->translate(context, source, nullptr, n) : QString();
    if (translated.isEmpty())
        translated = QString::fromUtf8(source);
    return translated.replace(QLatin1String("%n"), QString::number(n));
}

QString ReportLanguage::date(const QDate &date) const
{
    if (!date.isValid())
        return QStringLiteral("—");
    if (japanese())
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}

QString ReportLanguage::dateTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QStringLiteral("—");
}

QString ReportLanguage::number(qint64 value) const
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value);
}

} // namespace mamori::report
