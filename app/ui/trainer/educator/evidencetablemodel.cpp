#include "ui/trainer/educator/evidencetablemodel.h"

#include "ui/trainer/educator/requirementprogressmodel.h"

#include <QLocale>

namespace stages {

EvidenceTableModel::EvidenceTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EvidenceTableModel::setEvidence(const QList<EvidenceRecord> &evidence)
{
    beginResetModel();
    m_evidence = evidence;
    endResetModel();
}

const EvidenceRecord *EvidenceTableModel::find(const QString &id) const
{
    for (const EvidenceRecord &r : m_evidence) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString EvidenceTableModel::kindName(RequirementKind kind)
{
    switch (kind) {
    case RequirementKind::WorkshopHours:
        return tr("Workshop hours");
    case RequirementKind::PracticumWeeks:
        //: Evidence kind: weeks of teaching Stages with a class
        return tr("Practicum");
    case RequirementKind::ObservedLessons:
        return tr("Observed lesson");
    case RequirementKind::PortfolioItems:
        return tr("Portfolio items");
    }
    return {};
}

int EvidenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_evidence.size());
}

int EvidenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvidenceTableModel::amountText(const EvidenceRecord &record) const
{
    const Evidence &e = record.evidence;
    switch (e.kind) {
    case RequirementKind::WorkshopHours:
        //: Evidence amount: hours of workshops
        return tr("%1 h").arg(RequirementProgressModel::amountText(e.amount));
    case RequirementKind::PracticumWeeks:
        if (!record.classId.isEmpty())
            //: Practicum counted from a class's real activity in Stages
            return tr("%1 weeks (from the class's activity)").arg(RequirementProgressModel::amountText(e.amount));
        return tr("%1 weeks").arg(RequirementProgressModel::amountText(e.amount));
    case RequirementKind::ObservedLessons: {
        QStringList scores;
        for (const int s : e.rubricScores)
            scores.append(QLocale().toString(s));
        //: Rubric scores of an observed lesson, one per criterion, e.g. "scores 4 3 4 3"
        return tr("scores %1").arg(scores.join(QLatin1Char(' ')));
    }
    case RequirementKind::PortfolioItems:
        return tr("%1 items").arg(RequirementProgressModel::amountText(e.amount));
    }
    return {};
}

QVariant EvidenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_evidence.size())
        return {};
    const EvidenceRecord &r = m_evidence.at(index.row());
    if (role == Qt::UserRole)
        return r.id;
    if (role == SortRole) {
        if (index.column() == DateColumn)
            return r.evidence.date;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ToolTipRole) {
        if (r.correctedAt.isValid())
            //: Tooltip on an evidence record: when it was corrected
            return tr("Corrected on %1; the old values are in the audit log.")
                .arg(QLocale().toString(r.correctedAt.toLocalTime(), QLocale::ShortFormat));
        if (index.column() == NoteColumn && !r.note.isEmpty())
            return r.note;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(r.evidence.date, QLocale::ShortFormat);
    case KindColumn:
        return kindName(r.evidence.kind);
    case AmountColumn:
        return amountText(r);
    case NoteColumn:
        return r.note;
    case RecordedByColumn:
        //: Who recorded a piece of evidence, and that it was corrected later
        return r.correctedAt.isValid() ? tr("%1 (corrected)").arg(r.recordedByName) : r.recordedByName;
    default:
        return {};
    }
}

QVariant EvidenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        //: Column: the kind of evidence (workshop, practicum …)
        return tr("Kind");
    case AmountColumn:
        //: Column: hours, weeks, items or rubric scores of a piece of evidence
        return tr("Amount or scores");
    case NoteColumn:
        return tr("Note");
    case RecordedByColumn:
        return tr("Recorded by");
    default:
        return {};
    }
}

} // namespace stages
