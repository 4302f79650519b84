#include "exercises/geometry/geometrydomain.h"

#include "exercises/geometry/geometryprovider.h"

#include <QCoreApplication>

namespace stages::domains {

namespace {

/// Geometry and drawing: points on a circle and star polygons, lines and triangles, mirror
/// pictures, paths, bars of pieces and colourings, and the pupil's own drawings with live
/// symmetry. Its own tasks (draw, predict, complete-symmetry, find-mirrors, create-drawing) have
/// their screens in view/; the framework's tasks show on the shared screen with a picture.
class GeometryDomain final : public DomainModule
{
    Q_DECLARE_TR_FUNCTIONS(stages::GeometryDomain)

public:
    QString id() const override { return geometry::GeometryProvider::domainKey(); }
    //: Pupil home tile of the geometry and drawing domain
    QString title() const override { return tr("Geometry"); }
    QString icon() const override { return QStringLiteral("geometry"); }
    QString color() const override { return QStringLiteral("#80CBC4"); }
    bool isAvailable() const override { return true; }
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
