#include "ui/teacher/editpupilcommand.h"

#include "core/accounts/pupiladmin.h"

#include <QCoreApplication>

namespace stages {

EditPupilCommand::EditPupilCommand(PupilAdmin &admin, const Session &session, QString personId, State before,
                                   State after, std::function<void(const QString &, const QString &)> report)
    : m_admin(admin)
    , m_session(session)
    , m_personId(std::move(personId))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_report(std::move(report))
{
    //: The undo menu's name for changing a pupil ("Undo edit Pia Pupil"); %1 is the new name
    setText(QCoreApplication::translate("stages::EditPupilCommand", "edit %1").arg(m_after.name));
}

void EditPupilCommand::undo()
{
    apply(m_before);
    m_done = false;
}

void EditPupilCommand::redo()
{
    if (m_done) // made before the push
        return;
    apply(m_after);
    m_done = true;
}

void EditPupilCommand::apply(const State &state)
{
    const Status s = m_admin.edit(m_session, m_personId, state.name, state.classId);
    if (m_report)
        m_report(m_personId, s ? QString() : s.error());
}

} // namespace stages
