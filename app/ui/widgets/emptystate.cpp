#include "ui/widgets/emptystate.h"

#include "ui/widgets/artwork.h"

namespace stages {

EmptyState::EmptyState(const QString &iconName, const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *icon = new QLabel(this);
    icon->setPixmap(Artwork::render(Artwork::iconPath(iconName), 96, devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("emptyStateTitle"));
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    auto *body = new QLabel(text, this);
    body->setObjectName(QStringLiteral("emptyStateText"));
    body->setAlignment(Qt::AlignCenter);
    body->setWordWrap(true);
    layout->addWidget(body);
    layout->addStretch(2);
}

} // namespace stages
