#pragma once

#include "CompanyProfile.h"
#include "Language.h"
#include "Result.h"
#include "action/Policy.h"

#include <QWidget>

#include <memory>
#include <optional>

class QPrinter;

namespace Ui {
class PolicyEditorWidget;
}

namespace mamori {

class ActionDocument;
class PolicyTextEditor;
class ReportsDocument;
class SettingsDocument;

// The basic security policy (情報セキュリティ基本方針): its saved versions with adoption,
// publication and review dates, and an editor that starts from the template filled with the
// company's details. Saving always adds a version; earlier ones are kept. Prints and exports
// the selected version as an A4 PDF; an export is recorded as an issued report, its fingerprint
// in the footer.
class PolicyEditorWidget : public QWidget
{
    Q_OBJECT

public:
    PolicyEditorWidget(ActionDocument &document, SettingsDocument &settings,
                       QWidget *parent = nullptr);
    ~PolicyEditorWidget() override;

    // Reads the versions again (the page calls this when shown); unsaved edits stay.
    void reload();
    bool hasUnsavedChanges() const { return m_dirty; }
    // Asks whether to discard unsaved edits; true when it is fine to move on.
    bool confirmDiscard();

    const QList<PolicyVersion> &versions() const { return m_versions; } // newest first
    // The version shown in the editor, or nullptr while the unsaved template is shown.
    const PolicyVersion *shownVersion() const;
    PolicyDocument editedDocument() const;

    // What the buttons do once their dialogs are answered (and what tests call).
    bool saveNewVersion(const QDate &adoptedOn);
    bool recordPublication(const QDate &publishedOn, const QString &url);
    bool markReviewed(const QDate &reviewedOn);
    bool exportPdf(const QString &path);
    Status print(QPrinter &printer);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Where the unsaved template came from, so its date can follow the adoption date.
    struct TemplateSource
    {
        UiLanguage language = UiLanguage::Japanese;
        QString company;
        QString representative;
        QDate date;
        QString closing;
    };

    void askSaveNewVersion();
    void askRecordPublication();
    void askExportPdf();
    void askPrint();
    void fillVersions();
    void selectShownRow();
    void versionSelected();
    void showDocument(const PolicyDocument &document);
    void showTemplate();
    void textEdited();
    void discardChanges();
    void updateState();
    void retranslate();
    // The profile for the template and the printed header; an error when it cannot be read.
    Result<CompanyProfile> companyProfile() const;

    std::unique_ptr<Ui::PolicyEditorWidget> m_ui;
    ActionDocument &m_document;
    SettingsDocument &m_settings;
    ReportsDocument *m_reports; // the export is recorded as an issued report
    PolicyTextEditor *m_text = nullptr;
    QList<PolicyVersion> m_versions;
    qint64 m_shownId = 0; // 0 while the template is shown
    PolicyDocument m_shownDocument;
    std::optional<TemplateSource> m_template;
    QString m_notice; // what the last action did, shown under the state
    bool m_dirty = false;
    bool m_filling = false;
};

} // namespace mamori
