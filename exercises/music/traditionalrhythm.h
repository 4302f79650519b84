#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace stages::music {

/// A named traditional rhythm that is Euclidean, with its pattern written as the tradition (or
/// the literature) writes it, which may start on a different step than Bjorklund's E(k,n).
/// Source: G. Toussaint, "The Euclidean algorithm generates traditional musical rhythms",
/// Proceedings of BRIDGES 2005, and the Afro-Cuban literature for tresillo and cinquillo.
struct TraditionalRhythm
{
    Q_DECLARE_TR_FUNCTIONS(stages::music::TraditionalRhythm)

public:
    QString id; ///< stable ASCII key used in exercise ids ("tresillo")
    QString name; ///< proper name, shown as it is ("Tresillo")
    QString origin; ///< translated short description ("Cuba, Afro-Latin music")
    int onsets = 0; ///< k
    int steps = 0; ///< n
    QString pattern; ///< as traditionally written, "x..x..x."

    /// The table, ordered by steps then onsets.
    static QList<TraditionalRhythm> all();
    /// The rhythm with this id, or nullptr-like empty id when unknown.
    static TraditionalRhythm find(const QString &id);
};

} // namespace stages::music
