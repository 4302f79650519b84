#pragma once

#include <QString>

namespace stages {

/// Where the built-in avatar and sign-in pictures are: SVG files compiled into stages_reports
/// (":/avatars/…", ":/pictures/…"), so both the app's screens (Artwork) and documents printed
/// by stagesctl (SignInCards) draw the same pictures from the same index.
namespace ArtworkFiles {

/// The avatar @p index (taken modulo the number of avatars, as Artwork always did).
QString avatarPath(int index);
/// The sign-in picture @p index (0..8), or an empty string out of range.
QString picturePath(int index);

} // namespace ArtworkFiles

} // namespace stages
