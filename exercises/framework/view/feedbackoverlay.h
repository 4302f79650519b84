#pragma once

#include <QWidget>

class QPropertyAnimation;

namespace stages {

/// A friendly word that pops up over the exercise with stars flying out (good news) or a
/// gentle wobble (try again), then fades. Painted, cheap, and transparent for the mouse so the
/// pupil can keep working while it plays.
class FeedbackOverlay : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(qreal progress READ progress WRITE setProgress)

public:
    enum class Mood { Good, Great, TryAgain };

    explicit FeedbackOverlay(QWidget *parent);

    void showMessage(const QString &text, Mood mood, int durationMs = 1100);
    QString text() const { return m_text; }
    Mood mood() const { return m_mood; }
    bool isPlaying() const;

    qreal progress() const { return m_progress; }
    void setProgress(qreal progress);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_text;
    Mood m_mood = Mood::Good;
    qreal m_progress = 1.0;
    QPropertyAnimation *m_animation = nullptr;
};

} // namespace stages
