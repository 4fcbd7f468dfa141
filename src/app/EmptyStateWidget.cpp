#include "EmptyStateWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mamori {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_buttons(new QHBoxLayout)
{
    m_label->setObjectName(QStringLiteral("emptyStateLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_label->setFont(font);
    m_buttons->addStretch();
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addSpacing(8);
    layout->addLayout(m_buttons);
    layout->addStretch(2);
}

void EmptyStateWidget::setText(const QString &sentence)
{
    m_label->setText(sentence);
}

QString EmptyStateWidget::text() const
{
    return m_label->text();
}

QPushButton *EmptyStateWidget::addButton(const QString &objectName)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    if (m_buttons->count() == 2)
        button->setDefault(true);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

} // namespace mamori
