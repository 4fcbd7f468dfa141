#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace mamori {

enum class UiLanguage
{
    Japanese,
    English
};

QString languageCode(UiLanguage language);
UiLanguage languageFromCode(const QString &code, UiLanguage fallback);
// Japanese for a ja_* system locale, English otherwise.
UiLanguage systemLanguage(const QLocale &locale = QLocale::system());
// The language chosen in Settings, or the system's when none was chosen.
UiLanguage configuredLanguage();
void saveConfiguredLanguage(UiLanguage language);
// The language of the installed translations (Translations::install sets the default locale):
// what content files and reports should be loaded in right now.
UiLanguage currentUiLanguage();
bool hasConfiguredLanguage();

// Installs Mamori's and Qt's own translations into the running application.
class Translations
{
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    bool install(UiLanguage language);
    UiLanguage current() const { return m_current; }

private:
    void removeInstalled();

    std::unique_ptr<QTranslator> m_mamori;
    std::unique_ptr<QTranslator> m_qtBase;
    UiLanguage m_current = UiLanguage::English;
};

} // namespace mamori
