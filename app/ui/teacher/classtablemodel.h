#pragma once

#include "core/accounts/person.h"

#include <QAbstractTableModel>

namespace stages {

/// The school's classes for a table: name and number of pupils. Qt::UserRole gives the class id.
class ClassTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PupilCountColumn, ColumnCount };

    explicit ClassTableModel(QObject *parent = nullptr);

    void setClasses(const QList<SchoolClass> &classes);
    const QList<SchoolClass> &classes() const { return m_classes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SchoolClass> m_classes;
};

} // namespace stages
