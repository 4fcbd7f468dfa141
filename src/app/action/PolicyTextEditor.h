#pragma once

#include "action/Policy.h"

#include <QObject>

class QLabel;
class QLineEdit;
class QTextEdit;
class QVBoxLayout;
class QWidget;

namespace mamori {

// The text of a basic policy in the editor's form: the title, the preamble, one heading and
// body per section (built to match the document) and the closing. Each field grows with its
// text, so the policy scrolls as one document instead of every field scrolling on its own.
class PolicyTextEditor : public QObject
{
    Q_OBJECT

public:
    struct Fields
    {
        QLineEdit *title = nullptr;
        QTextEdit *preamble = nullptr;
        QTextEdit *closing = nullptr;
        QVBoxLayout *sections = nullptr; // where the section editors go
        QWidget *container = nullptr;    // their parent
    };
    PolicyTextEditor(const Fields &fields, QObject *parent = nullptr);

    void show(const PolicyDocument &document);
    PolicyDocument editedDocument() const;

signals:
    // The user changed the text (not show()).
    void edited();

private:
    struct SectionEditor
    {
        QString key;
        QLabel *number = nullptr;
        QLineEdit *heading = nullptr;
        QTextEdit *body = nullptr;
    };
    void buildSectionEditors(int count);
    void textChanged();

    Fields m_fields;
    QList<SectionEditor> m_sections;
    bool m_filling = false;
};

} // namespace mamori
