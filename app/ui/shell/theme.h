#pragma once

#include "ui/shell/themepalette.h"

class QApplication;

namespace stages {

/// The program's look: Fusion, a calm palette and the style sheet from the resources (big type
/// for the pupils' screens, a light sidebar and tidy tables for the staff areas), in the look
/// chosen in the settings (light, dark, high contrast, or as the system) and text size.
namespace Theme {

/// The look and text size saved in the settings (UiSettings).
void apply(QApplication &app);
/// @p look (System follows the platform's palette, also when it changes while the program
/// runs), text larger by @p textScale on the staff screens (see ThemeFollower): in the app-wide
/// style sheet, the default font, the sheets and fonts widgets set on themselves.
void apply(QApplication &app, ThemePalette::Look look, double textScale = 1.0);
/// The style sheet of the resources, as written (the light look).
QString lightStyleSheet();

/// How much larger the "Larger text" setting makes text.
constexpr double kLargerText = 1.25;

} // namespace Theme

} // namespace stages
