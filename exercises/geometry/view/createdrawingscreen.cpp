#include "exercises/geometry/view/createdrawingscreen.h"

#include "exercises/geometry/drawingartifact.h"
#include "exercises/geometry/drawingsvg.h"
#include "exercises/geometry/view/pointscanvas.h"
#include "exercises/geometry/view/undobuttons.h"
#include "exercises/geometry/view/toolicons.h"

#include <QBuffer>
#include <QButtonGroup>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSvgRenderer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace stages::geometry {

namespace {

/// The turning the pupil picks where the exercise sets none: the smallest divisor of n from 3
/// up (12 points: three turns; 8: four; 7: seven).
int chosenTurns(int points)
{
    for (int d = 3; d <= points; ++d) {
        if (points % d == 0)
            return d;
    }
    return points;
}

QToolButton *pictureButton(const QIcon &icon, const QString &name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(icon);
    button->setIconSize(QSize(36, 36));
    button->setCheckable(true);
    button->setFixedSize(58, 58);
    button->setCursor(Qt::PointingHandCursor);
    button->setToolTip(name);
    button->setAccessibleName(name);
    // Paper-coloured in every look (colours ThemePalette does not list stay): the icons are drawn in ink.
    button->setStyleSheet(
        QStringLiteral("QToolButton { border: 2px solid #B0BEC5; border-radius: 12px; background: #FCFCFC; }"
                       "QToolButton:checked { border: 4px solid #1565C0; background: #DCEBFA; }"
                       "QToolButton:focus { border: 4px solid #FF8F00; }"));
    return button;
}

} // namespace

/// Any edit of the picture, undoable: the drawing before and after (a picture of a few dozen
/// lines is cheap to copy).
class DrawingEditCommand : public QUndoCommand
{
public:
    DrawingEditCommand(CreateDrawingScreen &screen, Drawing before, Drawing after, const QString &text)
        : QUndoCommand(text)
        , m_screen(screen)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }
    void redo() override { m_screen.apply(m_after); }
    void undo() override { m_screen.apply(m_before); }

private:
    CreateDrawingScreen &m_screen;
    Drawing m_before;
    Drawing m_after;
};

QStringList CreateDrawingScreen::palette()
{
    return { QStringLiteral("#1565C0"), QStringLiteral("#C62828"), QStringLiteral("#2E7D32"),
             QStringLiteral("#F9A825"), QStringLiteral("#6A1B9A"), QStringLiteral("#EF6C00") };
}

CreateDrawingScreen::CreateDrawingScreen(const ExerciseEngine &engine, const Exercise &exercise, const Clock &clock,
                                         QWidget *parent)
    : CustomTaskScreen(parent)
    , m_run(engine, exercise, clock)
    , m_drawing(Drawing::forPrompt(m_run.prompt()))
    , m_colour(palette().first())
{
    setObjectName(QStringLiteral("geometryTask:create-drawing"));
    m_symmetryFixed = m_drawing.symmetry() != Drawing::Symmetry::None;
    m_required = m_run.prompt().value(QStringLiteral("required")).toInt();
    m_undo = new QUndoStack(this);

    m_canvas = new PointsCanvas(this);
    m_canvas->setPoints(m_drawing.points());
    m_canvas->setImages([this](int a, int b) {
        QList<QList<int>> lines;
        for (const Stroke &s : m_drawing.imagesOf(a, b))
            lines.append({ s.a, s.b });
        return lines;
    });
    connect(m_canvas, &PointsCanvas::figurePicked, this, [this](const QList<int> &corners) {
        Drawing after = m_drawing;
        if (!after.addStroke(corners.at(0), corners.at(1), m_colour).isEmpty())
            edit(after, tr("Draw a line"));
    });
    connect(m_canvas, &PointsCanvas::pointTapped, this, &CreateDrawingScreen::stampAt);
    connect(m_canvas, &PointsCanvas::shapeTapped, this, [this](int index) {
        Drawing after = m_drawing;
        if (after.setFill(index, m_colour).has_value() && !(after == m_drawing))
            edit(after, tr("Fill"));
    });
    connect(m_canvas, &PointsCanvas::markTapped, this, [this](int index) {
        // Marks are the strokes, in order; the eraser takes a line with its images.
        if (index < 0 || index >= m_drawing.strokes().size())
            return;
        const Stroke &s = m_drawing.strokes().at(index);
        Drawing after = m_drawing;
        if (!after.eraseStroke(s.a, s.b).isEmpty())
            edit(after, tr("Rub out"));
    });

    auto *row = new QHBoxLayout;
    row->addWidget(makeTools());
    row->addWidget(m_canvas, 1);
    row->addWidget(makeSide());
    workLayout()->addLayout(row, 1);

    connect(m_undo, &QUndoStack::indexChanged, this, &CreateDrawingScreen::refresh);
    connect(doneButton(), &QPushButton::clicked, this, &CreateDrawingScreen::finish);

    setInstruction(instruction());
    setTool(Tool::Line);
    apply(m_drawing);
}

