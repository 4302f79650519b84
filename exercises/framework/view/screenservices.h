#pragma once

#include <QObject>
#include <QStringView>

namespace stages {

/// Services the app lends to the domains' screens, found by name so that the shared exercise UI
/// does not need to know their types. The app's context answers "sound" with its one sound
/// engine and "speech" with its Speaker (reads instructions aloud); a domain casts what it gets
/// (qobject_cast) and copes with nullptr.
class ScreenServices
{
public:
    virtual ~ScreenServices() = default;
    virtual QObject *service(QStringView name) = 0;
};

} // namespace stages
