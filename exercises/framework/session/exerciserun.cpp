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
    , m_engine(engine)
    , m_evaluator(engine)
    , m_exercise(std::move(exercise))
    , m_clock(clock)
    , m_prompt(m_evaluator.prompt(m_exercise))
    , m_kind(answerKindOf(engine, m_exercise))
    , m_itemLength(m_exercise.isNull() ? 0 : m_exercise.structure->itemLength())
    , m_draft(m_itemLength, -1)
    , m_started(clock.now())
{ }

QJsonArray ExerciseRun::elements() const
{
    return m_prompt.value(QStringLiteral("elements")).toArray();
}

QJsonArray ExerciseRun::paletteElements() const
{
    if (m_exercise.task == QLatin1String("transfer")) {
        const QJsonArray target
            = m_prompt.value(QStringLiteral("target")).toObject().value(QStringLiteral("elements")).toArray();
        if (!target.isEmpty())
            return target;
    }
    return elements();
}

QList<ExerciseRun::PaletteToken> ExerciseRun::palette() const
{
    QList<PaletteToken> tokens;
    const QJsonArray groups = m_prompt.value(QStringLiteral("groups")).toArray();
    if (!groups.isEmpty()) {
        for (int g = 0; g < groups.size(); ++g) {
            const QJsonArray group = groups.at(g).toArray();
            for (int v = 0; v < group.size(); ++v)
                tokens.append({ group.at(v).toInt(), v, g });
        }
        return tokens;
    }
    const int count = m_exercise.isNull() ? 0 : m_exercise.structure->elementCount();
    for (int i = 0; i < count; ++i)
        tokens.append({ i, i, -1 });
    return tokens;
}

int ExerciseRun::symbolOf(int position, int value) const
{
    return m_exercise.isNull() || value < 0 ? -1 : m_exercise.structure->symbolOf(position, value);
}

ItemList ExerciseRun::givenItems() const
{
    ItemList items;
    if (m_exercise.task == QLatin1String("transfer")) {
        if (const auto item = itemFromJson(m_prompt.value(QStringLiteral("item"))))
            items.append(*item);
        return items;
    }
    for (const QJsonValue &v : m_prompt.value(QStringLiteral("given")).toArray()) {
        if (const auto item = itemFromJson(v))
            items.append(*item);
    }
    return items;
}

int ExerciseRun::targetCount() const
{
    if (m_exercise.task == QLatin1String("build-all"))
        return m_prompt.value(QStringLiteral("showTotal")).toBool() ? m_prompt.value(QStringLiteral("total")).toInt(-1)
                                                                    : -1;
    if (m_exercise.task == QLatin1String("find-missing"))
        return m_prompt.value(QStringLiteral("missing")).toInt(-1);
    if (m_exercise.task == QLatin1String("create"))
        return m_prompt.value(QStringLiteral("rule")).toObject().value(QStringLiteral("required")).toInt(-1);
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
    if (m_finished || slot < 0 || slot >= m_itemLength || (token.position >= 0 && token.position != slot))
        return false;
    m_draft[slot] = token.value;
    emit draftChanged();
    return true;
}

void ExerciseRun::clearSlot(int slot)
{
    if (m_finished || slot < 0 || slot >= m_itemLength || m_draft.at(slot) < 0)
        return;
    m_draft[slot] = -1;
    emit draftChanged();
}

void ExerciseRun::clearDraft()
{
    if (m_finished)
        return;
    m_draft.fill(-1);
    emit draftChanged();
}

Item ExerciseRun::canonical(const Item &item) const
{
    return m_exercise.structure->isValid(item) ? m_exercise.structure->canonical(item) : item;
}

ExerciseRun::RowResult ExerciseRun::submitDraft()
{
    RowResult r;
    if (m_finished || !draftComplete())
        return r;
    if (m_kind != AnswerKind::Rows) {
        r.verdict = RowVerdict::Accepted;
        return r;
    }
    // Ask the evaluator about the answer with the new row last: its verdict on that entry is
    // the verdict on the row.
    QJsonArray trial = itemsToJson(m_rows);
    trial.append(itemToJson(m_draft));
    const Evaluation e = m_evaluator.evaluate(m_exercise, trial);
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

void ExerciseRun::removeRow(int index)
{
    if (m_finished || index < 0 || index >= m_rows.size())
        return;
    m_rows.removeAt(index);
    emit rowsChanged();
}

void ExerciseRun::setNumber(int number)
{
    if (m_finished || number == m_number)
        return;
    m_number = number;
    emit numberChanged();
}

void ExerciseRun::choose(int index)
{
    if (m_finished || index == m_choice)
        return;
    m_choice = index;
    emit choiceChanged();
}

QJsonValue ExerciseRun::answer() const
{
    switch (m_kind) {
    case AnswerKind::Rows:
        return itemsToJson(m_rows);
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

Evaluation ExerciseRun::evaluate() const
{
    return m_evaluator.evaluate(m_exercise, answer());
}

Hint ExerciseRun::takeHint()
{
    if (m_finished)
        return {};
    ++m_hintsUsed;
    emit hintsUsedChanged();
    return evaluate().hint;
}

Evaluation ExerciseRun::finish()
{
    if (m_finished)
        return m_result;
    m_result = evaluate();
    m_ended = m_clock.now();
    m_finished = true;
    emit finished();
    return m_result;
}

qint64 ExerciseRun::durationMs() const
{
    return std::max<qint64>(0, m_started.msecsTo(m_finished ? m_ended : m_clock.now()));
}

AttemptRecord ExerciseRun::toAttempt() const
{
    const Evaluation e = m_finished ? m_result : evaluate();
    AttemptRecord a;
    a.exerciseId = m_exercise.id;
    a.domain = m_exercise.domain;
    a.stage = m_exercise.stage;
    a.score = e.score;
    a.success = e.success;
    a.durationMs = durationMs();
    a.hintsUsed = m_hintsUsed;
    a.answer = answer();
    if (m_exercise.task == QLatin1String("create") && !m_rows.isEmpty()) {
        //: Title of a pupil's own set of arrangements kept for the teacher; %1 is the date
        a.artifact = AttemptRecord::Artifact {
            QStringLiteral("arrangements"),
            tr("My rows, %1").arg(QLocale().toString(m_started.toLocalTime().date(), QLocale::ShortFormat)),
            CreateTask::artifactContent(m_exercise, m_engine, a.answer)
        };
    }
    return a;
}

ItemList ExerciseRun::allItems() const
{
    if (m_exercise.isNull() || !m_exercise.structure->canEnumerate())
        return {};
    return m_exercise.structure->enumerate();
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
