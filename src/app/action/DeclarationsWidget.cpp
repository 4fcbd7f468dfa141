#include "DeclarationsWidget.h"

#include "ActionDocument.h"
#include "Clock.h"
#include "DatePromptDialog.h"
#include "DeclarationDialog.h"
#include "Dialogs.h"
#include "EmptyStateWidget.h"

#include "ui_DeclarationsWidget.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

namespace mamori {

namespace {

enum DeclarationColumn
{
    LevelColumn,
    DeclaredColumn,
    IdColumn,
    GbizColumn,
    LogoColumn,
    StatusColumn,
    DeclarationColumnCount
};

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

DeclarationsWidget::DeclarationsWidget(ActionDocument &document, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DeclarationsWidget>()), m_document(document),
      m_empty(new EmptyStateWidget(this))
{
    m_ui->setupUi(this);
    m_empty->setObjectName(QStringLiteral("declarationsEmptyState"));
    m_empty->hide(); // until the declarations are read
    m_ui->panelLayout->insertWidget(m_ui->panelLayout->indexOf(m_ui->declarationsTableWidget) + 1,
                                    m_empty);
    connect(m_empty->addButton(QStringLiteral("emptyAddDeclarationPushButton")),
            &QPushButton::clicked, this, &DeclarationsWidget::askAdd);
    QTableWidget *table = m_ui->declarationsTableWidget;
    table->setColumnCount(DeclarationColumnCount);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_ui->deletePushButton->setShortcut(QKeySequence::Delete);
    connect(table, &QTableWidget::itemSelectionChanged, this, &DeclarationsWidget::updateButtons);
    connect(table, &QTableWidget::itemActivated, this, &DeclarationsWidget::askEdit);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, &DeclarationsWidget::askAdd);
    connect(m_ui->editPushButton, &QPushButton::clicked, this, &DeclarationsWidget::askEdit);
    connect(m_ui->withdrawPushButton, &QPushButton::clicked, this,
            &DeclarationsWidget::askWithdraw);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, [this] { remove(selectedId()); });
    connect(&m_document, &ActionDocument::declarationsChanged, this, &DeclarationsWidget::reload);
    retranslate();
    updateButtons();
}

DeclarationsWidget::~DeclarationsWidget() = default;

void DeclarationsWidget::reload()
{
    auto declarations = m_document.declarations();
    if (!declarations) {
        m_declarations.clear();
        fillTable();
        Dialogs::showError(this, tr("Declarations"), declarations.error());
        return;
    }
    m_declarations = *declarations;
    fillTable();
}

const Declaration *DeclarationsWidget::find(qint64 id) const
{
    for (const Declaration &declaration : m_declarations) {
        if (declaration.id == id)
            return &declaration;
    }
    return nullptr;
}

qint64 DeclarationsWidget::selectedId() const
{
    const QList<QTableWidgetItem *> selected = m_ui->declarationsTableWidget->selectedItems();
    return selected.isEmpty() ? 0 : selected.constFirst()->data(Qt::UserRole).toLongLong();
}

void DeclarationsWidget::selectDeclaration(qint64 id)
{
    QTableWidget *table = m_ui->declarationsTableWidget;
    table->clearSelection();
    for (int row = 0; row < m_declarations.size(); ++row) {
        if (m_declarations.at(row).id == id)
            table->selectRow(row);
    }
}

void DeclarationsWidget::fillTable()
{
    const qint64 selected = selectedId();
    QTableWidget *table = m_ui->declarationsTableWidget;
    const bool empty = m_declarations.isEmpty();
    m_empty->setVisible(empty);
    table->setVisible(!empty);
    for (QPushButton *button : {m_ui->addPushButton, m_ui->editPushButton, m_ui->withdrawPushButton,
                                m_ui->deletePushButton})
        button->setVisible(!empty);
    table->setRowCount(int(m_declarations.size()));
    // Newest first: the first declaration in force is the current one; older ones still in
    // force were replaced by it (an upgrade from ★ to ★★ is a new declaration).
    const Declaration *current = nullptr;
    for (int row = 0; row < m_declarations.size(); ++row) {
        const Declaration &declaration = m_declarations.at(row);
        QString status;
        QColor statusColor;
        if (!declaration.inForce()) {
            status = tr("Withdrawn on %1").arg(shortDate(declaration.withdrawnOn));
            statusColor = QColor(0x80, 0x80, 0x80);
        } else if (!current) {
            current = &declaration;
            status = tr("In force");
            statusColor = QColor(0x1e, 0x7a, 0x34);
        } else {
            status = tr("Replaced by the %1 declaration of %2")
                         .arg(current->level >= 2 ? QStringLiteral("★★") : QStringLiteral("★"),
                              shortDate(current->declaredOn));
            statusColor = QColor(0x80, 0x80, 0x80);
        }
        const QStringList texts{Declaration::levelLabel(declaration.level),
                                shortDate(declaration.declaredOn),
                                declaration.declarationId,
                                declaration.gbizAccount,
                                declaration.logoShownAt,
                                status};
        for (int column = 0; column < DeclarationColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, declaration.id);
            if (!declaration.notes.isEmpty())
                item->setToolTip(declaration.notes);
            if (column == StatusColumn)
                item->setForeground(statusColor);
            table->setItem(row, column, item);
        }
    }
    selectDeclaration(selected);
    updateButtons();
}

