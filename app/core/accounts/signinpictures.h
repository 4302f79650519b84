#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace stages {

/// The names of the nine pictures a picture password is made of, as pupils and teachers call
/// them ("Sun", "Fish"). Shared by the sign-in screens (tooltips, screen readers) and stagesctl,
/// which prints a demo pupil's password as these names rather than as numbers.
class SignInPictures
{
    Q_DECLARE_TR_FUNCTIONS(stages::SignInPictures)

public:
    /// The translated name of picture @p index (0..8), or an empty string out of range.
    static QString name(int index);
    /// A picture password in words, in the order tapped: "Sun, Fish, Tree".
    static QString describe(const QList<int> &pictures);
};

} // namespace stages
