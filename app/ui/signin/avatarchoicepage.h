#pragma once

#include "core/accounts/person.h"

#include <QWidget>

class QStackedLayout;

namespace stages {

class PageTitle;
class TileButton;
class TileGrid;

/// "Who are you?": the pupils of the chosen class as avatar tiles with their first names.
class AvatarChoicePage : public QWidget
{
    Q_OBJECT

public:
    explicit AvatarChoicePage(QWidget *parent = nullptr);

    void setPupils(const QString &className, const QList<Person> &pupils);
    /// The pupils could not be read: a calm "ask your teacher", never the error itself.
    void showProblem(const QString &className);
    QList<TileButton *> tiles() const;

    /// The name a child sees on the tile: the first name, or the whole name when two pupils
    /// of the class share a first name.
    static QString shownName(const Person &pupil, const QList<Person> &classmates);

signals:
    void pupilChosen(const Person &pupil);
    void backClicked();

private:
    PageTitle *m_title = nullptr;
    QStackedLayout *m_stack = nullptr;
    TileGrid *m_grid = nullptr;
    QWidget *m_empty = nullptr;
    QWidget *m_problem = nullptr;
};

} // namespace stages
