#include "exercises/geometry/geometrydomain.h"

#include <QCoreApplication>

namespace stages::domains {

namespace {

/// Geometry and drawing: announced on the pupil's home ("coming soon") until its exercises land.
class GeometryDomain final : public DomainModule
{
    Q_DECLARE_TR_FUNCTIONS(stages::GeometryDomain)

public:
    QString id() const override { return QStringLiteral("geometry"); }
    //: Pupil home tile of the geometry and drawing domain
    QString title() const override { return tr("Geometry"); }
    QString icon() const override { return QStringLiteral("geometry"); }
    QString color() const override { return QStringLiteral("#80CBC4"); }
    bool isAvailable() const override { return false; }
    std::unique_ptr<CatalogueProvider> catalogue() const override { return nullptr; }
};

} // namespace

std::unique_ptr<DomainModule> geometry()
{
    return std::make_unique<GeometryDomain>();
}

} // namespace stages::domains
