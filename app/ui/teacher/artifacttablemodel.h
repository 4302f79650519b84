#pragma once

#include "core/progress/artifactservice.h"

#include <QAbstractTableModel>

#include <functional>

namespace stages {

/// Pupils' creative work for a table: pupil, class, exercise, kind, date, comments.
/// Qt::UserRole on any column gives the artifact id; SortRole gives a value that sorts right
/// (the date as a QDateTime, not as text).
class ArtifactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PupilColumn, ClassColumn, ExerciseColumn, KindColumn, DateColumn, CommentsColumn, StarsColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    /// @p exerciseName turns an exercise id into words for teachers ("Stage 8: Creating");
    /// where it gives nothing, the work's own title (or else the id) is shown.
    explicit ArtifactTableModel(std::function<QString(const QString &)> exerciseName = {}, QObject *parent = nullptr);

    void setArtifacts(const QList<ArtifactSummary> &artifacts);
    const QList<ArtifactSummary> &artifacts() const { return m_artifacts; }
    /// Words for a kind of work ("Melody", "Rows", "Move sequence").
    static QString kindName(const ArtifactSummary &artifact);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::function<QString(const QString &)> m_exerciseName;
    QList<ArtifactSummary> m_artifacts;
};

} // namespace stages
