#include "PageFrame.h"

#include "ui_PageFrame.h"

#include <QEvent>
#include <QScrollArea>

namespace mamori {

PageFrame::PageFrame(Page page, Scrolling scrolling, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PageFrame>()), m_page(page)
{
    m_ui->setupUi(this);
    QFont font = m_ui->pageTitleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_ui->pageTitleLabel->setFont(font);
    m_ui->pageTitleLabel->setText(pageTitle(page));
    m_ui->headerActionsLayout->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("pageContentWidget"));
    if (scrolling == Scrolling::FrameScrolls) {
        auto *scrollArea = new QScrollArea(m_ui->contentAreaWidget);
        scrollArea->setObjectName(QStringLiteral("pageScrollArea"));
        scrollArea->setFrameShape(QFrame::NoFrame);
        scrollArea->setWidgetResizable(true);
        scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scrollArea->setWidget(m_content);
        // The page's own background, not the scroll area's base colour.
        scrollArea->viewport()->setAutoFillBackground(false);
        m_content->setAutoFillBackground(false);
        m_ui->contentAreaLayout->addWidget(scrollArea);
    } else {
        m_content->setParent(m_ui->contentAreaWidget);
        m_ui->contentAreaLayout->addWidget(m_content);
    }
}

PageFrame::~PageFrame() = default;

void PageFrame::setState(const QString &text, const QString &toolTip)
{
    m_ui->pageStateLabel->setText(text);
    m_ui->pageStateLabel->setToolTip(toolTip);
    m_ui->pageStateLabel->setVisible(!text.isEmpty());
}

QString PageFrame::state() const
{
    return m_ui->pageStateLabel->text();
}

void PageFrame::addHeaderWidget(QWidget *widget)
{
    m_ui->headerActionsLayout->addWidget(widget);
}

void PageFrame::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->pageTitleLabel->setText(pageTitle(m_page));
    QWidget::changeEvent(event);
}

} // namespace mamori
