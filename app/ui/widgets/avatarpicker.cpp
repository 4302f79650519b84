#include "ui/widgets/avatarpicker.h"

#include "ui/widgets/artwork.h"
#include "ui/widgets/tilebutton.h"

#include <QButtonGroup>
#include <QGridLayout>

namespace stages {

namespace {
constexpr int kColumns = 8;
} // namespace

AvatarPicker::AvatarPicker(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("avatarPicker"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    m_group->setExclusive(true);
    for (int i = 0; i < Artwork::avatarCount(); ++i) {
        auto *tile = new TileButton(this);
        tile->setObjectName(QStringLiteral("avatar%1").arg(i));
        tile->setCheckable(true);
        tile->setArtwork(Artwork::avatarPath(i));
        tile->setTileSize(QSize(60, 60));
        m_group->addButton(tile, i);
        grid->addWidget(tile, i / kColumns, i % kColumns);
    }
    setTaken({});
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

void AvatarPicker::setTaken(const QList<int> &taken)
{
    for (int i = 0; i < Artwork::avatarCount(); ++i) {
        TileButton *tile = avatarButton(i);
        const bool used = taken.contains(i);
        tile->setDimmed(used);
        //: Tooltip of an avatar another pupil of the class already has; %1 is its name ("Cat")
        const QString name
            = used ? tr("%1 (already used in this class)").arg(Artwork::avatarName(i)) : Artwork::avatarName(i);
        tile->setToolTip(name);
        tile->setAccessibleName(name);
    }
}

bool AvatarPicker::isTaken(int index) const
{
    const TileButton *tile = avatarButton(index);
    return tile && tile->isDimmed();
}

TileButton *AvatarPicker::avatarButton(int index) const
{
    return qobject_cast<TileButton *>(m_group->button(index));
}

} // namespace stages
