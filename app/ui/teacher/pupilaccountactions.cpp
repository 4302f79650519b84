#include "ui/teacher/pupilaccountactions.h"

#include "ui/shell/appcontext.h"
#include "ui/teacher/editpupilcommand.h"
#include "ui/teacher/editpupildialog.h"
#include "ui/teacher/signincardsdialog.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace stages {

namespace {

SignInCard cardOf(const NewPictures &made)
{
    return { made.pupil.displayName, made.pupil.className, made.pupil.avatar, made.pictures };
}

/// Asks before a change that cannot be taken back; true when the teacher chose @p doIt.
bool confirm(QWidget *parent, const QString &objectName, const QString &question, const QString &details,
             const QString &doIt, const QString &buttonName)
{
    QMessageBox box(QMessageBox::Question, question, question, QMessageBox::NoButton, parent);
    box.setObjectName(objectName);
    box.setInformativeText(details);
    QPushButton *yes = box.addButton(doIt, QMessageBox::AcceptRole);
    yes->setObjectName(buttonName);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == yes;
}

} // namespace

PupilAccountActions::PupilAccountActions(AppContext &context, const Session &session, QWidget *parent)
    : QObject(parent)
    , m_context(context)
    , m_session(session)
    , m_parent(parent)
    , m_admin(context.database(), context.clock())
{
    const bool may = m_session.can(Capability::ManagePupils);
    m_edit = new QAction(tr("Edit name and class…"), this);
    m_edit->setObjectName(QStringLiteral("editPupilAction"));
    //: Short text of "Edit name and class…" on the Pupils page's button
    m_edit->setIconText(tr("Edit…"));
    m_edit->setToolTip(tr("Change the selected pupil's name or class (F2). More in the arrow's menu."));
    m_edit->setShortcut(Qt::Key_F2);
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_edit, &QAction::triggered, this, &PupilAccountActions::edit);

    m_newPictures = new QAction(tr("New pictures…"), this);
    m_newPictures->setObjectName(QStringLiteral("newPicturesAction"));
    m_newPictures->setToolTip(tr("Give the pupil three new sign-in pictures (when they forgot theirs)."));
    connect(m_newPictures, &QAction::triggered, this, &PupilAccountActions::newPictures);

    m_archive = new QAction(tr("Archive…"), this);
    m_archive->setObjectName(QStringLiteral("archivePupilAction"));
    m_archive->setToolTip(tr("Hide a pupil who left from sign-in and class lists. Their work is kept."));
    connect(m_archive, &QAction::triggered, this, &PupilAccountActions::archive);

    m_restore = new QAction(tr("Restore"), this);
    m_restore->setObjectName(QStringLiteral("restorePupilAction"));
    m_restore->setToolTip(tr("Bring an archived pupil back to their class."));
    connect(m_restore, &QAction::triggered, this, &PupilAccountActions::restore);

    m_classCards = new QAction(tr("Sign-in cards…"), this);
    m_classCards->setObjectName(QStringLiteral("classCardsAction"));
    m_classCards->setToolTip(
        tr("Print sign-in cards for the class chosen in the Class list. Its pupils get new pictures."));
    connect(m_classCards, &QAction::triggered, this, &PupilAccountActions::classCards);

    m_undoStack = new QUndoStack(this);
    m_undo = m_undoStack->createUndoAction(this, tr("Undo"));
    m_undo->setObjectName(QStringLiteral("undoPupilEditAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redo = m_undoStack->createRedoAction(this, tr("Redo"));
    m_redo->setObjectName(QStringLiteral("redoPupilEditAction"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    for (QAction *action : { m_edit, m_newPictures, m_archive, m_restore, m_classCards, m_undo, m_redo })
        action->setVisible(may);
    setPupil(std::nullopt);
    setClass({}, {}, 0);
}

void PupilAccountActions::setPupil(const std::optional<Person> &pupil)
{
    m_pupil = pupil;
    const bool active = pupil && pupil->active;
    m_edit->setEnabled(active);
    m_newPictures->setEnabled(active);
    m_archive->setEnabled(active);
    m_restore->setEnabled(pupil && !pupil->active);
    // One of the two at a time, so the menu says plainly what can be done with this pupil.
    const bool may = m_session.can(Capability::ManagePupils);
    m_archive->setVisible(may && (!pupil || pupil->active));
    m_restore->setVisible(may && pupil && !pupil->active);
}

void PupilAccountActions::setClass(const QString &classId, const QString &className, int pupilCount)
{
    m_classId = classId;
    m_className = className;
    m_classPupils = pupilCount;
    m_classCards->setEnabled(!classId.isEmpty() && pupilCount > 0);
}

void PupilAccountActions::edit()
{
    if (!m_pupil || !m_pupil->active)
        return;
    const auto classes = m_context.classes().classes();
    if (!classes) {
        QMessageBox::warning(m_parent, m_edit->text(), classes.error());
        return;
    }
    const Person pupil = *m_pupil;
    EditPupilDialog dialog(
        pupil, classes.value(),
        [this, pupil](const QString &name, const QString &classId) { return applyEdit(pupil, name, classId); },
        m_parent);
    dialog.exec();
}

Status PupilAccountActions::applyEdit(const Person &pupil, const QString &name, const QString &classId)
{
    if (name == pupil.displayName && classId == pupil.classId)
        return {};
    if (auto s = m_admin.edit(m_session, pupil.id, name, classId); !s)
        return s;
    auto report = [this](const QString &personId, const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(m_parent, tr("Undo"), error);
        emit changed(personId);
    };
    m_undoStack->push(new EditPupilCommand(m_admin, m_session, pupil.id, { pupil.displayName, pupil.classId },
                                           { name, classId }, report));
    emit changed(pupil.id);
    return {};
}

void PupilAccountActions::archive()
{
    if (!m_pupil || !m_pupil->active)
        return;
    const Person pupil = *m_pupil;
    //: %1 is a pupil's name
    if (!confirm(m_parent, QStringLiteral("archiveConfirmation"), tr("Archive %1?").arg(pupil.displayName),
                 tr("%1 disappears from sign-in, the class list and the dashboards. All their work is kept; tick "
                    "\"Show archived\" to find them and restore them.")
                     .arg(pupil.displayName),
                 tr("Archive"), QStringLiteral("archiveButton")))
        return;
    if (auto s = m_admin.archive(m_session, pupil.id); !s) {
        QMessageBox::warning(m_parent, tr("Archive %1").arg(pupil.displayName), s.error());
        return;
    }
    // Undoing an edit of an archived pupil would be refused: start the history afresh.
    m_undoStack->clear();
    emit changed(pupil.id);
}

void PupilAccountActions::restore()
{
    if (!m_pupil || m_pupil->active)
        return;
    const Person pupil = *m_pupil;
    if (auto s = m_admin.restore(m_session, pupil.id); !s) {
        QMessageBox::warning(m_parent, tr("Restore %1").arg(pupil.displayName), s.error());
        return;
    }
    emit changed(pupil.id);
}

void PupilAccountActions::newPictures()
{
    if (!m_pupil || !m_pupil->active)
        return;
    const Person pupil = *m_pupil;
    if (!confirm(
            m_parent, QStringLiteral("newPicturesConfirmation"), tr("New pictures for %1?").arg(pupil.displayName),
            tr("%1 gets three new pictures to sign in with; the old ones stop working at once.").arg(pupil.displayName),
            tr("Make new pictures"), QStringLiteral("makeNewPicturesButton")))
        return;
    const auto made = m_admin.resetPictures(m_session, { pupil.id });
    if (!made) {
        QMessageBox::warning(m_parent, tr("New pictures for %1").arg(pupil.displayName), made.error());
        return;
    }
    emit changed(pupil.id);
    SignInCardsDialog dialog({ cardOf(made->constFirst()) }, tr("New pictures for %1").arg(pupil.displayName),
                             m_parent);
    dialog.exec();
}

void PupilAccountActions::classCards()
{
    if (m_classId.isEmpty())
        return;
    const QString classId = m_classId;
    const QString className = m_className;
    //: %1 is a class ("2.A")
    if (!confirm(m_parent, QStringLiteral("classCardsConfirmation"), tr("New sign-in cards for %1?").arg(className),
                 tr("The %n pupil(s) of %1 get new pictures, printed on their cards. Their old pictures stop "
                    "working. (Stages keeps only a secret code of the pictures, so it cannot print the old ones.)",
                    nullptr, m_classPupils)
                     .arg(className),
                 tr("Make new cards"), QStringLiteral("makeCardsButton")))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto made = m_admin.resetPicturesOfClass(m_session, classId);
    QApplication::restoreOverrideCursor();
    if (!made) {
        QMessageBox::warning(m_parent, tr("Sign-in cards for %1").arg(className), made.error());
        return;
    }
    QList<SignInCard> cards;
    for (const NewPictures &one : made.value())
        cards.append(cardOf(one));
    emit changed(QString());
    SignInCardsDialog dialog(cards, tr("Sign-in cards for %1").arg(className), m_parent);
    dialog.exec();
}

} // namespace stages
