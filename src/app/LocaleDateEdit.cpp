#include "LocaleDateEdit.h"

#include <QDateEdit>
#include <QLocale>

namespace mamori {

void showLocaleShortDates(QDateEdit *dateEdit)
{
    const QLocale locale;
    dateEdit->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    const int textWidth = dateEdit->fontMetrics().horizontalAdvance(
        locale.toString(QDate(2026, 12, 31), QLocale::ShortFormat));
    dateEdit->setMinimumWidth(textWidth + 48); // the arrows and the frame
}

} // namespace mamori
