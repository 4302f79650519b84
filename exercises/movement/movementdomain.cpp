#include "exercises/movement/movementdomain.h"

#include "exercises/framework/exerciseengine.h"
#include "exercises/movement/movementprovider.h"
#include "exercises/movement/tasks/combinationtask.h"

#include <QCoreApplication>

namespace stages::domains {

namespace {

/// Movement: karate sequences, the same systematic arranging with moves the pupils perform.
class MovementDomain final : public DomainModule
{
    Q_DECLARE_TR_FUNCTIONS(stages::MovementDomain)

public:
    QString id() const override { return MovementProvider::domainKey(); }
    //: Pupil home tile of the movement (karate) domain
    QString title() const override { return tr("Movement"); }
    QString icon() const override { return QStringLiteral("movement"); }
    QString color() const override { return QStringLiteral("#FFAB91"); }
    void registerWith(ExerciseEngine &engine) const override
    {
        engine.tasks().add(std::make_unique<movement::CombinationTask>());
    }
    std::unique_ptr<CatalogueProvider> catalogue() const override { return std::make_unique<MovementProvider>(); }
};

} // namespace

std::unique_ptr<DomainModule> movement()
{
    return std::make_unique<MovementDomain>();
}

} // namespace stages::domains
