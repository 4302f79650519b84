#include "core/accounts/session.h"

#include <QCoreApplication>

namespace stages {

Status require(const Session &session, Capability capability)
{
    if (session.can(capability))
        return {};
    return Status::failure(QCoreApplication::translate("stages::Session",
                                                       "%1 (%2) is not allowed to do this.")
                               .arg(session.displayName, roleDisplayName(session.role)));
}

} // namespace stages
