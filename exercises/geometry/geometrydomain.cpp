#include "exercises/geometry/geometrydomain.h"

#include "exercises/geometry/geometryprovider.h"

#include <QCoreApplication>

namespace stages::domains {

namespace {

/// Geometry and drawing. Its structures, tasks and catalogue are built (stagesctl lists, solves and
/// checks them), but the pupil's home still shows it as coming soon: its own tasks (draw, predict,
/// complete-symmetry, find-mirrors, create-drawing) need the canvas screens of the domain's view,
/// which are not written yet. The view's author turns isAvailable() on with them.
class GeometryDomain final : public DomainModule
{
    Q_DECLARE_TR_FUNCTIONS(stages::GeometryDomain)

public:
    QString id() const override { return geometry::GeometryProvider::domainKey(); }
    //: Pupil home tile of the geometry and drawing domain
    QString title() const override { return tr("Geometry"); }
    QString icon() const override { return QStringLiteral("geometry"); }
    QString color() const override { return QStringLiteral("#80CBC4"); }
    bool isAvailable() const override { return false; }
    void registerWith(ExerciseEngine &engine) const override { geometry::GeometryProvider::registerWith(engine); }
    std::unique_ptr<CatalogueProvider> catalogue() const override
    {
        return std::make_unique<geometry::GeometryProvider>();
    }
};

} // namespace

std::unique_ptr<DomainModule> geometry()
{
    return std::make_unique<GeometryDomain>();
}

} // namespace stages::domains
