#include "ui/widgets/sidebar.h"

#include "ui/widgets/artwork.h"

namespace stages {

Sidebar::Sidebar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    //: Screen reader name of the list of pages at the left of the teacher's and trainer's area
    setAccessibleName(tr("Pages"));
    setIconSize(QSize(28, 28));
    setFixedWidth(210);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void Sidebar::addEntry(const QString &key, const QString &iconName, const QString &text)
{
    auto *item = new QListWidgetItem(Artwork::icon(iconName), text, this);
    item->setData(Qt::UserRole, key);
    item->setSizeHint(QSize(0, 52));
}

int Sidebar::indexOf(const QString &key) const
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(Qt::UserRole).toString() == key)
            return i;
    }
    return -1;
}

void Sidebar::selectKey(const QString &key)
{
    setCurrentRow(indexOf(key));
}

} // namespace stages