CreateDrawingScreen::~CreateDrawingScreen()
{
    // The stack goes with the widget's children, after this screen's own parts: it must not
    // call back into a screen being destroyed.
    m_undo->disconnect(this);
}

QWidget *CreateDrawingScreen::makeTools()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    m_tools = new QButtonGroup(this);
    const QList<QPair<Tool, QString>> tools {
        //: Drawing tool: join two points with a line
        { Tool::Line, tr("Line") },
        //: Drawing tool: stamp a triangle through the tapped point
        { Tool::Triangle, tr("Triangle") },
        //: Drawing tool: stamp a square through the tapped point
        { Tool::Square, tr("Square") },
        //: Drawing tool: stamp a star through all the points
        { Tool::Star, tr("Star") },
        //: Drawing tool: colour the inside of a shape
        { Tool::Fill, tr("Fill") },
        //: Drawing tool: rub a line out
        { Tool::Eraser, tr("Rubber") },
    };
    for (int i = 0; i < tools.size(); ++i) {
        QToolButton *button = pictureButton(ToolIcons::tool(int(tools.at(i).first)), tools.at(i).second, box);
        button->setObjectName(QStringLiteral("tool%1").arg(i));
        m_tools->addButton(button, int(tools.at(i).first));
        grid->addWidget(button, i / 2, i % 2);
    }
    connect(m_tools, &QButtonGroup::idClicked, this, [this](int id) { setTool(Tool(id)); });

    m_colours = new QButtonGroup(this);
    //: Colour names of the drawing palette (for screen readers and tooltips)
    const QStringList names { tr("Blue"), tr("Red"), tr("Green"), tr("Yellow"), tr("Purple"), tr("Orange") };
    const QStringList colours = palette();
    for (int i = 0; i < colours.size(); ++i) {
        QToolButton *button = pictureButton(ToolIcons::colour(QColor(colours.at(i))), names.at(i), box);
        button->setObjectName(QStringLiteral("colour%1").arg(i));
        m_colours->addButton(button, i);
        grid->addWidget(button, 3 + i / 2, i % 2);
    }
    m_colours->button(0)->setChecked(true);
    connect(m_colours, &QButtonGroup::idClicked, this, [this](int id) { setColour(palette().at(id)); });
    grid->setRowStretch(6, 1);
    return box;
}

QWidget *CreateDrawingScreen::makeSide()
{
    auto *box = new QWidget(this);
    auto *side = new QVBoxLayout(box);
    side->setContentsMargins(0, 0, 0, 0);
    side->setSpacing(8);
    auto *symmetryRow = new QHBoxLayout;
    m_symmetries = new QButtonGroup(this);
    const QList<QPair<Drawing::Symmetry, QString>> choices {
        //: Symmetry choice in the drawing: lines are not repeated
        { Drawing::Symmetry::None, tr("No mirror") },
        //: Symmetry choice: each line is repeated in the mirror line
        { Drawing::Symmetry::Mirror, tr("Mirror") },
        //: Symmetry choice: each line is repeated turning round the centre
        { Drawing::Symmetry::Rotation, tr("Turn") },
    };
    for (const auto &[symmetry, name] : choices) {
        QToolButton *button = pictureButton(ToolIcons::symmetry(int(symmetry)), name, box);
        button->setObjectName(QStringLiteral("symmetry%1").arg(int(symmetry)));
        button->setEnabled(!m_symmetryFixed);
        m_symmetries->addButton(button, int(symmetry));
        symmetryRow->addWidget(button);
    }
    m_symmetries->button(int(m_drawing.symmetry()))->setChecked(true);
    connect(m_symmetries, &QButtonGroup::idClicked, this, [this](int id) { setSymmetry(Drawing::Symmetry(id)); });
    side->addStretch();
    side->addLayout(symmetryRow);
    m_counter = new QLabel(box);
    m_counter->setObjectName(QStringLiteral("counter"));
    m_counter->setAlignment(Qt::AlignCenter);
    m_counter->setStyleSheet(QStringLiteral("font-size: 24px; font-weight: bold; color: #263238;"));
    side->addWidget(m_counter);
    const UndoButtons undo(m_undo, this, box);
    m_undoButton = undo.undo;
    m_redoButton = undo.redo;
    side->addWidget(m_undoButton);
    side->addWidget(m_redoButton);
    side->addStretch();
    return box;
}

