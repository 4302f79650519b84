#include "ui/trainer/trainerwidgets.h"

#include "ui/widgets/artwork.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace stages::trainerui {

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Arrows move inside the table; Tab goes on to the next control.
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(32);
    table->horizontalHeader()->setDefaultSectionSize(150);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("areaTitle"));
    return label;
}

QPushButton *button(const QString &iconName, const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = iconName.isEmpty() ? new QPushButton(text, parent) : new QPushButton(Artwork::icon(iconName), text, parent);
    b->setObjectName(objectName);
    b->setIconSize(QSize(20, 20));
    b->setMinimumHeight(36);
    return b;
}

QLabel *messageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #BF360C;"));
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace stages::trainerui
