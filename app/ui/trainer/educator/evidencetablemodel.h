#pragma once

#include "core/training/training.h"

#include <QAbstractTableModel>

namespace stages {

/// The evidence of one educator in one programme, a row per record: date, kind, amount (hours,
/// weeks, items) or the rubric scores, note, who recorded it (and whether it was corrected).
/// Qt::UserRole is the record's id; SortRole sorts dates as dates.
class EvidenceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, KindColumn, AmountColumn, NoteColumn, RecordedByColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1 };

    explicit EvidenceTableModel(QObject *parent = nullptr);

    void setEvidence(const QList<EvidenceRecord> &evidence);
    const QList<EvidenceRecord> &evidence() const { return m_evidence; }
    /// The record with @p id; nullptr when not listed.
    const EvidenceRecord *find(const QString &id) const;

    /// "Workshop hours", "Observed lesson" …
    static QString kindName(RequirementKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString amountText(const EvidenceRecord &record) const;

    QList<EvidenceRecord> m_evidence;
};

} // namespace stages
