#include "ui/teacher/dashboard/masterylegend.h"

#include "ui/teacher/dashboard/heatmapdelegate.h"

#include <QPainter>
#include <QPixmap>

namespace stages {

MasteryLegend::MasteryLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("masteryLegend"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(6);
    //: Before the heat map's key ("0 not started, 1 attempted ...")
    layout->addWidget(new QLabel(tr("Levels:"), this));
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
        layout->addWidget(icon);
        auto *name = new QLabel(masteryLevelName(level), this);
        layout->addWidget(name);
        layout->addSpacing(8);
        //: One entry of the heat map's key read by a screen reader: %1 number, %2 level name
        spoken.append(tr("%1 %2").arg(i).arg(masteryLevelName(level)));
    }
    layout->addStretch(1);
    setAccessibleName(tr("Levels"));
    setAccessibleDescription(spoken.join(QStringLiteral(", ")));
}

} // namespace stages
