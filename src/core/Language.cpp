#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace mamori {

namespace {
const auto languageKey = QStringLiteral("ui/language");
}

QString languageCode(UiLanguage language)
{
    return language == UiLanguage::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

UiLanguage languageFromCode(const QString &code, UiLanguage fallback)
{
    if (code.startsWith(QLatin1String("ja")))
        return UiLanguage::Japanese;
    if (code.startsWith(QLatin1String("en")))
        return UiLanguage::English;
    return fallback;
}

UiLanguage systemLanguage(const QLocale &locale)
{
    return locale.language() == QLocale::Japanese ? UiLanguage::Japanese : UiLanguage::English;
}

UiLanguage currentUiLanguage()
{
    return QLocale().language() == QLocale::Japanese ? UiLanguage::Japanese : UiLanguage::English;
}

UiLanguage configuredLanguage()
{
    const QSettings settings;
    return languageFromCode(settings.value(languageKey).toString(), systemLanguage());
}

void saveConfiguredLanguage(UiLanguage language)
{
    QSettings settings;
    settings.setValue(languageKey, languageCode(language));
}

bool hasConfiguredLanguage()
{
    return QSettings().contains(languageKey);
}

Translations::Translations() = default;

Translations::~Translations()
{
    removeInstalled();
}

bool Translations::install(UiLanguage language)
{
    removeInstalled();
    const QString code = languageCode(language);
    auto mamori = std::make_unique<QTranslator>();
    if (!mamori->load(QStringLiteral(":/i18n/mamori_%1.qm").arg(code)))
        return false;
    QCoreApplication::installTranslator(mamori.get());
    m_mamori = std::move(mamori);

    // Qt's own strings (dialog buttons, wizard navigation) come from Debian's
    // qt6-translations-l10n.
    auto qtBase = std::make_unique<QTranslator>();
    if (qtBase->load(QStringLiteral("qtbase_%1").arg(code),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtBase.get());
        m_qtBase = std::move(qtBase);
    }
    // Dates, numbers and month names follow the chosen language, not the system's.
    QLocale::setDefault(language == UiLanguage::Japanese
                            ? QLocale(QLocale::Japanese, QLocale::Japan)
                            : QLocale(QLocale::English, QLocale::UnitedStates));
    m_current = language;
    return true;
}

void Translations::removeInstalled()
{
    if (m_qtBase)
        QCoreApplication::removeTranslator(m_qtBase.get());
    if (m_mamori)
        QCoreApplication::removeTranslator(m_mamori.get());
    m_qtBase.reset();
    m_mamori.reset();
}

} // namespace mamori
