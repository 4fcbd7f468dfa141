#include "StartIncidentDialog.h"

#include "Clock.h"
#include "IncidentDocument.h"

#include "ui_StartIncidentDialog.h"

#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace mamori {

namespace {

constexpr int idRole = Qt::UserRole;
constexpr int searchLimit = 50;

} // namespace

StartIncidentDialog::StartIncidentDialog(IncidentDocument &document,
                                         const QList<PlaybookEntry> &playbooks, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::StartIncidentDialog>()), m_document(document),
      m_playbooks(playbooks)
{
    m_ui->setupUi(this);
    const UiLanguage language = currentUiLanguage();
    for (const PlaybookEntry &entry : m_playbooks) {
        QString title = entry.playbook.title.in(language);
        if (entry.firmCopy)
            title += QLatin1Char(' ') + tr("(the firm's copy)");
        m_ui->playbookComboBox->addItem(title, entry.playbook.id);
    }
    for (IncidentSeverity severity : IncidentValues::severities())
        m_ui->severityComboBox->addItem(IncidentValues::label(severity), int(severity));
    m_ui->severityComboBox->setCurrentIndex(
        m_ui->severityComboBox->findData(int(IncidentSeverity::High)));
    const QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    const QDateTime now = Clock::now();
    for (QDateTimeEdit *edit : {m_ui->detectedDateTimeEdit, m_ui->awareDateTimeEdit}) {
        edit->setDisplayFormat(format);
        edit->setDateTime(now);
        edit->setMaximumDateTime(now.addDays(1));
    }
    m_ui->titleLineEdit->setPlaceholderText(tr("e.g. Files encrypted on the accounting PC"));
    m_ui->reporterLineEdit->setPlaceholderText(tr("who noticed or reported it"));
    m_ui->deviceSearchLineEdit->setPlaceholderText(tr("Asset number or name"));
    m_ui->participantsLineEdit->setPlaceholderText(tr("who takes part in the exercise"));
    m_ui->participantsLineEdit->setEnabled(false);
    QPalette warning = m_ui->problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_ui->problemLabel->setPalette(warning);
    m_ui->problemLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Start"));

    connect(m_ui->playbookComboBox, &QComboBox::currentIndexChanged, this,
            &StartIncidentDialog::showPlaybook);
    connect(m_ui->exerciseCheckBox, &QCheckBox::toggled, m_ui->participantsLineEdit,
            &QWidget::setEnabled);
    // Searching waits for a pause in typing: the inventory may hold 100,000 devices.
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(200);
    connect(searchTimer, &QTimer::timeout, this, &StartIncidentDialog::searchDevices);
    connect(m_ui->deviceSearchLineEdit, &QLineEdit::textChanged, searchTimer,
            qOverload<>(&QTimer::start));
    connect(m_ui->deviceSearchLineEdit, &QLineEdit::returnPressed, this, [this] {
        searchDevices();
        if (m_ui->deviceResultsListWidget->count() > 0 &&
            !m_ui->deviceResultsListWidget->currentItem())
            m_ui->deviceResultsListWidget->setCurrentRow(0);
        addFoundDevice();
    });
    connect(m_ui->addDevicePushButton, &QPushButton::clicked, this,
            &StartIncidentDialog::addFoundDevice);
    connect(m_ui->deviceResultsListWidget, &QListWidget::itemActivated, this,
            &StartIncidentDialog::addFoundDevice);
    connect(m_ui->removeDevicePushButton, &QPushButton::clicked, this,
            [this] { delete m_ui->chosenDevicesListWidget->currentItem(); });
    connect(m_ui->peopleSpinBox, &QSpinBox::valueChanged, this, [this](int people) {
        if (people > 0) {
            m_ui->personalDataCheckBox->setChecked(true);
            m_ui->moreThanThousandCheckBox->setChecked(people > 1000);
        }
    });
    for (QCheckBox *box :
         {m_ui->personalDataCheckBox, m_ui->sensitiveCheckBox, m_ui->financialCheckBox,
          m_ui->unauthorisedCheckBox, m_ui->moreThanThousandCheckBox, m_ui->encryptedCheckBox})
        connect(box, &QCheckBox::toggled, this, &StartIncidentDialog::showTriggersNote);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &StartIncidentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StartIncidentDialog::reject);
    showPlaybook();
    showTriggersNote();
    searchDevices();
    m_ui->titleLineEdit->setFocus();
}

StartIncidentDialog::~StartIncidentDialog() = default;

void StartIncidentDialog::choosePlaybook(const QString &id)
{
    const int index = m_ui->playbookComboBox->findData(id);
    if (index >= 0)
        m_ui->playbookComboBox->setCurrentIndex(index);
}

