#include "core/accounts/signinpictures.h"

#include <QStringList>

namespace stages {

QString SignInPictures::name(int index)
{
    // The order is the pictures' index, which picture passwords are made of: never reorder.
    switch (index) {
    case 0:
        return tr("Sun");
    case 1:
        return tr("Tree");
    case 2:
        return tr("House");
    case 3:
        return tr("Star");
    case 4:
        return tr("Fish");
    case 5:
        return tr("Apple");
    case 6:
        return tr("Car");
    case 7:
        return tr("Flower");
    case 8:
        return tr("Moon");
    default:
        return {};
    }
}

QString SignInPictures::describe(const QList<int> &pictures)
{
    QStringList names;
    for (int p : pictures)
        names.append(name(p));
    return names.join(QStringLiteral(", "));
}

} // namespace stages
