#include "PolicyEditorWidget.h"

#include "ActionDocument.h"
#include "BackgroundTask.h"
#include "Clock.h"
#include "DatabaseSession.h"
#include "DatePromptDialog.h"
#include "Dialogs.h"
#include "PolicyTextEditor.h"
#include "SettingsDocument.h"
#include "report/PolicyPdf.h"
#include "reports/ReportsDocument.h"

#include "ui_PolicyEditorWidget.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QUrl>

namespace mamori {

namespace {

enum VersionColumn
{
    VersionNumberColumn,
    AdoptedColumn,
    PublishedColumn,
    ReviewedColumn,
    UrlColumn,
    VersionColumnCount
};

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

bool isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

PolicyEditorWidget::PolicyEditorWidget(ActionDocument &document, SettingsDocument &settings,
                                       QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PolicyEditorWidget>()), m_document(document),
      m_settings(settings), m_reports(new ReportsDocument(document.session(), this))
{
    m_ui->setupUi(this);
    m_text =
        new PolicyTextEditor({m_ui->titleLineEdit, m_ui->preambleTextEdit, m_ui->closingTextEdit,
                              m_ui->sectionsLayout, m_ui->documentWidget},
                             this);
    QTableWidget *table = m_ui->versionsTableWidget;
    table->setColumnCount(VersionColumnCount);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    m_ui->saveVersionPushButton->setShortcut(QKeySequence::Save);

    connect(table, &QTableWidget::itemSelectionChanged, this, &PolicyEditorWidget::versionSelected);
    // Edits belong to the database they were made in: forget them when another one opens.
    // The page reloads what it shows.
    connect(&m_document.session(), &DatabaseSession::databaseChanged, this, [this] {
        m_dirty = false;
        m_shownId = 0;
        m_template.reset();
        m_notice.clear();
    });
    connect(m_text, &PolicyTextEditor::edited, this, &PolicyEditorWidget::textEdited);
    // Saved, published, reviewed, undone or redone: the versions follow (edits stay).
    connect(&m_document, &ActionDocument::policyChanged, this, &PolicyEditorWidget::reload);
    connect(m_ui->saveVersionPushButton, &QPushButton::clicked, this,
            &PolicyEditorWidget::askSaveNewVersion);
    connect(m_ui->discardPushButton, &QPushButton::clicked, this,
            &PolicyEditorWidget::discardChanges);
    connect(m_ui->recordPublicationPushButton, &QPushButton::clicked, this,
            &PolicyEditorWidget::askRecordPublication);
    connect(m_ui->markReviewedPushButton, &QPushButton::clicked, this,
            [this] { markReviewed(Clock::today()); });
    connect(m_ui->printPushButton, &QPushButton::clicked, this, &PolicyEditorWidget::askPrint);
    connect(m_ui->exportPdfPushButton, &QPushButton::clicked, this,
            &PolicyEditorWidget::askExportPdf);
    retranslate();
    updateState();
}

PolicyEditorWidget::~PolicyEditorWidget() = default;

void PolicyEditorWidget::reload()
{
    if (!m_document.isOpen()) {
        m_versions.clear();
        fillVersions();
        updateState();
        return;
    }
    auto versions = m_document.policyVersions();
    if (!versions) {
        Dialogs::showError(this, tr("Basic policy"), versions.error());
        return;
    }
    m_versions = *versions;
    fillVersions();
    if (!m_dirty) {
        // Keep showing the version the user chose; otherwise the latest, or the template.
        if (!shownVersion())
            m_shownId = m_versions.isEmpty() ? 0 : m_versions.constFirst().id;
        if (const PolicyVersion *shown = shownVersion())
            showDocument(shown->document);
        else
            showTemplate();
    }
    selectShownRow();
    updateState();
}

const PolicyVersion *PolicyEditorWidget::shownVersion() const
{
    for (const PolicyVersion &version : m_versions) {
        if (version.id == m_shownId)
            return &version;
    }
    return nullptr;
}

Result<CompanyProfile> PolicyEditorWidget::companyProfile() const
{
    auto profile = m_settings.companyProfile();
    if (!profile)
        return profile.error();
    return profile->value_or(CompanyProfile());
}

void PolicyEditorWidget::fillVersions()
{
    m_filling = true;
    QTableWidget *table = m_ui->versionsTableWidget;
    table->setRowCount(int(m_versions.size()));
    for (int row = 0; row < m_versions.size(); ++row) {
        const PolicyVersion &version = m_versions.at(row);
        const QStringList texts{
            tr("Version %1").arg(version.version), shortDate(version.adoptedOn),
            version.published() ? shortDate(version.publishedOn) : tr("Not yet"),
            version.reviewedOn.isValid() ? shortDate(version.reviewedOn) : QString(),
            version.publishedUrl};
        for (int column = 0; column < VersionColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setData(Qt::UserRole, version.id);
            if (column == PublishedColumn && !version.published())
                item->setForeground(QColor(0xa0, 0x30, 0x00));
            if (column == UrlColumn)
                item->setToolTip(version.publishedUrl);
            table->setItem(row, column, item);
        }
    }
    m_filling = false;
}

void PolicyEditorWidget::selectShownRow()
{
    m_filling = true;
    QTableWidget *table = m_ui->versionsTableWidget;
    table->clearSelection();
    for (int row = 0; row < m_versions.size(); ++row) {
        if (m_versions.at(row).id == m_shownId)
            table->selectRow(row);
    }
    m_filling = false;
}

void PolicyEditorWidget::versionSelected()
{
    if (m_filling)
        return;
    const QList<QTableWidgetItem *> selected = m_ui->versionsTableWidget->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = selected.constFirst()->data(Qt::UserRole).toLongLong();
    if (id == m_shownId)
        return;
    if (!confirmDiscard()) {
        selectShownRow();
        return;
    }
    m_shownId = id;
    m_notice.clear();
    if (const PolicyVersion *shown = shownVersion())
        showDocument(shown->document);
    updateState();
}

void PolicyEditorWidget::showTemplate()
{
    // Without the profile the template keeps its placeholders, and says why.
    const Result<CompanyProfile> read = companyProfile();
    if (!read)
        Dialogs::showError(this, tr("Basic policy"), read.error());
    const CompanyProfile profile = read ? *read : CompanyProfile();
    TemplateSource source;
    source.language = currentUiLanguage();
    source.company = profile.name.isEmpty() ? tr("(company name)") : profile.name;
    source.representative =
        profile.representative.isEmpty() ? tr("(representative)") : profile.representative;
    source.date = Clock::today();
    auto document = PolicyDocument::fromTemplate(source.language, source.company,
                                                 source.representative, source.date);
    if (!document) {
        Dialogs::showError(this, tr("Basic policy"), document.error());
        return;
    }
    source.closing = document->closing;
    m_template = source;
    m_shownId = 0;
    showDocument(*document);
}

void PolicyEditorWidget::showDocument(const PolicyDocument &document)
{
    m_filling = true;
    m_text->show(document);
    m_shownDocument = document;
    m_filling = false;
    m_dirty = false;
}

PolicyDocument PolicyEditorWidget::editedDocument() const
{
    return m_text->editedDocument();
}

void PolicyEditorWidget::textEdited()
{
    if (m_filling)
        return;
    // Typing something and deleting it again leaves nothing to save.
    m_dirty = editedDocument() != m_shownDocument;
    m_notice.clear();
    updateState();
}

bool PolicyEditorWidget::confirmDiscard()
{
    if (!m_dirty)
        return true;
    if (!Dialogs::confirm(this, tr("Unsaved changes"),
                          tr("The basic policy has changes that are not saved as a version. "
                             "Discard them?"),
                          tr("Discard")))
        return false;
    discardChanges();
    return true;
}

void PolicyEditorWidget::discardChanges()
{
    if (const PolicyVersion *shown = shownVersion())
        showDocument(shown->document);
    else
        showTemplate();
    updateState();
}

void PolicyEditorWidget::askSaveNewVersion()
{
    if (!m_document.isOpen() || (!m_dirty && !m_versions.isEmpty()))
        return;
    const int next = m_versions.isEmpty() ? 1 : m_versions.constFirst().version + 1;
    DatePromptDialog dialog(
        tr("Save as New Version"),
        tr("The text is saved as version %1; earlier versions stay as they are.\n\nWhen is this "
           "version adopted? The date is printed at the foot of every page.")
            .arg(next),
        Clock::today(), this);
    if (dialog.exec() == QDialog::Accepted)
        saveNewVersion(dialog.date());
}

bool PolicyEditorWidget::saveNewVersion(const QDate &adoptedOn)
{
    if (!m_document.isOpen())
        return false;
    PolicyDocument document = editedDocument();
    if (document.title.isEmpty()) {
        Dialogs::showError(this, tr("Cannot save the policy"),
                           Error(ErrorKind::InvalidInput, tr("The policy needs a title.")));
        return false;
    }
    // The template's closing names the day it was filled in; it should name the adoption day.
    if (m_shownId == 0 && m_template && document.closing == m_template->closing &&
        adoptedOn != m_template->date) {
        auto adopted = PolicyDocument::fromTemplate(m_template->language, m_template->company,
                                                    m_template->representative, adoptedOn);
        if (adopted)
            document.closing = adopted->closing;
    }
    // Shown before the write: the reload it triggers then shows the saved version.
    m_dirty = false;
    const auto saved = m_document.savePolicyVersion(document, adoptedOn);
    if (!saved) { // the failure is shown by the main window
        m_dirty = true;
        updateState();
        return false;
    }
    m_shownId = saved->id;
    m_template.reset();
    m_notice = tr("Saved as version %1.").arg(saved->version);
    reload();
    return true;
}

void PolicyEditorWidget::askRecordPublication()
{
    const PolicyVersion *version = shownVersion();
    if (!version || m_dirty)
        return;
    DatePromptDialog dialog(
        tr("Record Publication"),
        tr("Record when and where version %1 was published. For ★★ the policy must be "
           "published outside the company, usually on your website.")
            .arg(version->version),
        version->published() ? version->publishedOn : Clock::today(), this);
    dialog.setMaximumDate(Clock::today());
    dialog.showTextField(tr("&Address (URL):"),
                         QStringLiteral("https://www.example.co.jp/security-policy/"),
                         version->publishedUrl);
    dialog.setNote(tr("Leave the address empty if the policy was published another way, for "
                      "example in a printed brochure."));
    dialog.setCheck([](const QDate &, const QString &text) {
        return text.isEmpty() || isWebAddress(text)
                   ? QString()
                   : tr("Enter a full web address starting with https:// or http://, or leave "
                        "it empty.");
    });
    if (dialog.exec() == QDialog::Accepted)
        recordPublication(dialog.date(), dialog.text());
}

bool PolicyEditorWidget::recordPublication(const QDate &publishedOn, const QString &url)
{
    const PolicyVersion *version = shownVersion();
    if (!version || m_dirty)
        return false;
    const int number = version->version;
    if (!m_document.recordPolicyPublication(version->id, publishedOn, url.trimmed()))
        return false;
    m_notice = tr("Recorded the publication of version %1.").arg(number);
    updateState();
    return true;
}

bool PolicyEditorWidget::markReviewed(const QDate &reviewedOn)
{
    const PolicyVersion *version = shownVersion();
    if (!version || m_dirty || version->id != m_versions.constFirst().id)
        return false;
    if (!m_document.recordPolicyReview(version->id, reviewedOn))
        return false;
    m_notice = tr("Recorded the review on %1.").arg(shortDate(reviewedOn));
    updateState();
    return true;
}

void PolicyEditorWidget::askExportPdf()
{
    const PolicyVersion *version = shownVersion();
    if (!version || m_dirty)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("security-policy-v%1.pdf").arg(version->version));
    const QString path = Dialogs::saveFileName(this, tr("Export the Basic Policy"), suggested,
                                               tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path) &&
        !Dialogs::confirm(this, tr("Export the Basic Policy"),
                          tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)),
                          tr("Replace")))
        return;
    exportPdf(path);
}

