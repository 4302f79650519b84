#include "exercises/framework/view/accessible/accessiblefactory.h"

#include "exercises/framework/view/accessible/accessibleparts.h"
#include "exercises/framework/view/accessible/labelledcomboaccessible.h"
#include "exercises/framework/view/accessible/partsaccessible.h"

#include <QAccessible>
#include <QComboBox>
#include <QWidget>

namespace stages {

namespace {

QAccessibleInterface *createInterface(const QString &className, QObject *object)
{
    if (!object || !object->isWidgetType())
        return nullptr;
    auto *widget = static_cast<QWidget *>(object);
    // Asked for the most derived class first: a widget with parts is caught there.
    if (auto *parts = dynamic_cast<AccessibleParts *>(widget))
        return new PartsAccessible(widget, parts);
    if (className == QLatin1String("QComboBox")) {
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            return new LabelledComboAccessible(combo);
    }
    return nullptr;
}

} // namespace

void installAccessibleFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(&createInterface);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace stages
