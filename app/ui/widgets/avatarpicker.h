#pragma once

#include <QWidget>

class QButtonGroup;

namespace stages {

class TileButton;

/// Lets a teacher choose a pupil's avatar: all avatars as small tiles, one checked. Avatars that
/// other pupils of the class already have can be marked: they are drawn faded and say so in
/// their tooltip, but stay choosable (a class may have more pupils than there are avatars).
class AvatarPicker : public QWidget
{
    Q_OBJECT

public:
    explicit AvatarPicker(QWidget *parent = nullptr);

    int avatar() const;
    void setAvatar(int index);
    /// Marks the avatars in @p taken as used by somebody else in the class.
    void setTaken(const QList<int> &taken);
    bool isTaken(int index) const;
    TileButton *avatarButton(int index) const;

signals:
    /// The teacher clicked (or pressed Space on) an avatar.
    void avatarChanged(int index);

private:
    QButtonGroup *m_group = nullptr;
};

} // namespace stages
