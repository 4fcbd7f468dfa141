#include "DatabaseStatus.h"

#include "Clock.h"
#include "DatabaseSession.h"
#include "SafetyCopyController.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace mamori {

namespace {

QLabel *statusLabel(const QString &objectName, QStatusBar *statusBar)
{
    auto *label = new QLabel(statusBar);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString when(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    if (local.date() == Clock::today())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

} // namespace

DatabaseStatus::DatabaseStatus(DatabaseSession &session, SafetyCopyController &safetyCopies,
                               QStatusBar *statusBar)
    : QObject(statusBar), m_session(session), m_safetyCopies(safetyCopies),
      m_database(statusLabel(QStringLiteral("databasePathLabel"), statusBar)),
      m_safetyCopy(statusLabel(QStringLiteral("safetyCopyLabel"), statusBar)),
      m_integrity(statusLabel(QStringLiteral("integrityLabel"), statusBar))
{
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Rich text only for the damaged state's link; the words are ours, escaped.
    m_integrity->setTextFormat(Qt::RichText);
    connect(m_integrity, &QLabel::linkActivated, &m_safetyCopies,
            &SafetyCopyController::restoreFromBackup);
    statusBar->addPermanentWidget(m_database, 1);
    statusBar->addPermanentWidget(m_safetyCopy);
    statusBar->addPermanentWidget(m_integrity);
    connect(&m_session, &DatabaseSession::databaseChanged, this, &DatabaseStatus::databaseChanged);
    connect(&m_session, &DatabaseSession::integrityVerified, this,
            &DatabaseStatus::integrityVerified);
    // A copy saved by hand, the daily one or a restore: the newest copy may have changed.
    connect(&m_safetyCopies, &SafetyCopyController::statusMessage, this, &DatabaseStatus::update);
    connect(&m_safetyCopies, &SafetyCopyController::dailyCopyFinished, this,
            &DatabaseStatus::update);
    databaseChanged();
}

void DatabaseStatus::databaseChanged()
{
    m_damage.clear();
    // A file opened after its full check (every open but the one at startup) passed it now.
    m_checkedAt =
        m_session.isOpen() && !m_session.isIntegrityCheckPending() ? Clock::nowUtc() : QDateTime();
    update();
}

void DatabaseStatus::integrityVerified()
{
    m_checkedAt = Clock::nowUtc();
    update();
}

void DatabaseStatus::damageFound(const Error &error)
{
    m_damage = error.fullText();
    update();
}

void DatabaseStatus::update()
{
    const bool open = m_session.isOpen();
    m_database->setText(open ? tr("Database: %1").arg(QDir::toNativeSeparators(m_session.path()))
                             : tr("No database open"));
    m_safetyCopy->setVisible(open);
    if (open) {
        const auto newest = DatabaseSession::newestSafetyCopyTime(m_session.path());
        m_safetyCopy->setText(newest ? tr("Last safety copy: %1").arg(when(*newest))
                                     : tr("No safety copy saved yet"));
        m_safetyCopy->setToolTip(tr("Copies of the database are kept in %1.")
                                     .arg(QDir::toNativeSeparators(
                                         DatabaseSession::safetyCopyFolder(m_session.path()))));
    }
    showIntegrity();
}

void DatabaseStatus::showIntegrity()
{
    QPalette palette = m_integrity->parentWidget()->palette();
    QFont font = m_integrity->parentWidget()->font();
    m_integrity->setToolTip({});
    if (m_session.isReadOnly()) {
        font.setBold(true);
        // Dark red on a light bar, light red on a dark one; the ⚠ and the words say it too.
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText,
                         dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
        palette.setColor(QPalette::Link, palette.color(QPalette::WindowText));
        m_integrity->setText(QStringLiteral("⚠ %1 <a href=\"restore\">%2</a>")
                                 .arg(tr("Read-only: the database is damaged.").toHtmlEscaped(),
                                      tr("Restore it from a safety copy…").toHtmlEscaped()));
        m_integrity->setToolTip(m_damage);
    } else if (m_session.isIntegrityCheckPending()) {
        m_integrity->setText(tr("Checking the database…").toHtmlEscaped());
    } else if (m_session.isOpen() && m_checkedAt.isValid()) {
        m_integrity->setText(
            tr("Integrity check passed at %1").arg(when(m_checkedAt)).toHtmlEscaped());
    } else {
        m_integrity->clear();
    }
    m_integrity->setPalette(palette);
    m_integrity->setFont(font);
    m_integrity->setVisible(!m_integrity->text().isEmpty());
}

} // namespace mamori
