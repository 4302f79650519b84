#pragma once

#include "exercises/framework/view/domainview.h"

#include <QList>

namespace stages {

/// The widget side of every domain in allDomains(), in the same order (generated from
/// STAGES_DOMAINS). The pupil's home, the warm-up and the demos use it.
const QList<const DomainView *> &allDomainViews();
/// The view of domain @p id, or nullptr.
const DomainView *findDomainView(const QString &id);

} // namespace stages
