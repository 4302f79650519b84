#pragma once

#include "core/accounts/person.h"
#include "core/accounts/session.h"

#include <QObject>

class QAction;
class QWidget;

namespace stages {

class AppContext;

/// The teacher's answers to a parent's request (issue 9, point 15): "Export everything about
/// this pupil…" writes the JSON file and a readable PDF next to it; "Erase this pupil for good…"
/// asks first, then deletes the pupil and all their data. The actions sit in the pupil table's
/// context menu and behind the Pupils page's "Pupil's data" button.
class PupilDataActions : public QObject
{
    Q_OBJECT

public:
    PupilDataActions(AppContext &context, const Session &session, QWidget *parent);

    QAction *exportAction() const { return m_export; }
    QAction *eraseAction() const { return m_erase; }

    /// The pupil the actions work on; std::nullopt disables them.
    void setPupil(const std::optional<Person> &pupil);

    /// Writes @p jsonPath and the PDF beside it (same name, .pdf). Shows what went wrong.
    bool exportTo(const Person &pupil, const QString &jsonPath);
    /// The PDF that goes with @p jsonPath.
    static QString pdfPathFor(const QString &jsonPath);

signals:
    /// A pupil was erased: the tables must be read again.
    void erased();

private:
    void chooseFileAndExport();
    void confirmAndErase();

    AppContext &m_context;
    Session m_session;
    QWidget *m_parent;
    std::optional<Person> m_pupil;
    QAction *m_export = nullptr;
    QAction *m_erase = nullptr;
};

} // namespace stages
