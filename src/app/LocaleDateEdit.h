#pragma once

class QDateEdit;

namespace mamori {

// Shows dates as the UI language writes them (2026/04/01, 4/1/26). A date edit sizes itself
// for the format it was created with, so this also leaves room for the longest date.
void showLocaleShortDates(QDateEdit *dateEdit);

} // namespace mamori
