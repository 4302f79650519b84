#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

namespace stages {

class CreateRule;
class ExerciseContent;

/// A pupil's rows (a "create" answer: arrangements, move sequences) drawn with the exercise's
/// own skin tokens, one numbered row under the other, as the pupil built them.
class ArtifactRowsView : public QWidget
{
    Q_OBJECT

public:
    /// @p elements: the prompt's element objects; @p rows: element (symbol) indexes per position.
    ArtifactRowsView(const QJsonArray &elements, const QList<QList<int>> &rows, QWidget *parent = nullptr);

    /// Reads an artifact's content (CreateTask::artifactContent) with the exercise's skin from
    /// the catalogue; null when the content has no rows it can draw.
    static ArtifactRowsView *fromContent(const QJsonObject &content, const ExerciseContent &exercises, QWidget *parent = nullptr);

    /// The name of the element @p rule names in @p content ("kick"), or empty.
    static QString elementName(const QJsonObject &content, const CreateRule &rule, const ExerciseContent *exercises);

    const QList<QList<int>> &rows() const { return m_rows; }
    /// The font of the row numbers: a third larger than the widget's text, so it grows with the
    /// staff's "Larger text", and never taller than half a row.
    QFont rowNumberFont() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int kToken = 56;
    static constexpr int kGap = 8;
    static constexpr int kNumberWidth = 40;

    QJsonArray m_elements;
    QList<QList<int>> m_rows;
};

} // namespace stages
