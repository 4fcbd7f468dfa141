#pragma once

#include "Result.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace mamori {

class Database;
class DatabaseSession;

// One write of an undo command, on the GUI thread's connection.
using DocumentWrite = std::function<Status(Database &)>;

// What every document shares (Tiled's Document idea): widgets read and change one kind of data
// through a document, never through storage. Each change is a command on the document's undo
// stack, and the document says what changed with a signal per kind of data, so every view of it
// follows. A write that is not a command (an import, completing a diagnosis) fences the history.
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(DatabaseSession &session, QObject *parent = nullptr);
    ~Document() override;

    QUndoStack &undoStack() { return m_undoStack; }
    const QUndoStack &undoStack() const { return m_undoStack; }
    DatabaseSession &session() const { return m_session; }
    bool isOpen() const;

    // Why there is nothing to undo, after a write outside the history; empty otherwise.
    const QString &fenceReason() const { return m_fenceReason; }
    // For a write that is not an undo command: the history is dropped, because undoing an older
    // command would write back the values this write replaced. Until the next command, Undo
    // says `reason` ("the import of devices.csv changed records outside the undo history").
    void fenceHistory(const QString &reason);

    // Pushes a command named `text`: `redo` runs now and on Redo, `undo` on Undo; `changed`
    // follows each, so the views re-read. A write that fails is shown (writeFailed) and its
    // command dropped from the history. True when the write succeeded.
    bool push(const QString &text, DocumentWrite redo, DocumentWrite undo,
              std::function<void()> changed);
    // Runs a command's write; false, and writeFailed(), when it failed.
    bool write(const DocumentWrite &operation);

signals:
    void writeFailed(const mamori::Error &error);
    // The history was dropped by fenceHistory(), or its reason no longer applies.
    void fenceChanged();

protected:
    // The open database, or nullptr.
    Database *database() const;
    // `read` on the open database; `whenClosed` without one.
    template<typename T>
    Result<T> read(const std::function<Result<T>(Database &)> &read, T whenClosed = {}) const
    {
        Database *open = database();
        return open ? read(*open) : Result<T>(std::move(whenClosed));
    }
    // For writes: the open database, or an error saying there is none.
    Result<Database *> writableDatabase() const;

private:
    DatabaseSession &m_session;
    QUndoStack m_undoStack;
    QString m_fenceReason;
    bool m_lastWriteSucceeded = false;
};

} // namespace mamori