QString CreateDrawingScreen::instruction() const
{
    //: Create-drawing task; %n is how many lines the picture needs at least
    const QString lines = tr("Make your own picture with at least %n line(s).", nullptr, m_required);
    switch (m_drawing.symmetry()) {
    case Drawing::Symmetry::Mirror:
        //: Appended to the create-drawing instruction when a mirror line is set
        return lines + QLatin1Char(' ') + tr("The mirror copies every line.");
    case Drawing::Symmetry::Rotation:
        return lines + QLatin1Char(' ') + tr("Every line turns round the middle.");
    case Drawing::Symmetry::None:
        break;
    }
    return lines;
}

QAbstractButton *CreateDrawingScreen::toolButton(Tool tool) const
{
    return m_tools->button(int(tool));
}

QList<QAbstractButton *> CreateDrawingScreen::colourButtons() const
{
    return m_colours->buttons();
}

QList<QAbstractButton *> CreateDrawingScreen::symmetryButtons() const
{
    return m_symmetries->buttons();
}

void CreateDrawingScreen::setTool(Tool tool)
{
    m_tool = tool;
    m_tools->button(int(tool))->setChecked(true);
    switch (tool) {
    case Tool::Line:
        m_canvas->setMode(PointsCanvas::Mode::Lines);
        break;
    case Tool::Triangle:
    case Tool::Square:
    case Tool::Star:
        m_canvas->setMode(PointsCanvas::Mode::Points);
        break;
    case Tool::Fill:
        m_canvas->setMode(PointsCanvas::Mode::Shapes);
        break;
    case Tool::Eraser:
        m_canvas->setMode(PointsCanvas::Mode::Marks);
        break;
    }
}

void CreateDrawingScreen::setColour(const QString &colour)
{
    m_colour = colour;
    if (const int index = palette().indexOf(colour); index >= 0)
        m_colours->button(index)->setChecked(true);
    m_canvas->setPenColour(QColor(colour));
}

void CreateDrawingScreen::setSymmetry(Drawing::Symmetry symmetry)
{
    if (m_symmetryFixed || m_run.isFinished())
        return;
    m_drawing.setSymmetry(symmetry, symmetry == Drawing::Symmetry::Rotation ? chosenTurns(m_drawing.points()) : 0);
    m_symmetries->button(int(symmetry))->setChecked(true);
    refresh();
}

void CreateDrawingScreen::stampAt(int point)
{
    const int n = m_drawing.points();
    QList<QList<int>> polygons;
    if (m_tool == Tool::Triangle || m_tool == Tool::Square) {
        const int corners = m_tool == Tool::Triangle ? 3 : 4;
        QList<int> polygon;
        for (int j = 0; j < corners; ++j) {
            const int corner = (point + qRound(double(j) * n / corners)) % n;
            if (!polygon.contains(corner))
                polygon.append(corner);
        }
        polygons.append(polygon);
    } else if (m_tool == Tool::Star) {
        // The pointiest star the points allow: {n/k} with the largest k below n/2.
        const int k = qMax(1, (n - 1) / 2);
        polygons = Drawing::starPolygon(n, k);
    }
    Drawing after = m_drawing;
    bool added = false;
    for (const QList<int> &corners : std::as_const(polygons))
        added = !after.addShape(Shape { corners, m_colour, QString() }).isEmpty() || added;
    if (added)
        edit(after, tr("Stamp"));
}

