#include "cli/command.h"

namespace stages::cli {

namespace {

// Placeholder until the exercises verbs land; reports that clearly instead of pretending.
class ExercisesCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::ExercisesCommand)

public:
    QString name() const override { return QStringLiteral("exercises"); }
    QString summary() const override { return tr("Not available in this build yet."); }
    QStringList verbs() const override { return {}; }
    int run(Context &ctx, const QStringList &) override { return ctx.fail(tr("\"exercises\" is not available in this build yet.")); }
};

} // namespace

std::unique_ptr<Command> makeExercisesCommand()
{
    return std::make_unique<ExercisesCommand>();
}

} // namespace stages::cli
