#include "exercises/geometry/view/predictscreen.h"

#include "exercises/framework/item.h"
#include "exercises/framework/view/numberpad.h"
#include "exercises/geometry/starpolygonstructure.h"
#include "exercises/geometry/tasks/drawtask.h"
#include "exercises/geometry/view/pointscanvas.h"

#include <QAbstractButton>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace stages::geometry {

namespace {

/// A colour for each separate figure, dark enough on white.
QColor figureColour(int index)
{
    static const QColor colours[] = { QColor(0x15, 0x65, 0xC0), QColor(0xC6, 0x28, 0x28), QColor(0x2E, 0x7D, 0x32),
                                      QColor(0x6A, 0x1B, 0x9A), QColor(0xE6, 0x51, 0x00), QColor(0x00, 0x83, 0x8F) };
    return colours[index % 6];
}

} // namespace

PredictScreen::PredictScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                             QWidget *parent)
    : CustomTaskScreen(parent)
    , m_run(engine, exercise, clock)
{
    setObjectName(QStringLiteral("geometryTask:predict"));
    // The figure to show afterwards: a star's separate figures each in its colour; otherwise all
    // the lines (or triangles) as one.
    if (const auto *star = dynamic_cast<const StarPolygonStructure *>(exercise.structure.get())) {
        for (const Item &loop : star->enumerate()) {
            QList<QList<int>> lines;
            for (int i = 0; i < loop.size(); ++i)
                lines.append({ loop.at(i), loop.at((i + 1) % loop.size()) });
            m_figures.append(lines);
        }
    } else {
        QList<QList<int>> all;
        for (const Item &line : DrawTask::lines(*exercise.structure))
            all.append(line);
        m_figures.append(all);
    }

    m_canvas = new PointsCanvas(this);
    m_canvas->setPoints(m_run.points());
    m_canvas->setInteractive(false);
    m_canvas->setFocusPolicy(Qt::NoFocus);
    if (m_run.prompt().value(QStringLiteral("figure")).toString() == QLatin1String("star")) {
        // The first jump as an example: from point 1 to point 1 + k.
        const int step = m_run.prompt().value(QStringLiteral("step")).toInt();
        m_canvas->setMarks({ CanvasMark { { 0, step % m_run.points() }, figureColour(0), CanvasMark::Style::Faint } });
    }
    m_pad = new NumberPad(this);
    m_pad->setObjectName(QStringLiteral("numberPad"));
    connect(m_pad, &NumberPad::keyTapped, this, [this](int key) { setNumber(NumberPad::typed(m_number, key)); });

    // The points above, the number pad (one long row of keys) under them: fits 1024 px wide.
    // Under the warm-up's bar at 1024x600 a two-line instruction leaves the points 180 px.
    m_canvas->setMinimumSize(160, 160);
    workLayout()->addWidget(m_canvas, 1);
    workLayout()->addWidget(m_pad, 0, Qt::AlignHCenter);
    connect(doneButton(), &QPushButton::clicked, this, &PredictScreen::finish);

    m_animation = new QTimer(this);
    m_animation->setInterval(350);
    connect(m_animation, &QTimer::timeout, this, &PredictScreen::showNextLine);

    setInstruction(question());
    setNumber(-1);
}

PredictScreen::~PredictScreen() = default;

QString PredictScreen::question() const
{
    const QJsonObject prompt = m_run.prompt();
    const int n = m_run.points();
    const int step = prompt.value(QStringLiteral("step")).toInt();
    const QString asks = prompt.value(QStringLiteral("asks")).toString();
    if (asks == QLatin1String("corners"))
        //: Predict task, star polygon; %n is the step. The pupil answers with a number
        return tr("Join every point to the one %n step(s) further round. How many corners will each figure have?",
                  nullptr, step);
    if (asks == QLatin1String("lines"))
        return tr("Join every point to the one %n step(s) further round. How many lines will you draw?", nullptr, step);
    if (asks == QLatin1String("figures"))
        return tr("Join every point to the one %n step(s) further round. How many separate figures will you see?",
                  nullptr, step);
    if (asks == QLatin1String("diagonals"))
        //: Predict task; %n is the number of points
        return tr("How many lines can join two of the %n points that are not next to each other?", nullptr, n);
    if (asks == QLatin1String("triangles"))
        return tr("How many different triangles can you make with corners on the %n points?", nullptr, n);
    return tr("How many different lines can join two of the %n points?", nullptr, n);
}

QString PredictScreen::thing(int count) const
{
    const QString asks = m_run.prompt().value(QStringLiteral("asks")).toString();
    //: Counted things in a predict result ("There are 3 separate figures.")
    if (asks == QLatin1String("corners"))
        return tr("There are %n corner(s) in each figure.", nullptr, count);
    if (asks == QLatin1String("lines"))
        return tr("There are %n line(s).", nullptr, count);
    if (asks == QLatin1String("figures"))
        return tr("There are %n separate figure(s).", nullptr, count);
    if (asks == QLatin1String("triangles"))
        return tr("There are %n triangle(s).", nullptr, count);
    if (asks == QLatin1String("diagonals"))
        return tr("There are %n such line(s).", nullptr, count);
    return tr("There are %n line(s).", nullptr, count);
}

void PredictScreen::setNumber(int number)
{
    if (m_run.isFinished())
        return;
    m_number = number;
    m_pad->setNumber(number);
    doneButton()->setEnabled(number >= 0);
}

void PredictScreen::keyPressEvent(QKeyEvent *event)
{
    if (!m_run.isFinished()) {
        const int key = event->key();
        if (key >= Qt::Key_0 && key <= Qt::Key_9) {
            setNumber(NumberPad::typed(m_number, key - Qt::Key_0));
            return;
        }
        if (key == Qt::Key_Backspace) {
            setNumber(NumberPad::typed(m_number, -1));
            return;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_number >= 0) {
            finish();
            return;
        }
    }
    CustomTaskScreen::keyPressEvent(event);
}

void PredictScreen::finish()
{
    if (m_run.isFinished() || m_number < 0)
        return;
    m_run.setAnswer(m_number);
    showResult(m_run.finish());
}

void PredictScreen::prepareResult(const Evaluation &)
{
    m_pad->hide();
    m_canvas->setMarks({});
    m_canvas->setMinimumSize(260, 260);
    resultExtraLayout()->addWidget(m_canvas, 1);
    m_shown = 0;
    m_animation->start();
}

void PredictScreen::showNextLine()
{
    ++m_shown;
    QList<CanvasMark> marks;
    int left = m_shown;
    for (int f = 0; f < m_figures.size() && left > 0; ++f) {
        for (const QList<int> &line : m_figures.at(f)) {
            if (left-- <= 0)
                break;
            marks.append(CanvasMark { line, figureColour(f), CanvasMark::Style::Right });
        }
    }
    m_canvas->setMarks(marks);
    int total = 0;
    for (const auto &figure : std::as_const(m_figures))
        total += int(figure.size());
    if (m_shown >= total)
        m_animation->stop();
}

QString PredictScreen::resultCaption(const Evaluation &evaluation) const
{
    const int expected = int(m_run.solution().count);
    if (evaluation.success)
        //: Predict result: the pupil's number was right; %1 is the number and the sentence after it
        return tr("Yes, %1! %2").arg(expected).arg(thing(expected));
    //: Predict result: %1 is the pupil's number, %2 the right count sentence
    return tr("You said %1. %2").arg(m_number).arg(thing(expected));
}

} // namespace stages::geometry
