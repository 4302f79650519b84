#pragma once

#include <QWidget>

class QButtonGroup;

namespace stages {

class TileButton;

/// Lets a teacher choose a pupil's avatar: all avatars as small tiles, one checked.
class AvatarPicker : public QWidget
{
    Q_OBJECT

public:
    explicit AvatarPicker(QWidget *parent = nullptr);

    int avatar() const;
    void setAvatar(int index);
    TileButton *avatarButton(int index) const;

signals:
    void avatarChanged(int index);

private:
    QButtonGroup *m_group = nullptr;
};

} // namespace stages
