#pragma once

namespace stages {

/// Installs (once; later calls do nothing) the QAccessible factory for the app's own widgets:
/// PartsAccessible for every AccessibleParts widget, LabelledComboAccessible for drop-downs.
/// Called by every AccessibleParts widget and by the main window, so it is in place before a
/// screen reader asks.
void installAccessibleFactory();

} // namespace stages
