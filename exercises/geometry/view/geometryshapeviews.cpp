#include "exercises/geometry/view/geometryshapeviews.h"

#include "exercises/geometry/chordsstructure.h"
#include "exercises/geometry/colouringstructure.h"
#include "exercises/geometry/compositionstructure.h"
#include "exercises/geometry/geometryskins.h"
#include "exercises/geometry/starpolygonstructure.h"
#include "exercises/geometry/symmetrystructure.h"
#include "exercises/geometry/view/barshapeview.h"
#include "exercises/geometry/view/chordsshapeview.h"
#include "exercises/geometry/view/colouringshapeview.h"
#include "exercises/geometry/view/starfigureshapeview.h"
#include "exercises/geometry/view/symmetryfigureshapeview.h"

#include <QJsonArray>

namespace stages::geometry {

namespace {

/// The elements the row is built in, as the prompt gives them (Evaluator::prompt, and a
/// transfer's target): the skin's element for each symbol.
QJsonArray rowElements(const Exercise &exercise)
{
    QString skinKey = exercise.skin;
    QList<int> chosen = exercise.elements;
    if (exercise.task == QLatin1String("transfer")) {
        const QString target = exercise.options.value(QStringLiteral("targetSkin")).toString();
        if (!target.isEmpty()) {
            skinKey = target;
            chosen.clear();
            const QJsonArray targetElements = exercise.options.value(QStringLiteral("targetElements")).toArray();
            for (const QJsonValue &index : targetElements)
                chosen.append(index.toInt());
        }
    }
    QJsonArray elements;
    for (const Skin &skin : GeometrySkins::all()) {
        if (skin.key() != skinKey)
            continue;
        for (int i = 0; i < chosen.size(); ++i) {
            QJsonObject element = skin.elements().value(chosen.at(i)).toJson();
            element.insert(QStringLiteral("index"), i);
            elements.append(element);
        }
    }
    return elements;
}

} // namespace

RowShapeView *makeGeometryShapeView(const Exercise &exercise, QWidget *parent)
{
    const Structure *structure = exercise.structure.get();
    if (!structure)
        return nullptr;
    if (const auto *colouring = dynamic_cast<const ColouringStructure *>(structure))
        return new ColouringShapeView(colouring->itemLength(), rowElements(exercise), parent);
    if (const auto *star = dynamic_cast<const StarPolygonStructure *>(structure))
        return new StarFigureShapeView(star->n(), star->k(), rowElements(exercise), parent);
    if (const auto *chords = dynamic_cast<const ChordsStructure *>(structure)) {
        return new ChordsShapeView(chords->n(), chords->itemLength(),
                                   chords->figure() == ChordsStructure::Figure::Diagonal, rowElements(exercise),
                                   parent);
    }
    if (const auto *symmetry = dynamic_cast<const SymmetryStructure *>(structure)) {
        return new SymmetryFigureShapeView(symmetry->width(), symmetry->height(), symmetry->symmetry(),
                                           rowElements(exercise), parent);
    }
    if (const auto *bar = dynamic_cast<const CompositionStructure *>(structure))
        return new BarShapeView(bar->length(), rowElements(exercise), parent);
    return nullptr; // lattice paths: the exercise screen draws their grid itself
}

} // namespace stages::geometry
