#include "exercises/framework/exercisewords.h"

#include "exercises/framework/createrule.h"
#include "exercises/framework/ringmove.h"
#include "exercises/framework/samenessrule.h"
#include "exercises/framework/structure.h"

namespace stages {

QString ExerciseWords::instruction(const Exercise &exercise, const QJsonObject &prompt)
{
    const QString &task = exercise.task;
    if (task == QLatin1String("build-all"))
        return tr("Make all the different rows");
    if (task == QLatin1String("count"))
        return tr("How many different rows are there?");
    if (task == QLatin1String("count-starting"))
        //: The element the rows start with is shown next to these words
        return tr("How many rows start with this one?");
    if (task == QLatin1String("same-in-every-row"))
        //: Noticing: the pupil taps the element (or the element in its place) every shown row shares
        return tr("What is the same in every row?");
    if (task == QLatin1String("predict-more")) {
        const int known = prompt.value(QStringLiteral("known")).toInt();
        //: Predicting: the elements shown make %n rows; one more element joins them
        return tr("These make %n row(s). How many with one more?", nullptr, known);
    }
    if (task == QLatin1String("find-missing")) {
        const int missing = prompt.value(QStringLiteral("missing")).toInt(1);
        //: find-missing: one row or several rows are missing from the list
        return tr("Which %n row(s) are missing?", nullptr, missing);
    }
    if (task == QLatin1String("spot-duplicate"))
        return tr("One row is here twice. Tap it!");
    if (task == QLatin1String("next-in-order"))
        return tr("What comes next?");
    if (task == QLatin1String("transfer"))
        return tr("Make the same row with these");
    if (task == QLatin1String("create")) {
        const QJsonObject rule = prompt.value(QStringLiteral("rule")).toObject();
        const int n = rule.value(QStringLiteral("required")).toInt(1);
        if (rule.value(QStringLiteral("kind")).toString() == QLatin1String("choose"))
            //: create: the pupil first picks a rule from picture cards
            return tr("Pick a rule for your rows!");
        return createInstruction(CreateRule::fromJson(rule).value_or(CreateRule {}), n);
    }
    return {};
}

QString ExerciseWords::createInstruction(const CreateRule &rule, int rows)
{
    const int n = rows;
    switch (rule.kind) {
    case CreateRule::Kind::StartsWith:
        return tr("Make %n rows of your own that start with", nullptr, n);
    case CreateRule::Kind::EndsWith:
        //: create: the element the rows end with is shown after these words
        return tr("Make %n rows of your own that end with", nullptr, n);
    case CreateRule::Kind::Contains:
        //: create: the element shown after these words must be in every row
        return tr("Make %n rows of your own, each one with", nullptr, n);
    case CreateRule::Kind::NoNeighbourRepeat:
        return tr("Make %n rows of your own: no twins side by side", nullptr, n);
    case CreateRule::Kind::Distinct:
        break;
    }
    return tr("Make %n different rows of your own", nullptr, n);
}

QString ExerciseWords::rule(const Exercise &exercise, bool spoken)
{
    if (exercise.isNull())
        return {};
    QStringList parts;
    for (SamenessRule rule : exercise.structure->rules()) {
        switch (rule) {
        case SamenessRule::OrderMatters:
            //: Rule on an exercise screen: A B and B A are two different rows
            parts << (spoken ? tr("Order matters.") : tr("Order matters: \u25CF\u25A0 and \u25A0\u25CF are two rows."));
            break;
        case SamenessRule::OrderDoesNotMatter:
            //: Rule on an exercise screen: A B and B A are the same
            parts << (spoken ? tr("Order does not matter.")
                             : tr("Order does not matter: \u25CF\u25A0 is the same as \u25A0\u25CF."));
            break;
        case SamenessRule::MayRepeat:
            parts << tr("One may come again.");
            break;
        case SamenessRule::NoRepeat:
            parts << tr("Each one only once.");
            break;
        case SamenessRule::UseAll:
            parts << tr("Use every one, each once.");
            break;
        case SamenessRule::OneFromEachGroup:
            parts << tr("Take one from each group.");
            break;
        case SamenessRule::TurnIsSame:
            //: Rule for beads on a ring (necklaces)
            parts << tr("It is a ring: turning it gives the same one.");
            break;
        case SamenessRule::TurnOrFlipIsSame:
            //: Rule for beads on a ring that can be turned over (bracelets)
            parts << tr("It is a ring: turning or flipping it gives the same one.");
            break;
        case SamenessRule::PathOnGrid:
            //: Rule for paths on a grid: the arrows are steps
            parts << tr("Walk from the start to the goal: only right and up.");
            break;
        case SamenessRule::EvenBeats:
            //: Rule for Euclidean rhythms: the beats are spread out, a row may start anywhere in the rhythm
            parts << tr("The beats are spread out evenly. Starting at another place makes a new row.");
            break;
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString ExerciseWords::sameBecause(const Exercise &exercise, const Item &first, const Item &second)
{
    if (first == second || exercise.isNull())
        return tr("It is the very same row.");
    const QList<SamenessRule> rules = exercise.structure->rules();
    if (rules.contains(SamenessRule::OrderDoesNotMatter))
        return tr("The same ones, only in another order.");
    if (rules.contains(SamenessRule::TurnIsSame) || rules.contains(SamenessRule::TurnOrFlipIsSame)) {
        const auto move = RingMove::between(first, second, rules.contains(SamenessRule::TurnOrFlipIsSame));
        if (move && move->flip && move->turn != 0)
            return tr("Flip the ring over and turn it, and it is the same one.");
        if (move && move->flip)
            return tr("Flip the ring over and it is the same one.");
        return tr("Turn the ring and it is the same one.");
    }
    return tr("It is the very same row.");
}

} // namespace stages
