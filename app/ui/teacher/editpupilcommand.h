#pragma once

#include "core/accounts/session.h"

#include <QUndoCommand>

#include <functional>

namespace stages {

class PupilAdmin;

/// A pupil's name and class as one undoable step. The change is made before the command is
/// pushed (so a refused change never reaches the stack); the first redo() therefore does
/// nothing. When an undo or redo is refused (the pupil was archived meanwhile), @p report says
/// why.
class EditPupilCommand : public QUndoCommand
{
public:
    struct State
    {
        QString name;
        QString classId;
    };

    EditPupilCommand(PupilAdmin &admin, const Session &session, QString personId, State before, State after,
                     std::function<void(const QString &personId, const QString &error)> report);

    void undo() override;
    void redo() override;

private:
    void apply(const State &state);

    PupilAdmin &m_admin;
    Session m_session;
    QString m_personId;
    State m_before;
    State m_after;
    std::function<void(const QString &, const QString &)> m_report;
    bool m_done = true;
};

} // namespace stages
