#pragma once

#include "core/accounts/session.h"
#include "core/progress/artifactservice.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace stages {

class ArtifactDialog;
class ArtifactTableModel;
class ClassService;
class ExerciseContent;

/// The teacher's "Pupils' work" page: every pupil's creative work (rows, move sequences,
/// melodies) newest first, filtered by class; opening a row shows the work in an
/// ArtifactDialog to look at, play, export and comment on. Rights are checked by the service.
class PupilsWorkPanel : public QWidget
{
    Q_OBJECT

public:
    PupilsWorkPanel(Database &database, const Clock &clock, ClassService &classes, const Session &session,
                    QWidget *parent = nullptr);
    ~PupilsWorkPanel() override;

    void reload();
    QTableView *table() const { return m_table; }
    QComboBox *classFilter() const { return m_classFilter; }
    QPushButton *openButton() const { return m_open; }
    ArtifactTableModel *model() const { return m_model; }
    /// Opens the work with this id in a dialog (modal: exec()); false when it cannot be read.
    bool open(const QString &artifactId);
    /// The dialog while it is open (tests).
    ArtifactDialog *openDialog() const { return m_dialog; }

private:
    void openSelected();
    QString exerciseName(const QString &exerciseId) const;

    ArtifactService m_service;
    ClassService &m_classes;
    Session m_session;
    std::shared_ptr<const ExerciseContent> m_exercises;
    ArtifactTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_views = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_classFilter = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_open = nullptr;
    ArtifactDialog *m_dialog = nullptr;
};

} // namespace stages
