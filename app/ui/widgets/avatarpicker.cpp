#include "ui/widgets/avatarpicker.h"

#include "ui/widgets/artwork.h"
#include "ui/widgets/tilebutton.h"

#include <QButtonGroup>
#include <QGridLayout>

namespace stages {

AvatarPicker::AvatarPicker(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    m_group->setExclusive(true);
    for (int i = 0; i < Artwork::avatarCount(); ++i) {
        auto *tile = new TileButton(this);
        tile->setObjectName(QStringLiteral("avatar%1").arg(i));
        tile->setCheckable(true);
        tile->setArtwork(Artwork::avatarPath(i));
        tile->setTileSize(QSize(68, 68));
        tile->setToolTip(Artwork::avatarName(i));
        tile->setAccessibleName(Artwork::avatarName(i));
        m_group->addButton(tile, i);
        grid->addWidget(tile, i / 6, i % 6);
    }
    m_group->button(0)->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, &AvatarPicker::avatarChanged);
}

int AvatarPicker::avatar() const
{
    return qMax(0, m_group->checkedId());
}

void AvatarPicker::setAvatar(int index)
{
    if (auto *b = m_group->button(index))
        b->setChecked(true);
}

TileButton *AvatarPicker::avatarButton(int index) const
{
    return qobject_cast<TileButton *>(m_group->button(index));
}

} // namespace stages
