#include "exercises/music/traditionalrhythm.h"

namespace stages::music {

QList<TraditionalRhythm> TraditionalRhythm::all()
{
    // Patterns are copied from the literature, not generated, so the test comparing them with
    // Bjorklund's output up to rotation checks something real.
    return {
        { QStringLiteral("afro-cuban-3"), QStringLiteral("Afro-Cuban 2 in 3"),
          tr("Cuba, a common Afro-Cuban drum pattern"), 2, 3, QStringLiteral("x.x") },
        { QStringLiteral("cumbia"), QStringLiteral("Cumbia"), tr("Colombia; also calypso from Trinidad"), 3, 4,
          QStringLiteral("x.xx") },
        { QStringLiteral("khafif-e-ramal"), QStringLiteral("Khafif-e-ramal"), tr("Persia, a 13th-century rhythm"), 2, 5,
          QStringLiteral("x.x..") },
        { QStringLiteral("khalif-e-saghil"), QStringLiteral("Khalif-e-saghil"), tr("Persia; also Romanian folk dances"),
          3, 5, QStringLiteral("x.x.x") },
        { QStringLiteral("york-samai"), QStringLiteral("York-Samai"), tr("Arab music, a popular rhythm"), 5, 6,
          QStringLiteral("x.xxxx") },
        { QStringLiteral("ruchenitza"), QStringLiteral("Ruchenitza"), tr("Bulgaria, a folk dance in 7"), 3, 7,
          QStringLiteral("x.x.x..") },
        { QStringLiteral("ruchenitza-4"), QStringLiteral("Ruchenitza (4 beats)"),
          tr("Bulgaria, the same dance with four beats"), 4, 7, QStringLiteral("x.x.x.x") },
        { QStringLiteral("nawakhat"), QStringLiteral("Nawakhat"), tr("Arab music, a rhythm in 7"), 5, 7,
          QStringLiteral("x.xx.xx") },
        { QStringLiteral("tresillo"), QStringLiteral("Tresillo"),
          tr("Cuba, the heart of habanera and much Latin music"), 3, 8, QStringLiteral("x..x..x.") },
        { QStringLiteral("cinquillo"), QStringLiteral("Cinquillo"), tr("Cuba, the rhythm of the danzón"), 5, 8,
          QStringLiteral("x.xx.xx.") },
        { QStringLiteral("tuareg"), QStringLiteral("Tuareg"), tr("Libya, a Tuareg rhythm"), 7, 8,
          QStringLiteral("x.xxxxxx") },
        { QStringLiteral("aksak"), QStringLiteral("Aksak"), tr("Turkey, a limping rhythm in 9"), 4, 9,
          QStringLiteral("x.x.x.x..") },
        { QStringLiteral("agsag-samai"), QStringLiteral("Agsag-Samai"), tr("Arab music, a rhythm in 9"), 5, 9,
          QStringLiteral("x.x.x.x.x") },
        { QStringLiteral("outside-now"), QStringLiteral("Outside Now"), tr("Frank Zappa's song in 11"), 4, 11,
          QStringLiteral("x..x..x..x.") },
        { QStringLiteral("pictures"), QStringLiteral("Pictures at an Exhibition"),
          tr("Mussorgsky, the Promenade in 11"), 5, 11, QStringLiteral("x.x.x.x.x..") },
        { QStringLiteral("fandango"), QStringLiteral("Fandango"), tr("Spain, the clapping of the fandango"), 4, 12,
          QStringLiteral("x..x..x..x..") },
        { QStringLiteral("venda"), QStringLiteral("Venda clapping"), tr("South Africa, a Venda clapping pattern"), 5,
          12, QStringLiteral("x..x.x..x.x.") },
        { QStringLiteral("bembe"), QStringLiteral("Bembé bell"), tr("West Africa and Cuba, the standard bell pattern"),
          7, 12, QStringLiteral("x.x.xx.x.x.x") },
        { QStringLiteral("bossa-nova"), QStringLiteral("Bossa nova"), tr("Brazil, the bossa-nova clave"), 5, 16,
          QStringLiteral("x..x..x...x..x..") },
        { QStringLiteral("samba"), QStringLiteral("Samba"), tr("Brazil, a samba pattern"), 7, 16,
          QStringLiteral("x..x.x.x..x.x.x.") },
        { QStringLiteral("central-african"), QStringLiteral("Central African bell"),
          tr("Central Africa, a bell pattern in 16"), 9, 16, QStringLiteral("x.xx.x.x.xx.x.x.") },
    };
}

TraditionalRhythm TraditionalRhythm::find(const QString &id)
{
    for (const auto &r : all()) {
        if (r.id == id)
            return r;
    }
    return {};
}

} // namespace stages::music
