#include "CloseIncidentDialog.h"

#include "incidents/IncidentRules.h"

#include "ui_CloseIncidentDialog.h"

#include <QPlainTextEdit>
#include <QRegularExpression>

namespace mamori {

CloseIncidentDialog::CloseIncidentDialog(const IncidentFile &file, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CloseIncidentDialog>()), m_file(file)
{
    m_ui->setupUi(this);
    setWindowTitle(file.incident.exercise ? tr("Close the exercise — %1").arg(file.incident.title)
                                          : tr("Close the incident — %1").arg(file.incident.title));
    m_ui->causePlainTextEdit->setPlaceholderText(tr("What caused it, as far as it is known"));
    m_ui->impactPlainTextEdit->setPlaceholderText(
        tr("What it affected: systems, data, customers, days lost"));
    m_ui->changesPlainTextEdit->setPlaceholderText(
        tr("The policy, rules or assets changed because of it"));
    m_ui->causePlainTextEdit->setPlainText(file.incident.closeOut.cause);
    m_ui->impactPlainTextEdit->setPlainText(file.incident.closeOut.impact);
    m_ui->changesPlainTextEdit->setPlainText(file.incident.closeOut.changesAfter);
    fillChangedRecords(file.incident.closeOut.changedRecords);
    const bool exercise = file.incident.exercise;
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->participantsLabel),
                            static_cast<QWidget *>(m_ui->participantsLineEdit),
                            static_cast<QWidget *>(m_ui->lessonsLabel),
                            static_cast<QWidget *>(m_ui->lessonsPlainTextEdit)})
        widget->setVisible(exercise);
    m_ui->participantsLineEdit->setText(file.incident.participants);
    m_ui->lessonsPlainTextEdit->setPlainText(file.incident.lessons);
    QPalette warning = m_ui->problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_ui->problemLabel->setPalette(warning);
    m_ui->problemLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CloseIncidentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CloseIncidentDialog::reject);
    showBlockers();
    // Four lines each keep the dialog on a 768-pixel screen; the boxes scroll beyond that.
    for (QPlainTextEdit *edit : {m_ui->causePlainTextEdit, m_ui->impactPlainTextEdit,
                                 m_ui->changesPlainTextEdit, m_ui->lessonsPlainTextEdit})
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 2 * edit->frameWidth() + 8);
    resize(640, sizeHint().height());
}

CloseIncidentDialog::~CloseIncidentDialog() = default;

// The policy and the five rules are ticked in a list; devices and information assets are named
// as the inventory knows them ("device:PC-001" and "information:顧客名簿" in storage).
void CloseIncidentDialog::fillChangedRecords(const QStringList &links)
{
    QStringList fixedLinks{QStringLiteral("policy")};
    for (int rule = 1; rule <= 5; ++rule)
        fixedLinks << QStringLiteral("rule:%1").arg(rule);
    for (const QString &link : fixedLinks) {
        auto *item = new QListWidgetItem(IncidentRules::changeLinkLabel(link),
                                         m_ui->changedRecordsListWidget);
        item->setData(Qt::UserRole, link);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(links.contains(link) ? Qt::Checked : Qt::Unchecked);
    }
    const auto named = [&links](const QString &kind) {
        QStringList names;
        for (const QString &link : links) {
            if (link.startsWith(kind + QLatin1Char(':')))
                names << link.mid(kind.size() + 1);
        }
        return names.join(QStringLiteral(", "));
    };
    m_ui->changedDevicesLineEdit->setText(named(QStringLiteral("device")));
    m_ui->changedInformationLineEdit->setText(named(QStringLiteral("information")));
}

QStringList CloseIncidentDialog::changedRecords() const
{
    QStringList links;
    for (int row = 0; row < m_ui->changedRecordsListWidget->count(); ++row) {
        const QListWidgetItem *item = m_ui->changedRecordsListWidget->item(row);
        if (item->checkState() == Qt::Checked)
            links << item->data(Qt::UserRole).toString();
    }
    for (const auto &[kind, edit] :
         {std::pair{QStringLiteral("device"), m_ui->changedDevicesLineEdit},
          std::pair{QStringLiteral("information"), m_ui->changedInformationLineEdit}}) {
        for (const QString &name : edit->text().split(QRegularExpression(QStringLiteral("[,、，]")),
                                                      Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                links << kind + QLatin1Char(':') + name.trimmed();
        }
    }
    return links;
}

void CloseIncidentDialog::showBlockers()
{
    const CloseBlockers blockers =
        IncidentRules::closeBlockers(closeOut(), m_file.steps, m_file.clocks);
    QStringList lines;
    if (!blockers.openRequiredSteps.isEmpty()) {
        QStringList numbers;
        for (int number : blockers.openRequiredSteps)
            numbers << QString::number(number);
        lines << tr("Required steps still open: %1.").arg(numbers.join(QStringLiteral(", ")));
    }
    if (!blockers.openClocks.isEmpty())
        lines << tr("Reports not marked as sent: %1.")
                     .arg(blockers.openClocks.join(QStringLiteral(", ")));
    if (!lines.isEmpty())
        lines << tr("To close anyway, say why below; the reason is kept with the incident.");
    m_ui->blockersLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->blockersLabel->setVisible(!lines.isEmpty());
    m_ui->overrideLabel->setVisible(blockers.needsOverride());
    m_ui->overrideLineEdit->setVisible(blockers.needsOverride());
}

CloseOut CloseIncidentDialog::closeOut() const
{
    CloseOut closeOut;
    closeOut.cause = m_ui->causePlainTextEdit->toPlainText().trimmed();
    closeOut.impact = m_ui->impactPlainTextEdit->toPlainText().trimmed();
    closeOut.changesAfter = m_ui->changesPlainTextEdit->toPlainText().trimmed();
    closeOut.changedRecords = changedRecords();
    closeOut.overrideReason = m_ui->overrideLineEdit->text().trimmed();
    return closeOut;
}

QString CloseIncidentDialog::participants() const
{
    return m_ui->participantsLineEdit->text().trimmed();
}

QString CloseIncidentDialog::lessons() const
{
    return m_ui->lessonsPlainTextEdit->toPlainText().trimmed();
}

void CloseIncidentDialog::accept()
{
    const Status allowed = IncidentRules::checkClose(closeOut(), m_file.steps, m_file.clocks);
    m_ui->problemLabel->setText(allowed ? QString() : allowed.error().message);
    m_ui->problemLabel->setVisible(!allowed);
    if (allowed)
        QDialog::accept();
}

} // namespace mamori