bool PolicyEditorWidget::exportPdf(const QString &path)
{
    const PolicyVersion *version = shownVersion();
    if (!version || m_dirty)
        return false;
    // Exported as an issued report: the footer carries its fingerprint, `report verify` checks
    // it. A PDF without the company's name would be no evidence: a profile that cannot be read
    // stops the export.
    const report::ReportRequest request = PolicyPdf::exportRequest(*version, Clock::nowUtc());
    auto generated = std::make_shared<ReportsDocument::Generated>();
    Status made = BackgroundTask::run(this, tr("Exporting the basic policy…"),
                                      m_reports->generateJob(request, Clock::nowUtc(), generated));
    if (made)
        made = m_reports->saveAndRecord(*generated, path);
    if (!made) {
        if (made.error().kind != ErrorKind::Cancelled)
            Dialogs::showError(this, tr("Export failed"), made.error());
        return false;
    }
    m_notice = tr("Saved version %1 as %2 (fingerprint %3).")
                   .arg(version->version)
                   .arg(QDir::toNativeSeparators(path), generated->record.fingerprint.left(16));
    updateState();
    return true;
}

void PolicyEditorWidget::askPrint()
{
    const PolicyVersion *version = shownVersion();
    if (!version || m_dirty)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(version->document.title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the Basic Policy"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status printed = print(printer); !printed)
        Dialogs::showError(this, tr("Printing failed"), printed.error());
}

Status PolicyEditorWidget::print(QPrinter &printer)
{
    const PolicyVersion *version = shownVersion();
    if (!version)
        return Error(ErrorKind::InvalidInput, tr("Save the policy as a version first."));
    const Result<CompanyProfile> profile = companyProfile();
    if (!profile)
        return profile.error();
    // The layout places everything on the A4 sheet itself, margins included.
    printer.setFullPage(true);
    printer.setPageSize(QPageSize(QPageSize::A4));
    return PolicyPdf::paint(printer, *version, *profile, PolicyPdf::languageOf(version->document));
}

void PolicyEditorWidget::updateState()
{
    const bool open = m_document.isOpen();
    const PolicyVersion *shown = shownVersion();
    const bool latest = shown && shown->id == m_versions.constFirst().id;
    QStringList state;
    if (!open) {
        // nothing to say without a database
    } else if (!shown) {
        state << tr("Not saved yet. The editor shows the template filled in with your company's "
                    "details: adapt it, then save it as version 1.");
    } else {
        state << tr("Version %1, adopted %2.").arg(shown->version).arg(shortDate(shown->adoptedOn));
        if (shown->published()) {
            state << (shown->publishedUrl.isEmpty()
                          ? tr("Published on %1.").arg(shortDate(shown->publishedOn))
                          : tr("Published on %1 at %2.")
                                .arg(shortDate(shown->publishedOn), shown->publishedUrl));
        } else {
            state << tr("Not published yet: record the publication once it is on your website.");
        }
        if (!latest) {
            state << tr("This is an earlier version; the latest is version %1.")
                         .arg(m_versions.constFirst().version);
        }
    }
    if (m_dirty) {
        state << tr("Unsaved changes: save them as version %1 to print, export or publish them.")
                     .arg(m_versions.isEmpty() ? 1 : m_versions.constFirst().version + 1);
    }
    if (!m_notice.isEmpty())
        state << m_notice;
    m_ui->stateLabel->setText(state.join(QLatin1Char('\n')));

    const bool saved = open && shown && !m_dirty;
    m_ui->documentWidget->setEnabled(open);
    m_ui->saveVersionPushButton->setEnabled(open && (m_dirty || m_versions.isEmpty()));
    m_ui->discardPushButton->setEnabled(m_dirty);
    m_ui->recordPublicationPushButton->setEnabled(saved);
    m_ui->markReviewedPushButton->setEnabled(saved && latest);
    m_ui->printPushButton->setEnabled(saved);
    m_ui->exportPdfPushButton->setEnabled(saved);
}

void PolicyEditorWidget::retranslate()
{
    m_ui->versionsTableWidget->setHorizontalHeaderLabels(
        {tr("Version"), tr("Adopted"), tr("Published"), tr("Reviewed"), tr("Address (URL)")});
}

void PolicyEditorWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        fillVersions();
        selectShownRow();
        // The unsaved, untouched template follows the interface language.
        if (!m_dirty && m_shownId == 0 && m_template && m_document.isOpen())
            showTemplate();
        updateState();
    }
    QWidget::changeEvent(event);
}

} // namespace mamori
