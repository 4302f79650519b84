#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace stages {

class TileButton;

/// The first screen: a big "I'm a pupil" tile and a smaller way in for teachers and trainers.
/// Nothing else: nobody is signed in yet, so it offers no settings (pupils never see them;
/// staff find them in their area after signing in).
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);

    void setSchoolName(const QString &name);
    TileButton *pupilTile() const { return m_pupil; }
    QPushButton *staffButton() const { return m_staff; }

signals:
    void pupilChosen();
    void staffChosen();

private:
    QLabel *m_school = nullptr;
    TileButton *m_pupil = nullptr;
    QPushButton *m_staff = nullptr;
};

} // namespace stages
