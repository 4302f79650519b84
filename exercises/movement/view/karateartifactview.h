#pragma once

#include <QJsonObject>
#include <QWidget>

class QPushButton;

namespace stages {
class ExerciseContent;
class ItemRowWidget;
} // namespace stages

namespace stages::movement {

class KarateFigureWidget;

/// A saved karate combination for the teacher: the row of moves and the figure that performs
/// it when Watch is pressed, each move lit as it is done.
class KarateArtifactView : public QWidget
{
    Q_OBJECT

public:
    /// Reads CombinationTask::artifactContent(); null when it names no moves.
    static KarateArtifactView *fromContent(const QJsonObject &content, const ExerciseContent &exercises,
                                           QWidget *parent = nullptr);

    KarateFigureWidget *figure() const { return m_figure; }
    ItemRowWidget *row() const { return m_row; }
    QPushButton *watchButton() const { return m_watch; }

private:
    KarateArtifactView(const QJsonArray &elements, const QList<int> &symbols, const QStringList &moves,
                       QWidget *parent);

    KarateFigureWidget *m_figure = nullptr;
    ItemRowWidget *m_row = nullptr;
    QPushButton *m_watch = nullptr;
};

} // namespace stages::movement
