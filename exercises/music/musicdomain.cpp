#include "exercises/music/musicdomain.h"

#include "exercises/music/musicprovider.h"

#include <QCoreApplication>

namespace stages::domains {

namespace {

class MusicDomain final : public DomainModule
{
    Q_DECLARE_TR_FUNCTIONS(stages::MusicDomain)

public:
    QString id() const override { return music::MusicProvider::domainKey(); }
    //: Pupil home tile of the music domain
    QString title() const override { return tr("Music"); }
    QString icon() const override { return QStringLiteral("music"); }
    QString color() const override { return QStringLiteral("#CE93D8"); }
    void registerWith(ExerciseEngine &engine) const override { music::MusicProvider::registerWith(engine); }
    std::unique_ptr<CatalogueProvider> catalogue() const override { return std::make_unique<music::MusicProvider>(); }
};

} // namespace

std::unique_ptr<DomainModule> music()
{
    return std::make_unique<MusicDomain>();
}

} // namespace stages::domains
