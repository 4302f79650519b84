#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;

namespace stages {

class TileButton;

/// Enters a picture password: three slots at the top that fill as pictures are tapped in the
/// 3×3 grid below (tap a filled slot to take it and the ones after it back).
/// Keyboard: arrows move in the grid, Enter/Space taps, digits 1–9 tap a picture directly,
/// Backspace takes the last picture back. A picture can be used once per password.
class PicturePasswordInput : public QWidget
{
    Q_OBJECT

public:
    explicit PicturePasswordInput(QWidget *parent = nullptr);

    QList<int> pictures() const { return m_pictures; }
    bool isComplete() const;
    void clear();
    /// Disables the grid and the slots (while an account has to wait).
    void setInputEnabled(bool enabled);
    /// A short side-to-side shake of the slots: "that was not right".
    void shake();

    TileButton *pictureButton(int picture) const { return m_pictureButtons.value(picture); }
    TileButton *slotButton(int slot) const { return m_slotButtons.value(slot); }

signals:
    void picturesChanged(const QList<int> &pictures);
    /// All three pictures are in.
    void completed(const QList<int> &pictures);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void tap(int picture);
    void takeBackFrom(int slot);
    void refresh();
    bool handleKey(QKeyEvent *event, int focusedIndex);

    QWidget *m_slotRow = nullptr;
    QList<TileButton *> m_slotButtons;
    QList<TileButton *> m_pictureButtons;
    QList<int> m_pictures;
};

} // namespace stages
