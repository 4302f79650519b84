#pragma once

#include <QColor>
#include <QHash>
#include <QPalette>
#include <QString>

namespace stages {

/// The colours of one look of the program (light, dark, high contrast) by named role, and how the
/// app-wide style sheet (resources/style/stages.qss, written in the light look's colours) and the
/// Qt palette are turned into that look. The style sheet is adapted declaration by declaration:
/// a colour after "color:" is a text colour, after "background:" or "border:" a fill, so that
/// white text on a blue button stays white while a white card turns dark.
class ThemePalette
{
public:
    enum class Look { System, Light, Dark, HighContrast };

    /// The look @p look stands for: System becomes Dark when the system's palette is dark.
    static ThemePalette of(Look look, bool systemIsDark = false);
    /// Whether @p palette (the platform's) is a dark one: its window darker than its text.
    static bool isDark(const QPalette &palette);

    static QString keyOf(Look look);
    static Look lookOf(const QString &key);

    Look look() const { return m_look; }

    // Named roles.
    QColor window() const { return m_window; }   ///< behind everything
    QColor surface() const { return m_surface; } ///< cards, fields, header
    QColor text() const { return m_text; }
    QColor mutedText() const { return m_muted; }
    QColor border() const { return m_border; }
    QColor accent() const { return m_accent; }     ///< filled buttons, selection
    QColor onAccent() const { return m_onAccent; } ///< text on accent

    QPalette palette(const QPalette &base) const;
    /// @p lightSheet in this look's colours, font sizes multiplied by @p textScale.
    QString adapt(const QString &lightSheet, double textScale = 1.0) const;

private:
    Look m_look = Look::Light;
    QColor m_window, m_surface, m_text, m_muted, m_border, m_accent, m_onAccent;
    QHash<QString, QString> m_textColours; ///< light text colour -> this look's ("#263238" -> ...)
    QHash<QString, QString> m_fillColours; ///< light fill or border colour -> this look's
};

} // namespace stages
