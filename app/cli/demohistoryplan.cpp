#include "cli/demohistoryplan.h"

#include "exercises/framework/exercisecontent.h"
#include "exercises/framework/tasks/createtask.h"
#include "exercises/movement/tasks/combinationtask.h"
#include "exercises/music/tasks/composetask.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace stages::cli {

namespace {

constexpr int kExercisesPerStage = 12;
constexpr int kPiecesPerStage = 2;
/// Answers longer than this (whole lists of arrangements) are not copied into every attempt.
constexpr int kLongestStoredAnswer = 160;

QJsonValue shortAnswer(const QJsonValue &answer)
{
    const QByteArray text = QJsonDocument(QJsonArray { answer }).toJson(QJsonDocument::Compact);
    return text.size() - 2 <= kLongestStoredAnswer ? answer : QJsonValue();
}

/// A piece as the screen that runs @p exercise would store it, or nullopt for a task that makes none.
std::optional<HistoryPlan::Piece> pieceOf(const Exercise &exercise, const ExerciseEngine &engine, const Task &task)
{
    const QJsonValue answer = task.solve(exercise).answer;
    HistoryPlan::Piece piece;
    piece.exerciseId = exercise.id;
    piece.answer = answer;
    // The titles are the ones the pupil screens give (same translation context and text).
    if (task.key() == QLatin1String("create")) {
        piece.kind = QStringLiteral("arrangements");
        piece.titleTemplate = QCoreApplication::translate("stages::ExerciseRun", "My rows, %1");
        piece.content = CreateTask::artifactContent(exercise, engine, answer);
    } else if (task.key() == QLatin1String("compose")) {
        piece.kind = QStringLiteral("melody");
        piece.titleTemplate = QCoreApplication::translate("stages::music::MusicRun", "My tune, %1");
        piece.content = music::ComposeTask::artifactContent(exercise, engine, answer);
    } else if (task.key() == QLatin1String("combination")) {
        piece.kind = movement::CombinationTask::artifactKind();
        piece.titleTemplate = QCoreApplication::translate("stages::movement::KarateRun", "My karate combination, %1");
        piece.content = movement::CombinationTask::artifactContent(exercise, engine, answer);
    } else {
        return std::nullopt;
    }
    if (answer.isNull() || answer.isUndefined() || (answer.isArray() && answer.toArray().isEmpty()))
        return std::nullopt;
    return piece;
}

/// Up to @p count entries of @p list, spread evenly over it (the catalogue lists variants together).
template<typename T> QList<T> spread(const QList<T> &list, int count)
{
    if (list.size() <= count)
        return list;
    QList<T> out;
    for (int i = 0; i < count; ++i)
        out.append(list.at(qsizetype(i) * list.size() / count));
    return out;
}

} // namespace

HistoryPlan demoHistoryPlan(const ExerciseContent &content)
{
    HistoryPlan plan;
    const ExerciseEngine &engine = content.engine();
    for (const StageLadder &ladder : content.catalogue().ladders()) {
        HistoryPlan::Domain domain;
        domain.id = ladder.domain();
        for (const Stage &rung : ladder.stages()) {
            QList<const Exercise *> plain;
            QList<const Exercise *> creative;
            for (const Exercise *e : content.catalogue().select(ladder.domain(), rung.number)) {
                const Task *task = engine.tasks().find(e->task);
                if (task)
                    (task->isCreative() ? creative : plain).append(e);
            }
            HistoryPlan::Stage stage;
            stage.stage = rung.number;
            for (const Exercise *e : spread(plain, kExercisesPerStage))
                stage.exercises.append({ e->id, shortAnswer(engine.tasks().find(e->task)->solve(*e).answer) });
            // One piece of each creative task the stage has (a tune and rows, say), then more.
            QStringList tasksTaken;
            for (int round = 0; round < 2 && stage.pieces.size() < kPiecesPerStage; ++round) {
                for (const Exercise *e : std::as_const(creative)) {
                    if (stage.pieces.size() >= kPiecesPerStage)
                        break;
                    if ((round == 0) == tasksTaken.contains(e->task))
                        continue;
                    if (round == 1
                        && std::any_of(stage.pieces.cbegin(), stage.pieces.cend(),
                                       [e](const HistoryPlan::Piece &p) { return p.exerciseId == e->id; }))
                        continue;
                    if (auto piece = pieceOf(*e, engine, *engine.tasks().find(e->task))) {
                        stage.pieces.append(*piece);
                        tasksTaken.append(e->task);
                    }
                }
            }
            if (!stage.exercises.isEmpty() || !stage.pieces.isEmpty())
                domain.stages.append(stage);
        }
        if (!domain.stages.isEmpty())
            plan.domains.append(domain);
    }
    plan.feedbackComments = {
        //: A teacher's comment on a pupil's piece in the demo school
        QCoreApplication::translate("stages::cli::DemoHistory", "Lovely work!"),
        QCoreApplication::translate("stages::cli::DemoHistory", "You kept to the rule every time. Well done!"),
        QCoreApplication::translate("stages::cli::DemoHistory", "I like this one. Can you make a longer one?"),
        QCoreApplication::translate("stages::cli::DemoHistory", "Beautiful! Show it to the class tomorrow."),
        QCoreApplication::translate("stages::cli::DemoHistory", "Good start. Try one more next time."),
        QCoreApplication::translate("stages::cli::DemoHistory", "What a clever order!"),
    };
    return plan;
}

} // namespace stages::cli
