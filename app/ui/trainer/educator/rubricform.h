#pragma once

#include <QList>
#include <QWidget>

class QButtonGroup;
class QRadioButton;

namespace stages {

/// The observed-lesson rubric: one row per criterion of the programme's rubric, each with a
/// choice of 1 to 4. Each row's four buttons sit in their own widget, so Tab moves from row to
/// row and the arrow keys choose within a row.
class RubricForm : public QWidget
{
    Q_OBJECT

public:
    explicit RubricForm(const QStringList &criteria, QWidget *parent = nullptr);

    /// 1..4 per criterion, 0 where nothing is chosen yet.
    QList<int> scores() const;
    void setScores(const QList<int> &scores);
    /// Whether every criterion has a score.
    bool isComplete() const;
    /// The button for @p score (1..4) of criterion @p row.
    QRadioButton *choice(int row, int score) const;
    int criterionCount() const { return int(m_groups.size()); }

signals:
    void changed();

private:
    QList<QButtonGroup *> m_groups;
};

} // namespace stages
