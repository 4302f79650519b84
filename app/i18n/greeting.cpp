#include "i18n/greeting.h"

#include "i18n/czechvocative.h"

namespace stages::i18n {

QString Greeting::hello(const QString &displayName, const QLocale &locale)
{
    const QString firstName = displayName.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    const QString address = locale.language() == QLocale::Czech ? czechVocative(firstName) : firstName;
    if (address.isEmpty())
        //: Greeting of a pupil whose name cannot be put in the right form (Czech vocative)
        return tr("Hello!");
    //: Greeting of a pupil; %1 is the first name in the form used to call someone (Czech: the vocative, "Ahoj, Filipe!")
    return tr("Hello, %1!").arg(address);
}

} // namespace stages::i18n
