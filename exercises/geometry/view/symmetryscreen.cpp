#include "exercises/geometry/view/symmetryscreen.h"

#include "exercises/geometry/symmetrystructure.h"
#include "exercises/geometry/tasks/completesymmetrytask.h"
#include "exercises/geometry/tasks/findmirrorstask.h"
#include "exercises/geometry/view/mirrorlinepicture.h"
#include "exercises/geometry/view/symmetrygridwidget.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace stages::geometry {

namespace {

constexpr int kLinePicture = 80;

QList<int> cellsOf(const QJsonValue &value)
{
    QList<int> cells;
    for (const QJsonValue &v : value.toArray())
        cells.append(v.toInt());
    return cells;
}

QList<int> cellsOf(const ItemList &items)
{
    QList<int> cells;
    for (const Item &item : items)
        cells.append(item.constFirst());
    return cells;
}

/// The name a screen reader says for the button of line @p key.
QString lineName(const QString &key)
{
    if (key == QLatin1String("vertical"))
        //: A line from top to bottom through the middle of the picture (accessible name)
        return SymmetryScreen::tr("Line from top to bottom");
    if (key == QLatin1String("horizontal"))
        //: A line from left to right through the middle of the picture (accessible name)
        return SymmetryScreen::tr("Line from left to right");
    if (key == QLatin1String("diagonal"))
        //: A slanted line from the top left corner to the bottom right corner (accessible name)
        return SymmetryScreen::tr("Slanted line from top left");
    //: A slanted line from the top right corner to the bottom left corner (accessible name)
    return SymmetryScreen::tr("Slanted line from top right");
}

} // namespace

SymmetryScreen::SymmetryScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                               QWidget *parent)
    : CustomTaskScreen(parent)
    , m_run(std::make_unique<GeometryRun>(engine, exercise, clock))
    , m_findsMirrors(exercise.task == QLatin1String("find-mirrors"))
{
    setObjectName(QStringLiteral("geometryTask:%1").arg(exercise.task));
    const QJsonObject &prompt = m_run->prompt();
    m_grid = new SymmetryGridWidget(this);
    m_grid->setObjectName(QStringLiteral("symmetryGrid"));
    m_grid->setGridSize(prompt.value(QStringLiteral("width")).toInt(), prompt.value(QStringLiteral("height")).toInt());

    //: Empties what the pupil did on the grid, to start the exercise again
    m_again = bigButton(tr("Start again"), QStringLiteral("againButton"), this);
    buttonRow()->insertWidget(1, m_again);

    if (m_findsMirrors)
        buildFindMirrors();
    else
        buildCompleteSymmetry();
    connect(doneButton(), &QPushButton::clicked, this, &SymmetryScreen::finish);
    refresh();
}

SymmetryScreen::~SymmetryScreen() = default;

SymmetryScreen *SymmetryScreen::create(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                                       QWidget *parent)
{
    if (!dynamic_cast<const SymmetryStructure *>(exercise.structure.get()))
        return nullptr;
    if (exercise.task != QLatin1String("complete-symmetry") && exercise.task != QLatin1String("find-mirrors"))
        return nullptr;
    return new SymmetryScreen(engine, exercise, clock, parent);
}

void SymmetryScreen::buildCompleteSymmetry()
{
    const QJsonObject &prompt = m_run->prompt();
    const QString symmetry = prompt.value(QStringLiteral("symmetry")).toString();
    if (symmetry == QLatin1String("half-turn"))
        //: complete-symmetry with a centre: the picture must look the same when turned half way round
        setInstruction(tr("Finish the picture: it looks the same when you turn it upside down"));
    else if (symmetry == QLatin1String("both"))
        //: complete-symmetry with two mirror lines (the pink dashed lines)
        setInstruction(tr("Finish the picture: make it match across both mirror lines"));
    else
        //: complete-symmetry with one mirror line (the pink dashed line)
        setInstruction(tr("Finish the picture: make both halves match the mirror"));
    m_grid->setSymmetry(symmetry);
    m_grid->setGiven(cellsOf(prompt.value(QStringLiteral("given"))));
    // The whole half shown is done: only the other half takes taps.
    const auto &structure = static_cast<const SymmetryStructure &>(*m_run->exercise().structure);
    QList<int> kept;
    for (int cell = 0; cell < structure.cells(); ++cell) {
        if (structure.isKept(cell))
            kept.append(cell);
    }
    m_grid->setLocked(kept);
    workLayout()->addWidget(m_grid, 1);
    setFocusProxy(m_grid);

    connect(m_grid, &SymmetryGridWidget::cellsChanged, this, &SymmetryScreen::refresh);
    connect(m_again, &QPushButton::clicked, m_grid, &SymmetryGridWidget::clear);
}

