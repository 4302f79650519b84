// Catalogue benchmark: build and list the whole catalogue (as the pupil area does at start and
// `stagesctl exercises list --json` does), and evaluate a complete answer of all 720 orders of
// six elements. Prints medians; never fails on time (goals: catalogue < 200 ms, evaluation < 5 ms).

#include "exercises/combinatorics/combinatoricsprovider.h"
#include "exercises/framework/cataloguebuilder.h"
#include "exercises/framework/evaluator.h"
#include "exercises/framework/exerciseengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

using namespace stages;

namespace {

template<typename F>
double medianMs(int runs, F &&f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const ExerciseEngine engine = ExerciseEngine::builtIn();
    int exercises = 0;
    qsizetype bytes = 0;

    const double build = medianMs(11, [&] {
        CatalogueBuilder builder(engine);
        builder.addProvider(std::make_unique<CombinatoricsProvider>());
        exercises = builder.build().size();
    });
    const double buildAndList = medianMs(11, [&] {
        CatalogueBuilder builder(engine);
        builder.addProvider(std::make_unique<CombinatoricsProvider>());
        const Catalogue catalogue = builder.build();
        QByteArray out;
        for (const Exercise &e : catalogue.exercises())
            out += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + ",\n";
        bytes = out.size();
    });

    Exercise six;
    six.id = QStringLiteral("bench/perm/n6");
    six.structure = *engine.structures().create(QStringLiteral("permutation"), {{QStringLiteral("n"), 6}});
    six.skin = QStringLiteral("digits");
    six.task = QStringLiteral("build-all");
    six.elements = {0, 1, 2, 3, 4, 5};
    const Evaluator evaluator(engine);
    const QJsonValue answer = evaluator.solve(six).answer; // as it arrives from the screen
    bool success = false;
    const double evaluate = medianMs(51, [&] { success = evaluator.evaluate(six, answer).success; });
    QJsonValue reversed;
    {
        const QJsonArray forward = answer.toArray();
        QJsonArray r;
        for (qsizetype i = forward.size() - 1; i >= 0; --i)
            r.append(forward.at(i));
        reversed = r;
    }
    const double evaluateReversed = medianMs(51, [&] { success = success && evaluator.evaluate(six, reversed).success; });

    std::printf("catalogue: %d exercises\n", exercises);
    std::printf("build catalogue:            %8.2f ms (median of 11)\n", build);
    std::printf("build + list as JSON:       %8.2f ms (median of 11, %lld bytes)  goal < 200 ms  ratio %.2f\n", buildAndList,
                static_cast<long long>(bytes), buildAndList / 200.0);
    std::printf("evaluate 720 orders of 6:   %8.3f ms (median of 51)  goal < 5 ms  ratio %.2f\n", evaluate, evaluate / 5.0);
    std::printf("  same, reversed order:     %8.3f ms\n", evaluateReversed);
    std::printf("complete answers accepted:  %s\n", success ? "yes" : "NO");
    // The combinatorics ladder has about 600 exercises since padding gave way to variety (issue 8);
    // far fewer means the catalogue did not build.
    return success && exercises >= 400 ? 0 : 1;
}
