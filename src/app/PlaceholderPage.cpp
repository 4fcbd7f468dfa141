#include "PlaceholderPage.h"

#include "ui_PlaceholderPage.h"

#include <QEvent>

namespace mamori {

PlaceholderPage::PlaceholderPage(Page page, QWidget *parent)
    : PageFrame(page, Scrolling::FrameScrolls, parent),
      m_ui(std::make_unique<Ui::PlaceholderPage>())
{
    m_ui->setupUi(content());
    retranslate();
}

PlaceholderPage::~PlaceholderPage() = default;

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(content());
        retranslate();
    }
    PageFrame::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    setState(tr("Not available yet."));
    m_ui->descriptionLabel->setText(pageDescription(page()));
}

} // namespace mamori
