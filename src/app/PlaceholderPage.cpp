#include "PlaceholderPage.h"

#include "ui_PlaceholderPage.h"

#include <QEvent>

namespace mamori {

PlaceholderPage::PlaceholderPage(Page page, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PlaceholderPage>()), m_page(page)
{
    m_ui->setupUi(this);
    styleAsPageTitle(m_ui->titleLabel);
    retranslate();
}

PlaceholderPage::~PlaceholderPage() = default;

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PlaceholderPage::retranslate()
{
    m_ui->titleLabel->setText(pageTitle(m_page));
    m_ui->descriptionLabel->setText(pageDescription(m_page));
}

} // namespace mamori
