#include "ui/widgets/picturepasswordinput.h"

#include "core/accounts/passwordhasher.h"
#include "ui/widgets/artwork.h"
#include "ui/widgets/tilebutton.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QVariantAnimation>

#include <cmath>

namespace stages {

namespace {
const QColor kPictureColor(QStringLiteral("#FFFFFF"));
const QColor kSlotEmpty(QStringLiteral("#E3ECF5"));
const QColor kSlotFilled(QStringLiteral("#FFF8E1"));
} // namespace

PicturePasswordInput::PicturePasswordInput(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(18);

    m_slotRow = new QWidget(this);
    auto *slotLayout = new QHBoxLayout(m_slotRow);
    slotLayout->setContentsMargins(0, 0, 0, 0);
    slotLayout->setSpacing(14);
    slotLayout->addStretch();
    for (int i = 0; i < PasswordHasher::kPictureCount; ++i) {
        auto *slot = new TileButton(m_slotRow);
        slot->setObjectName(QStringLiteral("pictureSlot%1").arg(i));
        slot->setTileSize(QSize(92, 92));
        slot->setFocusPolicy(Qt::NoFocus);
        slot->setColor(kSlotEmpty);
        connect(slot, &TileButton::clicked, this, [this, i] { takeBackFrom(i); });
        slotLayout->addWidget(slot);
        m_slotButtons.append(slot);
    }
    slotLayout->addStretch();
    layout->addWidget(m_slotRow);

    auto *gridRow = new QHBoxLayout;
    auto *grid = new QGridLayout;
    grid->setSpacing(14);
    for (int i = 0; i < PasswordHasher::kPictureChoices; ++i) {
        auto *button = new TileButton(this);
        button->setObjectName(QStringLiteral("picture%1").arg(i));
        button->setArtwork(Artwork::picturePath(i));
        button->setColor(kPictureColor);
        button->setTileSize(QSize(118, 118));
        button->setToolTip(Artwork::pictureName(i));
        button->setAccessibleName(Artwork::pictureName(i));
        button->setKeyBadge(QString::number(i + 1)); // the digit key that taps it
        button->installEventFilter(this);
        connect(button, &TileButton::clicked, this, [this, i] { tap(i); });
        grid->addWidget(button, i / 3, i % 3);
        m_pictureButtons.append(button);
    }
    gridRow->addStretch();
    gridRow->addLayout(grid);
    gridRow->addStretch();
    layout->addLayout(gridRow);
    setFocusProxy(m_pictureButtons.first());
    refresh();
}

bool PicturePasswordInput::isComplete() const
{
    return m_pictures.size() == PasswordHasher::kPictureCount;
}

void PicturePasswordInput::clear()
{
    m_pictures.clear();
    refresh();
    emit picturesChanged(m_pictures);
}

void PicturePasswordInput::setInputEnabled(bool enabled)
{
    for (TileButton *b : std::as_const(m_pictureButtons))
        b->setEnabled(enabled);
    for (TileButton *b : std::as_const(m_slotButtons))
        b->setEnabled(enabled);
}

void PicturePasswordInput::tap(int picture)
{
    if (isComplete() || m_pictures.contains(picture) || !m_pictureButtons.value(picture)->isEnabled())
        return;
    m_pictures.append(picture);
    refresh();
    emit picturesChanged(m_pictures);
    if (isComplete())
        emit completed(m_pictures);
}

void PicturePasswordInput::takeBackFrom(int slot)
{
    if (slot >= m_pictures.size())
        return;
    m_pictures = m_pictures.mid(0, slot);
    refresh();
    emit picturesChanged(m_pictures);
}

void PicturePasswordInput::refresh()
{
    for (int i = 0; i < m_slotButtons.size(); ++i) {
        TileButton *slot = m_slotButtons.at(i);
        const bool filled = i < m_pictures.size();
        slot->setArtwork(filled ? Artwork::picturePath(m_pictures.at(i)) : QString());
        slot->setColor(filled ? kSlotFilled : kSlotEmpty);
        slot->setText(filled ? QString() : QString::number(i + 1));
        slot->setToolTip(filled ? tr("Tap to take this picture back") : QString());
        slot->setCursor(filled ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
    for (int i = 0; i < m_pictureButtons.size(); ++i)
        m_pictureButtons.at(i)->setDimmed(m_pictures.contains(i));
}

void PicturePasswordInput::shake()
{
    auto *animation = new QVariantAnimation(this);
    const QPoint home = m_slotRow->pos();
    animation->setDuration(420);
    animation->setStartValue(0.0);
    animation->setEndValue(1.0);
    connect(animation, &QVariantAnimation::valueChanged, m_slotRow, [this, home](const QVariant &v) {
        const double t = v.toDouble();
        const int dx = int(std::sin(t * 6 * M_PI) * 14 * (1.0 - t));
        m_slotRow->move(home + QPoint(dx, 0));
    });
    connect(animation, &QVariantAnimation::finished, m_slotRow, [this, home] { m_slotRow->move(home); });
    animation->start(QAbstractAnimation::DeleteWhenStopped);
}

bool PicturePasswordInput::handleKey(QKeyEvent *event, int focused)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        tap(key - Qt::Key_1);
        return true;
    }
    if (key == Qt::Key_Backspace) {
        takeBackFrom(int(m_pictures.size()) - 1);
        return true;
    }
    if (focused < 0)
        return false;
    int target = -1;
    switch (key) {
    case Qt::Key_Left:
        target = focused % 3 > 0 ? focused - 1 : -1;
        break;
    case Qt::Key_Right:
        target = focused % 3 < 2 ? focused + 1 : -1;
        break;
    case Qt::Key_Up:
        target = focused - 3;
        break;
    case Qt::Key_Down:
        target = focused + 3;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        tap(focused);
        return true;
    default:
        return false;
    }
    if (target >= 0 && target < m_pictureButtons.size())
        m_pictureButtons.at(target)->setFocus(Qt::TabFocusReason);
    return true;
}

bool PicturePasswordInput::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int index = int(m_pictureButtons.indexOf(qobject_cast<TileButton *>(watched)));
        if (index >= 0 && handleKey(static_cast<QKeyEvent *>(event), index))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PicturePasswordInput::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event, -1))
        QWidget::keyPressEvent(event);
}

} // namespace stages
