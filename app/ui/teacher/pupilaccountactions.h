#pragma once

#include "core/accounts/person.h"
#include "core/accounts/pupiladmin.h"
#include "core/accounts/session.h"

#include <QObject>

#include <optional>

class QAction;
class QUndoStack;
class QWidget;

namespace stages {

class AppContext;

/// What a teacher does to a pupil's account on the Pupils page (issue 10, point 6): edit the
/// name and class (undoable), archive after asking, restore, give new pictures after asking (then
/// shows them big with a button to print the card), and print new sign-in cards for a whole
/// class after asking. The actions sit behind the page's buttons and in the pupil table's
/// context menu; PupilAdmin checks the rights and writes the audit log.
class PupilAccountActions : public QObject
{
    Q_OBJECT

public:
    PupilAccountActions(AppContext &context, const Session &session, QWidget *parent);

    QAction *editAction() const { return m_edit; }
    QAction *archiveAction() const { return m_archive; }
    QAction *restoreAction() const { return m_restore; }
    QAction *newPicturesAction() const { return m_newPictures; }
    QAction *classCardsAction() const { return m_classCards; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// The pupil the actions work on; std::nullopt disables the pupil's actions.
    void setPupil(const std::optional<Person> &pupil);
    /// The class whose cards "Sign-in cards…" prints; an empty id disables it.
    void setClass(const QString &classId, const QString &className, int pupilCount);

signals:
    /// Something about pupil @p personId changed (an empty id: several pupils): read again.
    void changed(const QString &personId);

private:
    void edit();
    void archive();
    void restore();
    void newPictures();
    void classCards();
    Status applyEdit(const Person &pupil, const QString &name, const QString &classId);

    AppContext &m_context;
    Session m_session;
    QWidget *m_parent;
    PupilAdmin m_admin;
    std::optional<Person> m_pupil;
    QString m_classId;
    QString m_className;
    int m_classPupils = 0;
    QUndoStack *m_undoStack = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_archive = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_newPictures = nullptr;
    QAction *m_classCards = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

} // namespace stages