void DeclarationsWidget::askAdd()
{
    if (!m_document.isOpen())
        return;
    Declaration blank;
    // The usual next step after ★ is ★★.
    if (!m_declarations.isEmpty() && m_declarations.constFirst().inForce())
        blank.level = 2;
    DeclarationDialog dialog(blank, this);
    if (dialog.exec() == QDialog::Accepted)
        addDeclaration(dialog.declaration());
}

void DeclarationsWidget::askEdit()
{
    const Declaration *declaration = find(selectedId());
    if (!declaration)
        return;
    DeclarationDialog dialog(*declaration, this);
    if (dialog.exec() == QDialog::Accepted)
        updateDeclaration(dialog.declaration());
}

void DeclarationsWidget::askWithdraw()
{
    const Declaration *declaration = find(selectedId());
    if (!declaration || !declaration->inForce())
        return;
    const QDate declaredOn = declaration->declaredOn;
    const qint64 id = declaration->id;
    DatePromptDialog dialog(
        tr("Withdraw Declaration"),
        tr("Record that the %1 declaration of %2 was withdrawn.")
            .arg(Declaration::levelLabel(declaration->level), shortDate(declaredOn)),
        Clock::today(), this);
    dialog.setMaximumDate(Clock::today());
    dialog.setNote(
        tr("This only updates Mamori's records; withdraw the declaration with IPA as well."));
    dialog.setCheck([declaredOn](const QDate &date, const QString &) {
        return date < declaredOn
                   ? tr("A declaration cannot be withdrawn before the day it was made.")
                   : QString();
    });
    if (dialog.exec() == QDialog::Accepted)
        withdraw(id, dialog.date());
}

bool DeclarationsWidget::addDeclaration(const Declaration &declaration)
{
    const qint64 added = m_document.addDeclaration(declaration);
    if (added == 0)
        return false; // the failure is shown by the main window
    selectDeclaration(added);
    return true;
}

bool DeclarationsWidget::updateDeclaration(const Declaration &declaration)
{
    if (!m_document.updateDeclaration(declaration))
        return false;
    selectDeclaration(declaration.id);
    return true;
}

bool DeclarationsWidget::withdraw(qint64 id, const QDate &withdrawnOn)
{
    const Declaration *declaration = find(id);
    if (!declaration)
        return false;
    Declaration withdrawn = *declaration;
    withdrawn.withdrawnOn = withdrawnOn;
    return updateDeclaration(withdrawn);
}

bool DeclarationsWidget::remove(qint64 id)
{
    const Declaration *declaration = find(id);
    if (!declaration)
        return false;
    const QString question =
        tr("Delete the record of the %1 declaration of %2?\n\nDelete is for records entered by "
           "mistake. To end a declaration, use Withdraw instead: the record then stays as "
           "history.")
            .arg(Declaration::levelLabel(declaration->level), shortDate(declaration->declaredOn));
    if (!Dialogs::confirm(this, tr("Delete Declaration"), question, tr("Delete")))
        return false;
    return m_document.removeDeclaration(id);
}

void DeclarationsWidget::updateButtons()
{
    const bool open = m_document.isOpen();
    const Declaration *declaration = find(selectedId());
    m_ui->addPushButton->setEnabled(open);
    m_ui->editPushButton->setEnabled(open && declaration);
    m_ui->withdrawPushButton->setEnabled(open && declaration && declaration->inForce());
    m_ui->deletePushButton->setEnabled(open && declaration);
}

void DeclarationsWidget::retranslate()
{
    m_empty->setText(tr("No declaration recorded yet. Once you have declared ★ or ★★ on IPA's "
                        "site, record it here with its date and self-declaration ID."));
    m_empty->findChild<QPushButton *>(QStringLiteral("emptyAddDeclarationPushButton"))
        ->setText(tr("Record a Declaration…"));
    m_ui->declarationsTableWidget->setHorizontalHeaderLabels(
        {tr("Level"), tr("Declared on"), tr("Self-declaration ID"), tr("gBizID"),
         tr("Logo shown at"), tr("Status")});
}

void DeclarationsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        fillTable();
    }
    QWidget::changeEvent(event);
}

} // namespace mamori