void CreateDrawingScreen::edit(const Drawing &after, const QString &text)
{
    if (m_run.isFinished())
        return;
    m_undo->push(new DrawingEditCommand(*this, m_drawing, after, text));
}

void CreateDrawingScreen::apply(const Drawing &drawing)
{
    // Undo keeps the symmetry the pupil has chosen since.
    const Drawing::Symmetry symmetry = m_drawing.symmetry();
    const int turns = m_drawing.turns();
    m_drawing = drawing;
    m_drawing.setSymmetry(symmetry, turns);
    refresh();
}

void CreateDrawingScreen::refresh()
{
    QList<CanvasMark> marks;
    for (const Stroke &s : m_drawing.strokes())
        marks.append(CanvasMark { { s.a, s.b }, QColor(s.colour), CanvasMark::Style::Drawn });
    m_canvas->setMarks(marks);
    QList<CanvasShape> shapes;
    for (const Shape &s : m_drawing.shapes())
        shapes.append(CanvasShape { s.corners, QColor(s.stroke), s.fill.isEmpty() ? QColor() : QColor(s.fill) });
    m_canvas->setShapes(shapes);
    switch (m_drawing.symmetry()) {
    case Drawing::Symmetry::None:
        m_canvas->setGuide(PointsCanvas::Guide::None);
        break;
    case Drawing::Symmetry::Mirror:
        m_canvas->setGuide(PointsCanvas::Guide::Mirror);
        break;
    case Drawing::Symmetry::Rotation:
        m_canvas->setGuide(PointsCanvas::Guide::Rotation, m_drawing.turns());
        break;
    }
    const int lines = int(m_drawing.segments().size());
    //: How many lines the picture has, and how many it needs
    m_counter->setText(tr("Lines: %1 / %2").arg(lines).arg(m_required));
    doneButton()->setEnabled(!m_drawing.isEmpty());
}

QByteArray CreateDrawingScreen::thumbnail(const Drawing &drawing, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QSvgRenderer renderer(DrawingSvg::write(drawing));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void CreateDrawingScreen::finish()
{
    if (m_run.isFinished() || m_drawing.isEmpty())
        return;
    m_run.setAnswer(m_drawing.toJson());
    //: Title of a pupil's drawing kept for the teacher; %1 is the date
    const QString title = tr("My drawing, %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    QJsonObject content = DrawingArtifact::content(m_drawing, title);
    content.insert(QStringLiteral("thumbnail"), QString::fromLatin1(thumbnail(m_drawing).toBase64()));
    m_run.setArtifact(AttemptRecord::Artifact { DrawingArtifact::artifactKind(), title, content });
    m_canvas->setInteractive(false);
    showResult(m_run.finish());
}

void CreateDrawingScreen::prepareResult(const Evaluation &evaluation)
{
    // The picture stays, as it is; lines that break the mirror (or the turning) are shown red.
    QList<CanvasMark> marks = m_canvas->marks();
    const QJsonArray answer = m_drawing.toJson().value(QStringLiteral("segments")).toArray();
    for (int index : evaluation.invalidIndexes) {
        if (index >= 0 && index < answer.size()) {
            const QJsonArray line = answer.at(index).toArray();
            marks.append(CanvasMark { { line.at(0).toInt(), line.at(1).toInt() }, QColor(), CanvasMark::Style::Wrong });
        }
    }
    m_canvas->setMarks(marks);
    m_canvas->setMinimumSize(260, 260);
    resultExtraLayout()->addWidget(m_canvas, 1);
}

QString CreateDrawingScreen::resultCaption(const Evaluation &evaluation) const
{
    const int lines = int(m_drawing.segments().size());
    QStringList words;
    if (evaluation.success)
        //: Create-drawing result
        words << tr("What a picture! Your teacher can see it now.");
    else if (!evaluation.invalidIndexes.isEmpty())
        //: Create-drawing result: the red lines have no mirror (or turned) partner
        words << tr("The red lines have no partner on the other side.");
    else
        words << tr("Your picture has %n line(s).", nullptr, lines)
              << tr("Next time draw at least %n.", nullptr, m_required);
    return words.join(QLatin1Char(' '));
}

} // namespace stages::geometry
