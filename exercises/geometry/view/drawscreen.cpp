#include "exercises/geometry/view/drawscreen.h"

#include "exercises/framework/item.h"
#include "exercises/geometry/view/pointscanvas.h"
#include "exercises/geometry/view/undobuttons.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace stages::geometry {

namespace {

/// A line or triangle the same whichever way round it was drawn.
QList<int> sorted(QList<int> corners)
{
    std::sort(corners.begin(), corners.end());
    return corners;
}

} // namespace

/// One line or triangle drawn, undoable.
class AddFigureCommand : public QUndoCommand
{
public:
    AddFigureCommand(DrawScreen &screen, QList<int> corners)
        : m_screen(screen)
        , m_corners(std::move(corners))
    { }
    void redo() override
    {
        m_screen.m_drawn.append(m_corners);
        m_screen.refresh();
    }
    void undo() override
    {
        m_screen.m_drawn.removeLast();
        m_screen.refresh();
    }

private:
    DrawScreen &m_screen;
    QList<int> m_corners;
};

/// Every line taken away at once ("Start again"), undoable.
class ClearFiguresCommand : public QUndoCommand
{
public:
    explicit ClearFiguresCommand(DrawScreen &screen)
        : m_screen(screen)
        , m_lines(screen.m_drawn)
    { }
    void redo() override
    {
        m_screen.m_drawn.clear();
        m_screen.refresh();
    }
    void undo() override
    {
        m_screen.m_drawn = m_lines;
        m_screen.refresh();
    }

private:
    DrawScreen &m_screen;
    QList<QList<int>> m_lines;
};

DrawScreen::DrawScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock, QWidget *parent)
    : CustomTaskScreen(parent)
    , m_run(engine, exercise, clock)
{
    setObjectName(QStringLiteral("geometryTask:draw"));
    m_figure = m_run.prompt().value(QStringLiteral("figure")).toString();
    m_corners = m_figure == QLatin1String("triangle") ? 3 : 2;
    m_expected = int(m_run.solution().count);
    m_undo = new QUndoStack(this);

    m_canvas = new PointsCanvas(this);
    m_canvas->setPoints(m_run.points());
    m_canvas->setCorners(m_corners);
    connect(m_canvas, &PointsCanvas::figurePicked, this, [this](const QList<int> &corners) { addFigure(corners); });

    auto *side = new QVBoxLayout;
    side->setSpacing(10);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("counter"));
    m_counter->setAlignment(Qt::AlignCenter);
    m_counter->setStyleSheet(QStringLiteral("font-size: 26px; font-weight: bold; color: #263238;"));
    side->addStretch();
    side->addWidget(m_counter);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMinimumWidth(200);
    m_message->setStyleSheet(QStringLiteral("font-size: 18px; color: #BF360C;"));
    side->addWidget(m_message);
    const UndoButtons undo(m_undo, this, this);
    m_undoButton = undo.undo;
    m_redoButton = undo.redo;
    //: Removes every line drawn, to begin again
    m_clear = bigButton(tr("Start again"), QStringLiteral("clearButton"), this);
    side->addWidget(m_undoButton);
    side->addWidget(m_redoButton);
    side->addWidget(m_clear);
    side->addStretch();
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (!m_drawn.isEmpty())
            m_undo->push(new ClearFiguresCommand(*this));
    });
    connect(m_undo, &QUndoStack::indexChanged, this, &DrawScreen::refresh);

    auto *row = new QHBoxLayout;
    row->addWidget(m_canvas, 1);
    row->addLayout(side);
    workLayout()->addLayout(row, 1);
    connect(doneButton(), &QPushButton::clicked, this, &DrawScreen::finish);

    setInstruction(instruction());
    refresh();
}

DrawScreen::~DrawScreen()
{
    // The stack goes with the widget's children, after this screen's own parts: it must not
    // call back into a screen being destroyed.
    m_undo->disconnect(this);
}

