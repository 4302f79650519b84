#pragma once

class QApplication;

namespace stages {

/// The program's look: Fusion, a light calm palette and the style sheet from the resources
/// (big type for the pupils' screens, a light sidebar and tidy tables for the staff areas).
namespace Theme {

void apply(QApplication &app);

} // namespace Theme

} // namespace stages
