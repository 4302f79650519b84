#pragma once

#include <QAbstractButton>
#include <QColor>
#include <QPixmap>

namespace stages {

/// A picture tile for the top of the pupil's home, read without reading: the domain's picture,
/// a stage stone with its number, and small pictograms for what matters to a child — a calendar
/// when the task is due soon, a tick when it is done, stars a teacher gave, a red dot for news.
/// Used for assigned tasks and for the pupil's own pieces with a teacher's comment.
class BadgeTile : public QAbstractButton
{
    Q_OBJECT

public:
    explicit BadgeTile(QWidget *parent = nullptr);

    void setArtwork(const QString &svgPath);
    void setColor(const QColor &color);
    /// The stage stone's number; 0: no stone.
    void setStageNumber(int number);
    int stageNumber() const { return m_stage; }
    void setDueSoon(bool dueSoon);
    bool isDueSoon() const { return m_dueSoon; }
    void setDone(bool done);
    bool isDone() const { return m_done; }
    /// 0..3 stars drawn along the bottom.
    void setStars(int stars);
    int stars() const { return m_stars; }
    /// The red "new" dot in the corner.
    void setNew(bool isNew);
    bool isNew() const { return m_new; }

    /// @p stars filled stars of three, each @p side px, for showing stars big elsewhere.
    static QPixmap starsPixmap(int stars, int side, qreal devicePixelRatio);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_artwork;
    QColor m_color { QStringLiteral("#FFFFFF") };
    int m_stage = 0;
    int m_stars = 0;
    bool m_dueSoon = false;
    bool m_done = false;
    bool m_new = false;
};

} // namespace stages