void SymmetryScreen::buildFindMirrors()
{
    const QJsonObject &prompt = m_run->prompt();
    //: find-mirrors: the pupil picks every line that folds the picture onto itself
    setInstruction(tr("Which lines are mirror lines? Tap all of them"));
    m_grid->setFilledCells(cellsOf(prompt.value(QStringLiteral("cells"))));
    m_grid->setReadOnly(true);
    for (const QJsonValue &v : prompt.value(QStringLiteral("lines")).toArray())
        m_offered.append(v.toString());

    auto *row = new QHBoxLayout;
    row->setSpacing(32);
    row->addStretch();
    m_grid->setFitsHeight(true);
    row->addWidget(m_grid);
    auto *buttons = new QGridLayout;
    buttons->setSpacing(12);
    const QString style
        = QStringLiteral("QPushButton { border-radius: 14px; border: 3px solid #90A4AE; background: #ECEFF1;"
                         " font-size: 20px; font-weight: bold; color: #263238; padding: 4px 10px; }"
                         "QPushButton:checked { background: #FCE4EC; border: 5px solid #D81B60; }"
                         "QPushButton:focus { border-color: #1565C0; }"
                         "QPushButton:checked:focus { border-color: #1565C0; }");
    for (int i = 0; i < m_offered.size(); ++i) {
        const QString key = m_offered.at(i);
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("line:%1").arg(key));
        button->setCheckable(true);
        button->setCursor(Qt::PointingHandCursor);
        button->setIcon(QIcon(MirrorLinePicture::picture(key, kLinePicture, MirrorLinePicture::Look::Mirror,
                                                         MirrorLinePicture::Mark::None, devicePixelRatioF())));
        button->setIconSize(QSize(kLinePicture, kLinePicture));
        button->setMinimumSize(124, 108);
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        button->setStyleSheet(style);
        button->setAccessibleName(lineName(key));
        buttons->addWidget(button, i / 2, i % 2);
        m_lineButtons.insert(key, button);
        m_choices.append(button);
        button->installEventFilter(this);
        connect(button, &QPushButton::toggled, this, [this, key](bool checked) { lineToggled(key, checked); });
    }
    //: find-mirrors: the pupil says the picture has no mirror line at all
    m_noLine = new QPushButton(tr("No mirror line"), this);
    m_noLine->setObjectName(QStringLiteral("noLineButton"));
    m_noLine->setCheckable(true);
    m_noLine->setCursor(Qt::PointingHandCursor);
    m_noLine->setMinimumHeight(64);
    m_noLine->setStyleSheet(style);
    buttons->addWidget(m_noLine, int(m_offered.size() + 1) / 2, 0, 1, 2);
    m_choices.append(m_noLine);
    m_noLine->installEventFilter(this);
    connect(m_noLine, &QPushButton::toggled, this, [this](bool checked) {
        if (checked) {
            for (QPushButton *button : std::as_const(m_lineButtons))
                button->setChecked(false);
        }
        refresh();
    });

    auto *column = new QVBoxLayout;
    column->addStretch();
    column->addLayout(buttons);
    column->addStretch();
    row->addLayout(column);
    row->addStretch();
    workLayout()->addLayout(row, 1);
    if (!m_offered.isEmpty())
        setFocusProxy(m_lineButtons.value(m_offered.constFirst()));

    connect(m_again, &QPushButton::clicked, this, [this] {
        for (QPushButton *button : std::as_const(m_lineButtons))
            button->setChecked(false);
        m_noLine->setChecked(false);
    });
}

void SymmetryScreen::lineToggled(const QString &, bool checked)
{
    if (checked)
        m_noLine->setChecked(false);
    QList<QPair<QString, MirrorLinePicture::Look>> lines;
    for (const QString &key : chosenLines())
        lines.append({ key, MirrorLinePicture::Look::Mirror });
    m_grid->setLines(lines);
    refresh();
}

