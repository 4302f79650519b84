#include "core/privacy/privacynotice.h"

#include <QCoreApplication>

namespace stages {

QString privacyNoticeTitle()
{
    return QCoreApplication::translate("stages::PrivacyNotice", "For parents: what Stages keeps about your child");
}

QString privacyNotice()
{
    return QCoreApplication::translate(
        "stages::PrivacyNotice",
        "Stages stores your child's name and class, their picture password (only as a one-way code that cannot be "
        "read back), the exercises they did with their answers, scores, times and hints, the levels they reached, "
        "the pieces they created and the teachers' comments on them.\n\n"
        "It all stays on the school's computer or the school's own server. Stages sends nothing to the internet and "
        "has no advertising and no tracking. Only your child's teachers and the school's administrator can see it.\n\n"
        "You can ask the school for a copy of everything stored about your child (a data file and a readable "
        "summary) or to erase it for good. After an erase, the school's records keep only that an erase happened, "
        "when and by whom; copies in the school's backups disappear when those backups are replaced.");
}

} // namespace stages
