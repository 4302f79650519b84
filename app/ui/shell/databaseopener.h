#pragma once

#include "core/result.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace stages {

class Database;

/// Opens the database for the desktop program and, when it is refused (not SQLite, damaged,
/// written by a newer Stages), explains why in a dialog. The file is never touched on refusal:
/// Database::open inspects before it writes.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(stages::DatabaseOpener)

public:
    /// --db, then $STAGES_DB, then the school server stored on this PC (ServerConnectionStore),
    /// then the per-user default (whose folder is created).
    static QString chooseLocation(const QString &commandLine);
    /// Opens @p location; on failure shows a modal QMessageBox with the reason and returns the failure.
    static Result<std::unique_ptr<Database>> openOrExplain(const QString &location, QWidget *parent = nullptr);
    /// The dialog's text for a refusal.
    static QString refusalText(const QString &location, const QString &reason);
};

} // namespace stages