bool SymmetryScreen::eventFilter(QObject *watched, QEvent *event)
{
    auto *button = qobject_cast<QPushButton *>(watched);
    if (event->type() != QEvent::KeyPress || !button || !m_choices.contains(button))
        return CustomTaskScreen::eventFilter(watched, event);
    const int at = int(m_choices.indexOf(button));
    switch (static_cast<QKeyEvent *>(event)->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        button->click();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
        m_choices.at(std::max(0, at - 1))->setFocus(Qt::TabFocusReason);
        return true;
    case Qt::Key_Right:
    case Qt::Key_Down:
        m_choices.at(std::min(int(m_choices.size()) - 1, at + 1))->setFocus(Qt::TabFocusReason);
        return true;
    default:
        return CustomTaskScreen::eventFilter(watched, event);
    }
}

QStringList SymmetryScreen::chosenLines() const
{
    QStringList chosen;
    for (const QString &key : m_offered) {
        if (m_lineButtons.value(key)->isChecked())
            chosen.append(key);
    }
    return chosen;
}

QJsonValue SymmetryScreen::currentAnswer() const
{
    if (m_findsMirrors)
        return QJsonArray::fromStringList(chosenLines());
    QJsonArray cells;
    for (int cell : m_grid->filledCells())
        cells.append(cell);
    return cells;
}

void SymmetryScreen::refresh()
{
    const bool something
        = m_findsMirrors ? (!chosenLines().isEmpty() || m_noLine->isChecked()) : !m_grid->filledCells().isEmpty();
    m_again->setEnabled(something && !m_run->isFinished());
    doneButton()->setEnabled(something && !m_run->isFinished());
}

void SymmetryScreen::finish()
{
    if (m_run->isFinished())
        return;
    m_run->setAnswer(currentAnswer());
    showResult(m_run->finish());
}

QString SymmetryScreen::resultWords(const QString &key) const
{
    return m_resultWords.value(key);
}

QString SymmetryScreen::resultCaption(const Evaluation &evaluation) const
{
    if (m_findsMirrors) {
        const QStringList mirrors = FindMirrorsTask::mirrorLines(m_run->exercise());
        if (mirrors.isEmpty())
            return evaluation.success ? tr("Right: this picture has no mirror line.")
                                      : tr("This picture has no mirror line.");
        int found = 0;
        for (const QString &key : chosenLines())
            found += mirrors.contains(key) ? 1 : 0;
        if (evaluation.success)
            return tr("You found all %n mirror line(s).", nullptr, int(mirrors.size()));
        //: %1 lines found of %n mirror lines
        return tr("You found %1 of %n mirror line(s).", nullptr, int(mirrors.size())).arg(found);
    }
    const QList<int> toFill = cellsOf(CompleteSymmetryTask::toFill(m_run->exercise()));
    int right = 0;
    for (int cell : m_grid->filledCells())
        right += toFill.contains(cell) ? 1 : 0;
    if (evaluation.success)
        return tr("You filled all %n square(s).", nullptr, int(toFill.size()));
    //: %1 squares filled right of %n squares to fill
    return tr("You filled %1 of %n square(s).", nullptr, int(toFill.size())).arg(right);
}

void SymmetryScreen::prepareResult(const Evaluation &evaluation)
{
    setFocusProxy(nullptr);
    // The grid takes the room the result page has left (title, stars and buttons keep theirs).
    if (auto *box = qobject_cast<QBoxLayout *>(resultExtraLayout()->parent()))
        box->setStretchFactor(resultExtraLayout(), 1);
    m_grid->setMinimumCellSize(28);
    if (m_findsMirrors)
        prepareMirrorsResult();
    else
        prepareCompleteResult(evaluation);
}

QWidget *SymmetryScreen::legendEntry(int look, const QString &text)
{
    auto *entry = new QWidget(this);
    auto *layout = new QHBoxLayout(entry);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *swatch = new SymmetryGridWidget(entry);
    swatch->setGridSize(1, 1);
    swatch->setFixedSize(64, 64);
    swatch->setMinimumCellSize(20);
    if (look == int(SymmetryGridWidget::CellLook::Wrong)) {
        swatch->setFilledCells({ 0 });
        swatch->showAnswer({});
    } else {
        swatch->showAnswer({ 0 });
    }
    swatch->setAccessibleName(text);
    layout->addWidget(swatch);
    auto *label = new QLabel(text, entry);
    label->setWordWrap(true);
    label->setMinimumWidth(150);
    label->setStyleSheet(QStringLiteral("font-size: 22px; color: #37474F;"));
    layout->addWidget(label, 1);
    return entry;
}

