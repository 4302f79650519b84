#include "ui/teacher/artifacttablemodel.h"

#include <QLocale>

namespace stages {

ArtifactTableModel::ArtifactTableModel(std::function<QString(const QString &)> exerciseName, QObject *parent)
    : QAbstractTableModel(parent)
    , m_exerciseName(std::move(exerciseName))
{ }

void ArtifactTableModel::setArtifacts(const QList<ArtifactSummary> &artifacts)
{
    beginResetModel();
    m_artifacts = artifacts;
    endResetModel();
}

QString ArtifactTableModel::kindName(const ArtifactSummary &artifact)
{
    if (artifact.kind == QLatin1String("melody"))
        return tr("Melody");
    if (artifact.kind == QLatin1String("karate"))
        //: Kind of a pupil's work: a combination of karate moves a figure can perform
        return tr("Karate combination");
    if (artifact.kind == QLatin1String("drawing"))
        //: Kind of a pupil's work: a picture drawn on points on a circle
        return tr("Drawing");
    if (artifact.kind == QLatin1String("arrangements"))
        return artifact.exerciseId.contains(QLatin1String("/moves/")) ? tr("Move sequence") : tr("Rows");
    return artifact.kind;
}

int ArtifactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_artifacts.size());
}

int ArtifactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArtifactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArtifactSummary &a = m_artifacts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PupilColumn: return a.pupilName;
        case ClassColumn: return a.className;
        case ExerciseColumn: {
            const QString name = m_exerciseName ? m_exerciseName(a.exerciseId) : QString();
            return !name.isEmpty() ? name : !a.title.isEmpty() ? a.title : a.exerciseId;
        }
        case KindColumn: return kindName(a);
        case DateColumn: return QLocale().toString(a.createdAt.toLocalTime(), QLocale::ShortFormat);
        case CommentsColumn: return a.feedbackCount;
        case StarsColumn: return a.stars > 0 ? QString(a.stars, QChar(0x2605)) : QString();
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case DateColumn: return a.createdAt;
        case CommentsColumn: return a.feedbackCount;
        case StarsColumn: return a.stars;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == ExerciseColumn)
            return a.exerciseId;
        return a.title.isEmpty() ? QVariant() : QVariant(a.title);
    case Qt::TextAlignmentRole:
        return index.column() == CommentsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::AccessibleTextRole:
        //: Table cell for screen readers: stars a teacher gave a piece of work
        return index.column() == StarsColumn ? QVariant(tr("%n star(s)", nullptr, a.stars)) : QVariant();
    case Qt::UserRole:
        return a.id;
    default:
        return {};
    }
}

QVariant ArtifactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PupilColumn: return tr("Pupil");
    case ClassColumn: return tr("Class");
    case ExerciseColumn: return tr("Exercise");
    case KindColumn: return tr("Kind");
    case DateColumn: return tr("Date");
    //: Column: number of teachers' comments on a piece of work
    case CommentsColumn: return tr("Comments");
    //: Column: the stars (1 to 3) of the newest comment that gave stars
    case StarsColumn: return tr("Stars");
    default: return {};
    }
}

} // namespace stages
