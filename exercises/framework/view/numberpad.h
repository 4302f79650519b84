#pragma once

#include <QList>
#include <QWidget>

class QAbstractButton;
class QLabel;

namespace stages {

/// The number a counting exercise asks for: a big display and keys 1 2 … 9 0 and ⌫.
/// Shows the number it is given; a key tap says which key (digit 0–9, or -1 for ⌫).
class NumberPad : public QWidget
{
    Q_OBJECT

public:
    explicit NumberPad(QWidget *parent = nullptr);

    /// Shows @p number, or "?" when it is negative.
    void setNumber(int number);
    QLabel *display() const { return m_display; }
    /// The keys in screen order: 1 … 9, 0, then ⌫.
    const QList<QAbstractButton *> &keys() const { return m_keys; }

    /// The number after @p key (a digit, or -1 for ⌫) is tapped on @p number (-1: none yet).
    static int typed(int number, int key);

signals:
    void keyTapped(int key);

private:
    QLabel *m_display = nullptr;
    QList<QAbstractButton *> m_keys;
};

} // namespace stages
