#pragma once

#include "exercises/framework/structure.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace stages {

/// How one element looks (and, for later skins, sounds). Views pick what they can use: a colour
/// always comes with a shape so that colour-blind pupils can tell elements apart.
struct SkinElement
{
    QString key;     ///< stable: "orange", "punch", "3"
    QString name;    ///< translated name for people and screen readers
    QString symbol;  ///< short text for text-only views and the command line: "1", "A", "→"
    QString color;   ///< "#E69F00" or empty
    QString shape;   ///< "circle", "square" ... or empty
    QString picture; ///< resource path of a pictogram (":/moves/punch.svg") or empty
    QJsonObject extra; ///< anything a later domain needs (a MIDI note, a drum sound ...)

    QJsonObject toJson() const;
};

/// A way to show the elements of a structure: colours, shapes, karate moves, digits, letters,
/// arrows, and later notes and drums (registered by their domain in SkinRegistry).
/// Names are translated when the skin is built, so build skins after installing translators.
class Skin
{
public:
    Skin() = default;
    Skin(QString key, QString name, QList<SkinElement> elements);

    const QString &key() const { return m_key; }
    const QString &name() const { return m_name; }
    const QList<SkinElement> &elements() const { return m_elements; }
    int size() const { return int(m_elements.size()); }

    /// Restricts the skin to these structure kinds (e.g. arrows only for lattice paths).
    Skin &onlyFor(QStringList kinds);
    /// Keeps the skin away from these structure kinds.
    Skin &notFor(QStringList kinds);

    /// Whether the skin has enough elements for @p structure and makes sense for its kind.
    bool fits(const Structure &structure) const;

private:
    QString m_key;
    QString m_name;
    QList<SkinElement> m_elements;
    QStringList m_onlyFor;
    QStringList m_notFor;
};

} // namespace stages
