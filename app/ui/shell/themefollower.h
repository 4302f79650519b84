#pragma once

#include "ui/shell/themepalette.h"

#include <QFont>
#include <QObject>

class QWidget;

namespace stages {

/// Keeps every widget in the chosen look while the program runs (Theme::apply installs it on the
/// application). The style sheets widgets set on themselves are written in the light look's
/// colours; the follower turns each into the current look (ThemePalette::adapt) when the widget
/// is first shown or sets a new sheet, and again when the look changes. With "as the system" it
/// follows a change of the system's palette (Qt 6.4 has no QStyleHints::colorScheme: it reacts to
/// QEvent::ApplicationPaletteChange and QEvent::ThemeChange).
///
/// "Larger text" is for the staff screens only: the pupils' screens (the home with its domains,
/// tasks and warm-up, and the sign-in the pupils use) already use big type for 6-year-olds and
/// are laid out to fill 1024x600; 25 % more would push their buttons and pictures off a small
/// screen. Their widgets keep the normal sizes: the pupil roots get the normal font and the
/// app-wide sheet at normal size, and sheets inside them are not scaled.
class ThemeFollower : public QObject
{
    Q_OBJECT

public:
    /// The one follower of the application, created and installed on first use.
    static ThemeFollower &instance();

    /// Uses @p palette for the look chosen as @p choice, with text @p textScale larger on staff
    /// screens: adapts every widget's sheet and sizes. @p baseFont is the normal application font.
    void follow(ThemePalette::Look choice, const ThemePalette &palette, double textScale, const QFont &baseFont);

    /// Whether the system's palette is dark, as last seen (at start, or at a change).
    bool systemIsDark() const { return m_systemDark; }
    void setSystemIsDark(bool dark) { m_systemDark = dark; }
    /// True while Theme::apply changes the application's palette, style and sheet.
    void setApplying(bool applying) { m_applying = applying; }

    /// Whether @p widget is on a pupil's screen (inside the pupil's home or the sign-in).
    static bool isOnPupilScreen(const QWidget *widget);

    /// Dynamic property with the light sheet a widget set on itself.
    static constexpr const char *kLightSheet = "stagesLightSheet";

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ThemeFollower(QObject *parent);
    void adaptWidget(QWidget *widget, bool force);
    QString sheetFor(const QWidget *widget, const QString &light) const;
    void systemChanged();

    ThemePalette::Look m_choice = ThemePalette::Look::Light;
    ThemePalette m_palette;
    double m_scale = 1.0;
    QFont m_baseFont;
    bool m_systemDark = false;
    bool m_applying = false;
    bool m_pending = false;
    bool m_query = false; ///< the platform's palette must be read again
};

} // namespace stages
