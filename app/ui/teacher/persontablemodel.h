#pragma once

#include "core/accounts/person.h"

#include <QAbstractTableModel>

namespace stages {

/// People for a table (pupils of a school, staff, educators). Which columns it shows is chosen
/// at construction. Qt::UserRole gives the person's id; the name column carries the avatar.
class PersonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Field { Name, Class, Role, Login };

    explicit PersonTableModel(QList<Field> fields, QObject *parent = nullptr);

    void setPeople(const QList<Person> &people);
    const QList<Person> &people() const { return m_people; }
    int columnOf(Field field) const { return int(m_fields.indexOf(field)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Field> m_fields;
    QList<Person> m_people;
};

} // namespace stages