QString DrawScreen::instruction() const
{
    const int n = m_run.points();
    if (m_figure == QLatin1String("star")) {
        const int step = m_run.prompt().value(QStringLiteral("step")).toInt();
        //: Draw task: a star polygon; %n is how many points further on each line goes
        return tr("Join every point to the point %n step(s) further round.", nullptr, step);
    }
    if (m_figure == QLatin1String("diagonal"))
        //: Draw task: every diagonal of the shape made by the points
        return tr("Draw every line between two points that are not next to each other.");
    if (m_figure == QLatin1String("triangle"))
        //: Draw task: every triangle; the pupil taps three points for each
        return tr("Make every triangle: tap its three corners.");
    //: Draw task: every line between %n points
    return tr("Draw every line between the %n points.", nullptr, n);
}

bool DrawScreen::addFigure(const QList<int> &corners)
{
    if (m_run.isFinished() || corners.size() != m_corners)
        return false;
    const QList<int> key = sorted(corners);
    for (const QList<int> &done : std::as_const(m_drawn)) {
        if (sorted(done) == key) {
            m_message->setText(m_corners == 3 ? tr("That triangle is already there.")
                                              : tr("That line is already there."));
            return false;
        }
    }
    m_message->clear();
    m_undo->push(new AddFigureCommand(*this, corners));
    return true;
}

void DrawScreen::refresh()
{
    QList<CanvasMark> marks;
    for (const QList<int> &corners : std::as_const(m_drawn))
        marks.append(CanvasMark { corners, QColor(0x15, 0x65, 0xC0), CanvasMark::Style::Drawn });
    if (marks.isEmpty() && m_figure == QLatin1String("star")) {
        // Before the first line: the first jump, faintly, so the words have a picture.
        const int step = m_run.prompt().value(QStringLiteral("step")).toInt();
        marks.append(CanvasMark { { 0, step % m_run.points() }, QColor(0x15, 0x65, 0xC0), CanvasMark::Style::Faint });
    }
    m_canvas->setMarks(marks);
    const int n = int(m_drawn.size());
    //: How many lines (triangles) the pupil has drawn so far
    m_counter->setText(m_corners == 3 ? tr("Triangles: %1").arg(n) : tr("Lines: %1").arg(n));
    m_clear->setEnabled(n > 0);
    doneButton()->setEnabled(n > 0);
}

void DrawScreen::finish()
{
    if (m_run.isFinished())
        return;
    QJsonArray answer;
    for (const QList<int> &corners : std::as_const(m_drawn))
        answer.append(itemToJson(Item(corners)));
    m_run.setAnswer(answer);
    m_canvas->setInteractive(false);
    showResult(m_run.finish());
}

void DrawScreen::prepareResult(const Evaluation &evaluation)
{
    // The whole figure: what was right, what was wrong, what was missing.
    const QJsonArray solution = m_run.solution().answer.toArray();
    QList<QList<int>> right;
    for (const QJsonValue &value : solution)
        right.append(sorted(itemFromJson(value).value_or(Item())));
    QList<CanvasMark> marks;
    QList<QList<int>> seen;
    for (int i = 0; i < m_drawn.size(); ++i) {
        const QList<int> key = sorted(m_drawn.at(i));
        const bool wrong = evaluation.invalidIndexes.contains(i) || !right.contains(key);
        marks.append(
            CanvasMark { m_drawn.at(i), QColor(), wrong ? CanvasMark::Style::Wrong : CanvasMark::Style::Right });
        seen.append(key);
    }
    for (const QList<int> &line : std::as_const(right)) {
        if (!seen.contains(line))
            marks.prepend(CanvasMark { line, QColor(), CanvasMark::Style::Missing });
    }
    m_canvas->setMarks(marks);
    m_canvas->setMinimumSize(260, 260);
    resultExtraLayout()->addWidget(m_canvas, 1);
}

QString DrawScreen::resultCaption(const Evaluation &evaluation) const
{
    const int right = int(evaluation.correct.size());
    QStringList words;
    //: Result of a draw task: %1 lines right out of %2 in the figure
    words << (m_corners == 3 ? tr("You made %1 of %2 triangles.").arg(right).arg(m_expected)
                             : tr("You drew %1 of %2 lines.").arg(right).arg(m_expected));
    if (!evaluation.invalidIndexes.isEmpty())
        //: Result of a draw task: the red crossed lines were wrong
        words << tr("The red crossed lines do not belong.");
    if (evaluation.missing > 0)
        //: Result of a draw task: the dotted blue lines were missing
        words << tr("The dotted blue ones were missing.");
    return words.join(QLatin1Char(' '));
}

} // namespace stages::geometry
