#include "ui/teacher/dashboard/masterylegend.h"

#include "ui/teacher/dashboard/heatmapdelegate.h"

#include <QGridLayout>
#include <QPainter>
#include <QPixmap>

namespace stages {

MasteryLegend::MasteryLegend(Qt::Orientation orientation, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("masteryLegend"));
    // A column beside the heat map: the map is narrow, and 1024 pixels have no width to spare.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 0, 4);
    layout->setHorizontalSpacing(6);
    //: Title of the heat map's key ("0 not started, 1 attempted ...")
    auto *title = new QLabel(tr("Levels"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    const bool vertical = orientation == Qt::Vertical;
    if (vertical)
        layout->addWidget(title, 0, 0, 1, 2);
    else
        layout->addWidget(title, 0, 0);
    QStringList spoken;
    for (int i = 0; i <= int(MasteryLevel::Mastered); ++i) {
        const auto level = MasteryLevel(i);
        QPixmap swatch(26, 22);
        swatch.fill(Qt::transparent);
        {
            QPainter painter(&swatch);
            HeatMapDelegate::paintLevel(&painter, swatch.rect(), level, true);
        }
        auto *icon = new QLabel(this);
        icon->setPixmap(swatch);
        auto *name = new QLabel(masteryLevelName(level), this);
        if (vertical) { // a narrow column: long names ("umím to jako mistr") wrap
            name->setWordWrap(true);
            name->setMaximumWidth(92);
        }
        if (vertical) {
            layout->addWidget(icon, i + 1, 0);
            layout->addWidget(name, i + 1, 1);
        } else {
            layout->addWidget(icon, 0, 2 * i + 1);
            layout->addWidget(name, 0, 2 * i + 2);
        }
        //: One entry of the heat map's key read by a screen reader: %1 number, %2 level name
        spoken.append(tr("%1 %2").arg(i).arg(masteryLevelName(level)));
    }
    if (vertical)
        layout->setRowStretch(int(MasteryLevel::Mastered) + 2, 1);
    else
        layout->setColumnStretch(2 * int(MasteryLevel::Mastered) + 3, 1);
    setAccessibleName(tr("Levels"));
    setAccessibleDescription(spoken.join(QStringLiteral(", ")));
}

} // namespace stages
