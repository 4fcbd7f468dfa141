#include "LanguageComboBox.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace mamori {

void fillLanguageComboBox(QComboBox *comboBox, UiLanguage selected)
{
    const QSignalBlocker blocker(comboBox);
    comboBox->clear();
    comboBox->addItem(QStringLiteral("日本語"), languageCode(UiLanguage::Japanese));
    comboBox->addItem(QStringLiteral("English"), languageCode(UiLanguage::English));
    comboBox->setCurrentIndex(comboBox->findData(languageCode(selected)));
}

UiLanguage selectedLanguage(const QComboBox *comboBox)
{
    return languageFromCode(comboBox->currentData().toString(), UiLanguage::English);
}

} // namespace mamori
