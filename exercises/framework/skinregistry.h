#pragma once

#include "exercises/framework/skin.h"

#include <QCoreApplication>

namespace stages {

/// All skins the app knows, by key. builtIn() holds colors, shapes, moves, digits, letters and
/// arrows; the music domain adds notes and drums with add().
class SkinRegistry
{
    Q_DECLARE_TR_FUNCTIONS(stages::SkinRegistry)

public:
    /// Adds @p skin, replacing one with the same key.
    void add(Skin skin);
    const Skin *find(const QString &key) const;
    const QList<Skin> &skins() const { return m_skins; }
    QStringList keys() const;

    static SkinRegistry builtIn();

    /// The karate moves, in the order of the "moves" skin; pictograms at :/moves/<key>.svg.
    static QStringList moveKeys();

private:
    QList<Skin> m_skins;
};

} // namespace stages