void SymmetryScreen::prepareCompleteResult(const Evaluation &)
{
    QList<int> figure = m_grid->givenCells();
    figure.append(cellsOf(CompleteSymmetryTask::toFill(m_run->exercise())));
    m_grid->showAnswer(figure);

    bool missing = false;
    bool wrong = false;
    for (int cell = 0; cell < m_grid->gridWidth() * m_grid->gridHeight(); ++cell) {
        missing = missing || m_grid->cellLook(cell) == SymmetryGridWidget::CellLook::Missing;
        wrong = wrong || m_grid->cellLook(cell) == SymmetryGridWidget::CellLook::Wrong;
    }
    auto *row = new QHBoxLayout;
    row->setSpacing(32);
    row->addStretch();
    m_grid->setFitsHeight(true);
    row->addWidget(m_grid);
    if (missing || wrong) {
        auto *legend = new QVBoxLayout;
        legend->addStretch();
        if (missing)
            //: Result legend beside a dashed square: squares the pupil should have filled
            legend->addWidget(legendEntry(int(SymmetryGridWidget::CellLook::Missing), tr("You missed these")));
        if (wrong)
            //: Result legend beside a crossed square: squares that are not part of the picture
            legend->addWidget(legendEntry(int(SymmetryGridWidget::CellLook::Wrong), tr("These stay white")));
        legend->addStretch();
        row->addLayout(legend);
    }
    row->addStretch();
    resultExtraLayout()->addLayout(row, 1);
    m_grid->show();
}

void SymmetryScreen::prepareMirrorsResult()
{
    const QStringList mirrors = FindMirrorsTask::mirrorLines(m_run->exercise());
    const QStringList chosen = chosenLines();
    QList<QPair<QString, MirrorLinePicture::Look>> lines;
    for (const QString &key : m_offered) {
        if (mirrors.contains(key))
            lines.append({ key, MirrorLinePicture::Look::Right });
        else if (chosen.contains(key))
            lines.append({ key, MirrorLinePicture::Look::Wrong });
    }
    m_grid->setLines(lines);
    m_grid->showAnswer(m_grid->filledCells());

    auto *row = new QHBoxLayout;
    row->setSpacing(32);
    row->addStretch();
    row->addWidget(m_grid);
    auto *tiles = new QGridLayout;
    tiles->setSpacing(10);
    for (int i = 0; i < m_offered.size(); ++i) {
        const QString key = m_offered.at(i);
        const bool mirror = mirrors.contains(key);
        const bool picked = chosen.contains(key);
        QString words;
        QString border;
        if (mirror && picked) {
            //: Result under a mirror line the pupil found
            words = tr("You found it");
            border = QStringLiteral("#2E7D32");
        } else if (mirror) {
            //: Result under a mirror line the pupil did not pick
            words = tr("You missed it");
            border = QStringLiteral("#E65100");
        } else {
            //: Result under a line that does not fold the picture onto itself
            words = tr("Not a mirror line");
            border = picked ? QStringLiteral("#C62828") : QStringLiteral("#CFD8DC");
        }
        m_resultWords.insert(key, words);
        auto *tile = new QWidget(this);
        tile->setObjectName(QStringLiteral("lineResult:%1").arg(key));
        tile->setAttribute(Qt::WA_StyledBackground);
        // ".QWidget": the tile only, not its labels.
        tile->setStyleSheet(
            QStringLiteral(".QWidget { border: 4px solid %1; border-radius: 12px; background: white; }").arg(border));
        auto *layout = new QVBoxLayout(tile);
        layout->setContentsMargins(10, 6, 10, 6);
        layout->setSpacing(0);
        auto *picture = new QLabel(tile);
        const MirrorLinePicture::Look look = mirror
            ? MirrorLinePicture::Look::Right
            : (picked ? MirrorLinePicture::Look::Wrong : MirrorLinePicture::Look::Plain);
        picture->setPixmap(MirrorLinePicture::picture(
            key, 64, look, mirror ? MirrorLinePicture::Mark::Tick : MirrorLinePicture::Mark::Cross,
            devicePixelRatioF()));
        picture->setAlignment(Qt::AlignCenter);
        picture->setAccessibleName(lineName(key));
        layout->addWidget(picture);
        auto *label = new QLabel(words, tile);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold; color: #37474F;"
                                            " border: none; background: transparent;"));
        layout->addWidget(label);
        tile->setMinimumWidth(170);
        tiles->addWidget(tile, i / 2, i % 2);
    }
    auto *column = new QVBoxLayout;
    column->addStretch();
    column->addLayout(tiles);
    column->addStretch();
    row->addLayout(column);
    row->addStretch();
    resultExtraLayout()->addLayout(row, 1);
    m_grid->show();
}

} // namespace stages::geometry
