#pragma once

#include "action/Declaration.h"

#include <QWidget>

#include <memory>

namespace Ui {
class DeclarationsWidget;
}

namespace mamori {

class ActionDocument;
class EmptyStateWidget;

// The SECURITY ACTION declarations the company has made (★, ★★, upgrades and withdrawals),
// newest first, with Add, Edit, Withdraw and Delete (for records entered by mistake).
class DeclarationsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DeclarationsWidget(ActionDocument &document, QWidget *parent = nullptr);
    ~DeclarationsWidget() override;

    // Reads the declarations again (the page calls this when shown).
    void reload();
    const QList<Declaration> &declarations() const { return m_declarations; } // newest first
    void selectDeclaration(qint64 id);
    qint64 selectedId() const;

    // What the buttons do once their dialogs are answered (and what tests call).
    bool addDeclaration(const Declaration &declaration);
    bool updateDeclaration(const Declaration &declaration);
    bool withdraw(qint64 id, const QDate &withdrawnOn);
    // Asks for confirmation first (Dialogs::confirm).
    bool remove(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void askAdd();
    void askEdit();
    void askWithdraw();
    void fillTable();
    void updateButtons();
    void retranslate();
    const Declaration *find(qint64 id) const;

    std::unique_ptr<Ui::DeclarationsWidget> m_ui;
    ActionDocument &m_document;
    EmptyStateWidget *m_empty; // in the table's place while nothing is recorded
    QList<Declaration> m_declarations;
};

} // namespace mamori
