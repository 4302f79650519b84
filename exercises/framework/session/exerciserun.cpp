#include "exercises/framework/session/exerciserun.h"

#include "core/clock.h"
#include "exercises/framework/exerciseengine.h"
#include "exercises/framework/tasks/createtask.h"

#include <QJsonArray>
#include <QLocale>

namespace stages {

namespace {

AnswerKind answerKindOf(const ExerciseEngine &engine, const Exercise &exercise)
{
    const Task *task = engine.tasks().find(exercise.task);
    return task ? task->answerKind() : AnswerKind::Custom;
}

} // namespace

ExerciseRun::ExerciseRun(const ExerciseEngine &engine, Exercise exercise, const Clock &clock, QObject *parent)
    : QObject(parent)
    , TaskRun(engine, std::move(exercise), clock)
    , m_kind(answerKindOf(engine, this->exercise()))
    , m_itemLength(this->exercise().isNull() ? 0 : this->exercise().structure->itemLength())
    , m_draft(m_itemLength, -1)
{ }

QJsonArray ExerciseRun::elements() const
{
    return prompt().value(QStringLiteral("elements")).toArray();
}

QJsonArray ExerciseRun::paletteElements() const
{
    if (exercise().task == QLatin1String("transfer")) {
        const QJsonArray target
            = prompt().value(QStringLiteral("target")).toObject().value(QStringLiteral("elements")).toArray();
        if (!target.isEmpty())
            return target;
    }
    return elements();
}

QList<ExerciseRun::PaletteToken> ExerciseRun::palette() const
{
    QList<PaletteToken> tokens;
    const QJsonArray groups = prompt().value(QStringLiteral("groups")).toArray();
    if (!groups.isEmpty()) {
        for (int g = 0; g < groups.size(); ++g) {
            const QJsonArray group = groups.at(g).toArray();
            for (int v = 0; v < group.size(); ++v)
                tokens.append({ group.at(v).toInt(), v, g });
        }
        return tokens;
    }
    const int count = exercise().isNull() ? 0 : exercise().structure->elementCount();
    for (int i = 0; i < count; ++i)
        tokens.append({ i, i, -1 });
    return tokens;
}

int ExerciseRun::symbolOf(int position, int value) const
{
    return exercise().isNull() || value < 0 ? -1 : exercise().structure->symbolOf(position, value);
}

ItemList ExerciseRun::givenItems() const
{
    ItemList items;
    if (exercise().task == QLatin1String("transfer")) {
        if (const auto item = itemFromJson(prompt().value(QStringLiteral("item"))))
            items.append(*item);
        return items;
    }
    for (const QJsonValue &v : prompt().value(QStringLiteral("given")).toArray()) {
        if (const auto item = itemFromJson(v))
            items.append(*item);
    }
    return items;
}

ItemList ExerciseRun::choiceItems() const
{
    ItemList items;
    for (const QJsonValue &v : prompt().value(QStringLiteral("choices")).toArray()) {
        if (const auto item = itemFromJson(v))
            items.append(*item);
    }
    return items;
}

int ExerciseRun::targetCount() const
{
    if (exercise().task == QLatin1String("build-all"))
        return prompt().value(QStringLiteral("showTotal")).toBool() ? prompt().value(QStringLiteral("total")).toInt(-1)
                                                                    : -1;
    if (exercise().task == QLatin1String("find-missing"))
        return prompt().value(QStringLiteral("missing")).toInt(-1);
    if (exercise().task == QLatin1String("create"))
        return prompt().value(QStringLiteral("rule")).toObject().value(QStringLiteral("required")).toInt(-1);
    return -1;
}

bool ExerciseRun::draftComplete() const
{
    return m_itemLength > 0 && !m_draft.contains(-1);
}

bool ExerciseRun::place(const PaletteToken &token)
{
    if (token.position >= 0)
        return placeAt(token.position, token);
    const int slot = int(m_draft.indexOf(-1));
    return slot >= 0 && placeAt(slot, token);
}

bool ExerciseRun::placeAt(int slot, const PaletteToken &token)
{
    if (isFinished() || slot < 0 || slot >= m_itemLength || (token.position >= 0 && token.position != slot))
        return false;
    m_draft[slot] = token.value;
    emit draftChanged();
    return true;
}

void ExerciseRun::clearSlot(int slot)
{
    if (isFinished() || slot < 0 || slot >= m_itemLength || m_draft.at(slot) < 0)
        return;
    m_draft[slot] = -1;
    emit draftChanged();
}

void ExerciseRun::clearDraft()
{
    if (isFinished())
        return;
    m_draft.fill(-1);
    emit draftChanged();
}

Item ExerciseRun::canonical(const Item &item) const
{
    return exercise().structure->isValid(item) ? exercise().structure->canonical(item) : item;
}

ExerciseRun::RowResult ExerciseRun::submitDraft()
{
    RowResult r;
    if (isFinished() || !draftComplete())
        return r;
    if (m_kind != AnswerKind::Rows) {
        r.verdict = RowVerdict::Accepted;
        return r;
    }
    // Ask the evaluator about the answer with the new row last: its verdict on that entry is
    // the verdict on the row.
    QJsonArray trial = itemsToJson(m_rows);
    trial.append(itemToJson(m_draft));
    const Evaluation e = Evaluator(engine()).evaluate(exercise(), rowsAnswer(trial));
    const int last = int(m_rows.size());
    if (e.duplicateIndexes.contains(last)) {
        r.verdict = RowVerdict::Duplicate;
        const Item key = canonical(m_draft);
        for (int i = 0; i < m_rows.size() && r.twinRow < 0; ++i) {
            if (canonical(m_rows.at(i)) == key)
                r.twinRow = i;
        }
        if (r.twinRow < 0) {
            const ItemList given = givenItems();
            for (int i = 0; i < given.size() && r.twinGiven < 0; ++i) {
                if (canonical(given.at(i)) == key)
                    r.twinGiven = i;
            }
        }
        return r;
    }
    if (e.invalidIndexes.contains(last)) {
        r.verdict = e.hint.kind == Hint::Kind::BreaksRule && e.hint.index == last ? RowVerdict::BreaksRule
                                                                                  : RowVerdict::Invalid;
        return r;
    }
    r.verdict = RowVerdict::Accepted;
    m_rows.append(m_draft);
    m_draft.fill(-1);
    emit rowsChanged();
    emit draftChanged();
    return r;
}

QJsonValue ExerciseRun::rowsAnswer(const QJsonArray &rows) const
{
    // "create" with a rule the pupil picks: the rule goes with the rows.
    if (exercise().task == QLatin1String("create") && CreateTask::letsChoose(exercise()))
        return CreateTask::makeAnswer(exercise(), m_chosenRule, rows);
    return rows;
}

bool ExerciseRun::needsRuleChoice() const
{
    return exercise().task == QLatin1String("create") && CreateTask::letsChoose(exercise()) && !m_chosenRule;
}

QList<CreateRule> ExerciseRun::ruleChoices() const
{
    return exercise().task == QLatin1String("create") ? CreateTask::choices(exercise()) : QList<CreateRule>();
}

bool ExerciseRun::chooseRule(const CreateRule &rule)
{
    if (isFinished() || !ruleChoices().contains(rule) || !m_rows.isEmpty())
        return false;
    m_chosenRule = rule;
    emit ruleChosen();
    return true;
}

std::optional<CreateRule> ExerciseRun::createRule() const
{
    if (exercise().task != QLatin1String("create"))
        return std::nullopt;
    return CreateTask::ruleOf(exercise(), answer());
}

QJsonObject ExerciseRun::ruleElement() const
{
    const auto rule = createRule();
    if (!rule || !rule->usesElement())
        return {};
    const int symbol = symbolOf(std::max(0, rule->elementPosition(m_itemLength)), rule->element);
    return elements().at(symbol).toObject();
}

void ExerciseRun::removeRow(int index)
{
    if (isFinished() || index < 0 || index >= m_rows.size())
        return;
    m_rows.removeAt(index);
    emit rowsChanged();
}

void ExerciseRun::setNumber(int number)
{
    if (isFinished() || number == m_number)
        return;
    m_number = number;
    emit numberChanged();
}

void ExerciseRun::choose(int index)
{
    if (isFinished() || index == m_choice)
        return;
    m_choice = index;
    emit choiceChanged();
}

QJsonValue ExerciseRun::answer() const
{
    switch (m_kind) {
    case AnswerKind::Rows:
        return rowsAnswer(itemsToJson(m_rows));
    case AnswerKind::Row: {
        // An unfinished row is handed over as it stands (holes as -1): the evaluator calls it invalid.
        return itemToJson(m_draft);
    }
    case AnswerKind::Number:
        return m_number < 0 ? QJsonValue() : QJsonValue(m_number);
    case AnswerKind::Choice:
        return m_choice < 0 ? QJsonValue() : QJsonValue(m_choice);
    case AnswerKind::Custom:
        break;
    }
    return {};
}

bool ExerciseRun::hasAnswer() const
{
    switch (m_kind) {
    case AnswerKind::Rows:
        return !m_rows.isEmpty();
    case AnswerKind::Row:
        return draftComplete();
    case AnswerKind::Number:
        return m_number >= 0;
    case AnswerKind::Choice:
        return m_choice >= 0;
    case AnswerKind::Custom:
        break;
    }
    return false;
}

std::optional<AttemptRecord::Artifact> ExerciseRun::artifact(const QJsonValue &answer) const
{
    const Task *task = engine().tasks().find(exercise().task);
    if (!task || !task->isCreative() || m_rows.isEmpty())
        return std::nullopt;
    const QString day = QLocale().toString(startedOn(), QLocale::ShortFormat);
    const auto rule = createRule();
    //: Title of a pupil's own set of arrangements kept for the teacher; %1 is the date
    QString title = tr("My rows, %1").arg(day);
    if (rule)
        //: Title of a pupil's own rows kept for the teacher; %1 the rule ("Rows that start with kick"), %2 the date
        title = tr("%1, %2").arg(rule->title(ruleElement().value(QStringLiteral("name")).toString()), day);
    return AttemptRecord::Artifact { QStringLiteral("arrangements"), title,
                                     CreateTask::artifactContent(exercise(), engine(), answer) };
}

ItemList ExerciseRun::allItems() const
{
    if (exercise().isNull() || !exercise().structure->canEnumerate())
        return {};
    return exercise().structure->enumerate();
}

bool ExerciseRun::found(const Item &item) const
{
    const Item key = canonical(item);
    for (const Item &row : m_rows) {
        if (canonical(row) == key)
            return true;
    }
    return false;
}

} // namespace stages
