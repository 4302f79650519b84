#include "cli/command.h"

namespace stages::cli {

namespace {

// Placeholder until the music verbs land; reports that clearly instead of pretending.
class MusicCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(stages::cli::MusicCommand)

public:
    QString name() const override { return QStringLiteral("music"); }
    QString summary() const override { return tr("Not available in this build yet."); }
    QStringList verbs() const override { return {}; }
    int run(Context &ctx, const QStringList &) override { return ctx.fail(tr("\"music\" is not available in this build yet.")); }
};

} // namespace

std::unique_ptr<Command> makeMusicCommand()
{
    return std::make_unique<MusicCommand>();
}

} // namespace stages::cli
