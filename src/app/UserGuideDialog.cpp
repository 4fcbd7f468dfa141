#include "UserGuideDialog.h"

#include "ui_UserGuideDialog.h"

#include <QFile>

namespace mamori {

UserGuideDialog::UserGuideDialog(UiLanguage language, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UserGuideDialog>())
{
    m_ui->setupUi(this);
    QFile guide(QStringLiteral(":/help/user-guide_%1.html").arg(languageCode(language)));
    if (guide.open(QIODevice::ReadOnly))
        m_ui->guideTextBrowser->setHtml(QString::fromUtf8(guide.readAll()));
}

UserGuideDialog::~UserGuideDialog() = default;

} // namespace mamori
