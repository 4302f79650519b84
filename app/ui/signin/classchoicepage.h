#pragma once

#include "core/accounts/person.h"

#include <QWidget>

class QStackedLayout;

namespace stages {

class PageTitle;
class TileGrid;
class TileButton;

/// "Which is your class?": one big coloured tile per class.
class ClassChoicePage : public QWidget
{
    Q_OBJECT

public:
    explicit ClassChoicePage(QWidget *parent = nullptr);

    void setClasses(const QList<SchoolClass> &classes);
    /// The class list could not be read: a calm "ask your teacher", never the error itself.
    void showProblem();
    void setBackVisible(bool visible);
    QList<TileButton *> tiles() const;
    PageTitle *title() const { return m_title; }

    /// The colour a class's tile has (by position), shared with the avatar page's heading.
    static QColor colorFor(int index);

signals:
    void classChosen(const SchoolClass &schoolClass);
    void backClicked();

private:
    PageTitle *m_title = nullptr;
    QStackedLayout *m_stack = nullptr;
    TileGrid *m_grid = nullptr;
    QWidget *m_empty = nullptr;
    QWidget *m_problem = nullptr;
};

} // namespace stages
