#include "TimelineEntryBar.h"

#include "BackgroundTask.h"
#include "Dialogs.h"
#include "IncidentDocument.h"

#include "ui_TimelineEntryBar.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>

namespace mamori {

namespace {

// Reads the file in pieces on a worker, so a large disk image neither freezes the window nor
// fills the memory; Cancel stops it.
BackgroundJob sha256Job(const QString &path, std::shared_ptr<QString> hex)
{
    return [path, hex](const ProgressCallback &progress) -> Status {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorKind::InvalidInput,
                         TimelineEntryBar::tr("Cannot read the evidence file %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const qint64 total = file.size();
        qint64 done = 0;
        while (!file.atEnd()) {
            const QByteArray chunk = file.read(1 << 20);
            if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
                return Error(ErrorKind::InvalidInput,
                             TimelineEntryBar::tr("Cannot read the evidence file %1: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
            hash.addData(chunk);
            done += chunk.size();
            if (!progress(done, total))
                return Error(ErrorKind::Cancelled, TimelineEntryBar::tr("Cancelled."));
        }
        *hex = QString::fromLatin1(hash.result().toHex());
        return {};
    };
}

} // namespace

TimelineEntryBar::TimelineEntryBar(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::TimelineEntryBar>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->entryLineEdit);
    for (EntryKind kind : IncidentValues::entryKinds())
        m_ui->kindComboBox->addItem(IncidentValues::label(kind), int(kind));
    m_ui->correctionWidget->hide();
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, [this] { showKind(); });
    connect(m_ui->entryLineEdit, &QLineEdit::returnPressed, this, &TimelineEntryBar::submit);
    connect(m_ui->decidedByLineEdit, &QLineEdit::returnPressed, this, &TimelineEntryBar::submit);
    connect(m_ui->whyLineEdit, &QLineEdit::returnPressed, this, &TimelineEntryBar::submit);
    connect(m_ui->addPushButton, &QPushButton::clicked, this, &TimelineEntryBar::submit);
    connect(m_ui->evidencePushButton, &QPushButton::clicked, this,
            &TimelineEntryBar::chooseEvidence);
    connect(m_ui->correctPushButton, &QPushButton::clicked, this,
            &TimelineEntryBar::correctRequested);
    connect(m_ui->cancelCorrectionPushButton, &QPushButton::clicked, this, [this] {
        m_corrects.reset();
        m_correctsText.clear();
        m_ui->correctionWidget->hide();
        focusEntry();
    });
    retranslate();
    showKind();
}

TimelineEntryBar::~TimelineEntryBar() = default;

TimelineEntryBar::Draft TimelineEntryBar::currentDraft() const
{
    Draft draft;
    draft.kind = EntryKind(m_ui->kindComboBox->currentData().toInt());
    draft.text = m_ui->entryLineEdit->text();
    draft.decidedBy = m_ui->decidedByLineEdit->text();
    draft.why = m_ui->whyLineEdit->text();
    draft.contactKey = m_ui->contactComboBox->currentData().toString();
    draft.evidencePath = m_evidencePath;
    draft.evidenceSha256 = m_evidenceSha256;
    draft.corrects = m_corrects;
    draft.correctsText = m_correctsText;
    return draft;
}

void TimelineEntryBar::showDraft(const Draft &draft)
{
    setKind(draft.kind);
    m_ui->entryLineEdit->setText(draft.text);
    m_ui->decidedByLineEdit->setText(draft.decidedBy);
    m_ui->whyLineEdit->setText(draft.why);
    const int contact = m_ui->contactComboBox->findData(draft.contactKey);
    m_ui->contactComboBox->setCurrentIndex(qMax(0, contact));
    m_evidencePath = draft.evidencePath;
    m_evidenceSha256 = draft.evidenceSha256;
    m_corrects = draft.corrects;
    m_correctsText = draft.correctsText;
    m_ui->correctionWidget->setVisible(m_corrects.has_value());
    retranslate();
    showKind();
}

void TimelineEntryBar::setIncident(qint64 id, bool writable)
{
    if (id != m_incidentId) {
        if (m_incidentId != 0)
            m_drafts.insert(m_incidentId, currentDraft());
        m_incidentId = id;
        showDraft(m_drafts.value(id));
    }
    setEnabled(id != 0 && writable);
}

void TimelineEntryBar::setContacts(const QList<Contact> &contacts)
{
    const QString chosen = m_ui->contactComboBox->currentData().toString();
    const UiLanguage language = currentUiLanguage();
    m_ui->contactComboBox->clear();
    m_ui->contactComboBox->addItem(tr("(someone else — say whom in the text)"), QString());
    for (const Contact &contact : contacts)
        m_ui->contactComboBox->addItem(contact.name.in(language), contact.key);
    m_ui->contactComboBox->setCurrentIndex(qMax(0, m_ui->contactComboBox->findData(chosen)));
}

void TimelineEntryBar::setCorrectable(bool correctable)
{
    m_ui->correctPushButton->setEnabled(correctable);
}

void TimelineEntryBar::beginCorrection(const TimelineEntry &entry)
{
    m_corrects = entry.id;
    m_correctsText = entry.text;
    if (m_ui->entryLineEdit->text().trimmed().isEmpty())
        m_ui->entryLineEdit->setText(entry.text);
    m_ui->correctionWidget->show();
    retranslate();
    focusEntry();
}

void TimelineEntryBar::focusEntry()
{
    m_ui->entryLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->entryLineEdit->selectAll();
}

QString TimelineEntryBar::text() const
{
    return m_ui->entryLineEdit->text();
}

void TimelineEntryBar::setKind(EntryKind kind)
{
    m_ui->kindComboBox->setCurrentIndex(qMax(0, m_ui->kindComboBox->findData(int(kind))));
}

void TimelineEntryBar::showKind()
{
    const auto kind = EntryKind(m_ui->kindComboBox->currentData().toInt());
    const bool decision = kind == EntryKind::Decision;
    const bool contact = kind == EntryKind::Contact;
    const bool evidence = kind == EntryKind::Evidence;
    m_ui->decidedByLabel->setVisible(decision);
    m_ui->decidedByLineEdit->setVisible(decision);
    m_ui->whyLabel->setVisible(decision);
    m_ui->whyLineEdit->setVisible(decision);
    m_ui->contactLabel->setVisible(contact);
    m_ui->contactComboBox->setVisible(contact);
    m_ui->evidenceLabel->setVisible(evidence);
    m_ui->evidencePushButton->setVisible(evidence);
    m_ui->detailsWidget->setVisible(decision || contact || evidence);
    m_ui->evidenceLabel->setText(
        m_evidencePath.isEmpty()
            ? tr("Choose the file with File…; its SHA-256 is recorded, the file is not copied.")
            : tr("%1 — SHA-256 %2")
                  .arg(QDir::toNativeSeparators(m_evidencePath),
                       m_evidenceSha256.left(16) + QStringLiteral("…")));
    m_ui->evidenceLabel->setToolTip(m_evidenceSha256);
}

bool TimelineEntryBar::chooseEvidence()
{
    const QString path = Dialogs::openFileName(this, tr("Evidence file"), QString(), QString());
    if (path.isEmpty())
        return false;
    auto hex = std::make_shared<QString>();
    const Status hashed = BackgroundTask::run(
        this, tr("Computing the SHA-256 of %1…").arg(QFileInfo(path).fileName()),
        sha256Job(path, hex));
    if (!hashed) {
        if (hashed.error().kind != ErrorKind::Cancelled)
            Dialogs::showError(this, tr("Evidence"), hashed.error());
        return false;
    }
    m_evidencePath = QFileInfo(path).absoluteFilePath();
    m_evidenceSha256 = *hex;
    showKind();
    return true;
}

bool TimelineEntryBar::submit()
{
    if (!m_document || m_incidentId == 0)
        return false;
    Draft draft = currentDraft();
    if (draft.kind == EntryKind::Evidence && draft.evidencePath.isEmpty()) {
        if (!chooseEvidence())
            return false;
        draft = currentDraft();
    }
    if (draft.kind == EntryKind::Evidence && draft.text.trimmed().isEmpty())
        draft.text = QFileInfo(draft.evidencePath).fileName();
    if (draft.text.trimmed().isEmpty()) {
        focusEntry();
        return false;
    }
    // A decision says who decided and why; the fields are right here, nothing pops up.
    if (draft.kind == EntryKind::Decision) {
        if (draft.decidedBy.trimmed().isEmpty()) {
            m_ui->decidedByLineEdit->setFocus(Qt::OtherFocusReason);
            return false;
        }
        if (draft.why.trimmed().isEmpty()) {
            m_ui->whyLineEdit->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    TimelineEntry entry;
    entry.incidentId = m_incidentId;
    entry.kind = draft.kind;
    entry.text = draft.text.trimmed();
    if (draft.kind == EntryKind::Decision) {
        entry.decidedBy = draft.decidedBy.trimmed();
        entry.reason = draft.why.trimmed();
    }
    if (draft.kind == EntryKind::Contact)
        entry.contactKey = draft.contactKey;
    if (draft.kind == EntryKind::Evidence) {
        entry.evidencePath = draft.evidencePath;
        entry.evidenceSha256 = draft.evidenceSha256;
    }
    entry.corrects = draft.corrects;
    if (m_document->addEntry(entry) == 0)
        return false; // the text stays, to try again
    Draft next;
    next.kind = draft.kind == EntryKind::Evidence ? EntryKind::Note : draft.kind;
    next.contactKey = draft.contactKey;
    showDraft(next);
    m_drafts.remove(m_incidentId);
    focusEntry();
    return true;
}

void TimelineEntryBar::retranslate()
{
    m_ui->entryLineEdit->setPlaceholderText(
        tr("What happened, what was done? Enter adds it to the timeline (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText)));
    m_ui->decidedByLineEdit->setPlaceholderText(tr("name"));
    m_ui->whyLineEdit->setPlaceholderText(tr("the reason, in a few words"));
    m_ui->correctionLabel->setText(
        m_corrects ? tr("Correcting entry #%1: “%2”").arg(*m_corrects).arg(m_correctsText)
                   : QString());
    m_ui->correctPushButton->setToolTip(
        tr("Entries are never changed or deleted: a correction is a new entry that points to "
           "the one it corrects."));
    for (int i = 0; i < m_ui->kindComboBox->count(); ++i)
        m_ui->kindComboBox->setItemText(
            i, IncidentValues::label(EntryKind(m_ui->kindComboBox->itemData(i).toInt())));
    if (m_ui->contactComboBox->count() > 0)
        m_ui->contactComboBox->setItemText(0, tr("(someone else — say whom in the text)"));
}

void TimelineEntryBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        showKind();
    }
    QWidget::changeEvent(event);
}

} // namespace mamori
