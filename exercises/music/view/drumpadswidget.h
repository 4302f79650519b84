#pragma once

#include "exercises/music/view/instrumentwidget.h"

namespace stages::music {

/// Big round drum pads, each with a drawn picture, a name and a number key, playing General MIDI
/// percussion on channel 9. Default pads: kick 36, snare 38, closed hi-hat 42, open hi-hat 46,
/// clap 39, low tom 45, on keys 1..6 (on a Czech keyboard the same keys, + ě š č ř ž, work too).
/// The pads arrange themselves in the grid that makes them biggest for the widget's shape.
class DrumPadsWidget : public InstrumentWidget
{
    Q_OBJECT

public:
    explicit DrumPadsWidget(QWidget *parent = nullptr);

    static QList<int> defaultPads();
    /// Pads for these GM percussion keys, in reading order (at most 10 get a number key).
    void setPads(const QList<int> &gmKeys);
    /// Translated name shown on the pad for a GM percussion key ("Snare drum").
    static QString padName(int gmKey);
    static QColor padColour(int gmKey);
    /// The drum's own small picture (a kick drum, a snare, a cymbal ...) in @p ink inside @p box,
    /// so that pads and drum notes differ by shape as well as colour.
    static void paintIcon(QPainter &painter, int gmKey, const QRectF &box, const QColor &ink);

    int noteAt(QPointF position) const override;
    QRectF noteRect(int midiNote) const override;
    QString noteName(int midiNote) const override { return padName(midiNote); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Grid
    {
        int columns = 1;
        int rows = 1;
        qreal cell = 0;
    };
    Grid grid() const;
    QRectF cellRect(int index) const;
};

} // namespace stages::music
