#pragma once

#include <QAbstractButton>
#include <QJsonObject>

namespace stages {

/// A big palette token (at least 64 px): click, tap or press Space to use it, or drag it onto a
/// slot of the answer row. Left/Right move the focus along the palette. Carries its palette index
/// in drags (mime type kMimeType).
class TokenButton : public QAbstractButton
{
    Q_OBJECT

public:
    TokenButton(int paletteIndex, QJsonObject element, QWidget *parent = nullptr);

    int paletteIndex() const { return m_index; }
    const QJsonObject &element() const { return m_element; }
    /// The small key shown in the corner ("1" ...); empty: none.
    void setShortcutText(const QString &text);
    const QString &shortcutText() const { return m_shortcut; }
    void setTokenSize(int size);

    QSize sizeHint() const override;

    static QString mimeType() { return QStringLiteral("application/x-stages-token"); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int m_index = 0;
    QJsonObject m_element;
    QString m_shortcut;
    int m_size = 80;
    QPoint m_pressPos;
};

} // namespace stages
