#include "ui/teacher/persontablemodel.h"

#include "ui/widgets/artwork.h"

#include <QColor>
#include <QFont>
#include <QIcon>

namespace stages {

PersonTableModel::PersonTableModel(QList<Field> fields, QObject *parent)
    : QAbstractTableModel(parent)
    , m_fields(std::move(fields))
{ }

void PersonTableModel::setPeople(const QList<Person> &people)
{
    beginResetModel();
    m_people = people;
    endResetModel();
}

int PersonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &p = m_people.at(index.row());
    const Field field = m_fields.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (field) {
        case Field::Name:
            return p.displayName;
        case Field::Class:
            return p.className;
        case Field::Role:
            return roleDisplayName(p.role);
        case Field::Login:
            return p.login;
        }
        return {};
    case Qt::DecorationRole:
        if (field == Field::Name && p.role == Role::Pupil)
            return QIcon(Artwork::avatarPath(p.avatar));
        return {};
    case Qt::UserRole:
        return p.id;
    case Qt::ForegroundRole:
        // Archived pupils are greyed and say so in a tooltip, for those who cannot tell grey.
        return p.active ? QVariant() : QVariant(QColor(Qt::gray));
    case Qt::FontRole:
        if (p.active)
            return {};
        {
            QFont font;
            font.setItalic(true);
            return font;
        }
    case Qt::ToolTipRole:
        return p.active ? QVariant() : QVariant(tr("Archived"));
    default:
        return {};
    }
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_fields.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_fields.at(section)) {
    case Field::Name:
        return tr("Name");
    case Field::Class:
        return tr("Class");
    case Field::Role:
        return tr("Role");
    case Field::Login:
        return tr("Login");
    }
    return {};
}

} // namespace stages
