#include "Document.h"

#include "DatabaseSession.h"

namespace mamori {

namespace {

// A command whose redo and undo are writes; a write that fails makes it obsolete, so it leaves
// the history instead of undoing something that never happened.
class WriteCommand : public QUndoCommand
{
public:
    WriteCommand(Document &document, const QString &text, DocumentWrite redo, DocumentWrite undo,
                 std::function<void()> changed)
        : m_document(document), m_redo(std::move(redo)), m_undo(std::move(undo)),
          m_changed(std::move(changed))
    {
        setText(text);
    }

    void redo() override { run(m_redo); }
    void undo() override { run(m_undo); }

private:
    void run(const DocumentWrite &write)
    {
        const bool done = m_document.write(write);
        // Even a failed write may have changed something before it failed; the views re-read.
        if (m_changed)
            m_changed();
        setObsolete(!done);
    }

    Document &m_document;
    DocumentWrite m_redo;
    DocumentWrite m_undo;
    std::function<void()> m_changed;
};

} // namespace

Document::Document(DatabaseSession &session, QObject *parent) : QObject(parent), m_session(session)
{
    // History belongs to one database: switching files starts a new one.
    connect(&m_session, &DatabaseSession::databaseChanged, this, [this] {
        m_undoStack.clear();
        m_fenceReason.clear();
        emit fenceChanged();
    });
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (!m_fenceReason.isEmpty() && m_undoStack.count() > 0) {
            m_fenceReason.clear();
            emit fenceChanged();
        }
    });
}

Document::~Document() = default;

bool Document::isOpen() const
{
    return m_session.isOpen();
}

Database *Document::database() const
{
    return m_session.database();
}

Result<Database *> Document::writableDatabase() const
{
    Database *open = database();
    if (!open)
        return Error(ErrorKind::DatabaseMissing, tr("No database is open."));
    return open;
}

void Document::fenceHistory(const QString &reason)
{
    m_undoStack.clear();
    m_fenceReason = reason;
    emit fenceChanged();
}

bool Document::push(const QString &text, DocumentWrite redo, DocumentWrite undo,
                    std::function<void()> changed)
{
    m_undoStack.push(
        new WriteCommand(*this, text, std::move(redo), std::move(undo), std::move(changed)));
    return m_lastWriteSucceeded; // set by the command's first redo, inside push()
}

bool Document::write(const DocumentWrite &operation)
{
    auto open = writableDatabase();
    if (!open) {
        m_lastWriteSucceeded = false;
        emit writeFailed(open.error());
        return false;
    }
    const Status done = operation(**open);
    m_lastWriteSucceeded = done.ok();
    if (!done)
        emit writeFailed(done.error());
    return done.ok();
}

} // namespace mamori
