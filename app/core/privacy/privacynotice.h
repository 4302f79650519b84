#pragma once

#include <QString>

namespace stages {

/// The short privacy notice for parents (issue 9, point 15), in the UI language: what is stored
/// about a child, where, who sees it, and how to get a copy or have it erased. Shown in the
/// app's About box; the README carries the same text in Czech and English.
QString privacyNoticeTitle();
QString privacyNotice();

} // namespace stages
