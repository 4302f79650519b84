#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QString>

namespace stages {

/// The colours of one look of the program (light, dark, high contrast) by named role, and how
/// style sheets written in the light look's colours (resources/style/stages.qss and the sheets
/// widgets set on themselves) and the Qt palette are turned into that look.
///
/// A sheet is adapted rule by rule: a colour after "color:" is a text colour, after
/// "background:" or "border:" a fill, each looked up in the look's table of shades (a grey note
/// #546E7A becomes #B0BEC5 in the dark look, a pastel card #FFF8E1 a dark amber). Colours not
/// in the tables are the pupils' domain colours and filled buttons (a green "I'm done", a token's
/// colour): they stay, and so does the text of a rule whose background stays, so that white on a
/// blue button stays white and dark text on an amber button stays dark.
class ThemePalette
{
public:
    enum class Look { System, Light, Dark, HighContrast };

    /// The named colour roles; widgets that paint use these rather than literal colours.
    enum class Role {
        Window,      ///< behind everything
        Surface,     ///< cards, fields, header
        Text,        ///< body text
        MutedText,   ///< grey notes, hints
        Border,      ///< lines around cards and fields
        Accent,      ///< filled buttons, selection
        OnAccent,    ///< text on Accent
        Link,        ///< blue text
        Success,     ///< green text: right, saved
        Warning,     ///< orange text: waiting, careful
        Error,       ///< red text: wrong, failed
        Card,        ///< a grey card on the window
        InfoCard,    ///< a pale blue card
        SuccessCard, ///< a pale green card
        WarningCard, ///< a pale amber card
        ErrorCard,   ///< a pale red card
    };

    /// The look @p look stands for: System becomes Dark when the system's palette is dark.
    static ThemePalette of(Look look, bool systemIsDark = false);
    /// Whether @p palette (the platform's) is a dark one: its window darker than its text.
    static bool isDark(const QPalette &palette);
    /// The look last applied by Theme::apply (light until then).
    static const ThemePalette &current();
    static void setCurrent(const ThemePalette &palette);

    static QString keyOf(Look look);
    static Look lookOf(const QString &key);
    /// The roles text is written in, and the roles text stands on (for the contrast test).
    static QList<Role> textRoles();
    static QList<Role> groundRoles();
    static QString nameOf(Role role);

    Look look() const { return m_look; }

    QColor colour(Role role) const;
    QColor window() const { return colour(Role::Window); }
    QColor surface() const { return colour(Role::Surface); }
    QColor text() const { return colour(Role::Text); }
    QColor mutedText() const { return colour(Role::MutedText); }
    QColor border() const { return colour(Role::Border); }
    QColor accent() const { return colour(Role::Accent); }
    QColor onAccent() const { return colour(Role::OnAccent); }

    /// A light look's text colour @p lightText (as "#546E7A") in this look.
    QColor textColour(const QColor &lightText) const;
    /// A light look's fill or border colour in this look.
    QColor fillColour(const QColor &lightFill) const;

    QPalette palette(const QPalette &base) const;
    /// @p lightSheet in this look's colours, font sizes multiplied by @p textScale.
    QString adapt(const QString &lightSheet, double textScale = 1.0) const;

private:
    QString adaptRule(const QString &body) const;

    Look m_look = Look::Light;
    QHash<QString, QString> m_textColours; ///< light text colour -> this look's ("#263238" -> ...)
    QHash<QString, QString> m_fillColours; ///< light fill or border colour -> this look's
};

} // namespace stages
