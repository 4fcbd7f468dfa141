#pragma once

#include "Language.h"

class QComboBox;

namespace mamori {

// Fills a combo box with the UI languages, each named in its own language.
void fillLanguageComboBox(QComboBox *comboBox, UiLanguage selected);
UiLanguage selectedLanguage(const QComboBox *comboBox);

} // namespace mamori
