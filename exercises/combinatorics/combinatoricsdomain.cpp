#include "exercises/combinatorics/combinatoricsdomain.h"

#include "exercises/combinatorics/combinatoricsprovider.h"

#include <QCoreApplication>

namespace stages::domains {

namespace {

class CombinatoricsDomain final : public DomainModule
{
    Q_DECLARE_TR_FUNCTIONS(stages::CombinatoricsDomain)

public:
    QString id() const override { return CombinatoricsProvider::domainKey(); }
    //: Pupil home tile of the combinatorics domain
    QString title() const override { return tr("Colours and shapes"); }
    QString icon() const override { return QStringLiteral("exercises"); }
    QString color() const override { return QStringLiteral("#FFE082"); }
    std::unique_ptr<CatalogueProvider> catalogue() const override { return std::make_unique<CombinatoricsProvider>(); }
};

} // namespace

std::unique_ptr<DomainModule> combinatorics()
{
    return std::make_unique<CombinatoricsDomain>();
}

} // namespace stages::domains