void StartIncidentDialog::editIncident(const Incident &incident)
{
    setWindowTitle(tr("Edit the incident's details"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_ui->playbookComboBox->clear();
    m_ui->playbookComboBox->addItem(incident.playbookTitle, incident.playbookId);
    m_ui->playbookComboBox->setEnabled(false);
    m_ui->summaryLabel->hide();
    m_ui->titleLineEdit->setText(incident.title);
    m_ui->exerciseCheckBox->setChecked(incident.exercise);
    m_ui->exerciseCheckBox->setEnabled(false); // an incident stays an incident
    m_ui->participantsLineEdit->setText(incident.participants);
    m_ui->detectedDateTimeEdit->setDateTime(incident.detectedAt.toLocalTime());
    m_ui->awareDateTimeEdit->setDateTime(incident.awareAt.toLocalTime());
    m_ui->reporterLineEdit->setText(incident.reporter);
    m_ui->severityComboBox->setCurrentIndex(
        m_ui->severityComboBox->findData(int(incident.severity)));
    auto devices = m_document.devices(incident.deviceIds);
    if (devices) {
        for (const IncidentDocument::DeviceChoice &device : *devices)
            addDevice(device.id, device.label);
    }
    const ReportingTriggers &t = incident.triggers;
    m_ui->personalDataCheckBox->setChecked(t.personalData);
    m_ui->sensitiveCheckBox->setChecked(t.sensitive);
    m_ui->financialCheckBox->setChecked(t.financialDamage);
    m_ui->unauthorisedCheckBox->setChecked(t.unauthorisedPurpose);
    m_ui->peopleSpinBox->setValue(t.peopleAffected.value_or(0));
    m_ui->moreThanThousandCheckBox->setChecked(t.moreThanThousand);
    m_ui->encryptedCheckBox->setChecked(t.stronglyEncrypted);
}

void StartIncidentDialog::showPlaybook()
{
    const QString id = m_ui->playbookComboBox->currentData().toString();
    for (const PlaybookEntry &entry : m_playbooks) {
        if (entry.playbook.id != id)
            continue;
        m_ui->summaryLabel->setText(entry.playbook.summary.in(currentUiLanguage()));
        // Reporting is asked about up front when the playbook usually involves personal data.
        m_ui->triggersGroupBox->setToolTip(
            entry.playbook.personalDataLikely
                ? tr("This kind of incident often involves personal data: check these now.")
                : QString());
    }
}

void StartIncidentDialog::searchDevices()
{
    auto found = m_document.findDevices(m_ui->deviceSearchLineEdit->text(), searchLimit);
    m_ui->deviceResultsListWidget->clear();
    if (!found)
        return;
    for (const IncidentDocument::DeviceChoice &device : *found) {
        auto *item = new QListWidgetItem(device.label, m_ui->deviceResultsListWidget);
        item->setData(idRole, device.id);
    }
}

void StartIncidentDialog::addDevice(qint64 id, const QString &label)
{
    for (int i = 0; i < m_ui->chosenDevicesListWidget->count(); ++i) {
        if (m_ui->chosenDevicesListWidget->item(i)->data(idRole).toLongLong() == id)
            return;
    }
    auto *item = new QListWidgetItem(label, m_ui->chosenDevicesListWidget);
    item->setData(idRole, id);
}

void StartIncidentDialog::addFoundDevice()
{
    const QListWidgetItem *item = m_ui->deviceResultsListWidget->currentItem();
    if (!item)
        return;
    addDevice(item->data(idRole).toLongLong(), item->text());
    m_ui->deviceSearchLineEdit->clear();
}

void StartIncidentDialog::showTriggersNote()
{
    const IncidentStart current = request();
    QString note;
    if (current.triggers.reportRequired())
        note = tr("A report to the PPC and a notice to the people affected are required: the "
                  "clocks start when you press Start.");
    else if (current.triggers.personalData && current.triggers.stronglyEncrypted)
        note = tr("Strongly encrypted data is exempt: no report clocks.");
    else if (current.triggers.personalData)
        note = tr("Personal data alone does not make a report due; any of the other three (or "
                  "more than 1,000 people) does.");
    else
        note = tr("When an affected device holds personal data in the inventory, Mamori ticks "
                  "the first boxes for you.");
    m_ui->triggersNoteLabel->setText(note);
}

IncidentStart StartIncidentDialog::request() const
{
    IncidentStart request;
    request.playbookId = m_ui->playbookComboBox->currentData().toString();
    request.title = m_ui->titleLineEdit->text().trimmed();
    request.exercise = m_ui->exerciseCheckBox->isChecked();
    request.participants =
        request.exercise ? m_ui->participantsLineEdit->text().trimmed() : QString();
    request.detectedAt = m_ui->detectedDateTimeEdit->dateTime().toUTC();
    request.awareAt = m_ui->awareDateTimeEdit->dateTime().toUTC();
    request.reporter = m_ui->reporterLineEdit->text().trimmed();
    request.severity = IncidentSeverity(m_ui->severityComboBox->currentData().toInt());
    for (int i = 0; i < m_ui->chosenDevicesListWidget->count(); ++i)
        request.deviceIds << m_ui->chosenDevicesListWidget->item(i)->data(idRole).toLongLong();
    ReportingTriggers &t = request.triggers;
    t.personalData = m_ui->personalDataCheckBox->isChecked();
    t.sensitive = m_ui->sensitiveCheckBox->isChecked();
    t.financialDamage = m_ui->financialCheckBox->isChecked();
    t.unauthorisedPurpose = m_ui->unauthorisedCheckBox->isChecked();
    t.moreThanThousand = m_ui->moreThanThousandCheckBox->isChecked();
    t.stronglyEncrypted = m_ui->encryptedCheckBox->isChecked();
    if (m_ui->peopleSpinBox->value() > 0)
        t.peopleAffected = m_ui->peopleSpinBox->value();
    return request;
}

void StartIncidentDialog::accept()
{
    const IncidentStart current = request();
    QString problem;
    if (current.playbookId.isEmpty())
        problem = tr("Choose a playbook.");
    else if (current.title.isEmpty())
        problem = tr("Give the incident a short title.");
    else if (current.awareAt < current.detectedAt)
        problem = tr("The firm cannot have become aware before it was detected.");
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
    else if (current.title.isEmpty())
        m_ui->titleLineEdit->setFocus();
}

} // namespace mamori
