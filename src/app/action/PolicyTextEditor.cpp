#include "PolicyTextEditor.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTextEdit>
#include <QVBoxLayout>
#include <QtMath>

namespace mamori {

namespace {

// Grows a text editor with its text, so the policy scrolls as one document instead of every
// field scrolling on its own.
void fitHeightToText(QTextEdit *editor, int minimumLines)
{
    editor->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editor->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // lines wrap
    const auto fit = [editor, minimumLines] {
        const qreal minimum = minimumLines * editor->fontMetrics().lineSpacing() +
                              2 * editor->document()->documentMargin();
        const qreal content = editor->document()->size().height();
        editor->setFixedHeight(qCeil(qMax(minimum, content)) + 2 * editor->frameWidth());
    };
    QObject::connect(editor->document()->documentLayout(),
                     &QAbstractTextDocumentLayout::documentSizeChanged, editor, fit);
    fit();
}

} // namespace

PolicyTextEditor::PolicyTextEditor(const Fields &fields, QObject *parent)
    : QObject(parent), m_fields(fields)
{
    QFont titleFont = m_fields.title->font();
    titleFont.setBold(true);
    m_fields.title->setFont(titleFont);
    fitHeightToText(m_fields.preamble, 3);
    fitHeightToText(m_fields.closing, 3);
    connect(m_fields.title, &QLineEdit::textChanged, this, &PolicyTextEditor::textChanged);
    connect(m_fields.preamble, &QTextEdit::textChanged, this, &PolicyTextEditor::textChanged);
    connect(m_fields.closing, &QTextEdit::textChanged, this, &PolicyTextEditor::textChanged);
}

void PolicyTextEditor::textChanged()
{
    if (!m_filling)
        emit edited();
}

void PolicyTextEditor::buildSectionEditors(int count)
{
    if (m_sections.size() == count)
        return;
    for (const SectionEditor &section : std::as_const(m_sections)) {
        delete section.number->parentWidget(); // the row holding number and heading
        delete section.body;
    }
    m_sections.clear();
    const QFont headingFont = m_fields.title->font();
    for (int index = 0; index < count; ++index) {
        SectionEditor section;
        auto *row = new QWidget(m_fields.container);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 8, 0, 0);
        section.number = new QLabel(QStringLiteral("%1.").arg(index + 1), row);
        section.number->setFont(headingFont);
        section.heading = new QLineEdit(row);
        section.heading->setFont(headingFont);
        section.heading->setObjectName(QStringLiteral("sectionHeadingLineEdit%1").arg(index + 1));
        section.number->setBuddy(section.heading);
        rowLayout->addWidget(section.number);
        rowLayout->addWidget(section.heading);
        section.body = new QTextEdit(m_fields.container);
        section.body->setObjectName(QStringLiteral("sectionBodyTextEdit%1").arg(index + 1));
        section.body->setTabChangesFocus(true);
        section.body->setAcceptRichText(false);
        fitHeightToText(section.body, 2);
        m_fields.sections->addWidget(row);
        m_fields.sections->addWidget(section.body);
        connect(section.heading, &QLineEdit::textChanged, this, &PolicyTextEditor::textChanged);
        connect(section.body, &QTextEdit::textChanged, this, &PolicyTextEditor::textChanged);
        m_sections.append(section);
    }
    // Tab moves through the document in reading order.
    QWidget *previous = m_fields.preamble;
    for (const SectionEditor &section : std::as_const(m_sections)) {
        QWidget::setTabOrder(previous, section.heading);
        QWidget::setTabOrder(section.heading, section.body);
        previous = section.body;
    }
    QWidget::setTabOrder(previous, m_fields.closing);
}

void PolicyTextEditor::show(const PolicyDocument &document)
{
    m_filling = true;
    buildSectionEditors(int(document.sections.size()));
    m_fields.title->setText(document.title);
    m_fields.preamble->setPlainText(document.preamble);
    for (int index = 0; index < m_sections.size(); ++index) {
        const PolicyDocument::Section &section = document.sections.at(index);
        m_sections[index].key = section.key;
        m_sections[index].heading->setText(section.heading);
        m_sections[index].body->setPlainText(section.body);
    }
    m_fields.closing->setPlainText(document.closing);
    m_filling = false;
}

PolicyDocument PolicyTextEditor::editedDocument() const
{
    PolicyDocument document;
    document.title = m_fields.title->text().trimmed();
    document.preamble = m_fields.preamble->toPlainText().trimmed();
    for (const SectionEditor &section : m_sections) {
        document.sections.append({section.key, section.heading->text().trimmed(),
                                  section.body->toPlainText().trimmed()});
    }
    document.closing = m_fields.closing->toPlainText().trimmed();
    return document;
}

} // namespace mamori
